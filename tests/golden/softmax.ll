; ModuleID = "softmax"
target triple = "unknown-unknown-unknown"
target datalayout = ""

define void @"softmax"(float* noalias %"b0", float* noalias %"b1", i32 %"n", i32 %"core", i32 %"ncores")
{
entry:
  %"acc2" = alloca float
  %"acc7" = alloca float
  br label %"body"
body:
  %".7" = sub i32 %"ncores", 1
  %".8" = add i32 %"n", %".7"
  %".9" = sdiv i32 %".8", %"ncores"
  %".10" = mul i32 %"core", %".9"
  %".11" = add i32 %".10", %".9"
  %".12" = icmp slt i32 %".11", %"n"
  %".13" = select  i1 %".12", i32 %".11", i32 %"n"
  br label %"i0.head"
i0.head:
  %"i0" = phi  i32 [%".10", %"body"], [%".152", %"i1.done"]
  %".15" = icmp slt i32 %"i0", %".13"
  br i1 %".15", label %"i0.body", label %"i0.done"
i0.body:
  store float 0xfff0000000000000, float* %"acc2"
  br label %"r3.head"
i0.done:
  ret void
r3.head:
  %"r3" = phi  i32 [0, %"i0.body"], [%".30", %"r3.body"]
  %".19" = icmp slt i32 %"r3", 64
  br i1 %".19", label %"r3.body", label %"r3.done"
r3.body:
  %".21" = sext i32 %"i0" to i64
  %".22" = mul nsw i64 %".21", 64
  %".23" = sext i32 %"r3" to i64
  %".24" = add nsw i64 %".22", %".23"
  %".25" = getelementptr float, float* %"b1", i64 %".24"
  %".26" = load float, float* %".25"
  %".27" = load float, float* %"acc2"
  %".28" = call float @"llvm.maximum.f32"(float %".27", float %".26")
  store float %".28", float* %"acc2"
  %".30" = add nsw i32 %"r3", 1
  br label %"r3.head"
r3.done:
  store float              0x0, float* %"acc7"
  br label %"r8.head"
r8.head:
  %"r8" = phi  i32 [0, %"r3.done"], [%".88", %"r8.body"]
  %".34" = icmp slt i32 %"r8", 64
  br i1 %".34", label %"r8.body", label %"r8.done"
r8.body:
  %".36" = sext i32 %"i0" to i64
  %".37" = mul nsw i64 %".36", 64
  %".38" = sext i32 %"r8" to i64
  %".39" = add nsw i64 %".37", %".38"
  %".40" = getelementptr float, float* %"b1", i64 %".39"
  %".41" = load float, float* %".40"
  %".42" = load float, float* %"acc2"
  %".43" = fsub reassoc contract float %".41", %".42"
  %".44" = fcmp olt float %".43", 0xc059f999a0000000
  %".45" = call float @"llvm.maxnum.f32"(float %".43", float 0xc059f999a0000000)
  %".46" = call float @"llvm.minnum.f32"(float %".45", float 0x4056333340000000)
  %".47" = select  i1 %".44", float              0x0, float %".46"
  %".48" = fmul float %".47", 0x3ff7154760000000
  %".49" = fadd float %".48", 0x3fe0000000000000
  %".50" = call float @"llvm.floor.f32"(float %".49")
  %".51" = fmul float %".50", 0x3fe62e4000000000
  %".52" = fsub float %".47", %".51"
  %".53" = fmul float %".50", 0x3eb7f7d1c0000000
  %".54" = fsub float %".52", %".53"
  %".55" = fmul float 0x3f2a01a020000000, %".54"
  %".56" = fadd float %".55", 0x3f56c16c20000000
  %".57" = fmul float %".56", %".54"
  %".58" = fadd float %".57", 0x3f81111120000000
  %".59" = fmul float %".58", %".54"
  %".60" = fadd float %".59", 0x3fa5555560000000
  %".61" = fmul float %".60", %".54"
  %".62" = fadd float %".61", 0x3fc5555560000000
  %".63" = fmul float %".62", %".54"
  %".64" = fadd float %".63", 0x3fe0000000000000
  %".65" = fmul float %".64", %".54"
  %".66" = fadd float %".65", 0x3ff0000000000000
  %".67" = fmul float %".66", %".54"
  %".68" = fadd float %".67", 0x3ff0000000000000
  %".69" = fptosi float %".50" to i32
  %".70" = ashr i32 %".69", 1
  %".71" = sub i32 %".69", %".70"
  %".72" = add i32 %".70", 127
  %".73" = shl i32 %".72", 23
  %".74" = bitcast i32 %".73" to float
  %".75" = fmul float %".68", %".74"
  %".76" = add i32 %".71", 127
  %".77" = shl i32 %".76", 23
  %".78" = bitcast i32 %".77" to float
  %".79" = fmul float %".75", %".78"
  %".80" = fcmp ogt float %".43", 0x40562e4260000000
  %".81" = select  i1 %".80", float 0x7ff0000000000000, float %".79"
  %".82" = select  i1 %".44", float              0x0, float %".81"
  %".83" = fcmp uno float %".43", %".43"
  %".84" = select  i1 %".83", float %".43", float %".82"
  %".85" = load float, float* %"acc7"
  %".86" = fadd reassoc contract float %".85", %".84"
  store float %".86", float* %"acc7"
  %".88" = add nsw i32 %"r8", 1
  br label %"r8.head"
r8.done:
  br label %"i1.head"
i1.head:
  %"i1" = phi  i32 [0, %"r8.done"], [%".150", %"i1.body"]
  %".91" = icmp slt i32 %"i1", 64
  br i1 %".91", label %"i1.body", label %"i1.done"
i1.body:
  %".93" = sext i32 %"i0" to i64
  %".94" = mul nsw i64 %".93", 64
  %".95" = sext i32 %"i1" to i64
  %".96" = add nsw i64 %".94", %".95"
  %".97" = getelementptr float, float* %"b1", i64 %".96"
  %".98" = load float, float* %".97"
  %".99" = load float, float* %"acc2"
  %".100" = fsub reassoc contract float %".98", %".99"
  %".101" = fcmp olt float %".100", 0xc059f999a0000000
  %".102" = call float @"llvm.maxnum.f32"(float %".100", float 0xc059f999a0000000)
  %".103" = call float @"llvm.minnum.f32"(float %".102", float 0x4056333340000000)
  %".104" = select  i1 %".101", float              0x0, float %".103"
  %".105" = fmul float %".104", 0x3ff7154760000000
  %".106" = fadd float %".105", 0x3fe0000000000000
  %".107" = call float @"llvm.floor.f32"(float %".106")
  %".108" = fmul float %".107", 0x3fe62e4000000000
  %".109" = fsub float %".104", %".108"
  %".110" = fmul float %".107", 0x3eb7f7d1c0000000
  %".111" = fsub float %".109", %".110"
  %".112" = fmul float 0x3f2a01a020000000, %".111"
  %".113" = fadd float %".112", 0x3f56c16c20000000
  %".114" = fmul float %".113", %".111"
  %".115" = fadd float %".114", 0x3f81111120000000
  %".116" = fmul float %".115", %".111"
  %".117" = fadd float %".116", 0x3fa5555560000000
  %".118" = fmul float %".117", %".111"
  %".119" = fadd float %".118", 0x3fc5555560000000
  %".120" = fmul float %".119", %".111"
  %".121" = fadd float %".120", 0x3fe0000000000000
  %".122" = fmul float %".121", %".111"
  %".123" = fadd float %".122", 0x3ff0000000000000
  %".124" = fmul float %".123", %".111"
  %".125" = fadd float %".124", 0x3ff0000000000000
  %".126" = fptosi float %".107" to i32
  %".127" = ashr i32 %".126", 1
  %".128" = sub i32 %".126", %".127"
  %".129" = add i32 %".127", 127
  %".130" = shl i32 %".129", 23
  %".131" = bitcast i32 %".130" to float
  %".132" = fmul float %".125", %".131"
  %".133" = add i32 %".128", 127
  %".134" = shl i32 %".133", 23
  %".135" = bitcast i32 %".134" to float
  %".136" = fmul float %".132", %".135"
  %".137" = fcmp ogt float %".100", 0x40562e4260000000
  %".138" = select  i1 %".137", float 0x7ff0000000000000, float %".136"
  %".139" = select  i1 %".101", float              0x0, float %".138"
  %".140" = fcmp uno float %".100", %".100"
  %".141" = select  i1 %".140", float %".100", float %".139"
  %".142" = load float, float* %"acc7"
  %".143" = fdiv reassoc contract float %".141", %".142"
  %".144" = sext i32 %"i0" to i64
  %".145" = mul nsw i64 %".144", 64
  %".146" = sext i32 %"i1" to i64
  %".147" = add nsw i64 %".145", %".146"
  %".148" = getelementptr float, float* %"b0", i64 %".147"
  store float %".143", float* %".148"
  %".150" = add nsw i32 %"i1", 1
  br label %"i1.head"
i1.done:
  %".152" = add nsw i32 %"i0", 1
  br label %"i0.head"
}

declare float @"llvm.maximum.f32"(float %".1", float %".2")

declare float @"llvm.maxnum.f32"(float %".1", float %".2")

declare float @"llvm.minnum.f32"(float %".1", float %".2")

declare float @"llvm.floor.f32"(float %".1")
