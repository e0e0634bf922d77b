# ruff: noqa
def layer_norm(b0, b1, b2, b3, b4, b5, n, core=0, ncores=1):
    """minic kernel layer_norm(b0: float32[], b1: float32[], b2: float32[], b3: float32[], b4: float32[], b5: float32[]): step through it with pdb; names match the loop IR."""
    i0_chunk = ((n + ncores - 1) // ncores)
    i0_end = min((core + 1) * i0_chunk, n)
    for i0 in range(core * i0_chunk, i0_end):
        acc4 = 0.0
        for r5 in range(0, 32):
            v6 = b1[(i0*32 + r5)]
            acc4 = (acc4 + v6)
        v7 = (acc4 / 32.0)
        acc9 = 0.0
        for r10 in range(0, 32):
            v11 = b1[(i0*32 + r10)]
            v12 = (v11 - v7)
            v13 = (v12 * v12)
            acc9 = (acc9 + v13)
        v14 = (acc9 / 32.0)
        v15 = (v14 + 1e-05)
        v16 = sqrt(v15)
        v17 = (1.0 / v16)
        for i1 in range(0, 96):
            acc1 = 0.0
            for r2 in range(0, 32):
                v3 = b1[(i0*32 + r2)]
                v8 = (v3 - v7)
                v18 = (v8 * v17)
                v19 = b2[r2]
                v20 = (v18 * v19)
                v21 = b3[r2]
                v22 = (v20 + v21)
                v23 = b4[(i1 + r2*96)]
                v24 = (v22 * v23)
                acc1 = (acc1 + v24)
            v25 = b5[i1]
            v26 = (acc1 + v25)
            b0[(i0*96 + i1)] = v26
    pass

def attention(b0, b1, n, core=0, ncores=1):
    """minic kernel attention(b0: float32[], b1: float32[]): step through it with pdb; names match the loop IR."""
    row_chunk = ((n*2 + ncores - 1) // ncores)
    row_end = min((core + 1) * row_chunk, n*2)
    for row in range(core * row_chunk, row_end):
        peak1 = -INF
        total2 = 0.0
        o3 = 0.0
        o4 = 0.0
        o5 = 0.0
        o6 = 0.0
        o7 = 0.0
        o8 = 0.0
        o9 = 0.0
        o10 = 0.0
        o11 = 0.0
        o12 = 0.0
        o13 = 0.0
        o14 = 0.0
        o15 = 0.0
        o16 = 0.0
        o17 = 0.0
        o18 = 0.0
        v20 = ((row%n) + 0)
        for key19 in range(0, n):
            v21 = (key19 <= v20)
            acc22 = 0.0
            for r23 in range(0, 16):
                v24 = b1[(((r23 + (row//n)*16)%32) + ((r23 + (row//n)*16)//32)*96 + (row%n)*96)]
                v25 = b1[(32 + key19*96 + ((r23 + (row//n)*16)%32) + ((r23 + (row//n)*16)//32)*96)]
                v26 = (v24 * v25)
                acc22 = (acc22 + v26)
            v27 = (acc22 * 0.25)
            v28 = (v27 if v21 else -INF)
            row29 = fmax(peak1, v28)
            row30 = (0.0 if (row29 == -INF) else row29)
            row31 = exp((peak1 - row30))
            row32 = exp((v28 - row30))
            peak1 = fmax(peak1, v28)
            v33 = b1[(64 + key19*96 + ((row//n)*16%32) + ((row//n)*16//32)*96)]
            v34 = b1[(64 + key19*96 + ((1 + (row//n)*16)%32) + ((1 + (row//n)*16)//32)*96)]
            v35 = b1[(64 + key19*96 + ((2 + (row//n)*16)%32) + ((2 + (row//n)*16)//32)*96)]
            v36 = b1[(64 + key19*96 + ((3 + (row//n)*16)%32) + ((3 + (row//n)*16)//32)*96)]
            v37 = b1[(64 + key19*96 + ((4 + (row//n)*16)%32) + ((4 + (row//n)*16)//32)*96)]
            v38 = b1[(64 + key19*96 + ((5 + (row//n)*16)%32) + ((5 + (row//n)*16)//32)*96)]
            v39 = b1[(64 + key19*96 + ((6 + (row//n)*16)%32) + ((6 + (row//n)*16)//32)*96)]
            v40 = b1[(64 + key19*96 + ((7 + (row//n)*16)%32) + ((7 + (row//n)*16)//32)*96)]
            v41 = b1[(64 + key19*96 + ((8 + (row//n)*16)%32) + ((8 + (row//n)*16)//32)*96)]
            v42 = b1[(64 + key19*96 + ((9 + (row//n)*16)%32) + ((9 + (row//n)*16)//32)*96)]
            v43 = b1[(64 + key19*96 + ((10 + (row//n)*16)%32) + ((10 + (row//n)*16)//32)*96)]
            v44 = b1[(64 + key19*96 + ((11 + (row//n)*16)%32) + ((11 + (row//n)*16)//32)*96)]
            v45 = b1[(64 + key19*96 + ((12 + (row//n)*16)%32) + ((12 + (row//n)*16)//32)*96)]
            v46 = b1[(64 + key19*96 + ((13 + (row//n)*16)%32) + ((13 + (row//n)*16)//32)*96)]
            v47 = b1[(64 + key19*96 + ((14 + (row//n)*16)%32) + ((14 + (row//n)*16)//32)*96)]
            v48 = b1[(64 + key19*96 + ((15 + (row//n)*16)%32) + ((15 + (row//n)*16)//32)*96)]
            total2 = (total2 * row31)
            total2 = (total2 + row32)
            o3 = (o3 * row31)
            o3 = (o3 + (row32 * v33))
            o4 = (o4 * row31)
            o4 = (o4 + (row32 * v34))
            o5 = (o5 * row31)
            o5 = (o5 + (row32 * v35))
            o6 = (o6 * row31)
            o6 = (o6 + (row32 * v36))
            o7 = (o7 * row31)
            o7 = (o7 + (row32 * v37))
            o8 = (o8 * row31)
            o8 = (o8 + (row32 * v38))
            o9 = (o9 * row31)
            o9 = (o9 + (row32 * v39))
            o10 = (o10 * row31)
            o10 = (o10 + (row32 * v40))
            o11 = (o11 * row31)
            o11 = (o11 + (row32 * v41))
            o12 = (o12 * row31)
            o12 = (o12 + (row32 * v42))
            o13 = (o13 * row31)
            o13 = (o13 + (row32 * v43))
            o14 = (o14 * row31)
            o14 = (o14 + (row32 * v44))
            o15 = (o15 * row31)
            o15 = (o15 + (row32 * v45))
            o16 = (o16 * row31)
            o16 = (o16 + (row32 * v46))
            o17 = (o17 * row31)
            o17 = (o17 + (row32 * v47))
            o18 = (o18 * row31)
            o18 = (o18 + (row32 * v48))
        v49 = (o3 / total2)
        b0[(n*(row//n)*16 + (row%n)*16)] = v49
        v50 = (o4 / total2)
        b0[(1 + n*(row//n)*16 + (row%n)*16)] = v50
        v51 = (o5 / total2)
        b0[(2 + n*(row//n)*16 + (row%n)*16)] = v51
        v52 = (o6 / total2)
        b0[(3 + n*(row//n)*16 + (row%n)*16)] = v52
        v53 = (o7 / total2)
        b0[(4 + n*(row//n)*16 + (row%n)*16)] = v53
        v54 = (o8 / total2)
        b0[(5 + n*(row//n)*16 + (row%n)*16)] = v54
        v55 = (o9 / total2)
        b0[(6 + n*(row//n)*16 + (row%n)*16)] = v55
        v56 = (o10 / total2)
        b0[(7 + n*(row//n)*16 + (row%n)*16)] = v56
        v57 = (o11 / total2)
        b0[(8 + n*(row//n)*16 + (row%n)*16)] = v57
        v58 = (o12 / total2)
        b0[(9 + n*(row//n)*16 + (row%n)*16)] = v58
        v59 = (o13 / total2)
        b0[(10 + n*(row//n)*16 + (row%n)*16)] = v59
        v60 = (o14 / total2)
        b0[(11 + n*(row//n)*16 + (row%n)*16)] = v60
        v61 = (o15 / total2)
        b0[(12 + n*(row//n)*16 + (row%n)*16)] = v61
        v62 = (o16 / total2)
        b0[(13 + n*(row//n)*16 + (row%n)*16)] = v62
        v63 = (o17 / total2)
        b0[(14 + n*(row//n)*16 + (row%n)*16)] = v63
        v64 = (o18 / total2)
        b0[(15 + n*(row//n)*16 + (row%n)*16)] = v64
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
