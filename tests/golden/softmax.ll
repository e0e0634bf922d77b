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
  %"i0" = phi  i32 [%".10", %"body"], [%".150", %"i1.done"]
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
  %".28" = call float @"llvm.maxnum.f32"(float %".27", float %".26")
  store float %".28", float* %"acc2"
  %".30" = add nsw i32 %"r3", 1
  br label %"r3.head"
r3.done:
  store float              0x0, float* %"acc7"
  br label %"r8.head"
r8.head:
  %"r8" = phi  i32 [0, %"r3.done"], [%".87", %"r8.body"]
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
  %".44" = call float @"llvm.maxnum.f32"(float %".43", float 0xc059f999a0000000)
  %".45" = call float @"llvm.minnum.f32"(float %".44", float 0x4056333340000000)
  %".46" = fmul float %".45", 0x3ff7154760000000
  %".47" = fadd float %".46", 0x3fe0000000000000
  %".48" = call float @"llvm.floor.f32"(float %".47")
  %".49" = fmul float %".48", 0x3fe62e4000000000
  %".50" = fsub float %".45", %".49"
  %".51" = fmul float %".48", 0x3eb7f7d1c0000000
  %".52" = fsub float %".50", %".51"
  %".53" = fmul float 0x3f2a01a020000000, %".52"
  %".54" = fadd float %".53", 0x3f56c16c20000000
  %".55" = fmul float %".54", %".52"
  %".56" = fadd float %".55", 0x3f81111120000000
  %".57" = fmul float %".56", %".52"
  %".58" = fadd float %".57", 0x3fa5555560000000
  %".59" = fmul float %".58", %".52"
  %".60" = fadd float %".59", 0x3fc5555560000000
  %".61" = fmul float %".60", %".52"
  %".62" = fadd float %".61", 0x3fe0000000000000
  %".63" = fmul float %".62", %".52"
  %".64" = fadd float %".63", 0x3ff0000000000000
  %".65" = fmul float %".64", %".52"
  %".66" = fadd float %".65", 0x3ff0000000000000
  %".67" = fptosi float %".48" to i32
  %".68" = ashr i32 %".67", 1
  %".69" = sub i32 %".67", %".68"
  %".70" = add i32 %".68", 127
  %".71" = shl i32 %".70", 23
  %".72" = bitcast i32 %".71" to float
  %".73" = fmul float %".66", %".72"
  %".74" = add i32 %".69", 127
  %".75" = shl i32 %".74", 23
  %".76" = bitcast i32 %".75" to float
  %".77" = fmul float %".73", %".76"
  %".78" = fcmp ogt float %".43", 0x40562e4260000000
  %".79" = select  i1 %".78", float 0x7ff0000000000000, float %".77"
  %".80" = fcmp olt float %".43", 0xc059f999a0000000
  %".81" = select  i1 %".80", float              0x0, float %".79"
  %".82" = fcmp uno float %".43", %".43"
  %".83" = select  i1 %".82", float %".43", float %".81"
  %".84" = load float, float* %"acc7"
  %".85" = fadd reassoc contract float %".84", %".83"
  store float %".85", float* %"acc7"
  %".87" = add nsw i32 %"r8", 1
  br label %"r8.head"
r8.done:
  br label %"i1.head"
i1.head:
  %"i1" = phi  i32 [0, %"r8.done"], [%".148", %"i1.body"]
  %".90" = icmp slt i32 %"i1", 64
  br i1 %".90", label %"i1.body", label %"i1.done"
i1.body:
  %".92" = sext i32 %"i0" to i64
  %".93" = mul nsw i64 %".92", 64
  %".94" = sext i32 %"i1" to i64
  %".95" = add nsw i64 %".93", %".94"
  %".96" = getelementptr float, float* %"b1", i64 %".95"
  %".97" = load float, float* %".96"
  %".98" = load float, float* %"acc2"
  %".99" = fsub reassoc contract float %".97", %".98"
  %".100" = call float @"llvm.maxnum.f32"(float %".99", float 0xc059f999a0000000)
  %".101" = call float @"llvm.minnum.f32"(float %".100", float 0x4056333340000000)
  %".102" = fmul float %".101", 0x3ff7154760000000
  %".103" = fadd float %".102", 0x3fe0000000000000
  %".104" = call float @"llvm.floor.f32"(float %".103")
  %".105" = fmul float %".104", 0x3fe62e4000000000
  %".106" = fsub float %".101", %".105"
  %".107" = fmul float %".104", 0x3eb7f7d1c0000000
  %".108" = fsub float %".106", %".107"
  %".109" = fmul float 0x3f2a01a020000000, %".108"
  %".110" = fadd float %".109", 0x3f56c16c20000000
  %".111" = fmul float %".110", %".108"
  %".112" = fadd float %".111", 0x3f81111120000000
  %".113" = fmul float %".112", %".108"
  %".114" = fadd float %".113", 0x3fa5555560000000
  %".115" = fmul float %".114", %".108"
  %".116" = fadd float %".115", 0x3fc5555560000000
  %".117" = fmul float %".116", %".108"
  %".118" = fadd float %".117", 0x3fe0000000000000
  %".119" = fmul float %".118", %".108"
  %".120" = fadd float %".119", 0x3ff0000000000000
  %".121" = fmul float %".120", %".108"
  %".122" = fadd float %".121", 0x3ff0000000000000
  %".123" = fptosi float %".104" to i32
  %".124" = ashr i32 %".123", 1
  %".125" = sub i32 %".123", %".124"
  %".126" = add i32 %".124", 127
  %".127" = shl i32 %".126", 23
  %".128" = bitcast i32 %".127" to float
  %".129" = fmul float %".122", %".128"
  %".130" = add i32 %".125", 127
  %".131" = shl i32 %".130", 23
  %".132" = bitcast i32 %".131" to float
  %".133" = fmul float %".129", %".132"
  %".134" = fcmp ogt float %".99", 0x40562e4260000000
  %".135" = select  i1 %".134", float 0x7ff0000000000000, float %".133"
  %".136" = fcmp olt float %".99", 0xc059f999a0000000
  %".137" = select  i1 %".136", float              0x0, float %".135"
  %".138" = fcmp uno float %".99", %".99"
  %".139" = select  i1 %".138", float %".99", float %".137"
  %".140" = load float, float* %"acc7"
  %".141" = fdiv reassoc contract float %".139", %".140"
  %".142" = sext i32 %"i0" to i64
  %".143" = mul nsw i64 %".142", 64
  %".144" = sext i32 %"i1" to i64
  %".145" = add nsw i64 %".143", %".144"
  %".146" = getelementptr float, float* %"b0", i64 %".145"
  store float %".141", float* %".146"
  %".148" = add nsw i32 %"i1", 1
  br label %"i1.head"
i1.done:
  %".150" = add nsw i32 %"i0", 1
  br label %"i0.head"
}

declare float @"llvm.maxnum.f32"(float %".1", float %".2")

declare float @"llvm.minnum.f32"(float %".1", float %".2")

declare float @"llvm.floor.f32"(float %".1")
