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
  %"t1" = phi  i32 [%".11", %"body"], [%".213", %"j37.done"]
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
  %"kb4" = phi  i32 [0, %"z3.done"], [%".173", %"k5.done"]
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
  %"k5" = phi  i32 [0, %"kb4.body"], [%".171", %"k5.body"]
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
  %".94" = uitofp i8 %".93" to float
  %".95" = fsub reassoc contract float %".94", 0x4020000000000000
  %".96" = fmul reassoc contract float %".95", %".34"
  %".97" = fptrunc float %".96" to half
  %".98" = fpext half %".97" to float
  %".99" = sext i32 %"k5" to i64
  %".100" = getelementptr float, float* %"lanes2", i64 %".99"
  %".101" = load float, float* %".100"
  %".102" = fmul reassoc contract float %".83", %".98"
  %".103" = fadd reassoc contract float %".101", %".102"
  %".104" = sext i32 %"k5" to i64
  %".105" = getelementptr float, float* %"lanes2", i64 %".104"
  store float %".103", float* %".105"
  %".107" = sext i32 %"k5" to i64
  %".108" = add nsw i64 128, %".107"
  %".109" = sext i32 %"kb4" to i64
  %".110" = mul nsw i64 %".109", 16
  %".111" = add nsw i64 %".108", %".110"
  %".112" = sext i32 %"t1" to i64
  %".113" = mul nsw i64 %".112", 256
  %".114" = add nsw i64 %".111", %".113"
  %".115" = getelementptr i8, i8* %"b2", i64 %".114"
  %".116" = load i8, i8* %".115"
  %".117" = urem i8 %".116", 16
  %".118" = uitofp i8 %".117" to float
  %".119" = fsub reassoc contract float %".118", 0x4020000000000000
  %".120" = fmul reassoc contract float %".119", %".41"
  %".121" = fptrunc float %".120" to half
  %".122" = fpext half %".121" to float
  %".123" = sext i32 %"k5" to i64
  %".124" = add nsw i64 16, %".123"
  %".125" = getelementptr float, float* %"lanes2", i64 %".124"
  %".126" = load float, float* %".125"
  %".127" = fmul reassoc contract float %".83", %".122"
  %".128" = fadd reassoc contract float %".126", %".127"
  %".129" = sext i32 %"k5" to i64
  %".130" = add nsw i64 16, %".129"
  %".131" = getelementptr float, float* %"lanes2", i64 %".130"
  store float %".128", float* %".131"
  %".133" = sext i32 %"k5" to i64
  %".134" = add nsw i64 16, %".133"
  %".135" = sext i32 %"kb4" to i64
  %".136" = mul nsw i64 %".135", 32
  %".137" = add nsw i64 %".134", %".136"
  %".138" = getelementptr half, half* %"b1", i64 %".137"
  %".139" = load half, half* %".138"
  %".140" = fpext half %".139" to float
  %".141" = udiv i8 %".92", 16
  %".142" = uitofp i8 %".141" to float
  %".143" = fsub reassoc contract float %".142", 0x4020000000000000
  %".144" = fmul reassoc contract float %".143", %".34"
  %".145" = fptrunc float %".144" to half
  %".146" = fpext half %".145" to float
  %".147" = sext i32 %"k5" to i64
  %".148" = getelementptr float, float* %"lanes2", i64 %".147"
  %".149" = load float, float* %".148"
  %".150" = fmul reassoc contract float %".140", %".146"
  %".151" = fadd reassoc contract float %".149", %".150"
  %".152" = sext i32 %"k5" to i64
  %".153" = getelementptr float, float* %"lanes2", i64 %".152"
  store float %".151", float* %".153"
  %".155" = udiv i8 %".116", 16
  %".156" = uitofp i8 %".155" to float
  %".157" = fsub reassoc contract float %".156", 0x4020000000000000
  %".158" = fmul reassoc contract float %".157", %".41"
  %".159" = fptrunc float %".158" to half
  %".160" = fpext half %".159" to float
  %".161" = sext i32 %"k5" to i64
  %".162" = add nsw i64 16, %".161"
  %".163" = getelementptr float, float* %"lanes2", i64 %".162"
  %".164" = load float, float* %".163"
  %".165" = fmul reassoc contract float %".140", %".160"
  %".166" = fadd reassoc contract float %".164", %".165"
  %".167" = sext i32 %"k5" to i64
  %".168" = add nsw i64 16, %".167"
  %".169" = getelementptr float, float* %"lanes2", i64 %".168"
  store float %".166", float* %".169"
  %".171" = add nsw i32 %"k5", 1
  br label %"k5.head"
k5.done:
  %".173" = add nsw i32 %"kb4", 1
  br label %"kb4.head"
j35.head:
  %"j35" = phi  i32 [0, %"kb4.done"], [%".185", %"j35.body"]
  %".177" = icmp slt i32 %"j35", 16
  br i1 %".177", label %"j35.body", label %"j35.done"
j35.body:
  %".179" = load float, float* %"c34"
  %".180" = sext i32 %"j35" to i64
  %".181" = getelementptr float, float* %"lanes2", i64 %".180"
  %".182" = load float, float* %".181"
  %".183" = fadd reassoc contract float %".179", %".182"
  store float %".183", float* %"c34"
  %".185" = add nsw i32 %"j35", 1
  br label %"j35.head"
j35.done:
  store float              0x0, float* %"c36"
  br label %"j37.head"
j37.head:
  %"j37" = phi  i32 [0, %"j35.done"], [%".198", %"j37.body"]
  %".189" = icmp slt i32 %"j37", 16
  br i1 %".189", label %"j37.body", label %"j37.done"
j37.body:
  %".191" = load float, float* %"c36"
  %".192" = sext i32 %"j37" to i64
  %".193" = add nsw i64 16, %".192"
  %".194" = getelementptr float, float* %"lanes2", i64 %".193"
  %".195" = load float, float* %".194"
  %".196" = fadd reassoc contract float %".191", %".195"
  store float %".196", float* %"c36"
  %".198" = add nsw i32 %"j37", 1
  br label %"j37.head"
j37.done:
  %".200" = load float, float* %"c34"
  %".201" = fptrunc float %".200" to half
  %".202" = sext i32 %"t1" to i64
  %".203" = mul nsw i64 %".202", 2
  %".204" = getelementptr half, half* %"b0", i64 %".203"
  store half %".201", half* %".204"
  %".206" = load float, float* %"c36"
  %".207" = fptrunc float %".206" to half
  %".208" = sext i32 %"t1" to i64
  %".209" = mul nsw i64 %".208", 2
  %".210" = add nsw i64 1, %".209"
  %".211" = getelementptr half, half* %"b0", i64 %".210"
  store half %".207", half* %".211"
  %".213" = add nsw i32 %"t1", 1
  br label %"t1.head"
}

declare void @"llvm.prefetch.p0"(i8* %".1", i32 %".2", i32 %".3", i32 %".4")
