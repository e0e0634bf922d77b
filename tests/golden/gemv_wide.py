# ruff: noqa
def gemv(b0, b1, b2, core=0, ncores=1):
    """minic kernel gemv(b0: float16[], b1: float16[], b2: float16[]): step through it with pdb; names match the loop IR."""
    t1_chunk = ((8 + ncores - 1) // ncores)
    t1_end = min((core + 1) * t1_chunk, 8)
    for t1 in range(core * t1_chunk, t1_end):
        c2 = 0.0
        c3 = 0.0
        c4 = 0.0
        c5 = 0.0
        c6 = 0.0
        c7 = 0.0
        c8 = 0.0
        c9 = 0.0
        for k10 in range(0, 256):
            v11 = b1[k10]
            v12 = f32(v11)
            v13 = b2[(k10 + t1*2048)]
            v14 = f32(v13)
            v15 = b2[(256 + k10 + t1*2048)]
            v16 = f32(v15)
            v17 = b2[(512 + k10 + t1*2048)]
            v18 = f32(v17)
            v19 = b2[(768 + k10 + t1*2048)]
            v20 = f32(v19)
            v21 = b2[(1024 + k10 + t1*2048)]
            v22 = f32(v21)
            v23 = b2[(1280 + k10 + t1*2048)]
            v24 = f32(v23)
            v25 = b2[(1536 + k10 + t1*2048)]
            v26 = f32(v25)
            v27 = b2[(1792 + k10 + t1*2048)]
            v28 = f32(v27)
            c2 = (c2 + (v12 * v14))
            c3 = (c3 + (v12 * v16))
            c4 = (c4 + (v12 * v18))
            c5 = (c5 + (v12 * v20))
            c6 = (c6 + (v12 * v22))
            c7 = (c7 + (v12 * v24))
            c8 = (c8 + (v12 * v26))
            c9 = (c9 + (v12 * v28))
        b0[t1*8] = f16(c2)
        b0[(1 + t1*8)] = f16(c3)
        b0[(2 + t1*8)] = f16(c4)
        b0[(3 + t1*8)] = f16(c5)
        b0[(4 + t1*8)] = f16(c6)
        b0[(5 + t1*8)] = f16(c7)
        b0[(6 + t1*8)] = f16(c8)
        b0[(7 + t1*8)] = f16(c9)
    pass
