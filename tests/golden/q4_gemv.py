# ruff: noqa
def sum_op(b0, b1, b2, b3, core=0, ncores=1):
    """minic kernel sum_op(b0: float16[], b1: float16[], b2: uint8[], b3: float32[]): step through it with pdb; names match the loop IR."""
    lanes2 = [0] * 32
    t1_chunk = ((8 + ncores - 1) // ncores)
    t1_end = min((core + 1) * t1_chunk, 8)
    for t1 in range(core * t1_chunk, t1_end):
        for z3 in range(0, 32):
            lanes2[z3] = 0.0
        for kb4 in range(0, 8):
            v12 = b3[(kb4 + t1*16)]
            v18 = b3[(8 + kb4 + t1*16)]
            for k5 in range(0, 16):
                v6 = b1[(k5 + kb4*32)]
                v7 = f32(v6)
                v8 = b2[(k5 + kb4*16 + t1*256)]
                v9 = imod(v8, 16)
                v10 = f32(v9)
                v11 = (v10 - 8.0)
                v13 = (v11 * v12)
                lanes2[k5] = (lanes2[k5] + (v7 * v13))
                v14 = b2[(128 + k5 + kb4*16 + t1*256)]
                v15 = imod(v14, 16)
                v16 = f32(v15)
                v17 = (v16 - 8.0)
                v19 = (v17 * v18)
                lanes2[(16 + k5)] = (lanes2[(16 + k5)] + (v7 * v19))
                v20 = b1[(16 + k5 + kb4*32)]
                v21 = f32(v20)
                v22 = idiv(v8, 16)
                v23 = f32(v22)
                v24 = (v23 - 8.0)
                v25 = (v24 * v12)
                lanes2[k5] = (lanes2[k5] + (v21 * v25))
                v26 = idiv(v14, 16)
                v27 = f32(v26)
                v28 = (v27 - 8.0)
                v29 = (v28 * v18)
                lanes2[(16 + k5)] = (lanes2[(16 + k5)] + (v21 * v29))
        c30 = 0.0
        for j31 in range(0, 16):
            c30 = (c30 + lanes2[j31])
        c32 = 0.0
        for j33 in range(0, 16):
            c32 = (c32 + lanes2[(16 + j33)])
        b0[t1*2] = f16(c30)
        b0[(1 + t1*2)] = f16(c32)
    pass
