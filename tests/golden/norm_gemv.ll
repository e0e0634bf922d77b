; ModuleID = "layer_norm_gemv_bias"
target triple = "unknown-unknown-unknown"
target datalayout = ""

define void @"layer_norm_gemv_bias"(half* noalias %"b0", half* noalias %"b1", half* noalias %"b2", half* noalias %"b3", half* noalias %"b4", half* noalias %"b5", i32 %"core", i32 %"ncores")
{
entry:
  %"arow26" = alloca float, i64 256, align 64
  %"acc3" = alloca float
  %"acc9" = alloca float
  %"c39" = alloca float
  %"c40" = alloca float
  %"c41" = alloca float
  %"c42" = alloca float
  %"c43" = alloca float
  %"c44" = alloca float
  %"c45" = alloca float
  %"c46" = alloca float
  br label %"body"
body:
  %".10" = getelementptr half, half* %"b1", i64 0
  %".11" = load half, half* %".10"
  %".12" = fpext half %".11" to float
  store float              0x0, float* %"acc3"
  br label %"r4.head"
r4.head:
  %"r4" = phi  i32 [0, %"body"], [%".24", %"r4.body"]
  %".15" = icmp slt i32 %"r4", 256
  br i1 %".15", label %"r4.body", label %"r4.done"
r4.body:
  %".17" = sext i32 %"r4" to i64
  %".18" = getelementptr half, half* %"b1", i64 %".17"
  %".19" = load half, half* %".18"
  %".20" = fpext half %".19" to float
  %".21" = load float, float* %"acc3"
  %".22" = fadd reassoc contract float %".21", %".20"
  store float %".22", float* %"acc3"
  %".24" = add nsw i32 %"r4", 1
  br label %"r4.head"
r4.done:
  %".26" = load float, float* %"acc3"
  %".27" = fdiv reassoc contract float %".26", 0x4070000000000000
  %".28" = fsub reassoc contract float %".12", %".27"
  store float              0x0, float* %"acc9"
  br label %"r10.head"
r10.head:
  %"r10" = phi  i32 [0, %"r4.done"], [%".42", %"r10.body"]
  %".31" = icmp slt i32 %"r10", 256
  br i1 %".31", label %"r10.body", label %"r10.done"
r10.body:
  %".33" = sext i32 %"r10" to i64
  %".34" = getelementptr half, half* %"b1", i64 %".33"
  %".35" = load half, half* %".34"
  %".36" = fpext half %".35" to float
  %".37" = fsub reassoc contract float %".36", %".27"
  %".38" = fmul reassoc contract float %".37", %".37"
  %".39" = load float, float* %"acc9"
  %".40" = fadd reassoc contract float %".39", %".38"
  store float %".40", float* %"acc9"
  %".42" = add nsw i32 %"r10", 1
  br label %"r10.head"
r10.done:
  %".44" = load float, float* %"acc9"
  %".45" = fdiv reassoc contract float %".44", 0x4070000000000000
  %".46" = fadd reassoc contract float %".45", 0x3ee4f8b580000000
  %".47" = call float @"llvm.sqrt.f32"(float %".46")
  %".48" = fdiv reassoc contract float 0x3ff0000000000000, %".47"
  %".49" = fmul reassoc contract float %".28", %".48"
  %".50" = getelementptr half, half* %"b2", i64 0
  %".51" = load half, half* %".50"
  %".52" = fpext half %".51" to float
  %".53" = fmul reassoc contract float %".49", %".52"
  %".54" = getelementptr half, half* %"b3", i64 0
  %".55" = load half, half* %".54"
  %".56" = fpext half %".55" to float
  %".57" = fadd reassoc contract float %".53", %".56"
  br label %"k27.head"
k27.head:
  %"k27" = phi  i32 [0, %"r10.done"], [%".80", %"k27.body"]
  %".59" = icmp slt i32 %"k27", 256
  br i1 %".59", label %"k27.body", label %"k27.done"
k27.body:
  %".61" = sext i32 %"k27" to i64
  %".62" = getelementptr half, half* %"b1", i64 %".61"
  %".63" = load half, half* %".62"
  %".64" = fpext half %".63" to float
  %".65" = fsub reassoc contract float %".64", %".27"
  %".66" = fmul reassoc contract float %".65", %".48"
  %".67" = sext i32 %"k27" to i64
  %".68" = getelementptr half, half* %"b2", i64 %".67"
  %".69" = load half, half* %".68"
  %".70" = fpext half %".69" to float
  %".71" = fmul reassoc contract float %".66", %".70"
  %".72" = sext i32 %"k27" to i64
  %".73" = getelementptr half, half* %"b3", i64 %".72"
  %".74" = load half, half* %".73"
  %".75" = fpext half %".74" to float
  %".76" = fadd reassoc contract float %".71", %".75"
  %".77" = sext i32 %"k27" to i64
  %".78" = getelementptr float, float* %"arow26", i64 %".77"
  store float %".76", float* %".78"
  %".80" = add nsw i32 %"k27", 1
  br label %"k27.head"
k27.done:
  %".82" = sub i32 %"ncores", 1
  %".83" = add i32 6, %".82"
  %".84" = sdiv i32 %".83", %"ncores"
  %".85" = mul i32 %"core", %".84"
  %".86" = add i32 %".85", %".84"
  %".87" = icmp slt i32 %".86", 6
  %".88" = select  i1 %".87", i32 %".86", i32 6
  br label %"t38.head"
t38.head:
  %"t38" = phi  i32 [%".85", %"k27.done"], [%".334", %"k47.done"]
  %".90" = icmp slt i32 %"t38", %".88"
  br i1 %".90", label %"t38.body", label %"t38.done"
t38.body:
  store float              0x0, float* %"c39"
  store float              0x0, float* %"c40"
  store float              0x0, float* %"c41"
  store float              0x0, float* %"c42"
  store float              0x0, float* %"c43"
  store float              0x0, float* %"c44"
  store float              0x0, float* %"c45"
  store float              0x0, float* %"c46"
  br label %"k47.head"
t38.done:
  ret void
k47.head:
  %"k47" = phi  i32 [0, %"t38.body"], [%".222", %"k47.body"]
  %".101" = icmp slt i32 %"k47", 256
  br i1 %".101", label %"k47.body", label %"k47.done"
k47.body:
  %".103" = sext i32 %"k47" to i64
  %".104" = sext i32 %"t38" to i64
  %".105" = mul nsw i64 %".104", 2048
  %".106" = add nsw i64 %".103", %".105"
  %".107" = getelementptr half, half* %"b4", i64 %".106"
  %".108" = load half, half* %".107"
  %".109" = fpext half %".108" to float
  %".110" = sext i32 %"k47" to i64
  %".111" = add nsw i64 256, %".110"
  %".112" = sext i32 %"t38" to i64
  %".113" = mul nsw i64 %".112", 2048
  %".114" = add nsw i64 %".111", %".113"
  %".115" = getelementptr half, half* %"b4", i64 %".114"
  %".116" = load half, half* %".115"
  %".117" = fpext half %".116" to float
  %".118" = sext i32 %"k47" to i64
  %".119" = add nsw i64 512, %".118"
  %".120" = sext i32 %"t38" to i64
  %".121" = mul nsw i64 %".120", 2048
  %".122" = add nsw i64 %".119", %".121"
  %".123" = getelementptr half, half* %"b4", i64 %".122"
  %".124" = load half, half* %".123"
  %".125" = fpext half %".124" to float
  %".126" = sext i32 %"k47" to i64
  %".127" = add nsw i64 768, %".126"
  %".128" = sext i32 %"t38" to i64
  %".129" = mul nsw i64 %".128", 2048
  %".130" = add nsw i64 %".127", %".129"
  %".131" = getelementptr half, half* %"b4", i64 %".130"
  %".132" = load half, half* %".131"
  %".133" = fpext half %".132" to float
  %".134" = sext i32 %"k47" to i64
  %".135" = add nsw i64 1024, %".134"
  %".136" = sext i32 %"t38" to i64
  %".137" = mul nsw i64 %".136", 2048
  %".138" = add nsw i64 %".135", %".137"
  %".139" = getelementptr half, half* %"b4", i64 %".138"
  %".140" = load half, half* %".139"
  %".141" = fpext half %".140" to float
  %".142" = sext i32 %"k47" to i64
  %".143" = add nsw i64 1280, %".142"
  %".144" = sext i32 %"t38" to i64
  %".145" = mul nsw i64 %".144", 2048
  %".146" = add nsw i64 %".143", %".145"
  %".147" = getelementptr half, half* %"b4", i64 %".146"
  %".148" = load half, half* %".147"
  %".149" = fpext half %".148" to float
  %".150" = sext i32 %"k47" to i64
  %".151" = add nsw i64 1536, %".150"
  %".152" = sext i32 %"t38" to i64
  %".153" = mul nsw i64 %".152", 2048
  %".154" = add nsw i64 %".151", %".153"
  %".155" = getelementptr half, half* %"b4", i64 %".154"
  %".156" = load half, half* %".155"
  %".157" = fpext half %".156" to float
  %".158" = sext i32 %"k47" to i64
  %".159" = add nsw i64 1792, %".158"
  %".160" = sext i32 %"t38" to i64
  %".161" = mul nsw i64 %".160", 2048
  %".162" = add nsw i64 %".159", %".161"
  %".163" = getelementptr half, half* %"b4", i64 %".162"
  %".164" = load half, half* %".163"
  %".165" = fpext half %".164" to float
  %".166" = load float, float* %"c39"
  %".167" = sext i32 %"k47" to i64
  %".168" = getelementptr float, float* %"arow26", i64 %".167"
  %".169" = load float, float* %".168"
  %".170" = fmul reassoc contract float %".169", %".109"
  %".171" = fadd reassoc contract float %".166", %".170"
  store float %".171", float* %"c39"
  %".173" = load float, float* %"c40"
  %".174" = sext i32 %"k47" to i64
  %".175" = getelementptr float, float* %"arow26", i64 %".174"
  %".176" = load float, float* %".175"
  %".177" = fmul reassoc contract float %".176", %".117"
  %".178" = fadd reassoc contract float %".173", %".177"
  store float %".178", float* %"c40"
  %".180" = load float, float* %"c41"
  %".181" = sext i32 %"k47" to i64
  %".182" = getelementptr float, float* %"arow26", i64 %".181"
  %".183" = load float, float* %".182"
  %".184" = fmul reassoc contract float %".183", %".125"
  %".185" = fadd reassoc contract float %".180", %".184"
  store float %".185", float* %"c41"
  %".187" = load float, float* %"c42"
  %".188" = sext i32 %"k47" to i64
  %".189" = getelementptr float, float* %"arow26", i64 %".188"
  %".190" = load float, float* %".189"
  %".191" = fmul reassoc contract float %".190", %".133"
  %".192" = fadd reassoc contract float %".187", %".191"
  store float %".192", float* %"c42"
  %".194" = load float, float* %"c43"
  %".195" = sext i32 %"k47" to i64
  %".196" = getelementptr float, float* %"arow26", i64 %".195"
  %".197" = load float, float* %".196"
  %".198" = fmul reassoc contract float %".197", %".141"
  %".199" = fadd reassoc contract float %".194", %".198"
  store float %".199", float* %"c43"
  %".201" = load float, float* %"c44"
  %".202" = sext i32 %"k47" to i64
  %".203" = getelementptr float, float* %"arow26", i64 %".202"
  %".204" = load float, float* %".203"
  %".205" = fmul reassoc contract float %".204", %".149"
  %".206" = fadd reassoc contract float %".201", %".205"
  store float %".206", float* %"c44"
  %".208" = load float, float* %"c45"
  %".209" = sext i32 %"k47" to i64
  %".210" = getelementptr float, float* %"arow26", i64 %".209"
  %".211" = load float, float* %".210"
  %".212" = fmul reassoc contract float %".211", %".157"
  %".213" = fadd reassoc contract float %".208", %".212"
  store float %".213", float* %"c45"
  %".215" = load float, float* %"c46"
  %".216" = sext i32 %"k47" to i64
  %".217" = getelementptr float, float* %"arow26", i64 %".216"
  %".218" = load float, float* %".217"
  %".219" = fmul reassoc contract float %".218", %".165"
  %".220" = fadd reassoc contract float %".215", %".219"
  store float %".220", float* %"c46"
  %".222" = add nsw i32 %"k47", 1
  br label %"k47.head"
k47.done:
  %".224" = sext i32 %"t38" to i64
  %".225" = mul nsw i64 %".224", 8
  %".226" = getelementptr half, half* %"b5", i64 %".225"
  %".227" = load half, half* %".226"
  %".228" = fpext half %".227" to float
  %".229" = load float, float* %"c39"
  %".230" = fadd reassoc contract float %".229", %".228"
  %".231" = fptrunc float %".230" to half
  %".232" = sext i32 %"t38" to i64
  %".233" = mul nsw i64 %".232", 8
  %".234" = getelementptr half, half* %"b0", i64 %".233"
  store half %".231", half* %".234"
  %".236" = sext i32 %"t38" to i64
  %".237" = mul nsw i64 %".236", 8
  %".238" = add nsw i64 1, %".237"
  %".239" = getelementptr half, half* %"b5", i64 %".238"
  %".240" = load half, half* %".239"
  %".241" = fpext half %".240" to float
  %".242" = load float, float* %"c40"
  %".243" = fadd reassoc contract float %".242", %".241"
  %".244" = fptrunc float %".243" to half
  %".245" = sext i32 %"t38" to i64
  %".246" = mul nsw i64 %".245", 8
  %".247" = add nsw i64 1, %".246"
  %".248" = getelementptr half, half* %"b0", i64 %".247"
  store half %".244", half* %".248"
  %".250" = sext i32 %"t38" to i64
  %".251" = mul nsw i64 %".250", 8
  %".252" = add nsw i64 2, %".251"
  %".253" = getelementptr half, half* %"b5", i64 %".252"
  %".254" = load half, half* %".253"
  %".255" = fpext half %".254" to float
  %".256" = load float, float* %"c41"
  %".257" = fadd reassoc contract float %".256", %".255"
  %".258" = fptrunc float %".257" to half
  %".259" = sext i32 %"t38" to i64
  %".260" = mul nsw i64 %".259", 8
  %".261" = add nsw i64 2, %".260"
  %".262" = getelementptr half, half* %"b0", i64 %".261"
  store half %".258", half* %".262"
  %".264" = sext i32 %"t38" to i64
  %".265" = mul nsw i64 %".264", 8
  %".266" = add nsw i64 3, %".265"
  %".267" = getelementptr half, half* %"b5", i64 %".266"
  %".268" = load half, half* %".267"
  %".269" = fpext half %".268" to float
  %".270" = load float, float* %"c42"
  %".271" = fadd reassoc contract float %".270", %".269"
  %".272" = fptrunc float %".271" to half
  %".273" = sext i32 %"t38" to i64
  %".274" = mul nsw i64 %".273", 8
  %".275" = add nsw i64 3, %".274"
  %".276" = getelementptr half, half* %"b0", i64 %".275"
  store half %".272", half* %".276"
  %".278" = sext i32 %"t38" to i64
  %".279" = mul nsw i64 %".278", 8
  %".280" = add nsw i64 4, %".279"
  %".281" = getelementptr half, half* %"b5", i64 %".280"
  %".282" = load half, half* %".281"
  %".283" = fpext half %".282" to float
  %".284" = load float, float* %"c43"
  %".285" = fadd reassoc contract float %".284", %".283"
  %".286" = fptrunc float %".285" to half
  %".287" = sext i32 %"t38" to i64
  %".288" = mul nsw i64 %".287", 8
  %".289" = add nsw i64 4, %".288"
  %".290" = getelementptr half, half* %"b0", i64 %".289"
  store half %".286", half* %".290"
  %".292" = sext i32 %"t38" to i64
  %".293" = mul nsw i64 %".292", 8
  %".294" = add nsw i64 5, %".293"
  %".295" = getelementptr half, half* %"b5", i64 %".294"
  %".296" = load half, half* %".295"
  %".297" = fpext half %".296" to float
  %".298" = load float, float* %"c44"
  %".299" = fadd reassoc contract float %".298", %".297"
  %".300" = fptrunc float %".299" to half
  %".301" = sext i32 %"t38" to i64
  %".302" = mul nsw i64 %".301", 8
  %".303" = add nsw i64 5, %".302"
  %".304" = getelementptr half, half* %"b0", i64 %".303"
  store half %".300", half* %".304"
  %".306" = sext i32 %"t38" to i64
  %".307" = mul nsw i64 %".306", 8
  %".308" = add nsw i64 6, %".307"
  %".309" = getelementptr half, half* %"b5", i64 %".308"
  %".310" = load half, half* %".309"
  %".311" = fpext half %".310" to float
  %".312" = load float, float* %"c45"
  %".313" = fadd reassoc contract float %".312", %".311"
  %".314" = fptrunc float %".313" to half
  %".315" = sext i32 %"t38" to i64
  %".316" = mul nsw i64 %".315", 8
  %".317" = add nsw i64 6, %".316"
  %".318" = getelementptr half, half* %"b0", i64 %".317"
  store half %".314", half* %".318"
  %".320" = sext i32 %"t38" to i64
  %".321" = mul nsw i64 %".320", 8
  %".322" = add nsw i64 7, %".321"
  %".323" = getelementptr half, half* %"b5", i64 %".322"
  %".324" = load half, half* %".323"
  %".325" = fpext half %".324" to float
  %".326" = load float, float* %"c46"
  %".327" = fadd reassoc contract float %".326", %".325"
  %".328" = fptrunc float %".327" to half
  %".329" = sext i32 %"t38" to i64
  %".330" = mul nsw i64 %".329", 8
  %".331" = add nsw i64 7, %".330"
  %".332" = getelementptr half, half* %"b0", i64 %".331"
  store half %".328", half* %".332"
  %".334" = add nsw i32 %"t38", 1
  br label %"t38.head"
}

declare float @"llvm.sqrt.f32"(float %".1")
