# ruff: noqa
def layer_norm(b0, b1, b2, b3, n, core=0, ncores=1):
    """minic kernel layer_norm(b0: float32[], b1: float32[], b2: float32[], b3: float32[]): step through it with pdb; names match the loop IR."""
    i0_chunk = ((n + ncores - 1) // ncores)
    i0_end = min((core + 1) * i0_chunk, n)
    for i0 in range(core * i0_chunk, i0_end):
        acc2 = 0.0
        for r3 in range(0, 32):
            v4 = b1[(i0*32 + r3)]
            acc2 = (acc2 + v4)
        v5 = (acc2 / 32.0)
        acc7 = 0.0
        for r8 in range(0, 32):
            v9 = b1[(i0*32 + r8)]
            v10 = (v9 - v5)
            v11 = (v10 * v10)
            acc7 = (acc7 + v11)
        v12 = (acc7 / 32.0)
        v13 = (v12 + 1e-05)
        v14 = sqrt(v13)
        v15 = (1.0 / v14)
        for i1 in range(0, 32):
            v1 = b1[(i0*32 + i1)]
            v6 = (v1 - v5)
            v16 = (v6 * v15)
            v17 = b2[i1]
            v18 = (v16 * v17)
            v19 = b3[i1]
            v20 = (v18 + v19)
            b0[(i0*32 + i1)] = v20
    pass

def matmul_bias(b0, b1, b2, b3, n, core=0, ncores=1):
    """minic kernel matmul_bias(b0: float32[], b1: float32[], b2: float32[], b3: float32[]): step through it with pdb; names match the loop IR."""
    Bp12 = [0] * 128
    Ct13 = [0] * 8
    if (n < 2):
        t1_chunk = ((6 + ncores - 1) // ncores)
        t1_end = min((core + 1) * t1_chunk, 6)
        for t1 in range(core * t1_chunk, t1_end):
            for c2 in range(0, 16):
                b0[(c2 + t1*16)] = 0.0
            for k3 in range(0, 32):
                v4 = b1[k3]
                for c5 in range(0, 16):
                    v6 = b2[(c5 + k3*96 + t1*16)]
                    b0[(c5 + t1*16)] = (b0[(c5 + t1*16)] + (v4 * v6))
            for c7 in range(0, 16):
                v8 = b0[(c7 + t1*16)]
                v9 = b3[(c7 + t1*16)]
                v10 = (v8 + v9)
                b0[(c7 + t1*16)] = v10
    if (2 <= n):
        t11_chunk = ((24 + ncores - 1) // ncores)
        t11_end = min((core + 1) * t11_chunk, 24)
        for t11 in range(core * t11_chunk, t11_end):
            for k14 in range(0, 32):
                for c15 in range(0, 4):
                    v16 = b2[(c15 + k14*96 + t11*4)]
                    Bp12[(c15 + k14*4)] = v16
            for i17 in range(0, ((1 + n)//2)):
                if (i17*2 < (-1 + n)):
                    c18 = 0.0
                    c19 = 0.0
                    c20 = 0.0
                    c21 = 0.0
                    c22 = 0.0
                    c23 = 0.0
                    c24 = 0.0
                    c25 = 0.0
                    for k26 in range(0, 32):
                        v27 = b1[(i17*64 + k26)]
                        v28 = b1[(32 + i17*64 + k26)]
                        c18 = (c18 + (v27 * Bp12[k26*4]))
                        c19 = (c19 + (v27 * Bp12[(1 + k26*4)]))
                        c20 = (c20 + (v27 * Bp12[(2 + k26*4)]))
                        c21 = (c21 + (v27 * Bp12[(3 + k26*4)]))
                        c22 = (c22 + (v28 * Bp12[k26*4]))
                        c23 = (c23 + (v28 * Bp12[(1 + k26*4)]))
                        c24 = (c24 + (v28 * Bp12[(2 + k26*4)]))
                        c25 = (c25 + (v28 * Bp12[(3 + k26*4)]))
                    Ct13[0] = c18
                    Ct13[1] = c19
                    Ct13[2] = c20
                    Ct13[3] = c21
                    Ct13[4] = c22
                    Ct13[5] = c23
                    Ct13[6] = c24
                    Ct13[7] = c25
                    for c29 in range(0, 4):
                        v30 = Ct13[c29]
                        v31 = b3[(c29 + t11*4)]
                        v32 = (v30 + v31)
                        b0[(c29 + i17*192 + t11*4)] = v32
                    for c33 in range(0, 4):
                        v34 = Ct13[(4 + c33)]
                        v35 = b3[(c33 + t11*4)]
                        v36 = (v34 + v35)
                        b0[(96 + c33 + i17*192 + t11*4)] = v36
                if (not (i17*2 < (-1 + n))):
                    for r37 in range(i17*2, (2 + i17*2)):
                        if (r37 < n):
                            c38 = 0.0
                            c39 = 0.0
                            c40 = 0.0
                            c41 = 0.0
                            for k42 in range(0, 32):
                                v43 = b1[(k42 + r37*32)]
                                c38 = (c38 + (v43 * Bp12[k42*4]))
                                c39 = (c39 + (v43 * Bp12[(1 + k42*4)]))
                                c40 = (c40 + (v43 * Bp12[(2 + k42*4)]))
                                c41 = (c41 + (v43 * Bp12[(3 + k42*4)]))
                            Ct13[0] = c38
                            Ct13[1] = c39
                            Ct13[2] = c40
                            Ct13[3] = c41
                            for c44 in range(0, 4):
                                v45 = Ct13[c44]
                                v46 = b3[(c44 + t11*4)]
                                v47 = (v45 + v46)
                                b0[(c44 + r37*96 + t11*4)] = v47
    pass

def matmul_scale_mask(b0, b1, n, core=0, ncores=1):
    """minic kernel matmul_scale_mask(b0: float32[], b1: float32[]): step through it with pdb; names match the loop IR."""
    Bp104 = [0] * 64
    Ct105 = [0] * 8
    for bat1 in range(0, 2):
        if (n < 2):
            t2_chunk = ((((7 + n)//8) + ncores - 1) // ncores)
            t2_end = min((core + 1) * t2_chunk, ((7 + n)//8))
            for t2 in range(core * t2_chunk, t2_end):
                if (t2*8 < (-7 + n)):
                    c3 = 0.0
                    c4 = 0.0
                    c5 = 0.0
                    c6 = 0.0
                    c7 = 0.0
                    c8 = 0.0
                    c9 = 0.0
                    c10 = 0.0
                    for k11 in range(0, 16):
                        v12 = b1[(bat1*16 + k11)]
                        v13 = b1[(32 + bat1*16 + k11 + t2*768)]
                        v14 = b1[(128 + bat1*16 + k11 + t2*768)]
                        v15 = b1[(224 + bat1*16 + k11 + t2*768)]
                        v16 = b1[(320 + bat1*16 + k11 + t2*768)]
                        v17 = b1[(416 + bat1*16 + k11 + t2*768)]
                        v18 = b1[(512 + bat1*16 + k11 + t2*768)]
                        v19 = b1[(608 + bat1*16 + k11 + t2*768)]
                        v20 = b1[(704 + bat1*16 + k11 + t2*768)]
                        c3 = (c3 + (v12 * v13))
                        c4 = (c4 + (v12 * v14))
                        c5 = (c5 + (v12 * v15))
                        c6 = (c6 + (v12 * v16))
                        c7 = (c7 + (v12 * v17))
                        c8 = (c8 + (v12 * v18))
                        c9 = (c9 + (v12 * v19))
                        c10 = (c10 + (v12 * v20))
                    v21 = (0 + 0)
                    v22 = (t2*8 <= v21)
                    v23 = (c3 * 0.25)
                    v24 = (v23 if v22 else -INF)
                    b0[(bat1*n*n + t2*8)] = v24
                    v25 = (0 + 0)
                    v26 = ((1 + t2*8) <= v25)
                    v27 = (c4 * 0.25)
                    v28 = (v27 if v26 else -INF)
                    b0[(1 + bat1*n*n + t2*8)] = v28
                    v29 = (0 + 0)
                    v30 = ((2 + t2*8) <= v29)
                    v31 = (c5 * 0.25)
                    v32 = (v31 if v30 else -INF)
                    b0[(2 + bat1*n*n + t2*8)] = v32
                    v33 = (0 + 0)
                    v34 = ((3 + t2*8) <= v33)
                    v35 = (c6 * 0.25)
                    v36 = (v35 if v34 else -INF)
                    b0[(3 + bat1*n*n + t2*8)] = v36
                    v37 = (0 + 0)
                    v38 = ((4 + t2*8) <= v37)
                    v39 = (c7 * 0.25)
                    v40 = (v39 if v38 else -INF)
                    b0[(4 + bat1*n*n + t2*8)] = v40
                    v41 = (0 + 0)
                    v42 = ((5 + t2*8) <= v41)
                    v43 = (c8 * 0.25)
                    v44 = (v43 if v42 else -INF)
                    b0[(5 + bat1*n*n + t2*8)] = v44
                    v45 = (0 + 0)
                    v46 = ((6 + t2*8) <= v45)
                    v47 = (c9 * 0.25)
                    v48 = (v47 if v46 else -INF)
                    b0[(6 + bat1*n*n + t2*8)] = v48
                    v49 = (0 + 0)
                    v50 = ((7 + t2*8) <= v49)
                    v51 = (c10 * 0.25)
                    v52 = (v51 if v50 else -INF)
                    b0[(7 + bat1*n*n + t2*8)] = v52
                if (not (t2*8 < (-7 + n))):
                    c53 = 0.0
                    c54 = 0.0
                    c55 = 0.0
                    c56 = 0.0
                    c57 = 0.0
                    c58 = 0.0
                    c59 = 0.0
                    c60 = 0.0
                    for k61 in range(0, 16):
                        v62 = b1[(bat1*16 + k61)]
                        v63 = (b1[(32 + bat1*16 + k61 + t2*768)] if (t2*8 < n) else f32(0.0))
                        v64 = (b1[(128 + bat1*16 + k61 + t2*768)] if ((1 + t2*8) < n) else f32(0.0))
                        v65 = (b1[(224 + bat1*16 + k61 + t2*768)] if ((2 + t2*8) < n) else f32(0.0))
                        v66 = (b1[(320 + bat1*16 + k61 + t2*768)] if ((3 + t2*8) < n) else f32(0.0))
                        v67 = (b1[(416 + bat1*16 + k61 + t2*768)] if ((4 + t2*8) < n) else f32(0.0))
                        v68 = (b1[(512 + bat1*16 + k61 + t2*768)] if ((5 + t2*8) < n) else f32(0.0))
                        v69 = (b1[(608 + bat1*16 + k61 + t2*768)] if ((6 + t2*8) < n) else f32(0.0))
                        v70 = (b1[(704 + bat1*16 + k61 + t2*768)] if ((7 + t2*8) < n) else f32(0.0))
                        c53 = (c53 + (v62 * v63))
                        c54 = (c54 + (v62 * v64))
                        c55 = (c55 + (v62 * v65))
                        c56 = (c56 + (v62 * v66))
                        c57 = (c57 + (v62 * v67))
                        c58 = (c58 + (v62 * v68))
                        c59 = (c59 + (v62 * v69))
                        c60 = (c60 + (v62 * v70))
                    if (t2*8 < n):
                        v71 = (0 + 0)
                        v72 = (t2*8 <= v71)
                        v73 = (c53 * 0.25)
                        v74 = (v73 if v72 else -INF)
                        b0[(bat1*n*n + t2*8)] = v74
                    if ((1 + t2*8) < n):
                        v75 = (0 + 0)
                        v76 = ((1 + t2*8) <= v75)
                        v77 = (c54 * 0.25)
                        v78 = (v77 if v76 else -INF)
                        b0[(1 + bat1*n*n + t2*8)] = v78
                    if ((2 + t2*8) < n):
                        v79 = (0 + 0)
                        v80 = ((2 + t2*8) <= v79)
                        v81 = (c55 * 0.25)
                        v82 = (v81 if v80 else -INF)
                        b0[(2 + bat1*n*n + t2*8)] = v82
                    if ((3 + t2*8) < n):
                        v83 = (0 + 0)
                        v84 = ((3 + t2*8) <= v83)
                        v85 = (c56 * 0.25)
                        v86 = (v85 if v84 else -INF)
                        b0[(3 + bat1*n*n + t2*8)] = v86
                    if ((4 + t2*8) < n):
                        v87 = (0 + 0)
                        v88 = ((4 + t2*8) <= v87)
                        v89 = (c57 * 0.25)
                        v90 = (v89 if v88 else -INF)
                        b0[(4 + bat1*n*n + t2*8)] = v90
                    if ((5 + t2*8) < n):
                        v91 = (0 + 0)
                        v92 = ((5 + t2*8) <= v91)
                        v93 = (c58 * 0.25)
                        v94 = (v93 if v92 else -INF)
                        b0[(5 + bat1*n*n + t2*8)] = v94
                    if ((6 + t2*8) < n):
                        v95 = (0 + 0)
                        v96 = ((6 + t2*8) <= v95)
                        v97 = (c59 * 0.25)
                        v98 = (v97 if v96 else -INF)
                        b0[(6 + bat1*n*n + t2*8)] = v98
                    if ((7 + t2*8) < n):
                        v99 = (0 + 0)
                        v100 = ((7 + t2*8) <= v99)
                        v101 = (c60 * 0.25)
                        v102 = (v101 if v100 else -INF)
                        b0[(7 + bat1*n*n + t2*8)] = v102
        if (2 <= n):
            t103_chunk = ((((3 + n)//4) + ncores - 1) // ncores)
            t103_end = min((core + 1) * t103_chunk, ((3 + n)//4))
            for t103 in range(core * t103_chunk, t103_end):
                for k106 in range(0, 16):
                    for c107 in range(0, 4):
                        v108 = (b1[(32 + bat1*16 + c107*96 + k106 + t103*384)] if ((c107 + t103*4) < n) else f32(0.0))
                        Bp104[(c107 + k106*4)] = v108
                for i109 in range(0, ((1 + n)//2)):
                    if ((i109*2 < (-1 + n)) and (t103*4 < (-3 + n))):
                        c110 = 0.0
                        c111 = 0.0
                        c112 = 0.0
                        c113 = 0.0
                        c114 = 0.0
                        c115 = 0.0
                        c116 = 0.0
                        c117 = 0.0
                        for k118 in range(0, 16):
                            v119 = b1[(bat1*16 + i109*192 + k118)]
                            v120 = b1[(96 + bat1*16 + i109*192 + k118)]
                            c110 = (c110 + (v119 * Bp104[k118*4]))
                            c111 = (c111 + (v119 * Bp104[(1 + k118*4)]))
                            c112 = (c112 + (v119 * Bp104[(2 + k118*4)]))
                            c113 = (c113 + (v119 * Bp104[(3 + k118*4)]))
                            c114 = (c114 + (v120 * Bp104[k118*4]))
                            c115 = (c115 + (v120 * Bp104[(1 + k118*4)]))
                            c116 = (c116 + (v120 * Bp104[(2 + k118*4)]))
                            c117 = (c117 + (v120 * Bp104[(3 + k118*4)]))
                        Ct105[0] = c110
                        Ct105[1] = c111
                        Ct105[2] = c112
                        Ct105[3] = c113
                        Ct105[4] = c114
                        Ct105[5] = c115
                        Ct105[6] = c116
                        Ct105[7] = c117
                        v122 = (i109*2 + 0)
                        for c121 in range(0, 4):
                            v123 = ((c121 + t103*4) <= v122)
                            v124 = Ct105[c121]
                            v125 = (v124 * 0.25)
                            v126 = (v125 if v123 else -INF)
                            b0[(bat1*n*n + c121 + i109*n*2 + t103*4)] = v126
                        v128 = ((1 + i109*2) + 0)
                        for c127 in range(0, 4):
                            v129 = ((c127 + t103*4) <= v128)
                            v130 = Ct105[(4 + c127)]
                            v131 = (v130 * 0.25)
                            v132 = (v131 if v129 else -INF)
                            b0[(bat1*n*n + c127 + i109*n*2 + n + t103*4)] = v132
                    if (not ((i109*2 < (-1 + n)) and (t103*4 < (-3 + n)))):
                        for r133 in range(i109*2, (2 + i109*2)):
                            if (r133 < n):
                                c134 = 0.0
                                c135 = 0.0
                                c136 = 0.0
                                c137 = 0.0
                                for k138 in range(0, 16):
                                    v139 = b1[(bat1*16 + k138 + r133*96)]
                                    c134 = (c134 + (v139 * Bp104[k138*4]))
                                    c135 = (c135 + (v139 * Bp104[(1 + k138*4)]))
                                    c136 = (c136 + (v139 * Bp104[(2 + k138*4)]))
                                    c137 = (c137 + (v139 * Bp104[(3 + k138*4)]))
                                Ct105[0] = c134
                                Ct105[1] = c135
                                Ct105[2] = c136
                                Ct105[3] = c137
                                for c140 in range(0, 4):
                                    if ((c140 + t103*4) < n):
                                        v141 = (r133 + 0)
                                        v142 = ((c140 + t103*4) <= v141)
                                        v143 = Ct105[c140]
                                        v144 = (v143 * 0.25)
                                        v145 = (v144 if v142 else -INF)
                                        b0[(bat1*n*n + c140 + n*r133 + t103*4)] = v145
    pass

def softmax(b0, b1, n, core=0, ncores=1):
    """minic kernel softmax(b0: float32[], b1: float32[]): step through it with pdb; names match the loop IR."""
    i0_chunk = ((2 + ncores - 1) // ncores)
    i0_end = min((core + 1) * i0_chunk, 2)
    for i0 in range(core * i0_chunk, i0_end):
        for i1 in range(0, n):
            acc2 = -INF
            for r3 in range(0, n):
                v4 = b1[(i0*n*n + i1*n + r3)]
                acc2 = fmax(acc2, v4)
            acc7 = 0.0
            for r8 in range(0, n):
                v9 = b1[(i0*n*n + i1*n + r8)]
                v10 = (v9 - acc2)
                v11 = exp(v10)
                acc7 = (acc7 + v11)
            for i2 in range(0, n):
                v1 = b1[(i0*n*n + i1*n + i2)]
                v5 = (v1 - acc2)
                v6 = exp(v5)
                v12 = (v6 / acc7)
                b0[(i0*n*n + i1*n + i2)] = v12
    pass

def matmul(b0, b1, b2, n, core=0, ncores=1):
    """minic kernel matmul(b0: float32[], b1: float32[], b2: float32[]): step through it with pdb; names match the loop IR."""
    for bat1 in range(0, 2):
        if (n < 2):
            t2_chunk = ((1 + ncores - 1) // ncores)
            t2_end = min((core + 1) * t2_chunk, 1)
            for t2 in range(core * t2_chunk, t2_end):
                for c3 in range(0, 16):
                    b0[(bat1*n*16 + c3 + t2*16)] = 0.0
                for k4 in range(0, n):
                    v5 = b1[(bat1*n*n + k4)]
                    for c6 in range(0, 16):
                        v7 = b2[(64 + bat1*16 + c6 + k4*96 + t2*16)]
                        b0[(bat1*n*16 + c6 + t2*16)] = (b0[(bat1*n*16 + c6 + t2*16)] + (v5 * v7))
                for c8 in range(0, 16):
                    v9 = b0[(bat1*n*16 + c8 + t2*16)]
                    b0[(bat1*n*16 + c8 + t2*16)] = v9
        if (2 <= n):
            t10_chunk = ((((1 + n)//2)*4 + ncores - 1) // ncores)
            t10_end = min((core + 1) * t10_chunk, ((1 + n)//2)*4)
            for t10 in range(core * t10_chunk, t10_end):
                if ((t10%((1 + n)//2))*2 < (-1 + n)):
                    c11 = 0.0
                    c12 = 0.0
                    c13 = 0.0
                    c14 = 0.0
                    c15 = 0.0
                    c16 = 0.0
                    c17 = 0.0
                    c18 = 0.0
                    for k19 in range(0, n):
                        v20 = b1[(bat1*n*n + k19 + n*(t10%((1 + n)//2))*2)]
                        v21 = b1[(bat1*n*n + k19 + n + n*(t10%((1 + n)//2))*2)]
                        v22 = b2[(64 + bat1*16 + k19*96 + (t10//((1 + n)//2))*4)]
                        v23 = b2[(65 + bat1*16 + k19*96 + (t10//((1 + n)//2))*4)]
                        v24 = b2[(66 + bat1*16 + k19*96 + (t10//((1 + n)//2))*4)]
                        v25 = b2[(67 + bat1*16 + k19*96 + (t10//((1 + n)//2))*4)]
                        c11 = (c11 + (v20 * v22))
                        c12 = (c12 + (v20 * v23))
                        c13 = (c13 + (v20 * v24))
                        c14 = (c14 + (v20 * v25))
                        c15 = (c15 + (v21 * v22))
                        c16 = (c16 + (v21 * v23))
                        c17 = (c17 + (v21 * v24))
                        c18 = (c18 + (v21 * v25))
                    b0[(bat1*n*16 + (t10%((1 + n)//2))*32 + (t10//((1 + n)//2))*4)] = c11
                    b0[(1 + bat1*n*16 + (t10%((1 + n)//2))*32 + (t10//((1 + n)//2))*4)] = c12
                    b0[(2 + bat1*n*16 + (t10%((1 + n)//2))*32 + (t10//((1 + n)//2))*4)] = c13
                    b0[(3 + bat1*n*16 + (t10%((1 + n)//2))*32 + (t10//((1 + n)//2))*4)] = c14
                    b0[(16 + bat1*n*16 + (t10%((1 + n)//2))*32 + (t10//((1 + n)//2))*4)] = c15
                    b0[(17 + bat1*n*16 + (t10%((1 + n)//2))*32 + (t10//((1 + n)//2))*4)] = c16
                    b0[(18 + bat1*n*16 + (t10%((1 + n)//2))*32 + (t10//((1 + n)//2))*4)] = c17
                    b0[(19 + bat1*n*16 + (t10%((1 + n)//2))*32 + (t10//((1 + n)//2))*4)] = c18
                if (not ((t10%((1 + n)//2))*2 < (-1 + n))):
                    for r26 in range((t10%((1 + n)//2))*2, (2 + (t10%((1 + n)//2))*2)):
                        if (r26 < n):
                            c27 = 0.0
                            c28 = 0.0
                            c29 = 0.0
                            c30 = 0.0
                            for k31 in range(0, n):
                                v32 = b1[(bat1*n*n + k31 + n*r26)]
                                v33 = b2[(64 + bat1*16 + k31*96 + (t10//((1 + n)//2))*4)]
                                v34 = b2[(65 + bat1*16 + k31*96 + (t10//((1 + n)//2))*4)]
                                v35 = b2[(66 + bat1*16 + k31*96 + (t10//((1 + n)//2))*4)]
                                v36 = b2[(67 + bat1*16 + k31*96 + (t10//((1 + n)//2))*4)]
                                c27 = (c27 + (v32 * v33))
                                c28 = (c28 + (v32 * v34))
                                c29 = (c29 + (v32 * v35))
                                c30 = (c30 + (v32 * v36))
                            b0[(bat1*n*16 + r26*16 + (t10//((1 + n)//2))*4)] = c27
                            b0[(1 + bat1*n*16 + r26*16 + (t10//((1 + n)//2))*4)] = c28
                            b0[(2 + bat1*n*16 + r26*16 + (t10//((1 + n)//2))*4)] = c29
                            b0[(3 + bat1*n*16 + r26*16 + (t10//((1 + n)//2))*4)] = c30
    pass

def matmul_bias_add(b0, b1, b2, b3, b4, n, core=0, ncores=1):
    """minic kernel matmul_bias_add(b0: float32[], b1: float32[], b2: float32[], b3: float32[], b4: float32[]): step through it with pdb; names match the loop IR."""
    Bp14 = [0] * 128
    Ct15 = [0] * 8
    if (n < 2):
        t1_chunk = ((2 + ncores - 1) // ncores)
        t1_end = min((core + 1) * t1_chunk, 2)
        for t1 in range(core * t1_chunk, t1_end):
            for c2 in range(0, 16):
                b0[(c2 + t1*16)] = 0.0
            for k3 in range(0, 32):
                v4 = b2[(n*(k3//16)*16 + (k3%16))]
                for c5 in range(0, 16):
                    v6 = b3[(c5 + k3*32 + t1*16)]
                    b0[(c5 + t1*16)] = (b0[(c5 + t1*16)] + (v4 * v6))
            for c7 in range(0, 16):
                v8 = b0[(c7 + t1*16)]
                v9 = b1[(c7 + t1*16)]
                v10 = (v9 + v8)
                v11 = b4[(c7 + t1*16)]
                v12 = (v10 + v11)
                b0[(c7 + t1*16)] = v12
    if (2 <= n):
        t13_chunk = ((8 + ncores - 1) // ncores)
        t13_end = min((core + 1) * t13_chunk, 8)
        for t13 in range(core * t13_chunk, t13_end):
            for k16 in range(0, 32):
                for c17 in range(0, 4):
                    v18 = b3[(c17 + k16*32 + t13*4)]
                    Bp14[(c17 + k16*4)] = v18
            for i19 in range(0, ((1 + n)//2)):
                if (i19*2 < (-1 + n)):
                    c20 = 0.0
                    c21 = 0.0
                    c22 = 0.0
                    c23 = 0.0
                    c24 = 0.0
                    c25 = 0.0
                    c26 = 0.0
                    c27 = 0.0
                    for kb28 in range(0, 2):
                        for k29 in range(0, 16):
                            v30 = b2[(i19*32 + k29 + kb28*n*16)]
                            v31 = b2[(16 + i19*32 + k29 + kb28*n*16)]
                            c20 = (c20 + (v30 * Bp14[(k29*4 + kb28*64)]))
                            c21 = (c21 + (v30 * Bp14[(1 + k29*4 + kb28*64)]))
                            c22 = (c22 + (v30 * Bp14[(2 + k29*4 + kb28*64)]))
                            c23 = (c23 + (v30 * Bp14[(3 + k29*4 + kb28*64)]))
                            c24 = (c24 + (v31 * Bp14[(k29*4 + kb28*64)]))
                            c25 = (c25 + (v31 * Bp14[(1 + k29*4 + kb28*64)]))
                            c26 = (c26 + (v31 * Bp14[(2 + k29*4 + kb28*64)]))
                            c27 = (c27 + (v31 * Bp14[(3 + k29*4 + kb28*64)]))
                    Ct15[0] = c20
                    Ct15[1] = c21
                    Ct15[2] = c22
                    Ct15[3] = c23
                    Ct15[4] = c24
                    Ct15[5] = c25
                    Ct15[6] = c26
                    Ct15[7] = c27
                    for c32 in range(0, 4):
                        v33 = b1[(c32 + i19*64 + t13*4)]
                        v34 = Ct15[c32]
                        v35 = (v33 + v34)
                        v36 = b4[(c32 + t13*4)]
                        v37 = (v35 + v36)
                        b0[(c32 + i19*64 + t13*4)] = v37
                    for c38 in range(0, 4):
                        v39 = b1[(32 + c38 + i19*64 + t13*4)]
                        v40 = Ct15[(4 + c38)]
                        v41 = (v39 + v40)
                        v42 = b4[(c38 + t13*4)]
                        v43 = (v41 + v42)
                        b0[(32 + c38 + i19*64 + t13*4)] = v43
                if (not (i19*2 < (-1 + n))):
                    for r44 in range(i19*2, (2 + i19*2)):
                        if (r44 < n):
                            c45 = 0.0
                            c46 = 0.0
                            c47 = 0.0
                            c48 = 0.0
                            for kb49 in range(0, 2):
                                for k50 in range(0, 16):
                                    v51 = b2[(k50 + kb49*n*16 + r44*16)]
                                    c45 = (c45 + (v51 * Bp14[(k50*4 + kb49*64)]))
                                    c46 = (c46 + (v51 * Bp14[(1 + k50*4 + kb49*64)]))
                                    c47 = (c47 + (v51 * Bp14[(2 + k50*4 + kb49*64)]))
                                    c48 = (c48 + (v51 * Bp14[(3 + k50*4 + kb49*64)]))
                            Ct15[0] = c45
                            Ct15[1] = c46
                            Ct15[2] = c47
                            Ct15[3] = c48
                            for c52 in range(0, 4):
                                v53 = b1[(c52 + r44*32 + t13*4)]
                                v54 = Ct15[c52]
                                v55 = (v53 + v54)
                                v56 = b4[(c52 + t13*4)]
                                v57 = (v55 + v56)
                                b0[(c52 + r44*32 + t13*4)] = v57
    pass

def layer_norm_1(b0, b1, b2, b3, n, core=0, ncores=1):
    """minic kernel layer_norm_1(b0: float32[], b1: float32[], b2: float32[], b3: float32[]): step through it with pdb; names match the loop IR."""
    i0_chunk = ((n + ncores - 1) // ncores)
    i0_end = min((core + 1) * i0_chunk, n)
    for i0 in range(core * i0_chunk, i0_end):
        acc2 = 0.0
        for r3 in range(0, 32):
            v4 = b1[(i0*32 + r3)]
            acc2 = (acc2 + v4)
        v5 = (acc2 / 32.0)
        acc7 = 0.0
        for r8 in range(0, 32):
            v9 = b1[(i0*32 + r8)]
            v10 = (v9 - v5)
            v11 = (v10 * v10)
            acc7 = (acc7 + v11)
        v12 = (acc7 / 32.0)
        v13 = (v12 + 1e-05)
        v14 = sqrt(v13)
        v15 = (1.0 / v14)
        for i1 in range(0, 32):
            v1 = b1[(i0*32 + i1)]
            v6 = (v1 - v5)
            v16 = (v6 * v15)
            v17 = b2[i1]
            v18 = (v16 * v17)
            v19 = b3[i1]
            v20 = (v18 + v19)
            b0[(i0*32 + i1)] = v20
    pass

def matmul_bias_gelu(b0, b1, b2, b3, n, core=0, ncores=1):
    """minic kernel matmul_bias_gelu(b0: float32[], b1: float32[], b2: float32[], b3: float32[]): step through it with pdb; names match the loop IR."""
    Bp21 = [0] * 128
    Ct22 = [0] * 8
    if (n < 2):
        t1_chunk = ((8 + ncores - 1) // ncores)
        t1_end = min((core + 1) * t1_chunk, 8)
        for t1 in range(core * t1_chunk, t1_end):
            for c2 in range(0, 16):
                b0[(c2 + t1*16)] = 0.0
            for k3 in range(0, 32):
                v4 = b1[k3]
                for c5 in range(0, 16):
                    v6 = b2[(c5 + k3*128 + t1*16)]
                    b0[(c5 + t1*16)] = (b0[(c5 + t1*16)] + (v4 * v6))
            for c7 in range(0, 16):
                v8 = b0[(c7 + t1*16)]
                v9 = b3[(c7 + t1*16)]
                v10 = (v8 + v9)
                v11 = (0.5 * v10)
                v12 = (0.044715 * v10)
                v13 = (v12 * v10)
                v14 = (v13 * v10)
                v15 = (v10 + v14)
                v16 = (0.7978845608028654 * v15)
                v17 = tanh(v16)
                v18 = (1.0 + v17)
                v19 = (v11 * v18)
                b0[(c7 + t1*16)] = v19
    if (2 <= n):
        t20_chunk = ((32 + ncores - 1) // ncores)
        t20_end = min((core + 1) * t20_chunk, 32)
        for t20 in range(core * t20_chunk, t20_end):
            for k23 in range(0, 32):
                for c24 in range(0, 4):
                    v25 = b2[(c24 + k23*128 + t20*4)]
                    Bp21[(c24 + k23*4)] = v25
            for i26 in range(0, ((1 + n)//2)):
                if (i26*2 < (-1 + n)):
                    c27 = 0.0
                    c28 = 0.0
                    c29 = 0.0
                    c30 = 0.0
                    c31 = 0.0
                    c32 = 0.0
                    c33 = 0.0
                    c34 = 0.0
                    for k35 in range(0, 32):
                        v36 = b1[(i26*64 + k35)]
                        v37 = b1[(32 + i26*64 + k35)]
                        c27 = (c27 + (v36 * Bp21[k35*4]))
                        c28 = (c28 + (v36 * Bp21[(1 + k35*4)]))
                        c29 = (c29 + (v36 * Bp21[(2 + k35*4)]))
                        c30 = (c30 + (v36 * Bp21[(3 + k35*4)]))
                        c31 = (c31 + (v37 * Bp21[k35*4]))
                        c32 = (c32 + (v37 * Bp21[(1 + k35*4)]))
                        c33 = (c33 + (v37 * Bp21[(2 + k35*4)]))
                        c34 = (c34 + (v37 * Bp21[(3 + k35*4)]))
                    Ct22[0] = c27
                    Ct22[1] = c28
                    Ct22[2] = c29
                    Ct22[3] = c30
                    Ct22[4] = c31
                    Ct22[5] = c32
                    Ct22[6] = c33
                    Ct22[7] = c34
                    for c38 in range(0, 4):
                        v39 = Ct22[c38]
                        v40 = b3[(c38 + t20*4)]
                        v41 = (v39 + v40)
                        v42 = (0.5 * v41)
                        v43 = (0.044715 * v41)
                        v44 = (v43 * v41)
                        v45 = (v44 * v41)
                        v46 = (v41 + v45)
                        v47 = (0.7978845608028654 * v46)
                        v48 = tanh(v47)
                        v49 = (1.0 + v48)
                        v50 = (v42 * v49)
                        b0[(c38 + i26*256 + t20*4)] = v50
                    for c51 in range(0, 4):
                        v52 = Ct22[(4 + c51)]
                        v53 = b3[(c51 + t20*4)]
                        v54 = (v52 + v53)
                        v55 = (0.5 * v54)
                        v56 = (0.044715 * v54)
                        v57 = (v56 * v54)
                        v58 = (v57 * v54)
                        v59 = (v54 + v58)
                        v60 = (0.7978845608028654 * v59)
                        v61 = tanh(v60)
                        v62 = (1.0 + v61)
                        v63 = (v55 * v62)
                        b0[(128 + c51 + i26*256 + t20*4)] = v63
                if (not (i26*2 < (-1 + n))):
                    for r64 in range(i26*2, (2 + i26*2)):
                        if (r64 < n):
                            c65 = 0.0
                            c66 = 0.0
                            c67 = 0.0
                            c68 = 0.0
                            for k69 in range(0, 32):
                                v70 = b1[(k69 + r64*32)]
                                c65 = (c65 + (v70 * Bp21[k69*4]))
                                c66 = (c66 + (v70 * Bp21[(1 + k69*4)]))
                                c67 = (c67 + (v70 * Bp21[(2 + k69*4)]))
                                c68 = (c68 + (v70 * Bp21[(3 + k69*4)]))
                            Ct22[0] = c65
                            Ct22[1] = c66
                            Ct22[2] = c67
                            Ct22[3] = c68
                            for c71 in range(0, 4):
                                v72 = Ct22[c71]
                                v73 = b3[(c71 + t20*4)]
                                v74 = (v72 + v73)
                                v75 = (0.5 * v74)
                                v76 = (0.044715 * v74)
                                v77 = (v76 * v74)
                                v78 = (v77 * v74)
                                v79 = (v74 + v78)
                                v80 = (0.7978845608028654 * v79)
                                v81 = tanh(v80)
                                v82 = (1.0 + v81)
                                v83 = (v75 * v82)
                                b0[(c71 + r64*128 + t20*4)] = v83
    pass

def matmul_bias_add_1(b0, b1, b2, b3, b4, n, core=0, ncores=1):
    """minic kernel matmul_bias_add_1(b0: float32[], b1: float32[], b2: float32[], b3: float32[], b4: float32[]): step through it with pdb; names match the loop IR."""
    Bp14 = [0] * 512
    Ct15 = [0] * 8
    if (n < 2):
        t1_chunk = ((2 + ncores - 1) // ncores)
        t1_end = min((core + 1) * t1_chunk, 2)
        for t1 in range(core * t1_chunk, t1_end):
            for c2 in range(0, 16):
                b0[(c2 + t1*16)] = 0.0
            for k3 in range(0, 128):
                v4 = b2[k3]
                for c5 in range(0, 16):
                    v6 = b3[(c5 + k3*32 + t1*16)]
                    b0[(c5 + t1*16)] = (b0[(c5 + t1*16)] + (v4 * v6))
            for c7 in range(0, 16):
                v8 = b0[(c7 + t1*16)]
                v9 = b1[(c7 + t1*16)]
                v10 = (v9 + v8)
                v11 = b4[(c7 + t1*16)]
                v12 = (v10 + v11)
                b0[(c7 + t1*16)] = v12
    if (2 <= n):
        t13_chunk = ((8 + ncores - 1) // ncores)
        t13_end = min((core + 1) * t13_chunk, 8)
        for t13 in range(core * t13_chunk, t13_end):
            for k16 in range(0, 128):
                for c17 in range(0, 4):
                    v18 = b3[(c17 + k16*32 + t13*4)]
                    Bp14[(c17 + k16*4)] = v18
            for i19 in range(0, ((1 + n)//2)):
                if (i19*2 < (-1 + n)):
                    c20 = 0.0
                    c21 = 0.0
                    c22 = 0.0
                    c23 = 0.0
                    c24 = 0.0
                    c25 = 0.0
                    c26 = 0.0
                    c27 = 0.0
                    for k28 in range(0, 128):
                        v29 = b2[(i19*256 + k28)]
                        v30 = b2[(128 + i19*256 + k28)]
                        c20 = (c20 + (v29 * Bp14[k28*4]))
                        c21 = (c21 + (v29 * Bp14[(1 + k28*4)]))
                        c22 = (c22 + (v29 * Bp14[(2 + k28*4)]))
                        c23 = (c23 + (v29 * Bp14[(3 + k28*4)]))
                        c24 = (c24 + (v30 * Bp14[k28*4]))
                        c25 = (c25 + (v30 * Bp14[(1 + k28*4)]))
                        c26 = (c26 + (v30 * Bp14[(2 + k28*4)]))
                        c27 = (c27 + (v30 * Bp14[(3 + k28*4)]))
                    Ct15[0] = c20
                    Ct15[1] = c21
                    Ct15[2] = c22
                    Ct15[3] = c23
                    Ct15[4] = c24
                    Ct15[5] = c25
                    Ct15[6] = c26
                    Ct15[7] = c27
                    for c31 in range(0, 4):
                        v32 = b1[(c31 + i19*64 + t13*4)]
                        v33 = Ct15[c31]
                        v34 = (v32 + v33)
                        v35 = b4[(c31 + t13*4)]
                        v36 = (v34 + v35)
                        b0[(c31 + i19*64 + t13*4)] = v36
                    for c37 in range(0, 4):
                        v38 = b1[(32 + c37 + i19*64 + t13*4)]
                        v39 = Ct15[(4 + c37)]
                        v40 = (v38 + v39)
                        v41 = b4[(c37 + t13*4)]
                        v42 = (v40 + v41)
                        b0[(32 + c37 + i19*64 + t13*4)] = v42
                if (not (i19*2 < (-1 + n))):
                    for r43 in range(i19*2, (2 + i19*2)):
                        if (r43 < n):
                            c44 = 0.0
                            c45 = 0.0
                            c46 = 0.0
                            c47 = 0.0
                            for k48 in range(0, 128):
                                v49 = b2[(k48 + r43*128)]
                                c44 = (c44 + (v49 * Bp14[k48*4]))
                                c45 = (c45 + (v49 * Bp14[(1 + k48*4)]))
                                c46 = (c46 + (v49 * Bp14[(2 + k48*4)]))
                                c47 = (c47 + (v49 * Bp14[(3 + k48*4)]))
                            Ct15[0] = c44
                            Ct15[1] = c45
                            Ct15[2] = c46
                            Ct15[3] = c47
                            for c50 in range(0, 4):
                                v51 = b1[(c50 + r43*32 + t13*4)]
                                v52 = Ct15[c50]
                                v53 = (v51 + v52)
                                v54 = b4[(c50 + t13*4)]
                                v55 = (v53 + v54)
                                b0[(c50 + r43*32 + t13*4)] = v55
    pass
