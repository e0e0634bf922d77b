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
            v19 = b3[(8 + kb4 + t1*16)]
            for k5 in range(0, 16):
                v6 = b1[(k5 + kb4*32)]
                v7 = f32(v6)
                v8 = b2[(k5 + kb4*16 + t1*256)]
                v9 = imod(v8, 16)
                v10 = f32(v9)
                v11 = (v10 - 8.0)
                v13 = (v11 * v12)
                v14 = f32(f16(v13))
                lanes2[k5] = (lanes2[k5] + (v7 * v14))
                v15 = b2[(128 + k5 + kb4*16 + t1*256)]
                v16 = imod(v15, 16)
                v17 = f32(v16)
                v18 = (v17 - 8.0)
                v20 = (v18 * v19)
                v21 = f32(f16(v20))
                lanes2[(16 + k5)] = (lanes2[(16 + k5)] + (v7 * v21))
                v22 = b1[(16 + k5 + kb4*32)]
                v23 = f32(v22)
                v24 = idiv(v8, 16)
                v25 = f32(v24)
                v26 = (v25 - 8.0)
                v27 = (v26 * v12)
                v28 = f32(f16(v27))
                lanes2[k5] = (lanes2[k5] + (v23 * v28))
                v29 = idiv(v15, 16)
                v30 = f32(v29)
                v31 = (v30 - 8.0)
                v32 = (v31 * v19)
                v33 = f32(f16(v32))
                lanes2[(16 + k5)] = (lanes2[(16 + k5)] + (v23 * v33))
        c34 = 0.0
        for j35 in range(0, 16):
            c34 = (c34 + lanes2[j35])
        c36 = 0.0
        for j37 in range(0, 16):
            c36 = (c36 + lanes2[(16 + j37)])
        b0[t1*2] = f16(c34)
        b0[(1 + t1*2)] = f16(c36)
    pass
