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
; ModuleID = "matmul_scale_mask"
target triple = "unknown-unknown-unknown"
target datalayout = ""

define void @"matmul_scale_mask"(float* noalias %"b0", float* noalias %"b1", i32 %"n", i32 %"core", i32 %"ncores")
{
entry:
  %"Bp104" = alloca float, i64 64, align 64
  %"Ct105" = alloca float, i64 8, align 64
  %"c3" = alloca float
  %"c4" = alloca float
  %"c5" = alloca float
  %"c6" = alloca float
  %"c7" = alloca float
  %"c8" = alloca float
  %"c9" = alloca float
  %"c10" = alloca float
  %"c53" = alloca float
  %"c54" = alloca float
  %"c55" = alloca float
  %"c56" = alloca float
  %"c57" = alloca float
  %"c58" = alloca float
  %"c59" = alloca float
  %"c60" = alloca float
  %"c110" = alloca float
  %"c111" = alloca float
  %"c112" = alloca float
  %"c113" = alloca float
  %"c114" = alloca float
  %"c115" = alloca float
  %"c116" = alloca float
  %"c117" = alloca float
  %"c134" = alloca float
  %"c135" = alloca float
  %"c136" = alloca float
  %"c137" = alloca float
  br label %"body"
body:
  br label %"bat1.head"
bat1.head:
  %"bat1" = phi  i32 [0, %"body"], [%".1044", %"endif.11"]
  %".8" = icmp slt i32 %"bat1", 2
  br i1 %".8", label %"bat1.body", label %"bat1.done"
bat1.body:
  %".10" = icmp slt i32 %"n", 2
  br i1 %".10", label %"then", label %"endif"
bat1.done:
  ret void
then:
  %".12" = add i32 7, %"n"
  %".13" = sdiv i32 %".12", 8
  %".14" = sub i32 %"ncores", 1
  %".15" = add i32 %".13", %".14"
  %".16" = sdiv i32 %".15", %"ncores"
  %".17" = mul i32 %"core", %".16"
  %".18" = add i32 %".17", %".16"
  %".19" = icmp slt i32 %".18", %".13"
  %".20" = select  i1 %".19", i32 %".18", i32 %".13"
  br label %"t2.head"
endif:
  %".662" = icmp sle i32 2, %"n"
  br i1 %".662", label %"then.11", label %"endif.11"
t2.head:
  %"t2" = phi  i32 [%".17", %"then"], [%".659", %"endif.2"]
  %".22" = icmp slt i32 %"t2", %".20"
  br i1 %".22", label %"t2.body", label %"t2.done"
t2.body:
  %".24" = mul i32 %"t2", 8
  %".25" = add i32 -7, %"n"
  %".26" = icmp slt i32 %".24", %".25"
  br i1 %".26", label %"then.1", label %"endif.1"
t2.done:
  br label %"endif"
then.1:
  store float              0x0, float* %"c3"
  store float              0x0, float* %"c4"
  store float              0x0, float* %"c5"
  store float              0x0, float* %"c6"
  store float              0x0, float* %"c7"
  store float              0x0, float* %"c8"
  store float              0x0, float* %"c9"
  store float              0x0, float* %"c10"
  br label %"k11.head"
endif.1:
  %".302" = mul i32 %"t2", 8
  %".303" = add i32 -7, %"n"
  %".304" = icmp slt i32 %".302", %".303"
  %".305" = xor i1 %".304", 1
  br i1 %".305", label %"then.2", label %"endif.2"
k11.head:
  %"k11" = phi  i32 [0, %"then.1"], [%".157", %"k11.body"]
  %".37" = icmp slt i32 %"k11", 16
  br i1 %".37", label %"k11.body", label %"k11.done"
k11.body:
  %".39" = sext i32 %"bat1" to i64
  %".40" = mul nsw i64 %".39", 16
  %".41" = sext i32 %"k11" to i64
  %".42" = add nsw i64 %".40", %".41"
  %".43" = getelementptr float, float* %"b1", i64 %".42"
  %".44" = load float, float* %".43"
  %".45" = sext i32 %"bat1" to i64
  %".46" = mul nsw i64 %".45", 16
  %".47" = add nsw i64 32, %".46"
  %".48" = sext i32 %"k11" to i64
  %".49" = add nsw i64 %".47", %".48"
  %".50" = sext i32 %"t2" to i64
  %".51" = mul nsw i64 %".50", 768
  %".52" = add nsw i64 %".49", %".51"
  %".53" = getelementptr float, float* %"b1", i64 %".52"
  %".54" = load float, float* %".53"
  %".55" = sext i32 %"bat1" to i64
  %".56" = mul nsw i64 %".55", 16
  %".57" = add nsw i64 128, %".56"
  %".58" = sext i32 %"k11" to i64
  %".59" = add nsw i64 %".57", %".58"
  %".60" = sext i32 %"t2" to i64
  %".61" = mul nsw i64 %".60", 768
  %".62" = add nsw i64 %".59", %".61"
  %".63" = getelementptr float, float* %"b1", i64 %".62"
  %".64" = load float, float* %".63"
  %".65" = sext i32 %"bat1" to i64
  %".66" = mul nsw i64 %".65", 16
  %".67" = add nsw i64 224, %".66"
  %".68" = sext i32 %"k11" to i64
  %".69" = add nsw i64 %".67", %".68"
  %".70" = sext i32 %"t2" to i64
  %".71" = mul nsw i64 %".70", 768
  %".72" = add nsw i64 %".69", %".71"
  %".73" = getelementptr float, float* %"b1", i64 %".72"
  %".74" = load float, float* %".73"
  %".75" = sext i32 %"bat1" to i64
  %".76" = mul nsw i64 %".75", 16
  %".77" = add nsw i64 320, %".76"
  %".78" = sext i32 %"k11" to i64
  %".79" = add nsw i64 %".77", %".78"
  %".80" = sext i32 %"t2" to i64
  %".81" = mul nsw i64 %".80", 768
  %".82" = add nsw i64 %".79", %".81"
  %".83" = getelementptr float, float* %"b1", i64 %".82"
  %".84" = load float, float* %".83"
  %".85" = sext i32 %"bat1" to i64
  %".86" = mul nsw i64 %".85", 16
  %".87" = add nsw i64 416, %".86"
  %".88" = sext i32 %"k11" to i64
  %".89" = add nsw i64 %".87", %".88"
  %".90" = sext i32 %"t2" to i64
  %".91" = mul nsw i64 %".90", 768
  %".92" = add nsw i64 %".89", %".91"
  %".93" = getelementptr float, float* %"b1", i64 %".92"
  %".94" = load float, float* %".93"
  %".95" = sext i32 %"bat1" to i64
  %".96" = mul nsw i64 %".95", 16
  %".97" = add nsw i64 512, %".96"
  %".98" = sext i32 %"k11" to i64
  %".99" = add nsw i64 %".97", %".98"
  %".100" = sext i32 %"t2" to i64
  %".101" = mul nsw i64 %".100", 768
  %".102" = add nsw i64 %".99", %".101"
  %".103" = getelementptr float, float* %"b1", i64 %".102"
  %".104" = load float, float* %".103"
  %".105" = sext i32 %"bat1" to i64
  %".106" = mul nsw i64 %".105", 16
  %".107" = add nsw i64 608, %".106"
  %".108" = sext i32 %"k11" to i64
  %".109" = add nsw i64 %".107", %".108"
  %".110" = sext i32 %"t2" to i64
  %".111" = mul nsw i64 %".110", 768
  %".112" = add nsw i64 %".109", %".111"
  %".113" = getelementptr float, float* %"b1", i64 %".112"
  %".114" = load float, float* %".113"
  %".115" = sext i32 %"bat1" to i64
  %".116" = mul nsw i64 %".115", 16
  %".117" = add nsw i64 704, %".116"
  %".118" = sext i32 %"k11" to i64
  %".119" = add nsw i64 %".117", %".118"
  %".120" = sext i32 %"t2" to i64
  %".121" = mul nsw i64 %".120", 768
  %".122" = add nsw i64 %".119", %".121"
  %".123" = getelementptr float, float* %"b1", i64 %".122"
  %".124" = load float, float* %".123"
  %".125" = load float, float* %"c3"
  %".126" = fmul reassoc contract float %".44", %".54"
  %".127" = fadd reassoc contract float %".125", %".126"
  store float %".127", float* %"c3"
  %".129" = load float, float* %"c4"
  %".130" = fmul reassoc contract float %".44", %".64"
  %".131" = fadd reassoc contract float %".129", %".130"
  store float %".131", float* %"c4"
  %".133" = load float, float* %"c5"
  %".134" = fmul reassoc contract float %".44", %".74"
  %".135" = fadd reassoc contract float %".133", %".134"
  store float %".135", float* %"c5"
  %".137" = load float, float* %"c6"
  %".138" = fmul reassoc contract float %".44", %".84"
  %".139" = fadd reassoc contract float %".137", %".138"
  store float %".139", float* %"c6"
  %".141" = load float, float* %"c7"
  %".142" = fmul reassoc contract float %".44", %".94"
  %".143" = fadd reassoc contract float %".141", %".142"
  store float %".143", float* %"c7"
  %".145" = load float, float* %"c8"
  %".146" = fmul reassoc contract float %".44", %".104"
  %".147" = fadd reassoc contract float %".145", %".146"
  store float %".147", float* %"c8"
  %".149" = load float, float* %"c9"
  %".150" = fmul reassoc contract float %".44", %".114"
  %".151" = fadd reassoc contract float %".149", %".150"
  store float %".151", float* %"c9"
  %".153" = load float, float* %"c10"
  %".154" = fmul reassoc contract float %".44", %".124"
  %".155" = fadd reassoc contract float %".153", %".154"
  store float %".155", float* %"c10"
  %".157" = add nsw i32 %"k11", 1
  br label %"k11.head"
k11.done:
  %".159" = add i32 0, 0
  %".160" = mul i32 %"t2", 8
  %".161" = icmp sle i32 %".160", %".159"
  %".162" = load float, float* %"c3"
  %".163" = fmul reassoc contract float %".162", 0x3fd0000000000000
  %".164" = select  i1 %".161", float %".163", float 0xfff0000000000000
  %".165" = sext i32 %"bat1" to i64
  %".166" = sext i32 %"n" to i64
  %".167" = mul nsw i64 %".165", %".166"
  %".168" = sext i32 %"n" to i64
  %".169" = mul nsw i64 %".167", %".168"
  %".170" = sext i32 %"t2" to i64
  %".171" = mul nsw i64 %".170", 8
  %".172" = add nsw i64 %".169", %".171"
  %".173" = getelementptr float, float* %"b0", i64 %".172"
  store float %".164", float* %".173"
  %".175" = add i32 0, 0
  %".176" = mul i32 %"t2", 8
  %".177" = add i32 1, %".176"
  %".178" = icmp sle i32 %".177", %".175"
  %".179" = load float, float* %"c4"
  %".180" = fmul reassoc contract float %".179", 0x3fd0000000000000
  %".181" = select  i1 %".178", float %".180", float 0xfff0000000000000
  %".182" = sext i32 %"bat1" to i64
  %".183" = sext i32 %"n" to i64
  %".184" = mul nsw i64 %".182", %".183"
  %".185" = sext i32 %"n" to i64
  %".186" = mul nsw i64 %".184", %".185"
  %".187" = add nsw i64 1, %".186"
  %".188" = sext i32 %"t2" to i64
  %".189" = mul nsw i64 %".188", 8
  %".190" = add nsw i64 %".187", %".189"
  %".191" = getelementptr float, float* %"b0", i64 %".190"
  store float %".181", float* %".191"
  %".193" = add i32 0, 0
  %".194" = mul i32 %"t2", 8
  %".195" = add i32 2, %".194"
  %".196" = icmp sle i32 %".195", %".193"
  %".197" = load float, float* %"c5"
  %".198" = fmul reassoc contract float %".197", 0x3fd0000000000000
  %".199" = select  i1 %".196", float %".198", float 0xfff0000000000000
  %".200" = sext i32 %"bat1" to i64
  %".201" = sext i32 %"n" to i64
  %".202" = mul nsw i64 %".200", %".201"
  %".203" = sext i32 %"n" to i64
  %".204" = mul nsw i64 %".202", %".203"
  %".205" = add nsw i64 2, %".204"
  %".206" = sext i32 %"t2" to i64
  %".207" = mul nsw i64 %".206", 8
  %".208" = add nsw i64 %".205", %".207"
  %".209" = getelementptr float, float* %"b0", i64 %".208"
  store float %".199", float* %".209"
  %".211" = add i32 0, 0
  %".212" = mul i32 %"t2", 8
  %".213" = add i32 3, %".212"
  %".214" = icmp sle i32 %".213", %".211"
  %".215" = load float, float* %"c6"
  %".216" = fmul reassoc contract float %".215", 0x3fd0000000000000
  %".217" = select  i1 %".214", float %".216", float 0xfff0000000000000
  %".218" = sext i32 %"bat1" to i64
  %".219" = sext i32 %"n" to i64
  %".220" = mul nsw i64 %".218", %".219"
  %".221" = sext i32 %"n" to i64
  %".222" = mul nsw i64 %".220", %".221"
  %".223" = add nsw i64 3, %".222"
  %".224" = sext i32 %"t2" to i64
  %".225" = mul nsw i64 %".224", 8
  %".226" = add nsw i64 %".223", %".225"
  %".227" = getelementptr float, float* %"b0", i64 %".226"
  store float %".217", float* %".227"
  %".229" = add i32 0, 0
  %".230" = mul i32 %"t2", 8
  %".231" = add i32 4, %".230"
  %".232" = icmp sle i32 %".231", %".229"
  %".233" = load float, float* %"c7"
  %".234" = fmul reassoc contract float %".233", 0x3fd0000000000000
  %".235" = select  i1 %".232", float %".234", float 0xfff0000000000000
  %".236" = sext i32 %"bat1" to i64
  %".237" = sext i32 %"n" to i64
  %".238" = mul nsw i64 %".236", %".237"
  %".239" = sext i32 %"n" to i64
  %".240" = mul nsw i64 %".238", %".239"
  %".241" = add nsw i64 4, %".240"
  %".242" = sext i32 %"t2" to i64
  %".243" = mul nsw i64 %".242", 8
  %".244" = add nsw i64 %".241", %".243"
  %".245" = getelementptr float, float* %"b0", i64 %".244"
  store float %".235", float* %".245"
  %".247" = add i32 0, 0
  %".248" = mul i32 %"t2", 8
  %".249" = add i32 5, %".248"
  %".250" = icmp sle i32 %".249", %".247"
  %".251" = load float, float* %"c8"
  %".252" = fmul reassoc contract float %".251", 0x3fd0000000000000
  %".253" = select  i1 %".250", float %".252", float 0xfff0000000000000
  %".254" = sext i32 %"bat1" to i64
  %".255" = sext i32 %"n" to i64
  %".256" = mul nsw i64 %".254", %".255"
  %".257" = sext i32 %"n" to i64
  %".258" = mul nsw i64 %".256", %".257"
  %".259" = add nsw i64 5, %".258"
  %".260" = sext i32 %"t2" to i64
  %".261" = mul nsw i64 %".260", 8
  %".262" = add nsw i64 %".259", %".261"
  %".263" = getelementptr float, float* %"b0", i64 %".262"
  store float %".253", float* %".263"
  %".265" = add i32 0, 0
  %".266" = mul i32 %"t2", 8
  %".267" = add i32 6, %".266"
  %".268" = icmp sle i32 %".267", %".265"
  %".269" = load float, float* %"c9"
  %".270" = fmul reassoc contract float %".269", 0x3fd0000000000000
  %".271" = select  i1 %".268", float %".270", float 0xfff0000000000000
  %".272" = sext i32 %"bat1" to i64
  %".273" = sext i32 %"n" to i64
  %".274" = mul nsw i64 %".272", %".273"
  %".275" = sext i32 %"n" to i64
  %".276" = mul nsw i64 %".274", %".275"
  %".277" = add nsw i64 6, %".276"
  %".278" = sext i32 %"t2" to i64
  %".279" = mul nsw i64 %".278", 8
  %".280" = add nsw i64 %".277", %".279"
  %".281" = getelementptr float, float* %"b0", i64 %".280"
  store float %".271", float* %".281"
  %".283" = add i32 0, 0
  %".284" = mul i32 %"t2", 8
  %".285" = add i32 7, %".284"
  %".286" = icmp sle i32 %".285", %".283"
  %".287" = load float, float* %"c10"
  %".288" = fmul reassoc contract float %".287", 0x3fd0000000000000
  %".289" = select  i1 %".286", float %".288", float 0xfff0000000000000
  %".290" = sext i32 %"bat1" to i64
  %".291" = sext i32 %"n" to i64
  %".292" = mul nsw i64 %".290", %".291"
  %".293" = sext i32 %"n" to i64
  %".294" = mul nsw i64 %".292", %".293"
  %".295" = add nsw i64 7, %".294"
  %".296" = sext i32 %"t2" to i64
  %".297" = mul nsw i64 %".296", 8
  %".298" = add nsw i64 %".295", %".297"
  %".299" = getelementptr float, float* %"b0", i64 %".298"
  store float %".289", float* %".299"
  br label %"endif.1"
then.2:
  store float              0x0, float* %"c53"
  store float              0x0, float* %"c54"
  store float              0x0, float* %"c55"
  store float              0x0, float* %"c56"
  store float              0x0, float* %"c57"
  store float              0x0, float* %"c58"
  store float              0x0, float* %"c59"
  store float              0x0, float* %"c60"
  br label %"k61.head"
endif.2:
  %".659" = add nsw i32 %"t2", 1
  br label %"t2.head"
k61.head:
  %"k61" = phi  i32 [0, %"then.2"], [%".475", %"k61.body"]
  %".316" = icmp slt i32 %"k61", 16
  br i1 %".316", label %"k61.body", label %"k61.done"
k61.body:
  %".318" = sext i32 %"bat1" to i64
  %".319" = mul nsw i64 %".318", 16
  %".320" = sext i32 %"k61" to i64
  %".321" = add nsw i64 %".319", %".320"
  %".322" = getelementptr float, float* %"b1", i64 %".321"
  %".323" = load float, float* %".322"
  %".324" = sext i32 %"bat1" to i64
  %".325" = mul nsw i64 %".324", 16
  %".326" = add nsw i64 32, %".325"
  %".327" = sext i32 %"k61" to i64
  %".328" = add nsw i64 %".326", %".327"
  %".329" = sext i32 %"t2" to i64
  %".330" = mul nsw i64 %".329", 768
  %".331" = add nsw i64 %".328", %".330"
  %".332" = mul i32 %"t2", 8
  %".333" = icmp slt i32 %".332", %"n"
  %".334" = select  i1 %".333", i64 %".331", i64 0
  %".335" = getelementptr float, float* %"b1", i64 %".334"
  %".336" = load float, float* %".335"
  %".337" = select  i1 %".333", float %".336", float              0x0
  %".338" = sext i32 %"bat1" to i64
  %".339" = mul nsw i64 %".338", 16
  %".340" = add nsw i64 128, %".339"
  %".341" = sext i32 %"k61" to i64
  %".342" = add nsw i64 %".340", %".341"
  %".343" = sext i32 %"t2" to i64
  %".344" = mul nsw i64 %".343", 768
  %".345" = add nsw i64 %".342", %".344"
  %".346" = mul i32 %"t2", 8
  %".347" = add i32 1, %".346"
  %".348" = icmp slt i32 %".347", %"n"
  %".349" = select  i1 %".348", i64 %".345", i64 0
  %".350" = getelementptr float, float* %"b1", i64 %".349"
  %".351" = load float, float* %".350"
  %".352" = select  i1 %".348", float %".351", float              0x0
  %".353" = sext i32 %"bat1" to i64
  %".354" = mul nsw i64 %".353", 16
  %".355" = add nsw i64 224, %".354"
  %".356" = sext i32 %"k61" to i64
  %".357" = add nsw i64 %".355", %".356"
  %".358" = sext i32 %"t2" to i64
  %".359" = mul nsw i64 %".358", 768
  %".360" = add nsw i64 %".357", %".359"
  %".361" = mul i32 %"t2", 8
  %".362" = add i32 2, %".361"
  %".363" = icmp slt i32 %".362", %"n"
  %".364" = select  i1 %".363", i64 %".360", i64 0
  %".365" = getelementptr float, float* %"b1", i64 %".364"
  %".366" = load float, float* %".365"
  %".367" = select  i1 %".363", float %".366", float              0x0
  %".368" = sext i32 %"bat1" to i64
  %".369" = mul nsw i64 %".368", 16
  %".370" = add nsw i64 320, %".369"
  %".371" = sext i32 %"k61" to i64
  %".372" = add nsw i64 %".370", %".371"
  %".373" = sext i32 %"t2" to i64
  %".374" = mul nsw i64 %".373", 768
  %".375" = add nsw i64 %".372", %".374"
  %".376" = mul i32 %"t2", 8
  %".377" = add i32 3, %".376"
  %".378" = icmp slt i32 %".377", %"n"
  %".379" = select  i1 %".378", i64 %".375", i64 0
  %".380" = getelementptr float, float* %"b1", i64 %".379"
  %".381" = load float, float* %".380"
  %".382" = select  i1 %".378", float %".381", float              0x0
  %".383" = sext i32 %"bat1" to i64
  %".384" = mul nsw i64 %".383", 16
  %".385" = add nsw i64 416, %".384"
  %".386" = sext i32 %"k61" to i64
  %".387" = add nsw i64 %".385", %".386"
  %".388" = sext i32 %"t2" to i64
  %".389" = mul nsw i64 %".388", 768
  %".390" = add nsw i64 %".387", %".389"
  %".391" = mul i32 %"t2", 8
  %".392" = add i32 4, %".391"
  %".393" = icmp slt i32 %".392", %"n"
  %".394" = select  i1 %".393", i64 %".390", i64 0
  %".395" = getelementptr float, float* %"b1", i64 %".394"
  %".396" = load float, float* %".395"
  %".397" = select  i1 %".393", float %".396", float              0x0
  %".398" = sext i32 %"bat1" to i64
  %".399" = mul nsw i64 %".398", 16
  %".400" = add nsw i64 512, %".399"
  %".401" = sext i32 %"k61" to i64
  %".402" = add nsw i64 %".400", %".401"
  %".403" = sext i32 %"t2" to i64
  %".404" = mul nsw i64 %".403", 768
  %".405" = add nsw i64 %".402", %".404"
  %".406" = mul i32 %"t2", 8
  %".407" = add i32 5, %".406"
  %".408" = icmp slt i32 %".407", %"n"
  %".409" = select  i1 %".408", i64 %".405", i64 0
  %".410" = getelementptr float, float* %"b1", i64 %".409"
  %".411" = load float, float* %".410"
  %".412" = select  i1 %".408", float %".411", float              0x0
  %".413" = sext i32 %"bat1" to i64
  %".414" = mul nsw i64 %".413", 16
  %".415" = add nsw i64 608, %".414"
  %".416" = sext i32 %"k61" to i64
  %".417" = add nsw i64 %".415", %".416"
  %".418" = sext i32 %"t2" to i64
  %".419" = mul nsw i64 %".418", 768
  %".420" = add nsw i64 %".417", %".419"
  %".421" = mul i32 %"t2", 8
  %".422" = add i32 6, %".421"
  %".423" = icmp slt i32 %".422", %"n"
  %".424" = select  i1 %".423", i64 %".420", i64 0
  %".425" = getelementptr float, float* %"b1", i64 %".424"
  %".426" = load float, float* %".425"
  %".427" = select  i1 %".423", float %".426", float              0x0
  %".428" = sext i32 %"bat1" to i64
  %".429" = mul nsw i64 %".428", 16
  %".430" = add nsw i64 704, %".429"
  %".431" = sext i32 %"k61" to i64
  %".432" = add nsw i64 %".430", %".431"
  %".433" = sext i32 %"t2" to i64
  %".434" = mul nsw i64 %".433", 768
  %".435" = add nsw i64 %".432", %".434"
  %".436" = mul i32 %"t2", 8
  %".437" = add i32 7, %".436"
  %".438" = icmp slt i32 %".437", %"n"
  %".439" = select  i1 %".438", i64 %".435", i64 0
  %".440" = getelementptr float, float* %"b1", i64 %".439"
  %".441" = load float, float* %".440"
  %".442" = select  i1 %".438", float %".441", float              0x0
  %".443" = load float, float* %"c53"
  %".444" = fmul reassoc contract float %".323", %".337"
  %".445" = fadd reassoc contract float %".443", %".444"
  store float %".445", float* %"c53"
  %".447" = load float, float* %"c54"
  %".448" = fmul reassoc contract float %".323", %".352"
  %".449" = fadd reassoc contract float %".447", %".448"
  store float %".449", float* %"c54"
  %".451" = load float, float* %"c55"
  %".452" = fmul reassoc contract float %".323", %".367"
  %".453" = fadd reassoc contract float %".451", %".452"
  store float %".453", float* %"c55"
  %".455" = load float, float* %"c56"
  %".456" = fmul reassoc contract float %".323", %".382"
  %".457" = fadd reassoc contract float %".455", %".456"
  store float %".457", float* %"c56"
  %".459" = load float, float* %"c57"
  %".460" = fmul reassoc contract float %".323", %".397"
  %".461" = fadd reassoc contract float %".459", %".460"
  store float %".461", float* %"c57"
  %".463" = load float, float* %"c58"
  %".464" = fmul reassoc contract float %".323", %".412"
  %".465" = fadd reassoc contract float %".463", %".464"
  store float %".465", float* %"c58"
  %".467" = load float, float* %"c59"
  %".468" = fmul reassoc contract float %".323", %".427"
  %".469" = fadd reassoc contract float %".467", %".468"
  store float %".469", float* %"c59"
  %".471" = load float, float* %"c60"
  %".472" = fmul reassoc contract float %".323", %".442"
  %".473" = fadd reassoc contract float %".471", %".472"
  store float %".473", float* %"c60"
  %".475" = add nsw i32 %"k61", 1
  br label %"k61.head"
k61.done:
  %".477" = mul i32 %"t2", 8
  %".478" = icmp slt i32 %".477", %"n"
  br i1 %".478", label %"then.3", label %"endif.3"
then.3:
  %".480" = add i32 0, 0
  %".481" = mul i32 %"t2", 8
  %".482" = icmp sle i32 %".481", %".480"
  %".483" = load float, float* %"c53"
  %".484" = fmul reassoc contract float %".483", 0x3fd0000000000000
  %".485" = select  i1 %".482", float %".484", float 0xfff0000000000000
  %".486" = sext i32 %"bat1" to i64
  %".487" = sext i32 %"n" to i64
  %".488" = mul nsw i64 %".486", %".487"
  %".489" = sext i32 %"n" to i64
  %".490" = mul nsw i64 %".488", %".489"
  %".491" = sext i32 %"t2" to i64
  %".492" = mul nsw i64 %".491", 8
  %".493" = add nsw i64 %".490", %".492"
  %".494" = getelementptr float, float* %"b0", i64 %".493"
  store float %".485", float* %".494"
  br label %"endif.3"
endif.3:
  %".497" = mul i32 %"t2", 8
  %".498" = add i32 1, %".497"
  %".499" = icmp slt i32 %".498", %"n"
  br i1 %".499", label %"then.4", label %"endif.4"
then.4:
  %".501" = add i32 0, 0
  %".502" = mul i32 %"t2", 8
  %".503" = add i32 1, %".502"
  %".504" = icmp sle i32 %".503", %".501"
  %".505" = load float, float* %"c54"
  %".506" = fmul reassoc contract float %".505", 0x3fd0000000000000
  %".507" = select  i1 %".504", float %".506", float 0xfff0000000000000
  %".508" = sext i32 %"bat1" to i64
  %".509" = sext i32 %"n" to i64
  %".510" = mul nsw i64 %".508", %".509"
  %".511" = sext i32 %"n" to i64
  %".512" = mul nsw i64 %".510", %".511"
  %".513" = add nsw i64 1, %".512"
  %".514" = sext i32 %"t2" to i64
  %".515" = mul nsw i64 %".514", 8
  %".516" = add nsw i64 %".513", %".515"
  %".517" = getelementptr float, float* %"b0", i64 %".516"
  store float %".507", float* %".517"
  br label %"endif.4"
endif.4:
  %".520" = mul i32 %"t2", 8
  %".521" = add i32 2, %".520"
  %".522" = icmp slt i32 %".521", %"n"
  br i1 %".522", label %"then.5", label %"endif.5"
then.5:
  %".524" = add i32 0, 0
  %".525" = mul i32 %"t2", 8
  %".526" = add i32 2, %".525"
  %".527" = icmp sle i32 %".526", %".524"
  %".528" = load float, float* %"c55"
  %".529" = fmul reassoc contract float %".528", 0x3fd0000000000000
  %".530" = select  i1 %".527", float %".529", float 0xfff0000000000000
  %".531" = sext i32 %"bat1" to i64
  %".532" = sext i32 %"n" to i64
  %".533" = mul nsw i64 %".531", %".532"
  %".534" = sext i32 %"n" to i64
  %".535" = mul nsw i64 %".533", %".534"
  %".536" = add nsw i64 2, %".535"
  %".537" = sext i32 %"t2" to i64
  %".538" = mul nsw i64 %".537", 8
  %".539" = add nsw i64 %".536", %".538"
  %".540" = getelementptr float, float* %"b0", i64 %".539"
  store float %".530", float* %".540"
  br label %"endif.5"
endif.5:
  %".543" = mul i32 %"t2", 8
  %".544" = add i32 3, %".543"
  %".545" = icmp slt i32 %".544", %"n"
  br i1 %".545", label %"then.6", label %"endif.6"
then.6:
  %".547" = add i32 0, 0
  %".548" = mul i32 %"t2", 8
  %".549" = add i32 3, %".548"
  %".550" = icmp sle i32 %".549", %".547"
  %".551" = load float, float* %"c56"
  %".552" = fmul reassoc contract float %".551", 0x3fd0000000000000
  %".553" = select  i1 %".550", float %".552", float 0xfff0000000000000
  %".554" = sext i32 %"bat1" to i64
  %".555" = sext i32 %"n" to i64
  %".556" = mul nsw i64 %".554", %".555"
  %".557" = sext i32 %"n" to i64
  %".558" = mul nsw i64 %".556", %".557"
  %".559" = add nsw i64 3, %".558"
  %".560" = sext i32 %"t2" to i64
  %".561" = mul nsw i64 %".560", 8
  %".562" = add nsw i64 %".559", %".561"
  %".563" = getelementptr float, float* %"b0", i64 %".562"
  store float %".553", float* %".563"
  br label %"endif.6"
endif.6:
  %".566" = mul i32 %"t2", 8
  %".567" = add i32 4, %".566"
  %".568" = icmp slt i32 %".567", %"n"
  br i1 %".568", label %"then.7", label %"endif.7"
then.7:
  %".570" = add i32 0, 0
  %".571" = mul i32 %"t2", 8
  %".572" = add i32 4, %".571"
  %".573" = icmp sle i32 %".572", %".570"
  %".574" = load float, float* %"c57"
  %".575" = fmul reassoc contract float %".574", 0x3fd0000000000000
  %".576" = select  i1 %".573", float %".575", float 0xfff0000000000000
  %".577" = sext i32 %"bat1" to i64
  %".578" = sext i32 %"n" to i64
  %".579" = mul nsw i64 %".577", %".578"
  %".580" = sext i32 %"n" to i64
  %".581" = mul nsw i64 %".579", %".580"
  %".582" = add nsw i64 4, %".581"
  %".583" = sext i32 %"t2" to i64
  %".584" = mul nsw i64 %".583", 8
  %".585" = add nsw i64 %".582", %".584"
  %".586" = getelementptr float, float* %"b0", i64 %".585"
  store float %".576", float* %".586"
  br label %"endif.7"
endif.7:
  %".589" = mul i32 %"t2", 8
  %".590" = add i32 5, %".589"
  %".591" = icmp slt i32 %".590", %"n"
  br i1 %".591", label %"then.8", label %"endif.8"
then.8:
  %".593" = add i32 0, 0
  %".594" = mul i32 %"t2", 8
  %".595" = add i32 5, %".594"
  %".596" = icmp sle i32 %".595", %".593"
  %".597" = load float, float* %"c58"
  %".598" = fmul reassoc contract float %".597", 0x3fd0000000000000
  %".599" = select  i1 %".596", float %".598", float 0xfff0000000000000
  %".600" = sext i32 %"bat1" to i64
  %".601" = sext i32 %"n" to i64
  %".602" = mul nsw i64 %".600", %".601"
  %".603" = sext i32 %"n" to i64
  %".604" = mul nsw i64 %".602", %".603"
  %".605" = add nsw i64 5, %".604"
  %".606" = sext i32 %"t2" to i64
  %".607" = mul nsw i64 %".606", 8
  %".608" = add nsw i64 %".605", %".607"
  %".609" = getelementptr float, float* %"b0", i64 %".608"
  store float %".599", float* %".609"
  br label %"endif.8"
endif.8:
  %".612" = mul i32 %"t2", 8
  %".613" = add i32 6, %".612"
  %".614" = icmp slt i32 %".613", %"n"
  br i1 %".614", label %"then.9", label %"endif.9"
then.9:
  %".616" = add i32 0, 0
  %".617" = mul i32 %"t2", 8
  %".618" = add i32 6, %".617"
  %".619" = icmp sle i32 %".618", %".616"
  %".620" = load float, float* %"c59"
  %".621" = fmul reassoc contract float %".620", 0x3fd0000000000000
  %".622" = select  i1 %".619", float %".621", float 0xfff0000000000000
  %".623" = sext i32 %"bat1" to i64
  %".624" = sext i32 %"n" to i64
  %".625" = mul nsw i64 %".623", %".624"
  %".626" = sext i32 %"n" to i64
  %".627" = mul nsw i64 %".625", %".626"
  %".628" = add nsw i64 6, %".627"
  %".629" = sext i32 %"t2" to i64
  %".630" = mul nsw i64 %".629", 8
  %".631" = add nsw i64 %".628", %".630"
  %".632" = getelementptr float, float* %"b0", i64 %".631"
  store float %".622", float* %".632"
  br label %"endif.9"
endif.9:
  %".635" = mul i32 %"t2", 8
  %".636" = add i32 7, %".635"
  %".637" = icmp slt i32 %".636", %"n"
  br i1 %".637", label %"then.10", label %"endif.10"
then.10:
  %".639" = add i32 0, 0
  %".640" = mul i32 %"t2", 8
  %".641" = add i32 7, %".640"
  %".642" = icmp sle i32 %".641", %".639"
  %".643" = load float, float* %"c60"
  %".644" = fmul reassoc contract float %".643", 0x3fd0000000000000
  %".645" = select  i1 %".642", float %".644", float 0xfff0000000000000
  %".646" = sext i32 %"bat1" to i64
  %".647" = sext i32 %"n" to i64
  %".648" = mul nsw i64 %".646", %".647"
  %".649" = sext i32 %"n" to i64
  %".650" = mul nsw i64 %".648", %".649"
  %".651" = add nsw i64 7, %".650"
  %".652" = sext i32 %"t2" to i64
  %".653" = mul nsw i64 %".652", 8
  %".654" = add nsw i64 %".651", %".653"
  %".655" = getelementptr float, float* %"b0", i64 %".654"
  store float %".645", float* %".655"
  br label %"endif.10"
endif.10:
  br label %"endif.2"
then.11:
  %".664" = add i32 3, %"n"
  %".665" = sdiv i32 %".664", 4
  %".666" = sub i32 %"ncores", 1
  %".667" = add i32 %".665", %".666"
  %".668" = sdiv i32 %".667", %"ncores"
  %".669" = mul i32 %"core", %".668"
  %".670" = add i32 %".669", %".668"
  %".671" = icmp slt i32 %".670", %".665"
  %".672" = select  i1 %".671", i32 %".670", i32 %".665"
  br label %"t103.head"
endif.11:
  %".1044" = add nsw i32 %"bat1", 1
  br label %"bat1.head"
t103.head:
  %"t103" = phi  i32 [%".669", %"then.11"], [%".1041", %"i109.done"]
  %".674" = icmp slt i32 %"t103", %".672"
  br i1 %".674", label %"t103.body", label %"t103.done"
t103.body:
  br label %"k106.head"
t103.done:
  br label %"endif.11"
k106.head:
  %"k106" = phi  i32 [0, %"t103.body"], [%".708", %"c107.done"]
  %".677" = icmp slt i32 %"k106", 16
  br i1 %".677", label %"k106.body", label %"k106.done"
k106.body:
  br label %"c107.head"
k106.done:
  %".710" = add i32 1, %"n"
  %".711" = sdiv i32 %".710", 2
  br label %"i109.head"
c107.head:
  %"c107" = phi  i32 [0, %"k106.body"], [%".706", %"c107.body"]
  %".680" = icmp slt i32 %"c107", 4
  br i1 %".680", label %"c107.body", label %"c107.done"
c107.body:
  %".682" = sext i32 %"bat1" to i64
  %".683" = mul nsw i64 %".682", 16
  %".684" = add nsw i64 32, %".683"
  %".685" = sext i32 %"c107" to i64
  %".686" = mul nsw i64 %".685", 96
  %".687" = add nsw i64 %".684", %".686"
  %".688" = sext i32 %"k106" to i64
  %".689" = add nsw i64 %".687", %".688"
  %".690" = sext i32 %"t103" to i64
  %".691" = mul nsw i64 %".690", 384
  %".692" = add nsw i64 %".689", %".691"
  %".693" = mul i32 %"t103", 4
  %".694" = add i32 %"c107", %".693"
  %".695" = icmp slt i32 %".694", %"n"
  %".696" = select  i1 %".695", i64 %".692", i64 0
  %".697" = getelementptr float, float* %"b1", i64 %".696"
  %".698" = load float, float* %".697"
  %".699" = select  i1 %".695", float %".698", float              0x0
  %".700" = sext i32 %"c107" to i64
  %".701" = sext i32 %"k106" to i64
  %".702" = mul nsw i64 %".701", 4
  %".703" = add nsw i64 %".700", %".702"
  %".704" = getelementptr float, float* %"Bp104", i64 %".703"
  store float %".699", float* %".704"
  %".706" = add nsw i32 %"c107", 1
  br label %"c107.head"
c107.done:
  %".708" = add nsw i32 %"k106", 1
  br label %"k106.head"
i109.head:
  %"i109" = phi  i32 [0, %"k106.done"], [%".1039", %"endif.13"]
  %".713" = icmp slt i32 %"i109", %".711"
  br i1 %".713", label %"i109.body", label %"i109.done"
i109.body:
  %".715" = mul i32 %"i109", 2
  %".716" = add i32 -1, %"n"
  %".717" = icmp slt i32 %".715", %".716"
  %".718" = mul i32 %"t103", 4
  %".719" = add i32 -3, %"n"
  %".720" = icmp slt i32 %".718", %".719"
  %".721" = and i1 %".717", %".720"
  br i1 %".721", label %"then.12", label %"endif.12"
i109.done:
  %".1041" = add nsw i32 %"t103", 1
  br label %"t103.head"
then.12:
  store float              0x0, float* %"c110"
  store float              0x0, float* %"c111"
  store float              0x0, float* %"c112"
  store float              0x0, float* %"c113"
  store float              0x0, float* %"c114"
  store float              0x0, float* %"c115"
  store float              0x0, float* %"c116"
  store float              0x0, float* %"c117"
  br label %"k118.head"
endif.12:
  %".918" = mul i32 %"i109", 2
  %".919" = add i32 -1, %"n"
  %".920" = icmp slt i32 %".918", %".919"
  %".921" = mul i32 %"t103", 4
  %".922" = add i32 -3, %"n"
  %".923" = icmp slt i32 %".921", %".922"
  %".924" = and i1 %".920", %".923"
  %".925" = xor i1 %".924", 1
  br i1 %".925", label %"then.13", label %"endif.13"
k118.head:
  %"k118" = phi  i32 [0, %"then.12"], [%".823", %"k118.body"]
  %".732" = icmp slt i32 %"k118", 16
  br i1 %".732", label %"k118.body", label %"k118.done"
k118.body:
  %".734" = sext i32 %"bat1" to i64
  %".735" = mul nsw i64 %".734", 16
  %".736" = sext i32 %"i109" to i64
  %".737" = mul nsw i64 %".736", 192
  %".738" = add nsw i64 %".735", %".737"
  %".739" = sext i32 %"k118" to i64
  %".740" = add nsw i64 %".738", %".739"
  %".741" = getelementptr float, float* %"b1", i64 %".740"
  %".742" = load float, float* %".741"
  %".743" = sext i32 %"bat1" to i64
  %".744" = mul nsw i64 %".743", 16
  %".745" = add nsw i64 96, %".744"
  %".746" = sext i32 %"i109" to i64
  %".747" = mul nsw i64 %".746", 192
  %".748" = add nsw i64 %".745", %".747"
  %".749" = sext i32 %"k118" to i64
  %".750" = add nsw i64 %".748", %".749"
  %".751" = getelementptr float, float* %"b1", i64 %".750"
  %".752" = load float, float* %".751"
  %".753" = load float, float* %"c110"
  %".754" = sext i32 %"k118" to i64
  %".755" = mul nsw i64 %".754", 4
  %".756" = getelementptr float, float* %"Bp104", i64 %".755"
  %".757" = load float, float* %".756"
  %".758" = fmul reassoc contract float %".742", %".757"
  %".759" = fadd reassoc contract float %".753", %".758"
  store float %".759", float* %"c110"
  %".761" = load float, float* %"c111"
  %".762" = sext i32 %"k118" to i64
  %".763" = mul nsw i64 %".762", 4
  %".764" = add nsw i64 1, %".763"
  %".765" = getelementptr float, float* %"Bp104", i64 %".764"
  %".766" = load float, float* %".765"
  %".767" = fmul reassoc contract float %".742", %".766"
  %".768" = fadd reassoc contract float %".761", %".767"
  store float %".768", float* %"c111"
  %".770" = load float, float* %"c112"
  %".771" = sext i32 %"k118" to i64
  %".772" = mul nsw i64 %".771", 4
  %".773" = add nsw i64 2, %".772"
  %".774" = getelementptr float, float* %"Bp104", i64 %".773"
  %".775" = load float, float* %".774"
  %".776" = fmul reassoc contract float %".742", %".775"
  %".777" = fadd reassoc contract float %".770", %".776"
  store float %".777", float* %"c112"
  %".779" = load float, float* %"c113"
  %".780" = sext i32 %"k118" to i64
  %".781" = mul nsw i64 %".780", 4
  %".782" = add nsw i64 3, %".781"
  %".783" = getelementptr float, float* %"Bp104", i64 %".782"
  %".784" = load float, float* %".783"
  %".785" = fmul reassoc contract float %".742", %".784"
  %".786" = fadd reassoc contract float %".779", %".785"
  store float %".786", float* %"c113"
  %".788" = load float, float* %"c114"
  %".789" = sext i32 %"k118" to i64
  %".790" = mul nsw i64 %".789", 4
  %".791" = getelementptr float, float* %"Bp104", i64 %".790"
  %".792" = load float, float* %".791"
  %".793" = fmul reassoc contract float %".752", %".792"
  %".794" = fadd reassoc contract float %".788", %".793"
  store float %".794", float* %"c114"
  %".796" = load float, float* %"c115"
  %".797" = sext i32 %"k118" to i64
  %".798" = mul nsw i64 %".797", 4
  %".799" = add nsw i64 1, %".798"
  %".800" = getelementptr float, float* %"Bp104", i64 %".799"
  %".801" = load float, float* %".800"
  %".802" = fmul reassoc contract float %".752", %".801"
  %".803" = fadd reassoc contract float %".796", %".802"
  store float %".803", float* %"c115"
  %".805" = load float, float* %"c116"
  %".806" = sext i32 %"k118" to i64
  %".807" = mul nsw i64 %".806", 4
  %".808" = add nsw i64 2, %".807"
  %".809" = getelementptr float, float* %"Bp104", i64 %".808"
  %".810" = load float, float* %".809"
  %".811" = fmul reassoc contract float %".752", %".810"
  %".812" = fadd reassoc contract float %".805", %".811"
  store float %".812", float* %"c116"
  %".814" = load float, float* %"c117"
  %".815" = sext i32 %"k118" to i64
  %".816" = mul nsw i64 %".815", 4
  %".817" = add nsw i64 3, %".816"
  %".818" = getelementptr float, float* %"Bp104", i64 %".817"
  %".819" = load float, float* %".818"
  %".820" = fmul reassoc contract float %".752", %".819"
  %".821" = fadd reassoc contract float %".814", %".820"
  store float %".821", float* %"c117"
  %".823" = add nsw i32 %"k118", 1
  br label %"k118.head", !llvm.loop !1
k118.done:
  %".825" = load float, float* %"c110"
  %".826" = getelementptr float, float* %"Ct105", i64 0
  store float %".825", float* %".826"
  %".828" = load float, float* %"c111"
  %".829" = getelementptr float, float* %"Ct105", i64 1
  store float %".828", float* %".829"
  %".831" = load float, float* %"c112"
  %".832" = getelementptr float, float* %"Ct105", i64 2
  store float %".831", float* %".832"
  %".834" = load float, float* %"c113"
  %".835" = getelementptr float, float* %"Ct105", i64 3
  store float %".834", float* %".835"
  %".837" = load float, float* %"c114"
  %".838" = getelementptr float, float* %"Ct105", i64 4
  store float %".837", float* %".838"
  %".840" = load float, float* %"c115"
  %".841" = getelementptr float, float* %"Ct105", i64 5
  store float %".840", float* %".841"
  %".843" = load float, float* %"c116"
  %".844" = getelementptr float, float* %"Ct105", i64 6
  store float %".843", float* %".844"
  %".846" = load float, float* %"c117"
  %".847" = getelementptr float, float* %"Ct105", i64 7
  store float %".846", float* %".847"
  %".849" = mul i32 %"i109", 2
  %".850" = add i32 %".849", 0
  br label %"c121.head"
c121.head:
  %"c121" = phi  i32 [0, %"k118.done"], [%".879", %"c121.body"]
  %".852" = icmp slt i32 %"c121", 4
  br i1 %".852", label %"c121.body", label %"c121.done"
c121.body:
  %".854" = mul i32 %"t103", 4
  %".855" = add i32 %"c121", %".854"
  %".856" = icmp sle i32 %".855", %".850"
  %".857" = sext i32 %"c121" to i64
  %".858" = getelementptr float, float* %"Ct105", i64 %".857"
  %".859" = load float, float* %".858"
  %".860" = fmul reassoc contract float %".859", 0x3fd0000000000000
  %".861" = select  i1 %".856", float %".860", float 0xfff0000000000000
  %".862" = sext i32 %"bat1" to i64
  %".863" = sext i32 %"n" to i64
  %".864" = mul nsw i64 %".862", %".863"
  %".865" = sext i32 %"n" to i64
  %".866" = mul nsw i64 %".864", %".865"
  %".867" = sext i32 %"c121" to i64
  %".868" = add nsw i64 %".866", %".867"
  %".869" = sext i32 %"i109" to i64
  %".870" = sext i32 %"n" to i64
  %".871" = mul nsw i64 %".869", %".870"
  %".872" = mul nsw i64 %".871", 2
  %".873" = add nsw i64 %".868", %".872"
  %".874" = sext i32 %"t103" to i64
  %".875" = mul nsw i64 %".874", 4
  %".876" = add nsw i64 %".873", %".875"
  %".877" = getelementptr float, float* %"b0", i64 %".876"
  store float %".861", float* %".877"
  %".879" = add nsw i32 %"c121", 1
  br label %"c121.head"
c121.done:
  %".881" = mul i32 %"i109", 2
  %".882" = add i32 1, %".881"
  %".883" = add i32 %".882", 0
  br label %"c127.head"
c127.head:
  %"c127" = phi  i32 [0, %"c121.done"], [%".915", %"c127.body"]
  %".885" = icmp slt i32 %"c127", 4
  br i1 %".885", label %"c127.body", label %"c127.done"
c127.body:
  %".887" = mul i32 %"t103", 4
  %".888" = add i32 %"c127", %".887"
  %".889" = icmp sle i32 %".888", %".883"
  %".890" = sext i32 %"c127" to i64
  %".891" = add nsw i64 4, %".890"
  %".892" = getelementptr float, float* %"Ct105", i64 %".891"
  %".893" = load float, float* %".892"
  %".894" = fmul reassoc contract float %".893", 0x3fd0000000000000
  %".895" = select  i1 %".889", float %".894", float 0xfff0000000000000
  %".896" = sext i32 %"bat1" to i64
  %".897" = sext i32 %"n" to i64
  %".898" = mul nsw i64 %".896", %".897"
  %".899" = sext i32 %"n" to i64
  %".900" = mul nsw i64 %".898", %".899"
  %".901" = sext i32 %"c127" to i64
  %".902" = add nsw i64 %".900", %".901"
  %".903" = sext i32 %"i109" to i64
  %".904" = sext i32 %"n" to i64
  %".905" = mul nsw i64 %".903", %".904"
  %".906" = mul nsw i64 %".905", 2
  %".907" = add nsw i64 %".902", %".906"
  %".908" = sext i32 %"n" to i64
  %".909" = add nsw i64 %".907", %".908"
  %".910" = sext i32 %"t103" to i64
  %".911" = mul nsw i64 %".910", 4
  %".912" = add nsw i64 %".909", %".911"
  %".913" = getelementptr float, float* %"b0", i64 %".912"
  store float %".895", float* %".913"
  %".915" = add nsw i32 %"c127", 1
  br label %"c127.head"
c127.done:
  br label %"endif.12"
then.13:
  %".927" = mul i32 %"i109", 2
  %".928" = mul i32 %"i109", 2
  %".929" = add i32 2, %".928"
  br label %"r133.head"
endif.13:
  %".1039" = add nsw i32 %"i109", 1
  br label %"i109.head"
r133.head:
  %"r133" = phi  i32 [%".927", %"then.13"], [%".1036", %"endif.14"]
  %".931" = icmp slt i32 %"r133", %".929"
  br i1 %".931", label %"r133.body", label %"r133.done"
r133.body:
  %".933" = icmp slt i32 %"r133", %"n"
  br i1 %".933", label %"then.14", label %"endif.14"
r133.done:
  br label %"endif.13"
then.14:
  store float              0x0, float* %"c134"
  store float              0x0, float* %"c135"
  store float              0x0, float* %"c136"
  store float              0x0, float* %"c137"
  br label %"k138.head"
endif.14:
  %".1036" = add nsw i32 %"r133", 1
  br label %"r133.head"
k138.head:
  %"k138" = phi  i32 [0, %"then.14"], [%".986", %"k138.body"]
  %".940" = icmp slt i32 %"k138", 16
  br i1 %".940", label %"k138.body", label %"k138.done"
k138.body:
  %".942" = sext i32 %"bat1" to i64
  %".943" = mul nsw i64 %".942", 16
  %".944" = sext i32 %"k138" to i64
  %".945" = add nsw i64 %".943", %".944"
  %".946" = sext i32 %"r133" to i64
  %".947" = mul nsw i64 %".946", 96
  %".948" = add nsw i64 %".945", %".947"
  %".949" = getelementptr float, float* %"b1", i64 %".948"
  %".950" = load float, float* %".949"
  %".951" = load float, float* %"c134"
  %".952" = sext i32 %"k138" to i64
  %".953" = mul nsw i64 %".952", 4
  %".954" = getelementptr float, float* %"Bp104", i64 %".953"
  %".955" = load float, float* %".954"
  %".956" = fmul reassoc contract float %".950", %".955"
  %".957" = fadd reassoc contract float %".951", %".956"
  store float %".957", float* %"c134"
  %".959" = load float, float* %"c135"
  %".960" = sext i32 %"k138" to i64
  %".961" = mul nsw i64 %".960", 4
  %".962" = add nsw i64 1, %".961"
  %".963" = getelementptr float, float* %"Bp104", i64 %".962"
  %".964" = load float, float* %".963"
  %".965" = fmul reassoc contract float %".950", %".964"
  %".966" = fadd reassoc contract float %".959", %".965"
  store float %".966", float* %"c135"
  %".968" = load float, float* %"c136"
  %".969" = sext i32 %"k138" to i64
  %".970" = mul nsw i64 %".969", 4
  %".971" = add nsw i64 2, %".970"
  %".972" = getelementptr float, float* %"Bp104", i64 %".971"
  %".973" = load float, float* %".972"
  %".974" = fmul reassoc contract float %".950", %".973"
  %".975" = fadd reassoc contract float %".968", %".974"
  store float %".975", float* %"c136"
  %".977" = load float, float* %"c137"
  %".978" = sext i32 %"k138" to i64
  %".979" = mul nsw i64 %".978", 4
  %".980" = add nsw i64 3, %".979"
  %".981" = getelementptr float, float* %"Bp104", i64 %".980"
  %".982" = load float, float* %".981"
  %".983" = fmul reassoc contract float %".950", %".982"
  %".984" = fadd reassoc contract float %".977", %".983"
  store float %".984", float* %"c137"
  %".986" = add nsw i32 %"k138", 1
  br label %"k138.head", !llvm.loop !2
k138.done:
  %".988" = load float, float* %"c134"
  %".989" = getelementptr float, float* %"Ct105", i64 0
  store float %".988", float* %".989"
  %".991" = load float, float* %"c135"
  %".992" = getelementptr float, float* %"Ct105", i64 1
  store float %".991", float* %".992"
  %".994" = load float, float* %"c136"
  %".995" = getelementptr float, float* %"Ct105", i64 2
  store float %".994", float* %".995"
  %".997" = load float, float* %"c137"
  %".998" = getelementptr float, float* %"Ct105", i64 3
  store float %".997", float* %".998"
  br label %"c140.head"
c140.head:
  %"c140" = phi  i32 [0, %"k138.done"], [%".1033", %"endif.15"]
  %".1001" = icmp slt i32 %"c140", 4
  br i1 %".1001", label %"c140.body", label %"c140.done"
c140.body:
  %".1003" = mul i32 %"t103", 4
  %".1004" = add i32 %"c140", %".1003"
  %".1005" = icmp slt i32 %".1004", %"n"
  br i1 %".1005", label %"then.15", label %"endif.15"
c140.done:
  br label %"endif.14"
then.15:
  %".1007" = add i32 %"r133", 0
  %".1008" = mul i32 %"t103", 4
  %".1009" = add i32 %"c140", %".1008"
  %".1010" = icmp sle i32 %".1009", %".1007"
  %".1011" = sext i32 %"c140" to i64
  %".1012" = getelementptr float, float* %"Ct105", i64 %".1011"
  %".1013" = load float, float* %".1012"
  %".1014" = fmul reassoc contract float %".1013", 0x3fd0000000000000
  %".1015" = select  i1 %".1010", float %".1014", float 0xfff0000000000000
  %".1016" = sext i32 %"bat1" to i64
  %".1017" = sext i32 %"n" to i64
  %".1018" = mul nsw i64 %".1016", %".1017"
  %".1019" = sext i32 %"n" to i64
  %".1020" = mul nsw i64 %".1018", %".1019"
  %".1021" = sext i32 %"c140" to i64
  %".1022" = add nsw i64 %".1020", %".1021"
  %".1023" = sext i32 %"n" to i64
  %".1024" = sext i32 %"r133" to i64
  %".1025" = mul nsw i64 %".1023", %".1024"
  %".1026" = add nsw i64 %".1022", %".1025"
  %".1027" = sext i32 %"t103" to i64
  %".1028" = mul nsw i64 %".1027", 4
  %".1029" = add nsw i64 %".1026", %".1028"
  %".1030" = getelementptr float, float* %"b0", i64 %".1029"
  store float %".1015", float* %".1030"
  br label %"endif.15"
endif.15:
  %".1033" = add nsw i32 %"c140", 1
  br label %"c140.head"
}

!0 = !{ !"llvm.loop.vectorize.enable", i1 0 }
!1 = !{ !1, !0 }
!2 = !{ !2, !0 }
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
  %".8" = add i32 2, %".7"
  %".9" = sdiv i32 %".8", %"ncores"
  %".10" = mul i32 %"core", %".9"
  %".11" = add i32 %".10", %".9"
  %".12" = icmp slt i32 %".11", 2
  %".13" = select  i1 %".12", i32 %".11", i32 2
  br label %"i0.head"
i0.head:
  %"i0" = phi  i32 [%".10", %"body"], [%".185", %"i1.done"]
  %".15" = icmp slt i32 %"i0", %".13"
  br i1 %".15", label %"i0.body", label %"i0.done"
i0.body:
  br label %"i1.head"
i0.done:
  ret void
i1.head:
  %"i1" = phi  i32 [0, %"i0.body"], [%".183", %"i2.done"]
  %".18" = icmp slt i32 %"i1", %"n"
  br i1 %".18", label %"i1.body", label %"i1.done"
i1.body:
  store float 0xfff0000000000000, float* %"acc2"
  br label %"r3.head"
i1.done:
  %".185" = add nsw i32 %"i0", 1
  br label %"i0.head"
r3.head:
  %"r3" = phi  i32 [0, %"i1.body"], [%".40", %"r3.body"]
  %".22" = icmp slt i32 %"r3", %"n"
  br i1 %".22", label %"r3.body", label %"r3.done"
r3.body:
  %".24" = sext i32 %"i0" to i64
  %".25" = sext i32 %"n" to i64
  %".26" = mul nsw i64 %".24", %".25"
  %".27" = sext i32 %"n" to i64
  %".28" = mul nsw i64 %".26", %".27"
  %".29" = sext i32 %"i1" to i64
  %".30" = sext i32 %"n" to i64
  %".31" = mul nsw i64 %".29", %".30"
  %".32" = add nsw i64 %".28", %".31"
  %".33" = sext i32 %"r3" to i64
  %".34" = add nsw i64 %".32", %".33"
  %".35" = getelementptr float, float* %"b1", i64 %".34"
  %".36" = load float, float* %".35"
  %".37" = load float, float* %"acc2"
  %".38" = call float @"llvm.maximum.f32"(float %".37", float %".36")
  store float %".38", float* %"acc2"
  %".40" = add nsw i32 %"r3", 1
  br label %"r3.head"
r3.done:
  store float              0x0, float* %"acc7"
  br label %"r8.head"
r8.head:
  %"r8" = phi  i32 [0, %"r3.done"], [%".105", %"r8.body"]
  %".44" = icmp slt i32 %"r8", %"n"
  br i1 %".44", label %"r8.body", label %"r8.done"
r8.body:
  %".46" = sext i32 %"i0" to i64
  %".47" = sext i32 %"n" to i64
  %".48" = mul nsw i64 %".46", %".47"
  %".49" = sext i32 %"n" to i64
  %".50" = mul nsw i64 %".48", %".49"
  %".51" = sext i32 %"i1" to i64
  %".52" = sext i32 %"n" to i64
  %".53" = mul nsw i64 %".51", %".52"
  %".54" = add nsw i64 %".50", %".53"
  %".55" = sext i32 %"r8" to i64
  %".56" = add nsw i64 %".54", %".55"
  %".57" = getelementptr float, float* %"b1", i64 %".56"
  %".58" = load float, float* %".57"
  %".59" = load float, float* %"acc2"
  %".60" = fsub reassoc contract float %".58", %".59"
  %".61" = fcmp olt float %".60", 0xc059f999a0000000
  %".62" = call float @"llvm.maxnum.f32"(float %".60", float 0xc059f999a0000000)
  %".63" = call float @"llvm.minnum.f32"(float %".62", float 0x4056333340000000)
  %".64" = select  i1 %".61", float              0x0, float %".63"
  %".65" = fmul float %".64", 0x3ff7154760000000
  %".66" = fadd float %".65", 0x3fe0000000000000
  %".67" = call float @"llvm.floor.f32"(float %".66")
  %".68" = fmul float %".67", 0x3fe62e4000000000
  %".69" = fsub float %".64", %".68"
  %".70" = fmul float %".67", 0x3eb7f7d1c0000000
  %".71" = fsub float %".69", %".70"
  %".72" = fmul float 0x3f2a01a020000000, %".71"
  %".73" = fadd float %".72", 0x3f56c16c20000000
  %".74" = fmul float %".73", %".71"
  %".75" = fadd float %".74", 0x3f81111120000000
  %".76" = fmul float %".75", %".71"
  %".77" = fadd float %".76", 0x3fa5555560000000
  %".78" = fmul float %".77", %".71"
  %".79" = fadd float %".78", 0x3fc5555560000000
  %".80" = fmul float %".79", %".71"
  %".81" = fadd float %".80", 0x3fe0000000000000
  %".82" = fmul float %".81", %".71"
  %".83" = fadd float %".82", 0x3ff0000000000000
  %".84" = fmul float %".83", %".71"
  %".85" = fadd float %".84", 0x3ff0000000000000
  %".86" = fptosi float %".67" to i32
  %".87" = ashr i32 %".86", 1
  %".88" = sub i32 %".86", %".87"
  %".89" = add i32 %".87", 127
  %".90" = shl i32 %".89", 23
  %".91" = bitcast i32 %".90" to float
  %".92" = fmul float %".85", %".91"
  %".93" = add i32 %".88", 127
  %".94" = shl i32 %".93", 23
  %".95" = bitcast i32 %".94" to float
  %".96" = fmul float %".92", %".95"
  %".97" = fcmp ogt float %".60", 0x40562e4260000000
  %".98" = select  i1 %".97", float 0x7ff0000000000000, float %".96"
  %".99" = select  i1 %".61", float              0x0, float %".98"
  %".100" = fcmp uno float %".60", %".60"
  %".101" = select  i1 %".100", float %".60", float %".99"
  %".102" = load float, float* %"acc7"
  %".103" = fadd reassoc contract float %".102", %".101"
  store float %".103", float* %"acc7"
  %".105" = add nsw i32 %"r8", 1
  br label %"r8.head"
r8.done:
  br label %"i2.head"
i2.head:
  %"i2" = phi  i32 [0, %"r8.done"], [%".181", %"i2.body"]
  %".108" = icmp slt i32 %"i2", %"n"
  br i1 %".108", label %"i2.body", label %"i2.done"
i2.body:
  %".110" = sext i32 %"i0" to i64
  %".111" = sext i32 %"n" to i64
  %".112" = mul nsw i64 %".110", %".111"
  %".113" = sext i32 %"n" to i64
  %".114" = mul nsw i64 %".112", %".113"
  %".115" = sext i32 %"i1" to i64
  %".116" = sext i32 %"n" to i64
  %".117" = mul nsw i64 %".115", %".116"
  %".118" = add nsw i64 %".114", %".117"
  %".119" = sext i32 %"i2" to i64
  %".120" = add nsw i64 %".118", %".119"
  %".121" = getelementptr float, float* %"b1", i64 %".120"
  %".122" = load float, float* %".121"
  %".123" = load float, float* %"acc2"
  %".124" = fsub reassoc contract float %".122", %".123"
  %".125" = fcmp olt float %".124", 0xc059f999a0000000
  %".126" = call float @"llvm.maxnum.f32"(float %".124", float 0xc059f999a0000000)
  %".127" = call float @"llvm.minnum.f32"(float %".126", float 0x4056333340000000)
  %".128" = select  i1 %".125", float              0x0, float %".127"
  %".129" = fmul float %".128", 0x3ff7154760000000
  %".130" = fadd float %".129", 0x3fe0000000000000
  %".131" = call float @"llvm.floor.f32"(float %".130")
  %".132" = fmul float %".131", 0x3fe62e4000000000
  %".133" = fsub float %".128", %".132"
  %".134" = fmul float %".131", 0x3eb7f7d1c0000000
  %".135" = fsub float %".133", %".134"
  %".136" = fmul float 0x3f2a01a020000000, %".135"
  %".137" = fadd float %".136", 0x3f56c16c20000000
  %".138" = fmul float %".137", %".135"
  %".139" = fadd float %".138", 0x3f81111120000000
  %".140" = fmul float %".139", %".135"
  %".141" = fadd float %".140", 0x3fa5555560000000
  %".142" = fmul float %".141", %".135"
  %".143" = fadd float %".142", 0x3fc5555560000000
  %".144" = fmul float %".143", %".135"
  %".145" = fadd float %".144", 0x3fe0000000000000
  %".146" = fmul float %".145", %".135"
  %".147" = fadd float %".146", 0x3ff0000000000000
  %".148" = fmul float %".147", %".135"
  %".149" = fadd float %".148", 0x3ff0000000000000
  %".150" = fptosi float %".131" to i32
  %".151" = ashr i32 %".150", 1
  %".152" = sub i32 %".150", %".151"
  %".153" = add i32 %".151", 127
  %".154" = shl i32 %".153", 23
  %".155" = bitcast i32 %".154" to float
  %".156" = fmul float %".149", %".155"
  %".157" = add i32 %".152", 127
  %".158" = shl i32 %".157", 23
  %".159" = bitcast i32 %".158" to float
  %".160" = fmul float %".156", %".159"
  %".161" = fcmp ogt float %".124", 0x40562e4260000000
  %".162" = select  i1 %".161", float 0x7ff0000000000000, float %".160"
  %".163" = select  i1 %".125", float              0x0, float %".162"
  %".164" = fcmp uno float %".124", %".124"
  %".165" = select  i1 %".164", float %".124", float %".163"
  %".166" = load float, float* %"acc7"
  %".167" = fdiv reassoc contract float %".165", %".166"
  %".168" = sext i32 %"i0" to i64
  %".169" = sext i32 %"n" to i64
  %".170" = mul nsw i64 %".168", %".169"
  %".171" = sext i32 %"n" to i64
  %".172" = mul nsw i64 %".170", %".171"
  %".173" = sext i32 %"i1" to i64
  %".174" = sext i32 %"n" to i64
  %".175" = mul nsw i64 %".173", %".174"
  %".176" = add nsw i64 %".172", %".175"
  %".177" = sext i32 %"i2" to i64
  %".178" = add nsw i64 %".176", %".177"
  %".179" = getelementptr float, float* %"b0", i64 %".178"
  store float %".167", float* %".179"
  %".181" = add nsw i32 %"i2", 1
  br label %"i2.head"
i2.done:
  %".183" = add nsw i32 %"i1", 1
  br label %"i1.head"
}

declare float @"llvm.maximum.f32"(float %".1", float %".2")

declare float @"llvm.maxnum.f32"(float %".1", float %".2")

declare float @"llvm.minnum.f32"(float %".1", float %".2")

declare float @"llvm.floor.f32"(float %".1")

; ModuleID = "matmul"
target triple = "unknown-unknown-unknown"
target datalayout = ""

define void @"matmul"(float* noalias %"b0", float* noalias %"b1", float* noalias %"b2", i32 %"n", i32 %"core", i32 %"ncores")
{
entry:
  %"c11" = alloca float
  %"c12" = alloca float
  %"c13" = alloca float
  %"c14" = alloca float
  %"c15" = alloca float
  %"c16" = alloca float
  %"c17" = alloca float
  %"c18" = alloca float
  %"c27" = alloca float
  %"c28" = alloca float
  %"c29" = alloca float
  %"c30" = alloca float
  br label %"body"
body:
  br label %"bat1.head"
bat1.head:
  %"bat1" = phi  i32 [0, %"body"], [%".664", %"endif.1"]
  %".9" = icmp slt i32 %"bat1", 2
  br i1 %".9", label %"bat1.body", label %"bat1.done"
bat1.body:
  %".11" = icmp slt i32 %"n", 2
  br i1 %".11", label %"then", label %"endif"
bat1.done:
  ret void
then:
  %".13" = sub i32 %"ncores", 1
  %".14" = add i32 1, %".13"
  %".15" = sdiv i32 %".14", %"ncores"
  %".16" = mul i32 %"core", %".15"
  %".17" = add i32 %".16", %".15"
  %".18" = icmp slt i32 %".17", 1
  %".19" = select  i1 %".18", i32 %".17", i32 1
  br label %"t2.head"
endif:
  %".125" = icmp sle i32 2, %"n"
  br i1 %".125", label %"then.1", label %"endif.1"
t2.head:
  %"t2" = phi  i32 [%".16", %"then"], [%".122", %"c8.done"]
  %".21" = icmp slt i32 %"t2", %".19"
  br i1 %".21", label %"t2.body", label %"t2.done"
t2.body:
  br label %"c3.head"
t2.done:
  br label %"endif"
c3.head:
  %"c3" = phi  i32 [0, %"t2.body"], [%".37", %"c3.body"]
  %".24" = icmp slt i32 %"c3", 16
  br i1 %".24", label %"c3.body", label %"c3.done"
c3.body:
  %".26" = sext i32 %"bat1" to i64
  %".27" = sext i32 %"n" to i64
  %".28" = mul nsw i64 %".26", %".27"
  %".29" = mul nsw i64 %".28", 16
  %".30" = sext i32 %"c3" to i64
  %".31" = add nsw i64 %".29", %".30"
  %".32" = sext i32 %"t2" to i64
  %".33" = mul nsw i64 %".32", 16
  %".34" = add nsw i64 %".31", %".33"
  %".35" = getelementptr float, float* %"b0", i64 %".34"
  store float              0x0, float* %".35"
  %".37" = add nsw i32 %"c3", 1
  br label %"c3.head"
c3.done:
  br label %"k4.head"
k4.head:
  %"k4" = phi  i32 [0, %"c3.done"], [%".93", %"c6.done"]
  %".40" = icmp slt i32 %"k4", %"n"
  br i1 %".40", label %"k4.body", label %"k4.done"
k4.body:
  %".42" = sext i32 %"bat1" to i64
  %".43" = sext i32 %"n" to i64
  %".44" = mul nsw i64 %".42", %".43"
  %".45" = sext i32 %"n" to i64
  %".46" = mul nsw i64 %".44", %".45"
  %".47" = sext i32 %"k4" to i64
  %".48" = add nsw i64 %".46", %".47"
  %".49" = getelementptr float, float* %"b1", i64 %".48"
  %".50" = load float, float* %".49"
  br label %"c6.head"
k4.done:
  br label %"c8.head"
c6.head:
  %"c6" = phi  i32 [0, %"k4.body"], [%".91", %"c6.body"]
  %".52" = icmp slt i32 %"c6", 16
  br i1 %".52", label %"c6.body", label %"c6.done"
c6.body:
  %".54" = sext i32 %"bat1" to i64
  %".55" = mul nsw i64 %".54", 16
  %".56" = add nsw i64 64, %".55"
  %".57" = sext i32 %"c6" to i64
  %".58" = add nsw i64 %".56", %".57"
  %".59" = sext i32 %"k4" to i64
  %".60" = mul nsw i64 %".59", 96
  %".61" = add nsw i64 %".58", %".60"
  %".62" = sext i32 %"t2" to i64
  %".63" = mul nsw i64 %".62", 16
  %".64" = add nsw i64 %".61", %".63"
  %".65" = getelementptr float, float* %"b2", i64 %".64"
  %".66" = load float, float* %".65"
  %".67" = sext i32 %"bat1" to i64
  %".68" = sext i32 %"n" to i64
  %".69" = mul nsw i64 %".67", %".68"
  %".70" = mul nsw i64 %".69", 16
  %".71" = sext i32 %"c6" to i64
  %".72" = add nsw i64 %".70", %".71"
  %".73" = sext i32 %"t2" to i64
  %".74" = mul nsw i64 %".73", 16
  %".75" = add nsw i64 %".72", %".74"
  %".76" = getelementptr float, float* %"b0", i64 %".75"
  %".77" = load float, float* %".76"
  %".78" = fmul reassoc contract float %".50", %".66"
  %".79" = fadd reassoc contract float %".77", %".78"
  %".80" = sext i32 %"bat1" to i64
  %".81" = sext i32 %"n" to i64
  %".82" = mul nsw i64 %".80", %".81"
  %".83" = mul nsw i64 %".82", 16
  %".84" = sext i32 %"c6" to i64
  %".85" = add nsw i64 %".83", %".84"
  %".86" = sext i32 %"t2" to i64
  %".87" = mul nsw i64 %".86", 16
  %".88" = add nsw i64 %".85", %".87"
  %".89" = getelementptr float, float* %"b0", i64 %".88"
  store float %".79", float* %".89"
  %".91" = add nsw i32 %"c6", 1
  br label %"c6.head"
c6.done:
  %".93" = add nsw i32 %"k4", 1
  br label %"k4.head"
c8.head:
  %"c8" = phi  i32 [0, %"k4.done"], [%".120", %"c8.body"]
  %".96" = icmp slt i32 %"c8", 16
  br i1 %".96", label %"c8.body", label %"c8.done"
c8.body:
  %".98" = sext i32 %"bat1" to i64
  %".99" = sext i32 %"n" to i64
  %".100" = mul nsw i64 %".98", %".99"
  %".101" = mul nsw i64 %".100", 16
  %".102" = sext i32 %"c8" to i64
  %".103" = add nsw i64 %".101", %".102"
  %".104" = sext i32 %"t2" to i64
  %".105" = mul nsw i64 %".104", 16
  %".106" = add nsw i64 %".103", %".105"
  %".107" = getelementptr float, float* %"b0", i64 %".106"
  %".108" = load float, float* %".107"
  %".109" = sext i32 %"bat1" to i64
  %".110" = sext i32 %"n" to i64
  %".111" = mul nsw i64 %".109", %".110"
  %".112" = mul nsw i64 %".111", 16
  %".113" = sext i32 %"c8" to i64
  %".114" = add nsw i64 %".112", %".113"
  %".115" = sext i32 %"t2" to i64
  %".116" = mul nsw i64 %".115", 16
  %".117" = add nsw i64 %".114", %".116"
  %".118" = getelementptr float, float* %"b0", i64 %".117"
  store float %".108", float* %".118"
  %".120" = add nsw i32 %"c8", 1
  br label %"c8.head"
c8.done:
  %".122" = add nsw i32 %"t2", 1
  br label %"t2.head"
then.1:
  %".127" = add i32 1, %"n"
  %".128" = sdiv i32 %".127", 2
  %".129" = mul i32 %".128", 4
  %".130" = sub i32 %"ncores", 1
  %".131" = add i32 %".129", %".130"
  %".132" = sdiv i32 %".131", %"ncores"
  %".133" = mul i32 %"core", %".132"
  %".134" = add i32 %".133", %".132"
  %".135" = icmp slt i32 %".134", %".129"
  %".136" = select  i1 %".135", i32 %".134", i32 %".129"
  br label %"t10.head"
endif.1:
  %".664" = add nsw i32 %"bat1", 1
  br label %"bat1.head"
t10.head:
  %"t10" = phi  i32 [%".133", %"then.1"], [%".661", %"endif.3"]
  %".138" = icmp slt i32 %"t10", %".136"
  br i1 %".138", label %"t10.body", label %"t10.done"
t10.body:
  %".140" = add i32 1, %"n"
  %".141" = sdiv i32 %".140", 2
  %".142" = srem i32 %"t10", %".141"
  %".143" = mul i32 %".142", 2
  %".144" = add i32 -1, %"n"
  %".145" = icmp slt i32 %".143", %".144"
  br i1 %".145", label %"then.2", label %"endif.2"
t10.done:
  br label %"endif.1"
then.2:
  store float              0x0, float* %"c11"
  store float              0x0, float* %"c12"
  store float              0x0, float* %"c13"
  store float              0x0, float* %"c14"
  store float              0x0, float* %"c15"
  store float              0x0, float* %"c16"
  store float              0x0, float* %"c17"
  store float              0x0, float* %"c18"
  br label %"k19.head"
endif.2:
  %".466" = add i32 1, %"n"
  %".467" = sdiv i32 %".466", 2
  %".468" = srem i32 %"t10", %".467"
  %".469" = mul i32 %".468", 2
  %".470" = add i32 -1, %"n"
  %".471" = icmp slt i32 %".469", %".470"
  %".472" = xor i1 %".471", 1
  br i1 %".472", label %"then.3", label %"endif.3"
k19.head:
  %"k19" = phi  i32 [0, %"then.2"], [%".288", %"k19.body"]
  %".156" = icmp slt i32 %"k19", %"n"
  br i1 %".156", label %"k19.body", label %"k19.done"
k19.body:
  %".158" = sext i32 %"bat1" to i64
  %".159" = sext i32 %"n" to i64
  %".160" = mul nsw i64 %".158", %".159"
  %".161" = sext i32 %"n" to i64
  %".162" = mul nsw i64 %".160", %".161"
  %".163" = sext i32 %"k19" to i64
  %".164" = add nsw i64 %".162", %".163"
  %".165" = sext i32 %"n" to i64
  %".166" = sext i32 %"t10" to i64
  %".167" = sext i32 %"n" to i64
  %".168" = add nsw i64 1, %".167"
  %".169" = sdiv i64 %".168", 2
  %".170" = srem i64 %".166", %".169"
  %".171" = mul nsw i64 %".165", %".170"
  %".172" = mul nsw i64 %".171", 2
  %".173" = add nsw i64 %".164", %".172"
  %".174" = getelementptr float, float* %"b1", i64 %".173"
  %".175" = load float, float* %".174"
  %".176" = sext i32 %"bat1" to i64
  %".177" = sext i32 %"n" to i64
  %".178" = mul nsw i64 %".176", %".177"
  %".179" = sext i32 %"n" to i64
  %".180" = mul nsw i64 %".178", %".179"
  %".181" = sext i32 %"k19" to i64
  %".182" = add nsw i64 %".180", %".181"
  %".183" = sext i32 %"n" to i64
  %".184" = add nsw i64 %".182", %".183"
  %".185" = sext i32 %"n" to i64
  %".186" = sext i32 %"t10" to i64
  %".187" = sext i32 %"n" to i64
  %".188" = add nsw i64 1, %".187"
  %".189" = sdiv i64 %".188", 2
  %".190" = srem i64 %".186", %".189"
  %".191" = mul nsw i64 %".185", %".190"
  %".192" = mul nsw i64 %".191", 2
  %".193" = add nsw i64 %".184", %".192"
  %".194" = getelementptr float, float* %"b1", i64 %".193"
  %".195" = load float, float* %".194"
  %".196" = sext i32 %"bat1" to i64
  %".197" = mul nsw i64 %".196", 16
  %".198" = add nsw i64 64, %".197"
  %".199" = sext i32 %"k19" to i64
  %".200" = mul nsw i64 %".199", 96
  %".201" = add nsw i64 %".198", %".200"
  %".202" = sext i32 %"t10" to i64
  %".203" = sext i32 %"n" to i64
  %".204" = add nsw i64 1, %".203"
  %".205" = sdiv i64 %".204", 2
  %".206" = sdiv i64 %".202", %".205"
  %".207" = mul nsw i64 %".206", 4
  %".208" = add nsw i64 %".201", %".207"
  %".209" = getelementptr float, float* %"b2", i64 %".208"
  %".210" = load float, float* %".209"
  %".211" = sext i32 %"bat1" to i64
  %".212" = mul nsw i64 %".211", 16
  %".213" = add nsw i64 65, %".212"
  %".214" = sext i32 %"k19" to i64
  %".215" = mul nsw i64 %".214", 96
  %".216" = add nsw i64 %".213", %".215"
  %".217" = sext i32 %"t10" to i64
  %".218" = sext i32 %"n" to i64
  %".219" = add nsw i64 1, %".218"
  %".220" = sdiv i64 %".219", 2
  %".221" = sdiv i64 %".217", %".220"
  %".222" = mul nsw i64 %".221", 4
  %".223" = add nsw i64 %".216", %".222"
  %".224" = getelementptr float, float* %"b2", i64 %".223"
  %".225" = load float, float* %".224"
  %".226" = sext i32 %"bat1" to i64
  %".227" = mul nsw i64 %".226", 16
  %".228" = add nsw i64 66, %".227"
  %".229" = sext i32 %"k19" to i64
  %".230" = mul nsw i64 %".229", 96
  %".231" = add nsw i64 %".228", %".230"
  %".232" = sext i32 %"t10" to i64
  %".233" = sext i32 %"n" to i64
  %".234" = add nsw i64 1, %".233"
  %".235" = sdiv i64 %".234", 2
  %".236" = sdiv i64 %".232", %".235"
  %".237" = mul nsw i64 %".236", 4
  %".238" = add nsw i64 %".231", %".237"
  %".239" = getelementptr float, float* %"b2", i64 %".238"
  %".240" = load float, float* %".239"
  %".241" = sext i32 %"bat1" to i64
  %".242" = mul nsw i64 %".241", 16
  %".243" = add nsw i64 67, %".242"
  %".244" = sext i32 %"k19" to i64
  %".245" = mul nsw i64 %".244", 96
  %".246" = add nsw i64 %".243", %".245"
  %".247" = sext i32 %"t10" to i64
  %".248" = sext i32 %"n" to i64
  %".249" = add nsw i64 1, %".248"
  %".250" = sdiv i64 %".249", 2
  %".251" = sdiv i64 %".247", %".250"
  %".252" = mul nsw i64 %".251", 4
  %".253" = add nsw i64 %".246", %".252"
  %".254" = getelementptr float, float* %"b2", i64 %".253"
  %".255" = load float, float* %".254"
  %".256" = load float, float* %"c11"
  %".257" = fmul reassoc contract float %".175", %".210"
  %".258" = fadd reassoc contract float %".256", %".257"
  store float %".258", float* %"c11"
  %".260" = load float, float* %"c12"
  %".261" = fmul reassoc contract float %".175", %".225"
  %".262" = fadd reassoc contract float %".260", %".261"
  store float %".262", float* %"c12"
  %".264" = load float, float* %"c13"
  %".265" = fmul reassoc contract float %".175", %".240"
  %".266" = fadd reassoc contract float %".264", %".265"
  store float %".266", float* %"c13"
  %".268" = load float, float* %"c14"
  %".269" = fmul reassoc contract float %".175", %".255"
  %".270" = fadd reassoc contract float %".268", %".269"
  store float %".270", float* %"c14"
  %".272" = load float, float* %"c15"
  %".273" = fmul reassoc contract float %".195", %".210"
  %".274" = fadd reassoc contract float %".272", %".273"
  store float %".274", float* %"c15"
  %".276" = load float, float* %"c16"
  %".277" = fmul reassoc contract float %".195", %".225"
  %".278" = fadd reassoc contract float %".276", %".277"
  store float %".278", float* %"c16"
  %".280" = load float, float* %"c17"
  %".281" = fmul reassoc contract float %".195", %".240"
  %".282" = fadd reassoc contract float %".280", %".281"
  store float %".282", float* %"c17"
  %".284" = load float, float* %"c18"
  %".285" = fmul reassoc contract float %".195", %".255"
  %".286" = fadd reassoc contract float %".284", %".285"
  store float %".286", float* %"c18"
  %".288" = add nsw i32 %"k19", 1
  br label %"k19.head", !llvm.loop !1
k19.done:
  %".290" = load float, float* %"c11"
  %".291" = sext i32 %"bat1" to i64
  %".292" = sext i32 %"n" to i64
  %".293" = mul nsw i64 %".291", %".292"
  %".294" = mul nsw i64 %".293", 16
  %".295" = sext i32 %"t10" to i64
  %".296" = sext i32 %"n" to i64
  %".297" = add nsw i64 1, %".296"
  %".298" = sdiv i64 %".297", 2
  %".299" = srem i64 %".295", %".298"
  %".300" = mul nsw i64 %".299", 32
  %".301" = add nsw i64 %".294", %".300"
  %".302" = sext i32 %"t10" to i64
  %".303" = sext i32 %"n" to i64
  %".304" = add nsw i64 1, %".303"
  %".305" = sdiv i64 %".304", 2
  %".306" = sdiv i64 %".302", %".305"
  %".307" = mul nsw i64 %".306", 4
  %".308" = add nsw i64 %".301", %".307"
  %".309" = getelementptr float, float* %"b0", i64 %".308"
  store float %".290", float* %".309"
  %".311" = load float, float* %"c12"
  %".312" = sext i32 %"bat1" to i64
  %".313" = sext i32 %"n" to i64
  %".314" = mul nsw i64 %".312", %".313"
  %".315" = mul nsw i64 %".314", 16
  %".316" = add nsw i64 1, %".315"
  %".317" = sext i32 %"t10" to i64
  %".318" = sext i32 %"n" to i64
  %".319" = add nsw i64 1, %".318"
  %".320" = sdiv i64 %".319", 2
  %".321" = srem i64 %".317", %".320"
  %".322" = mul nsw i64 %".321", 32
  %".323" = add nsw i64 %".316", %".322"
  %".324" = sext i32 %"t10" to i64
  %".325" = sext i32 %"n" to i64
  %".326" = add nsw i64 1, %".325"
  %".327" = sdiv i64 %".326", 2
  %".328" = sdiv i64 %".324", %".327"
  %".329" = mul nsw i64 %".328", 4
  %".330" = add nsw i64 %".323", %".329"
  %".331" = getelementptr float, float* %"b0", i64 %".330"
  store float %".311", float* %".331"
  %".333" = load float, float* %"c13"
  %".334" = sext i32 %"bat1" to i64
  %".335" = sext i32 %"n" to i64
  %".336" = mul nsw i64 %".334", %".335"
  %".337" = mul nsw i64 %".336", 16
  %".338" = add nsw i64 2, %".337"
  %".339" = sext i32 %"t10" to i64
  %".340" = sext i32 %"n" to i64
  %".341" = add nsw i64 1, %".340"
  %".342" = sdiv i64 %".341", 2
  %".343" = srem i64 %".339", %".342"
  %".344" = mul nsw i64 %".343", 32
  %".345" = add nsw i64 %".338", %".344"
  %".346" = sext i32 %"t10" to i64
  %".347" = sext i32 %"n" to i64
  %".348" = add nsw i64 1, %".347"
  %".349" = sdiv i64 %".348", 2
  %".350" = sdiv i64 %".346", %".349"
  %".351" = mul nsw i64 %".350", 4
  %".352" = add nsw i64 %".345", %".351"
  %".353" = getelementptr float, float* %"b0", i64 %".352"
  store float %".333", float* %".353"
  %".355" = load float, float* %"c14"
  %".356" = sext i32 %"bat1" to i64
  %".357" = sext i32 %"n" to i64
  %".358" = mul nsw i64 %".356", %".357"
  %".359" = mul nsw i64 %".358", 16
  %".360" = add nsw i64 3, %".359"
  %".361" = sext i32 %"t10" to i64
  %".362" = sext i32 %"n" to i64
  %".363" = add nsw i64 1, %".362"
  %".364" = sdiv i64 %".363", 2
  %".365" = srem i64 %".361", %".364"
  %".366" = mul nsw i64 %".365", 32
  %".367" = add nsw i64 %".360", %".366"
  %".368" = sext i32 %"t10" to i64
  %".369" = sext i32 %"n" to i64
  %".370" = add nsw i64 1, %".369"
  %".371" = sdiv i64 %".370", 2
  %".372" = sdiv i64 %".368", %".371"
  %".373" = mul nsw i64 %".372", 4
  %".374" = add nsw i64 %".367", %".373"
  %".375" = getelementptr float, float* %"b0", i64 %".374"
  store float %".355", float* %".375"
  %".377" = load float, float* %"c15"
  %".378" = sext i32 %"bat1" to i64
  %".379" = sext i32 %"n" to i64
  %".380" = mul nsw i64 %".378", %".379"
  %".381" = mul nsw i64 %".380", 16
  %".382" = add nsw i64 16, %".381"
  %".383" = sext i32 %"t10" to i64
  %".384" = sext i32 %"n" to i64
  %".385" = add nsw i64 1, %".384"
  %".386" = sdiv i64 %".385", 2
  %".387" = srem i64 %".383", %".386"
  %".388" = mul nsw i64 %".387", 32
  %".389" = add nsw i64 %".382", %".388"
  %".390" = sext i32 %"t10" to i64
  %".391" = sext i32 %"n" to i64
  %".392" = add nsw i64 1, %".391"
  %".393" = sdiv i64 %".392", 2
  %".394" = sdiv i64 %".390", %".393"
  %".395" = mul nsw i64 %".394", 4
  %".396" = add nsw i64 %".389", %".395"
  %".397" = getelementptr float, float* %"b0", i64 %".396"
  store float %".377", float* %".397"
  %".399" = load float, float* %"c16"
  %".400" = sext i32 %"bat1" to i64
  %".401" = sext i32 %"n" to i64
  %".402" = mul nsw i64 %".400", %".401"
  %".403" = mul nsw i64 %".402", 16
  %".404" = add nsw i64 17, %".403"
  %".405" = sext i32 %"t10" to i64
  %".406" = sext i32 %"n" to i64
  %".407" = add nsw i64 1, %".406"
  %".408" = sdiv i64 %".407", 2
  %".409" = srem i64 %".405", %".408"
  %".410" = mul nsw i64 %".409", 32
  %".411" = add nsw i64 %".404", %".410"
  %".412" = sext i32 %"t10" to i64
  %".413" = sext i32 %"n" to i64
  %".414" = add nsw i64 1, %".413"
  %".415" = sdiv i64 %".414", 2
  %".416" = sdiv i64 %".412", %".415"
  %".417" = mul nsw i64 %".416", 4
  %".418" = add nsw i64 %".411", %".417"
  %".419" = getelementptr float, float* %"b0", i64 %".418"
  store float %".399", float* %".419"
  %".421" = load float, float* %"c17"
  %".422" = sext i32 %"bat1" to i64
  %".423" = sext i32 %"n" to i64
  %".424" = mul nsw i64 %".422", %".423"
  %".425" = mul nsw i64 %".424", 16
  %".426" = add nsw i64 18, %".425"
  %".427" = sext i32 %"t10" to i64
  %".428" = sext i32 %"n" to i64
  %".429" = add nsw i64 1, %".428"
  %".430" = sdiv i64 %".429", 2
  %".431" = srem i64 %".427", %".430"
  %".432" = mul nsw i64 %".431", 32
  %".433" = add nsw i64 %".426", %".432"
  %".434" = sext i32 %"t10" to i64
  %".435" = sext i32 %"n" to i64
  %".436" = add nsw i64 1, %".435"
  %".437" = sdiv i64 %".436", 2
  %".438" = sdiv i64 %".434", %".437"
  %".439" = mul nsw i64 %".438", 4
  %".440" = add nsw i64 %".433", %".439"
  %".441" = getelementptr float, float* %"b0", i64 %".440"
  store float %".421", float* %".441"
  %".443" = load float, float* %"c18"
  %".444" = sext i32 %"bat1" to i64
  %".445" = sext i32 %"n" to i64
  %".446" = mul nsw i64 %".444", %".445"
  %".447" = mul nsw i64 %".446", 16
  %".448" = add nsw i64 19, %".447"
  %".449" = sext i32 %"t10" to i64
  %".450" = sext i32 %"n" to i64
  %".451" = add nsw i64 1, %".450"
  %".452" = sdiv i64 %".451", 2
  %".453" = srem i64 %".449", %".452"
  %".454" = mul nsw i64 %".453", 32
  %".455" = add nsw i64 %".448", %".454"
  %".456" = sext i32 %"t10" to i64
  %".457" = sext i32 %"n" to i64
  %".458" = add nsw i64 1, %".457"
  %".459" = sdiv i64 %".458", 2
  %".460" = sdiv i64 %".456", %".459"
  %".461" = mul nsw i64 %".460", 4
  %".462" = add nsw i64 %".455", %".461"
  %".463" = getelementptr float, float* %"b0", i64 %".462"
  store float %".443", float* %".463"
  br label %"endif.2"
then.3:
  %".474" = add i32 1, %"n"
  %".475" = sdiv i32 %".474", 2
  %".476" = srem i32 %"t10", %".475"
  %".477" = mul i32 %".476", 2
  %".478" = add i32 1, %"n"
  %".479" = sdiv i32 %".478", 2
  %".480" = srem i32 %"t10", %".479"
  %".481" = mul i32 %".480", 2
  %".482" = add i32 2, %".481"
  br label %"r26.head"
endif.3:
  %".661" = add nsw i32 %"t10", 1
  br label %"t10.head"
r26.head:
  %"r26" = phi  i32 [%".477", %"then.3"], [%".658", %"endif.4"]
  %".484" = icmp slt i32 %"r26", %".482"
  br i1 %".484", label %"r26.body", label %"r26.done"
r26.body:
  %".486" = icmp slt i32 %"r26", %"n"
  br i1 %".486", label %"then.4", label %"endif.4"
r26.done:
  br label %"endif.3"
then.4:
  store float              0x0, float* %"c27"
  store float              0x0, float* %"c28"
  store float              0x0, float* %"c29"
  store float              0x0, float* %"c30"
  br label %"k31.head"
endif.4:
  %".658" = add nsw i32 %"r26", 1
  br label %"r26.head"
k31.head:
  %"k31" = phi  i32 [0, %"then.4"], [%".584", %"k31.body"]
  %".493" = icmp slt i32 %"k31", %"n"
  br i1 %".493", label %"k31.body", label %"k31.done"
k31.body:
  %".495" = sext i32 %"bat1" to i64
  %".496" = sext i32 %"n" to i64
  %".497" = mul nsw i64 %".495", %".496"
  %".498" = sext i32 %"n" to i64
  %".499" = mul nsw i64 %".497", %".498"
  %".500" = sext i32 %"k31" to i64
  %".501" = add nsw i64 %".499", %".500"
  %".502" = sext i32 %"n" to i64
  %".503" = sext i32 %"r26" to i64
  %".504" = mul nsw i64 %".502", %".503"
  %".505" = add nsw i64 %".501", %".504"
  %".506" = getelementptr float, float* %"b1", i64 %".505"
  %".507" = load float, float* %".506"
  %".508" = sext i32 %"bat1" to i64
  %".509" = mul nsw i64 %".508", 16
  %".510" = add nsw i64 64, %".509"
  %".511" = sext i32 %"k31" to i64
  %".512" = mul nsw i64 %".511", 96
  %".513" = add nsw i64 %".510", %".512"
  %".514" = sext i32 %"t10" to i64
  %".515" = sext i32 %"n" to i64
  %".516" = add nsw i64 1, %".515"
  %".517" = sdiv i64 %".516", 2
  %".518" = sdiv i64 %".514", %".517"
  %".519" = mul nsw i64 %".518", 4
  %".520" = add nsw i64 %".513", %".519"
  %".521" = getelementptr float, float* %"b2", i64 %".520"
  %".522" = load float, float* %".521"
  %".523" = sext i32 %"bat1" to i64
  %".524" = mul nsw i64 %".523", 16
  %".525" = add nsw i64 65, %".524"
  %".526" = sext i32 %"k31" to i64
  %".527" = mul nsw i64 %".526", 96
  %".528" = add nsw i64 %".525", %".527"
  %".529" = sext i32 %"t10" to i64
  %".530" = sext i32 %"n" to i64
  %".531" = add nsw i64 1, %".530"
  %".532" = sdiv i64 %".531", 2
  %".533" = sdiv i64 %".529", %".532"
  %".534" = mul nsw i64 %".533", 4
  %".535" = add nsw i64 %".528", %".534"
  %".536" = getelementptr float, float* %"b2", i64 %".535"
  %".537" = load float, float* %".536"
  %".538" = sext i32 %"bat1" to i64
  %".539" = mul nsw i64 %".538", 16
  %".540" = add nsw i64 66, %".539"
  %".541" = sext i32 %"k31" to i64
  %".542" = mul nsw i64 %".541", 96
  %".543" = add nsw i64 %".540", %".542"
  %".544" = sext i32 %"t10" to i64
  %".545" = sext i32 %"n" to i64
  %".546" = add nsw i64 1, %".545"
  %".547" = sdiv i64 %".546", 2
  %".548" = sdiv i64 %".544", %".547"
  %".549" = mul nsw i64 %".548", 4
  %".550" = add nsw i64 %".543", %".549"
  %".551" = getelementptr float, float* %"b2", i64 %".550"
  %".552" = load float, float* %".551"
  %".553" = sext i32 %"bat1" to i64
  %".554" = mul nsw i64 %".553", 16
  %".555" = add nsw i64 67, %".554"
  %".556" = sext i32 %"k31" to i64
  %".557" = mul nsw i64 %".556", 96
  %".558" = add nsw i64 %".555", %".557"
  %".559" = sext i32 %"t10" to i64
  %".560" = sext i32 %"n" to i64
  %".561" = add nsw i64 1, %".560"
  %".562" = sdiv i64 %".561", 2
  %".563" = sdiv i64 %".559", %".562"
  %".564" = mul nsw i64 %".563", 4
  %".565" = add nsw i64 %".558", %".564"
  %".566" = getelementptr float, float* %"b2", i64 %".565"
  %".567" = load float, float* %".566"
  %".568" = load float, float* %"c27"
  %".569" = fmul reassoc contract float %".507", %".522"
  %".570" = fadd reassoc contract float %".568", %".569"
  store float %".570", float* %"c27"
  %".572" = load float, float* %"c28"
  %".573" = fmul reassoc contract float %".507", %".537"
  %".574" = fadd reassoc contract float %".572", %".573"
  store float %".574", float* %"c28"
  %".576" = load float, float* %"c29"
  %".577" = fmul reassoc contract float %".507", %".552"
  %".578" = fadd reassoc contract float %".576", %".577"
  store float %".578", float* %"c29"
  %".580" = load float, float* %"c30"
  %".581" = fmul reassoc contract float %".507", %".567"
  %".582" = fadd reassoc contract float %".580", %".581"
  store float %".582", float* %"c30"
  %".584" = add nsw i32 %"k31", 1
  br label %"k31.head", !llvm.loop !2
k31.done:
  %".586" = load float, float* %"c27"
  %".587" = sext i32 %"bat1" to i64
  %".588" = sext i32 %"n" to i64
  %".589" = mul nsw i64 %".587", %".588"
  %".590" = mul nsw i64 %".589", 16
  %".591" = sext i32 %"r26" to i64
  %".592" = mul nsw i64 %".591", 16
  %".593" = add nsw i64 %".590", %".592"
  %".594" = sext i32 %"t10" to i64
  %".595" = sext i32 %"n" to i64
  %".596" = add nsw i64 1, %".595"
  %".597" = sdiv i64 %".596", 2
  %".598" = sdiv i64 %".594", %".597"
  %".599" = mul nsw i64 %".598", 4
  %".600" = add nsw i64 %".593", %".599"
  %".601" = getelementptr float, float* %"b0", i64 %".600"
  store float %".586", float* %".601"
  %".603" = load float, float* %"c28"
  %".604" = sext i32 %"bat1" to i64
  %".605" = sext i32 %"n" to i64
  %".606" = mul nsw i64 %".604", %".605"
  %".607" = mul nsw i64 %".606", 16
  %".608" = add nsw i64 1, %".607"
  %".609" = sext i32 %"r26" to i64
  %".610" = mul nsw i64 %".609", 16
  %".611" = add nsw i64 %".608", %".610"
  %".612" = sext i32 %"t10" to i64
  %".613" = sext i32 %"n" to i64
  %".614" = add nsw i64 1, %".613"
  %".615" = sdiv i64 %".614", 2
  %".616" = sdiv i64 %".612", %".615"
  %".617" = mul nsw i64 %".616", 4
  %".618" = add nsw i64 %".611", %".617"
  %".619" = getelementptr float, float* %"b0", i64 %".618"
  store float %".603", float* %".619"
  %".621" = load float, float* %"c29"
  %".622" = sext i32 %"bat1" to i64
  %".623" = sext i32 %"n" to i64
  %".624" = mul nsw i64 %".622", %".623"
  %".625" = mul nsw i64 %".624", 16
  %".626" = add nsw i64 2, %".625"
  %".627" = sext i32 %"r26" to i64
  %".628" = mul nsw i64 %".627", 16
  %".629" = add nsw i64 %".626", %".628"
  %".630" = sext i32 %"t10" to i64
  %".631" = sext i32 %"n" to i64
  %".632" = add nsw i64 1, %".631"
  %".633" = sdiv i64 %".632", 2
  %".634" = sdiv i64 %".630", %".633"
  %".635" = mul nsw i64 %".634", 4
  %".636" = add nsw i64 %".629", %".635"
  %".637" = getelementptr float, float* %"b0", i64 %".636"
  store float %".621", float* %".637"
  %".639" = load float, float* %"c30"
  %".640" = sext i32 %"bat1" to i64
  %".641" = sext i32 %"n" to i64
  %".642" = mul nsw i64 %".640", %".641"
  %".643" = mul nsw i64 %".642", 16
  %".644" = add nsw i64 3, %".643"
  %".645" = sext i32 %"r26" to i64
  %".646" = mul nsw i64 %".645", 16
  %".647" = add nsw i64 %".644", %".646"
  %".648" = sext i32 %"t10" to i64
  %".649" = sext i32 %"n" to i64
  %".650" = add nsw i64 1, %".649"
  %".651" = sdiv i64 %".650", 2
  %".652" = sdiv i64 %".648", %".651"
  %".653" = mul nsw i64 %".652", 4
  %".654" = add nsw i64 %".647", %".653"
  %".655" = getelementptr float, float* %"b0", i64 %".654"
  store float %".639", float* %".655"
  br label %"endif.4"
}

!0 = !{ !"llvm.loop.vectorize.enable", i1 0 }
!1 = !{ !1, !0 }
!2 = !{ !2, !0 }
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