# ruff: noqa
def matmul(b0, b1, b2, n, core=0, ncores=1):
    """minic kernel matmul(b0: float32[], b1: float32[], b2: float32[]): step through it with pdb; names match the loop IR."""
    Bp10 = [0] * 256
    Ct11 = [0] * 8
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
            for k12 in range(0, 64):
                for c13 in range(0, 4):
                    v14 = b2[(c13 + k12*32 + t9*4)]
                    Bp10[(c13 + k12*4)] = v14
            for i15 in range(0, ((1 + n)//2)):
                if (i15*2 < (-1 + n)):
                    c16 = 0.0
                    c17 = 0.0
                    c18 = 0.0
                    c19 = 0.0
                    c20 = 0.0
                    c21 = 0.0
                    c22 = 0.0
                    c23 = 0.0
                    for k24 in range(0, 64):
                        v25 = b1[(i15*128 + k24)]
                        v26 = b1[(64 + i15*128 + k24)]
                        c16 = (c16 + (v25 * Bp10[k24*4]))
                        c17 = (c17 + (v25 * Bp10[(1 + k24*4)]))
                        c18 = (c18 + (v25 * Bp10[(2 + k24*4)]))
                        c19 = (c19 + (v25 * Bp10[(3 + k24*4)]))
                        c20 = (c20 + (v26 * Bp10[k24*4]))
                        c21 = (c21 + (v26 * Bp10[(1 + k24*4)]))
                        c22 = (c22 + (v26 * Bp10[(2 + k24*4)]))
                        c23 = (c23 + (v26 * Bp10[(3 + k24*4)]))
                    Ct11[0] = c16
                    Ct11[1] = c17
                    Ct11[2] = c18
                    Ct11[3] = c19
                    Ct11[4] = c20
                    Ct11[5] = c21
                    Ct11[6] = c22
                    Ct11[7] = c23
                    for c27 in range(0, 4):
                        v28 = Ct11[c27]
                        b0[(c27 + i15*64 + t9*4)] = v28
                    for c29 in range(0, 4):
                        v30 = Ct11[(4 + c29)]
                        b0[(32 + c29 + i15*64 + t9*4)] = v30
                if (not (i15*2 < (-1 + n))):
                    for r31 in range(i15*2, (2 + i15*2)):
                        if (r31 < n):
                            c32 = 0.0
                            c33 = 0.0
                            c34 = 0.0
                            c35 = 0.0
                            for k36 in range(0, 64):
                                v37 = b1[(k36 + r31*64)]
                                c32 = (c32 + (v37 * Bp10[k36*4]))
                                c33 = (c33 + (v37 * Bp10[(1 + k36*4)]))
                                c34 = (c34 + (v37 * Bp10[(2 + k36*4)]))
                                c35 = (c35 + (v37 * Bp10[(3 + k36*4)]))
                            Ct11[0] = c32
                            Ct11[1] = c33
                            Ct11[2] = c34
                            Ct11[3] = c35
                            for c38 in range(0, 4):
                                v39 = Ct11[c38]
                                b0[(c38 + r31*32 + t9*4)] = v39
    pass
