"""Schedule rules, tried in order; first match wins. See base.py for the framework, docs/architecture.md for
which module holds what."""
from minic.sched.rules.attention import Attention
from minic.sched.rules.base import Decision, Rule, choose, disable, enable, is_disabled, register, rules, unregister
from minic.sched.rules.elementwise import Elementwise
from minic.sched.rules.fallback import Fallback
from minic.sched.rules.gemv import CpuGEMV, GpuGEMV
from minic.sched.rules.matmul import CpuMatmul, GpuMatmul, TensorCoreMatmul
from minic.sched.rules.reduction import Reduction

register(Fallback())
register(Elementwise())
register(Reduction(), before="Elementwise")
register(CpuMatmul(), before="Reduction")
register(GpuMatmul(), before="Reduction")
register(TensorCoreMatmul(), before="Matmul")
register(CpuGEMV(), before="TensorCoreMatmul")
register(GpuGEMV(), before="TensorCoreMatmul")
register(Attention(), before="GEMV")

__all__ = ["Decision", "Rule", "choose", "disable", "enable", "is_disabled", "register", "rules", "unregister",
           "Attention", "CpuGEMV", "CpuMatmul", "Elementwise", "Fallback", "GpuGEMV", "GpuMatmul", "Reduction",
           "TensorCoreMatmul"]
