# ruff: noqa
def softmax(b0, b1, n, core=0, ncores=1):
    """minic kernel softmax(b0: float32[], b1: float32[]): step through it with pdb; names match the loop IR."""
    i0_chunk = ((n + ncores - 1) // ncores)
    i0_end = min((core + 1) * i0_chunk, n)
    for i0 in range(core * i0_chunk, i0_end):
        acc2 = -INF
        for r3 in range(0, 64):
            v4 = b1[(i0*64 + r3)]
            acc2 = fmax(acc2, v4)
        acc7 = 0.0
        for r8 in range(0, 64):
            v9 = b1[(i0*64 + r8)]
            v10 = (v9 - acc2)
            v11 = exp(v10)
            acc7 = (acc7 + v11)
        for i1 in range(0, 64):
            v1 = b1[(i0*64 + i1)]
            v5 = (v1 - acc2)
            v6 = exp(v5)
            v12 = (v6 / acc7)
            b0[(i0*64 + i1)] = v12
    pass
