; ModuleID = "gemv"
target triple = "unknown-unknown-unknown"
target datalayout = ""

define void @"gemv"(half* noalias %"b0", half* noalias %"b1", half* noalias %"b2", i32 %"core", i32 %"ncores")
{
entry:
  %"c2" = alloca float
  %"c3" = alloca float
  %"c4" = alloca float
  %"c5" = alloca float
  %"c6" = alloca float
  %"c7" = alloca float
  %"c8" = alloca float
  %"c9" = alloca float
  br label %"body"
body:
  %".7" = sub i32 %"ncores", 1
  %".8" = add i32 8, %".7"
  %".9" = sdiv i32 %".8", %"ncores"
  %".10" = mul i32 %"core", %".9"
  %".11" = add i32 %".10", %".9"
  %".12" = icmp slt i32 %".11", 8
  %".13" = select  i1 %".12", i32 %".11", i32 8
  br label %"t1.head"
t1.head:
  %"t1" = phi  i32 [%".10", %"body"], [%".184", %"k10.done"]
  %".15" = icmp slt i32 %"t1", %".13"
  br i1 %".15", label %"t1.body", label %"t1.done"
t1.body:
  store float              0x0, float* %"c2"
  store float              0x0, float* %"c3"
  store float              0x0, float* %"c4"
  store float              0x0, float* %"c5"
  store float              0x0, float* %"c6"
  store float              0x0, float* %"c7"
  store float              0x0, float* %"c8"
  store float              0x0, float* %"c9"
  br label %"k10.head"
t1.done:
  ret void
k10.head:
  %"k10" = phi  i32 [0, %"t1.body"], [%".127", %"k10.body"]
  %".26" = icmp slt i32 %"k10", 256
  br i1 %".26", label %"k10.body", label %"k10.done"
k10.body:
  %".28" = sext i32 %"k10" to i64
  %".29" = getelementptr half, half* %"b1", i64 %".28"
  %".30" = load half, half* %".29"
  %".31" = fpext half %".30" to float
  %".32" = sext i32 %"k10" to i64
  %".33" = sext i32 %"t1" to i64
  %".34" = mul nsw i64 %".33", 2048
  %".35" = add nsw i64 %".32", %".34"
  %".36" = getelementptr half, half* %"b2", i64 %".35"
  %".37" = load half, half* %".36"
  %".38" = fpext half %".37" to float
  %".39" = sext i32 %"k10" to i64
  %".40" = add nsw i64 256, %".39"
  %".41" = sext i32 %"t1" to i64
  %".42" = mul nsw i64 %".41", 2048
  %".43" = add nsw i64 %".40", %".42"
  %".44" = getelementptr half, half* %"b2", i64 %".43"
  %".45" = load half, half* %".44"
  %".46" = fpext half %".45" to float
  %".47" = sext i32 %"k10" to i64
  %".48" = add nsw i64 512, %".47"
  %".49" = sext i32 %"t1" to i64
  %".50" = mul nsw i64 %".49", 2048
  %".51" = add nsw i64 %".48", %".50"
  %".52" = getelementptr half, half* %"b2", i64 %".51"
  %".53" = load half, half* %".52"
  %".54" = fpext half %".53" to float
  %".55" = sext i32 %"k10" to i64
  %".56" = add nsw i64 768, %".55"
  %".57" = sext i32 %"t1" to i64
  %".58" = mul nsw i64 %".57", 2048
  %".59" = add nsw i64 %".56", %".58"
  %".60" = getelementptr half, half* %"b2", i64 %".59"
  %".61" = load half, half* %".60"
  %".62" = fpext half %".61" to float
  %".63" = sext i32 %"k10" to i64
  %".64" = add nsw i64 1024, %".63"
  %".65" = sext i32 %"t1" to i64
  %".66" = mul nsw i64 %".65", 2048
  %".67" = add nsw i64 %".64", %".66"
  %".68" = getelementptr half, half* %"b2", i64 %".67"
  %".69" = load half, half* %".68"
  %".70" = fpext half %".69" to float
  %".71" = sext i32 %"k10" to i64
  %".72" = add nsw i64 1280, %".71"
  %".73" = sext i32 %"t1" to i64
  %".74" = mul nsw i64 %".73", 2048
  %".75" = add nsw i64 %".72", %".74"
  %".76" = getelementptr half, half* %"b2", i64 %".75"
  %".77" = load half, half* %".76"
  %".78" = fpext half %".77" to float
  %".79" = sext i32 %"k10" to i64
  %".80" = add nsw i64 1536, %".79"
  %".81" = sext i32 %"t1" to i64
  %".82" = mul nsw i64 %".81", 2048
  %".83" = add nsw i64 %".80", %".82"
  %".84" = getelementptr half, half* %"b2", i64 %".83"
  %".85" = load half, half* %".84"
  %".86" = fpext half %".85" to float
  %".87" = sext i32 %"k10" to i64
  %".88" = add nsw i64 1792, %".87"
  %".89" = sext i32 %"t1" to i64
  %".90" = mul nsw i64 %".89", 2048
  %".91" = add nsw i64 %".88", %".90"
  %".92" = getelementptr half, half* %"b2", i64 %".91"
  %".93" = load half, half* %".92"
  %".94" = fpext half %".93" to float
  %".95" = load float, float* %"c2"
  %".96" = fmul reassoc contract float %".31", %".38"
  %".97" = fadd reassoc contract float %".95", %".96"
  store float %".97", float* %"c2"
  %".99" = load float, float* %"c3"
  %".100" = fmul reassoc contract float %".31", %".46"
  %".101" = fadd reassoc contract float %".99", %".100"
  store float %".101", float* %"c3"
  %".103" = load float, float* %"c4"
  %".104" = fmul reassoc contract float %".31", %".54"
  %".105" = fadd reassoc contract float %".103", %".104"
  store float %".105", float* %"c4"
  %".107" = load float, float* %"c5"
  %".108" = fmul reassoc contract float %".31", %".62"
  %".109" = fadd reassoc contract float %".107", %".108"
  store float %".109", float* %"c5"
  %".111" = load float, float* %"c6"
  %".112" = fmul reassoc contract float %".31", %".70"
  %".113" = fadd reassoc contract float %".111", %".112"
  store float %".113", float* %"c6"
  %".115" = load float, float* %"c7"
  %".116" = fmul reassoc contract float %".31", %".78"
  %".117" = fadd reassoc contract float %".115", %".116"
  store float %".117", float* %"c7"
  %".119" = load float, float* %"c8"
  %".120" = fmul reassoc contract float %".31", %".86"
  %".121" = fadd reassoc contract float %".119", %".120"
  store float %".121", float* %"c8"
  %".123" = load float, float* %"c9"
  %".124" = fmul reassoc contract float %".31", %".94"
  %".125" = fadd reassoc contract float %".123", %".124"
  store float %".125", float* %"c9"
  %".127" = add nsw i32 %"k10", 1
  br label %"k10.head"
k10.done:
  %".129" = load float, float* %"c2"
  %".130" = fptrunc float %".129" to half
  %".131" = sext i32 %"t1" to i64
  %".132" = mul nsw i64 %".131", 8
  %".133" = getelementptr half, half* %"b0", i64 %".132"
  store half %".130", half* %".133"
  %".135" = load float, float* %"c3"
  %".136" = fptrunc float %".135" to half
  %".137" = sext i32 %"t1" to i64
  %".138" = mul nsw i64 %".137", 8
  %".139" = add nsw i64 1, %".138"
  %".140" = getelementptr half, half* %"b0", i64 %".139"
  store half %".136", half* %".140"
  %".142" = load float, float* %"c4"
  %".143" = fptrunc float %".142" to half
  %".144" = sext i32 %"t1" to i64
  %".145" = mul nsw i64 %".144", 8
  %".146" = add nsw i64 2, %".145"
  %".147" = getelementptr half, half* %"b0", i64 %".146"
  store half %".143", half* %".147"
  %".149" = load float, float* %"c5"
  %".150" = fptrunc float %".149" to half
  %".151" = sext i32 %"t1" to i64
  %".152" = mul nsw i64 %".151", 8
  %".153" = add nsw i64 3, %".152"
  %".154" = getelementptr half, half* %"b0", i64 %".153"
  store half %".150", half* %".154"
  %".156" = load float, float* %"c6"
  %".157" = fptrunc float %".156" to half
  %".158" = sext i32 %"t1" to i64
  %".159" = mul nsw i64 %".158", 8
  %".160" = add nsw i64 4, %".159"
  %".161" = getelementptr half, half* %"b0", i64 %".160"
  store half %".157", half* %".161"
  %".163" = load float, float* %"c7"
  %".164" = fptrunc float %".163" to half
  %".165" = sext i32 %"t1" to i64
  %".166" = mul nsw i64 %".165", 8
  %".167" = add nsw i64 5, %".166"
  %".168" = getelementptr half, half* %"b0", i64 %".167"
  store half %".164", half* %".168"
  %".170" = load float, float* %"c8"
  %".171" = fptrunc float %".170" to half
  %".172" = sext i32 %"t1" to i64
  %".173" = mul nsw i64 %".172", 8
  %".174" = add nsw i64 6, %".173"
  %".175" = getelementptr half, half* %"b0", i64 %".174"
  store half %".171", half* %".175"
  %".177" = load float, float* %"c9"
  %".178" = fptrunc float %".177" to half
  %".179" = sext i32 %"t1" to i64
  %".180" = mul nsw i64 %".179", 8
  %".181" = add nsw i64 7, %".180"
  %".182" = getelementptr half, half* %"b0", i64 %".181"
  store half %".178", half* %".182"
  %".184" = add nsw i32 %"t1", 1
  br label %"t1.head"
}
