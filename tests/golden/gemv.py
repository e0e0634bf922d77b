# ruff: noqa
def gemv(b0, b1, b2, core=0, ncores=1):
    """minic kernel gemv(b0: float32[], b1: float32[], b2: float32[]): step through it with pdb; names match the loop IR."""
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
    pass
