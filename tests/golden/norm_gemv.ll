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
  store float              0x0, float* %"acc3"
  br label %"r4.head"
r4.head:
  %"r4" = phi  i32 [0, %"body"], [%".21", %"r4.body"]
  %".12" = icmp slt i32 %"r4", 256
  br i1 %".12", label %"r4.body", label %"r4.done"
r4.body:
  %".14" = sext i32 %"r4" to i64
  %".15" = getelementptr half, half* %"b1", i64 %".14"
  %".16" = load half, half* %".15"
  %".17" = fpext half %".16" to float
  %".18" = load float, float* %"acc3"
  %".19" = fadd reassoc contract float %".18", %".17"
  store float %".19", float* %"acc3"
  %".21" = add nsw i32 %"r4", 1
  br label %"r4.head"
r4.done:
  %".23" = load float, float* %"acc3"
  %".24" = fdiv reassoc contract float %".23", 0x4070000000000000
  store float              0x0, float* %"acc9"
  br label %"r10.head"
r10.head:
  %"r10" = phi  i32 [0, %"r4.done"], [%".38", %"r10.body"]
  %".27" = icmp slt i32 %"r10", 256
  br i1 %".27", label %"r10.body", label %"r10.done"
r10.body:
  %".29" = sext i32 %"r10" to i64
  %".30" = getelementptr half, half* %"b1", i64 %".29"
  %".31" = load half, half* %".30"
  %".32" = fpext half %".31" to float
  %".33" = fsub reassoc contract float %".32", %".24"
  %".34" = fmul reassoc contract float %".33", %".33"
  %".35" = load float, float* %"acc9"
  %".36" = fadd reassoc contract float %".35", %".34"
  store float %".36", float* %"acc9"
  %".38" = add nsw i32 %"r10", 1
  br label %"r10.head"
r10.done:
  %".40" = load float, float* %"acc9"
  %".41" = fdiv reassoc contract float %".40", 0x4070000000000000
  %".42" = fadd reassoc contract float %".41", 0x3ee4f8b580000000
  %".43" = call float @"llvm.sqrt.f32"(float %".42")
  %".44" = fdiv reassoc contract float 0x3ff0000000000000, %".43"
  br label %"k27.head"
k27.head:
  %"k27" = phi  i32 [0, %"r10.done"], [%".67", %"k27.body"]
  %".46" = icmp slt i32 %"k27", 256
  br i1 %".46", label %"k27.body", label %"k27.done"
k27.body:
  %".48" = sext i32 %"k27" to i64
  %".49" = getelementptr half, half* %"b1", i64 %".48"
  %".50" = load half, half* %".49"
  %".51" = fpext half %".50" to float
  %".52" = fsub reassoc contract float %".51", %".24"
  %".53" = fmul reassoc contract float %".52", %".44"
  %".54" = sext i32 %"k27" to i64
  %".55" = getelementptr half, half* %"b2", i64 %".54"
  %".56" = load half, half* %".55"
  %".57" = fpext half %".56" to float
  %".58" = fmul reassoc contract float %".53", %".57"
  %".59" = sext i32 %"k27" to i64
  %".60" = getelementptr half, half* %"b3", i64 %".59"
  %".61" = load half, half* %".60"
  %".62" = fpext half %".61" to float
  %".63" = fadd reassoc contract float %".58", %".62"
  %".64" = sext i32 %"k27" to i64
  %".65" = getelementptr float, float* %"arow26", i64 %".64"
  store float %".63", float* %".65"
  %".67" = add nsw i32 %"k27", 1
  br label %"k27.head"
k27.done:
  %".69" = sub i32 %"ncores", 1
  %".70" = add i32 6, %".69"
  %".71" = sdiv i32 %".70", %"ncores"
  %".72" = mul i32 %"core", %".71"
  %".73" = add i32 %".72", %".71"
  %".74" = icmp slt i32 %".73", 6
  %".75" = select  i1 %".74", i32 %".73", i32 6
  br label %"t38.head"
t38.head:
  %"t38" = phi  i32 [%".72", %"k27.done"], [%".321", %"k47.done"]
  %".77" = icmp slt i32 %"t38", %".75"
  br i1 %".77", label %"t38.body", label %"t38.done"
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
  %"k47" = phi  i32 [0, %"t38.body"], [%".209", %"k47.body"]
  %".88" = icmp slt i32 %"k47", 256
  br i1 %".88", label %"k47.body", label %"k47.done"
k47.body:
  %".90" = sext i32 %"k47" to i64
  %".91" = sext i32 %"t38" to i64
  %".92" = mul nsw i64 %".91", 2048
  %".93" = add nsw i64 %".90", %".92"
  %".94" = getelementptr half, half* %"b4", i64 %".93"
  %".95" = load half, half* %".94"
  %".96" = fpext half %".95" to float
  %".97" = sext i32 %"k47" to i64
  %".98" = add nsw i64 256, %".97"
  %".99" = sext i32 %"t38" to i64
  %".100" = mul nsw i64 %".99", 2048
  %".101" = add nsw i64 %".98", %".100"
  %".102" = getelementptr half, half* %"b4", i64 %".101"
  %".103" = load half, half* %".102"
  %".104" = fpext half %".103" to float
  %".105" = sext i32 %"k47" to i64
  %".106" = add nsw i64 512, %".105"
  %".107" = sext i32 %"t38" to i64
  %".108" = mul nsw i64 %".107", 2048
  %".109" = add nsw i64 %".106", %".108"
  %".110" = getelementptr half, half* %"b4", i64 %".109"
  %".111" = load half, half* %".110"
  %".112" = fpext half %".111" to float
  %".113" = sext i32 %"k47" to i64
  %".114" = add nsw i64 768, %".113"
  %".115" = sext i32 %"t38" to i64
  %".116" = mul nsw i64 %".115", 2048
  %".117" = add nsw i64 %".114", %".116"
  %".118" = getelementptr half, half* %"b4", i64 %".117"
  %".119" = load half, half* %".118"
  %".120" = fpext half %".119" to float
  %".121" = sext i32 %"k47" to i64
  %".122" = add nsw i64 1024, %".121"
  %".123" = sext i32 %"t38" to i64
  %".124" = mul nsw i64 %".123", 2048
  %".125" = add nsw i64 %".122", %".124"
  %".126" = getelementptr half, half* %"b4", i64 %".125"
  %".127" = load half, half* %".126"
  %".128" = fpext half %".127" to float
  %".129" = sext i32 %"k47" to i64
  %".130" = add nsw i64 1280, %".129"
  %".131" = sext i32 %"t38" to i64
  %".132" = mul nsw i64 %".131", 2048
  %".133" = add nsw i64 %".130", %".132"
  %".134" = getelementptr half, half* %"b4", i64 %".133"
  %".135" = load half, half* %".134"
  %".136" = fpext half %".135" to float
  %".137" = sext i32 %"k47" to i64
  %".138" = add nsw i64 1536, %".137"
  %".139" = sext i32 %"t38" to i64
  %".140" = mul nsw i64 %".139", 2048
  %".141" = add nsw i64 %".138", %".140"
  %".142" = getelementptr half, half* %"b4", i64 %".141"
  %".143" = load half, half* %".142"
  %".144" = fpext half %".143" to float
  %".145" = sext i32 %"k47" to i64
  %".146" = add nsw i64 1792, %".145"
  %".147" = sext i32 %"t38" to i64
  %".148" = mul nsw i64 %".147", 2048
  %".149" = add nsw i64 %".146", %".148"
  %".150" = getelementptr half, half* %"b4", i64 %".149"
  %".151" = load half, half* %".150"
  %".152" = fpext half %".151" to float
  %".153" = load float, float* %"c39"
  %".154" = sext i32 %"k47" to i64
  %".155" = getelementptr float, float* %"arow26", i64 %".154"
  %".156" = load float, float* %".155"
  %".157" = fmul reassoc contract float %".156", %".96"
  %".158" = fadd reassoc contract float %".153", %".157"
  store float %".158", float* %"c39"
  %".160" = load float, float* %"c40"
  %".161" = sext i32 %"k47" to i64
  %".162" = getelementptr float, float* %"arow26", i64 %".161"
  %".163" = load float, float* %".162"
  %".164" = fmul reassoc contract float %".163", %".104"
  %".165" = fadd reassoc contract float %".160", %".164"
  store float %".165", float* %"c40"
  %".167" = load float, float* %"c41"
  %".168" = sext i32 %"k47" to i64
  %".169" = getelementptr float, float* %"arow26", i64 %".168"
  %".170" = load float, float* %".169"
  %".171" = fmul reassoc contract float %".170", %".112"
  %".172" = fadd reassoc contract float %".167", %".171"
  store float %".172", float* %"c41"
  %".174" = load float, float* %"c42"
  %".175" = sext i32 %"k47" to i64
  %".176" = getelementptr float, float* %"arow26", i64 %".175"
  %".177" = load float, float* %".176"
  %".178" = fmul reassoc contract float %".177", %".120"
  %".179" = fadd reassoc contract float %".174", %".178"
  store float %".179", float* %"c42"
  %".181" = load float, float* %"c43"
  %".182" = sext i32 %"k47" to i64
  %".183" = getelementptr float, float* %"arow26", i64 %".182"
  %".184" = load float, float* %".183"
  %".185" = fmul reassoc contract float %".184", %".128"
  %".186" = fadd reassoc contract float %".181", %".185"
  store float %".186", float* %"c43"
  %".188" = load float, float* %"c44"
  %".189" = sext i32 %"k47" to i64
  %".190" = getelementptr float, float* %"arow26", i64 %".189"
  %".191" = load float, float* %".190"
  %".192" = fmul reassoc contract float %".191", %".136"
  %".193" = fadd reassoc contract float %".188", %".192"
  store float %".193", float* %"c44"
  %".195" = load float, float* %"c45"
  %".196" = sext i32 %"k47" to i64
  %".197" = getelementptr float, float* %"arow26", i64 %".196"
  %".198" = load float, float* %".197"
  %".199" = fmul reassoc contract float %".198", %".144"
  %".200" = fadd reassoc contract float %".195", %".199"
  store float %".200", float* %"c45"
  %".202" = load float, float* %"c46"
  %".203" = sext i32 %"k47" to i64
  %".204" = getelementptr float, float* %"arow26", i64 %".203"
  %".205" = load float, float* %".204"
  %".206" = fmul reassoc contract float %".205", %".152"
  %".207" = fadd reassoc contract float %".202", %".206"
  store float %".207", float* %"c46"
  %".209" = add nsw i32 %"k47", 1
  br label %"k47.head"
k47.done:
  %".211" = sext i32 %"t38" to i64
  %".212" = mul nsw i64 %".211", 8
  %".213" = getelementptr half, half* %"b5", i64 %".212"
  %".214" = load half, half* %".213"
  %".215" = fpext half %".214" to float
  %".216" = load float, float* %"c39"
  %".217" = fadd reassoc contract float %".216", %".215"
  %".218" = fptrunc float %".217" to half
  %".219" = sext i32 %"t38" to i64
  %".220" = mul nsw i64 %".219", 8
  %".221" = getelementptr half, half* %"b0", i64 %".220"
  store half %".218", half* %".221"
  %".223" = sext i32 %"t38" to i64
  %".224" = mul nsw i64 %".223", 8
  %".225" = add nsw i64 1, %".224"
  %".226" = getelementptr half, half* %"b5", i64 %".225"
  %".227" = load half, half* %".226"
  %".228" = fpext half %".227" to float
  %".229" = load float, float* %"c40"
  %".230" = fadd reassoc contract float %".229", %".228"
  %".231" = fptrunc float %".230" to half
  %".232" = sext i32 %"t38" to i64
  %".233" = mul nsw i64 %".232", 8
  %".234" = add nsw i64 1, %".233"
  %".235" = getelementptr half, half* %"b0", i64 %".234"
  store half %".231", half* %".235"
  %".237" = sext i32 %"t38" to i64
  %".238" = mul nsw i64 %".237", 8
  %".239" = add nsw i64 2, %".238"
  %".240" = getelementptr half, half* %"b5", i64 %".239"
  %".241" = load half, half* %".240"
  %".242" = fpext half %".241" to float
  %".243" = load float, float* %"c41"
  %".244" = fadd reassoc contract float %".243", %".242"
  %".245" = fptrunc float %".244" to half
  %".246" = sext i32 %"t38" to i64
  %".247" = mul nsw i64 %".246", 8
  %".248" = add nsw i64 2, %".247"
  %".249" = getelementptr half, half* %"b0", i64 %".248"
  store half %".245", half* %".249"
  %".251" = sext i32 %"t38" to i64
  %".252" = mul nsw i64 %".251", 8
  %".253" = add nsw i64 3, %".252"
  %".254" = getelementptr half, half* %"b5", i64 %".253"
  %".255" = load half, half* %".254"
  %".256" = fpext half %".255" to float
  %".257" = load float, float* %"c42"
  %".258" = fadd reassoc contract float %".257", %".256"
  %".259" = fptrunc float %".258" to half
  %".260" = sext i32 %"t38" to i64
  %".261" = mul nsw i64 %".260", 8
  %".262" = add nsw i64 3, %".261"
  %".263" = getelementptr half, half* %"b0", i64 %".262"
  store half %".259", half* %".263"
  %".265" = sext i32 %"t38" to i64
  %".266" = mul nsw i64 %".265", 8
  %".267" = add nsw i64 4, %".266"
  %".268" = getelementptr half, half* %"b5", i64 %".267"
  %".269" = load half, half* %".268"
  %".270" = fpext half %".269" to float
  %".271" = load float, float* %"c43"
  %".272" = fadd reassoc contract float %".271", %".270"
  %".273" = fptrunc float %".272" to half
  %".274" = sext i32 %"t38" to i64
  %".275" = mul nsw i64 %".274", 8
  %".276" = add nsw i64 4, %".275"
  %".277" = getelementptr half, half* %"b0", i64 %".276"
  store half %".273", half* %".277"
  %".279" = sext i32 %"t38" to i64
  %".280" = mul nsw i64 %".279", 8
  %".281" = add nsw i64 5, %".280"
  %".282" = getelementptr half, half* %"b5", i64 %".281"
  %".283" = load half, half* %".282"
  %".284" = fpext half %".283" to float
  %".285" = load float, float* %"c44"
  %".286" = fadd reassoc contract float %".285", %".284"
  %".287" = fptrunc float %".286" to half
  %".288" = sext i32 %"t38" to i64
  %".289" = mul nsw i64 %".288", 8
  %".290" = add nsw i64 5, %".289"
  %".291" = getelementptr half, half* %"b0", i64 %".290"
  store half %".287", half* %".291"
  %".293" = sext i32 %"t38" to i64
  %".294" = mul nsw i64 %".293", 8
  %".295" = add nsw i64 6, %".294"
  %".296" = getelementptr half, half* %"b5", i64 %".295"
  %".297" = load half, half* %".296"
  %".298" = fpext half %".297" to float
  %".299" = load float, float* %"c45"
  %".300" = fadd reassoc contract float %".299", %".298"
  %".301" = fptrunc float %".300" to half
  %".302" = sext i32 %"t38" to i64
  %".303" = mul nsw i64 %".302", 8
  %".304" = add nsw i64 6, %".303"
  %".305" = getelementptr half, half* %"b0", i64 %".304"
  store half %".301", half* %".305"
  %".307" = sext i32 %"t38" to i64
  %".308" = mul nsw i64 %".307", 8
  %".309" = add nsw i64 7, %".308"
  %".310" = getelementptr half, half* %"b5", i64 %".309"
  %".311" = load half, half* %".310"
  %".312" = fpext half %".311" to float
  %".313" = load float, float* %"c46"
  %".314" = fadd reassoc contract float %".313", %".312"
  %".315" = fptrunc float %".314" to half
  %".316" = sext i32 %"t38" to i64
  %".317" = mul nsw i64 %".316", 8
  %".318" = add nsw i64 7, %".317"
  %".319" = getelementptr half, half* %"b0", i64 %".318"
  store half %".315", half* %".319"
  %".321" = add nsw i32 %"t38", 1
  br label %"t38.head"
}

declare float @"llvm.sqrt.f32"(float %".1")
