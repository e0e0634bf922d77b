; ModuleID = "layer_norm"
target triple = "unknown-unknown-unknown"
target datalayout = ""

define void @"layer_norm"(float* noalias %"b0", float* noalias %"b1", float* noalias %"b2", float* noalias %"b3", i32 %"n", i32 %"core", i32 %"ncores")
{
entry:
  %"acc2" = alloca float
  %"acc7" = alloca float
  br label %"body"
body:
  %".9" = sub i32 %"ncores", 1
  %".10" = add i32 %"n", %".9"
  %".11" = sdiv i32 %".10", %"ncores"
  %".12" = mul i32 %"core", %".11"
  %".13" = add i32 %".12", %".11"
  %".14" = icmp slt i32 %".13", %"n"
  %".15" = select  i1 %".14", i32 %".13", i32 %"n"
  br label %"i0.head"
i0.head:
  %"i0" = phi  i32 [%".12", %"body"], [%".85", %"i1.done"]
  %".17" = icmp slt i32 %"i0", %".15"
  br i1 %".17", label %"i0.body", label %"i0.done"
i0.body:
  store float              0x0, float* %"acc2"
  br label %"r3.head"
i0.done:
  ret void
r3.head:
  %"r3" = phi  i32 [0, %"i0.body"], [%".32", %"r3.body"]
  %".21" = icmp slt i32 %"r3", 32
  br i1 %".21", label %"r3.body", label %"r3.done"
r3.body:
  %".23" = sext i32 %"i0" to i64
  %".24" = mul nsw i64 %".23", 32
  %".25" = sext i32 %"r3" to i64
  %".26" = add nsw i64 %".24", %".25"
  %".27" = getelementptr float, float* %"b1", i64 %".26"
  %".28" = load float, float* %".27"
  %".29" = load float, float* %"acc2"
  %".30" = fadd reassoc contract float %".29", %".28"
  store float %".30", float* %"acc2"
  %".32" = add nsw i32 %"r3", 1
  br label %"r3.head"
r3.done:
  %".34" = load float, float* %"acc2"
  %".35" = fdiv reassoc contract float %".34", 0x4040000000000000
  store float              0x0, float* %"acc7"
  br label %"r8.head"
r8.head:
  %"r8" = phi  i32 [0, %"r3.done"], [%".51", %"r8.body"]
  %".38" = icmp slt i32 %"r8", 32
  br i1 %".38", label %"r8.body", label %"r8.done"
r8.body:
  %".40" = sext i32 %"i0" to i64
  %".41" = mul nsw i64 %".40", 32
  %".42" = sext i32 %"r8" to i64
  %".43" = add nsw i64 %".41", %".42"
  %".44" = getelementptr float, float* %"b1", i64 %".43"
  %".45" = load float, float* %".44"
  %".46" = fsub reassoc contract float %".45", %".35"
  %".47" = fmul reassoc contract float %".46", %".46"
  %".48" = load float, float* %"acc7"
  %".49" = fadd reassoc contract float %".48", %".47"
  store float %".49", float* %"acc7"
  %".51" = add nsw i32 %"r8", 1
  br label %"r8.head"
r8.done:
  %".53" = load float, float* %"acc7"
  %".54" = fdiv reassoc contract float %".53", 0x4040000000000000
  %".55" = fadd reassoc contract float %".54", 0x3ee4f8b580000000
  %".56" = call float @"llvm.sqrt.f32"(float %".55")
  %".57" = fdiv reassoc contract float 0x3ff0000000000000, %".56"
  br label %"i1.head"
i1.head:
  %"i1" = phi  i32 [0, %"r8.done"], [%".83", %"i1.body"]
  %".59" = icmp slt i32 %"i1", 32
  br i1 %".59", label %"i1.body", label %"i1.done"
i1.body:
  %".61" = sext i32 %"i0" to i64
  %".62" = mul nsw i64 %".61", 32
  %".63" = sext i32 %"i1" to i64
  %".64" = add nsw i64 %".62", %".63"
  %".65" = getelementptr float, float* %"b1", i64 %".64"
  %".66" = load float, float* %".65"
  %".67" = fsub reassoc contract float %".66", %".35"
  %".68" = fmul reassoc contract float %".67", %".57"
  %".69" = sext i32 %"i1" to i64
  %".70" = getelementptr float, float* %"b2", i64 %".69"
  %".71" = load float, float* %".70"
  %".72" = fmul reassoc contract float %".68", %".71"
  %".73" = sext i32 %"i1" to i64
  %".74" = getelementptr float, float* %"b3", i64 %".73"
  %".75" = load float, float* %".74"
  %".76" = fadd reassoc contract float %".72", %".75"
  %".77" = sext i32 %"i0" to i64
  %".78" = mul nsw i64 %".77", 32
  %".79" = sext i32 %"i1" to i64
  %".80" = add nsw i64 %".78", %".79"
  %".81" = getelementptr float, float* %"b0", i64 %".80"
  store float %".76", float* %".81"
  %".83" = add nsw i32 %"i1", 1
  br label %"i1.head"
i1.done:
  %".85" = add nsw i32 %"i0", 1
  br label %"i0.head"
}

declare float @"llvm.sqrt.f32"(float %".1")

; ModuleID = "matmul_bias"
target triple = "unknown-unknown-unknown"
target datalayout = ""

define void @"matmul_bias"(float* noalias %"b0", float* noalias %"b1", float* noalias %"b2", float* noalias %"b3", i32 %"n", i32 %"core", i32 %"ncores")
{
entry:
  %"Bp12" = alloca float, i64 128, align 64
  %"Ct13" = alloca float, i64 8, align 64
  %"c18" = alloca float
  %"c19" = alloca float
  %"c20" = alloca float
  %"c21" = alloca float
  %"c22" = alloca float
  %"c23" = alloca float
  %"c24" = alloca float
  %"c25" = alloca float
  %"c38" = alloca float
  %"c39" = alloca float
  %"c40" = alloca float
  %"c41" = alloca float
  br label %"body"
body:
  %".9" = icmp slt i32 %"n", 2
  br i1 %".9", label %"then", label %"endif"
then:
  %".11" = sub i32 %"ncores", 1
  %".12" = add i32 6, %".11"
  %".13" = sdiv i32 %".12", %"ncores"
  %".14" = mul i32 %"core", %".13"
  %".15" = add i32 %".14", %".13"
  %".16" = icmp slt i32 %".15", 6
  %".17" = select  i1 %".16", i32 %".15", i32 6
  br label %"t1.head"
endif:
  %".95" = icmp sle i32 2, %"n"
  br i1 %".95", label %"then.1", label %"endif.1"
t1.head:
  %"t1" = phi  i32 [%".14", %"then"], [%".92", %"c7.done"]
  %".19" = icmp slt i32 %"t1", %".17"
  br i1 %".19", label %"t1.body", label %"t1.done"
t1.body:
  br label %"c2.head"
t1.done:
  br label %"endif"
c2.head:
  %"c2" = phi  i32 [0, %"t1.body"], [%".30", %"c2.body"]
  %".22" = icmp slt i32 %"c2", 16
  br i1 %".22", label %"c2.body", label %"c2.done"
c2.body:
  %".24" = sext i32 %"c2" to i64
  %".25" = sext i32 %"t1" to i64
  %".26" = mul nsw i64 %".25", 16
  %".27" = add nsw i64 %".24", %".26"
  %".28" = getelementptr float, float* %"b0", i64 %".27"
  store float              0x0, float* %".28"
  %".30" = add nsw i32 %"c2", 1
  br label %"c2.head"
c2.done:
  br label %"k3.head"
k3.head:
  %"k3" = phi  i32 [0, %"c2.done"], [%".66", %"c5.done"]
  %".33" = icmp slt i32 %"k3", 32
  br i1 %".33", label %"k3.body", label %"k3.done"
k3.body:
  %".35" = sext i32 %"k3" to i64
  %".36" = getelementptr float, float* %"b1", i64 %".35"
  %".37" = load float, float* %".36"
  br label %"c5.head"
k3.done:
  br label %"c7.head"
c5.head:
  %"c5" = phi  i32 [0, %"k3.body"], [%".64", %"c5.body"]
  %".39" = icmp slt i32 %"c5", 16
  br i1 %".39", label %"c5.body", label %"c5.done"
c5.body:
  %".41" = sext i32 %"c5" to i64
  %".42" = sext i32 %"k3" to i64
  %".43" = mul nsw i64 %".42", 96
  %".44" = add nsw i64 %".41", %".43"
  %".45" = sext i32 %"t1" to i64
  %".46" = mul nsw i64 %".45", 16
  %".47" = add nsw i64 %".44", %".46"
  %".48" = getelementptr float, float* %"b2", i64 %".47"
  %".49" = load float, float* %".48"
  %".50" = sext i32 %"c5" to i64
  %".51" = sext i32 %"t1" to i64
  %".52" = mul nsw i64 %".51", 16
  %".53" = add nsw i64 %".50", %".52"
  %".54" = getelementptr float, float* %"b0", i64 %".53"
  %".55" = load float, float* %".54"
  %".56" = fmul reassoc contract float %".37", %".49"
  %".57" = fadd reassoc contract float %".55", %".56"
  %".58" = sext i32 %"c5" to i64
  %".59" = sext i32 %"t1" to i64
  %".60" = mul nsw i64 %".59", 16
  %".61" = add nsw i64 %".58", %".60"
  %".62" = getelementptr float, float* %"b0", i64 %".61"
  store float %".57", float* %".62"
  %".64" = add nsw i32 %"c5", 1
  br label %"c5.head"
c5.done:
  %".66" = add nsw i32 %"k3", 1
  br label %"k3.head"
c7.head:
  %"c7" = phi  i32 [0, %"k3.done"], [%".90", %"c7.body"]
  %".69" = icmp slt i32 %"c7", 16
  br i1 %".69", label %"c7.body", label %"c7.done"
c7.body:
  %".71" = sext i32 %"c7" to i64
  %".72" = sext i32 %"t1" to i64
  %".73" = mul nsw i64 %".72", 16
  %".74" = add nsw i64 %".71", %".73"
  %".75" = getelementptr float, float* %"b0", i64 %".74"
  %".76" = load float, float* %".75"
  %".77" = sext i32 %"c7" to i64
  %".78" = sext i32 %"t1" to i64
  %".79" = mul nsw i64 %".78", 16
  %".80" = add nsw i64 %".77", %".79"
  %".81" = getelementptr float, float* %"b3", i64 %".80"
  %".82" = load float, float* %".81"
  %".83" = fadd reassoc contract float %".76", %".82"
  %".84" = sext i32 %"c7" to i64
  %".85" = sext i32 %"t1" to i64
  %".86" = mul nsw i64 %".85", 16
  %".87" = add nsw i64 %".84", %".86"
  %".88" = getelementptr float, float* %"b0", i64 %".87"
  store float %".83", float* %".88"
  %".90" = add nsw i32 %"c7", 1
  br label %"c7.head"
c7.done:
  %".92" = add nsw i32 %"t1", 1
  br label %"t1.head"
then.1:
  %".97" = sub i32 %"ncores", 1
  %".98" = add i32 24, %".97"
  %".99" = sdiv i32 %".98", %"ncores"
  %".100" = mul i32 %"core", %".99"
  %".101" = add i32 %".100", %".99"
  %".102" = icmp slt i32 %".101", 24
  %".103" = select  i1 %".102", i32 %".101", i32 24
  br label %"t11.head"
endif.1:
  ret void
t11.head:
  %"t11" = phi  i32 [%".100", %"then.1"], [%".417", %"i17.done"]
  %".105" = icmp slt i32 %"t11", %".103"
  br i1 %".105", label %"t11.body", label %"t11.done"
t11.body:
  br label %"k14.head"
t11.done:
  br label %"endif.1"
k14.head:
  %"k14" = phi  i32 [0, %"t11.body"], [%".130", %"c15.done"]
  %".108" = icmp slt i32 %"k14", 32
  br i1 %".108", label %"k14.body", label %"k14.done"
k14.body:
  br label %"c15.head"
k14.done:
  %".132" = add i32 1, %"n"
  %".133" = sdiv i32 %".132", 2
  br label %"i17.head"
c15.head:
  %"c15" = phi  i32 [0, %"k14.body"], [%".128", %"c15.body"]
  %".111" = icmp slt i32 %"c15", 4
  br i1 %".111", label %"c15.body", label %"c15.done"
c15.body:
  %".113" = sext i32 %"c15" to i64
  %".114" = sext i32 %"k14" to i64
  %".115" = mul nsw i64 %".114", 96
  %".116" = add nsw i64 %".113", %".115"
  %".117" = sext i32 %"t11" to i64
  %".118" = mul nsw i64 %".117", 4
  %".119" = add nsw i64 %".116", %".118"
  %".120" = getelementptr float, float* %"b2", i64 %".119"
  %".121" = load float, float* %".120"
  %".122" = sext i32 %"c15" to i64
  %".123" = sext i32 %"k14" to i64
  %".124" = mul nsw i64 %".123", 4
  %".125" = add nsw i64 %".122", %".124"
  %".126" = getelementptr float, float* %"Bp12", i64 %".125"
  store float %".121", float* %".126"
  %".128" = add nsw i32 %"c15", 1
  br label %"c15.head"
c15.done:
  %".130" = add nsw i32 %"k14", 1
  br label %"k14.head"
i17.head:
  %"i17" = phi  i32 [0, %"k14.done"], [%".415", %"endif.3"]
  %".135" = icmp slt i32 %"i17", %".133"
  br i1 %".135", label %"i17.body", label %"i17.done"
i17.body:
  %".137" = mul i32 %"i17", 2
  %".138" = add i32 -1, %"n"
  %".139" = icmp slt i32 %".137", %".138"
  br i1 %".139", label %"then.2", label %"endif.2"
i17.done:
  %".417" = add nsw i32 %"t11", 1
  br label %"t11.head"
then.2:
  store float              0x0, float* %"c18"
  store float              0x0, float* %"c19"
  store float              0x0, float* %"c20"
  store float              0x0, float* %"c21"
  store float              0x0, float* %"c22"
  store float              0x0, float* %"c23"
  store float              0x0, float* %"c24"
  store float              0x0, float* %"c25"
  br label %"k26.head"
endif.2:
  %".312" = mul i32 %"i17", 2
  %".313" = add i32 -1, %"n"
  %".314" = icmp slt i32 %".312", %".313"
  %".315" = xor i1 %".314", 1
  br i1 %".315", label %"then.3", label %"endif.3"
k26.head:
  %"k26" = phi  i32 [0, %"then.2"], [%".235", %"k26.body"]
  %".150" = icmp slt i32 %"k26", 32
  br i1 %".150", label %"k26.body", label %"k26.done"
k26.body:
  %".152" = sext i32 %"i17" to i64
  %".153" = mul nsw i64 %".152", 64
  %".154" = sext i32 %"k26" to i64
  %".155" = add nsw i64 %".153", %".154"
  %".156" = getelementptr float, float* %"b1", i64 %".155"
  %".157" = load float, float* %".156"
  %".158" = sext i32 %"i17" to i64
  %".159" = mul nsw i64 %".158", 64
  %".160" = add nsw i64 32, %".159"
  %".161" = sext i32 %"k26" to i64
  %".162" = add nsw i64 %".160", %".161"
  %".163" = getelementptr float, float* %"b1", i64 %".162"
  %".164" = load float, float* %".163"
  %".165" = load float, float* %"c18"
  %".166" = sext i32 %"k26" to i64
  %".167" = mul nsw i64 %".166", 4
  %".168" = getelementptr float, float* %"Bp12", i64 %".167"
  %".169" = load float, float* %".168"
  %".170" = fmul reassoc contract float %".157", %".169"
  %".171" = fadd reassoc contract float %".165", %".170"
  store float %".171", float* %"c18"
  %".173" = load float, float* %"c19"
  %".174" = sext i32 %"k26" to i64
  %".175" = mul nsw i64 %".174", 4
  %".176" = add nsw i64 1, %".175"
  %".177" = getelementptr float, float* %"Bp12", i64 %".176"
  %".178" = load float, float* %".177"
  %".179" = fmul reassoc contract float %".157", %".178"
  %".180" = fadd reassoc contract float %".173", %".179"
  store float %".180", float* %"c19"
  %".182" = load float, float* %"c20"
  %".183" = sext i32 %"k26" to i64
  %".184" = mul nsw i64 %".183", 4
  %".185" = add nsw i64 2, %".184"
  %".186" = getelementptr float, float* %"Bp12", i64 %".185"
  %".187" = load float, float* %".186"
  %".188" = fmul reassoc contract float %".157", %".187"
  %".189" = fadd reassoc contract float %".182", %".188"
  store float %".189", float* %"c20"
  %".191" = load float, float* %"c21"
  %".192" = sext i32 %"k26" to i64
  %".193" = mul nsw i64 %".192", 4
  %".194" = add nsw i64 3, %".193"
  %".195" = getelementptr float, float* %"Bp12", i64 %".194"
  %".196" = load float, float* %".195"
  %".197" = fmul reassoc contract float %".157", %".196"
  %".198" = fadd reassoc contract float %".191", %".197"
  store float %".198", float* %"c21"
  %".200" = load float, float* %"c22"
  %".201" = sext i32 %"k26" to i64
  %".202" = mul nsw i64 %".201", 4
  %".203" = getelementptr float, float* %"Bp12", i64 %".202"
  %".204" = load float, float* %".203"
  %".205" = fmul reassoc contract float %".164", %".204"
  %".206" = fadd reassoc contract float %".200", %".205"
  store float %".206", float* %"c22"
  %".208" = load float, float* %"c23"
  %".209" = sext i32 %"k26" to i64
  %".210" = mul nsw i64 %".209", 4
  %".211" = add nsw i64 1, %".210"
  %".212" = getelementptr float, float* %"Bp12", i64 %".211"
  %".213" = load float, float* %".212"
  %".214" = fmul reassoc contract float %".164", %".213"
  %".215" = fadd reassoc contract float %".208", %".214"
  store float %".215", float* %"c23"
  %".217" = load float, float* %"c24"
  %".218" = sext i32 %"k26" to i64
  %".219" = mul nsw i64 %".218", 4
  %".220" = add nsw i64 2, %".219"
  %".221" = getelementptr float, float* %"Bp12", i64 %".220"
  %".222" = load float, float* %".221"
  %".223" = fmul reassoc contract float %".164", %".222"
  %".224" = fadd reassoc contract float %".217", %".223"
  store float %".224", float* %"c24"
  %".226" = load float, float* %"c25"
  %".227" = sext i32 %"k26" to i64
  %".228" = mul nsw i64 %".227", 4
  %".229" = add nsw i64 3, %".228"
  %".230" = getelementptr float, float* %"Bp12", i64 %".229"
  %".231" = load float, float* %".230"
  %".232" = fmul reassoc contract float %".164", %".231"
  %".233" = fadd reassoc contract float %".226", %".232"
  store float %".233", float* %"c25"
  %".235" = add nsw i32 %"k26", 1
  br label %"k26.head", !llvm.loop !1
k26.done:
  %".237" = load float, float* %"c18"
  %".238" = getelementptr float, float* %"Ct13", i64 0
  store float %".237", float* %".238"
  %".240" = load float, float* %"c19"
  %".241" = getelementptr float, float* %"Ct13", i64 1
  store float %".240", float* %".241"
  %".243" = load float, float* %"c20"
  %".244" = getelementptr float, float* %"Ct13", i64 2
  store float %".243", float* %".244"
  %".246" = load float, float* %"c21"
  %".247" = getelementptr float, float* %"Ct13", i64 3
  store float %".246", float* %".247"
  %".249" = load float, float* %"c22"
  %".250" = getelementptr float, float* %"Ct13", i64 4
  store float %".249", float* %".250"
  %".252" = load float, float* %"c23"
  %".253" = getelementptr float, float* %"Ct13", i64 5
  store float %".252", float* %".253"
  %".255" = load float, float* %"c24"
  %".256" = getelementptr float, float* %"Ct13", i64 6
  store float %".255", float* %".256"
  %".258" = load float, float* %"c25"
  %".259" = getelementptr float, float* %"Ct13", i64 7
  store float %".258", float* %".259"
  br label %"c29.head"
c29.head:
  %"c29" = phi  i32 [0, %"k26.done"], [%".283", %"c29.body"]
  %".262" = icmp slt i32 %"c29", 4
  br i1 %".262", label %"c29.body", label %"c29.done"
c29.body:
  %".264" = sext i32 %"c29" to i64
  %".265" = getelementptr float, float* %"Ct13", i64 %".264"
  %".266" = load float, float* %".265"
  %".267" = sext i32 %"c29" to i64
  %".268" = sext i32 %"t11" to i64
  %".269" = mul nsw i64 %".268", 4
  %".270" = add nsw i64 %".267", %".269"
  %".271" = getelementptr float, float* %"b3", i64 %".270"
  %".272" = load float, float* %".271"
  %".273" = fadd reassoc contract float %".266", %".272"
  %".274" = sext i32 %"c29" to i64
  %".275" = sext i32 %"i17" to i64
  %".276" = mul nsw i64 %".275", 192
  %".277" = add nsw i64 %".274", %".276"
  %".278" = sext i32 %"t11" to i64
  %".279" = mul nsw i64 %".278", 4
  %".280" = add nsw i64 %".277", %".279"
  %".281" = getelementptr float, float* %"b0", i64 %".280"
  store float %".273", float* %".281"
  %".283" = add nsw i32 %"c29", 1
  br label %"c29.head"
c29.done:
  br label %"c33.head"
c33.head:
  %"c33" = phi  i32 [0, %"c29.done"], [%".309", %"c33.body"]
  %".286" = icmp slt i32 %"c33", 4
  br i1 %".286", label %"c33.body", label %"c33.done"
c33.body:
  %".288" = sext i32 %"c33" to i64
  %".289" = add nsw i64 4, %".288"
  %".290" = getelementptr float, float* %"Ct13", i64 %".289"
  %".291" = load float, float* %".290"
  %".292" = sext i32 %"c33" to i64
  %".293" = sext i32 %"t11" to i64
  %".294" = mul nsw i64 %".293", 4
  %".295" = add nsw i64 %".292", %".294"
  %".296" = getelementptr float, float* %"b3", i64 %".295"
  %".297" = load float, float* %".296"
  %".298" = fadd reassoc contract float %".291", %".297"
  %".299" = sext i32 %"c33" to i64
  %".300" = add nsw i64 96, %".299"
  %".301" = sext i32 %"i17" to i64
  %".302" = mul nsw i64 %".301", 192
  %".303" = add nsw i64 %".300", %".302"
  %".304" = sext i32 %"t11" to i64
  %".305" = mul nsw i64 %".304", 4
  %".306" = add nsw i64 %".303", %".305"
  %".307" = getelementptr float, float* %"b0", i64 %".306"
  store float %".298", float* %".307"
  %".309" = add nsw i32 %"c33", 1
  br label %"c33.head"
c33.done:
  br label %"endif.2"
then.3:
  %".317" = mul i32 %"i17", 2
  %".318" = mul i32 %"i17", 2
  %".319" = add i32 2, %".318"
  br label %"r37.head"
endif.3:
  %".415" = add nsw i32 %"i17", 1
  br label %"i17.head"
r37.head:
  %"r37" = phi  i32 [%".317", %"then.3"], [%".412", %"endif.4"]
  %".321" = icmp slt i32 %"r37", %".319"
  br i1 %".321", label %"r37.body", label %"r37.done"
r37.body:
  %".323" = icmp slt i32 %"r37", %"n"
  br i1 %".323", label %"then.4", label %"endif.4"
r37.done:
  br label %"endif.3"
then.4:
  store float              0x0, float* %"c38"
  store float              0x0, float* %"c39"
  store float              0x0, float* %"c40"
  store float              0x0, float* %"c41"
  br label %"k42.head"
endif.4:
  %".412" = add nsw i32 %"r37", 1
  br label %"r37.head"
k42.head:
  %"k42" = phi  i32 [0, %"then.4"], [%".373", %"k42.body"]
  %".330" = icmp slt i32 %"k42", 32
  br i1 %".330", label %"k42.body", label %"k42.done"
k42.body:
  %".332" = sext i32 %"k42" to i64
  %".333" = sext i32 %"r37" to i64
  %".334" = mul nsw i64 %".333", 32
  %".335" = add nsw i64 %".332", %".334"
  %".336" = getelementptr float, float* %"b1", i64 %".335"
  %".337" = load float, float* %".336"
  %".338" = load float, float* %"c38"
  %".339" = sext i32 %"k42" to i64
  %".340" = mul nsw i64 %".339", 4
  %".341" = getelementptr float, float* %"Bp12", i64 %".340"
  %".342" = load float, float* %".341"
  %".343" = fmul reassoc contract float %".337", %".342"
  %".344" = fadd reassoc contract float %".338", %".343"
  store float %".344", float* %"c38"
  %".346" = load float, float* %"c39"
  %".347" = sext i32 %"k42" to i64
  %".348" = mul nsw i64 %".347", 4
  %".349" = add nsw i64 1, %".348"
  %".350" = getelementptr float, float* %"Bp12", i64 %".349"
  %".351" = load float, float* %".350"
  %".352" = fmul reassoc contract float %".337", %".351"
  %".353" = fadd reassoc contract float %".346", %".352"
  store float %".353", float* %"c39"
  %".355" = load float, float* %"c40"
  %".356" = sext i32 %"k42" to i64
  %".357" = mul nsw i64 %".356", 4
  %".358" = add nsw i64 2, %".357"
  %".359" = getelementptr float, float* %"Bp12", i64 %".358"
  %".360" = load float, float* %".359"
  %".361" = fmul reassoc contract float %".337", %".360"
  %".362" = fadd reassoc contract float %".355", %".361"
  store float %".362", float* %"c40"
  %".364" = load float, float* %"c41"
  %".365" = sext i32 %"k42" to i64
  %".366" = mul nsw i64 %".365", 4
  %".367" = add nsw i64 3, %".366"
  %".368" = getelementptr float, float* %"Bp12", i64 %".367"
  %".369" = load float, float* %".368"
  %".370" = fmul reassoc contract float %".337", %".369"
  %".371" = fadd reassoc contract float %".364", %".370"
  store float %".371", float* %"c41"
  %".373" = add nsw i32 %"k42", 1
  br label %"k42.head", !llvm.loop !2
k42.done:
  %".375" = load float, float* %"c38"
  %".376" = getelementptr float, float* %"Ct13", i64 0
  store float %".375", float* %".376"
  %".378" = load float, float* %"c39"
  %".379" = getelementptr float, float* %"Ct13", i64 1
  store float %".378", float* %".379"
  %".381" = load float, float* %"c40"
  %".382" = getelementptr float, float* %"Ct13", i64 2
  store float %".381", float* %".382"
  %".384" = load float, float* %"c41"
  %".385" = getelementptr float, float* %"Ct13", i64 3
  store float %".384", float* %".385"
  br label %"c44.head"
c44.head:
  %"c44" = phi  i32 [0, %"k42.done"], [%".409", %"c44.body"]
  %".388" = icmp slt i32 %"c44", 4
  br i1 %".388", label %"c44.body", label %"c44.done"
c44.body:
  %".390" = sext i32 %"c44" to i64
  %".391" = getelementptr float, float* %"Ct13", i64 %".390"
  %".392" = load float, float* %".391"
  %".393" = sext i32 %"c44" to i64
  %".394" = sext i32 %"t11" to i64
  %".395" = mul nsw i64 %".394", 4
  %".396" = add nsw i64 %".393", %".395"
  %".397" = getelementptr float, float* %"b3", i64 %".396"
  %".398" = load float, float* %".397"
  %".399" = fadd reassoc contract float %".392", %".398"
  %".400" = sext i32 %"c44" to i64
  %".401" = sext i32 %"r37" to i64
  %".402" = mul nsw i64 %".401", 96
  %".403" = add nsw i64 %".400", %".402"
  %".404" = sext i32 %"t11" to i64
  %".405" = mul nsw i64 %".404", 4
  %".406" = add nsw i64 %".403", %".405"
  %".407" = getelementptr float, float* %"b0", i64 %".406"
  store float %".399", float* %".407"
  %".409" = add nsw i32 %"c44", 1
  br label %"c44.head"
c44.done:
  br label %"endif.4"
}

!0 = !{ !"llvm.loop.vectorize.enable", i1 0 }
!1 = !{ !1, !0 }
!2 = !{ !2, !0 }
; ModuleID = "attention"
target triple = "unknown-unknown-unknown"
target datalayout = ""

define void @"attention"(float* noalias %"b0", float* noalias %"b1", i32 %"n", i32 %"core", i32 %"ncores")
{
entry:
  %"queries1" = alloca float, i64 128, align 64
  %"scores2" = alloca float, i64 384, align 64
  %"peak3" = alloca float, i64 8, align 64
  %"shift4" = alloca float, i64 8, align 64
  %"rescale5" = alloca float, i64 8, align 64
  %"total6" = alloca float, i64 8, align 64
  %"step7" = alloca float, i64 8, align 64
  %"cols8" = alloca float, i64 128, align 64
  %"seen16" = alloca float
  %"c24" = alloca float
  %"c25" = alloca float
  %"c26" = alloca float
  %"c27" = alloca float
  %"c28" = alloca float
  %"c29" = alloca float
  %"c30" = alloca float
  %"c31" = alloca float
  %"c32" = alloca float
  %"c33" = alloca float
  %"c34" = alloca float
  %"c35" = alloca float
  %"c36" = alloca float
  %"c37" = alloca float
  %"c38" = alloca float
  %"c39" = alloca float
  %"c40" = alloca float
  %"c41" = alloca float
  %"c42" = alloca float
  %"c43" = alloca float
  %"c44" = alloca float
  %"c45" = alloca float
  %"c46" = alloca float
  %"c47" = alloca float
  %"c48" = alloca float
  %"c49" = alloca float
  %"c50" = alloca float
  %"c51" = alloca float
  %"c52" = alloca float
  %"c53" = alloca float
  %"c54" = alloca float
  %"c55" = alloca float
  %"c56" = alloca float
  %"c57" = alloca float
  %"c58" = alloca float
  %"c59" = alloca float
  %"c60" = alloca float
  %"c61" = alloca float
  %"c62" = alloca float
  %"c63" = alloca float
  %"c64" = alloca float
  %"c65" = alloca float
  %"c66" = alloca float
  %"c67" = alloca float
  %"c68" = alloca float
  %"c69" = alloca float
  %"c70" = alloca float
  %"c71" = alloca float
  %"c88" = alloca float
  %"c89" = alloca float
  %"c90" = alloca float
  %"c91" = alloca float
  %"c92" = alloca float
  %"c93" = alloca float
  %"c94" = alloca float
  %"c95" = alloca float
  %"c96" = alloca float
  %"c97" = alloca float
  %"c98" = alloca float
  %"c99" = alloca float
  %"c100" = alloca float
  %"c101" = alloca float
  %"c102" = alloca float
  %"c103" = alloca float
  %"c104" = alloca float
  %"c105" = alloca float
  %"c106" = alloca float
  %"c107" = alloca float
  %"c108" = alloca float
  %"c109" = alloca float
  %"c110" = alloca float
  %"c111" = alloca float
  %"c112" = alloca float
  %"c113" = alloca float
  %"c114" = alloca float
  %"c115" = alloca float
  %"c116" = alloca float
  %"c117" = alloca float
  %"c118" = alloca float
  %"c119" = alloca float
  %"c120" = alloca float
  %"c121" = alloca float
  %"c122" = alloca float
  %"c123" = alloca float
  %"c124" = alloca float
  %"c125" = alloca float
  %"c126" = alloca float
  %"c127" = alloca float
  %"c128" = alloca float
  %"c129" = alloca float
  %"c130" = alloca float
  %"c131" = alloca float
  %"c132" = alloca float
  %"c133" = alloca float
  %"c134" = alloca float
  %"c135" = alloca float
  %"c170" = alloca float
  %"c171" = alloca float
  %"c172" = alloca float
  %"c173" = alloca float
  %"c174" = alloca float
  %"c175" = alloca float
  %"c176" = alloca float
  %"c177" = alloca float
  %"c178" = alloca float
  %"c179" = alloca float
  %"c180" = alloca float
  %"c181" = alloca float
  %"c182" = alloca float
  %"c183" = alloca float
  %"c184" = alloca float
  %"c185" = alloca float
  %"c186" = alloca float
  %"c187" = alloca float
  %"c188" = alloca float
  %"c189" = alloca float
  %"c190" = alloca float
  %"c191" = alloca float
  %"c192" = alloca float
  %"c193" = alloca float
  %"c194" = alloca float
  %"c195" = alloca float
  %"c196" = alloca float
  %"c197" = alloca float
  %"c198" = alloca float
  %"c199" = alloca float
  %"c200" = alloca float
  %"c201" = alloca float
  %"c202" = alloca float
  %"c203" = alloca float
  %"c204" = alloca float
  %"c205" = alloca float
  %"c206" = alloca float
  %"c207" = alloca float
  %"c208" = alloca float
  %"c209" = alloca float
  %"c210" = alloca float
  %"c211" = alloca float
  %"c212" = alloca float
  %"c213" = alloca float
  %"c214" = alloca float
  %"c215" = alloca float
  %"c216" = alloca float
  %"c217" = alloca float
  %"c233" = alloca float
  %"c234" = alloca float
  %"c235" = alloca float
  %"c236" = alloca float
  %"c237" = alloca float
  %"c238" = alloca float
  %"c239" = alloca float
  %"c240" = alloca float
  %"c241" = alloca float
  %"c242" = alloca float
  %"c243" = alloca float
  %"c244" = alloca float
  %"c245" = alloca float
  %"c246" = alloca float
  %"c247" = alloca float
  %"c248" = alloca float
  %"c249" = alloca float
  %"c250" = alloca float
  %"c251" = alloca float
  %"c252" = alloca float
  %"c253" = alloca float
  %"c254" = alloca float
  %"c255" = alloca float
  %"c256" = alloca float
  %"c257" = alloca float
  %"c258" = alloca float
  %"c259" = alloca float
  %"c260" = alloca float
  %"c261" = alloca float
  %"c262" = alloca float
  %"c263" = alloca float
  %"c264" = alloca float
  %"c279" = alloca float
  %"c280" = alloca float
  %"c281" = alloca float
  %"c282" = alloca float
  %"c283" = alloca float
  %"c284" = alloca float
  %"c285" = alloca float
  %"c286" = alloca float
  %"c287" = alloca float
  %"c288" = alloca float
  %"c289" = alloca float
  %"c290" = alloca float
  %"c291" = alloca float
  %"c292" = alloca float
  %"c293" = alloca float
  %"c294" = alloca float
  %"c295" = alloca float
  %"c296" = alloca float
  %"c297" = alloca float
  %"c298" = alloca float
  %"c299" = alloca float
  %"c300" = alloca float
  %"c301" = alloca float
  %"c302" = alloca float
  %"c303" = alloca float
  %"c304" = alloca float
  %"c305" = alloca float
  %"c306" = alloca float
  %"c307" = alloca float
  %"c308" = alloca float
  %"c309" = alloca float
  %"c310" = alloca float
  %"c311" = alloca float
  %"c312" = alloca float
  %"c313" = alloca float
  %"c314" = alloca float
  %"c315" = alloca float
  %"c316" = alloca float
  %"c317" = alloca float
  %"c318" = alloca float
  %"c319" = alloca float
  %"c320" = alloca float
  %"c321" = alloca float
  %"c322" = alloca float
  %"c323" = alloca float
  %"c324" = alloca float
  %"c325" = alloca float
  %"c326" = alloca float
  %"c342" = alloca float
  %"c343" = alloca float
  %"c344" = alloca float
  %"c345" = alloca float
  %"c346" = alloca float
  %"c347" = alloca float
  %"c348" = alloca float
  %"c349" = alloca float
  %"c350" = alloca float
  %"c351" = alloca float
  %"c352" = alloca float
  %"c353" = alloca float
  %"c354" = alloca float
  %"c355" = alloca float
  %"c356" = alloca float
  %"c357" = alloca float
  %"c358" = alloca float
  %"c359" = alloca float
  %"c360" = alloca float
  %"c361" = alloca float
  %"c362" = alloca float
  %"c363" = alloca float
  %"c364" = alloca float
  %"c365" = alloca float
  %"c366" = alloca float
  %"c367" = alloca float
  %"c368" = alloca float
  %"c369" = alloca float
  %"c370" = alloca float
  %"c371" = alloca float
  %"c372" = alloca float
  %"c373" = alloca float
  br label %"body"
body:
  %".7" = fmul reassoc contract float              0x0, 0x3fd0000000000000
  %".8" = add i32 7, %"n"
  %".9" = sdiv i32 %".8", 8
  %".10" = mul i32 %".9", 2
  %".11" = sub i32 %"ncores", 1
  %".12" = add i32 %".10", %".11"
  %".13" = sdiv i32 %".12", %"ncores"
  %".14" = mul i32 %"core", %".13"
  %".15" = add i32 %".14", %".13"
  %".16" = icmp slt i32 %".15", %".10"
  %".17" = select  i1 %".16", i32 %".15", i32 %".10"
  br label %"panel.head"
panel.head:
  %"panel" = phi  i32 [%".14", %"body"], [%".4750", %"r387.done"]
  %".19" = icmp slt i32 %"panel", %".17"
  br i1 %".19", label %"panel.body", label %"panel.done"
panel.body:
  br label %"z9.head"
panel.done:
  ret void
z9.head:
  %"z9" = phi  i32 [0, %"panel.body"], [%".27", %"z9.body"]
  %".22" = icmp slt i32 %"z9", 8
  br i1 %".22", label %"z9.body", label %"z9.done"
z9.body:
  %".24" = sext i32 %"z9" to i64
  %".25" = getelementptr float, float* %"peak3", i64 %".24"
  store float 0xfff0000000000000, float* %".25"
  %".27" = add nsw i32 %"z9", 1
  br label %"z9.head"
z9.done:
  br label %"z10.head"
z10.head:
  %"z10" = phi  i32 [0, %"z9.done"], [%".35", %"z10.body"]
  %".30" = icmp slt i32 %"z10", 8
  br i1 %".30", label %"z10.body", label %"z10.done"
z10.body:
  %".32" = sext i32 %"z10" to i64
  %".33" = getelementptr float, float* %"total6", i64 %".32"
  store float              0x0, float* %".33"
  %".35" = add nsw i32 %"z10", 1
  br label %"z10.head"
z10.done:
  br label %"z11.head"
z11.head:
  %"z11" = phi  i32 [0, %"z10.done"], [%".43", %"z11.body"]
  %".38" = icmp slt i32 %"z11", 128
  br i1 %".38", label %"z11.body", label %"z11.done"
z11.body:
  %".40" = sext i32 %"z11" to i64
  %".41" = getelementptr float, float* %"cols8", i64 %".40"
  store float              0x0, float* %".41"
  %".43" = add nsw i32 %"z11", 1
  br label %"z11.head"
z11.done:
  br label %"c12.head"
c12.head:
  %"c12" = phi  i32 [0, %"z11.done"], [%".87", %"r13.done"]
  %".46" = icmp slt i32 %"c12", 16
  br i1 %".46", label %"c12.body", label %"c12.done"
c12.body:
  br label %"r13.head"
c12.done:
  br label %"kb15.head"
r13.head:
  %"r13" = phi  i32 [0, %"c12.body"], [%".85", %"r13.body"]
  %".49" = icmp slt i32 %"r13", 8
  br i1 %".49", label %"r13.body", label %"r13.done"
r13.body:
  %".51" = sext i32 %"c12" to i64
  %".52" = sext i32 %"r13" to i64
  %".53" = mul nsw i64 %".52", 96
  %".54" = add nsw i64 %".51", %".53"
  %".55" = sext i32 %"panel" to i64
  %".56" = sext i32 %"n" to i64
  %".57" = add nsw i64 7, %".56"
  %".58" = sdiv i64 %".57", 8
  %".59" = srem i64 %".55", %".58"
  %".60" = mul nsw i64 %".59", 768
  %".61" = add nsw i64 %".54", %".60"
  %".62" = sext i32 %"panel" to i64
  %".63" = sext i32 %"n" to i64
  %".64" = add nsw i64 7, %".63"
  %".65" = sdiv i64 %".64", 8
  %".66" = sdiv i64 %".62", %".65"
  %".67" = mul nsw i64 %".66", 16
  %".68" = add nsw i64 %".61", %".67"
  %".69" = add i32 7, %"n"
  %".70" = sdiv i32 %".69", 8
  %".71" = srem i32 %"panel", %".70"
  %".72" = mul i32 %".71", 8
  %".73" = add i32 %"r13", %".72"
  %".74" = icmp slt i32 %".73", %"n"
  %".75" = select  i1 %".74", i64 %".68", i64 0
  %".76" = getelementptr float, float* %"b1", i64 %".75"
  %".77" = load float, float* %".76"
  %".78" = select  i1 %".74", float %".77", float              0x0
  %".79" = sext i32 %"c12" to i64
  %".80" = mul nsw i64 %".79", 8
  %".81" = sext i32 %"r13" to i64
  %".82" = add nsw i64 %".80", %".81"
  %".83" = getelementptr float, float* %"queries1", i64 %".82"
  store float %".78", float* %".83"
  %".85" = add nsw i32 %"r13", 1
  br label %"r13.head"
r13.done:
  %".87" = add nsw i32 %"c12", 1
  br label %"c12.head"
kb15.head:
  %"kb15" = phi  i32 [0, %"c12.done"], [%".4678", %"endif"]
  %".90" = icmp slt i32 %"kb15", %"n"
  br i1 %".90", label %"kb15.body", label %"kb15.done"
kb15.body:
  store float 0xfff0000000000000, float* %"seen16"
  br label %"j17.head"
kb15.done:
  br label %"r387.head"
j17.head:
  %"j17" = phi  i32 [0, %"kb15.body"], [%".123", %"r18.done"]
  %".94" = icmp slt i32 %"j17", 48
  br i1 %".94", label %"j17.body", label %"j17.done"
j17.body:
  br label %"r18.head"
j17.done:
  %".125" = load float, float* %"seen16"
  %".126" = fcmp olt float 0xfff0000000000000, %".125"
  br i1 %".126", label %"then", label %"endif"
r18.head:
  %"r18" = phi  i32 [0, %"j17.body"], [%".121", %"r18.body"]
  %".97" = icmp slt i32 %"r18", 8
  br i1 %".97", label %"r18.body", label %"r18.done"
r18.body:
  %".99" = add i32 7, %"n"
  %".100" = sdiv i32 %".99", 8
  %".101" = srem i32 %"panel", %".100"
  %".102" = mul i32 %".101", 8
  %".103" = add i32 %"r18", %".102"
  %".104" = add i32 %".103", 0
  %".105" = add i32 %"j17", %"kb15"
  %".106" = icmp sle i32 %".105", %".104"
  %".107" = select  i1 %".106", float %".7", float 0xfff0000000000000
  %".108" = load float, float* %"seen16"
  %".109" = add i32 7, %"n"
  %".110" = sdiv i32 %".109", 8
  %".111" = srem i32 %"panel", %".110"
  %".112" = mul i32 %".111", 8
  %".113" = add i32 %"r18", %".112"
  %".114" = icmp slt i32 %".113", %"n"
  %".115" = add i32 %"j17", %"kb15"
  %".116" = icmp slt i32 %".115", %"n"
  %".117" = and i1 %".114", %".116"
  %".118" = select  i1 %".117", float %".107", float 0xfff0000000000000
  %".119" = call float @"llvm.maximum.f32"(float %".108", float %".118")
  store float %".119", float* %"seen16"
  %".121" = add nsw i32 %"r18", 1
  br label %"r18.head"
r18.done:
  %".123" = add nsw i32 %"j17", 1
  br label %"j17.head"
then:
  %".128" = add i32 -47, %"n"
  %".129" = icmp slt i32 %"kb15", %".128"
  br i1 %".129", label %"then.1", label %"endif.1"
endif:
  %".4678" = add nsw i32 %"kb15", 48
  br label %"kb15.head"
then.1:
  br label %"jt23.head"
endif.1:
  %".810" = add i32 -47, %"n"
  %".811" = icmp slt i32 %"kb15", %".810"
  %".812" = xor i1 %".811", 1
  br i1 %".812", label %"then.2", label %"endif.2"
jt23.head:
  %"jt23" = phi  i32 [0, %"then.1"], [%".807", %"c72.done"]
  %".132" = icmp slt i32 %"jt23", 8
  br i1 %".132", label %"jt23.body", label %"jt23.done"
jt23.body:
  store float              0x0, float* %"c24"
  store float              0x0, float* %"c25"
  store float              0x0, float* %"c26"
  store float              0x0, float* %"c27"
  store float              0x0, float* %"c28"
  store float              0x0, float* %"c29"
  store float              0x0, float* %"c30"
  store float              0x0, float* %"c31"
  store float              0x0, float* %"c32"
  store float              0x0, float* %"c33"
  store float              0x0, float* %"c34"
  store float              0x0, float* %"c35"
  store float              0x0, float* %"c36"
  store float              0x0, float* %"c37"
  store float              0x0, float* %"c38"
  store float              0x0, float* %"c39"
  store float              0x0, float* %"c40"
  store float              0x0, float* %"c41"
  store float              0x0, float* %"c42"
  store float              0x0, float* %"c43"
  store float              0x0, float* %"c44"
  store float              0x0, float* %"c45"
  store float              0x0, float* %"c46"
  store float              0x0, float* %"c47"
  store float              0x0, float* %"c48"
  store float              0x0, float* %"c49"
  store float              0x0, float* %"c50"
  store float              0x0, float* %"c51"
  store float              0x0, float* %"c52"
  store float              0x0, float* %"c53"
  store float              0x0, float* %"c54"
  store float              0x0, float* %"c55"
  store float              0x0, float* %"c56"
  store float              0x0, float* %"c57"
  store float              0x0, float* %"c58"
  store float              0x0, float* %"c59"
  store float              0x0, float* %"c60"
  store float              0x0, float* %"c61"
  store float              0x0, float* %"c62"
  store float              0x0, float* %"c63"
  store float              0x0, float* %"c64"
  store float              0x0, float* %"c65"
  store float              0x0, float* %"c66"
  store float              0x0, float* %"c67"
  store float              0x0, float* %"c68"
  store float              0x0, float* %"c69"
  store float              0x0, float* %"c70"
  store float              0x0, float* %"c71"
  br label %"c72.head"
jt23.done:
  br label %"endif.1"
c72.head:
  %"c72" = phi  i32 [0, %"jt23.body"], [%".518", %"c72.body"]
  %".183" = icmp slt i32 %"c72", 16
  br i1 %".183", label %"c72.body", label %"c72.done"
c72.body:
  %".185" = sext i32 %"c72" to i64
  %".186" = mul nsw i64 %".185", 8
  %".187" = getelementptr float, float* %"queries1", i64 %".186"
  %".188" = load float, float* %".187"
  %".189" = sext i32 %"c72" to i64
  %".190" = mul nsw i64 %".189", 8
  %".191" = add nsw i64 1, %".190"
  %".192" = getelementptr float, float* %"queries1", i64 %".191"
  %".193" = load float, float* %".192"
  %".194" = sext i32 %"c72" to i64
  %".195" = mul nsw i64 %".194", 8
  %".196" = add nsw i64 2, %".195"
  %".197" = getelementptr float, float* %"queries1", i64 %".196"
  %".198" = load float, float* %".197"
  %".199" = sext i32 %"c72" to i64
  %".200" = mul nsw i64 %".199", 8
  %".201" = add nsw i64 3, %".200"
  %".202" = getelementptr float, float* %"queries1", i64 %".201"
  %".203" = load float, float* %".202"
  %".204" = sext i32 %"c72" to i64
  %".205" = mul nsw i64 %".204", 8
  %".206" = add nsw i64 4, %".205"
  %".207" = getelementptr float, float* %"queries1", i64 %".206"
  %".208" = load float, float* %".207"
  %".209" = sext i32 %"c72" to i64
  %".210" = mul nsw i64 %".209", 8
  %".211" = add nsw i64 5, %".210"
  %".212" = getelementptr float, float* %"queries1", i64 %".211"
  %".213" = load float, float* %".212"
  %".214" = sext i32 %"c72" to i64
  %".215" = mul nsw i64 %".214", 8
  %".216" = add nsw i64 6, %".215"
  %".217" = getelementptr float, float* %"queries1", i64 %".216"
  %".218" = load float, float* %".217"
  %".219" = sext i32 %"c72" to i64
  %".220" = mul nsw i64 %".219", 8
  %".221" = add nsw i64 7, %".220"
  %".222" = getelementptr float, float* %"queries1", i64 %".221"
  %".223" = load float, float* %".222"
  %".224" = sext i32 %"c72" to i64
  %".225" = add nsw i64 32, %".224"
  %".226" = sext i32 %"jt23" to i64
  %".227" = mul nsw i64 %".226", 576
  %".228" = add nsw i64 %".225", %".227"
  %".229" = sext i32 %"kb15" to i64
  %".230" = mul nsw i64 %".229", 96
  %".231" = add nsw i64 %".228", %".230"
  %".232" = sext i32 %"panel" to i64
  %".233" = sext i32 %"n" to i64
  %".234" = add nsw i64 7, %".233"
  %".235" = sdiv i64 %".234", 8
  %".236" = sdiv i64 %".232", %".235"
  %".237" = mul nsw i64 %".236", 16
  %".238" = add nsw i64 %".231", %".237"
  %".239" = getelementptr float, float* %"b1", i64 %".238"
  %".240" = load float, float* %".239"
  %".241" = sext i32 %"c72" to i64
  %".242" = add nsw i64 128, %".241"
  %".243" = sext i32 %"jt23" to i64
  %".244" = mul nsw i64 %".243", 576
  %".245" = add nsw i64 %".242", %".244"
  %".246" = sext i32 %"kb15" to i64
  %".247" = mul nsw i64 %".246", 96
  %".248" = add nsw i64 %".245", %".247"
  %".249" = sext i32 %"panel" to i64
  %".250" = sext i32 %"n" to i64
  %".251" = add nsw i64 7, %".250"
  %".252" = sdiv i64 %".251", 8
  %".253" = sdiv i64 %".249", %".252"
  %".254" = mul nsw i64 %".253", 16
  %".255" = add nsw i64 %".248", %".254"
  %".256" = getelementptr float, float* %"b1", i64 %".255"
  %".257" = load float, float* %".256"
  %".258" = sext i32 %"c72" to i64
  %".259" = add nsw i64 224, %".258"
  %".260" = sext i32 %"jt23" to i64
  %".261" = mul nsw i64 %".260", 576
  %".262" = add nsw i64 %".259", %".261"
  %".263" = sext i32 %"kb15" to i64
  %".264" = mul nsw i64 %".263", 96
  %".265" = add nsw i64 %".262", %".264"
  %".266" = sext i32 %"panel" to i64
  %".267" = sext i32 %"n" to i64
  %".268" = add nsw i64 7, %".267"
  %".269" = sdiv i64 %".268", 8
  %".270" = sdiv i64 %".266", %".269"
  %".271" = mul nsw i64 %".270", 16
  %".272" = add nsw i64 %".265", %".271"
  %".273" = getelementptr float, float* %"b1", i64 %".272"
  %".274" = load float, float* %".273"
  %".275" = sext i32 %"c72" to i64
  %".276" = add nsw i64 320, %".275"
  %".277" = sext i32 %"jt23" to i64
  %".278" = mul nsw i64 %".277", 576
  %".279" = add nsw i64 %".276", %".278"
  %".280" = sext i32 %"kb15" to i64
  %".281" = mul nsw i64 %".280", 96
  %".282" = add nsw i64 %".279", %".281"
  %".283" = sext i32 %"panel" to i64
  %".284" = sext i32 %"n" to i64
  %".285" = add nsw i64 7, %".284"
  %".286" = sdiv i64 %".285", 8
  %".287" = sdiv i64 %".283", %".286"
  %".288" = mul nsw i64 %".287", 16
  %".289" = add nsw i64 %".282", %".288"
  %".290" = getelementptr float, float* %"b1", i64 %".289"
  %".291" = load float, float* %".290"
  %".292" = sext i32 %"c72" to i64
  %".293" = add nsw i64 416, %".292"
  %".294" = sext i32 %"jt23" to i64
  %".295" = mul nsw i64 %".294", 576
  %".296" = add nsw i64 %".293", %".295"
  %".297" = sext i32 %"kb15" to i64
  %".298" = mul nsw i64 %".297", 96
  %".299" = add nsw i64 %".296", %".298"
  %".300" = sext i32 %"panel" to i64
  %".301" = sext i32 %"n" to i64
  %".302" = add nsw i64 7, %".301"
  %".303" = sdiv i64 %".302", 8
  %".304" = sdiv i64 %".300", %".303"
  %".305" = mul nsw i64 %".304", 16
  %".306" = add nsw i64 %".299", %".305"
  %".307" = getelementptr float, float* %"b1", i64 %".306"
  %".308" = load float, float* %".307"
  %".309" = sext i32 %"c72" to i64
  %".310" = add nsw i64 512, %".309"
  %".311" = sext i32 %"jt23" to i64
  %".312" = mul nsw i64 %".311", 576
  %".313" = add nsw i64 %".310", %".312"
  %".314" = sext i32 %"kb15" to i64
  %".315" = mul nsw i64 %".314", 96
  %".316" = add nsw i64 %".313", %".315"
  %".317" = sext i32 %"panel" to i64
  %".318" = sext i32 %"n" to i64
  %".319" = add nsw i64 7, %".318"
  %".320" = sdiv i64 %".319", 8
  %".321" = sdiv i64 %".317", %".320"
  %".322" = mul nsw i64 %".321", 16
  %".323" = add nsw i64 %".316", %".322"
  %".324" = getelementptr float, float* %"b1", i64 %".323"
  %".325" = load float, float* %".324"
  %".326" = load float, float* %"c24"
  %".327" = fmul reassoc contract float %".240", %".188"
  %".328" = fadd reassoc contract float %".326", %".327"
  store float %".328", float* %"c24"
  %".330" = load float, float* %"c25"
  %".331" = fmul reassoc contract float %".240", %".193"
  %".332" = fadd reassoc contract float %".330", %".331"
  store float %".332", float* %"c25"
  %".334" = load float, float* %"c26"
  %".335" = fmul reassoc contract float %".240", %".198"
  %".336" = fadd reassoc contract float %".334", %".335"
  store float %".336", float* %"c26"
  %".338" = load float, float* %"c27"
  %".339" = fmul reassoc contract float %".240", %".203"
  %".340" = fadd reassoc contract float %".338", %".339"
  store float %".340", float* %"c27"
  %".342" = load float, float* %"c28"
  %".343" = fmul reassoc contract float %".240", %".208"
  %".344" = fadd reassoc contract float %".342", %".343"
  store float %".344", float* %"c28"
  %".346" = load float, float* %"c29"
  %".347" = fmul reassoc contract float %".240", %".213"
  %".348" = fadd reassoc contract float %".346", %".347"
  store float %".348", float* %"c29"
  %".350" = load float, float* %"c30"
  %".351" = fmul reassoc contract float %".240", %".218"
  %".352" = fadd reassoc contract float %".350", %".351"
  store float %".352", float* %"c30"
  %".354" = load float, float* %"c31"
  %".355" = fmul reassoc contract float %".240", %".223"
  %".356" = fadd reassoc contract float %".354", %".355"
  store float %".356", float* %"c31"
  %".358" = load float, float* %"c32"
  %".359" = fmul reassoc contract float %".257", %".188"
  %".360" = fadd reassoc contract float %".358", %".359"
  store float %".360", float* %"c32"
  %".362" = load float, float* %"c33"
  %".363" = fmul reassoc contract float %".257", %".193"
  %".364" = fadd reassoc contract float %".362", %".363"
  store float %".364", float* %"c33"
  %".366" = load float, float* %"c34"
  %".367" = fmul reassoc contract float %".257", %".198"
  %".368" = fadd reassoc contract float %".366", %".367"
  store float %".368", float* %"c34"
  %".370" = load float, float* %"c35"
  %".371" = fmul reassoc contract float %".257", %".203"
  %".372" = fadd reassoc contract float %".370", %".371"
  store float %".372", float* %"c35"
  %".374" = load float, float* %"c36"
  %".375" = fmul reassoc contract float %".257", %".208"
  %".376" = fadd reassoc contract float %".374", %".375"
  store float %".376", float* %"c36"
  %".378" = load float, float* %"c37"
  %".379" = fmul reassoc contract float %".257", %".213"
  %".380" = fadd reassoc contract float %".378", %".379"
  store float %".380", float* %"c37"
  %".382" = load float, float* %"c38"
  %".383" = fmul reassoc contract float %".257", %".218"
  %".384" = fadd reassoc contract float %".382", %".383"
  store float %".384", float* %"c38"
  %".386" = load float, float* %"c39"
  %".387" = fmul reassoc contract float %".257", %".223"
  %".388" = fadd reassoc contract float %".386", %".387"
  store float %".388", float* %"c39"
  %".390" = load float, float* %"c40"
  %".391" = fmul reassoc contract float %".274", %".188"
  %".392" = fadd reassoc contract float %".390", %".391"
  store float %".392", float* %"c40"
  %".394" = load float, float* %"c41"
  %".395" = fmul reassoc contract float %".274", %".193"
  %".396" = fadd reassoc contract float %".394", %".395"
  store float %".396", float* %"c41"
  %".398" = load float, float* %"c42"
  %".399" = fmul reassoc contract float %".274", %".198"
  %".400" = fadd reassoc contract float %".398", %".399"
  store float %".400", float* %"c42"
  %".402" = load float, float* %"c43"
  %".403" = fmul reassoc contract float %".274", %".203"
  %".404" = fadd reassoc contract float %".402", %".403"
  store float %".404", float* %"c43"
  %".406" = load float, float* %"c44"
  %".407" = fmul reassoc contract float %".274", %".208"
  %".408" = fadd reassoc contract float %".406", %".407"
  store float %".408", float* %"c44"
  %".410" = load float, float* %"c45"
  %".411" = fmul reassoc contract float %".274", %".213"
  %".412" = fadd reassoc contract float %".410", %".411"
  store float %".412", float* %"c45"
  %".414" = load float, float* %"c46"
  %".415" = fmul reassoc contract float %".274", %".218"
  %".416" = fadd reassoc contract float %".414", %".415"
  store float %".416", float* %"c46"
  %".418" = load float, float* %"c47"
  %".419" = fmul reassoc contract float %".274", %".223"
  %".420" = fadd reassoc contract float %".418", %".419"
  store float %".420", float* %"c47"
  %".422" = load float, float* %"c48"
  %".423" = fmul reassoc contract float %".291", %".188"
  %".424" = fadd reassoc contract float %".422", %".423"
  store float %".424", float* %"c48"
  %".426" = load float, float* %"c49"
  %".427" = fmul reassoc contract float %".291", %".193"
  %".428" = fadd reassoc contract float %".426", %".427"
  store float %".428", float* %"c49"
  %".430" = load float, float* %"c50"
  %".431" = fmul reassoc contract float %".291", %".198"
  %".432" = fadd reassoc contract float %".430", %".431"
  store float %".432", float* %"c50"
  %".434" = load float, float* %"c51"
  %".435" = fmul reassoc contract float %".291", %".203"
  %".436" = fadd reassoc contract float %".434", %".435"
  store float %".436", float* %"c51"
  %".438" = load float, float* %"c52"
  %".439" = fmul reassoc contract float %".291", %".208"
  %".440" = fadd reassoc contract float %".438", %".439"
  store float %".440", float* %"c52"
  %".442" = load float, float* %"c53"
  %".443" = fmul reassoc contract float %".291", %".213"
  %".444" = fadd reassoc contract float %".442", %".443"
  store float %".444", float* %"c53"
  %".446" = load float, float* %"c54"
  %".447" = fmul reassoc contract float %".291", %".218"
  %".448" = fadd reassoc contract float %".446", %".447"
  store float %".448", float* %"c54"
  %".450" = load float, float* %"c55"
  %".451" = fmul reassoc contract float %".291", %".223"
  %".452" = fadd reassoc contract float %".450", %".451"
  store float %".452", float* %"c55"
  %".454" = load float, float* %"c56"
  %".455" = fmul reassoc contract float %".308", %".188"
  %".456" = fadd reassoc contract float %".454", %".455"
  store float %".456", float* %"c56"
  %".458" = load float, float* %"c57"
  %".459" = fmul reassoc contract float %".308", %".193"
  %".460" = fadd reassoc contract float %".458", %".459"
  store float %".460", float* %"c57"
  %".462" = load float, float* %"c58"
  %".463" = fmul reassoc contract float %".308", %".198"
  %".464" = fadd reassoc contract float %".462", %".463"
  store float %".464", float* %"c58"
  %".466" = load float, float* %"c59"
  %".467" = fmul reassoc contract float %".308", %".203"
  %".468" = fadd reassoc contract float %".466", %".467"
  store float %".468", float* %"c59"
  %".470" = load float, float* %"c60"
  %".471" = fmul reassoc contract float %".308", %".208"
  %".472" = fadd reassoc contract float %".470", %".471"
  store float %".472", float* %"c60"
  %".474" = load float, float* %"c61"
  %".475" = fmul reassoc contract float %".308", %".213"
  %".476" = fadd reassoc contract float %".474", %".475"
  store float %".476", float* %"c61"
  %".478" = load float, float* %"c62"
  %".479" = fmul reassoc contract float %".308", %".218"
  %".480" = fadd reassoc contract float %".478", %".479"
  store float %".480", float* %"c62"
  %".482" = load float, float* %"c63"
  %".483" = fmul reassoc contract float %".308", %".223"
  %".484" = fadd reassoc contract float %".482", %".483"
  store float %".484", float* %"c63"
  %".486" = load float, float* %"c64"
  %".487" = fmul reassoc contract float %".325", %".188"
  %".488" = fadd reassoc contract float %".486", %".487"
  store float %".488", float* %"c64"
  %".490" = load float, float* %"c65"
  %".491" = fmul reassoc contract float %".325", %".193"
  %".492" = fadd reassoc contract float %".490", %".491"
  store float %".492", float* %"c65"
  %".494" = load float, float* %"c66"
  %".495" = fmul reassoc contract float %".325", %".198"
  %".496" = fadd reassoc contract float %".494", %".495"
  store float %".496", float* %"c66"
  %".498" = load float, float* %"c67"
  %".499" = fmul reassoc contract float %".325", %".203"
  %".500" = fadd reassoc contract float %".498", %".499"
  store float %".500", float* %"c67"
  %".502" = load float, float* %"c68"
  %".503" = fmul reassoc contract float %".325", %".208"
  %".504" = fadd reassoc contract float %".502", %".503"
  store float %".504", float* %"c68"
  %".506" = load float, float* %"c69"
  %".507" = fmul reassoc contract float %".325", %".213"
  %".508" = fadd reassoc contract float %".506", %".507"
  store float %".508", float* %"c69"
  %".510" = load float, float* %"c70"
  %".511" = fmul reassoc contract float %".325", %".218"
  %".512" = fadd reassoc contract float %".510", %".511"
  store float %".512", float* %"c70"
  %".514" = load float, float* %"c71"
  %".515" = fmul reassoc contract float %".325", %".223"
  %".516" = fadd reassoc contract float %".514", %".515"
  store float %".516", float* %"c71"
  %".518" = add nsw i32 %"c72", 1
  br label %"c72.head", !llvm.loop !1
c72.done:
  %".520" = load float, float* %"c24"
  %".521" = sext i32 %"jt23" to i64
  %".522" = mul nsw i64 %".521", 48
  %".523" = getelementptr float, float* %"scores2", i64 %".522"
  store float %".520", float* %".523"
  %".525" = load float, float* %"c25"
  %".526" = sext i32 %"jt23" to i64
  %".527" = mul nsw i64 %".526", 48
  %".528" = add nsw i64 1, %".527"
  %".529" = getelementptr float, float* %"scores2", i64 %".528"
  store float %".525", float* %".529"
  %".531" = load float, float* %"c26"
  %".532" = sext i32 %"jt23" to i64
  %".533" = mul nsw i64 %".532", 48
  %".534" = add nsw i64 2, %".533"
  %".535" = getelementptr float, float* %"scores2", i64 %".534"
  store float %".531", float* %".535"
  %".537" = load float, float* %"c27"
  %".538" = sext i32 %"jt23" to i64
  %".539" = mul nsw i64 %".538", 48
  %".540" = add nsw i64 3, %".539"
  %".541" = getelementptr float, float* %"scores2", i64 %".540"
  store float %".537", float* %".541"
  %".543" = load float, float* %"c28"
  %".544" = sext i32 %"jt23" to i64
  %".545" = mul nsw i64 %".544", 48
  %".546" = add nsw i64 4, %".545"
  %".547" = getelementptr float, float* %"scores2", i64 %".546"
  store float %".543", float* %".547"
  %".549" = load float, float* %"c29"
  %".550" = sext i32 %"jt23" to i64
  %".551" = mul nsw i64 %".550", 48
  %".552" = add nsw i64 5, %".551"
  %".553" = getelementptr float, float* %"scores2", i64 %".552"
  store float %".549", float* %".553"
  %".555" = load float, float* %"c30"
  %".556" = sext i32 %"jt23" to i64
  %".557" = mul nsw i64 %".556", 48
  %".558" = add nsw i64 6, %".557"
  %".559" = getelementptr float, float* %"scores2", i64 %".558"
  store float %".555", float* %".559"
  %".561" = load float, float* %"c31"
  %".562" = sext i32 %"jt23" to i64
  %".563" = mul nsw i64 %".562", 48
  %".564" = add nsw i64 7, %".563"
  %".565" = getelementptr float, float* %"scores2", i64 %".564"
  store float %".561", float* %".565"
  %".567" = load float, float* %"c32"
  %".568" = sext i32 %"jt23" to i64
  %".569" = mul nsw i64 %".568", 48
  %".570" = add nsw i64 8, %".569"
  %".571" = getelementptr float, float* %"scores2", i64 %".570"
  store float %".567", float* %".571"
  %".573" = load float, float* %"c33"
  %".574" = sext i32 %"jt23" to i64
  %".575" = mul nsw i64 %".574", 48
  %".576" = add nsw i64 9, %".575"
  %".577" = getelementptr float, float* %"scores2", i64 %".576"
  store float %".573", float* %".577"
  %".579" = load float, float* %"c34"
  %".580" = sext i32 %"jt23" to i64
  %".581" = mul nsw i64 %".580", 48
  %".582" = add nsw i64 10, %".581"
  %".583" = getelementptr float, float* %"scores2", i64 %".582"
  store float %".579", float* %".583"
  %".585" = load float, float* %"c35"
  %".586" = sext i32 %"jt23" to i64
  %".587" = mul nsw i64 %".586", 48
  %".588" = add nsw i64 11, %".587"
  %".589" = getelementptr float, float* %"scores2", i64 %".588"
  store float %".585", float* %".589"
  %".591" = load float, float* %"c36"
  %".592" = sext i32 %"jt23" to i64
  %".593" = mul nsw i64 %".592", 48
  %".594" = add nsw i64 12, %".593"
  %".595" = getelementptr float, float* %"scores2", i64 %".594"
  store float %".591", float* %".595"
  %".597" = load float, float* %"c37"
  %".598" = sext i32 %"jt23" to i64
  %".599" = mul nsw i64 %".598", 48
  %".600" = add nsw i64 13, %".599"
  %".601" = getelementptr float, float* %"scores2", i64 %".600"
  store float %".597", float* %".601"
  %".603" = load float, float* %"c38"
  %".604" = sext i32 %"jt23" to i64
  %".605" = mul nsw i64 %".604", 48
  %".606" = add nsw i64 14, %".605"
  %".607" = getelementptr float, float* %"scores2", i64 %".606"
  store float %".603", float* %".607"
  %".609" = load float, float* %"c39"
  %".610" = sext i32 %"jt23" to i64
  %".611" = mul nsw i64 %".610", 48
  %".612" = add nsw i64 15, %".611"
  %".613" = getelementptr float, float* %"scores2", i64 %".612"
  store float %".609", float* %".613"
  %".615" = load float, float* %"c40"
  %".616" = sext i32 %"jt23" to i64
  %".617" = mul nsw i64 %".616", 48
  %".618" = add nsw i64 16, %".617"
  %".619" = getelementptr float, float* %"scores2", i64 %".618"
  store float %".615", float* %".619"
  %".621" = load float, float* %"c41"
  %".622" = sext i32 %"jt23" to i64
  %".623" = mul nsw i64 %".622", 48
  %".624" = add nsw i64 17, %".623"
  %".625" = getelementptr float, float* %"scores2", i64 %".624"
  store float %".621", float* %".625"
  %".627" = load float, float* %"c42"
  %".628" = sext i32 %"jt23" to i64
  %".629" = mul nsw i64 %".628", 48
  %".630" = add nsw i64 18, %".629"
  %".631" = getelementptr float, float* %"scores2", i64 %".630"
  store float %".627", float* %".631"
  %".633" = load float, float* %"c43"
  %".634" = sext i32 %"jt23" to i64
  %".635" = mul nsw i64 %".634", 48
  %".636" = add nsw i64 19, %".635"
  %".637" = getelementptr float, float* %"scores2", i64 %".636"
  store float %".633", float* %".637"
  %".639" = load float, float* %"c44"
  %".640" = sext i32 %"jt23" to i64
  %".641" = mul nsw i64 %".640", 48
  %".642" = add nsw i64 20, %".641"
  %".643" = getelementptr float, float* %"scores2", i64 %".642"
  store float %".639", float* %".643"
  %".645" = load float, float* %"c45"
  %".646" = sext i32 %"jt23" to i64
  %".647" = mul nsw i64 %".646", 48
  %".648" = add nsw i64 21, %".647"
  %".649" = getelementptr float, float* %"scores2", i64 %".648"
  store float %".645", float* %".649"
  %".651" = load float, float* %"c46"
  %".652" = sext i32 %"jt23" to i64
  %".653" = mul nsw i64 %".652", 48
  %".654" = add nsw i64 22, %".653"
  %".655" = getelementptr float, float* %"scores2", i64 %".654"
  store float %".651", float* %".655"
  %".657" = load float, float* %"c47"
  %".658" = sext i32 %"jt23" to i64
  %".659" = mul nsw i64 %".658", 48
  %".660" = add nsw i64 23, %".659"
  %".661" = getelementptr float, float* %"scores2", i64 %".660"
  store float %".657", float* %".661"
  %".663" = load float, float* %"c48"
  %".664" = sext i32 %"jt23" to i64
  %".665" = mul nsw i64 %".664", 48
  %".666" = add nsw i64 24, %".665"
  %".667" = getelementptr float, float* %"scores2", i64 %".666"
  store float %".663", float* %".667"
  %".669" = load float, float* %"c49"
  %".670" = sext i32 %"jt23" to i64
  %".671" = mul nsw i64 %".670", 48
  %".672" = add nsw i64 25, %".671"
  %".673" = getelementptr float, float* %"scores2", i64 %".672"
  store float %".669", float* %".673"
  %".675" = load float, float* %"c50"
  %".676" = sext i32 %"jt23" to i64
  %".677" = mul nsw i64 %".676", 48
  %".678" = add nsw i64 26, %".677"
  %".679" = getelementptr float, float* %"scores2", i64 %".678"
  store float %".675", float* %".679"
  %".681" = load float, float* %"c51"
  %".682" = sext i32 %"jt23" to i64
  %".683" = mul nsw i64 %".682", 48
  %".684" = add nsw i64 27, %".683"
  %".685" = getelementptr float, float* %"scores2", i64 %".684"
  store float %".681", float* %".685"
  %".687" = load float, float* %"c52"
  %".688" = sext i32 %"jt23" to i64
  %".689" = mul nsw i64 %".688", 48
  %".690" = add nsw i64 28, %".689"
  %".691" = getelementptr float, float* %"scores2", i64 %".690"
  store float %".687", float* %".691"
  %".693" = load float, float* %"c53"
  %".694" = sext i32 %"jt23" to i64
  %".695" = mul nsw i64 %".694", 48
  %".696" = add nsw i64 29, %".695"
  %".697" = getelementptr float, float* %"scores2", i64 %".696"
  store float %".693", float* %".697"
  %".699" = load float, float* %"c54"
  %".700" = sext i32 %"jt23" to i64
  %".701" = mul nsw i64 %".700", 48
  %".702" = add nsw i64 30, %".701"
  %".703" = getelementptr float, float* %"scores2", i64 %".702"
  store float %".699", float* %".703"
  %".705" = load float, float* %"c55"
  %".706" = sext i32 %"jt23" to i64
  %".707" = mul nsw i64 %".706", 48
  %".708" = add nsw i64 31, %".707"
  %".709" = getelementptr float, float* %"scores2", i64 %".708"
  store float %".705", float* %".709"
  %".711" = load float, float* %"c56"
  %".712" = sext i32 %"jt23" to i64
  %".713" = mul nsw i64 %".712", 48
  %".714" = add nsw i64 32, %".713"
  %".715" = getelementptr float, float* %"scores2", i64 %".714"
  store float %".711", float* %".715"
  %".717" = load float, float* %"c57"
  %".718" = sext i32 %"jt23" to i64
  %".719" = mul nsw i64 %".718", 48
  %".720" = add nsw i64 33, %".719"
  %".721" = getelementptr float, float* %"scores2", i64 %".720"
  store float %".717", float* %".721"
  %".723" = load float, float* %"c58"
  %".724" = sext i32 %"jt23" to i64
  %".725" = mul nsw i64 %".724", 48
  %".726" = add nsw i64 34, %".725"
  %".727" = getelementptr float, float* %"scores2", i64 %".726"
  store float %".723", float* %".727"
  %".729" = load float, float* %"c59"
  %".730" = sext i32 %"jt23" to i64
  %".731" = mul nsw i64 %".730", 48
  %".732" = add nsw i64 35, %".731"
  %".733" = getelementptr float, float* %"scores2", i64 %".732"
  store float %".729", float* %".733"
  %".735" = load float, float* %"c60"
  %".736" = sext i32 %"jt23" to i64
  %".737" = mul nsw i64 %".736", 48
  %".738" = add nsw i64 36, %".737"
  %".739" = getelementptr float, float* %"scores2", i64 %".738"
  store float %".735", float* %".739"
  %".741" = load float, float* %"c61"
  %".742" = sext i32 %"jt23" to i64
  %".743" = mul nsw i64 %".742", 48
  %".744" = add nsw i64 37, %".743"
  %".745" = getelementptr float, float* %"scores2", i64 %".744"
  store float %".741", float* %".745"
  %".747" = load float, float* %"c62"
  %".748" = sext i32 %"jt23" to i64
  %".749" = mul nsw i64 %".748", 48
  %".750" = add nsw i64 38, %".749"
  %".751" = getelementptr float, float* %"scores2", i64 %".750"
  store float %".747", float* %".751"
  %".753" = load float, float* %"c63"
  %".754" = sext i32 %"jt23" to i64
  %".755" = mul nsw i64 %".754", 48
  %".756" = add nsw i64 39, %".755"
  %".757" = getelementptr float, float* %"scores2", i64 %".756"
  store float %".753", float* %".757"
  %".759" = load float, float* %"c64"
  %".760" = sext i32 %"jt23" to i64
  %".761" = mul nsw i64 %".760", 48
  %".762" = add nsw i64 40, %".761"
  %".763" = getelementptr float, float* %"scores2", i64 %".762"
  store float %".759", float* %".763"
  %".765" = load float, float* %"c65"
  %".766" = sext i32 %"jt23" to i64
  %".767" = mul nsw i64 %".766", 48
  %".768" = add nsw i64 41, %".767"
  %".769" = getelementptr float, float* %"scores2", i64 %".768"
  store float %".765", float* %".769"
  %".771" = load float, float* %"c66"
  %".772" = sext i32 %"jt23" to i64
  %".773" = mul nsw i64 %".772", 48
  %".774" = add nsw i64 42, %".773"
  %".775" = getelementptr float, float* %"scores2", i64 %".774"
  store float %".771", float* %".775"
  %".777" = load float, float* %"c67"
  %".778" = sext i32 %"jt23" to i64
  %".779" = mul nsw i64 %".778", 48
  %".780" = add nsw i64 43, %".779"
  %".781" = getelementptr float, float* %"scores2", i64 %".780"
  store float %".777", float* %".781"
  %".783" = load float, float* %"c68"
  %".784" = sext i32 %"jt23" to i64
  %".785" = mul nsw i64 %".784", 48
  %".786" = add nsw i64 44, %".785"
  %".787" = getelementptr float, float* %"scores2", i64 %".786"
  store float %".783", float* %".787"
  %".789" = load float, float* %"c69"
  %".790" = sext i32 %"jt23" to i64
  %".791" = mul nsw i64 %".790", 48
  %".792" = add nsw i64 45, %".791"
  %".793" = getelementptr float, float* %"scores2", i64 %".792"
  store float %".789", float* %".793"
  %".795" = load float, float* %"c70"
  %".796" = sext i32 %"jt23" to i64
  %".797" = mul nsw i64 %".796", 48
  %".798" = add nsw i64 46, %".797"
  %".799" = getelementptr float, float* %"scores2", i64 %".798"
  store float %".795", float* %".799"
  %".801" = load float, float* %"c71"
  %".802" = sext i32 %"jt23" to i64
  %".803" = mul nsw i64 %".802", 48
  %".804" = add nsw i64 47, %".803"
  %".805" = getelementptr float, float* %"scores2", i64 %".804"
  store float %".801", float* %".805"
  %".807" = add nsw i32 %"jt23", 1
  br label %"jt23.head"
then.2:
  br label %"jt87.head"
endif.2:
  br label %"r151.head"
jt87.head:
  %"jt87" = phi  i32 [0, %"then.2"], [%".1525", %"c136.done"]
  %".815" = icmp slt i32 %"jt87", 8
  br i1 %".815", label %"jt87.body", label %"jt87.done"
jt87.body:
  store float              0x0, float* %"c88"
  store float              0x0, float* %"c89"
  store float              0x0, float* %"c90"
  store float              0x0, float* %"c91"
  store float              0x0, float* %"c92"
  store float              0x0, float* %"c93"
  store float              0x0, float* %"c94"
  store float              0x0, float* %"c95"
  store float              0x0, float* %"c96"
  store float              0x0, float* %"c97"
  store float              0x0, float* %"c98"
  store float              0x0, float* %"c99"
  store float              0x0, float* %"c100"
  store float              0x0, float* %"c101"
  store float              0x0, float* %"c102"
  store float              0x0, float* %"c103"
  store float              0x0, float* %"c104"
  store float              0x0, float* %"c105"
  store float              0x0, float* %"c106"
  store float              0x0, float* %"c107"
  store float              0x0, float* %"c108"
  store float              0x0, float* %"c109"
  store float              0x0, float* %"c110"
  store float              0x0, float* %"c111"
  store float              0x0, float* %"c112"
  store float              0x0, float* %"c113"
  store float              0x0, float* %"c114"
  store float              0x0, float* %"c115"
  store float              0x0, float* %"c116"
  store float              0x0, float* %"c117"
  store float              0x0, float* %"c118"
  store float              0x0, float* %"c119"
  store float              0x0, float* %"c120"
  store float              0x0, float* %"c121"
  store float              0x0, float* %"c122"
  store float              0x0, float* %"c123"
  store float              0x0, float* %"c124"
  store float              0x0, float* %"c125"
  store float              0x0, float* %"c126"
  store float              0x0, float* %"c127"
  store float              0x0, float* %"c128"
  store float              0x0, float* %"c129"
  store float              0x0, float* %"c130"
  store float              0x0, float* %"c131"
  store float              0x0, float* %"c132"
  store float              0x0, float* %"c133"
  store float              0x0, float* %"c134"
  store float              0x0, float* %"c135"
  br label %"c136.head"
jt87.done:
  br label %"endif.2"
c136.head:
  %"c136" = phi  i32 [0, %"jt87.body"], [%".1236", %"c136.body"]
  %".866" = icmp slt i32 %"c136", 16
  br i1 %".866", label %"c136.body", label %"c136.done"
c136.body:
  %".868" = sext i32 %"c136" to i64
  %".869" = mul nsw i64 %".868", 8
  %".870" = getelementptr float, float* %"queries1", i64 %".869"
  %".871" = load float, float* %".870"
  %".872" = sext i32 %"c136" to i64
  %".873" = mul nsw i64 %".872", 8
  %".874" = add nsw i64 1, %".873"
  %".875" = getelementptr float, float* %"queries1", i64 %".874"
  %".876" = load float, float* %".875"
  %".877" = sext i32 %"c136" to i64
  %".878" = mul nsw i64 %".877", 8
  %".879" = add nsw i64 2, %".878"
  %".880" = getelementptr float, float* %"queries1", i64 %".879"
  %".881" = load float, float* %".880"
  %".882" = sext i32 %"c136" to i64
  %".883" = mul nsw i64 %".882", 8
  %".884" = add nsw i64 3, %".883"
  %".885" = getelementptr float, float* %"queries1", i64 %".884"
  %".886" = load float, float* %".885"
  %".887" = sext i32 %"c136" to i64
  %".888" = mul nsw i64 %".887", 8
  %".889" = add nsw i64 4, %".888"
  %".890" = getelementptr float, float* %"queries1", i64 %".889"
  %".891" = load float, float* %".890"
  %".892" = sext i32 %"c136" to i64
  %".893" = mul nsw i64 %".892", 8
  %".894" = add nsw i64 5, %".893"
  %".895" = getelementptr float, float* %"queries1", i64 %".894"
  %".896" = load float, float* %".895"
  %".897" = sext i32 %"c136" to i64
  %".898" = mul nsw i64 %".897", 8
  %".899" = add nsw i64 6, %".898"
  %".900" = getelementptr float, float* %"queries1", i64 %".899"
  %".901" = load float, float* %".900"
  %".902" = sext i32 %"c136" to i64
  %".903" = mul nsw i64 %".902", 8
  %".904" = add nsw i64 7, %".903"
  %".905" = getelementptr float, float* %"queries1", i64 %".904"
  %".906" = load float, float* %".905"
  %".907" = sext i32 %"c136" to i64
  %".908" = add nsw i64 32, %".907"
  %".909" = sext i32 %"jt87" to i64
  %".910" = mul nsw i64 %".909", 576
  %".911" = add nsw i64 %".908", %".910"
  %".912" = sext i32 %"kb15" to i64
  %".913" = mul nsw i64 %".912", 96
  %".914" = add nsw i64 %".911", %".913"
  %".915" = sext i32 %"panel" to i64
  %".916" = sext i32 %"n" to i64
  %".917" = add nsw i64 7, %".916"
  %".918" = sdiv i64 %".917", 8
  %".919" = sdiv i64 %".915", %".918"
  %".920" = mul nsw i64 %".919", 16
  %".921" = add nsw i64 %".914", %".920"
  %".922" = mul i32 %"jt87", 6
  %".923" = add i32 %".922", %"kb15"
  %".924" = icmp slt i32 %".923", %"n"
  %".925" = select  i1 %".924", i64 %".921", i64 0
  %".926" = getelementptr float, float* %"b1", i64 %".925"
  %".927" = load float, float* %".926"
  %".928" = select  i1 %".924", float %".927", float              0x0
  %".929" = sext i32 %"c136" to i64
  %".930" = add nsw i64 128, %".929"
  %".931" = sext i32 %"jt87" to i64
  %".932" = mul nsw i64 %".931", 576
  %".933" = add nsw i64 %".930", %".932"
  %".934" = sext i32 %"kb15" to i64
  %".935" = mul nsw i64 %".934", 96
  %".936" = add nsw i64 %".933", %".935"
  %".937" = sext i32 %"panel" to i64
  %".938" = sext i32 %"n" to i64
  %".939" = add nsw i64 7, %".938"
  %".940" = sdiv i64 %".939", 8
  %".941" = sdiv i64 %".937", %".940"
  %".942" = mul nsw i64 %".941", 16
  %".943" = add nsw i64 %".936", %".942"
  %".944" = mul i32 %"jt87", 6
  %".945" = add i32 1, %".944"
  %".946" = add i32 %".945", %"kb15"
  %".947" = icmp slt i32 %".946", %"n"
  %".948" = select  i1 %".947", i64 %".943", i64 0
  %".949" = getelementptr float, float* %"b1", i64 %".948"
  %".950" = load float, float* %".949"
  %".951" = select  i1 %".947", float %".950", float              0x0
  %".952" = sext i32 %"c136" to i64
  %".953" = add nsw i64 224, %".952"
  %".954" = sext i32 %"jt87" to i64
  %".955" = mul nsw i64 %".954", 576
  %".956" = add nsw i64 %".953", %".955"
  %".957" = sext i32 %"kb15" to i64
  %".958" = mul nsw i64 %".957", 96
  %".959" = add nsw i64 %".956", %".958"
  %".960" = sext i32 %"panel" to i64
  %".961" = sext i32 %"n" to i64
  %".962" = add nsw i64 7, %".961"
  %".963" = sdiv i64 %".962", 8
  %".964" = sdiv i64 %".960", %".963"
  %".965" = mul nsw i64 %".964", 16
  %".966" = add nsw i64 %".959", %".965"
  %".967" = mul i32 %"jt87", 6
  %".968" = add i32 2, %".967"
  %".969" = add i32 %".968", %"kb15"
  %".970" = icmp slt i32 %".969", %"n"
  %".971" = select  i1 %".970", i64 %".966", i64 0
  %".972" = getelementptr float, float* %"b1", i64 %".971"
  %".973" = load float, float* %".972"
  %".974" = select  i1 %".970", float %".973", float              0x0
  %".975" = sext i32 %"c136" to i64
  %".976" = add nsw i64 320, %".975"
  %".977" = sext i32 %"jt87" to i64
  %".978" = mul nsw i64 %".977", 576
  %".979" = add nsw i64 %".976", %".978"
  %".980" = sext i32 %"kb15" to i64
  %".981" = mul nsw i64 %".980", 96
  %".982" = add nsw i64 %".979", %".981"
  %".983" = sext i32 %"panel" to i64
  %".984" = sext i32 %"n" to i64
  %".985" = add nsw i64 7, %".984"
  %".986" = sdiv i64 %".985", 8
  %".987" = sdiv i64 %".983", %".986"
  %".988" = mul nsw i64 %".987", 16
  %".989" = add nsw i64 %".982", %".988"
  %".990" = mul i32 %"jt87", 6
  %".991" = add i32 3, %".990"
  %".992" = add i32 %".991", %"kb15"
  %".993" = icmp slt i32 %".992", %"n"
  %".994" = select  i1 %".993", i64 %".989", i64 0
  %".995" = getelementptr float, float* %"b1", i64 %".994"
  %".996" = load float, float* %".995"
  %".997" = select  i1 %".993", float %".996", float              0x0
  %".998" = sext i32 %"c136" to i64
  %".999" = add nsw i64 416, %".998"
  %".1000" = sext i32 %"jt87" to i64
  %".1001" = mul nsw i64 %".1000", 576
  %".1002" = add nsw i64 %".999", %".1001"
  %".1003" = sext i32 %"kb15" to i64
  %".1004" = mul nsw i64 %".1003", 96
  %".1005" = add nsw i64 %".1002", %".1004"
  %".1006" = sext i32 %"panel" to i64
  %".1007" = sext i32 %"n" to i64
  %".1008" = add nsw i64 7, %".1007"
  %".1009" = sdiv i64 %".1008", 8
  %".1010" = sdiv i64 %".1006", %".1009"
  %".1011" = mul nsw i64 %".1010", 16
  %".1012" = add nsw i64 %".1005", %".1011"
  %".1013" = mul i32 %"jt87", 6
  %".1014" = add i32 4, %".1013"
  %".1015" = add i32 %".1014", %"kb15"
  %".1016" = icmp slt i32 %".1015", %"n"
  %".1017" = select  i1 %".1016", i64 %".1012", i64 0
  %".1018" = getelementptr float, float* %"b1", i64 %".1017"
  %".1019" = load float, float* %".1018"
  %".1020" = select  i1 %".1016", float %".1019", float              0x0
  %".1021" = sext i32 %"c136" to i64
  %".1022" = add nsw i64 512, %".1021"
  %".1023" = sext i32 %"jt87" to i64
  %".1024" = mul nsw i64 %".1023", 576
  %".1025" = add nsw i64 %".1022", %".1024"
  %".1026" = sext i32 %"kb15" to i64
  %".1027" = mul nsw i64 %".1026", 96
  %".1028" = add nsw i64 %".1025", %".1027"
  %".1029" = sext i32 %"panel" to i64
  %".1030" = sext i32 %"n" to i64
  %".1031" = add nsw i64 7, %".1030"
  %".1032" = sdiv i64 %".1031", 8
  %".1033" = sdiv i64 %".1029", %".1032"
  %".1034" = mul nsw i64 %".1033", 16
  %".1035" = add nsw i64 %".1028", %".1034"
  %".1036" = mul i32 %"jt87", 6
  %".1037" = add i32 5, %".1036"
  %".1038" = add i32 %".1037", %"kb15"
  %".1039" = icmp slt i32 %".1038", %"n"
  %".1040" = select  i1 %".1039", i64 %".1035", i64 0
  %".1041" = getelementptr float, float* %"b1", i64 %".1040"
  %".1042" = load float, float* %".1041"
  %".1043" = select  i1 %".1039", float %".1042", float              0x0
  %".1044" = load float, float* %"c88"
  %".1045" = fmul reassoc contract float %".928", %".871"
  %".1046" = fadd reassoc contract float %".1044", %".1045"
  store float %".1046", float* %"c88"
  %".1048" = load float, float* %"c89"
  %".1049" = fmul reassoc contract float %".928", %".876"
  %".1050" = fadd reassoc contract float %".1048", %".1049"
  store float %".1050", float* %"c89"
  %".1052" = load float, float* %"c90"
  %".1053" = fmul reassoc contract float %".928", %".881"
  %".1054" = fadd reassoc contract float %".1052", %".1053"
  store float %".1054", float* %"c90"
  %".1056" = load float, float* %"c91"
  %".1057" = fmul reassoc contract float %".928", %".886"
  %".1058" = fadd reassoc contract float %".1056", %".1057"
  store float %".1058", float* %"c91"
  %".1060" = load float, float* %"c92"
  %".1061" = fmul reassoc contract float %".928", %".891"
  %".1062" = fadd reassoc contract float %".1060", %".1061"
  store float %".1062", float* %"c92"
  %".1064" = load float, float* %"c93"
  %".1065" = fmul reassoc contract float %".928", %".896"
  %".1066" = fadd reassoc contract float %".1064", %".1065"
  store float %".1066", float* %"c93"
  %".1068" = load float, float* %"c94"
  %".1069" = fmul reassoc contract float %".928", %".901"
  %".1070" = fadd reassoc contract float %".1068", %".1069"
  store float %".1070", float* %"c94"
  %".1072" = load float, float* %"c95"
  %".1073" = fmul reassoc contract float %".928", %".906"
  %".1074" = fadd reassoc contract float %".1072", %".1073"
  store float %".1074", float* %"c95"
  %".1076" = load float, float* %"c96"
  %".1077" = fmul reassoc contract float %".951", %".871"
  %".1078" = fadd reassoc contract float %".1076", %".1077"
  store float %".1078", float* %"c96"
  %".1080" = load float, float* %"c97"
  %".1081" = fmul reassoc contract float %".951", %".876"
  %".1082" = fadd reassoc contract float %".1080", %".1081"
  store float %".1082", float* %"c97"
  %".1084" = load float, float* %"c98"
  %".1085" = fmul reassoc contract float %".951", %".881"
  %".1086" = fadd reassoc contract float %".1084", %".1085"
  store float %".1086", float* %"c98"
  %".1088" = load float, float* %"c99"
  %".1089" = fmul reassoc contract float %".951", %".886"
  %".1090" = fadd reassoc contract float %".1088", %".1089"
  store float %".1090", float* %"c99"
  %".1092" = load float, float* %"c100"
  %".1093" = fmul reassoc contract float %".951", %".891"
  %".1094" = fadd reassoc contract float %".1092", %".1093"
  store float %".1094", float* %"c100"
  %".1096" = load float, float* %"c101"
  %".1097" = fmul reassoc contract float %".951", %".896"
  %".1098" = fadd reassoc contract float %".1096", %".1097"
  store float %".1098", float* %"c101"
  %".1100" = load float, float* %"c102"
  %".1101" = fmul reassoc contract float %".951", %".901"
  %".1102" = fadd reassoc contract float %".1100", %".1101"
  store float %".1102", float* %"c102"
  %".1104" = load float, float* %"c103"
  %".1105" = fmul reassoc contract float %".951", %".906"
  %".1106" = fadd reassoc contract float %".1104", %".1105"
  store float %".1106", float* %"c103"
  %".1108" = load float, float* %"c104"
  %".1109" = fmul reassoc contract float %".974", %".871"
  %".1110" = fadd reassoc contract float %".1108", %".1109"
  store float %".1110", float* %"c104"
  %".1112" = load float, float* %"c105"
  %".1113" = fmul reassoc contract float %".974", %".876"
  %".1114" = fadd reassoc contract float %".1112", %".1113"
  store float %".1114", float* %"c105"
  %".1116" = load float, float* %"c106"
  %".1117" = fmul reassoc contract float %".974", %".881"
  %".1118" = fadd reassoc contract float %".1116", %".1117"
  store float %".1118", float* %"c106"
  %".1120" = load float, float* %"c107"
  %".1121" = fmul reassoc contract float %".974", %".886"
  %".1122" = fadd reassoc contract float %".1120", %".1121"
  store float %".1122", float* %"c107"
  %".1124" = load float, float* %"c108"
  %".1125" = fmul reassoc contract float %".974", %".891"
  %".1126" = fadd reassoc contract float %".1124", %".1125"
  store float %".1126", float* %"c108"
  %".1128" = load float, float* %"c109"
  %".1129" = fmul reassoc contract float %".974", %".896"
  %".1130" = fadd reassoc contract float %".1128", %".1129"
  store float %".1130", float* %"c109"
  %".1132" = load float, float* %"c110"
  %".1133" = fmul reassoc contract float %".974", %".901"
  %".1134" = fadd reassoc contract float %".1132", %".1133"
  store float %".1134", float* %"c110"
  %".1136" = load float, float* %"c111"
  %".1137" = fmul reassoc contract float %".974", %".906"
  %".1138" = fadd reassoc contract float %".1136", %".1137"
  store float %".1138", float* %"c111"
  %".1140" = load float, float* %"c112"
  %".1141" = fmul reassoc contract float %".997", %".871"
  %".1142" = fadd reassoc contract float %".1140", %".1141"
  store float %".1142", float* %"c112"
  %".1144" = load float, float* %"c113"
  %".1145" = fmul reassoc contract float %".997", %".876"
  %".1146" = fadd reassoc contract float %".1144", %".1145"
  store float %".1146", float* %"c113"
  %".1148" = load float, float* %"c114"
  %".1149" = fmul reassoc contract float %".997", %".881"
  %".1150" = fadd reassoc contract float %".1148", %".1149"
  store float %".1150", float* %"c114"
  %".1152" = load float, float* %"c115"
  %".1153" = fmul reassoc contract float %".997", %".886"
  %".1154" = fadd reassoc contract float %".1152", %".1153"
  store float %".1154", float* %"c115"
  %".1156" = load float, float* %"c116"
  %".1157" = fmul reassoc contract float %".997", %".891"
  %".1158" = fadd reassoc contract float %".1156", %".1157"
  store float %".1158", float* %"c116"
  %".1160" = load float, float* %"c117"
  %".1161" = fmul reassoc contract float %".997", %".896"
  %".1162" = fadd reassoc contract float %".1160", %".1161"
  store float %".1162", float* %"c117"
  %".1164" = load float, float* %"c118"
  %".1165" = fmul reassoc contract float %".997", %".901"
  %".1166" = fadd reassoc contract float %".1164", %".1165"
  store float %".1166", float* %"c118"
  %".1168" = load float, float* %"c119"
  %".1169" = fmul reassoc contract float %".997", %".906"
  %".1170" = fadd reassoc contract float %".1168", %".1169"
  store float %".1170", float* %"c119"
  %".1172" = load float, float* %"c120"
  %".1173" = fmul reassoc contract float %".1020", %".871"
  %".1174" = fadd reassoc contract float %".1172", %".1173"
  store float %".1174", float* %"c120"
  %".1176" = load float, float* %"c121"
  %".1177" = fmul reassoc contract float %".1020", %".876"
  %".1178" = fadd reassoc contract float %".1176", %".1177"
  store float %".1178", float* %"c121"
  %".1180" = load float, float* %"c122"
  %".1181" = fmul reassoc contract float %".1020", %".881"
  %".1182" = fadd reassoc contract float %".1180", %".1181"
  store float %".1182", float* %"c122"
  %".1184" = load float, float* %"c123"
  %".1185" = fmul reassoc contract float %".1020", %".886"
  %".1186" = fadd reassoc contract float %".1184", %".1185"
  store float %".1186", float* %"c123"
  %".1188" = load float, float* %"c124"
  %".1189" = fmul reassoc contract float %".1020", %".891"
  %".1190" = fadd reassoc contract float %".1188", %".1189"
  store float %".1190", float* %"c124"
  %".1192" = load float, float* %"c125"
  %".1193" = fmul reassoc contract float %".1020", %".896"
  %".1194" = fadd reassoc contract float %".1192", %".1193"
  store float %".1194", float* %"c125"
  %".1196" = load float, float* %"c126"
  %".1197" = fmul reassoc contract float %".1020", %".901"
  %".1198" = fadd reassoc contract float %".1196", %".1197"
  store float %".1198", float* %"c126"
  %".1200" = load float, float* %"c127"
  %".1201" = fmul reassoc contract float %".1020", %".906"
  %".1202" = fadd reassoc contract float %".1200", %".1201"
  store float %".1202", float* %"c127"
  %".1204" = load float, float* %"c128"
  %".1205" = fmul reassoc contract float %".1043", %".871"
  %".1206" = fadd reassoc contract float %".1204", %".1205"
  store float %".1206", float* %"c128"
  %".1208" = load float, float* %"c129"
  %".1209" = fmul reassoc contract float %".1043", %".876"
  %".1210" = fadd reassoc contract float %".1208", %".1209"
  store float %".1210", float* %"c129"
  %".1212" = load float, float* %"c130"
  %".1213" = fmul reassoc contract float %".1043", %".881"
  %".1214" = fadd reassoc contract float %".1212", %".1213"
  store float %".1214", float* %"c130"
  %".1216" = load float, float* %"c131"
  %".1217" = fmul reassoc contract float %".1043", %".886"
  %".1218" = fadd reassoc contract float %".1216", %".1217"
  store float %".1218", float* %"c131"
  %".1220" = load float, float* %"c132"
  %".1221" = fmul reassoc contract float %".1043", %".891"
  %".1222" = fadd reassoc contract float %".1220", %".1221"
  store float %".1222", float* %"c132"
  %".1224" = load float, float* %"c133"
  %".1225" = fmul reassoc contract float %".1043", %".896"
  %".1226" = fadd reassoc contract float %".1224", %".1225"
  store float %".1226", float* %"c133"
  %".1228" = load float, float* %"c134"
  %".1229" = fmul reassoc contract float %".1043", %".901"
  %".1230" = fadd reassoc contract float %".1228", %".1229"
  store float %".1230", float* %"c134"
  %".1232" = load float, float* %"c135"
  %".1233" = fmul reassoc contract float %".1043", %".906"
  %".1234" = fadd reassoc contract float %".1232", %".1233"
  store float %".1234", float* %"c135"
  %".1236" = add nsw i32 %"c136", 1
  br label %"c136.head", !llvm.loop !2
c136.done:
  %".1238" = load float, float* %"c88"
  %".1239" = sext i32 %"jt87" to i64
  %".1240" = mul nsw i64 %".1239", 48
  %".1241" = getelementptr float, float* %"scores2", i64 %".1240"
  store float %".1238", float* %".1241"
  %".1243" = load float, float* %"c89"
  %".1244" = sext i32 %"jt87" to i64
  %".1245" = mul nsw i64 %".1244", 48
  %".1246" = add nsw i64 1, %".1245"
  %".1247" = getelementptr float, float* %"scores2", i64 %".1246"
  store float %".1243", float* %".1247"
  %".1249" = load float, float* %"c90"
  %".1250" = sext i32 %"jt87" to i64
  %".1251" = mul nsw i64 %".1250", 48
  %".1252" = add nsw i64 2, %".1251"
  %".1253" = getelementptr float, float* %"scores2", i64 %".1252"
  store float %".1249", float* %".1253"
  %".1255" = load float, float* %"c91"
  %".1256" = sext i32 %"jt87" to i64
  %".1257" = mul nsw i64 %".1256", 48
  %".1258" = add nsw i64 3, %".1257"
  %".1259" = getelementptr float, float* %"scores2", i64 %".1258"
  store float %".1255", float* %".1259"
  %".1261" = load float, float* %"c92"
  %".1262" = sext i32 %"jt87" to i64
  %".1263" = mul nsw i64 %".1262", 48
  %".1264" = add nsw i64 4, %".1263"
  %".1265" = getelementptr float, float* %"scores2", i64 %".1264"
  store float %".1261", float* %".1265"
  %".1267" = load float, float* %"c93"
  %".1268" = sext i32 %"jt87" to i64
  %".1269" = mul nsw i64 %".1268", 48
  %".1270" = add nsw i64 5, %".1269"
  %".1271" = getelementptr float, float* %"scores2", i64 %".1270"
  store float %".1267", float* %".1271"
  %".1273" = load float, float* %"c94"
  %".1274" = sext i32 %"jt87" to i64
  %".1275" = mul nsw i64 %".1274", 48
  %".1276" = add nsw i64 6, %".1275"
  %".1277" = getelementptr float, float* %"scores2", i64 %".1276"
  store float %".1273", float* %".1277"
  %".1279" = load float, float* %"c95"
  %".1280" = sext i32 %"jt87" to i64
  %".1281" = mul nsw i64 %".1280", 48
  %".1282" = add nsw i64 7, %".1281"
  %".1283" = getelementptr float, float* %"scores2", i64 %".1282"
  store float %".1279", float* %".1283"
  %".1285" = load float, float* %"c96"
  %".1286" = sext i32 %"jt87" to i64
  %".1287" = mul nsw i64 %".1286", 48
  %".1288" = add nsw i64 8, %".1287"
  %".1289" = getelementptr float, float* %"scores2", i64 %".1288"
  store float %".1285", float* %".1289"
  %".1291" = load float, float* %"c97"
  %".1292" = sext i32 %"jt87" to i64
  %".1293" = mul nsw i64 %".1292", 48
  %".1294" = add nsw i64 9, %".1293"
  %".1295" = getelementptr float, float* %"scores2", i64 %".1294"
  store float %".1291", float* %".1295"
  %".1297" = load float, float* %"c98"
  %".1298" = sext i32 %"jt87" to i64
  %".1299" = mul nsw i64 %".1298", 48
  %".1300" = add nsw i64 10, %".1299"
  %".1301" = getelementptr float, float* %"scores2", i64 %".1300"
  store float %".1297", float* %".1301"
  %".1303" = load float, float* %"c99"
  %".1304" = sext i32 %"jt87" to i64
  %".1305" = mul nsw i64 %".1304", 48
  %".1306" = add nsw i64 11, %".1305"
  %".1307" = getelementptr float, float* %"scores2", i64 %".1306"
  store float %".1303", float* %".1307"
  %".1309" = load float, float* %"c100"
  %".1310" = sext i32 %"jt87" to i64
  %".1311" = mul nsw i64 %".1310", 48
  %".1312" = add nsw i64 12, %".1311"
  %".1313" = getelementptr float, float* %"scores2", i64 %".1312"
  store float %".1309", float* %".1313"
  %".1315" = load float, float* %"c101"
  %".1316" = sext i32 %"jt87" to i64
  %".1317" = mul nsw i64 %".1316", 48
  %".1318" = add nsw i64 13, %".1317"
  %".1319" = getelementptr float, float* %"scores2", i64 %".1318"
  store float %".1315", float* %".1319"
  %".1321" = load float, float* %"c102"
  %".1322" = sext i32 %"jt87" to i64
  %".1323" = mul nsw i64 %".1322", 48
  %".1324" = add nsw i64 14, %".1323"
  %".1325" = getelementptr float, float* %"scores2", i64 %".1324"
  store float %".1321", float* %".1325"
  %".1327" = load float, float* %"c103"
  %".1328" = sext i32 %"jt87" to i64
  %".1329" = mul nsw i64 %".1328", 48
  %".1330" = add nsw i64 15, %".1329"
  %".1331" = getelementptr float, float* %"scores2", i64 %".1330"
  store float %".1327", float* %".1331"
  %".1333" = load float, float* %"c104"
  %".1334" = sext i32 %"jt87" to i64
  %".1335" = mul nsw i64 %".1334", 48
  %".1336" = add nsw i64 16, %".1335"
  %".1337" = getelementptr float, float* %"scores2", i64 %".1336"
  store float %".1333", float* %".1337"
  %".1339" = load float, float* %"c105"
  %".1340" = sext i32 %"jt87" to i64
  %".1341" = mul nsw i64 %".1340", 48
  %".1342" = add nsw i64 17, %".1341"
  %".1343" = getelementptr float, float* %"scores2", i64 %".1342"
  store float %".1339", float* %".1343"
  %".1345" = load float, float* %"c106"
  %".1346" = sext i32 %"jt87" to i64
  %".1347" = mul nsw i64 %".1346", 48
  %".1348" = add nsw i64 18, %".1347"
  %".1349" = getelementptr float, float* %"scores2", i64 %".1348"
  store float %".1345", float* %".1349"
  %".1351" = load float, float* %"c107"
  %".1352" = sext i32 %"jt87" to i64
  %".1353" = mul nsw i64 %".1352", 48
  %".1354" = add nsw i64 19, %".1353"
  %".1355" = getelementptr float, float* %"scores2", i64 %".1354"
  store float %".1351", float* %".1355"
  %".1357" = load float, float* %"c108"
  %".1358" = sext i32 %"jt87" to i64
  %".1359" = mul nsw i64 %".1358", 48
  %".1360" = add nsw i64 20, %".1359"
  %".1361" = getelementptr float, float* %"scores2", i64 %".1360"
  store float %".1357", float* %".1361"
  %".1363" = load float, float* %"c109"
  %".1364" = sext i32 %"jt87" to i64
  %".1365" = mul nsw i64 %".1364", 48
  %".1366" = add nsw i64 21, %".1365"
  %".1367" = getelementptr float, float* %"scores2", i64 %".1366"
  store float %".1363", float* %".1367"
  %".1369" = load float, float* %"c110"
  %".1370" = sext i32 %"jt87" to i64
  %".1371" = mul nsw i64 %".1370", 48
  %".1372" = add nsw i64 22, %".1371"
  %".1373" = getelementptr float, float* %"scores2", i64 %".1372"
  store float %".1369", float* %".1373"
  %".1375" = load float, float* %"c111"
  %".1376" = sext i32 %"jt87" to i64
  %".1377" = mul nsw i64 %".1376", 48
  %".1378" = add nsw i64 23, %".1377"
  %".1379" = getelementptr float, float* %"scores2", i64 %".1378"
  store float %".1375", float* %".1379"
  %".1381" = load float, float* %"c112"
  %".1382" = sext i32 %"jt87" to i64
  %".1383" = mul nsw i64 %".1382", 48
  %".1384" = add nsw i64 24, %".1383"
  %".1385" = getelementptr float, float* %"scores2", i64 %".1384"
  store float %".1381", float* %".1385"
  %".1387" = load float, float* %"c113"
  %".1388" = sext i32 %"jt87" to i64
  %".1389" = mul nsw i64 %".1388", 48
  %".1390" = add nsw i64 25, %".1389"
  %".1391" = getelementptr float, float* %"scores2", i64 %".1390"
  store float %".1387", float* %".1391"
  %".1393" = load float, float* %"c114"
  %".1394" = sext i32 %"jt87" to i64
  %".1395" = mul nsw i64 %".1394", 48
  %".1396" = add nsw i64 26, %".1395"
  %".1397" = getelementptr float, float* %"scores2", i64 %".1396"
  store float %".1393", float* %".1397"
  %".1399" = load float, float* %"c115"
  %".1400" = sext i32 %"jt87" to i64
  %".1401" = mul nsw i64 %".1400", 48
  %".1402" = add nsw i64 27, %".1401"
  %".1403" = getelementptr float, float* %"scores2", i64 %".1402"
  store float %".1399", float* %".1403"
  %".1405" = load float, float* %"c116"
  %".1406" = sext i32 %"jt87" to i64
  %".1407" = mul nsw i64 %".1406", 48
  %".1408" = add nsw i64 28, %".1407"
  %".1409" = getelementptr float, float* %"scores2", i64 %".1408"
  store float %".1405", float* %".1409"
  %".1411" = load float, float* %"c117"
  %".1412" = sext i32 %"jt87" to i64
  %".1413" = mul nsw i64 %".1412", 48
  %".1414" = add nsw i64 29, %".1413"
  %".1415" = getelementptr float, float* %"scores2", i64 %".1414"
  store float %".1411", float* %".1415"
  %".1417" = load float, float* %"c118"
  %".1418" = sext i32 %"jt87" to i64
  %".1419" = mul nsw i64 %".1418", 48
  %".1420" = add nsw i64 30, %".1419"
  %".1421" = getelementptr float, float* %"scores2", i64 %".1420"
  store float %".1417", float* %".1421"
  %".1423" = load float, float* %"c119"
  %".1424" = sext i32 %"jt87" to i64
  %".1425" = mul nsw i64 %".1424", 48
  %".1426" = add nsw i64 31, %".1425"
  %".1427" = getelementptr float, float* %"scores2", i64 %".1426"
  store float %".1423", float* %".1427"
  %".1429" = load float, float* %"c120"
  %".1430" = sext i32 %"jt87" to i64
  %".1431" = mul nsw i64 %".1430", 48
  %".1432" = add nsw i64 32, %".1431"
  %".1433" = getelementptr float, float* %"scores2", i64 %".1432"
  store float %".1429", float* %".1433"
  %".1435" = load float, float* %"c121"
  %".1436" = sext i32 %"jt87" to i64
  %".1437" = mul nsw i64 %".1436", 48
  %".1438" = add nsw i64 33, %".1437"
  %".1439" = getelementptr float, float* %"scores2", i64 %".1438"
  store float %".1435", float* %".1439"
  %".1441" = load float, float* %"c122"
  %".1442" = sext i32 %"jt87" to i64
  %".1443" = mul nsw i64 %".1442", 48
  %".1444" = add nsw i64 34, %".1443"
  %".1445" = getelementptr float, float* %"scores2", i64 %".1444"
  store float %".1441", float* %".1445"
  %".1447" = load float, float* %"c123"
  %".1448" = sext i32 %"jt87" to i64
  %".1449" = mul nsw i64 %".1448", 48
  %".1450" = add nsw i64 35, %".1449"
  %".1451" = getelementptr float, float* %"scores2", i64 %".1450"
  store float %".1447", float* %".1451"
  %".1453" = load float, float* %"c124"
  %".1454" = sext i32 %"jt87" to i64
  %".1455" = mul nsw i64 %".1454", 48
  %".1456" = add nsw i64 36, %".1455"
  %".1457" = getelementptr float, float* %"scores2", i64 %".1456"
  store float %".1453", float* %".1457"
  %".1459" = load float, float* %"c125"
  %".1460" = sext i32 %"jt87" to i64
  %".1461" = mul nsw i64 %".1460", 48
  %".1462" = add nsw i64 37, %".1461"
  %".1463" = getelementptr float, float* %"scores2", i64 %".1462"
  store float %".1459", float* %".1463"
  %".1465" = load float, float* %"c126"
  %".1466" = sext i32 %"jt87" to i64
  %".1467" = mul nsw i64 %".1466", 48
  %".1468" = add nsw i64 38, %".1467"
  %".1469" = getelementptr float, float* %"scores2", i64 %".1468"
  store float %".1465", float* %".1469"
  %".1471" = load float, float* %"c127"
  %".1472" = sext i32 %"jt87" to i64
  %".1473" = mul nsw i64 %".1472", 48
  %".1474" = add nsw i64 39, %".1473"
  %".1475" = getelementptr float, float* %"scores2", i64 %".1474"
  store float %".1471", float* %".1475"
  %".1477" = load float, float* %"c128"
  %".1478" = sext i32 %"jt87" to i64
  %".1479" = mul nsw i64 %".1478", 48
  %".1480" = add nsw i64 40, %".1479"
  %".1481" = getelementptr float, float* %"scores2", i64 %".1480"
  store float %".1477", float* %".1481"
  %".1483" = load float, float* %"c129"
  %".1484" = sext i32 %"jt87" to i64
  %".1485" = mul nsw i64 %".1484", 48
  %".1486" = add nsw i64 41, %".1485"
  %".1487" = getelementptr float, float* %"scores2", i64 %".1486"
  store float %".1483", float* %".1487"
  %".1489" = load float, float* %"c130"
  %".1490" = sext i32 %"jt87" to i64
  %".1491" = mul nsw i64 %".1490", 48
  %".1492" = add nsw i64 42, %".1491"
  %".1493" = getelementptr float, float* %"scores2", i64 %".1492"
  store float %".1489", float* %".1493"
  %".1495" = load float, float* %"c131"
  %".1496" = sext i32 %"jt87" to i64
  %".1497" = mul nsw i64 %".1496", 48
  %".1498" = add nsw i64 43, %".1497"
  %".1499" = getelementptr float, float* %"scores2", i64 %".1498"
  store float %".1495", float* %".1499"
  %".1501" = load float, float* %"c132"
  %".1502" = sext i32 %"jt87" to i64
  %".1503" = mul nsw i64 %".1502", 48
  %".1504" = add nsw i64 44, %".1503"
  %".1505" = getelementptr float, float* %"scores2", i64 %".1504"
  store float %".1501", float* %".1505"
  %".1507" = load float, float* %"c133"
  %".1508" = sext i32 %"jt87" to i64
  %".1509" = mul nsw i64 %".1508", 48
  %".1510" = add nsw i64 45, %".1509"
  %".1511" = getelementptr float, float* %"scores2", i64 %".1510"
  store float %".1507", float* %".1511"
  %".1513" = load float, float* %"c134"
  %".1514" = sext i32 %"jt87" to i64
  %".1515" = mul nsw i64 %".1514", 48
  %".1516" = add nsw i64 46, %".1515"
  %".1517" = getelementptr float, float* %"scores2", i64 %".1516"
  store float %".1513", float* %".1517"
  %".1519" = load float, float* %"c135"
  %".1520" = sext i32 %"jt87" to i64
  %".1521" = mul nsw i64 %".1520", 48
  %".1522" = add nsw i64 47, %".1521"
  %".1523" = getelementptr float, float* %"scores2", i64 %".1522"
  store float %".1519", float* %".1523"
  %".1525" = add nsw i32 %"jt87", 1
  br label %"jt87.head"
r151.head:
  %"r151" = phi  i32 [0, %"endif.2"], [%".1537", %"r151.body"]
  %".1529" = icmp slt i32 %"r151", 8
  br i1 %".1529", label %"r151.body", label %"r151.done"
r151.body:
  %".1531" = sext i32 %"r151" to i64
  %".1532" = getelementptr float, float* %"peak3", i64 %".1531"
  %".1533" = load float, float* %".1532"
  %".1534" = sext i32 %"r151" to i64
  %".1535" = getelementptr float, float* %"shift4", i64 %".1534"
  store float %".1533", float* %".1535"
  %".1537" = add nsw i32 %"r151", 1
  br label %"r151.head"
r151.done:
  br label %"j152.head"
j152.head:
  %"j152" = phi  i32 [0, %"r151.done"], [%".1586", %"r153.done"]
  %".1540" = icmp slt i32 %"j152", 48
  br i1 %".1540", label %"j152.body", label %"j152.done"
j152.body:
  br label %"r153.head"
j152.done:
  br label %"r160.head"
r153.head:
  %"r153" = phi  i32 [0, %"j152.body"], [%".1584", %"r153.body"]
  %".1543" = icmp slt i32 %"r153", 8
  br i1 %".1543", label %"r153.body", label %"r153.done"
r153.body:
  %".1545" = add i32 7, %"n"
  %".1546" = sdiv i32 %".1545", 8
  %".1547" = srem i32 %"panel", %".1546"
  %".1548" = mul i32 %".1547", 8
  %".1549" = add i32 %"r153", %".1548"
  %".1550" = add i32 %".1549", 0
  %".1551" = add i32 %"j152", %"kb15"
  %".1552" = icmp sle i32 %".1551", %".1550"
  %".1553" = sext i32 %"j152" to i64
  %".1554" = mul nsw i64 %".1553", 8
  %".1555" = sext i32 %"r153" to i64
  %".1556" = add nsw i64 %".1554", %".1555"
  %".1557" = getelementptr float, float* %"scores2", i64 %".1556"
  %".1558" = load float, float* %".1557"
  %".1559" = fmul reassoc contract float %".1558", 0x3fd0000000000000
  %".1560" = select  i1 %".1552", float %".1559", float 0xfff0000000000000
  %".1561" = add i32 7, %"n"
  %".1562" = sdiv i32 %".1561", 8
  %".1563" = srem i32 %"panel", %".1562"
  %".1564" = mul i32 %".1563", 8
  %".1565" = add i32 %"r153", %".1564"
  %".1566" = icmp slt i32 %".1565", %"n"
  %".1567" = add i32 %"j152", %"kb15"
  %".1568" = icmp slt i32 %".1567", %"n"
  %".1569" = and i1 %".1566", %".1568"
  %".1570" = select  i1 %".1569", float %".1560", float 0xfff0000000000000
  %".1571" = sext i32 %"j152" to i64
  %".1572" = mul nsw i64 %".1571", 8
  %".1573" = sext i32 %"r153" to i64
  %".1574" = add nsw i64 %".1572", %".1573"
  %".1575" = getelementptr float, float* %"scores2", i64 %".1574"
  store float %".1570", float* %".1575"
  %".1577" = sext i32 %"r153" to i64
  %".1578" = getelementptr float, float* %"shift4", i64 %".1577"
  %".1579" = load float, float* %".1578"
  %".1580" = call float @"llvm.maximum.f32"(float %".1579", float %".1570")
  %".1581" = sext i32 %"r153" to i64
  %".1582" = getelementptr float, float* %"shift4", i64 %".1581"
  store float %".1580", float* %".1582"
  %".1584" = add nsw i32 %"r153", 1
  br label %"r153.head"
r153.done:
  %".1586" = add nsw i32 %"j152", 1
  br label %"j152.head"
r160.head:
  %"r160" = phi  i32 [0, %"j152.done"], [%".1653", %"r160.body"]
  %".1589" = icmp slt i32 %"r160", 8
  br i1 %".1589", label %"r160.body", label %"r160.done"
r160.body:
  %".1591" = sext i32 %"r160" to i64
  %".1592" = getelementptr float, float* %"shift4", i64 %".1591"
  %".1593" = load float, float* %".1592"
  %".1594" = fcmp oeq float %".1593", 0xfff0000000000000
  %".1595" = select  i1 %".1594", float              0x0, float %".1593"
  %".1596" = sext i32 %"r160" to i64
  %".1597" = getelementptr float, float* %"peak3", i64 %".1596"
  %".1598" = load float, float* %".1597"
  %".1599" = fsub reassoc contract float %".1598", %".1595"
  %".1600" = fcmp olt float %".1599", 0xc059f999a0000000
  %".1601" = call float @"llvm.maxnum.f32"(float %".1599", float 0xc059f999a0000000)
  %".1602" = call float @"llvm.minnum.f32"(float %".1601", float 0x4056333340000000)
  %".1603" = select  i1 %".1600", float              0x0, float %".1602"
  %".1604" = fmul float %".1603", 0x3ff7154760000000
  %".1605" = fadd float %".1604", 0x3fe0000000000000
  %".1606" = call float @"llvm.floor.f32"(float %".1605")
  %".1607" = fmul float %".1606", 0x3fe62e4000000000
  %".1608" = fsub float %".1603", %".1607"
  %".1609" = fmul float %".1606", 0x3eb7f7d1c0000000
  %".1610" = fsub float %".1608", %".1609"
  %".1611" = fmul float 0x3f2a01a020000000, %".1610"
  %".1612" = fadd float %".1611", 0x3f56c16c20000000
  %".1613" = fmul float %".1612", %".1610"
  %".1614" = fadd float %".1613", 0x3f81111120000000
  %".1615" = fmul float %".1614", %".1610"
  %".1616" = fadd float %".1615", 0x3fa5555560000000
  %".1617" = fmul float %".1616", %".1610"
  %".1618" = fadd float %".1617", 0x3fc5555560000000
  %".1619" = fmul float %".1618", %".1610"
  %".1620" = fadd float %".1619", 0x3fe0000000000000
  %".1621" = fmul float %".1620", %".1610"
  %".1622" = fadd float %".1621", 0x3ff0000000000000
  %".1623" = fmul float %".1622", %".1610"
  %".1624" = fadd float %".1623", 0x3ff0000000000000
  %".1625" = fptosi float %".1606" to i32
  %".1626" = ashr i32 %".1625", 1
  %".1627" = sub i32 %".1625", %".1626"
  %".1628" = add i32 %".1626", 127
  %".1629" = shl i32 %".1628", 23
  %".1630" = bitcast i32 %".1629" to float
  %".1631" = fmul float %".1624", %".1630"
  %".1632" = add i32 %".1627", 127
  %".1633" = shl i32 %".1632", 23
  %".1634" = bitcast i32 %".1633" to float
  %".1635" = fmul float %".1631", %".1634"
  %".1636" = fcmp ogt float %".1599", 0x40562e4260000000
  %".1637" = select  i1 %".1636", float 0x7ff0000000000000, float %".1635"
  %".1638" = select  i1 %".1600", float              0x0, float %".1637"
  %".1639" = fcmp uno float %".1599", %".1599"
  %".1640" = select  i1 %".1639", float %".1599", float %".1638"
  %".1641" = sext i32 %"r160" to i64
  %".1642" = getelementptr float, float* %"rescale5", i64 %".1641"
  store float %".1640", float* %".1642"
  %".1644" = sext i32 %"r160" to i64
  %".1645" = getelementptr float, float* %"peak3", i64 %".1644"
  store float %".1593", float* %".1645"
  %".1647" = sext i32 %"r160" to i64
  %".1648" = getelementptr float, float* %"shift4", i64 %".1647"
  store float %".1595", float* %".1648"
  %".1650" = sext i32 %"r160" to i64
  %".1651" = getelementptr float, float* %"step7", i64 %".1650"
  store float              0x0, float* %".1651"
  %".1653" = add nsw i32 %"r160", 1
  br label %"r160.head"
r160.done:
  br label %"j163.head"
j163.head:
  %"j163" = phi  i32 [0, %"r160.done"], [%".1727", %"r164.done"]
  %".1656" = icmp slt i32 %"j163", 48
  br i1 %".1656", label %"j163.body", label %"j163.done"
j163.body:
  br label %"r164.head"
j163.done:
  br label %"r166.head"
r164.head:
  %"r164" = phi  i32 [0, %"j163.body"], [%".1725", %"r164.body"]
  %".1659" = icmp slt i32 %"r164", 8
  br i1 %".1659", label %"r164.body", label %"r164.done"
r164.body:
  %".1661" = sext i32 %"j163" to i64
  %".1662" = mul nsw i64 %".1661", 8
  %".1663" = sext i32 %"r164" to i64
  %".1664" = add nsw i64 %".1662", %".1663"
  %".1665" = getelementptr float, float* %"scores2", i64 %".1664"
  %".1666" = load float, float* %".1665"
  %".1667" = sext i32 %"r164" to i64
  %".1668" = getelementptr float, float* %"shift4", i64 %".1667"
  %".1669" = load float, float* %".1668"
  %".1670" = fsub reassoc contract float %".1666", %".1669"
  %".1671" = fcmp olt float %".1670", 0xc059f999a0000000
  %".1672" = call float @"llvm.maxnum.f32"(float %".1670", float 0xc059f999a0000000)
  %".1673" = call float @"llvm.minnum.f32"(float %".1672", float 0x4056333340000000)
  %".1674" = select  i1 %".1671", float              0x0, float %".1673"
  %".1675" = fmul float %".1674", 0x3ff7154760000000
  %".1676" = fadd float %".1675", 0x3fe0000000000000
  %".1677" = call float @"llvm.floor.f32"(float %".1676")
  %".1678" = fmul float %".1677", 0x3fe62e4000000000
  %".1679" = fsub float %".1674", %".1678"
  %".1680" = fmul float %".1677", 0x3eb7f7d1c0000000
  %".1681" = fsub float %".1679", %".1680"
  %".1682" = fmul float 0x3f2a01a020000000, %".1681"
  %".1683" = fadd float %".1682", 0x3f56c16c20000000
  %".1684" = fmul float %".1683", %".1681"
  %".1685" = fadd float %".1684", 0x3f81111120000000
  %".1686" = fmul float %".1685", %".1681"
  %".1687" = fadd float %".1686", 0x3fa5555560000000
  %".1688" = fmul float %".1687", %".1681"
  %".1689" = fadd float %".1688", 0x3fc5555560000000
  %".1690" = fmul float %".1689", %".1681"
  %".1691" = fadd float %".1690", 0x3fe0000000000000
  %".1692" = fmul float %".1691", %".1681"
  %".1693" = fadd float %".1692", 0x3ff0000000000000
  %".1694" = fmul float %".1693", %".1681"
  %".1695" = fadd float %".1694", 0x3ff0000000000000
  %".1696" = fptosi float %".1677" to i32
  %".1697" = ashr i32 %".1696", 1
  %".1698" = sub i32 %".1696", %".1697"
  %".1699" = add i32 %".1697", 127
  %".1700" = shl i32 %".1699", 23
  %".1701" = bitcast i32 %".1700" to float
  %".1702" = fmul float %".1695", %".1701"
  %".1703" = add i32 %".1698", 127
  %".1704" = shl i32 %".1703", 23
  %".1705" = bitcast i32 %".1704" to float
  %".1706" = fmul float %".1702", %".1705"
  %".1707" = fcmp ogt float %".1670", 0x40562e4260000000
  %".1708" = select  i1 %".1707", float 0x7ff0000000000000, float %".1706"
  %".1709" = select  i1 %".1671", float              0x0, float %".1708"
  %".1710" = fcmp uno float %".1670", %".1670"
  %".1711" = select  i1 %".1710", float %".1670", float %".1709"
  %".1712" = sext i32 %"j163" to i64
  %".1713" = mul nsw i64 %".1712", 8
  %".1714" = sext i32 %"r164" to i64
  %".1715" = add nsw i64 %".1713", %".1714"
  %".1716" = getelementptr float, float* %"scores2", i64 %".1715"
  store float %".1711", float* %".1716"
  %".1718" = sext i32 %"r164" to i64
  %".1719" = getelementptr float, float* %"step7", i64 %".1718"
  %".1720" = load float, float* %".1719"
  %".1721" = fadd reassoc contract float %".1720", %".1711"
  %".1722" = sext i32 %"r164" to i64
  %".1723" = getelementptr float, float* %"step7", i64 %".1722"
  store float %".1721", float* %".1723"
  %".1725" = add nsw i32 %"r164", 1
  br label %"r164.head"
r164.done:
  %".1727" = add nsw i32 %"j163", 1
  br label %"j163.head"
r166.head:
  %"r166" = phi  i32 [0, %"j163.done"], [%".1746", %"r166.body"]
  %".1730" = icmp slt i32 %"r166", 8
  br i1 %".1730", label %"r166.body", label %"r166.done"
r166.body:
  %".1732" = sext i32 %"r166" to i64
  %".1733" = getelementptr float, float* %"total6", i64 %".1732"
  %".1734" = load float, float* %".1733"
  %".1735" = sext i32 %"r166" to i64
  %".1736" = getelementptr float, float* %"rescale5", i64 %".1735"
  %".1737" = load float, float* %".1736"
  %".1738" = fmul reassoc contract float %".1734", %".1737"
  %".1739" = sext i32 %"r166" to i64
  %".1740" = getelementptr float, float* %"step7", i64 %".1739"
  %".1741" = load float, float* %".1740"
  %".1742" = fadd reassoc contract float %".1738", %".1741"
  %".1743" = sext i32 %"r166" to i64
  %".1744" = getelementptr float, float* %"total6", i64 %".1743"
  store float %".1742", float* %".1744"
  %".1746" = add nsw i32 %"r166", 1
  br label %"r166.head"
r166.done:
  br label %"c167.head"
c167.head:
  %"c167" = phi  i32 [0, %"r166.done"], [%".1772", %"r168.done"]
  %".1749" = icmp slt i32 %"c167", 16
  br i1 %".1749", label %"c167.body", label %"c167.done"
c167.body:
  br label %"r168.head"
c167.done:
  %".1774" = add i32 -47, %"n"
  %".1775" = icmp slt i32 %"kb15", %".1774"
  br i1 %".1775", label %"then.3", label %"endif.3"
r168.head:
  %"r168" = phi  i32 [0, %"c167.body"], [%".1770", %"r168.body"]
  %".1752" = icmp slt i32 %"r168", 8
  br i1 %".1752", label %"r168.body", label %"r168.done"
r168.body:
  %".1754" = sext i32 %"c167" to i64
  %".1755" = mul nsw i64 %".1754", 8
  %".1756" = sext i32 %"r168" to i64
  %".1757" = add nsw i64 %".1755", %".1756"
  %".1758" = getelementptr float, float* %"cols8", i64 %".1757"
  %".1759" = load float, float* %".1758"
  %".1760" = sext i32 %"r168" to i64
  %".1761" = getelementptr float, float* %"rescale5", i64 %".1760"
  %".1762" = load float, float* %".1761"
  %".1763" = fmul reassoc contract float %".1759", %".1762"
  %".1764" = sext i32 %"c167" to i64
  %".1765" = mul nsw i64 %".1764", 8
  %".1766" = sext i32 %"r168" to i64
  %".1767" = add nsw i64 %".1765", %".1766"
  %".1768" = getelementptr float, float* %"cols8", i64 %".1767"
  store float %".1763", float* %".1768"
  %".1770" = add nsw i32 %"r168", 1
  br label %"r168.head"
r168.done:
  %".1772" = add nsw i32 %"c167", 1
  br label %"c167.head"
then.3:
  br label %"ct169.head"
endif.3:
  %".3205" = add i32 -47, %"n"
  %".3206" = icmp slt i32 %"kb15", %".3205"
  %".3207" = xor i1 %".3206", 1
  br i1 %".3207", label %"then.4", label %"endif.4"
ct169.head:
  %"ct169" = phi  i32 [0, %"then.3"], [%".2746", %"j218.done"]
  %".1778" = icmp slt i32 %"ct169", 2
  br i1 %".1778", label %"ct169.body", label %"ct169.done"
ct169.body:
  store float              0x0, float* %"c170"
  store float              0x0, float* %"c171"
  store float              0x0, float* %"c172"
  store float              0x0, float* %"c173"
  store float              0x0, float* %"c174"
  store float              0x0, float* %"c175"
  store float              0x0, float* %"c176"
  store float              0x0, float* %"c177"
  store float              0x0, float* %"c178"
  store float              0x0, float* %"c179"
  store float              0x0, float* %"c180"
  store float              0x0, float* %"c181"
  store float              0x0, float* %"c182"
  store float              0x0, float* %"c183"
  store float              0x0, float* %"c184"
  store float              0x0, float* %"c185"
  store float              0x0, float* %"c186"
  store float              0x0, float* %"c187"
  store float              0x0, float* %"c188"
  store float              0x0, float* %"c189"
  store float              0x0, float* %"c190"
  store float              0x0, float* %"c191"
  store float              0x0, float* %"c192"
  store float              0x0, float* %"c193"
  store float              0x0, float* %"c194"
  store float              0x0, float* %"c195"
  store float              0x0, float* %"c196"
  store float              0x0, float* %"c197"
  store float              0x0, float* %"c198"
  store float              0x0, float* %"c199"
  store float              0x0, float* %"c200"
  store float              0x0, float* %"c201"
  store float              0x0, float* %"c202"
  store float              0x0, float* %"c203"
  store float              0x0, float* %"c204"
  store float              0x0, float* %"c205"
  store float              0x0, float* %"c206"
  store float              0x0, float* %"c207"
  store float              0x0, float* %"c208"
  store float              0x0, float* %"c209"
  store float              0x0, float* %"c210"
  store float              0x0, float* %"c211"
  store float              0x0, float* %"c212"
  store float              0x0, float* %"c213"
  store float              0x0, float* %"c214"
  store float              0x0, float* %"c215"
  store float              0x0, float* %"c216"
  store float              0x0, float* %"c217"
  br label %"j218.head"
ct169.done:
  store float              0x0, float* %"c233"
  store float              0x0, float* %"c234"
  store float              0x0, float* %"c235"
  store float              0x0, float* %"c236"
  store float              0x0, float* %"c237"
  store float              0x0, float* %"c238"
  store float              0x0, float* %"c239"
  store float              0x0, float* %"c240"
  store float              0x0, float* %"c241"
  store float              0x0, float* %"c242"
  store float              0x0, float* %"c243"
  store float              0x0, float* %"c244"
  store float              0x0, float* %"c245"
  store float              0x0, float* %"c246"
  store float              0x0, float* %"c247"
  store float              0x0, float* %"c248"
  store float              0x0, float* %"c249"
  store float              0x0, float* %"c250"
  store float              0x0, float* %"c251"
  store float              0x0, float* %"c252"
  store float              0x0, float* %"c253"
  store float              0x0, float* %"c254"
  store float              0x0, float* %"c255"
  store float              0x0, float* %"c256"
  store float              0x0, float* %"c257"
  store float              0x0, float* %"c258"
  store float              0x0, float* %"c259"
  store float              0x0, float* %"c260"
  store float              0x0, float* %"c261"
  store float              0x0, float* %"c262"
  store float              0x0, float* %"c263"
  store float              0x0, float* %"c264"
  br label %"j265.head"
j218.head:
  %"j218" = phi  i32 [0, %"ct169.body"], [%".2170", %"j218.body"]
  %".1829" = icmp slt i32 %"j218", 48
  br i1 %".1829", label %"j218.body", label %"j218.done"
j218.body:
  %".1831" = sext i32 %"j218" to i64
  %".1832" = mul nsw i64 %".1831", 8
  %".1833" = getelementptr float, float* %"scores2", i64 %".1832"
  %".1834" = load float, float* %".1833"
  %".1835" = sext i32 %"j218" to i64
  %".1836" = mul nsw i64 %".1835", 8
  %".1837" = add nsw i64 1, %".1836"
  %".1838" = getelementptr float, float* %"scores2", i64 %".1837"
  %".1839" = load float, float* %".1838"
  %".1840" = sext i32 %"j218" to i64
  %".1841" = mul nsw i64 %".1840", 8
  %".1842" = add nsw i64 2, %".1841"
  %".1843" = getelementptr float, float* %"scores2", i64 %".1842"
  %".1844" = load float, float* %".1843"
  %".1845" = sext i32 %"j218" to i64
  %".1846" = mul nsw i64 %".1845", 8
  %".1847" = add nsw i64 3, %".1846"
  %".1848" = getelementptr float, float* %"scores2", i64 %".1847"
  %".1849" = load float, float* %".1848"
  %".1850" = sext i32 %"j218" to i64
  %".1851" = mul nsw i64 %".1850", 8
  %".1852" = add nsw i64 4, %".1851"
  %".1853" = getelementptr float, float* %"scores2", i64 %".1852"
  %".1854" = load float, float* %".1853"
  %".1855" = sext i32 %"j218" to i64
  %".1856" = mul nsw i64 %".1855", 8
  %".1857" = add nsw i64 5, %".1856"
  %".1858" = getelementptr float, float* %"scores2", i64 %".1857"
  %".1859" = load float, float* %".1858"
  %".1860" = sext i32 %"j218" to i64
  %".1861" = mul nsw i64 %".1860", 8
  %".1862" = add nsw i64 6, %".1861"
  %".1863" = getelementptr float, float* %"scores2", i64 %".1862"
  %".1864" = load float, float* %".1863"
  %".1865" = sext i32 %"j218" to i64
  %".1866" = mul nsw i64 %".1865", 8
  %".1867" = add nsw i64 7, %".1866"
  %".1868" = getelementptr float, float* %"scores2", i64 %".1867"
  %".1869" = load float, float* %".1868"
  %".1870" = sext i32 %"ct169" to i64
  %".1871" = mul nsw i64 %".1870", 6
  %".1872" = add nsw i64 64, %".1871"
  %".1873" = sext i32 %"j218" to i64
  %".1874" = mul nsw i64 %".1873", 96
  %".1875" = add nsw i64 %".1872", %".1874"
  %".1876" = sext i32 %"kb15" to i64
  %".1877" = mul nsw i64 %".1876", 96
  %".1878" = add nsw i64 %".1875", %".1877"
  %".1879" = sext i32 %"panel" to i64
  %".1880" = sext i32 %"n" to i64
  %".1881" = add nsw i64 7, %".1880"
  %".1882" = sdiv i64 %".1881", 8
  %".1883" = sdiv i64 %".1879", %".1882"
  %".1884" = mul nsw i64 %".1883", 16
  %".1885" = add nsw i64 %".1878", %".1884"
  %".1886" = getelementptr float, float* %"b1", i64 %".1885"
  %".1887" = load float, float* %".1886"
  %".1888" = sext i32 %"ct169" to i64
  %".1889" = mul nsw i64 %".1888", 6
  %".1890" = add nsw i64 65, %".1889"
  %".1891" = sext i32 %"j218" to i64
  %".1892" = mul nsw i64 %".1891", 96
  %".1893" = add nsw i64 %".1890", %".1892"
  %".1894" = sext i32 %"kb15" to i64
  %".1895" = mul nsw i64 %".1894", 96
  %".1896" = add nsw i64 %".1893", %".1895"
  %".1897" = sext i32 %"panel" to i64
  %".1898" = sext i32 %"n" to i64
  %".1899" = add nsw i64 7, %".1898"
  %".1900" = sdiv i64 %".1899", 8
  %".1901" = sdiv i64 %".1897", %".1900"
  %".1902" = mul nsw i64 %".1901", 16
  %".1903" = add nsw i64 %".1896", %".1902"
  %".1904" = getelementptr float, float* %"b1", i64 %".1903"
  %".1905" = load float, float* %".1904"
  %".1906" = sext i32 %"ct169" to i64
  %".1907" = mul nsw i64 %".1906", 6
  %".1908" = add nsw i64 66, %".1907"
  %".1909" = sext i32 %"j218" to i64
  %".1910" = mul nsw i64 %".1909", 96
  %".1911" = add nsw i64 %".1908", %".1910"
  %".1912" = sext i32 %"kb15" to i64
  %".1913" = mul nsw i64 %".1912", 96
  %".1914" = add nsw i64 %".1911", %".1913"
  %".1915" = sext i32 %"panel" to i64
  %".1916" = sext i32 %"n" to i64
  %".1917" = add nsw i64 7, %".1916"
  %".1918" = sdiv i64 %".1917", 8
  %".1919" = sdiv i64 %".1915", %".1918"
  %".1920" = mul nsw i64 %".1919", 16
  %".1921" = add nsw i64 %".1914", %".1920"
  %".1922" = getelementptr float, float* %"b1", i64 %".1921"
  %".1923" = load float, float* %".1922"
  %".1924" = sext i32 %"ct169" to i64
  %".1925" = mul nsw i64 %".1924", 6
  %".1926" = add nsw i64 67, %".1925"
  %".1927" = sext i32 %"j218" to i64
  %".1928" = mul nsw i64 %".1927", 96
  %".1929" = add nsw i64 %".1926", %".1928"
  %".1930" = sext i32 %"kb15" to i64
  %".1931" = mul nsw i64 %".1930", 96
  %".1932" = add nsw i64 %".1929", %".1931"
  %".1933" = sext i32 %"panel" to i64
  %".1934" = sext i32 %"n" to i64
  %".1935" = add nsw i64 7, %".1934"
  %".1936" = sdiv i64 %".1935", 8
  %".1937" = sdiv i64 %".1933", %".1936"
  %".1938" = mul nsw i64 %".1937", 16
  %".1939" = add nsw i64 %".1932", %".1938"
  %".1940" = getelementptr float, float* %"b1", i64 %".1939"
  %".1941" = load float, float* %".1940"
  %".1942" = sext i32 %"ct169" to i64
  %".1943" = mul nsw i64 %".1942", 6
  %".1944" = add nsw i64 68, %".1943"
  %".1945" = sext i32 %"j218" to i64
  %".1946" = mul nsw i64 %".1945", 96
  %".1947" = add nsw i64 %".1944", %".1946"
  %".1948" = sext i32 %"kb15" to i64
  %".1949" = mul nsw i64 %".1948", 96
  %".1950" = add nsw i64 %".1947", %".1949"
  %".1951" = sext i32 %"panel" to i64
  %".1952" = sext i32 %"n" to i64
  %".1953" = add nsw i64 7, %".1952"
  %".1954" = sdiv i64 %".1953", 8
  %".1955" = sdiv i64 %".1951", %".1954"
  %".1956" = mul nsw i64 %".1955", 16
  %".1957" = add nsw i64 %".1950", %".1956"
  %".1958" = getelementptr float, float* %"b1", i64 %".1957"
  %".1959" = load float, float* %".1958"
  %".1960" = sext i32 %"ct169" to i64
  %".1961" = mul nsw i64 %".1960", 6
  %".1962" = add nsw i64 69, %".1961"
  %".1963" = sext i32 %"j218" to i64
  %".1964" = mul nsw i64 %".1963", 96
  %".1965" = add nsw i64 %".1962", %".1964"
  %".1966" = sext i32 %"kb15" to i64
  %".1967" = mul nsw i64 %".1966", 96
  %".1968" = add nsw i64 %".1965", %".1967"
  %".1969" = sext i32 %"panel" to i64
  %".1970" = sext i32 %"n" to i64
  %".1971" = add nsw i64 7, %".1970"
  %".1972" = sdiv i64 %".1971", 8
  %".1973" = sdiv i64 %".1969", %".1972"
  %".1974" = mul nsw i64 %".1973", 16
  %".1975" = add nsw i64 %".1968", %".1974"
  %".1976" = getelementptr float, float* %"b1", i64 %".1975"
  %".1977" = load float, float* %".1976"
  %".1978" = load float, float* %"c170"
  %".1979" = fmul reassoc contract float %".1887", %".1834"
  %".1980" = fadd reassoc contract float %".1978", %".1979"
  store float %".1980", float* %"c170"
  %".1982" = load float, float* %"c171"
  %".1983" = fmul reassoc contract float %".1887", %".1839"
  %".1984" = fadd reassoc contract float %".1982", %".1983"
  store float %".1984", float* %"c171"
  %".1986" = load float, float* %"c172"
  %".1987" = fmul reassoc contract float %".1887", %".1844"
  %".1988" = fadd reassoc contract float %".1986", %".1987"
  store float %".1988", float* %"c172"
  %".1990" = load float, float* %"c173"
  %".1991" = fmul reassoc contract float %".1887", %".1849"
  %".1992" = fadd reassoc contract float %".1990", %".1991"
  store float %".1992", float* %"c173"
  %".1994" = load float, float* %"c174"
  %".1995" = fmul reassoc contract float %".1887", %".1854"
  %".1996" = fadd reassoc contract float %".1994", %".1995"
  store float %".1996", float* %"c174"
  %".1998" = load float, float* %"c175"
  %".1999" = fmul reassoc contract float %".1887", %".1859"
  %".2000" = fadd reassoc contract float %".1998", %".1999"
  store float %".2000", float* %"c175"
  %".2002" = load float, float* %"c176"
  %".2003" = fmul reassoc contract float %".1887", %".1864"
  %".2004" = fadd reassoc contract float %".2002", %".2003"
  store float %".2004", float* %"c176"
  %".2006" = load float, float* %"c177"
  %".2007" = fmul reassoc contract float %".1887", %".1869"
  %".2008" = fadd reassoc contract float %".2006", %".2007"
  store float %".2008", float* %"c177"
  %".2010" = load float, float* %"c178"
  %".2011" = fmul reassoc contract float %".1905", %".1834"
  %".2012" = fadd reassoc contract float %".2010", %".2011"
  store float %".2012", float* %"c178"
  %".2014" = load float, float* %"c179"
  %".2015" = fmul reassoc contract float %".1905", %".1839"
  %".2016" = fadd reassoc contract float %".2014", %".2015"
  store float %".2016", float* %"c179"
  %".2018" = load float, float* %"c180"
  %".2019" = fmul reassoc contract float %".1905", %".1844"
  %".2020" = fadd reassoc contract float %".2018", %".2019"
  store float %".2020", float* %"c180"
  %".2022" = load float, float* %"c181"
  %".2023" = fmul reassoc contract float %".1905", %".1849"
  %".2024" = fadd reassoc contract float %".2022", %".2023"
  store float %".2024", float* %"c181"
  %".2026" = load float, float* %"c182"
  %".2027" = fmul reassoc contract float %".1905", %".1854"
  %".2028" = fadd reassoc contract float %".2026", %".2027"
  store float %".2028", float* %"c182"
  %".2030" = load float, float* %"c183"
  %".2031" = fmul reassoc contract float %".1905", %".1859"
  %".2032" = fadd reassoc contract float %".2030", %".2031"
  store float %".2032", float* %"c183"
  %".2034" = load float, float* %"c184"
  %".2035" = fmul reassoc contract float %".1905", %".1864"
  %".2036" = fadd reassoc contract float %".2034", %".2035"
  store float %".2036", float* %"c184"
  %".2038" = load float, float* %"c185"
  %".2039" = fmul reassoc contract float %".1905", %".1869"
  %".2040" = fadd reassoc contract float %".2038", %".2039"
  store float %".2040", float* %"c185"
  %".2042" = load float, float* %"c186"
  %".2043" = fmul reassoc contract float %".1923", %".1834"
  %".2044" = fadd reassoc contract float %".2042", %".2043"
  store float %".2044", float* %"c186"
  %".2046" = load float, float* %"c187"
  %".2047" = fmul reassoc contract float %".1923", %".1839"
  %".2048" = fadd reassoc contract float %".2046", %".2047"
  store float %".2048", float* %"c187"
  %".2050" = load float, float* %"c188"
  %".2051" = fmul reassoc contract float %".1923", %".1844"
  %".2052" = fadd reassoc contract float %".2050", %".2051"
  store float %".2052", float* %"c188"
  %".2054" = load float, float* %"c189"
  %".2055" = fmul reassoc contract float %".1923", %".1849"
  %".2056" = fadd reassoc contract float %".2054", %".2055"
  store float %".2056", float* %"c189"
  %".2058" = load float, float* %"c190"
  %".2059" = fmul reassoc contract float %".1923", %".1854"
  %".2060" = fadd reassoc contract float %".2058", %".2059"
  store float %".2060", float* %"c190"
  %".2062" = load float, float* %"c191"
  %".2063" = fmul reassoc contract float %".1923", %".1859"
  %".2064" = fadd reassoc contract float %".2062", %".2063"
  store float %".2064", float* %"c191"
  %".2066" = load float, float* %"c192"
  %".2067" = fmul reassoc contract float %".1923", %".1864"
  %".2068" = fadd reassoc contract float %".2066", %".2067"
  store float %".2068", float* %"c192"
  %".2070" = load float, float* %"c193"
  %".2071" = fmul reassoc contract float %".1923", %".1869"
  %".2072" = fadd reassoc contract float %".2070", %".2071"
  store float %".2072", float* %"c193"
  %".2074" = load float, float* %"c194"
  %".2075" = fmul reassoc contract float %".1941", %".1834"
  %".2076" = fadd reassoc contract float %".2074", %".2075"
  store float %".2076", float* %"c194"
  %".2078" = load float, float* %"c195"
  %".2079" = fmul reassoc contract float %".1941", %".1839"
  %".2080" = fadd reassoc contract float %".2078", %".2079"
  store float %".2080", float* %"c195"
  %".2082" = load float, float* %"c196"
  %".2083" = fmul reassoc contract float %".1941", %".1844"
  %".2084" = fadd reassoc contract float %".2082", %".2083"
  store float %".2084", float* %"c196"
  %".2086" = load float, float* %"c197"
  %".2087" = fmul reassoc contract float %".1941", %".1849"
  %".2088" = fadd reassoc contract float %".2086", %".2087"
  store float %".2088", float* %"c197"
  %".2090" = load float, float* %"c198"
  %".2091" = fmul reassoc contract float %".1941", %".1854"
  %".2092" = fadd reassoc contract float %".2090", %".2091"
  store float %".2092", float* %"c198"
  %".2094" = load float, float* %"c199"
  %".2095" = fmul reassoc contract float %".1941", %".1859"
  %".2096" = fadd reassoc contract float %".2094", %".2095"
  store float %".2096", float* %"c199"
  %".2098" = load float, float* %"c200"
  %".2099" = fmul reassoc contract float %".1941", %".1864"
  %".2100" = fadd reassoc contract float %".2098", %".2099"
  store float %".2100", float* %"c200"
  %".2102" = load float, float* %"c201"
  %".2103" = fmul reassoc contract float %".1941", %".1869"
  %".2104" = fadd reassoc contract float %".2102", %".2103"
  store float %".2104", float* %"c201"
  %".2106" = load float, float* %"c202"
  %".2107" = fmul reassoc contract float %".1959", %".1834"
  %".2108" = fadd reassoc contract float %".2106", %".2107"
  store float %".2108", float* %"c202"
  %".2110" = load float, float* %"c203"
  %".2111" = fmul reassoc contract float %".1959", %".1839"
  %".2112" = fadd reassoc contract float %".2110", %".2111"
  store float %".2112", float* %"c203"
  %".2114" = load float, float* %"c204"
  %".2115" = fmul reassoc contract float %".1959", %".1844"
  %".2116" = fadd reassoc contract float %".2114", %".2115"
  store float %".2116", float* %"c204"
  %".2118" = load float, float* %"c205"
  %".2119" = fmul reassoc contract float %".1959", %".1849"
  %".2120" = fadd reassoc contract float %".2118", %".2119"
  store float %".2120", float* %"c205"
  %".2122" = load float, float* %"c206"
  %".2123" = fmul reassoc contract float %".1959", %".1854"
  %".2124" = fadd reassoc contract float %".2122", %".2123"
  store float %".2124", float* %"c206"
  %".2126" = load float, float* %"c207"
  %".2127" = fmul reassoc contract float %".1959", %".1859"
  %".2128" = fadd reassoc contract float %".2126", %".2127"
  store float %".2128", float* %"c207"
  %".2130" = load float, float* %"c208"
  %".2131" = fmul reassoc contract float %".1959", %".1864"
  %".2132" = fadd reassoc contract float %".2130", %".2131"
  store float %".2132", float* %"c208"
  %".2134" = load float, float* %"c209"
  %".2135" = fmul reassoc contract float %".1959", %".1869"
  %".2136" = fadd reassoc contract float %".2134", %".2135"
  store float %".2136", float* %"c209"
  %".2138" = load float, float* %"c210"
  %".2139" = fmul reassoc contract float %".1977", %".1834"
  %".2140" = fadd reassoc contract float %".2138", %".2139"
  store float %".2140", float* %"c210"
  %".2142" = load float, float* %"c211"
  %".2143" = fmul reassoc contract float %".1977", %".1839"
  %".2144" = fadd reassoc contract float %".2142", %".2143"
  store float %".2144", float* %"c211"
  %".2146" = load float, float* %"c212"
  %".2147" = fmul reassoc contract float %".1977", %".1844"
  %".2148" = fadd reassoc contract float %".2146", %".2147"
  store float %".2148", float* %"c212"
  %".2150" = load float, float* %"c213"
  %".2151" = fmul reassoc contract float %".1977", %".1849"
  %".2152" = fadd reassoc contract float %".2150", %".2151"
  store float %".2152", float* %"c213"
  %".2154" = load float, float* %"c214"
  %".2155" = fmul reassoc contract float %".1977", %".1854"
  %".2156" = fadd reassoc contract float %".2154", %".2155"
  store float %".2156", float* %"c214"
  %".2158" = load float, float* %"c215"
  %".2159" = fmul reassoc contract float %".1977", %".1859"
  %".2160" = fadd reassoc contract float %".2158", %".2159"
  store float %".2160", float* %"c215"
  %".2162" = load float, float* %"c216"
  %".2163" = fmul reassoc contract float %".1977", %".1864"
  %".2164" = fadd reassoc contract float %".2162", %".2163"
  store float %".2164", float* %"c216"
  %".2166" = load float, float* %"c217"
  %".2167" = fmul reassoc contract float %".1977", %".1869"
  %".2168" = fadd reassoc contract float %".2166", %".2167"
  store float %".2168", float* %"c217"
  %".2170" = add nsw i32 %"j218", 1
  br label %"j218.head", !llvm.loop !3
j218.done:
  %".2172" = sext i32 %"ct169" to i64
  %".2173" = mul nsw i64 %".2172", 48
  %".2174" = getelementptr float, float* %"cols8", i64 %".2173"
  %".2175" = load float, float* %".2174"
  %".2176" = load float, float* %"c170"
  %".2177" = fadd reassoc contract float %".2175", %".2176"
  %".2178" = sext i32 %"ct169" to i64
  %".2179" = mul nsw i64 %".2178", 48
  %".2180" = getelementptr float, float* %"cols8", i64 %".2179"
  store float %".2177", float* %".2180"
  %".2182" = sext i32 %"ct169" to i64
  %".2183" = mul nsw i64 %".2182", 48
  %".2184" = add nsw i64 1, %".2183"
  %".2185" = getelementptr float, float* %"cols8", i64 %".2184"
  %".2186" = load float, float* %".2185"
  %".2187" = load float, float* %"c171"
  %".2188" = fadd reassoc contract float %".2186", %".2187"
  %".2189" = sext i32 %"ct169" to i64
  %".2190" = mul nsw i64 %".2189", 48
  %".2191" = add nsw i64 1, %".2190"
  %".2192" = getelementptr float, float* %"cols8", i64 %".2191"
  store float %".2188", float* %".2192"
  %".2194" = sext i32 %"ct169" to i64
  %".2195" = mul nsw i64 %".2194", 48
  %".2196" = add nsw i64 2, %".2195"
  %".2197" = getelementptr float, float* %"cols8", i64 %".2196"
  %".2198" = load float, float* %".2197"
  %".2199" = load float, float* %"c172"
  %".2200" = fadd reassoc contract float %".2198", %".2199"
  %".2201" = sext i32 %"ct169" to i64
  %".2202" = mul nsw i64 %".2201", 48
  %".2203" = add nsw i64 2, %".2202"
  %".2204" = getelementptr float, float* %"cols8", i64 %".2203"
  store float %".2200", float* %".2204"
  %".2206" = sext i32 %"ct169" to i64
  %".2207" = mul nsw i64 %".2206", 48
  %".2208" = add nsw i64 3, %".2207"
  %".2209" = getelementptr float, float* %"cols8", i64 %".2208"
  %".2210" = load float, float* %".2209"
  %".2211" = load float, float* %"c173"
  %".2212" = fadd reassoc contract float %".2210", %".2211"
  %".2213" = sext i32 %"ct169" to i64
  %".2214" = mul nsw i64 %".2213", 48
  %".2215" = add nsw i64 3, %".2214"
  %".2216" = getelementptr float, float* %"cols8", i64 %".2215"
  store float %".2212", float* %".2216"
  %".2218" = sext i32 %"ct169" to i64
  %".2219" = mul nsw i64 %".2218", 48
  %".2220" = add nsw i64 4, %".2219"
  %".2221" = getelementptr float, float* %"cols8", i64 %".2220"
  %".2222" = load float, float* %".2221"
  %".2223" = load float, float* %"c174"
  %".2224" = fadd reassoc contract float %".2222", %".2223"
  %".2225" = sext i32 %"ct169" to i64
  %".2226" = mul nsw i64 %".2225", 48
  %".2227" = add nsw i64 4, %".2226"
  %".2228" = getelementptr float, float* %"cols8", i64 %".2227"
  store float %".2224", float* %".2228"
  %".2230" = sext i32 %"ct169" to i64
  %".2231" = mul nsw i64 %".2230", 48
  %".2232" = add nsw i64 5, %".2231"
  %".2233" = getelementptr float, float* %"cols8", i64 %".2232"
  %".2234" = load float, float* %".2233"
  %".2235" = load float, float* %"c175"
  %".2236" = fadd reassoc contract float %".2234", %".2235"
  %".2237" = sext i32 %"ct169" to i64
  %".2238" = mul nsw i64 %".2237", 48
  %".2239" = add nsw i64 5, %".2238"
  %".2240" = getelementptr float, float* %"cols8", i64 %".2239"
  store float %".2236", float* %".2240"
  %".2242" = sext i32 %"ct169" to i64
  %".2243" = mul nsw i64 %".2242", 48
  %".2244" = add nsw i64 6, %".2243"
  %".2245" = getelementptr float, float* %"cols8", i64 %".2244"
  %".2246" = load float, float* %".2245"
  %".2247" = load float, float* %"c176"
  %".2248" = fadd reassoc contract float %".2246", %".2247"
  %".2249" = sext i32 %"ct169" to i64
  %".2250" = mul nsw i64 %".2249", 48
  %".2251" = add nsw i64 6, %".2250"
  %".2252" = getelementptr float, float* %"cols8", i64 %".2251"
  store float %".2248", float* %".2252"
  %".2254" = sext i32 %"ct169" to i64
  %".2255" = mul nsw i64 %".2254", 48
  %".2256" = add nsw i64 7, %".2255"
  %".2257" = getelementptr float, float* %"cols8", i64 %".2256"
  %".2258" = load float, float* %".2257"
  %".2259" = load float, float* %"c177"
  %".2260" = fadd reassoc contract float %".2258", %".2259"
  %".2261" = sext i32 %"ct169" to i64
  %".2262" = mul nsw i64 %".2261", 48
  %".2263" = add nsw i64 7, %".2262"
  %".2264" = getelementptr float, float* %"cols8", i64 %".2263"
  store float %".2260", float* %".2264"
  %".2266" = sext i32 %"ct169" to i64
  %".2267" = mul nsw i64 %".2266", 48
  %".2268" = add nsw i64 8, %".2267"
  %".2269" = getelementptr float, float* %"cols8", i64 %".2268"
  %".2270" = load float, float* %".2269"
  %".2271" = load float, float* %"c178"
  %".2272" = fadd reassoc contract float %".2270", %".2271"
  %".2273" = sext i32 %"ct169" to i64
  %".2274" = mul nsw i64 %".2273", 48
  %".2275" = add nsw i64 8, %".2274"
  %".2276" = getelementptr float, float* %"cols8", i64 %".2275"
  store float %".2272", float* %".2276"
  %".2278" = sext i32 %"ct169" to i64
  %".2279" = mul nsw i64 %".2278", 48
  %".2280" = add nsw i64 9, %".2279"
  %".2281" = getelementptr float, float* %"cols8", i64 %".2280"
  %".2282" = load float, float* %".2281"
  %".2283" = load float, float* %"c179"
  %".2284" = fadd reassoc contract float %".2282", %".2283"
  %".2285" = sext i32 %"ct169" to i64
  %".2286" = mul nsw i64 %".2285", 48
  %".2287" = add nsw i64 9, %".2286"
  %".2288" = getelementptr float, float* %"cols8", i64 %".2287"
  store float %".2284", float* %".2288"
  %".2290" = sext i32 %"ct169" to i64
  %".2291" = mul nsw i64 %".2290", 48
  %".2292" = add nsw i64 10, %".2291"
  %".2293" = getelementptr float, float* %"cols8", i64 %".2292"
  %".2294" = load float, float* %".2293"
  %".2295" = load float, float* %"c180"
  %".2296" = fadd reassoc contract float %".2294", %".2295"
  %".2297" = sext i32 %"ct169" to i64
  %".2298" = mul nsw i64 %".2297", 48
  %".2299" = add nsw i64 10, %".2298"
  %".2300" = getelementptr float, float* %"cols8", i64 %".2299"
  store float %".2296", float* %".2300"
  %".2302" = sext i32 %"ct169" to i64
  %".2303" = mul nsw i64 %".2302", 48
  %".2304" = add nsw i64 11, %".2303"
  %".2305" = getelementptr float, float* %"cols8", i64 %".2304"
  %".2306" = load float, float* %".2305"
  %".2307" = load float, float* %"c181"
  %".2308" = fadd reassoc contract float %".2306", %".2307"
  %".2309" = sext i32 %"ct169" to i64
  %".2310" = mul nsw i64 %".2309", 48
  %".2311" = add nsw i64 11, %".2310"
  %".2312" = getelementptr float, float* %"cols8", i64 %".2311"
  store float %".2308", float* %".2312"
  %".2314" = sext i32 %"ct169" to i64
  %".2315" = mul nsw i64 %".2314", 48
  %".2316" = add nsw i64 12, %".2315"
  %".2317" = getelementptr float, float* %"cols8", i64 %".2316"
  %".2318" = load float, float* %".2317"
  %".2319" = load float, float* %"c182"
  %".2320" = fadd reassoc contract float %".2318", %".2319"
  %".2321" = sext i32 %"ct169" to i64
  %".2322" = mul nsw i64 %".2321", 48
  %".2323" = add nsw i64 12, %".2322"
  %".2324" = getelementptr float, float* %"cols8", i64 %".2323"
  store float %".2320", float* %".2324"
  %".2326" = sext i32 %"ct169" to i64
  %".2327" = mul nsw i64 %".2326", 48
  %".2328" = add nsw i64 13, %".2327"
  %".2329" = getelementptr float, float* %"cols8", i64 %".2328"
  %".2330" = load float, float* %".2329"
  %".2331" = load float, float* %"c183"
  %".2332" = fadd reassoc contract float %".2330", %".2331"
  %".2333" = sext i32 %"ct169" to i64
  %".2334" = mul nsw i64 %".2333", 48
  %".2335" = add nsw i64 13, %".2334"
  %".2336" = getelementptr float, float* %"cols8", i64 %".2335"
  store float %".2332", float* %".2336"
  %".2338" = sext i32 %"ct169" to i64
  %".2339" = mul nsw i64 %".2338", 48
  %".2340" = add nsw i64 14, %".2339"
  %".2341" = getelementptr float, float* %"cols8", i64 %".2340"
  %".2342" = load float, float* %".2341"
  %".2343" = load float, float* %"c184"
  %".2344" = fadd reassoc contract float %".2342", %".2343"
  %".2345" = sext i32 %"ct169" to i64
  %".2346" = mul nsw i64 %".2345", 48
  %".2347" = add nsw i64 14, %".2346"
  %".2348" = getelementptr float, float* %"cols8", i64 %".2347"
  store float %".2344", float* %".2348"
  %".2350" = sext i32 %"ct169" to i64
  %".2351" = mul nsw i64 %".2350", 48
  %".2352" = add nsw i64 15, %".2351"
  %".2353" = getelementptr float, float* %"cols8", i64 %".2352"
  %".2354" = load float, float* %".2353"
  %".2355" = load float, float* %"c185"
  %".2356" = fadd reassoc contract float %".2354", %".2355"
  %".2357" = sext i32 %"ct169" to i64
  %".2358" = mul nsw i64 %".2357", 48
  %".2359" = add nsw i64 15, %".2358"
  %".2360" = getelementptr float, float* %"cols8", i64 %".2359"
  store float %".2356", float* %".2360"
  %".2362" = sext i32 %"ct169" to i64
  %".2363" = mul nsw i64 %".2362", 48
  %".2364" = add nsw i64 16, %".2363"
  %".2365" = getelementptr float, float* %"cols8", i64 %".2364"
  %".2366" = load float, float* %".2365"
  %".2367" = load float, float* %"c186"
  %".2368" = fadd reassoc contract float %".2366", %".2367"
  %".2369" = sext i32 %"ct169" to i64
  %".2370" = mul nsw i64 %".2369", 48
  %".2371" = add nsw i64 16, %".2370"
  %".2372" = getelementptr float, float* %"cols8", i64 %".2371"
  store float %".2368", float* %".2372"
  %".2374" = sext i32 %"ct169" to i64
  %".2375" = mul nsw i64 %".2374", 48
  %".2376" = add nsw i64 17, %".2375"
  %".2377" = getelementptr float, float* %"cols8", i64 %".2376"
  %".2378" = load float, float* %".2377"
  %".2379" = load float, float* %"c187"
  %".2380" = fadd reassoc contract float %".2378", %".2379"
  %".2381" = sext i32 %"ct169" to i64
  %".2382" = mul nsw i64 %".2381", 48
  %".2383" = add nsw i64 17, %".2382"
  %".2384" = getelementptr float, float* %"cols8", i64 %".2383"
  store float %".2380", float* %".2384"
  %".2386" = sext i32 %"ct169" to i64
  %".2387" = mul nsw i64 %".2386", 48
  %".2388" = add nsw i64 18, %".2387"
  %".2389" = getelementptr float, float* %"cols8", i64 %".2388"
  %".2390" = load float, float* %".2389"
  %".2391" = load float, float* %"c188"
  %".2392" = fadd reassoc contract float %".2390", %".2391"
  %".2393" = sext i32 %"ct169" to i64
  %".2394" = mul nsw i64 %".2393", 48
  %".2395" = add nsw i64 18, %".2394"
  %".2396" = getelementptr float, float* %"cols8", i64 %".2395"
  store float %".2392", float* %".2396"
  %".2398" = sext i32 %"ct169" to i64
  %".2399" = mul nsw i64 %".2398", 48
  %".2400" = add nsw i64 19, %".2399"
  %".2401" = getelementptr float, float* %"cols8", i64 %".2400"
  %".2402" = load float, float* %".2401"
  %".2403" = load float, float* %"c189"
  %".2404" = fadd reassoc contract float %".2402", %".2403"
  %".2405" = sext i32 %"ct169" to i64
  %".2406" = mul nsw i64 %".2405", 48
  %".2407" = add nsw i64 19, %".2406"
  %".2408" = getelementptr float, float* %"cols8", i64 %".2407"
  store float %".2404", float* %".2408"
  %".2410" = sext i32 %"ct169" to i64
  %".2411" = mul nsw i64 %".2410", 48
  %".2412" = add nsw i64 20, %".2411"
  %".2413" = getelementptr float, float* %"cols8", i64 %".2412"
  %".2414" = load float, float* %".2413"
  %".2415" = load float, float* %"c190"
  %".2416" = fadd reassoc contract float %".2414", %".2415"
  %".2417" = sext i32 %"ct169" to i64
  %".2418" = mul nsw i64 %".2417", 48
  %".2419" = add nsw i64 20, %".2418"
  %".2420" = getelementptr float, float* %"cols8", i64 %".2419"
  store float %".2416", float* %".2420"
  %".2422" = sext i32 %"ct169" to i64
  %".2423" = mul nsw i64 %".2422", 48
  %".2424" = add nsw i64 21, %".2423"
  %".2425" = getelementptr float, float* %"cols8", i64 %".2424"
  %".2426" = load float, float* %".2425"
  %".2427" = load float, float* %"c191"
  %".2428" = fadd reassoc contract float %".2426", %".2427"
  %".2429" = sext i32 %"ct169" to i64
  %".2430" = mul nsw i64 %".2429", 48
  %".2431" = add nsw i64 21, %".2430"
  %".2432" = getelementptr float, float* %"cols8", i64 %".2431"
  store float %".2428", float* %".2432"
  %".2434" = sext i32 %"ct169" to i64
  %".2435" = mul nsw i64 %".2434", 48
  %".2436" = add nsw i64 22, %".2435"
  %".2437" = getelementptr float, float* %"cols8", i64 %".2436"
  %".2438" = load float, float* %".2437"
  %".2439" = load float, float* %"c192"
  %".2440" = fadd reassoc contract float %".2438", %".2439"
  %".2441" = sext i32 %"ct169" to i64
  %".2442" = mul nsw i64 %".2441", 48
  %".2443" = add nsw i64 22, %".2442"
  %".2444" = getelementptr float, float* %"cols8", i64 %".2443"
  store float %".2440", float* %".2444"
  %".2446" = sext i32 %"ct169" to i64
  %".2447" = mul nsw i64 %".2446", 48
  %".2448" = add nsw i64 23, %".2447"
  %".2449" = getelementptr float, float* %"cols8", i64 %".2448"
  %".2450" = load float, float* %".2449"
  %".2451" = load float, float* %"c193"
  %".2452" = fadd reassoc contract float %".2450", %".2451"
  %".2453" = sext i32 %"ct169" to i64
  %".2454" = mul nsw i64 %".2453", 48
  %".2455" = add nsw i64 23, %".2454"
  %".2456" = getelementptr float, float* %"cols8", i64 %".2455"
  store float %".2452", float* %".2456"
  %".2458" = sext i32 %"ct169" to i64
  %".2459" = mul nsw i64 %".2458", 48
  %".2460" = add nsw i64 24, %".2459"
  %".2461" = getelementptr float, float* %"cols8", i64 %".2460"
  %".2462" = load float, float* %".2461"
  %".2463" = load float, float* %"c194"
  %".2464" = fadd reassoc contract float %".2462", %".2463"
  %".2465" = sext i32 %"ct169" to i64
  %".2466" = mul nsw i64 %".2465", 48
  %".2467" = add nsw i64 24, %".2466"
  %".2468" = getelementptr float, float* %"cols8", i64 %".2467"
  store float %".2464", float* %".2468"
  %".2470" = sext i32 %"ct169" to i64
  %".2471" = mul nsw i64 %".2470", 48
  %".2472" = add nsw i64 25, %".2471"
  %".2473" = getelementptr float, float* %"cols8", i64 %".2472"
  %".2474" = load float, float* %".2473"
  %".2475" = load float, float* %"c195"
  %".2476" = fadd reassoc contract float %".2474", %".2475"
  %".2477" = sext i32 %"ct169" to i64
  %".2478" = mul nsw i64 %".2477", 48
  %".2479" = add nsw i64 25, %".2478"
  %".2480" = getelementptr float, float* %"cols8", i64 %".2479"
  store float %".2476", float* %".2480"
  %".2482" = sext i32 %"ct169" to i64
  %".2483" = mul nsw i64 %".2482", 48
  %".2484" = add nsw i64 26, %".2483"
  %".2485" = getelementptr float, float* %"cols8", i64 %".2484"
  %".2486" = load float, float* %".2485"
  %".2487" = load float, float* %"c196"
  %".2488" = fadd reassoc contract float %".2486", %".2487"
  %".2489" = sext i32 %"ct169" to i64
  %".2490" = mul nsw i64 %".2489", 48
  %".2491" = add nsw i64 26, %".2490"
  %".2492" = getelementptr float, float* %"cols8", i64 %".2491"
  store float %".2488", float* %".2492"
  %".2494" = sext i32 %"ct169" to i64
  %".2495" = mul nsw i64 %".2494", 48
  %".2496" = add nsw i64 27, %".2495"
  %".2497" = getelementptr float, float* %"cols8", i64 %".2496"
  %".2498" = load float, float* %".2497"
  %".2499" = load float, float* %"c197"
  %".2500" = fadd reassoc contract float %".2498", %".2499"
  %".2501" = sext i32 %"ct169" to i64
  %".2502" = mul nsw i64 %".2501", 48
  %".2503" = add nsw i64 27, %".2502"
  %".2504" = getelementptr float, float* %"cols8", i64 %".2503"
  store float %".2500", float* %".2504"
  %".2506" = sext i32 %"ct169" to i64
  %".2507" = mul nsw i64 %".2506", 48
  %".2508" = add nsw i64 28, %".2507"
  %".2509" = getelementptr float, float* %"cols8", i64 %".2508"
  %".2510" = load float, float* %".2509"
  %".2511" = load float, float* %"c198"
  %".2512" = fadd reassoc contract float %".2510", %".2511"
  %".2513" = sext i32 %"ct169" to i64
  %".2514" = mul nsw i64 %".2513", 48
  %".2515" = add nsw i64 28, %".2514"
  %".2516" = getelementptr float, float* %"cols8", i64 %".2515"
  store float %".2512", float* %".2516"
  %".2518" = sext i32 %"ct169" to i64
  %".2519" = mul nsw i64 %".2518", 48
  %".2520" = add nsw i64 29, %".2519"
  %".2521" = getelementptr float, float* %"cols8", i64 %".2520"
  %".2522" = load float, float* %".2521"
  %".2523" = load float, float* %"c199"
  %".2524" = fadd reassoc contract float %".2522", %".2523"
  %".2525" = sext i32 %"ct169" to i64
  %".2526" = mul nsw i64 %".2525", 48
  %".2527" = add nsw i64 29, %".2526"
  %".2528" = getelementptr float, float* %"cols8", i64 %".2527"
  store float %".2524", float* %".2528"
  %".2530" = sext i32 %"ct169" to i64
  %".2531" = mul nsw i64 %".2530", 48
  %".2532" = add nsw i64 30, %".2531"
  %".2533" = getelementptr float, float* %"cols8", i64 %".2532"
  %".2534" = load float, float* %".2533"
  %".2535" = load float, float* %"c200"
  %".2536" = fadd reassoc contract float %".2534", %".2535"
  %".2537" = sext i32 %"ct169" to i64
  %".2538" = mul nsw i64 %".2537", 48
  %".2539" = add nsw i64 30, %".2538"
  %".2540" = getelementptr float, float* %"cols8", i64 %".2539"
  store float %".2536", float* %".2540"
  %".2542" = sext i32 %"ct169" to i64
  %".2543" = mul nsw i64 %".2542", 48
  %".2544" = add nsw i64 31, %".2543"
  %".2545" = getelementptr float, float* %"cols8", i64 %".2544"
  %".2546" = load float, float* %".2545"
  %".2547" = load float, float* %"c201"
  %".2548" = fadd reassoc contract float %".2546", %".2547"
  %".2549" = sext i32 %"ct169" to i64
  %".2550" = mul nsw i64 %".2549", 48
  %".2551" = add nsw i64 31, %".2550"
  %".2552" = getelementptr float, float* %"cols8", i64 %".2551"
  store float %".2548", float* %".2552"
  %".2554" = sext i32 %"ct169" to i64
  %".2555" = mul nsw i64 %".2554", 48
  %".2556" = add nsw i64 32, %".2555"
  %".2557" = getelementptr float, float* %"cols8", i64 %".2556"
  %".2558" = load float, float* %".2557"
  %".2559" = load float, float* %"c202"
  %".2560" = fadd reassoc contract float %".2558", %".2559"
  %".2561" = sext i32 %"ct169" to i64
  %".2562" = mul nsw i64 %".2561", 48
  %".2563" = add nsw i64 32, %".2562"
  %".2564" = getelementptr float, float* %"cols8", i64 %".2563"
  store float %".2560", float* %".2564"
  %".2566" = sext i32 %"ct169" to i64
  %".2567" = mul nsw i64 %".2566", 48
  %".2568" = add nsw i64 33, %".2567"
  %".2569" = getelementptr float, float* %"cols8", i64 %".2568"
  %".2570" = load float, float* %".2569"
  %".2571" = load float, float* %"c203"
  %".2572" = fadd reassoc contract float %".2570", %".2571"
  %".2573" = sext i32 %"ct169" to i64
  %".2574" = mul nsw i64 %".2573", 48
  %".2575" = add nsw i64 33, %".2574"
  %".2576" = getelementptr float, float* %"cols8", i64 %".2575"
  store float %".2572", float* %".2576"
  %".2578" = sext i32 %"ct169" to i64
  %".2579" = mul nsw i64 %".2578", 48
  %".2580" = add nsw i64 34, %".2579"
  %".2581" = getelementptr float, float* %"cols8", i64 %".2580"
  %".2582" = load float, float* %".2581"
  %".2583" = load float, float* %"c204"
  %".2584" = fadd reassoc contract float %".2582", %".2583"
  %".2585" = sext i32 %"ct169" to i64
  %".2586" = mul nsw i64 %".2585", 48
  %".2587" = add nsw i64 34, %".2586"
  %".2588" = getelementptr float, float* %"cols8", i64 %".2587"
  store float %".2584", float* %".2588"
  %".2590" = sext i32 %"ct169" to i64
  %".2591" = mul nsw i64 %".2590", 48
  %".2592" = add nsw i64 35, %".2591"
  %".2593" = getelementptr float, float* %"cols8", i64 %".2592"
  %".2594" = load float, float* %".2593"
  %".2595" = load float, float* %"c205"
  %".2596" = fadd reassoc contract float %".2594", %".2595"
  %".2597" = sext i32 %"ct169" to i64
  %".2598" = mul nsw i64 %".2597", 48
  %".2599" = add nsw i64 35, %".2598"
  %".2600" = getelementptr float, float* %"cols8", i64 %".2599"
  store float %".2596", float* %".2600"
  %".2602" = sext i32 %"ct169" to i64
  %".2603" = mul nsw i64 %".2602", 48
  %".2604" = add nsw i64 36, %".2603"
  %".2605" = getelementptr float, float* %"cols8", i64 %".2604"
  %".2606" = load float, float* %".2605"
  %".2607" = load float, float* %"c206"
  %".2608" = fadd reassoc contract float %".2606", %".2607"
  %".2609" = sext i32 %"ct169" to i64
  %".2610" = mul nsw i64 %".2609", 48
  %".2611" = add nsw i64 36, %".2610"
  %".2612" = getelementptr float, float* %"cols8", i64 %".2611"
  store float %".2608", float* %".2612"
  %".2614" = sext i32 %"ct169" to i64
  %".2615" = mul nsw i64 %".2614", 48
  %".2616" = add nsw i64 37, %".2615"
  %".2617" = getelementptr float, float* %"cols8", i64 %".2616"
  %".2618" = load float, float* %".2617"
  %".2619" = load float, float* %"c207"
  %".2620" = fadd reassoc contract float %".2618", %".2619"
  %".2621" = sext i32 %"ct169" to i64
  %".2622" = mul nsw i64 %".2621", 48
  %".2623" = add nsw i64 37, %".2622"
  %".2624" = getelementptr float, float* %"cols8", i64 %".2623"
  store float %".2620", float* %".2624"
  %".2626" = sext i32 %"ct169" to i64
  %".2627" = mul nsw i64 %".2626", 48
  %".2628" = add nsw i64 38, %".2627"
  %".2629" = getelementptr float, float* %"cols8", i64 %".2628"
  %".2630" = load float, float* %".2629"
  %".2631" = load float, float* %"c208"
  %".2632" = fadd reassoc contract float %".2630", %".2631"
  %".2633" = sext i32 %"ct169" to i64
  %".2634" = mul nsw i64 %".2633", 48
  %".2635" = add nsw i64 38, %".2634"
  %".2636" = getelementptr float, float* %"cols8", i64 %".2635"
  store float %".2632", float* %".2636"
  %".2638" = sext i32 %"ct169" to i64
  %".2639" = mul nsw i64 %".2638", 48
  %".2640" = add nsw i64 39, %".2639"
  %".2641" = getelementptr float, float* %"cols8", i64 %".2640"
  %".2642" = load float, float* %".2641"
  %".2643" = load float, float* %"c209"
  %".2644" = fadd reassoc contract float %".2642", %".2643"
  %".2645" = sext i32 %"ct169" to i64
  %".2646" = mul nsw i64 %".2645", 48
  %".2647" = add nsw i64 39, %".2646"
  %".2648" = getelementptr float, float* %"cols8", i64 %".2647"
  store float %".2644", float* %".2648"
  %".2650" = sext i32 %"ct169" to i64
  %".2651" = mul nsw i64 %".2650", 48
  %".2652" = add nsw i64 40, %".2651"
  %".2653" = getelementptr float, float* %"cols8", i64 %".2652"
  %".2654" = load float, float* %".2653"
  %".2655" = load float, float* %"c210"
  %".2656" = fadd reassoc contract float %".2654", %".2655"
  %".2657" = sext i32 %"ct169" to i64
  %".2658" = mul nsw i64 %".2657", 48
  %".2659" = add nsw i64 40, %".2658"
  %".2660" = getelementptr float, float* %"cols8", i64 %".2659"
  store float %".2656", float* %".2660"
  %".2662" = sext i32 %"ct169" to i64
  %".2663" = mul nsw i64 %".2662", 48
  %".2664" = add nsw i64 41, %".2663"
  %".2665" = getelementptr float, float* %"cols8", i64 %".2664"
  %".2666" = load float, float* %".2665"
  %".2667" = load float, float* %"c211"
  %".2668" = fadd reassoc contract float %".2666", %".2667"
  %".2669" = sext i32 %"ct169" to i64
  %".2670" = mul nsw i64 %".2669", 48
  %".2671" = add nsw i64 41, %".2670"
  %".2672" = getelementptr float, float* %"cols8", i64 %".2671"
  store float %".2668", float* %".2672"
  %".2674" = sext i32 %"ct169" to i64
  %".2675" = mul nsw i64 %".2674", 48
  %".2676" = add nsw i64 42, %".2675"
  %".2677" = getelementptr float, float* %"cols8", i64 %".2676"
  %".2678" = load float, float* %".2677"
  %".2679" = load float, float* %"c212"
  %".2680" = fadd reassoc contract float %".2678", %".2679"
  %".2681" = sext i32 %"ct169" to i64
  %".2682" = mul nsw i64 %".2681", 48
  %".2683" = add nsw i64 42, %".2682"
  %".2684" = getelementptr float, float* %"cols8", i64 %".2683"
  store float %".2680", float* %".2684"
  %".2686" = sext i32 %"ct169" to i64
  %".2687" = mul nsw i64 %".2686", 48
  %".2688" = add nsw i64 43, %".2687"
  %".2689" = getelementptr float, float* %"cols8", i64 %".2688"
  %".2690" = load float, float* %".2689"
  %".2691" = load float, float* %"c213"
  %".2692" = fadd reassoc contract float %".2690", %".2691"
  %".2693" = sext i32 %"ct169" to i64
  %".2694" = mul nsw i64 %".2693", 48
  %".2695" = add nsw i64 43, %".2694"
  %".2696" = getelementptr float, float* %"cols8", i64 %".2695"
  store float %".2692", float* %".2696"
  %".2698" = sext i32 %"ct169" to i64
  %".2699" = mul nsw i64 %".2698", 48
  %".2700" = add nsw i64 44, %".2699"
  %".2701" = getelementptr float, float* %"cols8", i64 %".2700"
  %".2702" = load float, float* %".2701"
  %".2703" = load float, float* %"c214"
  %".2704" = fadd reassoc contract float %".2702", %".2703"
  %".2705" = sext i32 %"ct169" to i64
  %".2706" = mul nsw i64 %".2705", 48
  %".2707" = add nsw i64 44, %".2706"
  %".2708" = getelementptr float, float* %"cols8", i64 %".2707"
  store float %".2704", float* %".2708"
  %".2710" = sext i32 %"ct169" to i64
  %".2711" = mul nsw i64 %".2710", 48
  %".2712" = add nsw i64 45, %".2711"
  %".2713" = getelementptr float, float* %"cols8", i64 %".2712"
  %".2714" = load float, float* %".2713"
  %".2715" = load float, float* %"c215"
  %".2716" = fadd reassoc contract float %".2714", %".2715"
  %".2717" = sext i32 %"ct169" to i64
  %".2718" = mul nsw i64 %".2717", 48
  %".2719" = add nsw i64 45, %".2718"
  %".2720" = getelementptr float, float* %"cols8", i64 %".2719"
  store float %".2716", float* %".2720"
  %".2722" = sext i32 %"ct169" to i64
  %".2723" = mul nsw i64 %".2722", 48
  %".2724" = add nsw i64 46, %".2723"
  %".2725" = getelementptr float, float* %"cols8", i64 %".2724"
  %".2726" = load float, float* %".2725"
  %".2727" = load float, float* %"c216"
  %".2728" = fadd reassoc contract float %".2726", %".2727"
  %".2729" = sext i32 %"ct169" to i64
  %".2730" = mul nsw i64 %".2729", 48
  %".2731" = add nsw i64 46, %".2730"
  %".2732" = getelementptr float, float* %"cols8", i64 %".2731"
  store float %".2728", float* %".2732"
  %".2734" = sext i32 %"ct169" to i64
  %".2735" = mul nsw i64 %".2734", 48
  %".2736" = add nsw i64 47, %".2735"
  %".2737" = getelementptr float, float* %"cols8", i64 %".2736"
  %".2738" = load float, float* %".2737"
  %".2739" = load float, float* %"c217"
  %".2740" = fadd reassoc contract float %".2738", %".2739"
  %".2741" = sext i32 %"ct169" to i64
  %".2742" = mul nsw i64 %".2741", 48
  %".2743" = add nsw i64 47, %".2742"
  %".2744" = getelementptr float, float* %"cols8", i64 %".2743"
  store float %".2740", float* %".2744"
  %".2746" = add nsw i32 %"ct169", 1
  br label %"ct169.head"
j265.head:
  %"j265" = phi  i32 [0, %"ct169.done"], [%".3010", %"j265.body"]
  %".2781" = icmp slt i32 %"j265", 48
  br i1 %".2781", label %"j265.body", label %"j265.done"
j265.body:
  %".2783" = sext i32 %"j265" to i64
  %".2784" = mul nsw i64 %".2783", 8
  %".2785" = getelementptr float, float* %"scores2", i64 %".2784"
  %".2786" = load float, float* %".2785"
  %".2787" = sext i32 %"j265" to i64
  %".2788" = mul nsw i64 %".2787", 8
  %".2789" = add nsw i64 1, %".2788"
  %".2790" = getelementptr float, float* %"scores2", i64 %".2789"
  %".2791" = load float, float* %".2790"
  %".2792" = sext i32 %"j265" to i64
  %".2793" = mul nsw i64 %".2792", 8
  %".2794" = add nsw i64 2, %".2793"
  %".2795" = getelementptr float, float* %"scores2", i64 %".2794"
  %".2796" = load float, float* %".2795"
  %".2797" = sext i32 %"j265" to i64
  %".2798" = mul nsw i64 %".2797", 8
  %".2799" = add nsw i64 3, %".2798"
  %".2800" = getelementptr float, float* %"scores2", i64 %".2799"
  %".2801" = load float, float* %".2800"
  %".2802" = sext i32 %"j265" to i64
  %".2803" = mul nsw i64 %".2802", 8
  %".2804" = add nsw i64 4, %".2803"
  %".2805" = getelementptr float, float* %"scores2", i64 %".2804"
  %".2806" = load float, float* %".2805"
  %".2807" = sext i32 %"j265" to i64
  %".2808" = mul nsw i64 %".2807", 8
  %".2809" = add nsw i64 5, %".2808"
  %".2810" = getelementptr float, float* %"scores2", i64 %".2809"
  %".2811" = load float, float* %".2810"
  %".2812" = sext i32 %"j265" to i64
  %".2813" = mul nsw i64 %".2812", 8
  %".2814" = add nsw i64 6, %".2813"
  %".2815" = getelementptr float, float* %"scores2", i64 %".2814"
  %".2816" = load float, float* %".2815"
  %".2817" = sext i32 %"j265" to i64
  %".2818" = mul nsw i64 %".2817", 8
  %".2819" = add nsw i64 7, %".2818"
  %".2820" = getelementptr float, float* %"scores2", i64 %".2819"
  %".2821" = load float, float* %".2820"
  %".2822" = sext i32 %"j265" to i64
  %".2823" = mul nsw i64 %".2822", 96
  %".2824" = add nsw i64 76, %".2823"
  %".2825" = sext i32 %"kb15" to i64
  %".2826" = mul nsw i64 %".2825", 96
  %".2827" = add nsw i64 %".2824", %".2826"
  %".2828" = sext i32 %"panel" to i64
  %".2829" = sext i32 %"n" to i64
  %".2830" = add nsw i64 7, %".2829"
  %".2831" = sdiv i64 %".2830", 8
  %".2832" = sdiv i64 %".2828", %".2831"
  %".2833" = mul nsw i64 %".2832", 16
  %".2834" = add nsw i64 %".2827", %".2833"
  %".2835" = getelementptr float, float* %"b1", i64 %".2834"
  %".2836" = load float, float* %".2835"
  %".2837" = sext i32 %"j265" to i64
  %".2838" = mul nsw i64 %".2837", 96
  %".2839" = add nsw i64 77, %".2838"
  %".2840" = sext i32 %"kb15" to i64
  %".2841" = mul nsw i64 %".2840", 96
  %".2842" = add nsw i64 %".2839", %".2841"
  %".2843" = sext i32 %"panel" to i64
  %".2844" = sext i32 %"n" to i64
  %".2845" = add nsw i64 7, %".2844"
  %".2846" = sdiv i64 %".2845", 8
  %".2847" = sdiv i64 %".2843", %".2846"
  %".2848" = mul nsw i64 %".2847", 16
  %".2849" = add nsw i64 %".2842", %".2848"
  %".2850" = getelementptr float, float* %"b1", i64 %".2849"
  %".2851" = load float, float* %".2850"
  %".2852" = sext i32 %"j265" to i64
  %".2853" = mul nsw i64 %".2852", 96
  %".2854" = add nsw i64 78, %".2853"
  %".2855" = sext i32 %"kb15" to i64
  %".2856" = mul nsw i64 %".2855", 96
  %".2857" = add nsw i64 %".2854", %".2856"
  %".2858" = sext i32 %"panel" to i64
  %".2859" = sext i32 %"n" to i64
  %".2860" = add nsw i64 7, %".2859"
  %".2861" = sdiv i64 %".2860", 8
  %".2862" = sdiv i64 %".2858", %".2861"
  %".2863" = mul nsw i64 %".2862", 16
  %".2864" = add nsw i64 %".2857", %".2863"
  %".2865" = getelementptr float, float* %"b1", i64 %".2864"
  %".2866" = load float, float* %".2865"
  %".2867" = sext i32 %"j265" to i64
  %".2868" = mul nsw i64 %".2867", 96
  %".2869" = add nsw i64 79, %".2868"
  %".2870" = sext i32 %"kb15" to i64
  %".2871" = mul nsw i64 %".2870", 96
  %".2872" = add nsw i64 %".2869", %".2871"
  %".2873" = sext i32 %"panel" to i64
  %".2874" = sext i32 %"n" to i64
  %".2875" = add nsw i64 7, %".2874"
  %".2876" = sdiv i64 %".2875", 8
  %".2877" = sdiv i64 %".2873", %".2876"
  %".2878" = mul nsw i64 %".2877", 16
  %".2879" = add nsw i64 %".2872", %".2878"
  %".2880" = getelementptr float, float* %"b1", i64 %".2879"
  %".2881" = load float, float* %".2880"
  %".2882" = load float, float* %"c233"
  %".2883" = fmul reassoc contract float %".2836", %".2786"
  %".2884" = fadd reassoc contract float %".2882", %".2883"
  store float %".2884", float* %"c233"
  %".2886" = load float, float* %"c234"
  %".2887" = fmul reassoc contract float %".2836", %".2791"
  %".2888" = fadd reassoc contract float %".2886", %".2887"
  store float %".2888", float* %"c234"
  %".2890" = load float, float* %"c235"
  %".2891" = fmul reassoc contract float %".2836", %".2796"
  %".2892" = fadd reassoc contract float %".2890", %".2891"
  store float %".2892", float* %"c235"
  %".2894" = load float, float* %"c236"
  %".2895" = fmul reassoc contract float %".2836", %".2801"
  %".2896" = fadd reassoc contract float %".2894", %".2895"
  store float %".2896", float* %"c236"
  %".2898" = load float, float* %"c237"
  %".2899" = fmul reassoc contract float %".2836", %".2806"
  %".2900" = fadd reassoc contract float %".2898", %".2899"
  store float %".2900", float* %"c237"
  %".2902" = load float, float* %"c238"
  %".2903" = fmul reassoc contract float %".2836", %".2811"
  %".2904" = fadd reassoc contract float %".2902", %".2903"
  store float %".2904", float* %"c238"
  %".2906" = load float, float* %"c239"
  %".2907" = fmul reassoc contract float %".2836", %".2816"
  %".2908" = fadd reassoc contract float %".2906", %".2907"
  store float %".2908", float* %"c239"
  %".2910" = load float, float* %"c240"
  %".2911" = fmul reassoc contract float %".2836", %".2821"
  %".2912" = fadd reassoc contract float %".2910", %".2911"
  store float %".2912", float* %"c240"
  %".2914" = load float, float* %"c241"
  %".2915" = fmul reassoc contract float %".2851", %".2786"
  %".2916" = fadd reassoc contract float %".2914", %".2915"
  store float %".2916", float* %"c241"
  %".2918" = load float, float* %"c242"
  %".2919" = fmul reassoc contract float %".2851", %".2791"
  %".2920" = fadd reassoc contract float %".2918", %".2919"
  store float %".2920", float* %"c242"
  %".2922" = load float, float* %"c243"
  %".2923" = fmul reassoc contract float %".2851", %".2796"
  %".2924" = fadd reassoc contract float %".2922", %".2923"
  store float %".2924", float* %"c243"
  %".2926" = load float, float* %"c244"
  %".2927" = fmul reassoc contract float %".2851", %".2801"
  %".2928" = fadd reassoc contract float %".2926", %".2927"
  store float %".2928", float* %"c244"
  %".2930" = load float, float* %"c245"
  %".2931" = fmul reassoc contract float %".2851", %".2806"
  %".2932" = fadd reassoc contract float %".2930", %".2931"
  store float %".2932", float* %"c245"
  %".2934" = load float, float* %"c246"
  %".2935" = fmul reassoc contract float %".2851", %".2811"
  %".2936" = fadd reassoc contract float %".2934", %".2935"
  store float %".2936", float* %"c246"
  %".2938" = load float, float* %"c247"
  %".2939" = fmul reassoc contract float %".2851", %".2816"
  %".2940" = fadd reassoc contract float %".2938", %".2939"
  store float %".2940", float* %"c247"
  %".2942" = load float, float* %"c248"
  %".2943" = fmul reassoc contract float %".2851", %".2821"
  %".2944" = fadd reassoc contract float %".2942", %".2943"
  store float %".2944", float* %"c248"
  %".2946" = load float, float* %"c249"
  %".2947" = fmul reassoc contract float %".2866", %".2786"
  %".2948" = fadd reassoc contract float %".2946", %".2947"
  store float %".2948", float* %"c249"
  %".2950" = load float, float* %"c250"
  %".2951" = fmul reassoc contract float %".2866", %".2791"
  %".2952" = fadd reassoc contract float %".2950", %".2951"
  store float %".2952", float* %"c250"
  %".2954" = load float, float* %"c251"
  %".2955" = fmul reassoc contract float %".2866", %".2796"
  %".2956" = fadd reassoc contract float %".2954", %".2955"
  store float %".2956", float* %"c251"
  %".2958" = load float, float* %"c252"
  %".2959" = fmul reassoc contract float %".2866", %".2801"
  %".2960" = fadd reassoc contract float %".2958", %".2959"
  store float %".2960", float* %"c252"
  %".2962" = load float, float* %"c253"
  %".2963" = fmul reassoc contract float %".2866", %".2806"
  %".2964" = fadd reassoc contract float %".2962", %".2963"
  store float %".2964", float* %"c253"
  %".2966" = load float, float* %"c254"
  %".2967" = fmul reassoc contract float %".2866", %".2811"
  %".2968" = fadd reassoc contract float %".2966", %".2967"
  store float %".2968", float* %"c254"
  %".2970" = load float, float* %"c255"
  %".2971" = fmul reassoc contract float %".2866", %".2816"
  %".2972" = fadd reassoc contract float %".2970", %".2971"
  store float %".2972", float* %"c255"
  %".2974" = load float, float* %"c256"
  %".2975" = fmul reassoc contract float %".2866", %".2821"
  %".2976" = fadd reassoc contract float %".2974", %".2975"
  store float %".2976", float* %"c256"
  %".2978" = load float, float* %"c257"
  %".2979" = fmul reassoc contract float %".2881", %".2786"
  %".2980" = fadd reassoc contract float %".2978", %".2979"
  store float %".2980", float* %"c257"
  %".2982" = load float, float* %"c258"
  %".2983" = fmul reassoc contract float %".2881", %".2791"
  %".2984" = fadd reassoc contract float %".2982", %".2983"
  store float %".2984", float* %"c258"
  %".2986" = load float, float* %"c259"
  %".2987" = fmul reassoc contract float %".2881", %".2796"
  %".2988" = fadd reassoc contract float %".2986", %".2987"
  store float %".2988", float* %"c259"
  %".2990" = load float, float* %"c260"
  %".2991" = fmul reassoc contract float %".2881", %".2801"
  %".2992" = fadd reassoc contract float %".2990", %".2991"
  store float %".2992", float* %"c260"
  %".2994" = load float, float* %"c261"
  %".2995" = fmul reassoc contract float %".2881", %".2806"
  %".2996" = fadd reassoc contract float %".2994", %".2995"
  store float %".2996", float* %"c261"
  %".2998" = load float, float* %"c262"
  %".2999" = fmul reassoc contract float %".2881", %".2811"
  %".3000" = fadd reassoc contract float %".2998", %".2999"
  store float %".3000", float* %"c262"
  %".3002" = load float, float* %"c263"
  %".3003" = fmul reassoc contract float %".2881", %".2816"
  %".3004" = fadd reassoc contract float %".3002", %".3003"
  store float %".3004", float* %"c263"
  %".3006" = load float, float* %"c264"
  %".3007" = fmul reassoc contract float %".2881", %".2821"
  %".3008" = fadd reassoc contract float %".3006", %".3007"
  store float %".3008", float* %"c264"
  %".3010" = add nsw i32 %"j265", 1
  br label %"j265.head", !llvm.loop !4
j265.done:
  %".3012" = getelementptr float, float* %"cols8", i64 96
  %".3013" = load float, float* %".3012"
  %".3014" = load float, float* %"c233"
  %".3015" = fadd reassoc contract float %".3013", %".3014"
  %".3016" = getelementptr float, float* %"cols8", i64 96
  store float %".3015", float* %".3016"
  %".3018" = getelementptr float, float* %"cols8", i64 97
  %".3019" = load float, float* %".3018"
  %".3020" = load float, float* %"c234"
  %".3021" = fadd reassoc contract float %".3019", %".3020"
  %".3022" = getelementptr float, float* %"cols8", i64 97
  store float %".3021", float* %".3022"
  %".3024" = getelementptr float, float* %"cols8", i64 98
  %".3025" = load float, float* %".3024"
  %".3026" = load float, float* %"c235"
  %".3027" = fadd reassoc contract float %".3025", %".3026"
  %".3028" = getelementptr float, float* %"cols8", i64 98
  store float %".3027", float* %".3028"
  %".3030" = getelementptr float, float* %"cols8", i64 99
  %".3031" = load float, float* %".3030"
  %".3032" = load float, float* %"c236"
  %".3033" = fadd reassoc contract float %".3031", %".3032"
  %".3034" = getelementptr float, float* %"cols8", i64 99
  store float %".3033", float* %".3034"
  %".3036" = getelementptr float, float* %"cols8", i64 100
  %".3037" = load float, float* %".3036"
  %".3038" = load float, float* %"c237"
  %".3039" = fadd reassoc contract float %".3037", %".3038"
  %".3040" = getelementptr float, float* %"cols8", i64 100
  store float %".3039", float* %".3040"
  %".3042" = getelementptr float, float* %"cols8", i64 101
  %".3043" = load float, float* %".3042"
  %".3044" = load float, float* %"c238"
  %".3045" = fadd reassoc contract float %".3043", %".3044"
  %".3046" = getelementptr float, float* %"cols8", i64 101
  store float %".3045", float* %".3046"
  %".3048" = getelementptr float, float* %"cols8", i64 102
  %".3049" = load float, float* %".3048"
  %".3050" = load float, float* %"c239"
  %".3051" = fadd reassoc contract float %".3049", %".3050"
  %".3052" = getelementptr float, float* %"cols8", i64 102
  store float %".3051", float* %".3052"
  %".3054" = getelementptr float, float* %"cols8", i64 103
  %".3055" = load float, float* %".3054"
  %".3056" = load float, float* %"c240"
  %".3057" = fadd reassoc contract float %".3055", %".3056"
  %".3058" = getelementptr float, float* %"cols8", i64 103
  store float %".3057", float* %".3058"
  %".3060" = getelementptr float, float* %"cols8", i64 104
  %".3061" = load float, float* %".3060"
  %".3062" = load float, float* %"c241"
  %".3063" = fadd reassoc contract float %".3061", %".3062"
  %".3064" = getelementptr float, float* %"cols8", i64 104
  store float %".3063", float* %".3064"
  %".3066" = getelementptr float, float* %"cols8", i64 105
  %".3067" = load float, float* %".3066"
  %".3068" = load float, float* %"c242"
  %".3069" = fadd reassoc contract float %".3067", %".3068"
  %".3070" = getelementptr float, float* %"cols8", i64 105
  store float %".3069", float* %".3070"
  %".3072" = getelementptr float, float* %"cols8", i64 106
  %".3073" = load float, float* %".3072"
  %".3074" = load float, float* %"c243"
  %".3075" = fadd reassoc contract float %".3073", %".3074"
  %".3076" = getelementptr float, float* %"cols8", i64 106
  store float %".3075", float* %".3076"
  %".3078" = getelementptr float, float* %"cols8", i64 107
  %".3079" = load float, float* %".3078"
  %".3080" = load float, float* %"c244"
  %".3081" = fadd reassoc contract float %".3079", %".3080"
  %".3082" = getelementptr float, float* %"cols8", i64 107
  store float %".3081", float* %".3082"
  %".3084" = getelementptr float, float* %"cols8", i64 108
  %".3085" = load float, float* %".3084"
  %".3086" = load float, float* %"c245"
  %".3087" = fadd reassoc contract float %".3085", %".3086"
  %".3088" = getelementptr float, float* %"cols8", i64 108
  store float %".3087", float* %".3088"
  %".3090" = getelementptr float, float* %"cols8", i64 109
  %".3091" = load float, float* %".3090"
  %".3092" = load float, float* %"c246"
  %".3093" = fadd reassoc contract float %".3091", %".3092"
  %".3094" = getelementptr float, float* %"cols8", i64 109
  store float %".3093", float* %".3094"
  %".3096" = getelementptr float, float* %"cols8", i64 110
  %".3097" = load float, float* %".3096"
  %".3098" = load float, float* %"c247"
  %".3099" = fadd reassoc contract float %".3097", %".3098"
  %".3100" = getelementptr float, float* %"cols8", i64 110
  store float %".3099", float* %".3100"
  %".3102" = getelementptr float, float* %"cols8", i64 111
  %".3103" = load float, float* %".3102"
  %".3104" = load float, float* %"c248"
  %".3105" = fadd reassoc contract float %".3103", %".3104"
  %".3106" = getelementptr float, float* %"cols8", i64 111
  store float %".3105", float* %".3106"
  %".3108" = getelementptr float, float* %"cols8", i64 112
  %".3109" = load float, float* %".3108"
  %".3110" = load float, float* %"c249"
  %".3111" = fadd reassoc contract float %".3109", %".3110"
  %".3112" = getelementptr float, float* %"cols8", i64 112
  store float %".3111", float* %".3112"
  %".3114" = getelementptr float, float* %"cols8", i64 113
  %".3115" = load float, float* %".3114"
  %".3116" = load float, float* %"c250"
  %".3117" = fadd reassoc contract float %".3115", %".3116"
  %".3118" = getelementptr float, float* %"cols8", i64 113
  store float %".3117", float* %".3118"
  %".3120" = getelementptr float, float* %"cols8", i64 114
  %".3121" = load float, float* %".3120"
  %".3122" = load float, float* %"c251"
  %".3123" = fadd reassoc contract float %".3121", %".3122"
  %".3124" = getelementptr float, float* %"cols8", i64 114
  store float %".3123", float* %".3124"
  %".3126" = getelementptr float, float* %"cols8", i64 115
  %".3127" = load float, float* %".3126"
  %".3128" = load float, float* %"c252"
  %".3129" = fadd reassoc contract float %".3127", %".3128"
  %".3130" = getelementptr float, float* %"cols8", i64 115
  store float %".3129", float* %".3130"
  %".3132" = getelementptr float, float* %"cols8", i64 116
  %".3133" = load float, float* %".3132"
  %".3134" = load float, float* %"c253"
  %".3135" = fadd reassoc contract float %".3133", %".3134"
  %".3136" = getelementptr float, float* %"cols8", i64 116
  store float %".3135", float* %".3136"
  %".3138" = getelementptr float, float* %"cols8", i64 117
  %".3139" = load float, float* %".3138"
  %".3140" = load float, float* %"c254"
  %".3141" = fadd reassoc contract float %".3139", %".3140"
  %".3142" = getelementptr float, float* %"cols8", i64 117
  store float %".3141", float* %".3142"
  %".3144" = getelementptr float, float* %"cols8", i64 118
  %".3145" = load float, float* %".3144"
  %".3146" = load float, float* %"c255"
  %".3147" = fadd reassoc contract float %".3145", %".3146"
  %".3148" = getelementptr float, float* %"cols8", i64 118
  store float %".3147", float* %".3148"
  %".3150" = getelementptr float, float* %"cols8", i64 119
  %".3151" = load float, float* %".3150"
  %".3152" = load float, float* %"c256"
  %".3153" = fadd reassoc contract float %".3151", %".3152"
  %".3154" = getelementptr float, float* %"cols8", i64 119
  store float %".3153", float* %".3154"
  %".3156" = getelementptr float, float* %"cols8", i64 120
  %".3157" = load float, float* %".3156"
  %".3158" = load float, float* %"c257"
  %".3159" = fadd reassoc contract float %".3157", %".3158"
  %".3160" = getelementptr float, float* %"cols8", i64 120
  store float %".3159", float* %".3160"
  %".3162" = getelementptr float, float* %"cols8", i64 121
  %".3163" = load float, float* %".3162"
  %".3164" = load float, float* %"c258"
  %".3165" = fadd reassoc contract float %".3163", %".3164"
  %".3166" = getelementptr float, float* %"cols8", i64 121
  store float %".3165", float* %".3166"
  %".3168" = getelementptr float, float* %"cols8", i64 122
  %".3169" = load float, float* %".3168"
  %".3170" = load float, float* %"c259"
  %".3171" = fadd reassoc contract float %".3169", %".3170"
  %".3172" = getelementptr float, float* %"cols8", i64 122
  store float %".3171", float* %".3172"
  %".3174" = getelementptr float, float* %"cols8", i64 123
  %".3175" = load float, float* %".3174"
  %".3176" = load float, float* %"c260"
  %".3177" = fadd reassoc contract float %".3175", %".3176"
  %".3178" = getelementptr float, float* %"cols8", i64 123
  store float %".3177", float* %".3178"
  %".3180" = getelementptr float, float* %"cols8", i64 124
  %".3181" = load float, float* %".3180"
  %".3182" = load float, float* %"c261"
  %".3183" = fadd reassoc contract float %".3181", %".3182"
  %".3184" = getelementptr float, float* %"cols8", i64 124
  store float %".3183", float* %".3184"
  %".3186" = getelementptr float, float* %"cols8", i64 125
  %".3187" = load float, float* %".3186"
  %".3188" = load float, float* %"c262"
  %".3189" = fadd reassoc contract float %".3187", %".3188"
  %".3190" = getelementptr float, float* %"cols8", i64 125
  store float %".3189", float* %".3190"
  %".3192" = getelementptr float, float* %"cols8", i64 126
  %".3193" = load float, float* %".3192"
  %".3194" = load float, float* %"c263"
  %".3195" = fadd reassoc contract float %".3193", %".3194"
  %".3196" = getelementptr float, float* %"cols8", i64 126
  store float %".3195", float* %".3196"
  %".3198" = getelementptr float, float* %"cols8", i64 127
  %".3199" = load float, float* %".3198"
  %".3200" = load float, float* %"c264"
  %".3201" = fadd reassoc contract float %".3199", %".3200"
  %".3202" = getelementptr float, float* %"cols8", i64 127
  store float %".3201", float* %".3202"
  br label %"endif.3"
then.4:
  br label %"ct278.head"
endif.4:
  br label %"endif"
ct278.head:
  %"ct278" = phi  i32 [0, %"then.4"], [%".4202", %"j327.done"]
  %".3210" = icmp slt i32 %"ct278", 2
  br i1 %".3210", label %"ct278.body", label %"ct278.done"
ct278.body:
  store float              0x0, float* %"c279"
  store float              0x0, float* %"c280"
  store float              0x0, float* %"c281"
  store float              0x0, float* %"c282"
  store float              0x0, float* %"c283"
  store float              0x0, float* %"c284"
  store float              0x0, float* %"c285"
  store float              0x0, float* %"c286"
  store float              0x0, float* %"c287"
  store float              0x0, float* %"c288"
  store float              0x0, float* %"c289"
  store float              0x0, float* %"c290"
  store float              0x0, float* %"c291"
  store float              0x0, float* %"c292"
  store float              0x0, float* %"c293"
  store float              0x0, float* %"c294"
  store float              0x0, float* %"c295"
  store float              0x0, float* %"c296"
  store float              0x0, float* %"c297"
  store float              0x0, float* %"c298"
  store float              0x0, float* %"c299"
  store float              0x0, float* %"c300"
  store float              0x0, float* %"c301"
  store float              0x0, float* %"c302"
  store float              0x0, float* %"c303"
  store float              0x0, float* %"c304"
  store float              0x0, float* %"c305"
  store float              0x0, float* %"c306"
  store float              0x0, float* %"c307"
  store float              0x0, float* %"c308"
  store float              0x0, float* %"c309"
  store float              0x0, float* %"c310"
  store float              0x0, float* %"c311"
  store float              0x0, float* %"c312"
  store float              0x0, float* %"c313"
  store float              0x0, float* %"c314"
  store float              0x0, float* %"c315"
  store float              0x0, float* %"c316"
  store float              0x0, float* %"c317"
  store float              0x0, float* %"c318"
  store float              0x0, float* %"c319"
  store float              0x0, float* %"c320"
  store float              0x0, float* %"c321"
  store float              0x0, float* %"c322"
  store float              0x0, float* %"c323"
  store float              0x0, float* %"c324"
  store float              0x0, float* %"c325"
  store float              0x0, float* %"c326"
  br label %"j327.head"
ct278.done:
  store float              0x0, float* %"c342"
  store float              0x0, float* %"c343"
  store float              0x0, float* %"c344"
  store float              0x0, float* %"c345"
  store float              0x0, float* %"c346"
  store float              0x0, float* %"c347"
  store float              0x0, float* %"c348"
  store float              0x0, float* %"c349"
  store float              0x0, float* %"c350"
  store float              0x0, float* %"c351"
  store float              0x0, float* %"c352"
  store float              0x0, float* %"c353"
  store float              0x0, float* %"c354"
  store float              0x0, float* %"c355"
  store float              0x0, float* %"c356"
  store float              0x0, float* %"c357"
  store float              0x0, float* %"c358"
  store float              0x0, float* %"c359"
  store float              0x0, float* %"c360"
  store float              0x0, float* %"c361"
  store float              0x0, float* %"c362"
  store float              0x0, float* %"c363"
  store float              0x0, float* %"c364"
  store float              0x0, float* %"c365"
  store float              0x0, float* %"c366"
  store float              0x0, float* %"c367"
  store float              0x0, float* %"c368"
  store float              0x0, float* %"c369"
  store float              0x0, float* %"c370"
  store float              0x0, float* %"c371"
  store float              0x0, float* %"c372"
  store float              0x0, float* %"c373"
  br label %"j374.head"
j327.head:
  %"j327" = phi  i32 [0, %"ct278.body"], [%".3626", %"j327.body"]
  %".3261" = icmp slt i32 %"j327", 48
  br i1 %".3261", label %"j327.body", label %"j327.done"
j327.body:
  %".3263" = sext i32 %"j327" to i64
  %".3264" = mul nsw i64 %".3263", 8
  %".3265" = getelementptr float, float* %"scores2", i64 %".3264"
  %".3266" = load float, float* %".3265"
  %".3267" = sext i32 %"j327" to i64
  %".3268" = mul nsw i64 %".3267", 8
  %".3269" = add nsw i64 1, %".3268"
  %".3270" = getelementptr float, float* %"scores2", i64 %".3269"
  %".3271" = load float, float* %".3270"
  %".3272" = sext i32 %"j327" to i64
  %".3273" = mul nsw i64 %".3272", 8
  %".3274" = add nsw i64 2, %".3273"
  %".3275" = getelementptr float, float* %"scores2", i64 %".3274"
  %".3276" = load float, float* %".3275"
  %".3277" = sext i32 %"j327" to i64
  %".3278" = mul nsw i64 %".3277", 8
  %".3279" = add nsw i64 3, %".3278"
  %".3280" = getelementptr float, float* %"scores2", i64 %".3279"
  %".3281" = load float, float* %".3280"
  %".3282" = sext i32 %"j327" to i64
  %".3283" = mul nsw i64 %".3282", 8
  %".3284" = add nsw i64 4, %".3283"
  %".3285" = getelementptr float, float* %"scores2", i64 %".3284"
  %".3286" = load float, float* %".3285"
  %".3287" = sext i32 %"j327" to i64
  %".3288" = mul nsw i64 %".3287", 8
  %".3289" = add nsw i64 5, %".3288"
  %".3290" = getelementptr float, float* %"scores2", i64 %".3289"
  %".3291" = load float, float* %".3290"
  %".3292" = sext i32 %"j327" to i64
  %".3293" = mul nsw i64 %".3292", 8
  %".3294" = add nsw i64 6, %".3293"
  %".3295" = getelementptr float, float* %"scores2", i64 %".3294"
  %".3296" = load float, float* %".3295"
  %".3297" = sext i32 %"j327" to i64
  %".3298" = mul nsw i64 %".3297", 8
  %".3299" = add nsw i64 7, %".3298"
  %".3300" = getelementptr float, float* %"scores2", i64 %".3299"
  %".3301" = load float, float* %".3300"
  %".3302" = sext i32 %"ct278" to i64
  %".3303" = mul nsw i64 %".3302", 6
  %".3304" = add nsw i64 64, %".3303"
  %".3305" = sext i32 %"j327" to i64
  %".3306" = mul nsw i64 %".3305", 96
  %".3307" = add nsw i64 %".3304", %".3306"
  %".3308" = sext i32 %"kb15" to i64
  %".3309" = mul nsw i64 %".3308", 96
  %".3310" = add nsw i64 %".3307", %".3309"
  %".3311" = sext i32 %"panel" to i64
  %".3312" = sext i32 %"n" to i64
  %".3313" = add nsw i64 7, %".3312"
  %".3314" = sdiv i64 %".3313", 8
  %".3315" = sdiv i64 %".3311", %".3314"
  %".3316" = mul nsw i64 %".3315", 16
  %".3317" = add nsw i64 %".3310", %".3316"
  %".3318" = add i32 %"j327", %"kb15"
  %".3319" = icmp slt i32 %".3318", %"n"
  %".3320" = select  i1 %".3319", i64 %".3317", i64 0
  %".3321" = getelementptr float, float* %"b1", i64 %".3320"
  %".3322" = load float, float* %".3321"
  %".3323" = select  i1 %".3319", float %".3322", float              0x0
  %".3324" = sext i32 %"ct278" to i64
  %".3325" = mul nsw i64 %".3324", 6
  %".3326" = add nsw i64 65, %".3325"
  %".3327" = sext i32 %"j327" to i64
  %".3328" = mul nsw i64 %".3327", 96
  %".3329" = add nsw i64 %".3326", %".3328"
  %".3330" = sext i32 %"kb15" to i64
  %".3331" = mul nsw i64 %".3330", 96
  %".3332" = add nsw i64 %".3329", %".3331"
  %".3333" = sext i32 %"panel" to i64
  %".3334" = sext i32 %"n" to i64
  %".3335" = add nsw i64 7, %".3334"
  %".3336" = sdiv i64 %".3335", 8
  %".3337" = sdiv i64 %".3333", %".3336"
  %".3338" = mul nsw i64 %".3337", 16
  %".3339" = add nsw i64 %".3332", %".3338"
  %".3340" = add i32 %"j327", %"kb15"
  %".3341" = icmp slt i32 %".3340", %"n"
  %".3342" = select  i1 %".3341", i64 %".3339", i64 0
  %".3343" = getelementptr float, float* %"b1", i64 %".3342"
  %".3344" = load float, float* %".3343"
  %".3345" = select  i1 %".3341", float %".3344", float              0x0
  %".3346" = sext i32 %"ct278" to i64
  %".3347" = mul nsw i64 %".3346", 6
  %".3348" = add nsw i64 66, %".3347"
  %".3349" = sext i32 %"j327" to i64
  %".3350" = mul nsw i64 %".3349", 96
  %".3351" = add nsw i64 %".3348", %".3350"
  %".3352" = sext i32 %"kb15" to i64
  %".3353" = mul nsw i64 %".3352", 96
  %".3354" = add nsw i64 %".3351", %".3353"
  %".3355" = sext i32 %"panel" to i64
  %".3356" = sext i32 %"n" to i64
  %".3357" = add nsw i64 7, %".3356"
  %".3358" = sdiv i64 %".3357", 8
  %".3359" = sdiv i64 %".3355", %".3358"
  %".3360" = mul nsw i64 %".3359", 16
  %".3361" = add nsw i64 %".3354", %".3360"
  %".3362" = add i32 %"j327", %"kb15"
  %".3363" = icmp slt i32 %".3362", %"n"
  %".3364" = select  i1 %".3363", i64 %".3361", i64 0
  %".3365" = getelementptr float, float* %"b1", i64 %".3364"
  %".3366" = load float, float* %".3365"
  %".3367" = select  i1 %".3363", float %".3366", float              0x0
  %".3368" = sext i32 %"ct278" to i64
  %".3369" = mul nsw i64 %".3368", 6
  %".3370" = add nsw i64 67, %".3369"
  %".3371" = sext i32 %"j327" to i64
  %".3372" = mul nsw i64 %".3371", 96
  %".3373" = add nsw i64 %".3370", %".3372"
  %".3374" = sext i32 %"kb15" to i64
  %".3375" = mul nsw i64 %".3374", 96
  %".3376" = add nsw i64 %".3373", %".3375"
  %".3377" = sext i32 %"panel" to i64
  %".3378" = sext i32 %"n" to i64
  %".3379" = add nsw i64 7, %".3378"
  %".3380" = sdiv i64 %".3379", 8
  %".3381" = sdiv i64 %".3377", %".3380"
  %".3382" = mul nsw i64 %".3381", 16
  %".3383" = add nsw i64 %".3376", %".3382"
  %".3384" = add i32 %"j327", %"kb15"
  %".3385" = icmp slt i32 %".3384", %"n"
  %".3386" = select  i1 %".3385", i64 %".3383", i64 0
  %".3387" = getelementptr float, float* %"b1", i64 %".3386"
  %".3388" = load float, float* %".3387"
  %".3389" = select  i1 %".3385", float %".3388", float              0x0
  %".3390" = sext i32 %"ct278" to i64
  %".3391" = mul nsw i64 %".3390", 6
  %".3392" = add nsw i64 68, %".3391"
  %".3393" = sext i32 %"j327" to i64
  %".3394" = mul nsw i64 %".3393", 96
  %".3395" = add nsw i64 %".3392", %".3394"
  %".3396" = sext i32 %"kb15" to i64
  %".3397" = mul nsw i64 %".3396", 96
  %".3398" = add nsw i64 %".3395", %".3397"
  %".3399" = sext i32 %"panel" to i64
  %".3400" = sext i32 %"n" to i64
  %".3401" = add nsw i64 7, %".3400"
  %".3402" = sdiv i64 %".3401", 8
  %".3403" = sdiv i64 %".3399", %".3402"
  %".3404" = mul nsw i64 %".3403", 16
  %".3405" = add nsw i64 %".3398", %".3404"
  %".3406" = add i32 %"j327", %"kb15"
  %".3407" = icmp slt i32 %".3406", %"n"
  %".3408" = select  i1 %".3407", i64 %".3405", i64 0
  %".3409" = getelementptr float, float* %"b1", i64 %".3408"
  %".3410" = load float, float* %".3409"
  %".3411" = select  i1 %".3407", float %".3410", float              0x0
  %".3412" = sext i32 %"ct278" to i64
  %".3413" = mul nsw i64 %".3412", 6
  %".3414" = add nsw i64 69, %".3413"
  %".3415" = sext i32 %"j327" to i64
  %".3416" = mul nsw i64 %".3415", 96
  %".3417" = add nsw i64 %".3414", %".3416"
  %".3418" = sext i32 %"kb15" to i64
  %".3419" = mul nsw i64 %".3418", 96
  %".3420" = add nsw i64 %".3417", %".3419"
  %".3421" = sext i32 %"panel" to i64
  %".3422" = sext i32 %"n" to i64
  %".3423" = add nsw i64 7, %".3422"
  %".3424" = sdiv i64 %".3423", 8
  %".3425" = sdiv i64 %".3421", %".3424"
  %".3426" = mul nsw i64 %".3425", 16
  %".3427" = add nsw i64 %".3420", %".3426"
  %".3428" = add i32 %"j327", %"kb15"
  %".3429" = icmp slt i32 %".3428", %"n"
  %".3430" = select  i1 %".3429", i64 %".3427", i64 0
  %".3431" = getelementptr float, float* %"b1", i64 %".3430"
  %".3432" = load float, float* %".3431"
  %".3433" = select  i1 %".3429", float %".3432", float              0x0
  %".3434" = load float, float* %"c279"
  %".3435" = fmul reassoc contract float %".3323", %".3266"
  %".3436" = fadd reassoc contract float %".3434", %".3435"
  store float %".3436", float* %"c279"
  %".3438" = load float, float* %"c280"
  %".3439" = fmul reassoc contract float %".3323", %".3271"
  %".3440" = fadd reassoc contract float %".3438", %".3439"
  store float %".3440", float* %"c280"
  %".3442" = load float, float* %"c281"
  %".3443" = fmul reassoc contract float %".3323", %".3276"
  %".3444" = fadd reassoc contract float %".3442", %".3443"
  store float %".3444", float* %"c281"
  %".3446" = load float, float* %"c282"
  %".3447" = fmul reassoc contract float %".3323", %".3281"
  %".3448" = fadd reassoc contract float %".3446", %".3447"
  store float %".3448", float* %"c282"
  %".3450" = load float, float* %"c283"
  %".3451" = fmul reassoc contract float %".3323", %".3286"
  %".3452" = fadd reassoc contract float %".3450", %".3451"
  store float %".3452", float* %"c283"
  %".3454" = load float, float* %"c284"
  %".3455" = fmul reassoc contract float %".3323", %".3291"
  %".3456" = fadd reassoc contract float %".3454", %".3455"
  store float %".3456", float* %"c284"
  %".3458" = load float, float* %"c285"
  %".3459" = fmul reassoc contract float %".3323", %".3296"
  %".3460" = fadd reassoc contract float %".3458", %".3459"
  store float %".3460", float* %"c285"
  %".3462" = load float, float* %"c286"
  %".3463" = fmul reassoc contract float %".3323", %".3301"
  %".3464" = fadd reassoc contract float %".3462", %".3463"
  store float %".3464", float* %"c286"
  %".3466" = load float, float* %"c287"
  %".3467" = fmul reassoc contract float %".3345", %".3266"
  %".3468" = fadd reassoc contract float %".3466", %".3467"
  store float %".3468", float* %"c287"
  %".3470" = load float, float* %"c288"
  %".3471" = fmul reassoc contract float %".3345", %".3271"
  %".3472" = fadd reassoc contract float %".3470", %".3471"
  store float %".3472", float* %"c288"
  %".3474" = load float, float* %"c289"
  %".3475" = fmul reassoc contract float %".3345", %".3276"
  %".3476" = fadd reassoc contract float %".3474", %".3475"
  store float %".3476", float* %"c289"
  %".3478" = load float, float* %"c290"
  %".3479" = fmul reassoc contract float %".3345", %".3281"
  %".3480" = fadd reassoc contract float %".3478", %".3479"
  store float %".3480", float* %"c290"
  %".3482" = load float, float* %"c291"
  %".3483" = fmul reassoc contract float %".3345", %".3286"
  %".3484" = fadd reassoc contract float %".3482", %".3483"
  store float %".3484", float* %"c291"
  %".3486" = load float, float* %"c292"
  %".3487" = fmul reassoc contract float %".3345", %".3291"
  %".3488" = fadd reassoc contract float %".3486", %".3487"
  store float %".3488", float* %"c292"
  %".3490" = load float, float* %"c293"
  %".3491" = fmul reassoc contract float %".3345", %".3296"
  %".3492" = fadd reassoc contract float %".3490", %".3491"
  store float %".3492", float* %"c293"
  %".3494" = load float, float* %"c294"
  %".3495" = fmul reassoc contract float %".3345", %".3301"
  %".3496" = fadd reassoc contract float %".3494", %".3495"
  store float %".3496", float* %"c294"
  %".3498" = load float, float* %"c295"
  %".3499" = fmul reassoc contract float %".3367", %".3266"
  %".3500" = fadd reassoc contract float %".3498", %".3499"
  store float %".3500", float* %"c295"
  %".3502" = load float, float* %"c296"
  %".3503" = fmul reassoc contract float %".3367", %".3271"
  %".3504" = fadd reassoc contract float %".3502", %".3503"
  store float %".3504", float* %"c296"
  %".3506" = load float, float* %"c297"
  %".3507" = fmul reassoc contract float %".3367", %".3276"
  %".3508" = fadd reassoc contract float %".3506", %".3507"
  store float %".3508", float* %"c297"
  %".3510" = load float, float* %"c298"
  %".3511" = fmul reassoc contract float %".3367", %".3281"
  %".3512" = fadd reassoc contract float %".3510", %".3511"
  store float %".3512", float* %"c298"
  %".3514" = load float, float* %"c299"
  %".3515" = fmul reassoc contract float %".3367", %".3286"
  %".3516" = fadd reassoc contract float %".3514", %".3515"
  store float %".3516", float* %"c299"
  %".3518" = load float, float* %"c300"
  %".3519" = fmul reassoc contract float %".3367", %".3291"
  %".3520" = fadd reassoc contract float %".3518", %".3519"
  store float %".3520", float* %"c300"
  %".3522" = load float, float* %"c301"
  %".3523" = fmul reassoc contract float %".3367", %".3296"
  %".3524" = fadd reassoc contract float %".3522", %".3523"
  store float %".3524", float* %"c301"
  %".3526" = load float, float* %"c302"
  %".3527" = fmul reassoc contract float %".3367", %".3301"
  %".3528" = fadd reassoc contract float %".3526", %".3527"
  store float %".3528", float* %"c302"
  %".3530" = load float, float* %"c303"
  %".3531" = fmul reassoc contract float %".3389", %".3266"
  %".3532" = fadd reassoc contract float %".3530", %".3531"
  store float %".3532", float* %"c303"
  %".3534" = load float, float* %"c304"
  %".3535" = fmul reassoc contract float %".3389", %".3271"
  %".3536" = fadd reassoc contract float %".3534", %".3535"
  store float %".3536", float* %"c304"
  %".3538" = load float, float* %"c305"
  %".3539" = fmul reassoc contract float %".3389", %".3276"
  %".3540" = fadd reassoc contract float %".3538", %".3539"
  store float %".3540", float* %"c305"
  %".3542" = load float, float* %"c306"
  %".3543" = fmul reassoc contract float %".3389", %".3281"
  %".3544" = fadd reassoc contract float %".3542", %".3543"
  store float %".3544", float* %"c306"
  %".3546" = load float, float* %"c307"
  %".3547" = fmul reassoc contract float %".3389", %".3286"
  %".3548" = fadd reassoc contract float %".3546", %".3547"
  store float %".3548", float* %"c307"
  %".3550" = load float, float* %"c308"
  %".3551" = fmul reassoc contract float %".3389", %".3291"
  %".3552" = fadd reassoc contract float %".3550", %".3551"
  store float %".3552", float* %"c308"
  %".3554" = load float, float* %"c309"
  %".3555" = fmul reassoc contract float %".3389", %".3296"
  %".3556" = fadd reassoc contract float %".3554", %".3555"
  store float %".3556", float* %"c309"
  %".3558" = load float, float* %"c310"
  %".3559" = fmul reassoc contract float %".3389", %".3301"
  %".3560" = fadd reassoc contract float %".3558", %".3559"
  store float %".3560", float* %"c310"
  %".3562" = load float, float* %"c311"
  %".3563" = fmul reassoc contract float %".3411", %".3266"
  %".3564" = fadd reassoc contract float %".3562", %".3563"
  store float %".3564", float* %"c311"
  %".3566" = load float, float* %"c312"
  %".3567" = fmul reassoc contract float %".3411", %".3271"
  %".3568" = fadd reassoc contract float %".3566", %".3567"
  store float %".3568", float* %"c312"
  %".3570" = load float, float* %"c313"
  %".3571" = fmul reassoc contract float %".3411", %".3276"
  %".3572" = fadd reassoc contract float %".3570", %".3571"
  store float %".3572", float* %"c313"
  %".3574" = load float, float* %"c314"
  %".3575" = fmul reassoc contract float %".3411", %".3281"
  %".3576" = fadd reassoc contract float %".3574", %".3575"
  store float %".3576", float* %"c314"
  %".3578" = load float, float* %"c315"
  %".3579" = fmul reassoc contract float %".3411", %".3286"
  %".3580" = fadd reassoc contract float %".3578", %".3579"
  store float %".3580", float* %"c315"
  %".3582" = load float, float* %"c316"
  %".3583" = fmul reassoc contract float %".3411", %".3291"
  %".3584" = fadd reassoc contract float %".3582", %".3583"
  store float %".3584", float* %"c316"
  %".3586" = load float, float* %"c317"
  %".3587" = fmul reassoc contract float %".3411", %".3296"
  %".3588" = fadd reassoc contract float %".3586", %".3587"
  store float %".3588", float* %"c317"
  %".3590" = load float, float* %"c318"
  %".3591" = fmul reassoc contract float %".3411", %".3301"
  %".3592" = fadd reassoc contract float %".3590", %".3591"
  store float %".3592", float* %"c318"
  %".3594" = load float, float* %"c319"
  %".3595" = fmul reassoc contract float %".3433", %".3266"
  %".3596" = fadd reassoc contract float %".3594", %".3595"
  store float %".3596", float* %"c319"
  %".3598" = load float, float* %"c320"
  %".3599" = fmul reassoc contract float %".3433", %".3271"
  %".3600" = fadd reassoc contract float %".3598", %".3599"
  store float %".3600", float* %"c320"
  %".3602" = load float, float* %"c321"
  %".3603" = fmul reassoc contract float %".3433", %".3276"
  %".3604" = fadd reassoc contract float %".3602", %".3603"
  store float %".3604", float* %"c321"
  %".3606" = load float, float* %"c322"
  %".3607" = fmul reassoc contract float %".3433", %".3281"
  %".3608" = fadd reassoc contract float %".3606", %".3607"
  store float %".3608", float* %"c322"
  %".3610" = load float, float* %"c323"
  %".3611" = fmul reassoc contract float %".3433", %".3286"
  %".3612" = fadd reassoc contract float %".3610", %".3611"
  store float %".3612", float* %"c323"
  %".3614" = load float, float* %"c324"
  %".3615" = fmul reassoc contract float %".3433", %".3291"
  %".3616" = fadd reassoc contract float %".3614", %".3615"
  store float %".3616", float* %"c324"
  %".3618" = load float, float* %"c325"
  %".3619" = fmul reassoc contract float %".3433", %".3296"
  %".3620" = fadd reassoc contract float %".3618", %".3619"
  store float %".3620", float* %"c325"
  %".3622" = load float, float* %"c326"
  %".3623" = fmul reassoc contract float %".3433", %".3301"
  %".3624" = fadd reassoc contract float %".3622", %".3623"
  store float %".3624", float* %"c326"
  %".3626" = add nsw i32 %"j327", 1
  br label %"j327.head", !llvm.loop !5
j327.done:
  %".3628" = sext i32 %"ct278" to i64
  %".3629" = mul nsw i64 %".3628", 48
  %".3630" = getelementptr float, float* %"cols8", i64 %".3629"
  %".3631" = load float, float* %".3630"
  %".3632" = load float, float* %"c279"
  %".3633" = fadd reassoc contract float %".3631", %".3632"
  %".3634" = sext i32 %"ct278" to i64
  %".3635" = mul nsw i64 %".3634", 48
  %".3636" = getelementptr float, float* %"cols8", i64 %".3635"
  store float %".3633", float* %".3636"
  %".3638" = sext i32 %"ct278" to i64
  %".3639" = mul nsw i64 %".3638", 48
  %".3640" = add nsw i64 1, %".3639"
  %".3641" = getelementptr float, float* %"cols8", i64 %".3640"
  %".3642" = load float, float* %".3641"
  %".3643" = load float, float* %"c280"
  %".3644" = fadd reassoc contract float %".3642", %".3643"
  %".3645" = sext i32 %"ct278" to i64
  %".3646" = mul nsw i64 %".3645", 48
  %".3647" = add nsw i64 1, %".3646"
  %".3648" = getelementptr float, float* %"cols8", i64 %".3647"
  store float %".3644", float* %".3648"
  %".3650" = sext i32 %"ct278" to i64
  %".3651" = mul nsw i64 %".3650", 48
  %".3652" = add nsw i64 2, %".3651"
  %".3653" = getelementptr float, float* %"cols8", i64 %".3652"
  %".3654" = load float, float* %".3653"
  %".3655" = load float, float* %"c281"
  %".3656" = fadd reassoc contract float %".3654", %".3655"
  %".3657" = sext i32 %"ct278" to i64
  %".3658" = mul nsw i64 %".3657", 48
  %".3659" = add nsw i64 2, %".3658"
  %".3660" = getelementptr float, float* %"cols8", i64 %".3659"
  store float %".3656", float* %".3660"
  %".3662" = sext i32 %"ct278" to i64
  %".3663" = mul nsw i64 %".3662", 48
  %".3664" = add nsw i64 3, %".3663"
  %".3665" = getelementptr float, float* %"cols8", i64 %".3664"
  %".3666" = load float, float* %".3665"
  %".3667" = load float, float* %"c282"
  %".3668" = fadd reassoc contract float %".3666", %".3667"
  %".3669" = sext i32 %"ct278" to i64
  %".3670" = mul nsw i64 %".3669", 48
  %".3671" = add nsw i64 3, %".3670"
  %".3672" = getelementptr float, float* %"cols8", i64 %".3671"
  store float %".3668", float* %".3672"
  %".3674" = sext i32 %"ct278" to i64
  %".3675" = mul nsw i64 %".3674", 48
  %".3676" = add nsw i64 4, %".3675"
  %".3677" = getelementptr float, float* %"cols8", i64 %".3676"
  %".3678" = load float, float* %".3677"
  %".3679" = load float, float* %"c283"
  %".3680" = fadd reassoc contract float %".3678", %".3679"
  %".3681" = sext i32 %"ct278" to i64
  %".3682" = mul nsw i64 %".3681", 48
  %".3683" = add nsw i64 4, %".3682"
  %".3684" = getelementptr float, float* %"cols8", i64 %".3683"
  store float %".3680", float* %".3684"
  %".3686" = sext i32 %"ct278" to i64
  %".3687" = mul nsw i64 %".3686", 48
  %".3688" = add nsw i64 5, %".3687"
  %".3689" = getelementptr float, float* %"cols8", i64 %".3688"
  %".3690" = load float, float* %".3689"
  %".3691" = load float, float* %"c284"
  %".3692" = fadd reassoc contract float %".3690", %".3691"
  %".3693" = sext i32 %"ct278" to i64
  %".3694" = mul nsw i64 %".3693", 48
  %".3695" = add nsw i64 5, %".3694"
  %".3696" = getelementptr float, float* %"cols8", i64 %".3695"
  store float %".3692", float* %".3696"
  %".3698" = sext i32 %"ct278" to i64
  %".3699" = mul nsw i64 %".3698", 48
  %".3700" = add nsw i64 6, %".3699"
  %".3701" = getelementptr float, float* %"cols8", i64 %".3700"
  %".3702" = load float, float* %".3701"
  %".3703" = load float, float* %"c285"
  %".3704" = fadd reassoc contract float %".3702", %".3703"
  %".3705" = sext i32 %"ct278" to i64
  %".3706" = mul nsw i64 %".3705", 48
  %".3707" = add nsw i64 6, %".3706"
  %".3708" = getelementptr float, float* %"cols8", i64 %".3707"
  store float %".3704", float* %".3708"
  %".3710" = sext i32 %"ct278" to i64
  %".3711" = mul nsw i64 %".3710", 48
  %".3712" = add nsw i64 7, %".3711"
  %".3713" = getelementptr float, float* %"cols8", i64 %".3712"
  %".3714" = load float, float* %".3713"
  %".3715" = load float, float* %"c286"
  %".3716" = fadd reassoc contract float %".3714", %".3715"
  %".3717" = sext i32 %"ct278" to i64
  %".3718" = mul nsw i64 %".3717", 48
  %".3719" = add nsw i64 7, %".3718"
  %".3720" = getelementptr float, float* %"cols8", i64 %".3719"
  store float %".3716", float* %".3720"
  %".3722" = sext i32 %"ct278" to i64
  %".3723" = mul nsw i64 %".3722", 48
  %".3724" = add nsw i64 8, %".3723"
  %".3725" = getelementptr float, float* %"cols8", i64 %".3724"
  %".3726" = load float, float* %".3725"
  %".3727" = load float, float* %"c287"
  %".3728" = fadd reassoc contract float %".3726", %".3727"
  %".3729" = sext i32 %"ct278" to i64
  %".3730" = mul nsw i64 %".3729", 48
  %".3731" = add nsw i64 8, %".3730"
  %".3732" = getelementptr float, float* %"cols8", i64 %".3731"
  store float %".3728", float* %".3732"
  %".3734" = sext i32 %"ct278" to i64
  %".3735" = mul nsw i64 %".3734", 48
  %".3736" = add nsw i64 9, %".3735"
  %".3737" = getelementptr float, float* %"cols8", i64 %".3736"
  %".3738" = load float, float* %".3737"
  %".3739" = load float, float* %"c288"
  %".3740" = fadd reassoc contract float %".3738", %".3739"
  %".3741" = sext i32 %"ct278" to i64
  %".3742" = mul nsw i64 %".3741", 48
  %".3743" = add nsw i64 9, %".3742"
  %".3744" = getelementptr float, float* %"cols8", i64 %".3743"
  store float %".3740", float* %".3744"
  %".3746" = sext i32 %"ct278" to i64
  %".3747" = mul nsw i64 %".3746", 48
  %".3748" = add nsw i64 10, %".3747"
  %".3749" = getelementptr float, float* %"cols8", i64 %".3748"
  %".3750" = load float, float* %".3749"
  %".3751" = load float, float* %"c289"
  %".3752" = fadd reassoc contract float %".3750", %".3751"
  %".3753" = sext i32 %"ct278" to i64
  %".3754" = mul nsw i64 %".3753", 48
  %".3755" = add nsw i64 10, %".3754"
  %".3756" = getelementptr float, float* %"cols8", i64 %".3755"
  store float %".3752", float* %".3756"
  %".3758" = sext i32 %"ct278" to i64
  %".3759" = mul nsw i64 %".3758", 48
  %".3760" = add nsw i64 11, %".3759"
  %".3761" = getelementptr float, float* %"cols8", i64 %".3760"
  %".3762" = load float, float* %".3761"
  %".3763" = load float, float* %"c290"
  %".3764" = fadd reassoc contract float %".3762", %".3763"
  %".3765" = sext i32 %"ct278" to i64
  %".3766" = mul nsw i64 %".3765", 48
  %".3767" = add nsw i64 11, %".3766"
  %".3768" = getelementptr float, float* %"cols8", i64 %".3767"
  store float %".3764", float* %".3768"
  %".3770" = sext i32 %"ct278" to i64
  %".3771" = mul nsw i64 %".3770", 48
  %".3772" = add nsw i64 12, %".3771"
  %".3773" = getelementptr float, float* %"cols8", i64 %".3772"
  %".3774" = load float, float* %".3773"
  %".3775" = load float, float* %"c291"
  %".3776" = fadd reassoc contract float %".3774", %".3775"
  %".3777" = sext i32 %"ct278" to i64
  %".3778" = mul nsw i64 %".3777", 48
  %".3779" = add nsw i64 12, %".3778"
  %".3780" = getelementptr float, float* %"cols8", i64 %".3779"
  store float %".3776", float* %".3780"
  %".3782" = sext i32 %"ct278" to i64
  %".3783" = mul nsw i64 %".3782", 48
  %".3784" = add nsw i64 13, %".3783"
  %".3785" = getelementptr float, float* %"cols8", i64 %".3784"
  %".3786" = load float, float* %".3785"
  %".3787" = load float, float* %"c292"
  %".3788" = fadd reassoc contract float %".3786", %".3787"
  %".3789" = sext i32 %"ct278" to i64
  %".3790" = mul nsw i64 %".3789", 48
  %".3791" = add nsw i64 13, %".3790"
  %".3792" = getelementptr float, float* %"cols8", i64 %".3791"
  store float %".3788", float* %".3792"
  %".3794" = sext i32 %"ct278" to i64
  %".3795" = mul nsw i64 %".3794", 48
  %".3796" = add nsw i64 14, %".3795"
  %".3797" = getelementptr float, float* %"cols8", i64 %".3796"
  %".3798" = load float, float* %".3797"
  %".3799" = load float, float* %"c293"
  %".3800" = fadd reassoc contract float %".3798", %".3799"
  %".3801" = sext i32 %"ct278" to i64
  %".3802" = mul nsw i64 %".3801", 48
  %".3803" = add nsw i64 14, %".3802"
  %".3804" = getelementptr float, float* %"cols8", i64 %".3803"
  store float %".3800", float* %".3804"
  %".3806" = sext i32 %"ct278" to i64
  %".3807" = mul nsw i64 %".3806", 48
  %".3808" = add nsw i64 15, %".3807"
  %".3809" = getelementptr float, float* %"cols8", i64 %".3808"
  %".3810" = load float, float* %".3809"
  %".3811" = load float, float* %"c294"
  %".3812" = fadd reassoc contract float %".3810", %".3811"
  %".3813" = sext i32 %"ct278" to i64
  %".3814" = mul nsw i64 %".3813", 48
  %".3815" = add nsw i64 15, %".3814"
  %".3816" = getelementptr float, float* %"cols8", i64 %".3815"
  store float %".3812", float* %".3816"
  %".3818" = sext i32 %"ct278" to i64
  %".3819" = mul nsw i64 %".3818", 48
  %".3820" = add nsw i64 16, %".3819"
  %".3821" = getelementptr float, float* %"cols8", i64 %".3820"
  %".3822" = load float, float* %".3821"
  %".3823" = load float, float* %"c295"
  %".3824" = fadd reassoc contract float %".3822", %".3823"
  %".3825" = sext i32 %"ct278" to i64
  %".3826" = mul nsw i64 %".3825", 48
  %".3827" = add nsw i64 16, %".3826"
  %".3828" = getelementptr float, float* %"cols8", i64 %".3827"
  store float %".3824", float* %".3828"
  %".3830" = sext i32 %"ct278" to i64
  %".3831" = mul nsw i64 %".3830", 48
  %".3832" = add nsw i64 17, %".3831"
  %".3833" = getelementptr float, float* %"cols8", i64 %".3832"
  %".3834" = load float, float* %".3833"
  %".3835" = load float, float* %"c296"
  %".3836" = fadd reassoc contract float %".3834", %".3835"
  %".3837" = sext i32 %"ct278" to i64
  %".3838" = mul nsw i64 %".3837", 48
  %".3839" = add nsw i64 17, %".3838"
  %".3840" = getelementptr float, float* %"cols8", i64 %".3839"
  store float %".3836", float* %".3840"
  %".3842" = sext i32 %"ct278" to i64
  %".3843" = mul nsw i64 %".3842", 48
  %".3844" = add nsw i64 18, %".3843"
  %".3845" = getelementptr float, float* %"cols8", i64 %".3844"
  %".3846" = load float, float* %".3845"
  %".3847" = load float, float* %"c297"
  %".3848" = fadd reassoc contract float %".3846", %".3847"
  %".3849" = sext i32 %"ct278" to i64
  %".3850" = mul nsw i64 %".3849", 48
  %".3851" = add nsw i64 18, %".3850"
  %".3852" = getelementptr float, float* %"cols8", i64 %".3851"
  store float %".3848", float* %".3852"
  %".3854" = sext i32 %"ct278" to i64
  %".3855" = mul nsw i64 %".3854", 48
  %".3856" = add nsw i64 19, %".3855"
  %".3857" = getelementptr float, float* %"cols8", i64 %".3856"
  %".3858" = load float, float* %".3857"
  %".3859" = load float, float* %"c298"
  %".3860" = fadd reassoc contract float %".3858", %".3859"
  %".3861" = sext i32 %"ct278" to i64
  %".3862" = mul nsw i64 %".3861", 48
  %".3863" = add nsw i64 19, %".3862"
  %".3864" = getelementptr float, float* %"cols8", i64 %".3863"
  store float %".3860", float* %".3864"
  %".3866" = sext i32 %"ct278" to i64
  %".3867" = mul nsw i64 %".3866", 48
  %".3868" = add nsw i64 20, %".3867"
  %".3869" = getelementptr float, float* %"cols8", i64 %".3868"
  %".3870" = load float, float* %".3869"
  %".3871" = load float, float* %"c299"
  %".3872" = fadd reassoc contract float %".3870", %".3871"
  %".3873" = sext i32 %"ct278" to i64
  %".3874" = mul nsw i64 %".3873", 48
  %".3875" = add nsw i64 20, %".3874"
  %".3876" = getelementptr float, float* %"cols8", i64 %".3875"
  store float %".3872", float* %".3876"
  %".3878" = sext i32 %"ct278" to i64
  %".3879" = mul nsw i64 %".3878", 48
  %".3880" = add nsw i64 21, %".3879"
  %".3881" = getelementptr float, float* %"cols8", i64 %".3880"
  %".3882" = load float, float* %".3881"
  %".3883" = load float, float* %"c300"
  %".3884" = fadd reassoc contract float %".3882", %".3883"
  %".3885" = sext i32 %"ct278" to i64
  %".3886" = mul nsw i64 %".3885", 48
  %".3887" = add nsw i64 21, %".3886"
  %".3888" = getelementptr float, float* %"cols8", i64 %".3887"
  store float %".3884", float* %".3888"
  %".3890" = sext i32 %"ct278" to i64
  %".3891" = mul nsw i64 %".3890", 48
  %".3892" = add nsw i64 22, %".3891"
  %".3893" = getelementptr float, float* %"cols8", i64 %".3892"
  %".3894" = load float, float* %".3893"
  %".3895" = load float, float* %"c301"
  %".3896" = fadd reassoc contract float %".3894", %".3895"
  %".3897" = sext i32 %"ct278" to i64
  %".3898" = mul nsw i64 %".3897", 48
  %".3899" = add nsw i64 22, %".3898"
  %".3900" = getelementptr float, float* %"cols8", i64 %".3899"
  store float %".3896", float* %".3900"
  %".3902" = sext i32 %"ct278" to i64
  %".3903" = mul nsw i64 %".3902", 48
  %".3904" = add nsw i64 23, %".3903"
  %".3905" = getelementptr float, float* %"cols8", i64 %".3904"
  %".3906" = load float, float* %".3905"
  %".3907" = load float, float* %"c302"
  %".3908" = fadd reassoc contract float %".3906", %".3907"
  %".3909" = sext i32 %"ct278" to i64
  %".3910" = mul nsw i64 %".3909", 48
  %".3911" = add nsw i64 23, %".3910"
  %".3912" = getelementptr float, float* %"cols8", i64 %".3911"
  store float %".3908", float* %".3912"
  %".3914" = sext i32 %"ct278" to i64
  %".3915" = mul nsw i64 %".3914", 48
  %".3916" = add nsw i64 24, %".3915"
  %".3917" = getelementptr float, float* %"cols8", i64 %".3916"
  %".3918" = load float, float* %".3917"
  %".3919" = load float, float* %"c303"
  %".3920" = fadd reassoc contract float %".3918", %".3919"
  %".3921" = sext i32 %"ct278" to i64
  %".3922" = mul nsw i64 %".3921", 48
  %".3923" = add nsw i64 24, %".3922"
  %".3924" = getelementptr float, float* %"cols8", i64 %".3923"
  store float %".3920", float* %".3924"
  %".3926" = sext i32 %"ct278" to i64
  %".3927" = mul nsw i64 %".3926", 48
  %".3928" = add nsw i64 25, %".3927"
  %".3929" = getelementptr float, float* %"cols8", i64 %".3928"
  %".3930" = load float, float* %".3929"
  %".3931" = load float, float* %"c304"
  %".3932" = fadd reassoc contract float %".3930", %".3931"
  %".3933" = sext i32 %"ct278" to i64
  %".3934" = mul nsw i64 %".3933", 48
  %".3935" = add nsw i64 25, %".3934"
  %".3936" = getelementptr float, float* %"cols8", i64 %".3935"
  store float %".3932", float* %".3936"
  %".3938" = sext i32 %"ct278" to i64
  %".3939" = mul nsw i64 %".3938", 48
  %".3940" = add nsw i64 26, %".3939"
  %".3941" = getelementptr float, float* %"cols8", i64 %".3940"
  %".3942" = load float, float* %".3941"
  %".3943" = load float, float* %"c305"
  %".3944" = fadd reassoc contract float %".3942", %".3943"
  %".3945" = sext i32 %"ct278" to i64
  %".3946" = mul nsw i64 %".3945", 48
  %".3947" = add nsw i64 26, %".3946"
  %".3948" = getelementptr float, float* %"cols8", i64 %".3947"
  store float %".3944", float* %".3948"
  %".3950" = sext i32 %"ct278" to i64
  %".3951" = mul nsw i64 %".3950", 48
  %".3952" = add nsw i64 27, %".3951"
  %".3953" = getelementptr float, float* %"cols8", i64 %".3952"
  %".3954" = load float, float* %".3953"
  %".3955" = load float, float* %"c306"
  %".3956" = fadd reassoc contract float %".3954", %".3955"
  %".3957" = sext i32 %"ct278" to i64
  %".3958" = mul nsw i64 %".3957", 48
  %".3959" = add nsw i64 27, %".3958"
  %".3960" = getelementptr float, float* %"cols8", i64 %".3959"
  store float %".3956", float* %".3960"
  %".3962" = sext i32 %"ct278" to i64
  %".3963" = mul nsw i64 %".3962", 48
  %".3964" = add nsw i64 28, %".3963"
  %".3965" = getelementptr float, float* %"cols8", i64 %".3964"
  %".3966" = load float, float* %".3965"
  %".3967" = load float, float* %"c307"
  %".3968" = fadd reassoc contract float %".3966", %".3967"
  %".3969" = sext i32 %"ct278" to i64
  %".3970" = mul nsw i64 %".3969", 48
  %".3971" = add nsw i64 28, %".3970"
  %".3972" = getelementptr float, float* %"cols8", i64 %".3971"
  store float %".3968", float* %".3972"
  %".3974" = sext i32 %"ct278" to i64
  %".3975" = mul nsw i64 %".3974", 48
  %".3976" = add nsw i64 29, %".3975"
  %".3977" = getelementptr float, float* %"cols8", i64 %".3976"
  %".3978" = load float, float* %".3977"
  %".3979" = load float, float* %"c308"
  %".3980" = fadd reassoc contract float %".3978", %".3979"
  %".3981" = sext i32 %"ct278" to i64
  %".3982" = mul nsw i64 %".3981", 48
  %".3983" = add nsw i64 29, %".3982"
  %".3984" = getelementptr float, float* %"cols8", i64 %".3983"
  store float %".3980", float* %".3984"
  %".3986" = sext i32 %"ct278" to i64
  %".3987" = mul nsw i64 %".3986", 48
  %".3988" = add nsw i64 30, %".3987"
  %".3989" = getelementptr float, float* %"cols8", i64 %".3988"
  %".3990" = load float, float* %".3989"
  %".3991" = load float, float* %"c309"
  %".3992" = fadd reassoc contract float %".3990", %".3991"
  %".3993" = sext i32 %"ct278" to i64
  %".3994" = mul nsw i64 %".3993", 48
  %".3995" = add nsw i64 30, %".3994"
  %".3996" = getelementptr float, float* %"cols8", i64 %".3995"
  store float %".3992", float* %".3996"
  %".3998" = sext i32 %"ct278" to i64
  %".3999" = mul nsw i64 %".3998", 48
  %".4000" = add nsw i64 31, %".3999"
  %".4001" = getelementptr float, float* %"cols8", i64 %".4000"
  %".4002" = load float, float* %".4001"
  %".4003" = load float, float* %"c310"
  %".4004" = fadd reassoc contract float %".4002", %".4003"
  %".4005" = sext i32 %"ct278" to i64
  %".4006" = mul nsw i64 %".4005", 48
  %".4007" = add nsw i64 31, %".4006"
  %".4008" = getelementptr float, float* %"cols8", i64 %".4007"
  store float %".4004", float* %".4008"
  %".4010" = sext i32 %"ct278" to i64
  %".4011" = mul nsw i64 %".4010", 48
  %".4012" = add nsw i64 32, %".4011"
  %".4013" = getelementptr float, float* %"cols8", i64 %".4012"
  %".4014" = load float, float* %".4013"
  %".4015" = load float, float* %"c311"
  %".4016" = fadd reassoc contract float %".4014", %".4015"
  %".4017" = sext i32 %"ct278" to i64
  %".4018" = mul nsw i64 %".4017", 48
  %".4019" = add nsw i64 32, %".4018"
  %".4020" = getelementptr float, float* %"cols8", i64 %".4019"
  store float %".4016", float* %".4020"
  %".4022" = sext i32 %"ct278" to i64
  %".4023" = mul nsw i64 %".4022", 48
  %".4024" = add nsw i64 33, %".4023"
  %".4025" = getelementptr float, float* %"cols8", i64 %".4024"
  %".4026" = load float, float* %".4025"
  %".4027" = load float, float* %"c312"
  %".4028" = fadd reassoc contract float %".4026", %".4027"
  %".4029" = sext i32 %"ct278" to i64
  %".4030" = mul nsw i64 %".4029", 48
  %".4031" = add nsw i64 33, %".4030"
  %".4032" = getelementptr float, float* %"cols8", i64 %".4031"
  store float %".4028", float* %".4032"
  %".4034" = sext i32 %"ct278" to i64
  %".4035" = mul nsw i64 %".4034", 48
  %".4036" = add nsw i64 34, %".4035"
  %".4037" = getelementptr float, float* %"cols8", i64 %".4036"
  %".4038" = load float, float* %".4037"
  %".4039" = load float, float* %"c313"
  %".4040" = fadd reassoc contract float %".4038", %".4039"
  %".4041" = sext i32 %"ct278" to i64
  %".4042" = mul nsw i64 %".4041", 48
  %".4043" = add nsw i64 34, %".4042"
  %".4044" = getelementptr float, float* %"cols8", i64 %".4043"
  store float %".4040", float* %".4044"
  %".4046" = sext i32 %"ct278" to i64
  %".4047" = mul nsw i64 %".4046", 48
  %".4048" = add nsw i64 35, %".4047"
  %".4049" = getelementptr float, float* %"cols8", i64 %".4048"
  %".4050" = load float, float* %".4049"
  %".4051" = load float, float* %"c314"
  %".4052" = fadd reassoc contract float %".4050", %".4051"
  %".4053" = sext i32 %"ct278" to i64
  %".4054" = mul nsw i64 %".4053", 48
  %".4055" = add nsw i64 35, %".4054"
  %".4056" = getelementptr float, float* %"cols8", i64 %".4055"
  store float %".4052", float* %".4056"
  %".4058" = sext i32 %"ct278" to i64
  %".4059" = mul nsw i64 %".4058", 48
  %".4060" = add nsw i64 36, %".4059"
  %".4061" = getelementptr float, float* %"cols8", i64 %".4060"
  %".4062" = load float, float* %".4061"
  %".4063" = load float, float* %"c315"
  %".4064" = fadd reassoc contract float %".4062", %".4063"
  %".4065" = sext i32 %"ct278" to i64
  %".4066" = mul nsw i64 %".4065", 48
  %".4067" = add nsw i64 36, %".4066"
  %".4068" = getelementptr float, float* %"cols8", i64 %".4067"
  store float %".4064", float* %".4068"
  %".4070" = sext i32 %"ct278" to i64
  %".4071" = mul nsw i64 %".4070", 48
  %".4072" = add nsw i64 37, %".4071"
  %".4073" = getelementptr float, float* %"cols8", i64 %".4072"
  %".4074" = load float, float* %".4073"
  %".4075" = load float, float* %"c316"
  %".4076" = fadd reassoc contract float %".4074", %".4075"
  %".4077" = sext i32 %"ct278" to i64
  %".4078" = mul nsw i64 %".4077", 48
  %".4079" = add nsw i64 37, %".4078"
  %".4080" = getelementptr float, float* %"cols8", i64 %".4079"
  store float %".4076", float* %".4080"
  %".4082" = sext i32 %"ct278" to i64
  %".4083" = mul nsw i64 %".4082", 48
  %".4084" = add nsw i64 38, %".4083"
  %".4085" = getelementptr float, float* %"cols8", i64 %".4084"
  %".4086" = load float, float* %".4085"
  %".4087" = load float, float* %"c317"
  %".4088" = fadd reassoc contract float %".4086", %".4087"
  %".4089" = sext i32 %"ct278" to i64
  %".4090" = mul nsw i64 %".4089", 48
  %".4091" = add nsw i64 38, %".4090"
  %".4092" = getelementptr float, float* %"cols8", i64 %".4091"
  store float %".4088", float* %".4092"
  %".4094" = sext i32 %"ct278" to i64
  %".4095" = mul nsw i64 %".4094", 48
  %".4096" = add nsw i64 39, %".4095"
  %".4097" = getelementptr float, float* %"cols8", i64 %".4096"
  %".4098" = load float, float* %".4097"
  %".4099" = load float, float* %"c318"
  %".4100" = fadd reassoc contract float %".4098", %".4099"
  %".4101" = sext i32 %"ct278" to i64
  %".4102" = mul nsw i64 %".4101", 48
  %".4103" = add nsw i64 39, %".4102"
  %".4104" = getelementptr float, float* %"cols8", i64 %".4103"
  store float %".4100", float* %".4104"
  %".4106" = sext i32 %"ct278" to i64
  %".4107" = mul nsw i64 %".4106", 48
  %".4108" = add nsw i64 40, %".4107"
  %".4109" = getelementptr float, float* %"cols8", i64 %".4108"
  %".4110" = load float, float* %".4109"
  %".4111" = load float, float* %"c319"
  %".4112" = fadd reassoc contract float %".4110", %".4111"
  %".4113" = sext i32 %"ct278" to i64
  %".4114" = mul nsw i64 %".4113", 48
  %".4115" = add nsw i64 40, %".4114"
  %".4116" = getelementptr float, float* %"cols8", i64 %".4115"
  store float %".4112", float* %".4116"
  %".4118" = sext i32 %"ct278" to i64
  %".4119" = mul nsw i64 %".4118", 48
  %".4120" = add nsw i64 41, %".4119"
  %".4121" = getelementptr float, float* %"cols8", i64 %".4120"
  %".4122" = load float, float* %".4121"
  %".4123" = load float, float* %"c320"
  %".4124" = fadd reassoc contract float %".4122", %".4123"
  %".4125" = sext i32 %"ct278" to i64
  %".4126" = mul nsw i64 %".4125", 48
  %".4127" = add nsw i64 41, %".4126"
  %".4128" = getelementptr float, float* %"cols8", i64 %".4127"
  store float %".4124", float* %".4128"
  %".4130" = sext i32 %"ct278" to i64
  %".4131" = mul nsw i64 %".4130", 48
  %".4132" = add nsw i64 42, %".4131"
  %".4133" = getelementptr float, float* %"cols8", i64 %".4132"
  %".4134" = load float, float* %".4133"
  %".4135" = load float, float* %"c321"
  %".4136" = fadd reassoc contract float %".4134", %".4135"
  %".4137" = sext i32 %"ct278" to i64
  %".4138" = mul nsw i64 %".4137", 48
  %".4139" = add nsw i64 42, %".4138"
  %".4140" = getelementptr float, float* %"cols8", i64 %".4139"
  store float %".4136", float* %".4140"
  %".4142" = sext i32 %"ct278" to i64
  %".4143" = mul nsw i64 %".4142", 48
  %".4144" = add nsw i64 43, %".4143"
  %".4145" = getelementptr float, float* %"cols8", i64 %".4144"
  %".4146" = load float, float* %".4145"
  %".4147" = load float, float* %"c322"
  %".4148" = fadd reassoc contract float %".4146", %".4147"
  %".4149" = sext i32 %"ct278" to i64
  %".4150" = mul nsw i64 %".4149", 48
  %".4151" = add nsw i64 43, %".4150"
  %".4152" = getelementptr float, float* %"cols8", i64 %".4151"
  store float %".4148", float* %".4152"
  %".4154" = sext i32 %"ct278" to i64
  %".4155" = mul nsw i64 %".4154", 48
  %".4156" = add nsw i64 44, %".4155"
  %".4157" = getelementptr float, float* %"cols8", i64 %".4156"
  %".4158" = load float, float* %".4157"
  %".4159" = load float, float* %"c323"
  %".4160" = fadd reassoc contract float %".4158", %".4159"
  %".4161" = sext i32 %"ct278" to i64
  %".4162" = mul nsw i64 %".4161", 48
  %".4163" = add nsw i64 44, %".4162"
  %".4164" = getelementptr float, float* %"cols8", i64 %".4163"
  store float %".4160", float* %".4164"
  %".4166" = sext i32 %"ct278" to i64
  %".4167" = mul nsw i64 %".4166", 48
  %".4168" = add nsw i64 45, %".4167"
  %".4169" = getelementptr float, float* %"cols8", i64 %".4168"
  %".4170" = load float, float* %".4169"
  %".4171" = load float, float* %"c324"
  %".4172" = fadd reassoc contract float %".4170", %".4171"
  %".4173" = sext i32 %"ct278" to i64
  %".4174" = mul nsw i64 %".4173", 48
  %".4175" = add nsw i64 45, %".4174"
  %".4176" = getelementptr float, float* %"cols8", i64 %".4175"
  store float %".4172", float* %".4176"
  %".4178" = sext i32 %"ct278" to i64
  %".4179" = mul nsw i64 %".4178", 48
  %".4180" = add nsw i64 46, %".4179"
  %".4181" = getelementptr float, float* %"cols8", i64 %".4180"
  %".4182" = load float, float* %".4181"
  %".4183" = load float, float* %"c325"
  %".4184" = fadd reassoc contract float %".4182", %".4183"
  %".4185" = sext i32 %"ct278" to i64
  %".4186" = mul nsw i64 %".4185", 48
  %".4187" = add nsw i64 46, %".4186"
  %".4188" = getelementptr float, float* %"cols8", i64 %".4187"
  store float %".4184", float* %".4188"
  %".4190" = sext i32 %"ct278" to i64
  %".4191" = mul nsw i64 %".4190", 48
  %".4192" = add nsw i64 47, %".4191"
  %".4193" = getelementptr float, float* %"cols8", i64 %".4192"
  %".4194" = load float, float* %".4193"
  %".4195" = load float, float* %"c326"
  %".4196" = fadd reassoc contract float %".4194", %".4195"
  %".4197" = sext i32 %"ct278" to i64
  %".4198" = mul nsw i64 %".4197", 48
  %".4199" = add nsw i64 47, %".4198"
  %".4200" = getelementptr float, float* %"cols8", i64 %".4199"
  store float %".4196", float* %".4200"
  %".4202" = add nsw i32 %"ct278", 1
  br label %"ct278.head"
j374.head:
  %"j374" = phi  i32 [0, %"ct278.done"], [%".4482", %"j374.body"]
  %".4237" = icmp slt i32 %"j374", 48
  br i1 %".4237", label %"j374.body", label %"j374.done"
j374.body:
  %".4239" = sext i32 %"j374" to i64
  %".4240" = mul nsw i64 %".4239", 8
  %".4241" = getelementptr float, float* %"scores2", i64 %".4240"
  %".4242" = load float, float* %".4241"
  %".4243" = sext i32 %"j374" to i64
  %".4244" = mul nsw i64 %".4243", 8
  %".4245" = add nsw i64 1, %".4244"
  %".4246" = getelementptr float, float* %"scores2", i64 %".4245"
  %".4247" = load float, float* %".4246"
  %".4248" = sext i32 %"j374" to i64
  %".4249" = mul nsw i64 %".4248", 8
  %".4250" = add nsw i64 2, %".4249"
  %".4251" = getelementptr float, float* %"scores2", i64 %".4250"
  %".4252" = load float, float* %".4251"
  %".4253" = sext i32 %"j374" to i64
  %".4254" = mul nsw i64 %".4253", 8
  %".4255" = add nsw i64 3, %".4254"
  %".4256" = getelementptr float, float* %"scores2", i64 %".4255"
  %".4257" = load float, float* %".4256"
  %".4258" = sext i32 %"j374" to i64
  %".4259" = mul nsw i64 %".4258", 8
  %".4260" = add nsw i64 4, %".4259"
  %".4261" = getelementptr float, float* %"scores2", i64 %".4260"
  %".4262" = load float, float* %".4261"
  %".4263" = sext i32 %"j374" to i64
  %".4264" = mul nsw i64 %".4263", 8
  %".4265" = add nsw i64 5, %".4264"
  %".4266" = getelementptr float, float* %"scores2", i64 %".4265"
  %".4267" = load float, float* %".4266"
  %".4268" = sext i32 %"j374" to i64
  %".4269" = mul nsw i64 %".4268", 8
  %".4270" = add nsw i64 6, %".4269"
  %".4271" = getelementptr float, float* %"scores2", i64 %".4270"
  %".4272" = load float, float* %".4271"
  %".4273" = sext i32 %"j374" to i64
  %".4274" = mul nsw i64 %".4273", 8
  %".4275" = add nsw i64 7, %".4274"
  %".4276" = getelementptr float, float* %"scores2", i64 %".4275"
  %".4277" = load float, float* %".4276"
  %".4278" = sext i32 %"j374" to i64
  %".4279" = mul nsw i64 %".4278", 96
  %".4280" = add nsw i64 76, %".4279"
  %".4281" = sext i32 %"kb15" to i64
  %".4282" = mul nsw i64 %".4281", 96
  %".4283" = add nsw i64 %".4280", %".4282"
  %".4284" = sext i32 %"panel" to i64
  %".4285" = sext i32 %"n" to i64
  %".4286" = add nsw i64 7, %".4285"
  %".4287" = sdiv i64 %".4286", 8
  %".4288" = sdiv i64 %".4284", %".4287"
  %".4289" = mul nsw i64 %".4288", 16
  %".4290" = add nsw i64 %".4283", %".4289"
  %".4291" = add i32 %"j374", %"kb15"
  %".4292" = icmp slt i32 %".4291", %"n"
  %".4293" = select  i1 %".4292", i64 %".4290", i64 0
  %".4294" = getelementptr float, float* %"b1", i64 %".4293"
  %".4295" = load float, float* %".4294"
  %".4296" = select  i1 %".4292", float %".4295", float              0x0
  %".4297" = sext i32 %"j374" to i64
  %".4298" = mul nsw i64 %".4297", 96
  %".4299" = add nsw i64 77, %".4298"
  %".4300" = sext i32 %"kb15" to i64
  %".4301" = mul nsw i64 %".4300", 96
  %".4302" = add nsw i64 %".4299", %".4301"
  %".4303" = sext i32 %"panel" to i64
  %".4304" = sext i32 %"n" to i64
  %".4305" = add nsw i64 7, %".4304"
  %".4306" = sdiv i64 %".4305", 8
  %".4307" = sdiv i64 %".4303", %".4306"
  %".4308" = mul nsw i64 %".4307", 16
  %".4309" = add nsw i64 %".4302", %".4308"
  %".4310" = add i32 %"j374", %"kb15"
  %".4311" = icmp slt i32 %".4310", %"n"
  %".4312" = select  i1 %".4311", i64 %".4309", i64 0
  %".4313" = getelementptr float, float* %"b1", i64 %".4312"
  %".4314" = load float, float* %".4313"
  %".4315" = select  i1 %".4311", float %".4314", float              0x0
  %".4316" = sext i32 %"j374" to i64
  %".4317" = mul nsw i64 %".4316", 96
  %".4318" = add nsw i64 78, %".4317"
  %".4319" = sext i32 %"kb15" to i64
  %".4320" = mul nsw i64 %".4319", 96
  %".4321" = add nsw i64 %".4318", %".4320"
  %".4322" = sext i32 %"panel" to i64
  %".4323" = sext i32 %"n" to i64
  %".4324" = add nsw i64 7, %".4323"
  %".4325" = sdiv i64 %".4324", 8
  %".4326" = sdiv i64 %".4322", %".4325"
  %".4327" = mul nsw i64 %".4326", 16
  %".4328" = add nsw i64 %".4321", %".4327"
  %".4329" = add i32 %"j374", %"kb15"
  %".4330" = icmp slt i32 %".4329", %"n"
  %".4331" = select  i1 %".4330", i64 %".4328", i64 0
  %".4332" = getelementptr float, float* %"b1", i64 %".4331"
  %".4333" = load float, float* %".4332"
  %".4334" = select  i1 %".4330", float %".4333", float              0x0
  %".4335" = sext i32 %"j374" to i64
  %".4336" = mul nsw i64 %".4335", 96
  %".4337" = add nsw i64 79, %".4336"
  %".4338" = sext i32 %"kb15" to i64
  %".4339" = mul nsw i64 %".4338", 96
  %".4340" = add nsw i64 %".4337", %".4339"
  %".4341" = sext i32 %"panel" to i64
  %".4342" = sext i32 %"n" to i64
  %".4343" = add nsw i64 7, %".4342"
  %".4344" = sdiv i64 %".4343", 8
  %".4345" = sdiv i64 %".4341", %".4344"
  %".4346" = mul nsw i64 %".4345", 16
  %".4347" = add nsw i64 %".4340", %".4346"
  %".4348" = add i32 %"j374", %"kb15"
  %".4349" = icmp slt i32 %".4348", %"n"
  %".4350" = select  i1 %".4349", i64 %".4347", i64 0
  %".4351" = getelementptr float, float* %"b1", i64 %".4350"
  %".4352" = load float, float* %".4351"
  %".4353" = select  i1 %".4349", float %".4352", float              0x0
  %".4354" = load float, float* %"c342"
  %".4355" = fmul reassoc contract float %".4296", %".4242"
  %".4356" = fadd reassoc contract float %".4354", %".4355"
  store float %".4356", float* %"c342"
  %".4358" = load float, float* %"c343"
  %".4359" = fmul reassoc contract float %".4296", %".4247"
  %".4360" = fadd reassoc contract float %".4358", %".4359"
  store float %".4360", float* %"c343"
  %".4362" = load float, float* %"c344"
  %".4363" = fmul reassoc contract float %".4296", %".4252"
  %".4364" = fadd reassoc contract float %".4362", %".4363"
  store float %".4364", float* %"c344"
  %".4366" = load float, float* %"c345"
  %".4367" = fmul reassoc contract float %".4296", %".4257"
  %".4368" = fadd reassoc contract float %".4366", %".4367"
  store float %".4368", float* %"c345"
  %".4370" = load float, float* %"c346"
  %".4371" = fmul reassoc contract float %".4296", %".4262"
  %".4372" = fadd reassoc contract float %".4370", %".4371"
  store float %".4372", float* %"c346"
  %".4374" = load float, float* %"c347"
  %".4375" = fmul reassoc contract float %".4296", %".4267"
  %".4376" = fadd reassoc contract float %".4374", %".4375"
  store float %".4376", float* %"c347"
  %".4378" = load float, float* %"c348"
  %".4379" = fmul reassoc contract float %".4296", %".4272"
  %".4380" = fadd reassoc contract float %".4378", %".4379"
  store float %".4380", float* %"c348"
  %".4382" = load float, float* %"c349"
  %".4383" = fmul reassoc contract float %".4296", %".4277"
  %".4384" = fadd reassoc contract float %".4382", %".4383"
  store float %".4384", float* %"c349"
  %".4386" = load float, float* %"c350"
  %".4387" = fmul reassoc contract float %".4315", %".4242"
  %".4388" = fadd reassoc contract float %".4386", %".4387"
  store float %".4388", float* %"c350"
  %".4390" = load float, float* %"c351"
  %".4391" = fmul reassoc contract float %".4315", %".4247"
  %".4392" = fadd reassoc contract float %".4390", %".4391"
  store float %".4392", float* %"c351"
  %".4394" = load float, float* %"c352"
  %".4395" = fmul reassoc contract float %".4315", %".4252"
  %".4396" = fadd reassoc contract float %".4394", %".4395"
  store float %".4396", float* %"c352"
  %".4398" = load float, float* %"c353"
  %".4399" = fmul reassoc contract float %".4315", %".4257"
  %".4400" = fadd reassoc contract float %".4398", %".4399"
  store float %".4400", float* %"c353"
  %".4402" = load float, float* %"c354"
  %".4403" = fmul reassoc contract float %".4315", %".4262"
  %".4404" = fadd reassoc contract float %".4402", %".4403"
  store float %".4404", float* %"c354"
  %".4406" = load float, float* %"c355"
  %".4407" = fmul reassoc contract float %".4315", %".4267"
  %".4408" = fadd reassoc contract float %".4406", %".4407"
  store float %".4408", float* %"c355"
  %".4410" = load float, float* %"c356"
  %".4411" = fmul reassoc contract float %".4315", %".4272"
  %".4412" = fadd reassoc contract float %".4410", %".4411"
  store float %".4412", float* %"c356"
  %".4414" = load float, float* %"c357"
  %".4415" = fmul reassoc contract float %".4315", %".4277"
  %".4416" = fadd reassoc contract float %".4414", %".4415"
  store float %".4416", float* %"c357"
  %".4418" = load float, float* %"c358"
  %".4419" = fmul reassoc contract float %".4334", %".4242"
  %".4420" = fadd reassoc contract float %".4418", %".4419"
  store float %".4420", float* %"c358"
  %".4422" = load float, float* %"c359"
  %".4423" = fmul reassoc contract float %".4334", %".4247"
  %".4424" = fadd reassoc contract float %".4422", %".4423"
  store float %".4424", float* %"c359"
  %".4426" = load float, float* %"c360"
  %".4427" = fmul reassoc contract float %".4334", %".4252"
  %".4428" = fadd reassoc contract float %".4426", %".4427"
  store float %".4428", float* %"c360"
  %".4430" = load float, float* %"c361"
  %".4431" = fmul reassoc contract float %".4334", %".4257"
  %".4432" = fadd reassoc contract float %".4430", %".4431"
  store float %".4432", float* %"c361"
  %".4434" = load float, float* %"c362"
  %".4435" = fmul reassoc contract float %".4334", %".4262"
  %".4436" = fadd reassoc contract float %".4434", %".4435"
  store float %".4436", float* %"c362"
  %".4438" = load float, float* %"c363"
  %".4439" = fmul reassoc contract float %".4334", %".4267"
  %".4440" = fadd reassoc contract float %".4438", %".4439"
  store float %".4440", float* %"c363"
  %".4442" = load float, float* %"c364"
  %".4443" = fmul reassoc contract float %".4334", %".4272"
  %".4444" = fadd reassoc contract float %".4442", %".4443"
  store float %".4444", float* %"c364"
  %".4446" = load float, float* %"c365"
  %".4447" = fmul reassoc contract float %".4334", %".4277"
  %".4448" = fadd reassoc contract float %".4446", %".4447"
  store float %".4448", float* %"c365"
  %".4450" = load float, float* %"c366"
  %".4451" = fmul reassoc contract float %".4353", %".4242"
  %".4452" = fadd reassoc contract float %".4450", %".4451"
  store float %".4452", float* %"c366"
  %".4454" = load float, float* %"c367"
  %".4455" = fmul reassoc contract float %".4353", %".4247"
  %".4456" = fadd reassoc contract float %".4454", %".4455"
  store float %".4456", float* %"c367"
  %".4458" = load float, float* %"c368"
  %".4459" = fmul reassoc contract float %".4353", %".4252"
  %".4460" = fadd reassoc contract float %".4458", %".4459"
  store float %".4460", float* %"c368"
  %".4462" = load float, float* %"c369"
  %".4463" = fmul reassoc contract float %".4353", %".4257"
  %".4464" = fadd reassoc contract float %".4462", %".4463"
  store float %".4464", float* %"c369"
  %".4466" = load float, float* %"c370"
  %".4467" = fmul reassoc contract float %".4353", %".4262"
  %".4468" = fadd reassoc contract float %".4466", %".4467"
  store float %".4468", float* %"c370"
  %".4470" = load float, float* %"c371"
  %".4471" = fmul reassoc contract float %".4353", %".4267"
  %".4472" = fadd reassoc contract float %".4470", %".4471"
  store float %".4472", float* %"c371"
  %".4474" = load float, float* %"c372"
  %".4475" = fmul reassoc contract float %".4353", %".4272"
  %".4476" = fadd reassoc contract float %".4474", %".4475"
  store float %".4476", float* %"c372"
  %".4478" = load float, float* %"c373"
  %".4479" = fmul reassoc contract float %".4353", %".4277"
  %".4480" = fadd reassoc contract float %".4478", %".4479"
  store float %".4480", float* %"c373"
  %".4482" = add nsw i32 %"j374", 1
  br label %"j374.head", !llvm.loop !6
j374.done:
  %".4484" = getelementptr float, float* %"cols8", i64 96
  %".4485" = load float, float* %".4484"
  %".4486" = load float, float* %"c342"
  %".4487" = fadd reassoc contract float %".4485", %".4486"
  %".4488" = getelementptr float, float* %"cols8", i64 96
  store float %".4487", float* %".4488"
  %".4490" = getelementptr float, float* %"cols8", i64 97
  %".4491" = load float, float* %".4490"
  %".4492" = load float, float* %"c343"
  %".4493" = fadd reassoc contract float %".4491", %".4492"
  %".4494" = getelementptr float, float* %"cols8", i64 97
  store float %".4493", float* %".4494"
  %".4496" = getelementptr float, float* %"cols8", i64 98
  %".4497" = load float, float* %".4496"
  %".4498" = load float, float* %"c344"
  %".4499" = fadd reassoc contract float %".4497", %".4498"
  %".4500" = getelementptr float, float* %"cols8", i64 98
  store float %".4499", float* %".4500"
  %".4502" = getelementptr float, float* %"cols8", i64 99
  %".4503" = load float, float* %".4502"
  %".4504" = load float, float* %"c345"
  %".4505" = fadd reassoc contract float %".4503", %".4504"
  %".4506" = getelementptr float, float* %"cols8", i64 99
  store float %".4505", float* %".4506"
  %".4508" = getelementptr float, float* %"cols8", i64 100
  %".4509" = load float, float* %".4508"
  %".4510" = load float, float* %"c346"
  %".4511" = fadd reassoc contract float %".4509", %".4510"
  %".4512" = getelementptr float, float* %"cols8", i64 100
  store float %".4511", float* %".4512"
  %".4514" = getelementptr float, float* %"cols8", i64 101
  %".4515" = load float, float* %".4514"
  %".4516" = load float, float* %"c347"
  %".4517" = fadd reassoc contract float %".4515", %".4516"
  %".4518" = getelementptr float, float* %"cols8", i64 101
  store float %".4517", float* %".4518"
  %".4520" = getelementptr float, float* %"cols8", i64 102
  %".4521" = load float, float* %".4520"
  %".4522" = load float, float* %"c348"
  %".4523" = fadd reassoc contract float %".4521", %".4522"
  %".4524" = getelementptr float, float* %"cols8", i64 102
  store float %".4523", float* %".4524"
  %".4526" = getelementptr float, float* %"cols8", i64 103
  %".4527" = load float, float* %".4526"
  %".4528" = load float, float* %"c349"
  %".4529" = fadd reassoc contract float %".4527", %".4528"
  %".4530" = getelementptr float, float* %"cols8", i64 103
  store float %".4529", float* %".4530"
  %".4532" = getelementptr float, float* %"cols8", i64 104
  %".4533" = load float, float* %".4532"
  %".4534" = load float, float* %"c350"
  %".4535" = fadd reassoc contract float %".4533", %".4534"
  %".4536" = getelementptr float, float* %"cols8", i64 104
  store float %".4535", float* %".4536"
  %".4538" = getelementptr float, float* %"cols8", i64 105
  %".4539" = load float, float* %".4538"
  %".4540" = load float, float* %"c351"
  %".4541" = fadd reassoc contract float %".4539", %".4540"
  %".4542" = getelementptr float, float* %"cols8", i64 105
  store float %".4541", float* %".4542"
  %".4544" = getelementptr float, float* %"cols8", i64 106
  %".4545" = load float, float* %".4544"
  %".4546" = load float, float* %"c352"
  %".4547" = fadd reassoc contract float %".4545", %".4546"
  %".4548" = getelementptr float, float* %"cols8", i64 106
  store float %".4547", float* %".4548"
  %".4550" = getelementptr float, float* %"cols8", i64 107
  %".4551" = load float, float* %".4550"
  %".4552" = load float, float* %"c353"
  %".4553" = fadd reassoc contract float %".4551", %".4552"
  %".4554" = getelementptr float, float* %"cols8", i64 107
  store float %".4553", float* %".4554"
  %".4556" = getelementptr float, float* %"cols8", i64 108
  %".4557" = load float, float* %".4556"
  %".4558" = load float, float* %"c354"
  %".4559" = fadd reassoc contract float %".4557", %".4558"
  %".4560" = getelementptr float, float* %"cols8", i64 108
  store float %".4559", float* %".4560"
  %".4562" = getelementptr float, float* %"cols8", i64 109
  %".4563" = load float, float* %".4562"
  %".4564" = load float, float* %"c355"
  %".4565" = fadd reassoc contract float %".4563", %".4564"
  %".4566" = getelementptr float, float* %"cols8", i64 109
  store float %".4565", float* %".4566"
  %".4568" = getelementptr float, float* %"cols8", i64 110
  %".4569" = load float, float* %".4568"
  %".4570" = load float, float* %"c356"
  %".4571" = fadd reassoc contract float %".4569", %".4570"
  %".4572" = getelementptr float, float* %"cols8", i64 110
  store float %".4571", float* %".4572"
  %".4574" = getelementptr float, float* %"cols8", i64 111
  %".4575" = load float, float* %".4574"
  %".4576" = load float, float* %"c357"
  %".4577" = fadd reassoc contract float %".4575", %".4576"
  %".4578" = getelementptr float, float* %"cols8", i64 111
  store float %".4577", float* %".4578"
  %".4580" = getelementptr float, float* %"cols8", i64 112
  %".4581" = load float, float* %".4580"
  %".4582" = load float, float* %"c358"
  %".4583" = fadd reassoc contract float %".4581", %".4582"
  %".4584" = getelementptr float, float* %"cols8", i64 112
  store float %".4583", float* %".4584"
  %".4586" = getelementptr float, float* %"cols8", i64 113
  %".4587" = load float, float* %".4586"
  %".4588" = load float, float* %"c359"
  %".4589" = fadd reassoc contract float %".4587", %".4588"
  %".4590" = getelementptr float, float* %"cols8", i64 113
  store float %".4589", float* %".4590"
  %".4592" = getelementptr float, float* %"cols8", i64 114
  %".4593" = load float, float* %".4592"
  %".4594" = load float, float* %"c360"
  %".4595" = fadd reassoc contract float %".4593", %".4594"
  %".4596" = getelementptr float, float* %"cols8", i64 114
  store float %".4595", float* %".4596"
  %".4598" = getelementptr float, float* %"cols8", i64 115
  %".4599" = load float, float* %".4598"
  %".4600" = load float, float* %"c361"
  %".4601" = fadd reassoc contract float %".4599", %".4600"
  %".4602" = getelementptr float, float* %"cols8", i64 115
  store float %".4601", float* %".4602"
  %".4604" = getelementptr float, float* %"cols8", i64 116
  %".4605" = load float, float* %".4604"
  %".4606" = load float, float* %"c362"
  %".4607" = fadd reassoc contract float %".4605", %".4606"
  %".4608" = getelementptr float, float* %"cols8", i64 116
  store float %".4607", float* %".4608"
  %".4610" = getelementptr float, float* %"cols8", i64 117
  %".4611" = load float, float* %".4610"
  %".4612" = load float, float* %"c363"
  %".4613" = fadd reassoc contract float %".4611", %".4612"
  %".4614" = getelementptr float, float* %"cols8", i64 117
  store float %".4613", float* %".4614"
  %".4616" = getelementptr float, float* %"cols8", i64 118
  %".4617" = load float, float* %".4616"
  %".4618" = load float, float* %"c364"
  %".4619" = fadd reassoc contract float %".4617", %".4618"
  %".4620" = getelementptr float, float* %"cols8", i64 118
  store float %".4619", float* %".4620"
  %".4622" = getelementptr float, float* %"cols8", i64 119
  %".4623" = load float, float* %".4622"
  %".4624" = load float, float* %"c365"
  %".4625" = fadd reassoc contract float %".4623", %".4624"
  %".4626" = getelementptr float, float* %"cols8", i64 119
  store float %".4625", float* %".4626"
  %".4628" = getelementptr float, float* %"cols8", i64 120
  %".4629" = load float, float* %".4628"
  %".4630" = load float, float* %"c366"
  %".4631" = fadd reassoc contract float %".4629", %".4630"
  %".4632" = getelementptr float, float* %"cols8", i64 120
  store float %".4631", float* %".4632"
  %".4634" = getelementptr float, float* %"cols8", i64 121
  %".4635" = load float, float* %".4634"
  %".4636" = load float, float* %"c367"
  %".4637" = fadd reassoc contract float %".4635", %".4636"
  %".4638" = getelementptr float, float* %"cols8", i64 121
  store float %".4637", float* %".4638"
  %".4640" = getelementptr float, float* %"cols8", i64 122
  %".4641" = load float, float* %".4640"
  %".4642" = load float, float* %"c368"
  %".4643" = fadd reassoc contract float %".4641", %".4642"
  %".4644" = getelementptr float, float* %"cols8", i64 122
  store float %".4643", float* %".4644"
  %".4646" = getelementptr float, float* %"cols8", i64 123
  %".4647" = load float, float* %".4646"
  %".4648" = load float, float* %"c369"
  %".4649" = fadd reassoc contract float %".4647", %".4648"
  %".4650" = getelementptr float, float* %"cols8", i64 123
  store float %".4649", float* %".4650"
  %".4652" = getelementptr float, float* %"cols8", i64 124
  %".4653" = load float, float* %".4652"
  %".4654" = load float, float* %"c370"
  %".4655" = fadd reassoc contract float %".4653", %".4654"
  %".4656" = getelementptr float, float* %"cols8", i64 124
  store float %".4655", float* %".4656"
  %".4658" = getelementptr float, float* %"cols8", i64 125
  %".4659" = load float, float* %".4658"
  %".4660" = load float, float* %"c371"
  %".4661" = fadd reassoc contract float %".4659", %".4660"
  %".4662" = getelementptr float, float* %"cols8", i64 125
  store float %".4661", float* %".4662"
  %".4664" = getelementptr float, float* %"cols8", i64 126
  %".4665" = load float, float* %".4664"
  %".4666" = load float, float* %"c372"
  %".4667" = fadd reassoc contract float %".4665", %".4666"
  %".4668" = getelementptr float, float* %"cols8", i64 126
  store float %".4667", float* %".4668"
  %".4670" = getelementptr float, float* %"cols8", i64 127
  %".4671" = load float, float* %".4670"
  %".4672" = load float, float* %"c373"
  %".4673" = fadd reassoc contract float %".4671", %".4672"
  %".4674" = getelementptr float, float* %"cols8", i64 127
  store float %".4673", float* %".4674"
  br label %"endif.4"
r387.head:
  %"r387" = phi  i32 [0, %"kb15.done"], [%".4748", %"endif.5"]
  %".4681" = icmp slt i32 %"r387", 8
  br i1 %".4681", label %"r387.body", label %"r387.done"
r387.body:
  %".4683" = add i32 7, %"n"
  %".4684" = sdiv i32 %".4683", 8
  %".4685" = srem i32 %"panel", %".4684"
  %".4686" = mul i32 %".4685", 8
  %".4687" = add i32 %"r387", %".4686"
  %".4688" = icmp slt i32 %".4687", %"n"
  br i1 %".4688", label %"then.5", label %"endif.5"
r387.done:
  %".4750" = add nsw i32 %"panel", 1
  br label %"panel.head"
then.5:
  br label %"c388.head"
endif.5:
  %".4748" = add nsw i32 %"r387", 1
  br label %"r387.head"
c388.head:
  %"c388" = phi  i32 [0, %"then.5"], [%".4745", %"c388.body"]
  %".4691" = icmp slt i32 %"c388", 16
  br i1 %".4691", label %"c388.body", label %"c388.done"
c388.body:
  %".4693" = sext i32 %"c388" to i64
  %".4694" = mul nsw i64 %".4693", 8
  %".4695" = sext i32 %"r387" to i64
  %".4696" = add nsw i64 %".4694", %".4695"
  %".4697" = getelementptr float, float* %"cols8", i64 %".4696"
  %".4698" = load float, float* %".4697"
  %".4699" = sext i32 %"r387" to i64
  %".4700" = getelementptr float, float* %"total6", i64 %".4699"
  %".4701" = load float, float* %".4700"
  %".4702" = fdiv reassoc contract float %".4698", %".4701"
  %".4703" = sext i32 %"c388" to i64
  %".4704" = sext i32 %"n" to i64
  %".4705" = sext i32 %"c388" to i64
  %".4706" = sext i32 %"r387" to i64
  %".4707" = mul nsw i64 %".4706", 16
  %".4708" = add nsw i64 %".4705", %".4707"
  %".4709" = sext i32 %"panel" to i64
  %".4710" = sext i32 %"n" to i64
  %".4711" = add nsw i64 7, %".4710"
  %".4712" = sdiv i64 %".4711", 8
  %".4713" = srem i64 %".4709", %".4712"
  %".4714" = mul nsw i64 %".4713", 128
  %".4715" = add nsw i64 %".4708", %".4714"
  %".4716" = sext i32 %"n" to i64
  %".4717" = mul nsw i64 %".4716", 16
  %".4718" = sdiv i64 %".4715", %".4717"
  %".4719" = mul nsw i64 %".4704", %".4718"
  %".4720" = mul nsw i64 %".4719", 16
  %".4721" = add nsw i64 %".4703", %".4720"
  %".4722" = sext i32 %"n" to i64
  %".4723" = sext i32 %"panel" to i64
  %".4724" = sext i32 %"n" to i64
  %".4725" = add nsw i64 7, %".4724"
  %".4726" = sdiv i64 %".4725", 8
  %".4727" = sdiv i64 %".4723", %".4726"
  %".4728" = mul nsw i64 %".4722", %".4727"
  %".4729" = mul nsw i64 %".4728", 16
  %".4730" = add nsw i64 %".4721", %".4729"
  %".4731" = sext i32 %"r387" to i64
  %".4732" = sext i32 %"panel" to i64
  %".4733" = sext i32 %"n" to i64
  %".4734" = add nsw i64 7, %".4733"
  %".4735" = sdiv i64 %".4734", 8
  %".4736" = srem i64 %".4732", %".4735"
  %".4737" = mul nsw i64 %".4736", 8
  %".4738" = add nsw i64 %".4731", %".4737"
  %".4739" = sext i32 %"n" to i64
  %".4740" = srem i64 %".4738", %".4739"
  %".4741" = mul nsw i64 %".4740", 16
  %".4742" = add nsw i64 %".4730", %".4741"
  %".4743" = getelementptr float, float* %"b0", i64 %".4742"
  store float %".4702", float* %".4743"
  %".4745" = add nsw i32 %"c388", 1
  br label %"c388.head"
c388.done:
  br label %"endif.5"
}

declare float @"llvm.maximum.f32"(float %".1", float %".2")

declare float @"llvm.maxnum.f32"(float %".1", float %".2")

declare float @"llvm.minnum.f32"(float %".1", float %".2")

declare float @"llvm.floor.f32"(float %".1")

!0 = !{ !"llvm.loop.vectorize.enable", i1 0 }
!1 = !{ !1, !0 }
!2 = !{ !2, !0 }
!3 = !{ !3, !0 }
!4 = !{ !4, !0 }
!5 = !{ !5, !0 }
!6 = !{ !6, !0 }
; ModuleID = "matmul_bias_add"
target triple = "unknown-unknown-unknown"
target datalayout = ""

define void @"matmul_bias_add"(float* noalias %"b0", float* noalias %"b1", float* noalias %"b2", float* noalias %"b3", float* noalias %"b4", i32 %"n", i32 %"core", i32 %"ncores")
{
entry:
  %"Bp14" = alloca float, i64 128, align 64
  %"Ct15" = alloca float, i64 8, align 64
  %"c20" = alloca float
  %"c21" = alloca float
  %"c22" = alloca float
  %"c23" = alloca float
  %"c24" = alloca float
  %"c25" = alloca float
  %"c26" = alloca float
  %"c27" = alloca float
  %"c45" = alloca float
  %"c46" = alloca float
  %"c47" = alloca float
  %"c48" = alloca float
  br label %"body"
body:
  %".10" = icmp slt i32 %"n", 2
  br i1 %".10", label %"then", label %"endif"
then:
  %".12" = sub i32 %"ncores", 1
  %".13" = add i32 2, %".12"
  %".14" = sdiv i32 %".13", %"ncores"
  %".15" = mul i32 %"core", %".14"
  %".16" = add i32 %".15", %".14"
  %".17" = icmp slt i32 %".16", 2
  %".18" = select  i1 %".17", i32 %".16", i32 2
  br label %"t1.head"
endif:
  %".110" = icmp sle i32 2, %"n"
  br i1 %".110", label %"then.1", label %"endif.1"
t1.head:
  %"t1" = phi  i32 [%".15", %"then"], [%".107", %"c7.done"]
  %".20" = icmp slt i32 %"t1", %".18"
  br i1 %".20", label %"t1.body", label %"t1.done"
t1.body:
  br label %"c2.head"
t1.done:
  br label %"endif"
c2.head:
  %"c2" = phi  i32 [0, %"t1.body"], [%".31", %"c2.body"]
  %".23" = icmp slt i32 %"c2", 16
  br i1 %".23", label %"c2.body", label %"c2.done"
c2.body:
  %".25" = sext i32 %"c2" to i64
  %".26" = sext i32 %"t1" to i64
  %".27" = mul nsw i64 %".26", 16
  %".28" = add nsw i64 %".25", %".27"
  %".29" = getelementptr float, float* %"b0", i64 %".28"
  store float              0x0, float* %".29"
  %".31" = add nsw i32 %"c2", 1
  br label %"c2.head"
c2.done:
  br label %"k3.head"
k3.head:
  %"k3" = phi  i32 [0, %"c2.done"], [%".74", %"c5.done"]
  %".34" = icmp slt i32 %"k3", 32
  br i1 %".34", label %"k3.body", label %"k3.done"
k3.body:
  %".36" = sext i32 %"n" to i64
  %".37" = sext i32 %"k3" to i64
  %".38" = sdiv i64 %".37", 16
  %".39" = mul nsw i64 %".36", %".38"
  %".40" = mul nsw i64 %".39", 16
  %".41" = sext i32 %"k3" to i64
  %".42" = srem i64 %".41", 16
  %".43" = add nsw i64 %".40", %".42"
  %".44" = getelementptr float, float* %"b2", i64 %".43"
  %".45" = load float, float* %".44"
  br label %"c5.head"
k3.done:
  br label %"c7.head"
c5.head:
  %"c5" = phi  i32 [0, %"k3.body"], [%".72", %"c5.body"]
  %".47" = icmp slt i32 %"c5", 16
  br i1 %".47", label %"c5.body", label %"c5.done"
c5.body:
  %".49" = sext i32 %"c5" to i64
  %".50" = sext i32 %"k3" to i64
  %".51" = mul nsw i64 %".50", 32
  %".52" = add nsw i64 %".49", %".51"
  %".53" = sext i32 %"t1" to i64
  %".54" = mul nsw i64 %".53", 16
  %".55" = add nsw i64 %".52", %".54"
  %".56" = getelementptr float, float* %"b3", i64 %".55"
  %".57" = load float, float* %".56"
  %".58" = sext i32 %"c5" to i64
  %".59" = sext i32 %"t1" to i64
  %".60" = mul nsw i64 %".59", 16
  %".61" = add nsw i64 %".58", %".60"
  %".62" = getelementptr float, float* %"b0", i64 %".61"
  %".63" = load float, float* %".62"
  %".64" = fmul reassoc contract float %".45", %".57"
  %".65" = fadd reassoc contract float %".63", %".64"
  %".66" = sext i32 %"c5" to i64
  %".67" = sext i32 %"t1" to i64
  %".68" = mul nsw i64 %".67", 16
  %".69" = add nsw i64 %".66", %".68"
  %".70" = getelementptr float, float* %"b0", i64 %".69"
  store float %".65", float* %".70"
  %".72" = add nsw i32 %"c5", 1
  br label %"c5.head"
c5.done:
  %".74" = add nsw i32 %"k3", 1
  br label %"k3.head"
c7.head:
  %"c7" = phi  i32 [0, %"k3.done"], [%".105", %"c7.body"]
  %".77" = icmp slt i32 %"c7", 16
  br i1 %".77", label %"c7.body", label %"c7.done"
c7.body:
  %".79" = sext i32 %"c7" to i64
  %".80" = sext i32 %"t1" to i64
  %".81" = mul nsw i64 %".80", 16
  %".82" = add nsw i64 %".79", %".81"
  %".83" = getelementptr float, float* %"b0", i64 %".82"
  %".84" = load float, float* %".83"
  %".85" = sext i32 %"c7" to i64
  %".86" = sext i32 %"t1" to i64
  %".87" = mul nsw i64 %".86", 16
  %".88" = add nsw i64 %".85", %".87"
  %".89" = getelementptr float, float* %"b1", i64 %".88"
  %".90" = load float, float* %".89"
  %".91" = fadd reassoc contract float %".90", %".84"
  %".92" = sext i32 %"c7" to i64
  %".93" = sext i32 %"t1" to i64
  %".94" = mul nsw i64 %".93", 16
  %".95" = add nsw i64 %".92", %".94"
  %".96" = getelementptr float, float* %"b4", i64 %".95"
  %".97" = load float, float* %".96"
  %".98" = fadd reassoc contract float %".91", %".97"
  %".99" = sext i32 %"c7" to i64
  %".100" = sext i32 %"t1" to i64
  %".101" = mul nsw i64 %".100", 16
  %".102" = add nsw i64 %".99", %".101"
  %".103" = getelementptr float, float* %"b0", i64 %".102"
  store float %".98", float* %".103"
  %".105" = add nsw i32 %"c7", 1
  br label %"c7.head"
c7.done:
  %".107" = add nsw i32 %"t1", 1
  br label %"t1.head"
then.1:
  %".112" = sub i32 %"ncores", 1
  %".113" = add i32 8, %".112"
  %".114" = sdiv i32 %".113", %"ncores"
  %".115" = mul i32 %"core", %".114"
  %".116" = add i32 %".115", %".114"
  %".117" = icmp slt i32 %".116", 8
  %".118" = select  i1 %".117", i32 %".116", i32 8
  br label %"t13.head"
endif.1:
  ret void
t13.head:
  %"t13" = phi  i32 [%".115", %"then.1"], [%".524", %"i19.done"]
  %".120" = icmp slt i32 %"t13", %".118"
  br i1 %".120", label %"t13.body", label %"t13.done"
t13.body:
  br label %"k16.head"
t13.done:
  br label %"endif.1"
k16.head:
  %"k16" = phi  i32 [0, %"t13.body"], [%".145", %"c17.done"]
  %".123" = icmp slt i32 %"k16", 32
  br i1 %".123", label %"k16.body", label %"k16.done"
k16.body:
  br label %"c17.head"
k16.done:
  %".147" = add i32 1, %"n"
  %".148" = sdiv i32 %".147", 2
  br label %"i19.head"
c17.head:
  %"c17" = phi  i32 [0, %"k16.body"], [%".143", %"c17.body"]
  %".126" = icmp slt i32 %"c17", 4
  br i1 %".126", label %"c17.body", label %"c17.done"
c17.body:
  %".128" = sext i32 %"c17" to i64
  %".129" = sext i32 %"k16" to i64
  %".130" = mul nsw i64 %".129", 32
  %".131" = add nsw i64 %".128", %".130"
  %".132" = sext i32 %"t13" to i64
  %".133" = mul nsw i64 %".132", 4
  %".134" = add nsw i64 %".131", %".133"
  %".135" = getelementptr float, float* %"b3", i64 %".134"
  %".136" = load float, float* %".135"
  %".137" = sext i32 %"c17" to i64
  %".138" = sext i32 %"k16" to i64
  %".139" = mul nsw i64 %".138", 4
  %".140" = add nsw i64 %".137", %".139"
  %".141" = getelementptr float, float* %"Bp14", i64 %".140"
  store float %".136", float* %".141"
  %".143" = add nsw i32 %"c17", 1
  br label %"c17.head"
c17.done:
  %".145" = add nsw i32 %"k16", 1
  br label %"k16.head"
i19.head:
  %"i19" = phi  i32 [0, %"k16.done"], [%".522", %"endif.3"]
  %".150" = icmp slt i32 %"i19", %".148"
  br i1 %".150", label %"i19.body", label %"i19.done"
i19.body:
  %".152" = mul i32 %"i19", 2
  %".153" = add i32 -1, %"n"
  %".154" = icmp slt i32 %".152", %".153"
  br i1 %".154", label %"then.2", label %"endif.2"
i19.done:
  %".524" = add nsw i32 %"t13", 1
  br label %"t13.head"
then.2:
  store float              0x0, float* %"c20"
  store float              0x0, float* %"c21"
  store float              0x0, float* %"c22"
  store float              0x0, float* %"c23"
  store float              0x0, float* %"c24"
  store float              0x0, float* %"c25"
  store float              0x0, float* %"c26"
  store float              0x0, float* %"c27"
  br label %"kb28.head"
endif.2:
  %".387" = mul i32 %"i19", 2
  %".388" = add i32 -1, %"n"
  %".389" = icmp slt i32 %".387", %".388"
  %".390" = xor i1 %".389", 1
  br i1 %".390", label %"then.3", label %"endif.3"
kb28.head:
  %"kb28" = phi  i32 [0, %"then.2"], [%".289", %"k29.done"]
  %".165" = icmp slt i32 %"kb28", 2
  br i1 %".165", label %"kb28.body", label %"kb28.done"
kb28.body:
  br label %"k29.head"
kb28.done:
  %".291" = load float, float* %"c20"
  %".292" = getelementptr float, float* %"Ct15", i64 0
  store float %".291", float* %".292"
  %".294" = load float, float* %"c21"
  %".295" = getelementptr float, float* %"Ct15", i64 1
  store float %".294", float* %".295"
  %".297" = load float, float* %"c22"
  %".298" = getelementptr float, float* %"Ct15", i64 2
  store float %".297", float* %".298"
  %".300" = load float, float* %"c23"
  %".301" = getelementptr float, float* %"Ct15", i64 3
  store float %".300", float* %".301"
  %".303" = load float, float* %"c24"
  %".304" = getelementptr float, float* %"Ct15", i64 4
  store float %".303", float* %".304"
  %".306" = load float, float* %"c25"
  %".307" = getelementptr float, float* %"Ct15", i64 5
  store float %".306", float* %".307"
  %".309" = load float, float* %"c26"
  %".310" = getelementptr float, float* %"Ct15", i64 6
  store float %".309", float* %".310"
  %".312" = load float, float* %"c27"
  %".313" = getelementptr float, float* %"Ct15", i64 7
  store float %".312", float* %".313"
  br label %"c32.head"
k29.head:
  %"k29" = phi  i32 [0, %"kb28.body"], [%".287", %"k29.body"]
  %".168" = icmp slt i32 %"k29", 16
  br i1 %".168", label %"k29.body", label %"k29.done"
k29.body:
  %".170" = sext i32 %"i19" to i64
  %".171" = mul nsw i64 %".170", 32
  %".172" = sext i32 %"k29" to i64
  %".173" = add nsw i64 %".171", %".172"
  %".174" = sext i32 %"kb28" to i64
  %".175" = sext i32 %"n" to i64
  %".176" = mul nsw i64 %".174", %".175"
  %".177" = mul nsw i64 %".176", 16
  %".178" = add nsw i64 %".173", %".177"
  %".179" = getelementptr float, float* %"b2", i64 %".178"
  %".180" = load float, float* %".179"
  %".181" = sext i32 %"i19" to i64
  %".182" = mul nsw i64 %".181", 32
  %".183" = add nsw i64 16, %".182"
  %".184" = sext i32 %"k29" to i64
  %".185" = add nsw i64 %".183", %".184"
  %".186" = sext i32 %"kb28" to i64
  %".187" = sext i32 %"n" to i64
  %".188" = mul nsw i64 %".186", %".187"
  %".189" = mul nsw i64 %".188", 16
  %".190" = add nsw i64 %".185", %".189"
  %".191" = getelementptr float, float* %"b2", i64 %".190"
  %".192" = load float, float* %".191"
  %".193" = load float, float* %"c20"
  %".194" = sext i32 %"k29" to i64
  %".195" = mul nsw i64 %".194", 4
  %".196" = sext i32 %"kb28" to i64
  %".197" = mul nsw i64 %".196", 64
  %".198" = add nsw i64 %".195", %".197"
  %".199" = getelementptr float, float* %"Bp14", i64 %".198"
  %".200" = load float, float* %".199"
  %".201" = fmul reassoc contract float %".180", %".200"
  %".202" = fadd reassoc contract float %".193", %".201"
  store float %".202", float* %"c20"
  %".204" = load float, float* %"c21"
  %".205" = sext i32 %"k29" to i64
  %".206" = mul nsw i64 %".205", 4
  %".207" = add nsw i64 1, %".206"
  %".208" = sext i32 %"kb28" to i64
  %".209" = mul nsw i64 %".208", 64
  %".210" = add nsw i64 %".207", %".209"
  %".211" = getelementptr float, float* %"Bp14", i64 %".210"
  %".212" = load float, float* %".211"
  %".213" = fmul reassoc contract float %".180", %".212"
  %".214" = fadd reassoc contract float %".204", %".213"
  store float %".214", float* %"c21"
  %".216" = load float, float* %"c22"
  %".217" = sext i32 %"k29" to i64
  %".218" = mul nsw i64 %".217", 4
  %".219" = add nsw i64 2, %".218"
  %".220" = sext i32 %"kb28" to i64
  %".221" = mul nsw i64 %".220", 64
  %".222" = add nsw i64 %".219", %".221"
  %".223" = getelementptr float, float* %"Bp14", i64 %".222"
  %".224" = load float, float* %".223"
  %".225" = fmul reassoc contract float %".180", %".224"
  %".226" = fadd reassoc contract float %".216", %".225"
  store float %".226", float* %"c22"
  %".228" = load float, float* %"c23"
  %".229" = sext i32 %"k29" to i64
  %".230" = mul nsw i64 %".229", 4
  %".231" = add nsw i64 3, %".230"
  %".232" = sext i32 %"kb28" to i64
  %".233" = mul nsw i64 %".232", 64
  %".234" = add nsw i64 %".231", %".233"
  %".235" = getelementptr float, float* %"Bp14", i64 %".234"
  %".236" = load float, float* %".235"
  %".237" = fmul reassoc contract float %".180", %".236"
  %".238" = fadd reassoc contract float %".228", %".237"
  store float %".238", float* %"c23"
  %".240" = load float, float* %"c24"
  %".241" = sext i32 %"k29" to i64
  %".242" = mul nsw i64 %".241", 4
  %".243" = sext i32 %"kb28" to i64
  %".244" = mul nsw i64 %".243", 64
  %".245" = add nsw i64 %".242", %".244"
  %".246" = getelementptr float, float* %"Bp14", i64 %".245"
  %".247" = load float, float* %".246"
  %".248" = fmul reassoc contract float %".192", %".247"
  %".249" = fadd reassoc contract float %".240", %".248"
  store float %".249", float* %"c24"
  %".251" = load float, float* %"c25"
  %".252" = sext i32 %"k29" to i64
  %".253" = mul nsw i64 %".252", 4
  %".254" = add nsw i64 1, %".253"
  %".255" = sext i32 %"kb28" to i64
  %".256" = mul nsw i64 %".255", 64
  %".257" = add nsw i64 %".254", %".256"
  %".258" = getelementptr float, float* %"Bp14", i64 %".257"
  %".259" = load float, float* %".258"
  %".260" = fmul reassoc contract float %".192", %".259"
  %".261" = fadd reassoc contract float %".251", %".260"
  store float %".261", float* %"c25"
  %".263" = load float, float* %"c26"
  %".264" = sext i32 %"k29" to i64
  %".265" = mul nsw i64 %".264", 4
  %".266" = add nsw i64 2, %".265"
  %".267" = sext i32 %"kb28" to i64
  %".268" = mul nsw i64 %".267", 64
  %".269" = add nsw i64 %".266", %".268"
  %".270" = getelementptr float, float* %"Bp14", i64 %".269"
  %".271" = load float, float* %".270"
  %".272" = fmul reassoc contract float %".192", %".271"
  %".273" = fadd reassoc contract float %".263", %".272"
  store float %".273", float* %"c26"
  %".275" = load float, float* %"c27"
  %".276" = sext i32 %"k29" to i64
  %".277" = mul nsw i64 %".276", 4
  %".278" = add nsw i64 3, %".277"
  %".279" = sext i32 %"kb28" to i64
  %".280" = mul nsw i64 %".279", 64
  %".281" = add nsw i64 %".278", %".280"
  %".282" = getelementptr float, float* %"Bp14", i64 %".281"
  %".283" = load float, float* %".282"
  %".284" = fmul reassoc contract float %".192", %".283"
  %".285" = fadd reassoc contract float %".275", %".284"
  store float %".285", float* %"c27"
  %".287" = add nsw i32 %"k29", 1
  br label %"k29.head", !llvm.loop !1
k29.done:
  %".289" = add nsw i32 %"kb28", 1
  br label %"kb28.head"
c32.head:
  %"c32" = phi  i32 [0, %"kb28.done"], [%".347", %"c32.body"]
  %".316" = icmp slt i32 %"c32", 4
  br i1 %".316", label %"c32.body", label %"c32.done"
c32.body:
  %".318" = sext i32 %"c32" to i64
  %".319" = sext i32 %"i19" to i64
  %".320" = mul nsw i64 %".319", 64
  %".321" = add nsw i64 %".318", %".320"
  %".322" = sext i32 %"t13" to i64
  %".323" = mul nsw i64 %".322", 4
  %".324" = add nsw i64 %".321", %".323"
  %".325" = getelementptr float, float* %"b1", i64 %".324"
  %".326" = load float, float* %".325"
  %".327" = sext i32 %"c32" to i64
  %".328" = getelementptr float, float* %"Ct15", i64 %".327"
  %".329" = load float, float* %".328"
  %".330" = fadd reassoc contract float %".326", %".329"
  %".331" = sext i32 %"c32" to i64
  %".332" = sext i32 %"t13" to i64
  %".333" = mul nsw i64 %".332", 4
  %".334" = add nsw i64 %".331", %".333"
  %".335" = getelementptr float, float* %"b4", i64 %".334"
  %".336" = load float, float* %".335"
  %".337" = fadd reassoc contract float %".330", %".336"
  %".338" = sext i32 %"c32" to i64
  %".339" = sext i32 %"i19" to i64
  %".340" = mul nsw i64 %".339", 64
  %".341" = add nsw i64 %".338", %".340"
  %".342" = sext i32 %"t13" to i64
  %".343" = mul nsw i64 %".342", 4
  %".344" = add nsw i64 %".341", %".343"
  %".345" = getelementptr float, float* %"b0", i64 %".344"
  store float %".337", float* %".345"
  %".347" = add nsw i32 %"c32", 1
  br label %"c32.head"
c32.done:
  br label %"c38.head"
c38.head:
  %"c38" = phi  i32 [0, %"c32.done"], [%".384", %"c38.body"]
  %".350" = icmp slt i32 %"c38", 4
  br i1 %".350", label %"c38.body", label %"c38.done"
c38.body:
  %".352" = sext i32 %"c38" to i64
  %".353" = add nsw i64 32, %".352"
  %".354" = sext i32 %"i19" to i64
  %".355" = mul nsw i64 %".354", 64
  %".356" = add nsw i64 %".353", %".355"
  %".357" = sext i32 %"t13" to i64
  %".358" = mul nsw i64 %".357", 4
  %".359" = add nsw i64 %".356", %".358"
  %".360" = getelementptr float, float* %"b1", i64 %".359"
  %".361" = load float, float* %".360"
  %".362" = sext i32 %"c38" to i64
  %".363" = add nsw i64 4, %".362"
  %".364" = getelementptr float, float* %"Ct15", i64 %".363"
  %".365" = load float, float* %".364"
  %".366" = fadd reassoc contract float %".361", %".365"
  %".367" = sext i32 %"c38" to i64
  %".368" = sext i32 %"t13" to i64
  %".369" = mul nsw i64 %".368", 4
  %".370" = add nsw i64 %".367", %".369"
  %".371" = getelementptr float, float* %"b4", i64 %".370"
  %".372" = load float, float* %".371"
  %".373" = fadd reassoc contract float %".366", %".372"
  %".374" = sext i32 %"c38" to i64
  %".375" = add nsw i64 32, %".374"
  %".376" = sext i32 %"i19" to i64
  %".377" = mul nsw i64 %".376", 64
  %".378" = add nsw i64 %".375", %".377"
  %".379" = sext i32 %"t13" to i64
  %".380" = mul nsw i64 %".379", 4
  %".381" = add nsw i64 %".378", %".380"
  %".382" = getelementptr float, float* %"b0", i64 %".381"
  store float %".373", float* %".382"
  %".384" = add nsw i32 %"c38", 1
  br label %"c38.head"
c38.done:
  br label %"endif.2"
then.3:
  %".392" = mul i32 %"i19", 2
  %".393" = mul i32 %"i19", 2
  %".394" = add i32 2, %".393"
  br label %"r44.head"
endif.3:
  %".522" = add nsw i32 %"i19", 1
  br label %"i19.head"
r44.head:
  %"r44" = phi  i32 [%".392", %"then.3"], [%".519", %"endif.4"]
  %".396" = icmp slt i32 %"r44", %".394"
  br i1 %".396", label %"r44.body", label %"r44.done"
r44.body:
  %".398" = icmp slt i32 %"r44", %"n"
  br i1 %".398", label %"then.4", label %"endif.4"
r44.done:
  br label %"endif.3"
then.4:
  store float              0x0, float* %"c45"
  store float              0x0, float* %"c46"
  store float              0x0, float* %"c47"
  store float              0x0, float* %"c48"
  br label %"kb49.head"
endif.4:
  %".519" = add nsw i32 %"r44", 1
  br label %"r44.head"
kb49.head:
  %"kb49" = phi  i32 [0, %"then.4"], [%".470", %"k50.done"]
  %".405" = icmp slt i32 %"kb49", 2
  br i1 %".405", label %"kb49.body", label %"kb49.done"
kb49.body:
  br label %"k50.head"
kb49.done:
  %".472" = load float, float* %"c45"
  %".473" = getelementptr float, float* %"Ct15", i64 0
  store float %".472", float* %".473"
  %".475" = load float, float* %"c46"
  %".476" = getelementptr float, float* %"Ct15", i64 1
  store float %".475", float* %".476"
  %".478" = load float, float* %"c47"
  %".479" = getelementptr float, float* %"Ct15", i64 2
  store float %".478", float* %".479"
  %".481" = load float, float* %"c48"
  %".482" = getelementptr float, float* %"Ct15", i64 3
  store float %".481", float* %".482"
  br label %"c52.head"
k50.head:
  %"k50" = phi  i32 [0, %"kb49.body"], [%".468", %"k50.body"]
  %".408" = icmp slt i32 %"k50", 16
  br i1 %".408", label %"k50.body", label %"k50.done"
k50.body:
  %".410" = sext i32 %"k50" to i64
  %".411" = sext i32 %"kb49" to i64
  %".412" = sext i32 %"n" to i64
  %".413" = mul nsw i64 %".411", %".412"
  %".414" = mul nsw i64 %".413", 16
  %".415" = add nsw i64 %".410", %".414"
  %".416" = sext i32 %"r44" to i64
  %".417" = mul nsw i64 %".416", 16
  %".418" = add nsw i64 %".415", %".417"
  %".419" = getelementptr float, float* %"b2", i64 %".418"
  %".420" = load float, float* %".419"
  %".421" = load float, float* %"c45"
  %".422" = sext i32 %"k50" to i64
  %".423" = mul nsw i64 %".422", 4
  %".424" = sext i32 %"kb49" to i64
  %".425" = mul nsw i64 %".424", 64
  %".426" = add nsw i64 %".423", %".425"
  %".427" = getelementptr float, float* %"Bp14", i64 %".426"
  %".428" = load float, float* %".427"
  %".429" = fmul reassoc contract float %".420", %".428"
  %".430" = fadd reassoc contract float %".421", %".429"
  store float %".430", float* %"c45"
  %".432" = load float, float* %"c46"
  %".433" = sext i32 %"k50" to i64
  %".434" = mul nsw i64 %".433", 4
  %".435" = add nsw i64 1, %".434"
  %".436" = sext i32 %"kb49" to i64
  %".437" = mul nsw i64 %".436", 64
  %".438" = add nsw i64 %".435", %".437"
  %".439" = getelementptr float, float* %"Bp14", i64 %".438"
  %".440" = load float, float* %".439"
  %".441" = fmul reassoc contract float %".420", %".440"
  %".442" = fadd reassoc contract float %".432", %".441"
  store float %".442", float* %"c46"
  %".444" = load float, float* %"c47"
  %".445" = sext i32 %"k50" to i64
  %".446" = mul nsw i64 %".445", 4
  %".447" = add nsw i64 2, %".446"
  %".448" = sext i32 %"kb49" to i64
  %".449" = mul nsw i64 %".448", 64
  %".450" = add nsw i64 %".447", %".449"
  %".451" = getelementptr float, float* %"Bp14", i64 %".450"
  %".452" = load float, float* %".451"
  %".453" = fmul reassoc contract float %".420", %".452"
  %".454" = fadd reassoc contract float %".444", %".453"
  store float %".454", float* %"c47"
  %".456" = load float, float* %"c48"
  %".457" = sext i32 %"k50" to i64
  %".458" = mul nsw i64 %".457", 4
  %".459" = add nsw i64 3, %".458"
  %".460" = sext i32 %"kb49" to i64
  %".461" = mul nsw i64 %".460", 64
  %".462" = add nsw i64 %".459", %".461"
  %".463" = getelementptr float, float* %"Bp14", i64 %".462"
  %".464" = load float, float* %".463"
  %".465" = fmul reassoc contract float %".420", %".464"
  %".466" = fadd reassoc contract float %".456", %".465"
  store float %".466", float* %"c48"
  %".468" = add nsw i32 %"k50", 1
  br label %"k50.head", !llvm.loop !2
k50.done:
  %".470" = add nsw i32 %"kb49", 1
  br label %"kb49.head"
c52.head:
  %"c52" = phi  i32 [0, %"kb49.done"], [%".516", %"c52.body"]
  %".485" = icmp slt i32 %"c52", 4
  br i1 %".485", label %"c52.body", label %"c52.done"
c52.body:
  %".487" = sext i32 %"c52" to i64
  %".488" = sext i32 %"r44" to i64
  %".489" = mul nsw i64 %".488", 32
  %".490" = add nsw i64 %".487", %".489"
  %".491" = sext i32 %"t13" to i64
  %".492" = mul nsw i64 %".491", 4
  %".493" = add nsw i64 %".490", %".492"
  %".494" = getelementptr float, float* %"b1", i64 %".493"
  %".495" = load float, float* %".494"
  %".496" = sext i32 %"c52" to i64
  %".497" = getelementptr float, float* %"Ct15", i64 %".496"
  %".498" = load float, float* %".497"
  %".499" = fadd reassoc contract float %".495", %".498"
  %".500" = sext i32 %"c52" to i64
  %".501" = sext i32 %"t13" to i64
  %".502" = mul nsw i64 %".501", 4
  %".503" = add nsw i64 %".500", %".502"
  %".504" = getelementptr float, float* %"b4", i64 %".503"
  %".505" = load float, float* %".504"
  %".506" = fadd reassoc contract float %".499", %".505"
  %".507" = sext i32 %"c52" to i64
  %".508" = sext i32 %"r44" to i64
  %".509" = mul nsw i64 %".508", 32
  %".510" = add nsw i64 %".507", %".509"
  %".511" = sext i32 %"t13" to i64
  %".512" = mul nsw i64 %".511", 4
  %".513" = add nsw i64 %".510", %".512"
  %".514" = getelementptr float, float* %"b0", i64 %".513"
  store float %".506", float* %".514"
  %".516" = add nsw i32 %"c52", 1
  br label %"c52.head"
c52.done:
  br label %"endif.4"
}

!0 = !{ !"llvm.loop.vectorize.enable", i1 0 }
!1 = !{ !1, !0 }
!2 = !{ !2, !0 }
; ModuleID = "layer_norm_1"
target triple = "unknown-unknown-unknown"
target datalayout = ""

define void @"layer_norm_1"(float* noalias %"b0", float* noalias %"b1", float* noalias %"b2", float* noalias %"b3", i32 %"n", i32 %"core", i32 %"ncores")
{
entry:
  %"acc2" = alloca float
  %"acc7" = alloca float
  br label %"body"
body:
  %".9" = sub i32 %"ncores", 1
  %".10" = add i32 %"n", %".9"
  %".11" = sdiv i32 %".10", %"ncores"
  %".12" = mul i32 %"core", %".11"
  %".13" = add i32 %".12", %".11"
  %".14" = icmp slt i32 %".13", %"n"
  %".15" = select  i1 %".14", i32 %".13", i32 %"n"
  br label %"i0.head"
i0.head:
  %"i0" = phi  i32 [%".12", %"body"], [%".85", %"i1.done"]
  %".17" = icmp slt i32 %"i0", %".15"
  br i1 %".17", label %"i0.body", label %"i0.done"
i0.body:
  store float              0x0, float* %"acc2"
  br label %"r3.head"
i0.done:
  ret void
r3.head:
  %"r3" = phi  i32 [0, %"i0.body"], [%".32", %"r3.body"]
  %".21" = icmp slt i32 %"r3", 32
  br i1 %".21", label %"r3.body", label %"r3.done"
r3.body:
  %".23" = sext i32 %"i0" to i64
  %".24" = mul nsw i64 %".23", 32
  %".25" = sext i32 %"r3" to i64
  %".26" = add nsw i64 %".24", %".25"
  %".27" = getelementptr float, float* %"b1", i64 %".26"
  %".28" = load float, float* %".27"
  %".29" = load float, float* %"acc2"
  %".30" = fadd reassoc contract float %".29", %".28"
  store float %".30", float* %"acc2"
  %".32" = add nsw i32 %"r3", 1
  br label %"r3.head"
r3.done:
  %".34" = load float, float* %"acc2"
  %".35" = fdiv reassoc contract float %".34", 0x4040000000000000
  store float              0x0, float* %"acc7"
  br label %"r8.head"
r8.head:
  %"r8" = phi  i32 [0, %"r3.done"], [%".51", %"r8.body"]
  %".38" = icmp slt i32 %"r8", 32
  br i1 %".38", label %"r8.body", label %"r8.done"
r8.body:
  %".40" = sext i32 %"i0" to i64
  %".41" = mul nsw i64 %".40", 32
  %".42" = sext i32 %"r8" to i64
  %".43" = add nsw i64 %".41", %".42"
  %".44" = getelementptr float, float* %"b1", i64 %".43"
  %".45" = load float, float* %".44"
  %".46" = fsub reassoc contract float %".45", %".35"
  %".47" = fmul reassoc contract float %".46", %".46"
  %".48" = load float, float* %"acc7"
  %".49" = fadd reassoc contract float %".48", %".47"
  store float %".49", float* %"acc7"
  %".51" = add nsw i32 %"r8", 1
  br label %"r8.head"
r8.done:
  %".53" = load float, float* %"acc7"
  %".54" = fdiv reassoc contract float %".53", 0x4040000000000000
  %".55" = fadd reassoc contract float %".54", 0x3ee4f8b580000000
  %".56" = call float @"llvm.sqrt.f32"(float %".55")
  %".57" = fdiv reassoc contract float 0x3ff0000000000000, %".56"
  br label %"i1.head"
i1.head:
  %"i1" = phi  i32 [0, %"r8.done"], [%".83", %"i1.body"]
  %".59" = icmp slt i32 %"i1", 32
  br i1 %".59", label %"i1.body", label %"i1.done"
i1.body:
  %".61" = sext i32 %"i0" to i64
  %".62" = mul nsw i64 %".61", 32
  %".63" = sext i32 %"i1" to i64
  %".64" = add nsw i64 %".62", %".63"
  %".65" = getelementptr float, float* %"b1", i64 %".64"
  %".66" = load float, float* %".65"
  %".67" = fsub reassoc contract float %".66", %".35"
  %".68" = fmul reassoc contract float %".67", %".57"
  %".69" = sext i32 %"i1" to i64
  %".70" = getelementptr float, float* %"b2", i64 %".69"
  %".71" = load float, float* %".70"
  %".72" = fmul reassoc contract float %".68", %".71"
  %".73" = sext i32 %"i1" to i64
  %".74" = getelementptr float, float* %"b3", i64 %".73"
  %".75" = load float, float* %".74"
  %".76" = fadd reassoc contract float %".72", %".75"
  %".77" = sext i32 %"i0" to i64
  %".78" = mul nsw i64 %".77", 32
  %".79" = sext i32 %"i1" to i64
  %".80" = add nsw i64 %".78", %".79"
  %".81" = getelementptr float, float* %"b0", i64 %".80"
  store float %".76", float* %".81"
  %".83" = add nsw i32 %"i1", 1
  br label %"i1.head"
i1.done:
  %".85" = add nsw i32 %"i0", 1
  br label %"i0.head"
}

declare float @"llvm.sqrt.f32"(float %".1")

; ModuleID = "matmul_bias_gelu"
target triple = "unknown-unknown-unknown"
target datalayout = ""

define void @"matmul_bias_gelu"(float* noalias %"b0", float* noalias %"b1", float* noalias %"b2", float* noalias %"b3", i32 %"n", i32 %"core", i32 %"ncores")
{
entry:
  %"Bp21" = alloca float, i64 128, align 64
  %"Ct22" = alloca float, i64 8, align 64
  %"c27" = alloca float
  %"c28" = alloca float
  %"c29" = alloca float
  %"c30" = alloca float
  %"c31" = alloca float
  %"c32" = alloca float
  %"c33" = alloca float
  %"c34" = alloca float
  %"c65" = alloca float
  %"c66" = alloca float
  %"c67" = alloca float
  %"c68" = alloca float
  br label %"body"
body:
  %".9" = icmp slt i32 %"n", 2
  br i1 %".9", label %"then", label %"endif"
then:
  %".11" = sub i32 %"ncores", 1
  %".12" = add i32 8, %".11"
  %".13" = sdiv i32 %".12", %"ncores"
  %".14" = mul i32 %"core", %".13"
  %".15" = add i32 %".14", %".13"
  %".16" = icmp slt i32 %".15", 8
  %".17" = select  i1 %".16", i32 %".15", i32 8
  br label %"t1.head"
endif:
  %".148" = icmp sle i32 2, %"n"
  br i1 %".148", label %"then.1", label %"endif.1"
t1.head:
  %"t1" = phi  i32 [%".14", %"then"], [%".145", %"c7.done"]
  %".19" = icmp slt i32 %"t1", %".17"
  br i1 %".19", label %"t1.body", label %"t1.done"
t1.body:
  br label %"c2.head"
t1.done:
  br label %"endif"
c2.head:
  %"c2" = phi  i32 [0, %"t1.body"], [%".30", %"c2.body"]
  %".22" = icmp slt i32 %"c2", 16
  br i1 %".22", label %"c2.body", label %"c2.done"
c2.body:
  %".24" = sext i32 %"c2" to i64
  %".25" = sext i32 %"t1" to i64
  %".26" = mul nsw i64 %".25", 16
  %".27" = add nsw i64 %".24", %".26"
  %".28" = getelementptr float, float* %"b0", i64 %".27"
  store float              0x0, float* %".28"
  %".30" = add nsw i32 %"c2", 1
  br label %"c2.head"
c2.done:
  br label %"k3.head"
k3.head:
  %"k3" = phi  i32 [0, %"c2.done"], [%".66", %"c5.done"]
  %".33" = icmp slt i32 %"k3", 32
  br i1 %".33", label %"k3.body", label %"k3.done"
k3.body:
  %".35" = sext i32 %"k3" to i64
  %".36" = getelementptr float, float* %"b1", i64 %".35"
  %".37" = load float, float* %".36"
  br label %"c5.head"
k3.done:
  br label %"c7.head"
c5.head:
  %"c5" = phi  i32 [0, %"k3.body"], [%".64", %"c5.body"]
  %".39" = icmp slt i32 %"c5", 16
  br i1 %".39", label %"c5.body", label %"c5.done"
c5.body:
  %".41" = sext i32 %"c5" to i64
  %".42" = sext i32 %"k3" to i64
  %".43" = mul nsw i64 %".42", 128
  %".44" = add nsw i64 %".41", %".43"
  %".45" = sext i32 %"t1" to i64
  %".46" = mul nsw i64 %".45", 16
  %".47" = add nsw i64 %".44", %".46"
  %".48" = getelementptr float, float* %"b2", i64 %".47"
  %".49" = load float, float* %".48"
  %".50" = sext i32 %"c5" to i64
  %".51" = sext i32 %"t1" to i64
  %".52" = mul nsw i64 %".51", 16
  %".53" = add nsw i64 %".50", %".52"
  %".54" = getelementptr float, float* %"b0", i64 %".53"
  %".55" = load float, float* %".54"
  %".56" = fmul reassoc contract float %".37", %".49"
  %".57" = fadd reassoc contract float %".55", %".56"
  %".58" = sext i32 %"c5" to i64
  %".59" = sext i32 %"t1" to i64
  %".60" = mul nsw i64 %".59", 16
  %".61" = add nsw i64 %".58", %".60"
  %".62" = getelementptr float, float* %"b0", i64 %".61"
  store float %".57", float* %".62"
  %".64" = add nsw i32 %"c5", 1
  br label %"c5.head"
c5.done:
  %".66" = add nsw i32 %"k3", 1
  br label %"k3.head"
c7.head:
  %"c7" = phi  i32 [0, %"k3.done"], [%".143", %"c7.body"]
  %".69" = icmp slt i32 %"c7", 16
  br i1 %".69", label %"c7.body", label %"c7.done"
c7.body:
  %".71" = sext i32 %"c7" to i64
  %".72" = sext i32 %"t1" to i64
  %".73" = mul nsw i64 %".72", 16
  %".74" = add nsw i64 %".71", %".73"
  %".75" = getelementptr float, float* %"b0", i64 %".74"
  %".76" = load float, float* %".75"
  %".77" = sext i32 %"c7" to i64
  %".78" = sext i32 %"t1" to i64
  %".79" = mul nsw i64 %".78", 16
  %".80" = add nsw i64 %".77", %".79"
  %".81" = getelementptr float, float* %"b3", i64 %".80"
  %".82" = load float, float* %".81"
  %".83" = fadd reassoc contract float %".76", %".82"
  %".84" = fmul reassoc contract float 0x3fe0000000000000, %".83"
  %".85" = fmul reassoc contract float 0x3fa6e4e260000000, %".83"
  %".86" = fmul reassoc contract float %".85", %".83"
  %".87" = fmul reassoc contract float %".86", %".83"
  %".88" = fadd reassoc contract float %".83", %".87"
  %".89" = fmul reassoc contract float 0x3fe9884540000000, %".88"
  %".90" = fmul float %".89", 0x4000000000000000
  %".91" = fcmp olt float %".90", 0xc059f999a0000000
  %".92" = call float @"llvm.maxnum.f32"(float %".90", float 0xc059f999a0000000)
  %".93" = call float @"llvm.minnum.f32"(float %".92", float 0x4056333340000000)
  %".94" = select  i1 %".91", float              0x0, float %".93"
  %".95" = fmul float %".94", 0x3ff7154760000000
  %".96" = fadd float %".95", 0x3fe0000000000000
  %".97" = call float @"llvm.floor.f32"(float %".96")
  %".98" = fmul float %".97", 0x3fe62e4000000000
  %".99" = fsub float %".94", %".98"
  %".100" = fmul float %".97", 0x3eb7f7d1c0000000
  %".101" = fsub float %".99", %".100"
  %".102" = fmul float 0x3f2a01a020000000, %".101"
  %".103" = fadd float %".102", 0x3f56c16c20000000
  %".104" = fmul float %".103", %".101"
  %".105" = fadd float %".104", 0x3f81111120000000
  %".106" = fmul float %".105", %".101"
  %".107" = fadd float %".106", 0x3fa5555560000000
  %".108" = fmul float %".107", %".101"
  %".109" = fadd float %".108", 0x3fc5555560000000
  %".110" = fmul float %".109", %".101"
  %".111" = fadd float %".110", 0x3fe0000000000000
  %".112" = fmul float %".111", %".101"
  %".113" = fadd float %".112", 0x3ff0000000000000
  %".114" = fmul float %".113", %".101"
  %".115" = fadd float %".114", 0x3ff0000000000000
  %".116" = fptosi float %".97" to i32
  %".117" = ashr i32 %".116", 1
  %".118" = sub i32 %".116", %".117"
  %".119" = add i32 %".117", 127
  %".120" = shl i32 %".119", 23
  %".121" = bitcast i32 %".120" to float
  %".122" = fmul float %".115", %".121"
  %".123" = add i32 %".118", 127
  %".124" = shl i32 %".123", 23
  %".125" = bitcast i32 %".124" to float
  %".126" = fmul float %".122", %".125"
  %".127" = fcmp ogt float %".90", 0x40562e4260000000
  %".128" = select  i1 %".127", float 0x7ff0000000000000, float %".126"
  %".129" = select  i1 %".91", float              0x0, float %".128"
  %".130" = fcmp uno float %".90", %".90"
  %".131" = select  i1 %".130", float %".90", float %".129"
  %".132" = fadd float %".131", 0x3ff0000000000000
  %".133" = fdiv float 0x4000000000000000, %".132"
  %".134" = fsub float 0x3ff0000000000000, %".133"
  %".135" = fadd reassoc contract float 0x3ff0000000000000, %".134"
  %".136" = fmul reassoc contract float %".84", %".135"
  %".137" = sext i32 %"c7" to i64
  %".138" = sext i32 %"t1" to i64
  %".139" = mul nsw i64 %".138", 16
  %".140" = add nsw i64 %".137", %".139"
  %".141" = getelementptr float, float* %"b0", i64 %".140"
  store float %".136", float* %".141"
  %".143" = add nsw i32 %"c7", 1
  br label %"c7.head"
c7.done:
  %".145" = add nsw i32 %"t1", 1
  br label %"t1.head"
then.1:
  %".150" = sub i32 %"ncores", 1
  %".151" = add i32 32, %".150"
  %".152" = sdiv i32 %".151", %"ncores"
  %".153" = mul i32 %"core", %".152"
  %".154" = add i32 %".153", %".152"
  %".155" = icmp slt i32 %".154", 32
  %".156" = select  i1 %".155", i32 %".154", i32 32
  br label %"t20.head"
endif.1:
  ret void
t20.head:
  %"t20" = phi  i32 [%".153", %"then.1"], [%".629", %"i26.done"]
  %".158" = icmp slt i32 %"t20", %".156"
  br i1 %".158", label %"t20.body", label %"t20.done"
t20.body:
  br label %"k23.head"
t20.done:
  br label %"endif.1"
k23.head:
  %"k23" = phi  i32 [0, %"t20.body"], [%".183", %"c24.done"]
  %".161" = icmp slt i32 %"k23", 32
  br i1 %".161", label %"k23.body", label %"k23.done"
k23.body:
  br label %"c24.head"
k23.done:
  %".185" = add i32 1, %"n"
  %".186" = sdiv i32 %".185", 2
  br label %"i26.head"
c24.head:
  %"c24" = phi  i32 [0, %"k23.body"], [%".181", %"c24.body"]
  %".164" = icmp slt i32 %"c24", 4
  br i1 %".164", label %"c24.body", label %"c24.done"
c24.body:
  %".166" = sext i32 %"c24" to i64
  %".167" = sext i32 %"k23" to i64
  %".168" = mul nsw i64 %".167", 128
  %".169" = add nsw i64 %".166", %".168"
  %".170" = sext i32 %"t20" to i64
  %".171" = mul nsw i64 %".170", 4
  %".172" = add nsw i64 %".169", %".171"
  %".173" = getelementptr float, float* %"b2", i64 %".172"
  %".174" = load float, float* %".173"
  %".175" = sext i32 %"c24" to i64
  %".176" = sext i32 %"k23" to i64
  %".177" = mul nsw i64 %".176", 4
  %".178" = add nsw i64 %".175", %".177"
  %".179" = getelementptr float, float* %"Bp21", i64 %".178"
  store float %".174", float* %".179"
  %".181" = add nsw i32 %"c24", 1
  br label %"c24.head"
c24.done:
  %".183" = add nsw i32 %"k23", 1
  br label %"k23.head"
i26.head:
  %"i26" = phi  i32 [0, %"k23.done"], [%".627", %"endif.3"]
  %".188" = icmp slt i32 %"i26", %".186"
  br i1 %".188", label %"i26.body", label %"i26.done"
i26.body:
  %".190" = mul i32 %"i26", 2
  %".191" = add i32 -1, %"n"
  %".192" = icmp slt i32 %".190", %".191"
  br i1 %".192", label %"then.2", label %"endif.2"
i26.done:
  %".629" = add nsw i32 %"t20", 1
  br label %"t20.head"
then.2:
  store float              0x0, float* %"c27"
  store float              0x0, float* %"c28"
  store float              0x0, float* %"c29"
  store float              0x0, float* %"c30"
  store float              0x0, float* %"c31"
  store float              0x0, float* %"c32"
  store float              0x0, float* %"c33"
  store float              0x0, float* %"c34"
  br label %"k35.head"
endif.2:
  %".471" = mul i32 %"i26", 2
  %".472" = add i32 -1, %"n"
  %".473" = icmp slt i32 %".471", %".472"
  %".474" = xor i1 %".473", 1
  br i1 %".474", label %"then.3", label %"endif.3"
k35.head:
  %"k35" = phi  i32 [0, %"then.2"], [%".288", %"k35.body"]
  %".203" = icmp slt i32 %"k35", 32
  br i1 %".203", label %"k35.body", label %"k35.done"
k35.body:
  %".205" = sext i32 %"i26" to i64
  %".206" = mul nsw i64 %".205", 64
  %".207" = sext i32 %"k35" to i64
  %".208" = add nsw i64 %".206", %".207"
  %".209" = getelementptr float, float* %"b1", i64 %".208"
  %".210" = load float, float* %".209"
  %".211" = sext i32 %"i26" to i64
  %".212" = mul nsw i64 %".211", 64
  %".213" = add nsw i64 32, %".212"
  %".214" = sext i32 %"k35" to i64
  %".215" = add nsw i64 %".213", %".214"
  %".216" = getelementptr float, float* %"b1", i64 %".215"
  %".217" = load float, float* %".216"
  %".218" = load float, float* %"c27"
  %".219" = sext i32 %"k35" to i64
  %".220" = mul nsw i64 %".219", 4
  %".221" = getelementptr float, float* %"Bp21", i64 %".220"
  %".222" = load float, float* %".221"
  %".223" = fmul reassoc contract float %".210", %".222"
  %".224" = fadd reassoc contract float %".218", %".223"
  store float %".224", float* %"c27"
  %".226" = load float, float* %"c28"
  %".227" = sext i32 %"k35" to i64
  %".228" = mul nsw i64 %".227", 4
  %".229" = add nsw i64 1, %".228"
  %".230" = getelementptr float, float* %"Bp21", i64 %".229"
  %".231" = load float, float* %".230"
  %".232" = fmul reassoc contract float %".210", %".231"
  %".233" = fadd reassoc contract float %".226", %".232"
  store float %".233", float* %"c28"
  %".235" = load float, float* %"c29"
  %".236" = sext i32 %"k35" to i64
  %".237" = mul nsw i64 %".236", 4
  %".238" = add nsw i64 2, %".237"
  %".239" = getelementptr float, float* %"Bp21", i64 %".238"
  %".240" = load float, float* %".239"
  %".241" = fmul reassoc contract float %".210", %".240"
  %".242" = fadd reassoc contract float %".235", %".241"
  store float %".242", float* %"c29"
  %".244" = load float, float* %"c30"
  %".245" = sext i32 %"k35" to i64
  %".246" = mul nsw i64 %".245", 4
  %".247" = add nsw i64 3, %".246"
  %".248" = getelementptr float, float* %"Bp21", i64 %".247"
  %".249" = load float, float* %".248"
  %".250" = fmul reassoc contract float %".210", %".249"
  %".251" = fadd reassoc contract float %".244", %".250"
  store float %".251", float* %"c30"
  %".253" = load float, float* %"c31"
  %".254" = sext i32 %"k35" to i64
  %".255" = mul nsw i64 %".254", 4
  %".256" = getelementptr float, float* %"Bp21", i64 %".255"
  %".257" = load float, float* %".256"
  %".258" = fmul reassoc contract float %".217", %".257"
  %".259" = fadd reassoc contract float %".253", %".258"
  store float %".259", float* %"c31"
  %".261" = load float, float* %"c32"
  %".262" = sext i32 %"k35" to i64
  %".263" = mul nsw i64 %".262", 4
  %".264" = add nsw i64 1, %".263"
  %".265" = getelementptr float, float* %"Bp21", i64 %".264"
  %".266" = load float, float* %".265"
  %".267" = fmul reassoc contract float %".217", %".266"
  %".268" = fadd reassoc contract float %".261", %".267"
  store float %".268", float* %"c32"
  %".270" = load float, float* %"c33"
  %".271" = sext i32 %"k35" to i64
  %".272" = mul nsw i64 %".271", 4
  %".273" = add nsw i64 2, %".272"
  %".274" = getelementptr float, float* %"Bp21", i64 %".273"
  %".275" = load float, float* %".274"
  %".276" = fmul reassoc contract float %".217", %".275"
  %".277" = fadd reassoc contract float %".270", %".276"
  store float %".277", float* %"c33"
  %".279" = load float, float* %"c34"
  %".280" = sext i32 %"k35" to i64
  %".281" = mul nsw i64 %".280", 4
  %".282" = add nsw i64 3, %".281"
  %".283" = getelementptr float, float* %"Bp21", i64 %".282"
  %".284" = load float, float* %".283"
  %".285" = fmul reassoc contract float %".217", %".284"
  %".286" = fadd reassoc contract float %".279", %".285"
  store float %".286", float* %"c34"
  %".288" = add nsw i32 %"k35", 1
  br label %"k35.head", !llvm.loop !1
k35.done:
  %".290" = load float, float* %"c27"
  %".291" = getelementptr float, float* %"Ct22", i64 0
  store float %".290", float* %".291"
  %".293" = load float, float* %"c28"
  %".294" = getelementptr float, float* %"Ct22", i64 1
  store float %".293", float* %".294"
  %".296" = load float, float* %"c29"
  %".297" = getelementptr float, float* %"Ct22", i64 2
  store float %".296", float* %".297"
  %".299" = load float, float* %"c30"
  %".300" = getelementptr float, float* %"Ct22", i64 3
  store float %".299", float* %".300"
  %".302" = load float, float* %"c31"
  %".303" = getelementptr float, float* %"Ct22", i64 4
  store float %".302", float* %".303"
  %".305" = load float, float* %"c32"
  %".306" = getelementptr float, float* %"Ct22", i64 5
  store float %".305", float* %".306"
  %".308" = load float, float* %"c33"
  %".309" = getelementptr float, float* %"Ct22", i64 6
  store float %".308", float* %".309"
  %".311" = load float, float* %"c34"
  %".312" = getelementptr float, float* %"Ct22", i64 7
  store float %".311", float* %".312"
  br label %"c38.head"
c38.head:
  %"c38" = phi  i32 [0, %"k35.done"], [%".389", %"c38.body"]
  %".315" = icmp slt i32 %"c38", 4
  br i1 %".315", label %"c38.body", label %"c38.done"
c38.body:
  %".317" = sext i32 %"c38" to i64
  %".318" = getelementptr float, float* %"Ct22", i64 %".317"
  %".319" = load float, float* %".318"
  %".320" = sext i32 %"c38" to i64
  %".321" = sext i32 %"t20" to i64
  %".322" = mul nsw i64 %".321", 4
  %".323" = add nsw i64 %".320", %".322"
  %".324" = getelementptr float, float* %"b3", i64 %".323"
  %".325" = load float, float* %".324"
  %".326" = fadd reassoc contract float %".319", %".325"
  %".327" = fmul reassoc contract float 0x3fe0000000000000, %".326"
  %".328" = fmul reassoc contract float 0x3fa6e4e260000000, %".326"
  %".329" = fmul reassoc contract float %".328", %".326"
  %".330" = fmul reassoc contract float %".329", %".326"
  %".331" = fadd reassoc contract float %".326", %".330"
  %".332" = fmul reassoc contract float 0x3fe9884540000000, %".331"
  %".333" = fmul float %".332", 0x4000000000000000
  %".334" = fcmp olt float %".333", 0xc059f999a0000000
  %".335" = call float @"llvm.maxnum.f32"(float %".333", float 0xc059f999a0000000)
  %".336" = call float @"llvm.minnum.f32"(float %".335", float 0x4056333340000000)
  %".337" = select  i1 %".334", float              0x0, float %".336"
  %".338" = fmul float %".337", 0x3ff7154760000000
  %".339" = fadd float %".338", 0x3fe0000000000000
  %".340" = call float @"llvm.floor.f32"(float %".339")
  %".341" = fmul float %".340", 0x3fe62e4000000000
  %".342" = fsub float %".337", %".341"
  %".343" = fmul float %".340", 0x3eb7f7d1c0000000
  %".344" = fsub float %".342", %".343"
  %".345" = fmul float 0x3f2a01a020000000, %".344"
  %".346" = fadd float %".345", 0x3f56c16c20000000
  %".347" = fmul float %".346", %".344"
  %".348" = fadd float %".347", 0x3f81111120000000
  %".349" = fmul float %".348", %".344"
  %".350" = fadd float %".349", 0x3fa5555560000000
  %".351" = fmul float %".350", %".344"
  %".352" = fadd float %".351", 0x3fc5555560000000
  %".353" = fmul float %".352", %".344"
  %".354" = fadd float %".353", 0x3fe0000000000000
  %".355" = fmul float %".354", %".344"
  %".356" = fadd float %".355", 0x3ff0000000000000
  %".357" = fmul float %".356", %".344"
  %".358" = fadd float %".357", 0x3ff0000000000000
  %".359" = fptosi float %".340" to i32
  %".360" = ashr i32 %".359", 1
  %".361" = sub i32 %".359", %".360"
  %".362" = add i32 %".360", 127
  %".363" = shl i32 %".362", 23
  %".364" = bitcast i32 %".363" to float
  %".365" = fmul float %".358", %".364"
  %".366" = add i32 %".361", 127
  %".367" = shl i32 %".366", 23
  %".368" = bitcast i32 %".367" to float
  %".369" = fmul float %".365", %".368"
  %".370" = fcmp ogt float %".333", 0x40562e4260000000
  %".371" = select  i1 %".370", float 0x7ff0000000000000, float %".369"
  %".372" = select  i1 %".334", float              0x0, float %".371"
  %".373" = fcmp uno float %".333", %".333"
  %".374" = select  i1 %".373", float %".333", float %".372"
  %".375" = fadd float %".374", 0x3ff0000000000000
  %".376" = fdiv float 0x4000000000000000, %".375"
  %".377" = fsub float 0x3ff0000000000000, %".376"
  %".378" = fadd reassoc contract float 0x3ff0000000000000, %".377"
  %".379" = fmul reassoc contract float %".327", %".378"
  %".380" = sext i32 %"c38" to i64
  %".381" = sext i32 %"i26" to i64
  %".382" = mul nsw i64 %".381", 256
  %".383" = add nsw i64 %".380", %".382"
  %".384" = sext i32 %"t20" to i64
  %".385" = mul nsw i64 %".384", 4
  %".386" = add nsw i64 %".383", %".385"
  %".387" = getelementptr float, float* %"b0", i64 %".386"
  store float %".379", float* %".387"
  %".389" = add nsw i32 %"c38", 1
  br label %"c38.head"
c38.done:
  br label %"c51.head"
c51.head:
  %"c51" = phi  i32 [0, %"c38.done"], [%".468", %"c51.body"]
  %".392" = icmp slt i32 %"c51", 4
  br i1 %".392", label %"c51.body", label %"c51.done"
c51.body:
  %".394" = sext i32 %"c51" to i64
  %".395" = add nsw i64 4, %".394"
  %".396" = getelementptr float, float* %"Ct22", i64 %".395"
  %".397" = load float, float* %".396"
  %".398" = sext i32 %"c51" to i64
  %".399" = sext i32 %"t20" to i64
  %".400" = mul nsw i64 %".399", 4
  %".401" = add nsw i64 %".398", %".400"
  %".402" = getelementptr float, float* %"b3", i64 %".401"
  %".403" = load float, float* %".402"
  %".404" = fadd reassoc contract float %".397", %".403"
  %".405" = fmul reassoc contract float 0x3fe0000000000000, %".404"
  %".406" = fmul reassoc contract float 0x3fa6e4e260000000, %".404"
  %".407" = fmul reassoc contract float %".406", %".404"
  %".408" = fmul reassoc contract float %".407", %".404"
  %".409" = fadd reassoc contract float %".404", %".408"
  %".410" = fmul reassoc contract float 0x3fe9884540000000, %".409"
  %".411" = fmul float %".410", 0x4000000000000000
  %".412" = fcmp olt float %".411", 0xc059f999a0000000
  %".413" = call float @"llvm.maxnum.f32"(float %".411", float 0xc059f999a0000000)
  %".414" = call float @"llvm.minnum.f32"(float %".413", float 0x4056333340000000)
  %".415" = select  i1 %".412", float              0x0, float %".414"
  %".416" = fmul float %".415", 0x3ff7154760000000
  %".417" = fadd float %".416", 0x3fe0000000000000
  %".418" = call float @"llvm.floor.f32"(float %".417")
  %".419" = fmul float %".418", 0x3fe62e4000000000
  %".420" = fsub float %".415", %".419"
  %".421" = fmul float %".418", 0x3eb7f7d1c0000000
  %".422" = fsub float %".420", %".421"
  %".423" = fmul float 0x3f2a01a020000000, %".422"
  %".424" = fadd float %".423", 0x3f56c16c20000000
  %".425" = fmul float %".424", %".422"
  %".426" = fadd float %".425", 0x3f81111120000000
  %".427" = fmul float %".426", %".422"
  %".428" = fadd float %".427", 0x3fa5555560000000
  %".429" = fmul float %".428", %".422"
  %".430" = fadd float %".429", 0x3fc5555560000000
  %".431" = fmul float %".430", %".422"
  %".432" = fadd float %".431", 0x3fe0000000000000
  %".433" = fmul float %".432", %".422"
  %".434" = fadd float %".433", 0x3ff0000000000000
  %".435" = fmul float %".434", %".422"
  %".436" = fadd float %".435", 0x3ff0000000000000
  %".437" = fptosi float %".418" to i32
  %".438" = ashr i32 %".437", 1
  %".439" = sub i32 %".437", %".438"
  %".440" = add i32 %".438", 127
  %".441" = shl i32 %".440", 23
  %".442" = bitcast i32 %".441" to float
  %".443" = fmul float %".436", %".442"
  %".444" = add i32 %".439", 127
  %".445" = shl i32 %".444", 23
  %".446" = bitcast i32 %".445" to float
  %".447" = fmul float %".443", %".446"
  %".448" = fcmp ogt float %".411", 0x40562e4260000000
  %".449" = select  i1 %".448", float 0x7ff0000000000000, float %".447"
  %".450" = select  i1 %".412", float              0x0, float %".449"
  %".451" = fcmp uno float %".411", %".411"
  %".452" = select  i1 %".451", float %".411", float %".450"
  %".453" = fadd float %".452", 0x3ff0000000000000
  %".454" = fdiv float 0x4000000000000000, %".453"
  %".455" = fsub float 0x3ff0000000000000, %".454"
  %".456" = fadd reassoc contract float 0x3ff0000000000000, %".455"
  %".457" = fmul reassoc contract float %".405", %".456"
  %".458" = sext i32 %"c51" to i64
  %".459" = add nsw i64 128, %".458"
  %".460" = sext i32 %"i26" to i64
  %".461" = mul nsw i64 %".460", 256
  %".462" = add nsw i64 %".459", %".461"
  %".463" = sext i32 %"t20" to i64
  %".464" = mul nsw i64 %".463", 4
  %".465" = add nsw i64 %".462", %".464"
  %".466" = getelementptr float, float* %"b0", i64 %".465"
  store float %".457", float* %".466"
  %".468" = add nsw i32 %"c51", 1
  br label %"c51.head"
c51.done:
  br label %"endif.2"
then.3:
  %".476" = mul i32 %"i26", 2
  %".477" = mul i32 %"i26", 2
  %".478" = add i32 2, %".477"
  br label %"r64.head"
endif.3:
  %".627" = add nsw i32 %"i26", 1
  br label %"i26.head"
r64.head:
  %"r64" = phi  i32 [%".476", %"then.3"], [%".624", %"endif.4"]
  %".480" = icmp slt i32 %"r64", %".478"
  br i1 %".480", label %"r64.body", label %"r64.done"
r64.body:
  %".482" = icmp slt i32 %"r64", %"n"
  br i1 %".482", label %"then.4", label %"endif.4"
r64.done:
  br label %"endif.3"
then.4:
  store float              0x0, float* %"c65"
  store float              0x0, float* %"c66"
  store float              0x0, float* %"c67"
  store float              0x0, float* %"c68"
  br label %"k69.head"
endif.4:
  %".624" = add nsw i32 %"r64", 1
  br label %"r64.head"
k69.head:
  %"k69" = phi  i32 [0, %"then.4"], [%".532", %"k69.body"]
  %".489" = icmp slt i32 %"k69", 32
  br i1 %".489", label %"k69.body", label %"k69.done"
k69.body:
  %".491" = sext i32 %"k69" to i64
  %".492" = sext i32 %"r64" to i64
  %".493" = mul nsw i64 %".492", 32
  %".494" = add nsw i64 %".491", %".493"
  %".495" = getelementptr float, float* %"b1", i64 %".494"
  %".496" = load float, float* %".495"
  %".497" = load float, float* %"c65"
  %".498" = sext i32 %"k69" to i64
  %".499" = mul nsw i64 %".498", 4
  %".500" = getelementptr float, float* %"Bp21", i64 %".499"
  %".501" = load float, float* %".500"
  %".502" = fmul reassoc contract float %".496", %".501"
  %".503" = fadd reassoc contract float %".497", %".502"
  store float %".503", float* %"c65"
  %".505" = load float, float* %"c66"
  %".506" = sext i32 %"k69" to i64
  %".507" = mul nsw i64 %".506", 4
  %".508" = add nsw i64 1, %".507"
  %".509" = getelementptr float, float* %"Bp21", i64 %".508"
  %".510" = load float, float* %".509"
  %".511" = fmul reassoc contract float %".496", %".510"
  %".512" = fadd reassoc contract float %".505", %".511"
  store float %".512", float* %"c66"
  %".514" = load float, float* %"c67"
  %".515" = sext i32 %"k69" to i64
  %".516" = mul nsw i64 %".515", 4
  %".517" = add nsw i64 2, %".516"
  %".518" = getelementptr float, float* %"Bp21", i64 %".517"
  %".519" = load float, float* %".518"
  %".520" = fmul reassoc contract float %".496", %".519"
  %".521" = fadd reassoc contract float %".514", %".520"
  store float %".521", float* %"c67"
  %".523" = load float, float* %"c68"
  %".524" = sext i32 %"k69" to i64
  %".525" = mul nsw i64 %".524", 4
  %".526" = add nsw i64 3, %".525"
  %".527" = getelementptr float, float* %"Bp21", i64 %".526"
  %".528" = load float, float* %".527"
  %".529" = fmul reassoc contract float %".496", %".528"
  %".530" = fadd reassoc contract float %".523", %".529"
  store float %".530", float* %"c68"
  %".532" = add nsw i32 %"k69", 1
  br label %"k69.head", !llvm.loop !2
k69.done:
  %".534" = load float, float* %"c65"
  %".535" = getelementptr float, float* %"Ct22", i64 0
  store float %".534", float* %".535"
  %".537" = load float, float* %"c66"
  %".538" = getelementptr float, float* %"Ct22", i64 1
  store float %".537", float* %".538"
  %".540" = load float, float* %"c67"
  %".541" = getelementptr float, float* %"Ct22", i64 2
  store float %".540", float* %".541"
  %".543" = load float, float* %"c68"
  %".544" = getelementptr float, float* %"Ct22", i64 3
  store float %".543", float* %".544"
  br label %"c71.head"
c71.head:
  %"c71" = phi  i32 [0, %"k69.done"], [%".621", %"c71.body"]
  %".547" = icmp slt i32 %"c71", 4
  br i1 %".547", label %"c71.body", label %"c71.done"
c71.body:
  %".549" = sext i32 %"c71" to i64
  %".550" = getelementptr float, float* %"Ct22", i64 %".549"
  %".551" = load float, float* %".550"
  %".552" = sext i32 %"c71" to i64
  %".553" = sext i32 %"t20" to i64
  %".554" = mul nsw i64 %".553", 4
  %".555" = add nsw i64 %".552", %".554"
  %".556" = getelementptr float, float* %"b3", i64 %".555"
  %".557" = load float, float* %".556"
  %".558" = fadd reassoc contract float %".551", %".557"
  %".559" = fmul reassoc contract float 0x3fe0000000000000, %".558"
  %".560" = fmul reassoc contract float 0x3fa6e4e260000000, %".558"
  %".561" = fmul reassoc contract float %".560", %".558"
  %".562" = fmul reassoc contract float %".561", %".558"
  %".563" = fadd reassoc contract float %".558", %".562"
  %".564" = fmul reassoc contract float 0x3fe9884540000000, %".563"
  %".565" = fmul float %".564", 0x4000000000000000
  %".566" = fcmp olt float %".565", 0xc059f999a0000000
  %".567" = call float @"llvm.maxnum.f32"(float %".565", float 0xc059f999a0000000)
  %".568" = call float @"llvm.minnum.f32"(float %".567", float 0x4056333340000000)
  %".569" = select  i1 %".566", float              0x0, float %".568"
  %".570" = fmul float %".569", 0x3ff7154760000000
  %".571" = fadd float %".570", 0x3fe0000000000000
  %".572" = call float @"llvm.floor.f32"(float %".571")
  %".573" = fmul float %".572", 0x3fe62e4000000000
  %".574" = fsub float %".569", %".573"
  %".575" = fmul float %".572", 0x3eb7f7d1c0000000
  %".576" = fsub float %".574", %".575"
  %".577" = fmul float 0x3f2a01a020000000, %".576"
  %".578" = fadd float %".577", 0x3f56c16c20000000
  %".579" = fmul float %".578", %".576"
  %".580" = fadd float %".579", 0x3f81111120000000
  %".581" = fmul float %".580", %".576"
  %".582" = fadd float %".581", 0x3fa5555560000000
  %".583" = fmul float %".582", %".576"
  %".584" = fadd float %".583", 0x3fc5555560000000
  %".585" = fmul float %".584", %".576"
  %".586" = fadd float %".585", 0x3fe0000000000000
  %".587" = fmul float %".586", %".576"
  %".588" = fadd float %".587", 0x3ff0000000000000
  %".589" = fmul float %".588", %".576"
  %".590" = fadd float %".589", 0x3ff0000000000000
  %".591" = fptosi float %".572" to i32
  %".592" = ashr i32 %".591", 1
  %".593" = sub i32 %".591", %".592"
  %".594" = add i32 %".592", 127
  %".595" = shl i32 %".594", 23
  %".596" = bitcast i32 %".595" to float
  %".597" = fmul float %".590", %".596"
  %".598" = add i32 %".593", 127
  %".599" = shl i32 %".598", 23
  %".600" = bitcast i32 %".599" to float
  %".601" = fmul float %".597", %".600"
  %".602" = fcmp ogt float %".565", 0x40562e4260000000
  %".603" = select  i1 %".602", float 0x7ff0000000000000, float %".601"
  %".604" = select  i1 %".566", float              0x0, float %".603"
  %".605" = fcmp uno float %".565", %".565"
  %".606" = select  i1 %".605", float %".565", float %".604"
  %".607" = fadd float %".606", 0x3ff0000000000000
  %".608" = fdiv float 0x4000000000000000, %".607"
  %".609" = fsub float 0x3ff0000000000000, %".608"
  %".610" = fadd reassoc contract float 0x3ff0000000000000, %".609"
  %".611" = fmul reassoc contract float %".559", %".610"
  %".612" = sext i32 %"c71" to i64
  %".613" = sext i32 %"r64" to i64
  %".614" = mul nsw i64 %".613", 128
  %".615" = add nsw i64 %".612", %".614"
  %".616" = sext i32 %"t20" to i64
  %".617" = mul nsw i64 %".616", 4
  %".618" = add nsw i64 %".615", %".617"
  %".619" = getelementptr float, float* %"b0", i64 %".618"
  store float %".611", float* %".619"
  %".621" = add nsw i32 %"c71", 1
  br label %"c71.head"
c71.done:
  br label %"endif.4"
}

declare float @"llvm.maxnum.f32"(float %".1", float %".2")

declare float @"llvm.minnum.f32"(float %".1", float %".2")

declare float @"llvm.floor.f32"(float %".1")

!0 = !{ !"llvm.loop.vectorize.enable", i1 0 }
!1 = !{ !1, !0 }
!2 = !{ !2, !0 }
; ModuleID = "matmul_bias_add_1"
target triple = "unknown-unknown-unknown"
target datalayout = ""

define void @"matmul_bias_add_1"(float* noalias %"b0", float* noalias %"b1", float* noalias %"b2", float* noalias %"b3", float* noalias %"b4", i32 %"n", i32 %"core", i32 %"ncores")
{
entry:
  %"Bp14" = alloca float, i64 512, align 64
  %"Ct15" = alloca float, i64 8, align 64
  %"c20" = alloca float
  %"c21" = alloca float
  %"c22" = alloca float
  %"c23" = alloca float
  %"c24" = alloca float
  %"c25" = alloca float
  %"c26" = alloca float
  %"c27" = alloca float
  %"c44" = alloca float
  %"c45" = alloca float
  %"c46" = alloca float
  %"c47" = alloca float
  br label %"body"
body:
  %".10" = icmp slt i32 %"n", 2
  br i1 %".10", label %"then", label %"endif"
then:
  %".12" = sub i32 %"ncores", 1
  %".13" = add i32 2, %".12"
  %".14" = sdiv i32 %".13", %"ncores"
  %".15" = mul i32 %"core", %".14"
  %".16" = add i32 %".15", %".14"
  %".17" = icmp slt i32 %".16", 2
  %".18" = select  i1 %".17", i32 %".16", i32 2
  br label %"t1.head"
endif:
  %".103" = icmp sle i32 2, %"n"
  br i1 %".103", label %"then.1", label %"endif.1"
t1.head:
  %"t1" = phi  i32 [%".15", %"then"], [%".100", %"c7.done"]
  %".20" = icmp slt i32 %"t1", %".18"
  br i1 %".20", label %"t1.body", label %"t1.done"
t1.body:
  br label %"c2.head"
t1.done:
  br label %"endif"
c2.head:
  %"c2" = phi  i32 [0, %"t1.body"], [%".31", %"c2.body"]
  %".23" = icmp slt i32 %"c2", 16
  br i1 %".23", label %"c2.body", label %"c2.done"
c2.body:
  %".25" = sext i32 %"c2" to i64
  %".26" = sext i32 %"t1" to i64
  %".27" = mul nsw i64 %".26", 16
  %".28" = add nsw i64 %".25", %".27"
  %".29" = getelementptr float, float* %"b0", i64 %".28"
  store float              0x0, float* %".29"
  %".31" = add nsw i32 %"c2", 1
  br label %"c2.head"
c2.done:
  br label %"k3.head"
k3.head:
  %"k3" = phi  i32 [0, %"c2.done"], [%".67", %"c5.done"]
  %".34" = icmp slt i32 %"k3", 128
  br i1 %".34", label %"k3.body", label %"k3.done"
k3.body:
  %".36" = sext i32 %"k3" to i64
  %".37" = getelementptr float, float* %"b2", i64 %".36"
  %".38" = load float, float* %".37"
  br label %"c5.head"
k3.done:
  br label %"c7.head"
c5.head:
  %"c5" = phi  i32 [0, %"k3.body"], [%".65", %"c5.body"]
  %".40" = icmp slt i32 %"c5", 16
  br i1 %".40", label %"c5.body", label %"c5.done"
c5.body:
  %".42" = sext i32 %"c5" to i64
  %".43" = sext i32 %"k3" to i64
  %".44" = mul nsw i64 %".43", 32
  %".45" = add nsw i64 %".42", %".44"
  %".46" = sext i32 %"t1" to i64
  %".47" = mul nsw i64 %".46", 16
  %".48" = add nsw i64 %".45", %".47"
  %".49" = getelementptr float, float* %"b3", i64 %".48"
  %".50" = load float, float* %".49"
  %".51" = sext i32 %"c5" to i64
  %".52" = sext i32 %"t1" to i64
  %".53" = mul nsw i64 %".52", 16
  %".54" = add nsw i64 %".51", %".53"
  %".55" = getelementptr float, float* %"b0", i64 %".54"
  %".56" = load float, float* %".55"
  %".57" = fmul reassoc contract float %".38", %".50"
  %".58" = fadd reassoc contract float %".56", %".57"
  %".59" = sext i32 %"c5" to i64
  %".60" = sext i32 %"t1" to i64
  %".61" = mul nsw i64 %".60", 16
  %".62" = add nsw i64 %".59", %".61"
  %".63" = getelementptr float, float* %"b0", i64 %".62"
  store float %".58", float* %".63"
  %".65" = add nsw i32 %"c5", 1
  br label %"c5.head"
c5.done:
  %".67" = add nsw i32 %"k3", 1
  br label %"k3.head"
c7.head:
  %"c7" = phi  i32 [0, %"k3.done"], [%".98", %"c7.body"]
  %".70" = icmp slt i32 %"c7", 16
  br i1 %".70", label %"c7.body", label %"c7.done"
c7.body:
  %".72" = sext i32 %"c7" to i64
  %".73" = sext i32 %"t1" to i64
  %".74" = mul nsw i64 %".73", 16
  %".75" = add nsw i64 %".72", %".74"
  %".76" = getelementptr float, float* %"b0", i64 %".75"
  %".77" = load float, float* %".76"
  %".78" = sext i32 %"c7" to i64
  %".79" = sext i32 %"t1" to i64
  %".80" = mul nsw i64 %".79", 16
  %".81" = add nsw i64 %".78", %".80"
  %".82" = getelementptr float, float* %"b1", i64 %".81"
  %".83" = load float, float* %".82"
  %".84" = fadd reassoc contract float %".83", %".77"
  %".85" = sext i32 %"c7" to i64
  %".86" = sext i32 %"t1" to i64
  %".87" = mul nsw i64 %".86", 16
  %".88" = add nsw i64 %".85", %".87"
  %".89" = getelementptr float, float* %"b4", i64 %".88"
  %".90" = load float, float* %".89"
  %".91" = fadd reassoc contract float %".84", %".90"
  %".92" = sext i32 %"c7" to i64
  %".93" = sext i32 %"t1" to i64
  %".94" = mul nsw i64 %".93", 16
  %".95" = add nsw i64 %".92", %".94"
  %".96" = getelementptr float, float* %"b0", i64 %".95"
  store float %".91", float* %".96"
  %".98" = add nsw i32 %"c7", 1
  br label %"c7.head"
c7.done:
  %".100" = add nsw i32 %"t1", 1
  br label %"t1.head"
then.1:
  %".105" = sub i32 %"ncores", 1
  %".106" = add i32 8, %".105"
  %".107" = sdiv i32 %".106", %"ncores"
  %".108" = mul i32 %"core", %".107"
  %".109" = add i32 %".108", %".107"
  %".110" = icmp slt i32 %".109", 8
  %".111" = select  i1 %".110", i32 %".109", i32 8
  br label %"t13.head"
endif.1:
  ret void
t13.head:
  %"t13" = phi  i32 [%".108", %"then.1"], [%".456", %"i19.done"]
  %".113" = icmp slt i32 %"t13", %".111"
  br i1 %".113", label %"t13.body", label %"t13.done"
t13.body:
  br label %"k16.head"
t13.done:
  br label %"endif.1"
k16.head:
  %"k16" = phi  i32 [0, %"t13.body"], [%".138", %"c17.done"]
  %".116" = icmp slt i32 %"k16", 128
  br i1 %".116", label %"k16.body", label %"k16.done"
k16.body:
  br label %"c17.head"
k16.done:
  %".140" = add i32 1, %"n"
  %".141" = sdiv i32 %".140", 2
  br label %"i19.head"
c17.head:
  %"c17" = phi  i32 [0, %"k16.body"], [%".136", %"c17.body"]
  %".119" = icmp slt i32 %"c17", 4
  br i1 %".119", label %"c17.body", label %"c17.done"
c17.body:
  %".121" = sext i32 %"c17" to i64
  %".122" = sext i32 %"k16" to i64
  %".123" = mul nsw i64 %".122", 32
  %".124" = add nsw i64 %".121", %".123"
  %".125" = sext i32 %"t13" to i64
  %".126" = mul nsw i64 %".125", 4
  %".127" = add nsw i64 %".124", %".126"
  %".128" = getelementptr float, float* %"b3", i64 %".127"
  %".129" = load float, float* %".128"
  %".130" = sext i32 %"c17" to i64
  %".131" = sext i32 %"k16" to i64
  %".132" = mul nsw i64 %".131", 4
  %".133" = add nsw i64 %".130", %".132"
  %".134" = getelementptr float, float* %"Bp14", i64 %".133"
  store float %".129", float* %".134"
  %".136" = add nsw i32 %"c17", 1
  br label %"c17.head"
c17.done:
  %".138" = add nsw i32 %"k16", 1
  br label %"k16.head"
i19.head:
  %"i19" = phi  i32 [0, %"k16.done"], [%".454", %"endif.3"]
  %".143" = icmp slt i32 %"i19", %".141"
  br i1 %".143", label %"i19.body", label %"i19.done"
i19.body:
  %".145" = mul i32 %"i19", 2
  %".146" = add i32 -1, %"n"
  %".147" = icmp slt i32 %".145", %".146"
  br i1 %".147", label %"then.2", label %"endif.2"
i19.done:
  %".456" = add nsw i32 %"t13", 1
  br label %"t13.head"
then.2:
  store float              0x0, float* %"c20"
  store float              0x0, float* %"c21"
  store float              0x0, float* %"c22"
  store float              0x0, float* %"c23"
  store float              0x0, float* %"c24"
  store float              0x0, float* %"c25"
  store float              0x0, float* %"c26"
  store float              0x0, float* %"c27"
  br label %"k28.head"
endif.2:
  %".341" = mul i32 %"i19", 2
  %".342" = add i32 -1, %"n"
  %".343" = icmp slt i32 %".341", %".342"
  %".344" = xor i1 %".343", 1
  br i1 %".344", label %"then.3", label %"endif.3"
k28.head:
  %"k28" = phi  i32 [0, %"then.2"], [%".243", %"k28.body"]
  %".158" = icmp slt i32 %"k28", 128
  br i1 %".158", label %"k28.body", label %"k28.done"
k28.body:
  %".160" = sext i32 %"i19" to i64
  %".161" = mul nsw i64 %".160", 256
  %".162" = sext i32 %"k28" to i64
  %".163" = add nsw i64 %".161", %".162"
  %".164" = getelementptr float, float* %"b2", i64 %".163"
  %".165" = load float, float* %".164"
  %".166" = sext i32 %"i19" to i64
  %".167" = mul nsw i64 %".166", 256
  %".168" = add nsw i64 128, %".167"
  %".169" = sext i32 %"k28" to i64
  %".170" = add nsw i64 %".168", %".169"
  %".171" = getelementptr float, float* %"b2", i64 %".170"
  %".172" = load float, float* %".171"
  %".173" = load float, float* %"c20"
  %".174" = sext i32 %"k28" to i64
  %".175" = mul nsw i64 %".174", 4
  %".176" = getelementptr float, float* %"Bp14", i64 %".175"
  %".177" = load float, float* %".176"
  %".178" = fmul reassoc contract float %".165", %".177"
  %".179" = fadd reassoc contract float %".173", %".178"
  store float %".179", float* %"c20"
  %".181" = load float, float* %"c21"
  %".182" = sext i32 %"k28" to i64
  %".183" = mul nsw i64 %".182", 4
  %".184" = add nsw i64 1, %".183"
  %".185" = getelementptr float, float* %"Bp14", i64 %".184"
  %".186" = load float, float* %".185"
  %".187" = fmul reassoc contract float %".165", %".186"
  %".188" = fadd reassoc contract float %".181", %".187"
  store float %".188", float* %"c21"
  %".190" = load float, float* %"c22"
  %".191" = sext i32 %"k28" to i64
  %".192" = mul nsw i64 %".191", 4
  %".193" = add nsw i64 2, %".192"
  %".194" = getelementptr float, float* %"Bp14", i64 %".193"
  %".195" = load float, float* %".194"
  %".196" = fmul reassoc contract float %".165", %".195"
  %".197" = fadd reassoc contract float %".190", %".196"
  store float %".197", float* %"c22"
  %".199" = load float, float* %"c23"
  %".200" = sext i32 %"k28" to i64
  %".201" = mul nsw i64 %".200", 4
  %".202" = add nsw i64 3, %".201"
  %".203" = getelementptr float, float* %"Bp14", i64 %".202"
  %".204" = load float, float* %".203"
  %".205" = fmul reassoc contract float %".165", %".204"
  %".206" = fadd reassoc contract float %".199", %".205"
  store float %".206", float* %"c23"
  %".208" = load float, float* %"c24"
  %".209" = sext i32 %"k28" to i64
  %".210" = mul nsw i64 %".209", 4
  %".211" = getelementptr float, float* %"Bp14", i64 %".210"
  %".212" = load float, float* %".211"
  %".213" = fmul reassoc contract float %".172", %".212"
  %".214" = fadd reassoc contract float %".208", %".213"
  store float %".214", float* %"c24"
  %".216" = load float, float* %"c25"
  %".217" = sext i32 %"k28" to i64
  %".218" = mul nsw i64 %".217", 4
  %".219" = add nsw i64 1, %".218"
  %".220" = getelementptr float, float* %"Bp14", i64 %".219"
  %".221" = load float, float* %".220"
  %".222" = fmul reassoc contract float %".172", %".221"
  %".223" = fadd reassoc contract float %".216", %".222"
  store float %".223", float* %"c25"
  %".225" = load float, float* %"c26"
  %".226" = sext i32 %"k28" to i64
  %".227" = mul nsw i64 %".226", 4
  %".228" = add nsw i64 2, %".227"
  %".229" = getelementptr float, float* %"Bp14", i64 %".228"
  %".230" = load float, float* %".229"
  %".231" = fmul reassoc contract float %".172", %".230"
  %".232" = fadd reassoc contract float %".225", %".231"
  store float %".232", float* %"c26"
  %".234" = load float, float* %"c27"
  %".235" = sext i32 %"k28" to i64
  %".236" = mul nsw i64 %".235", 4
  %".237" = add nsw i64 3, %".236"
  %".238" = getelementptr float, float* %"Bp14", i64 %".237"
  %".239" = load float, float* %".238"
  %".240" = fmul reassoc contract float %".172", %".239"
  %".241" = fadd reassoc contract float %".234", %".240"
  store float %".241", float* %"c27"
  %".243" = add nsw i32 %"k28", 1
  br label %"k28.head", !llvm.loop !1
k28.done:
  %".245" = load float, float* %"c20"
  %".246" = getelementptr float, float* %"Ct15", i64 0
  store float %".245", float* %".246"
  %".248" = load float, float* %"c21"
  %".249" = getelementptr float, float* %"Ct15", i64 1
  store float %".248", float* %".249"
  %".251" = load float, float* %"c22"
  %".252" = getelementptr float, float* %"Ct15", i64 2
  store float %".251", float* %".252"
  %".254" = load float, float* %"c23"
  %".255" = getelementptr float, float* %"Ct15", i64 3
  store float %".254", float* %".255"
  %".257" = load float, float* %"c24"
  %".258" = getelementptr float, float* %"Ct15", i64 4
  store float %".257", float* %".258"
  %".260" = load float, float* %"c25"
  %".261" = getelementptr float, float* %"Ct15", i64 5
  store float %".260", float* %".261"
  %".263" = load float, float* %"c26"
  %".264" = getelementptr float, float* %"Ct15", i64 6
  store float %".263", float* %".264"
  %".266" = load float, float* %"c27"
  %".267" = getelementptr float, float* %"Ct15", i64 7
  store float %".266", float* %".267"
  br label %"c31.head"
c31.head:
  %"c31" = phi  i32 [0, %"k28.done"], [%".301", %"c31.body"]
  %".270" = icmp slt i32 %"c31", 4
  br i1 %".270", label %"c31.body", label %"c31.done"
c31.body:
  %".272" = sext i32 %"c31" to i64
  %".273" = sext i32 %"i19" to i64
  %".274" = mul nsw i64 %".273", 64
  %".275" = add nsw i64 %".272", %".274"
  %".276" = sext i32 %"t13" to i64
  %".277" = mul nsw i64 %".276", 4
  %".278" = add nsw i64 %".275", %".277"
  %".279" = getelementptr float, float* %"b1", i64 %".278"
  %".280" = load float, float* %".279"
  %".281" = sext i32 %"c31" to i64
  %".282" = getelementptr float, float* %"Ct15", i64 %".281"
  %".283" = load float, float* %".282"
  %".284" = fadd reassoc contract float %".280", %".283"
  %".285" = sext i32 %"c31" to i64
  %".286" = sext i32 %"t13" to i64
  %".287" = mul nsw i64 %".286", 4
  %".288" = add nsw i64 %".285", %".287"
  %".289" = getelementptr float, float* %"b4", i64 %".288"
  %".290" = load float, float* %".289"
  %".291" = fadd reassoc contract float %".284", %".290"
  %".292" = sext i32 %"c31" to i64
  %".293" = sext i32 %"i19" to i64
  %".294" = mul nsw i64 %".293", 64
  %".295" = add nsw i64 %".292", %".294"
  %".296" = sext i32 %"t13" to i64
  %".297" = mul nsw i64 %".296", 4
  %".298" = add nsw i64 %".295", %".297"
  %".299" = getelementptr float, float* %"b0", i64 %".298"
  store float %".291", float* %".299"
  %".301" = add nsw i32 %"c31", 1
  br label %"c31.head"
c31.done:
  br label %"c37.head"
c37.head:
  %"c37" = phi  i32 [0, %"c31.done"], [%".338", %"c37.body"]
  %".304" = icmp slt i32 %"c37", 4
  br i1 %".304", label %"c37.body", label %"c37.done"
c37.body:
  %".306" = sext i32 %"c37" to i64
  %".307" = add nsw i64 32, %".306"
  %".308" = sext i32 %"i19" to i64
  %".309" = mul nsw i64 %".308", 64
  %".310" = add nsw i64 %".307", %".309"
  %".311" = sext i32 %"t13" to i64
  %".312" = mul nsw i64 %".311", 4
  %".313" = add nsw i64 %".310", %".312"
  %".314" = getelementptr float, float* %"b1", i64 %".313"
  %".315" = load float, float* %".314"
  %".316" = sext i32 %"c37" to i64
  %".317" = add nsw i64 4, %".316"
  %".318" = getelementptr float, float* %"Ct15", i64 %".317"
  %".319" = load float, float* %".318"
  %".320" = fadd reassoc contract float %".315", %".319"
  %".321" = sext i32 %"c37" to i64
  %".322" = sext i32 %"t13" to i64
  %".323" = mul nsw i64 %".322", 4
  %".324" = add nsw i64 %".321", %".323"
  %".325" = getelementptr float, float* %"b4", i64 %".324"
  %".326" = load float, float* %".325"
  %".327" = fadd reassoc contract float %".320", %".326"
  %".328" = sext i32 %"c37" to i64
  %".329" = add nsw i64 32, %".328"
  %".330" = sext i32 %"i19" to i64
  %".331" = mul nsw i64 %".330", 64
  %".332" = add nsw i64 %".329", %".331"
  %".333" = sext i32 %"t13" to i64
  %".334" = mul nsw i64 %".333", 4
  %".335" = add nsw i64 %".332", %".334"
  %".336" = getelementptr float, float* %"b0", i64 %".335"
  store float %".327", float* %".336"
  %".338" = add nsw i32 %"c37", 1
  br label %"c37.head"
c37.done:
  br label %"endif.2"
then.3:
  %".346" = mul i32 %"i19", 2
  %".347" = mul i32 %"i19", 2
  %".348" = add i32 2, %".347"
  br label %"r43.head"
endif.3:
  %".454" = add nsw i32 %"i19", 1
  br label %"i19.head"
r43.head:
  %"r43" = phi  i32 [%".346", %"then.3"], [%".451", %"endif.4"]
  %".350" = icmp slt i32 %"r43", %".348"
  br i1 %".350", label %"r43.body", label %"r43.done"
r43.body:
  %".352" = icmp slt i32 %"r43", %"n"
  br i1 %".352", label %"then.4", label %"endif.4"
r43.done:
  br label %"endif.3"
then.4:
  store float              0x0, float* %"c44"
  store float              0x0, float* %"c45"
  store float              0x0, float* %"c46"
  store float              0x0, float* %"c47"
  br label %"k48.head"
endif.4:
  %".451" = add nsw i32 %"r43", 1
  br label %"r43.head"
k48.head:
  %"k48" = phi  i32 [0, %"then.4"], [%".402", %"k48.body"]
  %".359" = icmp slt i32 %"k48", 128
  br i1 %".359", label %"k48.body", label %"k48.done"
k48.body:
  %".361" = sext i32 %"k48" to i64
  %".362" = sext i32 %"r43" to i64
  %".363" = mul nsw i64 %".362", 128
  %".364" = add nsw i64 %".361", %".363"
  %".365" = getelementptr float, float* %"b2", i64 %".364"
  %".366" = load float, float* %".365"
  %".367" = load float, float* %"c44"
  %".368" = sext i32 %"k48" to i64
  %".369" = mul nsw i64 %".368", 4
  %".370" = getelementptr float, float* %"Bp14", i64 %".369"
  %".371" = load float, float* %".370"
  %".372" = fmul reassoc contract float %".366", %".371"
  %".373" = fadd reassoc contract float %".367", %".372"
  store float %".373", float* %"c44"
  %".375" = load float, float* %"c45"
  %".376" = sext i32 %"k48" to i64
  %".377" = mul nsw i64 %".376", 4
  %".378" = add nsw i64 1, %".377"
  %".379" = getelementptr float, float* %"Bp14", i64 %".378"
  %".380" = load float, float* %".379"
  %".381" = fmul reassoc contract float %".366", %".380"
  %".382" = fadd reassoc contract float %".375", %".381"
  store float %".382", float* %"c45"
  %".384" = load float, float* %"c46"
  %".385" = sext i32 %"k48" to i64
  %".386" = mul nsw i64 %".385", 4
  %".387" = add nsw i64 2, %".386"
  %".388" = getelementptr float, float* %"Bp14", i64 %".387"
  %".389" = load float, float* %".388"
  %".390" = fmul reassoc contract float %".366", %".389"
  %".391" = fadd reassoc contract float %".384", %".390"
  store float %".391", float* %"c46"
  %".393" = load float, float* %"c47"
  %".394" = sext i32 %"k48" to i64
  %".395" = mul nsw i64 %".394", 4
  %".396" = add nsw i64 3, %".395"
  %".397" = getelementptr float, float* %"Bp14", i64 %".396"
  %".398" = load float, float* %".397"
  %".399" = fmul reassoc contract float %".366", %".398"
  %".400" = fadd reassoc contract float %".393", %".399"
  store float %".400", float* %"c47"
  %".402" = add nsw i32 %"k48", 1
  br label %"k48.head", !llvm.loop !2
k48.done:
  %".404" = load float, float* %"c44"
  %".405" = getelementptr float, float* %"Ct15", i64 0
  store float %".404", float* %".405"
  %".407" = load float, float* %"c45"
  %".408" = getelementptr float, float* %"Ct15", i64 1
  store float %".407", float* %".408"
  %".410" = load float, float* %"c46"
  %".411" = getelementptr float, float* %"Ct15", i64 2
  store float %".410", float* %".411"
  %".413" = load float, float* %"c47"
  %".414" = getelementptr float, float* %"Ct15", i64 3
  store float %".413", float* %".414"
  br label %"c50.head"
c50.head:
  %"c50" = phi  i32 [0, %"k48.done"], [%".448", %"c50.body"]
  %".417" = icmp slt i32 %"c50", 4
  br i1 %".417", label %"c50.body", label %"c50.done"
c50.body:
  %".419" = sext i32 %"c50" to i64
  %".420" = sext i32 %"r43" to i64
  %".421" = mul nsw i64 %".420", 32
  %".422" = add nsw i64 %".419", %".421"
  %".423" = sext i32 %"t13" to i64
  %".424" = mul nsw i64 %".423", 4
  %".425" = add nsw i64 %".422", %".424"
  %".426" = getelementptr float, float* %"b1", i64 %".425"
  %".427" = load float, float* %".426"
  %".428" = sext i32 %"c50" to i64
  %".429" = getelementptr float, float* %"Ct15", i64 %".428"
  %".430" = load float, float* %".429"
  %".431" = fadd reassoc contract float %".427", %".430"
  %".432" = sext i32 %"c50" to i64
  %".433" = sext i32 %"t13" to i64
  %".434" = mul nsw i64 %".433", 4
  %".435" = add nsw i64 %".432", %".434"
  %".436" = getelementptr float, float* %"b4", i64 %".435"
  %".437" = load float, float* %".436"
  %".438" = fadd reassoc contract float %".431", %".437"
  %".439" = sext i32 %"c50" to i64
  %".440" = sext i32 %"r43" to i64
  %".441" = mul nsw i64 %".440", 32
  %".442" = add nsw i64 %".439", %".441"
  %".443" = sext i32 %"t13" to i64
  %".444" = mul nsw i64 %".443", 4
  %".445" = add nsw i64 %".442", %".444"
  %".446" = getelementptr float, float* %"b0", i64 %".445"
  store float %".438", float* %".446"
  %".448" = add nsw i32 %"c50", 1
  br label %"c50.head"
c50.done:
  br label %"endif.4"
}

!0 = !{ !"llvm.loop.vectorize.enable", i1 0 }
!1 = !{ !1, !0 }
!2 = !{ !2, !0 }