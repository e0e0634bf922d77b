; ModuleID = "sum_op"
target triple = "unknown-unknown-unknown"
target datalayout = ""

define void @"sum_op"(half* noalias %"b0", half* noalias %"b1", i8* noalias %"b2", float* noalias %"b3", i32 %"core", i32 %"ncores")
{
entry:
  %"lanes2" = alloca float, i64 32, align 64
  %"c34" = alloca float
  %"c36" = alloca float
  br label %"body"
body:
  %".8" = sub i32 %"ncores", 1
  %".9" = add i32 8, %".8"
  %".10" = sdiv i32 %".9", %"ncores"
  %".11" = mul i32 %"core", %".10"
  %".12" = add i32 %".11", %".10"
  %".13" = icmp slt i32 %".12", 8
  %".14" = select  i1 %".13", i32 %".12", i32 8
  br label %"t1.head"
t1.head:
  %"t1" = phi  i32 [%".11", %"body"], [%".205", %"j37.done"]
  %".16" = icmp slt i32 %"t1", %".14"
  br i1 %".16", label %"t1.body", label %"t1.done"
t1.body:
  br label %"z3.head"
t1.done:
  ret void
z3.head:
  %"z3" = phi  i32 [0, %"t1.body"], [%".24", %"z3.body"]
  %".19" = icmp slt i32 %"z3", 32
  br i1 %".19", label %"z3.body", label %"z3.done"
z3.body:
  %".21" = sext i32 %"z3" to i64
  %".22" = getelementptr float, float* %"lanes2", i64 %".21"
  store float              0x0, float* %".22"
  %".24" = add nsw i32 %"z3", 1
  br label %"z3.head"
z3.done:
  br label %"kb4.head"
kb4.head:
  %"kb4" = phi  i32 [0, %"z3.done"], [%".165", %"k5.done"]
  %".27" = icmp slt i32 %"kb4", 8
  br i1 %".27", label %"kb4.body", label %"kb4.done"
kb4.body:
  %".29" = sext i32 %"kb4" to i64
  %".30" = sext i32 %"t1" to i64
  %".31" = mul nsw i64 %".30", 16
  %".32" = add nsw i64 %".29", %".31"
  %".33" = getelementptr float, float* %"b3", i64 %".32"
  %".34" = load float, float* %".33"
  %".35" = sext i32 %"kb4" to i64
  %".36" = add nsw i64 8, %".35"
  %".37" = sext i32 %"t1" to i64
  %".38" = mul nsw i64 %".37", 16
  %".39" = add nsw i64 %".36", %".38"
  %".40" = getelementptr float, float* %"b3", i64 %".39"
  %".41" = load float, float* %".40"
  %".42" = sext i32 %"kb4" to i64
  %".43" = add nsw i64 512, %".42"
  %".44" = sext i32 %"t1" to i64
  %".45" = mul nsw i64 %".44", 16
  %".46" = add nsw i64 %".43", %".45"
  %".47" = getelementptr float, float* %"b3", i64 %".46"
  %".48" = bitcast float* %".47" to i8*
  call void @"llvm.prefetch.p0"(i8* %".48", i32 0, i32 3, i32 1)
  %".50" = sext i32 %"kb4" to i64
  %".51" = mul nsw i64 %".50", 16
  %".52" = add nsw i64 2048, %".51"
  %".53" = sext i32 %"t1" to i64
  %".54" = mul nsw i64 %".53", 256
  %".55" = add nsw i64 %".52", %".54"
  %".56" = getelementptr i8, i8* %"b2", i64 %".55"
  call void @"llvm.prefetch.p0"(i8* %".56", i32 0, i32 3, i32 1)
  %".58" = sext i32 %"kb4" to i64
  %".59" = add nsw i64 520, %".58"
  %".60" = sext i32 %"t1" to i64
  %".61" = mul nsw i64 %".60", 16
  %".62" = add nsw i64 %".59", %".61"
  %".63" = getelementptr float, float* %"b3", i64 %".62"
  %".64" = bitcast float* %".63" to i8*
  call void @"llvm.prefetch.p0"(i8* %".64", i32 0, i32 3, i32 1)
  %".66" = sext i32 %"kb4" to i64
  %".67" = mul nsw i64 %".66", 16
  %".68" = add nsw i64 2176, %".67"
  %".69" = sext i32 %"t1" to i64
  %".70" = mul nsw i64 %".69", 256
  %".71" = add nsw i64 %".68", %".70"
  %".72" = getelementptr i8, i8* %"b2", i64 %".71"
  call void @"llvm.prefetch.p0"(i8* %".72", i32 0, i32 3, i32 1)
  br label %"k5.head"
kb4.done:
  store float              0x0, float* %"c34"
  br label %"j35.head"
k5.head:
  %"k5" = phi  i32 [0, %"kb4.body"], [%".163", %"k5.body"]
  %".75" = icmp slt i32 %"k5", 16
  br i1 %".75", label %"k5.body", label %"k5.done"
k5.body:
  %".77" = sext i32 %"k5" to i64
  %".78" = sext i32 %"kb4" to i64
  %".79" = mul nsw i64 %".78", 32
  %".80" = add nsw i64 %".77", %".79"
  %".81" = getelementptr half, half* %"b1", i64 %".80"
  %".82" = load half, half* %".81"
  %".83" = fpext half %".82" to float
  %".84" = sext i32 %"k5" to i64
  %".85" = sext i32 %"kb4" to i64
  %".86" = mul nsw i64 %".85", 16
  %".87" = add nsw i64 %".84", %".86"
  %".88" = sext i32 %"t1" to i64
  %".89" = mul nsw i64 %".88", 256
  %".90" = add nsw i64 %".87", %".89"
  %".91" = getelementptr i8, i8* %"b2", i64 %".90"
  %".92" = load i8, i8* %".91"
  %".93" = urem i8 %".92", 16
  %".94" = sub i8 %".93", 8
  %".95" = sitofp i8 %".94" to float
  %".96" = fmul reassoc contract float %".95", %".34"
  %".97" = sext i32 %"k5" to i64
  %".98" = getelementptr float, float* %"lanes2", i64 %".97"
  %".99" = load float, float* %".98"
  %".100" = fmul reassoc contract float %".83", %".96"
  %".101" = fadd reassoc contract float %".99", %".100"
  %".102" = sext i32 %"k5" to i64
  %".103" = getelementptr float, float* %"lanes2", i64 %".102"
  store float %".101", float* %".103"
  %".105" = sext i32 %"k5" to i64
  %".106" = add nsw i64 128, %".105"
  %".107" = sext i32 %"kb4" to i64
  %".108" = mul nsw i64 %".107", 16
  %".109" = add nsw i64 %".106", %".108"
  %".110" = sext i32 %"t1" to i64
  %".111" = mul nsw i64 %".110", 256
  %".112" = add nsw i64 %".109", %".111"
  %".113" = getelementptr i8, i8* %"b2", i64 %".112"
  %".114" = load i8, i8* %".113"
  %".115" = urem i8 %".114", 16
  %".116" = sub i8 %".115", 8
  %".117" = sitofp i8 %".116" to float
  %".118" = fmul reassoc contract float %".117", %".41"
  %".119" = sext i32 %"k5" to i64
  %".120" = add nsw i64 16, %".119"
  %".121" = getelementptr float, float* %"lanes2", i64 %".120"
  %".122" = load float, float* %".121"
  %".123" = fmul reassoc contract float %".83", %".118"
  %".124" = fadd reassoc contract float %".122", %".123"
  %".125" = sext i32 %"k5" to i64
  %".126" = add nsw i64 16, %".125"
  %".127" = getelementptr float, float* %"lanes2", i64 %".126"
  store float %".124", float* %".127"
  %".129" = sext i32 %"k5" to i64
  %".130" = add nsw i64 16, %".129"
  %".131" = sext i32 %"kb4" to i64
  %".132" = mul nsw i64 %".131", 32
  %".133" = add nsw i64 %".130", %".132"
  %".134" = getelementptr half, half* %"b1", i64 %".133"
  %".135" = load half, half* %".134"
  %".136" = fpext half %".135" to float
  %".137" = udiv i8 %".92", 16
  %".138" = sub i8 %".137", 8
  %".139" = sitofp i8 %".138" to float
  %".140" = fmul reassoc contract float %".139", %".34"
  %".141" = sext i32 %"k5" to i64
  %".142" = getelementptr float, float* %"lanes2", i64 %".141"
  %".143" = load float, float* %".142"
  %".144" = fmul reassoc contract float %".136", %".140"
  %".145" = fadd reassoc contract float %".143", %".144"
  %".146" = sext i32 %"k5" to i64
  %".147" = getelementptr float, float* %"lanes2", i64 %".146"
  store float %".145", float* %".147"
  %".149" = udiv i8 %".114", 16
  %".150" = sub i8 %".149", 8
  %".151" = sitofp i8 %".150" to float
  %".152" = fmul reassoc contract float %".151", %".41"
  %".153" = sext i32 %"k5" to i64
  %".154" = add nsw i64 16, %".153"
  %".155" = getelementptr float, float* %"lanes2", i64 %".154"
  %".156" = load float, float* %".155"
  %".157" = fmul reassoc contract float %".136", %".152"
  %".158" = fadd reassoc contract float %".156", %".157"
  %".159" = sext i32 %"k5" to i64
  %".160" = add nsw i64 16, %".159"
  %".161" = getelementptr float, float* %"lanes2", i64 %".160"
  store float %".158", float* %".161"
  %".163" = add nsw i32 %"k5", 1
  br label %"k5.head"
k5.done:
  %".165" = add nsw i32 %"kb4", 1
  br label %"kb4.head"
j35.head:
  %"j35" = phi  i32 [0, %"kb4.done"], [%".177", %"j35.body"]
  %".169" = icmp slt i32 %"j35", 16
  br i1 %".169", label %"j35.body", label %"j35.done"
j35.body:
  %".171" = load float, float* %"c34"
  %".172" = sext i32 %"j35" to i64
  %".173" = getelementptr float, float* %"lanes2", i64 %".172"
  %".174" = load float, float* %".173"
  %".175" = fadd reassoc contract float %".171", %".174"
  store float %".175", float* %"c34"
  %".177" = add nsw i32 %"j35", 1
  br label %"j35.head"
j35.done:
  store float              0x0, float* %"c36"
  br label %"j37.head"
j37.head:
  %"j37" = phi  i32 [0, %"j35.done"], [%".190", %"j37.body"]
  %".181" = icmp slt i32 %"j37", 16
  br i1 %".181", label %"j37.body", label %"j37.done"
j37.body:
  %".183" = load float, float* %"c36"
  %".184" = sext i32 %"j37" to i64
  %".185" = add nsw i64 16, %".184"
  %".186" = getelementptr float, float* %"lanes2", i64 %".185"
  %".187" = load float, float* %".186"
  %".188" = fadd reassoc contract float %".183", %".187"
  store float %".188", float* %"c36"
  %".190" = add nsw i32 %"j37", 1
  br label %"j37.head"
j37.done:
  %".192" = load float, float* %"c34"
  %".193" = fptrunc float %".192" to half
  %".194" = sext i32 %"t1" to i64
  %".195" = mul nsw i64 %".194", 2
  %".196" = getelementptr half, half* %"b0", i64 %".195"
  store half %".193", half* %".196"
  %".198" = load float, float* %"c36"
  %".199" = fptrunc float %".198" to half
  %".200" = sext i32 %"t1" to i64
  %".201" = mul nsw i64 %".200", 2
  %".202" = add nsw i64 1, %".201"
  %".203" = getelementptr half, half* %"b0", i64 %".202"
  store half %".199", half* %".203"
  %".205" = add nsw i32 %"t1", 1
  br label %"t1.head"
}

declare void @"llvm.prefetch.p0"(i8* %".1", i32 %".2", i32 %".3", i32 %".4")
