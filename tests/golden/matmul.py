# ruff: noqa
def r_n_32(b0, b1, b2, n, core=0, ncores=1):
    """minic kernel r_n_32(b0: float32[], b1: float32[], b2: float32[]): step through it with pdb; names match the loop IR."""
    Bp10 = [0] * 256
    if (n < 2):
        t1_chunk = ((2 + ncores - 1) // ncores)
        t1_end = min((core + 1) * t1_chunk, 2)
        for t1 in range(core * t1_chunk, t1_end):
            for c2 in range(0, 16):
                b0[(c2 + t1*16)] = 0.0
            for k3 in range(0, 64):
                v4 = b1[k3]
                for c5 in range(0, 16):
                    v6 = b2[(c5 + k3*32 + t1*16)]
                    b0[(c5 + t1*16)] = (b0[(c5 + t1*16)] + (v4 * v6))
            for c7 in range(0, 16):
                v8 = b0[(c7 + t1*16)]
                b0[(c7 + t1*16)] = v8
    if (2 <= n):
        t9_chunk = ((8 + ncores - 1) // ncores)
        t9_end = min((core + 1) * t9_chunk, 8)
        for t9 in range(core * t9_chunk, t9_end):
            for k11 in range(0, 64):
                for c12 in range(0, 4):
                    v13 = b2[(c12 + k11*32 + t9*4)]
                    Bp10[(c12 + k11*4)] = v13
            for i14 in range(0, ((1 + n)//2)):
                if (i14*2 < (-1 + n)):
                    c15 = 0.0
                    c16 = 0.0
                    c17 = 0.0
                    c18 = 0.0
                    c19 = 0.0
                    c20 = 0.0
                    c21 = 0.0
                    c22 = 0.0
                    for k23 in range(0, 64):
                        v24 = b1[(i14*128 + k23)]
                        v25 = b1[(64 + i14*128 + k23)]
                        c15 = (c15 + (v24 * Bp10[k23*4]))
                        c16 = (c16 + (v24 * Bp10[(1 + k23*4)]))
                        c17 = (c17 + (v24 * Bp10[(2 + k23*4)]))
                        c18 = (c18 + (v24 * Bp10[(3 + k23*4)]))
                        c19 = (c19 + (v25 * Bp10[k23*4]))
                        c20 = (c20 + (v25 * Bp10[(1 + k23*4)]))
                        c21 = (c21 + (v25 * Bp10[(2 + k23*4)]))
                        c22 = (c22 + (v25 * Bp10[(3 + k23*4)]))
                    b0[(i14*64 + t9*4)] = c15
                    b0[(1 + i14*64 + t9*4)] = c16
                    b0[(2 + i14*64 + t9*4)] = c17
                    b0[(3 + i14*64 + t9*4)] = c18
                    b0[(32 + i14*64 + t9*4)] = c19
                    b0[(33 + i14*64 + t9*4)] = c20
                    b0[(34 + i14*64 + t9*4)] = c21
                    b0[(35 + i14*64 + t9*4)] = c22
                if (not (i14*2 < (-1 + n))):
                    for r26 in range(i14*2, (2 + i14*2)):
                        if (r26 < n):
                            c27 = 0.0
                            c28 = 0.0
                            c29 = 0.0
                            c30 = 0.0
                            for k31 in range(0, 64):
                                v32 = b1[(k31 + r26*64)]
                                c27 = (c27 + (v32 * Bp10[k31*4]))
                                c28 = (c28 + (v32 * Bp10[(1 + k31*4)]))
                                c29 = (c29 + (v32 * Bp10[(2 + k31*4)]))
                                c30 = (c30 + (v32 * Bp10[(3 + k31*4)]))
                            b0[(r26*32 + t9*4)] = c27
                            b0[(1 + r26*32 + t9*4)] = c28
                            b0[(2 + r26*32 + t9*4)] = c29
                            b0[(3 + r26*32 + t9*4)] = c30
    pass
