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
            v13 = b3[(kb4 + t1*16)]
            v20 = b3[(8 + kb4 + t1*16)]
            for k5 in range(0, 16):
                v6 = b1[(k5 + kb4*32)]
                v7 = f32(v6)
                v8 = b2[(k5 + kb4*16 + t1*256)]
                v9 = imod(v8, 16)
                v10 = i8(v9)
                v11 = (v10 - 8)
                v12 = f32(v11)
                v14 = (v12 * v13)
                lanes2[k5] = (lanes2[k5] + (v7 * v14))
                v15 = b2[(128 + k5 + kb4*16 + t1*256)]
                v16 = imod(v15, 16)
                v17 = i8(v16)
                v18 = (v17 - 8)
                v19 = f32(v18)
                v21 = (v19 * v20)
                lanes2[(16 + k5)] = (lanes2[(16 + k5)] + (v7 * v21))
                v22 = b1[(16 + k5 + kb4*32)]
                v23 = f32(v22)
                v24 = idiv(v8, 16)
                v25 = i8(v24)
                v26 = (v25 - 8)
                v27 = f32(v26)
                v28 = (v27 * v13)
                lanes2[k5] = (lanes2[k5] + (v23 * v28))
                v29 = idiv(v15, 16)
                v30 = i8(v29)
                v31 = (v30 - 8)
                v32 = f32(v31)
                v33 = (v32 * v20)
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
