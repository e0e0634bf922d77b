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
  %"t1" = phi  i32 [%".11", %"body"], [%".189", %"j37.done"]
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
  %"kb4" = phi  i32 [0, %"z3.done"], [%".149", %"k5.done"]
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
  %".43" = mul nsw i64 %".42", 16
  %".44" = add nsw i64 1024, %".43"
  %".45" = sext i32 %"t1" to i64
  %".46" = mul nsw i64 %".45", 256
  %".47" = add nsw i64 %".44", %".46"
  %".48" = getelementptr i8, i8* %"b2", i64 %".47"
  call void @"llvm.prefetch.p0"(i8* %".48", i32 0, i32 3, i32 1)
  %".50" = sext i32 %"kb4" to i64
  %".51" = mul nsw i64 %".50", 16
  %".52" = add nsw i64 1152, %".51"
  %".53" = sext i32 %"t1" to i64
  %".54" = mul nsw i64 %".53", 256
  %".55" = add nsw i64 %".52", %".54"
  %".56" = getelementptr i8, i8* %"b2", i64 %".55"
  call void @"llvm.prefetch.p0"(i8* %".56", i32 0, i32 3, i32 1)
  br label %"k5.head"
kb4.done:
  store float              0x0, float* %"c34"
  br label %"j35.head"
k5.head:
  %"k5" = phi  i32 [0, %"kb4.body"], [%".147", %"k5.body"]
  %".59" = icmp slt i32 %"k5", 16
  br i1 %".59", label %"k5.body", label %"k5.done"
k5.body:
  %".61" = sext i32 %"k5" to i64
  %".62" = sext i32 %"kb4" to i64
  %".63" = mul nsw i64 %".62", 32
  %".64" = add nsw i64 %".61", %".63"
  %".65" = getelementptr half, half* %"b1", i64 %".64"
  %".66" = load half, half* %".65"
  %".67" = fpext half %".66" to float
  %".68" = sext i32 %"k5" to i64
  %".69" = sext i32 %"kb4" to i64
  %".70" = mul nsw i64 %".69", 16
  %".71" = add nsw i64 %".68", %".70"
  %".72" = sext i32 %"t1" to i64
  %".73" = mul nsw i64 %".72", 256
  %".74" = add nsw i64 %".71", %".73"
  %".75" = getelementptr i8, i8* %"b2", i64 %".74"
  %".76" = load i8, i8* %".75"
  %".77" = urem i8 %".76", 16
  %".78" = sub i8 %".77", 8
  %".79" = sitofp i8 %".78" to float
  %".80" = fmul reassoc contract float %".79", %".34"
  %".81" = sext i32 %"k5" to i64
  %".82" = getelementptr float, float* %"lanes2", i64 %".81"
  %".83" = load float, float* %".82"
  %".84" = fmul reassoc contract float %".67", %".80"
  %".85" = fadd reassoc contract float %".83", %".84"
  %".86" = sext i32 %"k5" to i64
  %".87" = getelementptr float, float* %"lanes2", i64 %".86"
  store float %".85", float* %".87"
  %".89" = sext i32 %"k5" to i64
  %".90" = add nsw i64 128, %".89"
  %".91" = sext i32 %"kb4" to i64
  %".92" = mul nsw i64 %".91", 16
  %".93" = add nsw i64 %".90", %".92"
  %".94" = sext i32 %"t1" to i64
  %".95" = mul nsw i64 %".94", 256
  %".96" = add nsw i64 %".93", %".95"
  %".97" = getelementptr i8, i8* %"b2", i64 %".96"
  %".98" = load i8, i8* %".97"
  %".99" = urem i8 %".98", 16
  %".100" = sub i8 %".99", 8
  %".101" = sitofp i8 %".100" to float
  %".102" = fmul reassoc contract float %".101", %".41"
  %".103" = sext i32 %"k5" to i64
  %".104" = add nsw i64 16, %".103"
  %".105" = getelementptr float, float* %"lanes2", i64 %".104"
  %".106" = load float, float* %".105"
  %".107" = fmul reassoc contract float %".67", %".102"
  %".108" = fadd reassoc contract float %".106", %".107"
  %".109" = sext i32 %"k5" to i64
  %".110" = add nsw i64 16, %".109"
  %".111" = getelementptr float, float* %"lanes2", i64 %".110"
  store float %".108", float* %".111"
  %".113" = sext i32 %"k5" to i64
  %".114" = add nsw i64 16, %".113"
  %".115" = sext i32 %"kb4" to i64
  %".116" = mul nsw i64 %".115", 32
  %".117" = add nsw i64 %".114", %".116"
  %".118" = getelementptr half, half* %"b1", i64 %".117"
  %".119" = load half, half* %".118"
  %".120" = fpext half %".119" to float
  %".121" = udiv i8 %".76", 16
  %".122" = sub i8 %".121", 8
  %".123" = sitofp i8 %".122" to float
  %".124" = fmul reassoc contract float %".123", %".34"
  %".125" = sext i32 %"k5" to i64
  %".126" = getelementptr float, float* %"lanes2", i64 %".125"
  %".127" = load float, float* %".126"
  %".128" = fmul reassoc contract float %".120", %".124"
  %".129" = fadd reassoc contract float %".127", %".128"
  %".130" = sext i32 %"k5" to i64
  %".131" = getelementptr float, float* %"lanes2", i64 %".130"
  store float %".129", float* %".131"
  %".133" = udiv i8 %".98", 16
  %".134" = sub i8 %".133", 8
  %".135" = sitofp i8 %".134" to float
  %".136" = fmul reassoc contract float %".135", %".41"
  %".137" = sext i32 %"k5" to i64
  %".138" = add nsw i64 16, %".137"
  %".139" = getelementptr float, float* %"lanes2", i64 %".138"
  %".140" = load float, float* %".139"
  %".141" = fmul reassoc contract float %".120", %".136"
  %".142" = fadd reassoc contract float %".140", %".141"
  %".143" = sext i32 %"k5" to i64
  %".144" = add nsw i64 16, %".143"
  %".145" = getelementptr float, float* %"lanes2", i64 %".144"
  store float %".142", float* %".145"
  %".147" = add nsw i32 %"k5", 1
  br label %"k5.head"
k5.done:
  %".149" = add nsw i32 %"kb4", 1
  br label %"kb4.head"
j35.head:
  %"j35" = phi  i32 [0, %"kb4.done"], [%".161", %"j35.body"]
  %".153" = icmp slt i32 %"j35", 16
  br i1 %".153", label %"j35.body", label %"j35.done"
j35.body:
  %".155" = load float, float* %"c34"
  %".156" = sext i32 %"j35" to i64
  %".157" = getelementptr float, float* %"lanes2", i64 %".156"
  %".158" = load float, float* %".157"
  %".159" = fadd reassoc contract float %".155", %".158"
  store float %".159", float* %"c34"
  %".161" = add nsw i32 %"j35", 1
  br label %"j35.head"
j35.done:
  store float              0x0, float* %"c36"
  br label %"j37.head"
j37.head:
  %"j37" = phi  i32 [0, %"j35.done"], [%".174", %"j37.body"]
  %".165" = icmp slt i32 %"j37", 16
  br i1 %".165", label %"j37.body", label %"j37.done"
j37.body:
  %".167" = load float, float* %"c36"
  %".168" = sext i32 %"j37" to i64
  %".169" = add nsw i64 16, %".168"
  %".170" = getelementptr float, float* %"lanes2", i64 %".169"
  %".171" = load float, float* %".170"
  %".172" = fadd reassoc contract float %".167", %".171"
  store float %".172", float* %"c36"
  %".174" = add nsw i32 %"j37", 1
  br label %"j37.head"
j37.done:
  %".176" = load float, float* %"c34"
  %".177" = fptrunc float %".176" to half
  %".178" = sext i32 %"t1" to i64
  %".179" = mul nsw i64 %".178", 2
  %".180" = getelementptr half, half* %"b0", i64 %".179"
  store half %".177", half* %".180"
  %".182" = load float, float* %"c36"
  %".183" = fptrunc float %".182" to half
  %".184" = sext i32 %"t1" to i64
  %".185" = mul nsw i64 %".184", 2
  %".186" = add nsw i64 1, %".185"
  %".187" = getelementptr half, half* %"b0", i64 %".186"
  store half %".183", half* %".187"
  %".189" = add nsw i32 %"t1", 1
  br label %"t1.head"
}

declare void @"llvm.prefetch.p0"(i8* %".1", i32 %".2", i32 %".3", i32 %".4")
