; ModuleID = "layer_norm_gemv_bias"
target triple = "unknown-unknown-unknown"
target datalayout = ""

define void @"layer_norm_gemv_bias"(half* noalias %"b0", half* noalias %"b1", half* noalias %"b2", half* noalias %"b3", half* noalias %"b4", half* noalias %"b5", i32 %"core", i32 %"ncores")
{
entry:
  %"acc3" = alloca float
  %"acc9" = alloca float
  %"c27" = alloca float
  %"c28" = alloca float
  %"c29" = alloca float
  %"c30" = alloca float
  %"c31" = alloca float
  %"c32" = alloca float
  %"c33" = alloca float
  %"c34" = alloca float
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
  %".58" = sub i32 %"ncores", 1
  %".59" = add i32 6, %".58"
  %".60" = sdiv i32 %".59", %"ncores"
  %".61" = mul i32 %"core", %".60"
  %".62" = add i32 %".61", %".60"
  %".63" = icmp slt i32 %".62", 6
  %".64" = select  i1 %".63", i32 %".62", i32 6
  br label %"t26.head"
t26.head:
  %"t26" = phi  i32 [%".61", %"r10.done"], [%".302", %"k35.done"]
  %".66" = icmp slt i32 %"t26", %".64"
  br i1 %".66", label %"t26.body", label %"t26.done"
t26.body:
  store float              0x0, float* %"c27"
  store float              0x0, float* %"c28"
  store float              0x0, float* %"c29"
  store float              0x0, float* %"c30"
  store float              0x0, float* %"c31"
  store float              0x0, float* %"c32"
  store float              0x0, float* %"c33"
  store float              0x0, float* %"c34"
  br label %"k35.head"
t26.done:
  ret void
k35.head:
  %"k35" = phi  i32 [0, %"t26.body"], [%".190", %"k35.body"]
  %".77" = icmp slt i32 %"k35", 256
  br i1 %".77", label %"k35.body", label %"k35.done"
k35.body:
  %".79" = sext i32 %"k35" to i64
  %".80" = getelementptr half, half* %"b1", i64 %".79"
  %".81" = load half, half* %".80"
  %".82" = fpext half %".81" to float
  %".83" = fsub reassoc contract float %".82", %".27"
  %".84" = fmul reassoc contract float %".83", %".48"
  %".85" = sext i32 %"k35" to i64
  %".86" = getelementptr half, half* %"b2", i64 %".85"
  %".87" = load half, half* %".86"
  %".88" = fpext half %".87" to float
  %".89" = fmul reassoc contract float %".84", %".88"
  %".90" = sext i32 %"k35" to i64
  %".91" = getelementptr half, half* %"b3", i64 %".90"
  %".92" = load half, half* %".91"
  %".93" = fpext half %".92" to float
  %".94" = fadd reassoc contract float %".89", %".93"
  %".95" = sext i32 %"k35" to i64
  %".96" = sext i32 %"t26" to i64
  %".97" = mul nsw i64 %".96", 2048
  %".98" = add nsw i64 %".95", %".97"
  %".99" = getelementptr half, half* %"b4", i64 %".98"
  %".100" = load half, half* %".99"
  %".101" = fpext half %".100" to float
  %".102" = sext i32 %"k35" to i64
  %".103" = add nsw i64 256, %".102"
  %".104" = sext i32 %"t26" to i64
  %".105" = mul nsw i64 %".104", 2048
  %".106" = add nsw i64 %".103", %".105"
  %".107" = getelementptr half, half* %"b4", i64 %".106"
  %".108" = load half, half* %".107"
  %".109" = fpext half %".108" to float
  %".110" = sext i32 %"k35" to i64
  %".111" = add nsw i64 512, %".110"
  %".112" = sext i32 %"t26" to i64
  %".113" = mul nsw i64 %".112", 2048
  %".114" = add nsw i64 %".111", %".113"
  %".115" = getelementptr half, half* %"b4", i64 %".114"
  %".116" = load half, half* %".115"
  %".117" = fpext half %".116" to float
  %".118" = sext i32 %"k35" to i64
  %".119" = add nsw i64 768, %".118"
  %".120" = sext i32 %"t26" to i64
  %".121" = mul nsw i64 %".120", 2048
  %".122" = add nsw i64 %".119", %".121"
  %".123" = getelementptr half, half* %"b4", i64 %".122"
  %".124" = load half, half* %".123"
  %".125" = fpext half %".124" to float
  %".126" = sext i32 %"k35" to i64
  %".127" = add nsw i64 1024, %".126"
  %".128" = sext i32 %"t26" to i64
  %".129" = mul nsw i64 %".128", 2048
  %".130" = add nsw i64 %".127", %".129"
  %".131" = getelementptr half, half* %"b4", i64 %".130"
  %".132" = load half, half* %".131"
  %".133" = fpext half %".132" to float
  %".134" = sext i32 %"k35" to i64
  %".135" = add nsw i64 1280, %".134"
  %".136" = sext i32 %"t26" to i64
  %".137" = mul nsw i64 %".136", 2048
  %".138" = add nsw i64 %".135", %".137"
  %".139" = getelementptr half, half* %"b4", i64 %".138"
  %".140" = load half, half* %".139"
  %".141" = fpext half %".140" to float
  %".142" = sext i32 %"k35" to i64
  %".143" = add nsw i64 1536, %".142"
  %".144" = sext i32 %"t26" to i64
  %".145" = mul nsw i64 %".144", 2048
  %".146" = add nsw i64 %".143", %".145"
  %".147" = getelementptr half, half* %"b4", i64 %".146"
  %".148" = load half, half* %".147"
  %".149" = fpext half %".148" to float
  %".150" = sext i32 %"k35" to i64
  %".151" = add nsw i64 1792, %".150"
  %".152" = sext i32 %"t26" to i64
  %".153" = mul nsw i64 %".152", 2048
  %".154" = add nsw i64 %".151", %".153"
  %".155" = getelementptr half, half* %"b4", i64 %".154"
  %".156" = load half, half* %".155"
  %".157" = fpext half %".156" to float
  %".158" = load float, float* %"c27"
  %".159" = fmul reassoc contract float %".94", %".101"
  %".160" = fadd reassoc contract float %".158", %".159"
  store float %".160", float* %"c27"
  %".162" = load float, float* %"c28"
  %".163" = fmul reassoc contract float %".94", %".109"
  %".164" = fadd reassoc contract float %".162", %".163"
  store float %".164", float* %"c28"
  %".166" = load float, float* %"c29"
  %".167" = fmul reassoc contract float %".94", %".117"
  %".168" = fadd reassoc contract float %".166", %".167"
  store float %".168", float* %"c29"
  %".170" = load float, float* %"c30"
  %".171" = fmul reassoc contract float %".94", %".125"
  %".172" = fadd reassoc contract float %".170", %".171"
  store float %".172", float* %"c30"
  %".174" = load float, float* %"c31"
  %".175" = fmul reassoc contract float %".94", %".133"
  %".176" = fadd reassoc contract float %".174", %".175"
  store float %".176", float* %"c31"
  %".178" = load float, float* %"c32"
  %".179" = fmul reassoc contract float %".94", %".141"
  %".180" = fadd reassoc contract float %".178", %".179"
  store float %".180", float* %"c32"
  %".182" = load float, float* %"c33"
  %".183" = fmul reassoc contract float %".94", %".149"
  %".184" = fadd reassoc contract float %".182", %".183"
  store float %".184", float* %"c33"
  %".186" = load float, float* %"c34"
  %".187" = fmul reassoc contract float %".94", %".157"
  %".188" = fadd reassoc contract float %".186", %".187"
  store float %".188", float* %"c34"
  %".190" = add nsw i32 %"k35", 1
  br label %"k35.head"
k35.done:
  %".192" = sext i32 %"t26" to i64
  %".193" = mul nsw i64 %".192", 8
  %".194" = getelementptr half, half* %"b5", i64 %".193"
  %".195" = load half, half* %".194"
  %".196" = fpext half %".195" to float
  %".197" = load float, float* %"c27"
  %".198" = fadd reassoc contract float %".197", %".196"
  %".199" = fptrunc float %".198" to half
  %".200" = sext i32 %"t26" to i64
  %".201" = mul nsw i64 %".200", 8
  %".202" = getelementptr half, half* %"b0", i64 %".201"
  store half %".199", half* %".202"
  %".204" = sext i32 %"t26" to i64
  %".205" = mul nsw i64 %".204", 8
  %".206" = add nsw i64 1, %".205"
  %".207" = getelementptr half, half* %"b5", i64 %".206"
  %".208" = load half, half* %".207"
  %".209" = fpext half %".208" to float
  %".210" = load float, float* %"c28"
  %".211" = fadd reassoc contract float %".210", %".209"
  %".212" = fptrunc float %".211" to half
  %".213" = sext i32 %"t26" to i64
  %".214" = mul nsw i64 %".213", 8
  %".215" = add nsw i64 1, %".214"
  %".216" = getelementptr half, half* %"b0", i64 %".215"
  store half %".212", half* %".216"
  %".218" = sext i32 %"t26" to i64
  %".219" = mul nsw i64 %".218", 8
  %".220" = add nsw i64 2, %".219"
  %".221" = getelementptr half, half* %"b5", i64 %".220"
  %".222" = load half, half* %".221"
  %".223" = fpext half %".222" to float
  %".224" = load float, float* %"c29"
  %".225" = fadd reassoc contract float %".224", %".223"
  %".226" = fptrunc float %".225" to half
  %".227" = sext i32 %"t26" to i64
  %".228" = mul nsw i64 %".227", 8
  %".229" = add nsw i64 2, %".228"
  %".230" = getelementptr half, half* %"b0", i64 %".229"
  store half %".226", half* %".230"
  %".232" = sext i32 %"t26" to i64
  %".233" = mul nsw i64 %".232", 8
  %".234" = add nsw i64 3, %".233"
  %".235" = getelementptr half, half* %"b5", i64 %".234"
  %".236" = load half, half* %".235"
  %".237" = fpext half %".236" to float
  %".238" = load float, float* %"c30"
  %".239" = fadd reassoc contract float %".238", %".237"
  %".240" = fptrunc float %".239" to half
  %".241" = sext i32 %"t26" to i64
  %".242" = mul nsw i64 %".241", 8
  %".243" = add nsw i64 3, %".242"
  %".244" = getelementptr half, half* %"b0", i64 %".243"
  store half %".240", half* %".244"
  %".246" = sext i32 %"t26" to i64
  %".247" = mul nsw i64 %".246", 8
  %".248" = add nsw i64 4, %".247"
  %".249" = getelementptr half, half* %"b5", i64 %".248"
  %".250" = load half, half* %".249"
  %".251" = fpext half %".250" to float
  %".252" = load float, float* %"c31"
  %".253" = fadd reassoc contract float %".252", %".251"
  %".254" = fptrunc float %".253" to half
  %".255" = sext i32 %"t26" to i64
  %".256" = mul nsw i64 %".255", 8
  %".257" = add nsw i64 4, %".256"
  %".258" = getelementptr half, half* %"b0", i64 %".257"
  store half %".254", half* %".258"
  %".260" = sext i32 %"t26" to i64
  %".261" = mul nsw i64 %".260", 8
  %".262" = add nsw i64 5, %".261"
  %".263" = getelementptr half, half* %"b5", i64 %".262"
  %".264" = load half, half* %".263"
  %".265" = fpext half %".264" to float
  %".266" = load float, float* %"c32"
  %".267" = fadd reassoc contract float %".266", %".265"
  %".268" = fptrunc float %".267" to half
  %".269" = sext i32 %"t26" to i64
  %".270" = mul nsw i64 %".269", 8
  %".271" = add nsw i64 5, %".270"
  %".272" = getelementptr half, half* %"b0", i64 %".271"
  store half %".268", half* %".272"
  %".274" = sext i32 %"t26" to i64
  %".275" = mul nsw i64 %".274", 8
  %".276" = add nsw i64 6, %".275"
  %".277" = getelementptr half, half* %"b5", i64 %".276"
  %".278" = load half, half* %".277"
  %".279" = fpext half %".278" to float
  %".280" = load float, float* %"c33"
  %".281" = fadd reassoc contract float %".280", %".279"
  %".282" = fptrunc float %".281" to half
  %".283" = sext i32 %"t26" to i64
  %".284" = mul nsw i64 %".283", 8
  %".285" = add nsw i64 6, %".284"
  %".286" = getelementptr half, half* %"b0", i64 %".285"
  store half %".282", half* %".286"
  %".288" = sext i32 %"t26" to i64
  %".289" = mul nsw i64 %".288", 8
  %".290" = add nsw i64 7, %".289"
  %".291" = getelementptr half, half* %"b5", i64 %".290"
  %".292" = load half, half* %".291"
  %".293" = fpext half %".292" to float
  %".294" = load float, float* %"c34"
  %".295" = fadd reassoc contract float %".294", %".293"
  %".296" = fptrunc float %".295" to half
  %".297" = sext i32 %"t26" to i64
  %".298" = mul nsw i64 %".297", 8
  %".299" = add nsw i64 7, %".298"
  %".300" = getelementptr half, half* %"b0", i64 %".299"
  store half %".296", half* %".300"
  %".302" = add nsw i32 %"t26", 1
  br label %"t26.head"
}

declare float @"llvm.sqrt.f32"(float %".1")
