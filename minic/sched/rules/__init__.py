"""Schedule rules, tried in order; first match wins. See base.py for the framework."""
from minic.sched.rules.base import Decision, Rule, choose, disable, enable, is_disabled, register, rules, unregister
from minic.sched.rules.elementwise import Elementwise
from minic.sched.rules.fallback import Fallback
from minic.sched.rules.gemv import GEMV
from minic.sched.rules.gpu_mma import TensorCoreMatmul
from minic.sched.rules.matmul import Matmul
from minic.sched.rules.reduction import Reduction

register(Fallback())
register(Elementwise())
register(Reduction(), before="Elementwise")
register(Matmul(), before="Reduction")
register(TensorCoreMatmul(), before="Matmul")
register(GEMV(), before="TensorCoreMatmul")

__all__ = ["Decision", "Rule", "choose", "disable", "enable", "is_disabled", "register", "rules", "unregister",
           "Elementwise", "Fallback", "GEMV", "Matmul", "Reduction", "TensorCoreMatmul"]
