; ModuleID = "r_n_32"
target triple = "unknown-unknown-unknown"
target datalayout = ""

define void @"r_n_32"(float* noalias %"b0", float* noalias %"b1", float* noalias %"b2", i32 %"n", i32 %"core", i32 %"ncores")
{
entry:
  %"c10" = alloca float
  %"c11" = alloca float
  %"c12" = alloca float
  %"c13" = alloca float
  %"c14" = alloca float
  %"c15" = alloca float
  %"c16" = alloca float
  %"c17" = alloca float
  %"c26" = alloca float
  %"c27" = alloca float
  %"c28" = alloca float
  %"c29" = alloca float
  br label %"body"
body:
  %".8" = icmp slt i32 %"n", 2
  br i1 %".8", label %"then", label %"endif"
then:
  %".10" = sub i32 %"ncores", 1
  %".11" = add i32 2, %".10"
  %".12" = sdiv i32 %".11", %"ncores"
  %".13" = mul i32 %"core", %".12"
  %".14" = add i32 %".13", %".12"
  %".15" = icmp slt i32 %".14", 2
  %".16" = select  i1 %".15", i32 %".14", i32 2
  br label %"t1.head"
endif:
  %".87" = icmp sle i32 2, %"n"
  br i1 %".87", label %"then.1", label %"endif.1"
t1.head:
  %"t1" = phi  i32 [%".13", %"then"], [%".84", %"c7.done"]
  %".18" = icmp slt i32 %"t1", %".16"
  br i1 %".18", label %"t1.body", label %"t1.done"
t1.body:
  br label %"c2.head"
t1.done:
  br label %"endif"
c2.head:
  %"c2" = phi  i32 [0, %"t1.body"], [%".29", %"c2.body"]
  %".21" = icmp slt i32 %"c2", 16
  br i1 %".21", label %"c2.body", label %"c2.done"
c2.body:
  %".23" = sext i32 %"c2" to i64
  %".24" = sext i32 %"t1" to i64
  %".25" = mul nsw i64 %".24", 16
  %".26" = add nsw i64 %".23", %".25"
  %".27" = getelementptr float, float* %"b0", i64 %".26"
  store float              0x0, float* %".27"
  %".29" = add nsw i32 %"c2", 1
  br label %"c2.head"
c2.done:
  br label %"k3.head"
k3.head:
  %"k3" = phi  i32 [0, %"c2.done"], [%".65", %"c5.done"]
  %".32" = icmp slt i32 %"k3", 64
  br i1 %".32", label %"k3.body", label %"k3.done"
k3.body:
  %".34" = sext i32 %"k3" to i64
  %".35" = getelementptr float, float* %"b1", i64 %".34"
  %".36" = load float, float* %".35"
  br label %"c5.head"
k3.done:
  br label %"c7.head"
c5.head:
  %"c5" = phi  i32 [0, %"k3.body"], [%".63", %"c5.body"]
  %".38" = icmp slt i32 %"c5", 16
  br i1 %".38", label %"c5.body", label %"c5.done"
c5.body:
  %".40" = sext i32 %"c5" to i64
  %".41" = sext i32 %"k3" to i64
  %".42" = mul nsw i64 %".41", 32
  %".43" = add nsw i64 %".40", %".42"
  %".44" = sext i32 %"t1" to i64
  %".45" = mul nsw i64 %".44", 16
  %".46" = add nsw i64 %".43", %".45"
  %".47" = getelementptr float, float* %"b2", i64 %".46"
  %".48" = load float, float* %".47"
  %".49" = sext i32 %"c5" to i64
  %".50" = sext i32 %"t1" to i64
  %".51" = mul nsw i64 %".50", 16
  %".52" = add nsw i64 %".49", %".51"
  %".53" = getelementptr float, float* %"b0", i64 %".52"
  %".54" = load float, float* %".53"
  %".55" = fmul reassoc contract float %".36", %".48"
  %".56" = fadd reassoc contract float %".54", %".55"
  %".57" = sext i32 %"c5" to i64
  %".58" = sext i32 %"t1" to i64
  %".59" = mul nsw i64 %".58", 16
  %".60" = add nsw i64 %".57", %".59"
  %".61" = getelementptr float, float* %"b0", i64 %".60"
  store float %".56", float* %".61"
  %".63" = add nsw i32 %"c5", 1
  br label %"c5.head"
c5.done:
  %".65" = add nsw i32 %"k3", 1
  br label %"k3.head"
c7.head:
  %"c7" = phi  i32 [0, %"k3.done"], [%".82", %"c7.body"]
  %".68" = icmp slt i32 %"c7", 16
  br i1 %".68", label %"c7.body", label %"c7.done"
c7.body:
  %".70" = sext i32 %"c7" to i64
  %".71" = sext i32 %"t1" to i64
  %".72" = mul nsw i64 %".71", 16
  %".73" = add nsw i64 %".70", %".72"
  %".74" = getelementptr float, float* %"b0", i64 %".73"
  %".75" = load float, float* %".74"
  %".76" = sext i32 %"c7" to i64
  %".77" = sext i32 %"t1" to i64
  %".78" = mul nsw i64 %".77", 16
  %".79" = add nsw i64 %".76", %".78"
  %".80" = getelementptr float, float* %"b0", i64 %".79"
  store float %".75", float* %".80"
  %".82" = add nsw i32 %"c7", 1
  br label %"c7.head"
c7.done:
  %".84" = add nsw i32 %"t1", 1
  br label %"t1.head"
then.1:
  %".89" = add i32 1, %"n"
  %".90" = sdiv i32 %".89", 2
  %".91" = mul i32 %".90", 8
  %".92" = sub i32 %"ncores", 1
  %".93" = add i32 %".91", %".92"
  %".94" = sdiv i32 %".93", %"ncores"
  %".95" = mul i32 %"core", %".94"
  %".96" = add i32 %".95", %".94"
  %".97" = icmp slt i32 %".96", %".91"
  %".98" = select  i1 %".97", i32 %".96", i32 %".91"
  br label %"t9.head"
endif.1:
  ret void
t9.head:
  %"t9" = phi  i32 [%".95", %"then.1"], [%".513", %"endif.3"]
  %".100" = icmp slt i32 %"t9", %".98"
  br i1 %".100", label %"t9.body", label %"t9.done"
t9.body:
  %".102" = add i32 1, %"n"
  %".103" = sdiv i32 %".102", 2
  %".104" = srem i32 %"t9", %".103"
  %".105" = mul i32 %".104", 2
  %".106" = add i32 -1, %"n"
  %".107" = icmp slt i32 %".105", %".106"
  br i1 %".107", label %"then.2", label %"endif.2"
t9.done:
  br label %"endif.1"
then.2:
  store float              0x0, float* %"c10"
  store float              0x0, float* %"c11"
  store float              0x0, float* %"c12"
  store float              0x0, float* %"c13"
  store float              0x0, float* %"c14"
  store float              0x0, float* %"c15"
  store float              0x0, float* %"c16"
  store float              0x0, float* %"c17"
  br label %"k18.head"
endif.2:
  %".358" = add i32 1, %"n"
  %".359" = sdiv i32 %".358", 2
  %".360" = srem i32 %"t9", %".359"
  %".361" = mul i32 %".360", 2
  %".362" = add i32 -1, %"n"
  %".363" = icmp slt i32 %".361", %".362"
  %".364" = xor i1 %".363", 1
  br i1 %".364", label %"then.3", label %"endif.3"
k18.head:
  %"k18" = phi  i32 [0, %"then.2"], [%".220", %"k18.body"]
  %".118" = icmp slt i32 %"k18", 64
  br i1 %".118", label %"k18.body", label %"k18.done"
k18.body:
  %".120" = sext i32 %"k18" to i64
  %".121" = sext i32 %"t9" to i64
  %".122" = sext i32 %"n" to i64
  %".123" = add nsw i64 1, %".122"
  %".124" = sdiv i64 %".123", 2
  %".125" = srem i64 %".121", %".124"
  %".126" = mul nsw i64 %".125", 128
  %".127" = add nsw i64 %".120", %".126"
  %".128" = getelementptr float, float* %"b1", i64 %".127"
  %".129" = load float, float* %".128"
  %".130" = sext i32 %"k18" to i64
  %".131" = add nsw i64 64, %".130"
  %".132" = sext i32 %"t9" to i64
  %".133" = sext i32 %"n" to i64
  %".134" = add nsw i64 1, %".133"
  %".135" = sdiv i64 %".134", 2
  %".136" = srem i64 %".132", %".135"
  %".137" = mul nsw i64 %".136", 128
  %".138" = add nsw i64 %".131", %".137"
  %".139" = getelementptr float, float* %"b1", i64 %".138"
  %".140" = load float, float* %".139"
  %".141" = sext i32 %"k18" to i64
  %".142" = mul nsw i64 %".141", 32
  %".143" = sext i32 %"t9" to i64
  %".144" = sext i32 %"n" to i64
  %".145" = add nsw i64 1, %".144"
  %".146" = sdiv i64 %".145", 2
  %".147" = sdiv i64 %".143", %".146"
  %".148" = mul nsw i64 %".147", 4
  %".149" = add nsw i64 %".142", %".148"
  %".150" = getelementptr float, float* %"b2", i64 %".149"
  %".151" = load float, float* %".150"
  %".152" = sext i32 %"k18" to i64
  %".153" = mul nsw i64 %".152", 32
  %".154" = add nsw i64 1, %".153"
  %".155" = sext i32 %"t9" to i64
  %".156" = sext i32 %"n" to i64
  %".157" = add nsw i64 1, %".156"
  %".158" = sdiv i64 %".157", 2
  %".159" = sdiv i64 %".155", %".158"
  %".160" = mul nsw i64 %".159", 4
  %".161" = add nsw i64 %".154", %".160"
  %".162" = getelementptr float, float* %"b2", i64 %".161"
  %".163" = load float, float* %".162"
  %".164" = sext i32 %"k18" to i64
  %".165" = mul nsw i64 %".164", 32
  %".166" = add nsw i64 2, %".165"
  %".167" = sext i32 %"t9" to i64
  %".168" = sext i32 %"n" to i64
  %".169" = add nsw i64 1, %".168"
  %".170" = sdiv i64 %".169", 2
  %".171" = sdiv i64 %".167", %".170"
  %".172" = mul nsw i64 %".171", 4
  %".173" = add nsw i64 %".166", %".172"
  %".174" = getelementptr float, float* %"b2", i64 %".173"
  %".175" = load float, float* %".174"
  %".176" = sext i32 %"k18" to i64
  %".177" = mul nsw i64 %".176", 32
  %".178" = add nsw i64 3, %".177"
  %".179" = sext i32 %"t9" to i64
  %".180" = sext i32 %"n" to i64
  %".181" = add nsw i64 1, %".180"
  %".182" = sdiv i64 %".181", 2
  %".183" = sdiv i64 %".179", %".182"
  %".184" = mul nsw i64 %".183", 4
  %".185" = add nsw i64 %".178", %".184"
  %".186" = getelementptr float, float* %"b2", i64 %".185"
  %".187" = load float, float* %".186"
  %".188" = load float, float* %"c10"
  %".189" = fmul reassoc contract float %".129", %".151"
  %".190" = fadd reassoc contract float %".188", %".189"
  store float %".190", float* %"c10"
  %".192" = load float, float* %"c11"
  %".193" = fmul reassoc contract float %".129", %".163"
  %".194" = fadd reassoc contract float %".192", %".193"
  store float %".194", float* %"c11"
  %".196" = load float, float* %"c12"
  %".197" = fmul reassoc contract float %".129", %".175"
  %".198" = fadd reassoc contract float %".196", %".197"
  store float %".198", float* %"c12"
  %".200" = load float, float* %"c13"
  %".201" = fmul reassoc contract float %".129", %".187"
  %".202" = fadd reassoc contract float %".200", %".201"
  store float %".202", float* %"c13"
  %".204" = load float, float* %"c14"
  %".205" = fmul reassoc contract float %".140", %".151"
  %".206" = fadd reassoc contract float %".204", %".205"
  store float %".206", float* %"c14"
  %".208" = load float, float* %"c15"
  %".209" = fmul reassoc contract float %".140", %".163"
  %".210" = fadd reassoc contract float %".208", %".209"
  store float %".210", float* %"c15"
  %".212" = load float, float* %"c16"
  %".213" = fmul reassoc contract float %".140", %".175"
  %".214" = fadd reassoc contract float %".212", %".213"
  store float %".214", float* %"c16"
  %".216" = load float, float* %"c17"
  %".217" = fmul reassoc contract float %".140", %".187"
  %".218" = fadd reassoc contract float %".216", %".217"
  store float %".218", float* %"c17"
  %".220" = add nsw i32 %"k18", 1
  br label %"k18.head", !llvm.loop !1
k18.done:
  %".222" = load float, float* %"c10"
  %".223" = sext i32 %"t9" to i64
  %".224" = sext i32 %"n" to i64
  %".225" = add nsw i64 1, %".224"
  %".226" = sdiv i64 %".225", 2
  %".227" = srem i64 %".223", %".226"
  %".228" = mul nsw i64 %".227", 64
  %".229" = sext i32 %"t9" to i64
  %".230" = sext i32 %"n" to i64
  %".231" = add nsw i64 1, %".230"
  %".232" = sdiv i64 %".231", 2
  %".233" = sdiv i64 %".229", %".232"
  %".234" = mul nsw i64 %".233", 4
  %".235" = add nsw i64 %".228", %".234"
  %".236" = getelementptr float, float* %"b0", i64 %".235"
  store float %".222", float* %".236"
  %".238" = load float, float* %"c11"
  %".239" = sext i32 %"t9" to i64
  %".240" = sext i32 %"n" to i64
  %".241" = add nsw i64 1, %".240"
  %".242" = sdiv i64 %".241", 2
  %".243" = srem i64 %".239", %".242"
  %".244" = mul nsw i64 %".243", 64
  %".245" = add nsw i64 1, %".244"
  %".246" = sext i32 %"t9" to i64
  %".247" = sext i32 %"n" to i64
  %".248" = add nsw i64 1, %".247"
  %".249" = sdiv i64 %".248", 2
  %".250" = sdiv i64 %".246", %".249"
  %".251" = mul nsw i64 %".250", 4
  %".252" = add nsw i64 %".245", %".251"
  %".253" = getelementptr float, float* %"b0", i64 %".252"
  store float %".238", float* %".253"
  %".255" = load float, float* %"c12"
  %".256" = sext i32 %"t9" to i64
  %".257" = sext i32 %"n" to i64
  %".258" = add nsw i64 1, %".257"
  %".259" = sdiv i64 %".258", 2
  %".260" = srem i64 %".256", %".259"
  %".261" = mul nsw i64 %".260", 64
  %".262" = add nsw i64 2, %".261"
  %".263" = sext i32 %"t9" to i64
  %".264" = sext i32 %"n" to i64
  %".265" = add nsw i64 1, %".264"
  %".266" = sdiv i64 %".265", 2
  %".267" = sdiv i64 %".263", %".266"
  %".268" = mul nsw i64 %".267", 4
  %".269" = add nsw i64 %".262", %".268"
  %".270" = getelementptr float, float* %"b0", i64 %".269"
  store float %".255", float* %".270"
  %".272" = load float, float* %"c13"
  %".273" = sext i32 %"t9" to i64
  %".274" = sext i32 %"n" to i64
  %".275" = add nsw i64 1, %".274"
  %".276" = sdiv i64 %".275", 2
  %".277" = srem i64 %".273", %".276"
  %".278" = mul nsw i64 %".277", 64
  %".279" = add nsw i64 3, %".278"
  %".280" = sext i32 %"t9" to i64
  %".281" = sext i32 %"n" to i64
  %".282" = add nsw i64 1, %".281"
  %".283" = sdiv i64 %".282", 2
  %".284" = sdiv i64 %".280", %".283"
  %".285" = mul nsw i64 %".284", 4
  %".286" = add nsw i64 %".279", %".285"
  %".287" = getelementptr float, float* %"b0", i64 %".286"
  store float %".272", float* %".287"
  %".289" = load float, float* %"c14"
  %".290" = sext i32 %"t9" to i64
  %".291" = sext i32 %"n" to i64
  %".292" = add nsw i64 1, %".291"
  %".293" = sdiv i64 %".292", 2
  %".294" = srem i64 %".290", %".293"
  %".295" = mul nsw i64 %".294", 64
  %".296" = add nsw i64 32, %".295"
  %".297" = sext i32 %"t9" to i64
  %".298" = sext i32 %"n" to i64
  %".299" = add nsw i64 1, %".298"
  %".300" = sdiv i64 %".299", 2
  %".301" = sdiv i64 %".297", %".300"
  %".302" = mul nsw i64 %".301", 4
  %".303" = add nsw i64 %".296", %".302"
  %".304" = getelementptr float, float* %"b0", i64 %".303"
  store float %".289", float* %".304"
  %".306" = load float, float* %"c15"
  %".307" = sext i32 %"t9" to i64
  %".308" = sext i32 %"n" to i64
  %".309" = add nsw i64 1, %".308"
  %".310" = sdiv i64 %".309", 2
  %".311" = srem i64 %".307", %".310"
  %".312" = mul nsw i64 %".311", 64
  %".313" = add nsw i64 33, %".312"
  %".314" = sext i32 %"t9" to i64
  %".315" = sext i32 %"n" to i64
  %".316" = add nsw i64 1, %".315"
  %".317" = sdiv i64 %".316", 2
  %".318" = sdiv i64 %".314", %".317"
  %".319" = mul nsw i64 %".318", 4
  %".320" = add nsw i64 %".313", %".319"
  %".321" = getelementptr float, float* %"b0", i64 %".320"
  store float %".306", float* %".321"
  %".323" = load float, float* %"c16"
  %".324" = sext i32 %"t9" to i64
  %".325" = sext i32 %"n" to i64
  %".326" = add nsw i64 1, %".325"
  %".327" = sdiv i64 %".326", 2
  %".328" = srem i64 %".324", %".327"
  %".329" = mul nsw i64 %".328", 64
  %".330" = add nsw i64 34, %".329"
  %".331" = sext i32 %"t9" to i64
  %".332" = sext i32 %"n" to i64
  %".333" = add nsw i64 1, %".332"
  %".334" = sdiv i64 %".333", 2
  %".335" = sdiv i64 %".331", %".334"
  %".336" = mul nsw i64 %".335", 4
  %".337" = add nsw i64 %".330", %".336"
  %".338" = getelementptr float, float* %"b0", i64 %".337"
  store float %".323", float* %".338"
  %".340" = load float, float* %"c17"
  %".341" = sext i32 %"t9" to i64
  %".342" = sext i32 %"n" to i64
  %".343" = add nsw i64 1, %".342"
  %".344" = sdiv i64 %".343", 2
  %".345" = srem i64 %".341", %".344"
  %".346" = mul nsw i64 %".345", 64
  %".347" = add nsw i64 35, %".346"
  %".348" = sext i32 %"t9" to i64
  %".349" = sext i32 %"n" to i64
  %".350" = add nsw i64 1, %".349"
  %".351" = sdiv i64 %".350", 2
  %".352" = sdiv i64 %".348", %".351"
  %".353" = mul nsw i64 %".352", 4
  %".354" = add nsw i64 %".347", %".353"
  %".355" = getelementptr float, float* %"b0", i64 %".354"
  store float %".340", float* %".355"
  br label %"endif.2"
then.3:
  %".366" = add i32 1, %"n"
  %".367" = sdiv i32 %".366", 2
  %".368" = srem i32 %"t9", %".367"
  %".369" = mul i32 %".368", 2
  %".370" = add i32 1, %"n"
  %".371" = sdiv i32 %".370", 2
  %".372" = srem i32 %"t9", %".371"
  %".373" = mul i32 %".372", 2
  %".374" = add i32 2, %".373"
  br label %"r25.head"
endif.3:
  %".513" = add nsw i32 %"t9", 1
  br label %"t9.head"
r25.head:
  %"r25" = phi  i32 [%".369", %"then.3"], [%".510", %"endif.4"]
  %".376" = icmp slt i32 %"r25", %".374"
  br i1 %".376", label %"r25.body", label %"r25.done"
r25.body:
  %".378" = icmp slt i32 %"r25", %"n"
  br i1 %".378", label %"then.4", label %"endif.4"
r25.done:
  br label %"endif.3"
then.4:
  store float              0x0, float* %"c26"
  store float              0x0, float* %"c27"
  store float              0x0, float* %"c28"
  store float              0x0, float* %"c29"
  br label %"k30.head"
endif.4:
  %".510" = add nsw i32 %"r25", 1
  br label %"r25.head"
k30.head:
  %"k30" = phi  i32 [0, %"then.4"], [%".456", %"k30.body"]
  %".385" = icmp slt i32 %"k30", 64
  br i1 %".385", label %"k30.body", label %"k30.done"
k30.body:
  %".387" = sext i32 %"k30" to i64
  %".388" = sext i32 %"r25" to i64
  %".389" = mul nsw i64 %".388", 64
  %".390" = add nsw i64 %".387", %".389"
  %".391" = getelementptr float, float* %"b1", i64 %".390"
  %".392" = load float, float* %".391"
  %".393" = sext i32 %"k30" to i64
  %".394" = mul nsw i64 %".393", 32
  %".395" = sext i32 %"t9" to i64
  %".396" = sext i32 %"n" to i64
  %".397" = add nsw i64 1, %".396"
  %".398" = sdiv i64 %".397", 2
  %".399" = sdiv i64 %".395", %".398"
  %".400" = mul nsw i64 %".399", 4
  %".401" = add nsw i64 %".394", %".400"
  %".402" = getelementptr float, float* %"b2", i64 %".401"
  %".403" = load float, float* %".402"
  %".404" = sext i32 %"k30" to i64
  %".405" = mul nsw i64 %".404", 32
  %".406" = add nsw i64 1, %".405"
  %".407" = sext i32 %"t9" to i64
  %".408" = sext i32 %"n" to i64
  %".409" = add nsw i64 1, %".408"
  %".410" = sdiv i64 %".409", 2
  %".411" = sdiv i64 %".407", %".410"
  %".412" = mul nsw i64 %".411", 4
  %".413" = add nsw i64 %".406", %".412"
  %".414" = getelementptr float, float* %"b2", i64 %".413"
  %".415" = load float, float* %".414"
  %".416" = sext i32 %"k30" to i64
  %".417" = mul nsw i64 %".416", 32
  %".418" = add nsw i64 2, %".417"
  %".419" = sext i32 %"t9" to i64
  %".420" = sext i32 %"n" to i64
  %".421" = add nsw i64 1, %".420"
  %".422" = sdiv i64 %".421", 2
  %".423" = sdiv i64 %".419", %".422"
  %".424" = mul nsw i64 %".423", 4
  %".425" = add nsw i64 %".418", %".424"
  %".426" = getelementptr float, float* %"b2", i64 %".425"
  %".427" = load float, float* %".426"
  %".428" = sext i32 %"k30" to i64
  %".429" = mul nsw i64 %".428", 32
  %".430" = add nsw i64 3, %".429"
  %".431" = sext i32 %"t9" to i64
  %".432" = sext i32 %"n" to i64
  %".433" = add nsw i64 1, %".432"
  %".434" = sdiv i64 %".433", 2
  %".435" = sdiv i64 %".431", %".434"
  %".436" = mul nsw i64 %".435", 4
  %".437" = add nsw i64 %".430", %".436"
  %".438" = getelementptr float, float* %"b2", i64 %".437"
  %".439" = load float, float* %".438"
  %".440" = load float, float* %"c26"
  %".441" = fmul reassoc contract float %".392", %".403"
  %".442" = fadd reassoc contract float %".440", %".441"
  store float %".442", float* %"c26"
  %".444" = load float, float* %"c27"
  %".445" = fmul reassoc contract float %".392", %".415"
  %".446" = fadd reassoc contract float %".444", %".445"
  store float %".446", float* %"c27"
  %".448" = load float, float* %"c28"
  %".449" = fmul reassoc contract float %".392", %".427"
  %".450" = fadd reassoc contract float %".448", %".449"
  store float %".450", float* %"c28"
  %".452" = load float, float* %"c29"
  %".453" = fmul reassoc contract float %".392", %".439"
  %".454" = fadd reassoc contract float %".452", %".453"
  store float %".454", float* %"c29"
  %".456" = add nsw i32 %"k30", 1
  br label %"k30.head", !llvm.loop !2
k30.done:
  %".458" = load float, float* %"c26"
  %".459" = sext i32 %"r25" to i64
  %".460" = mul nsw i64 %".459", 32
  %".461" = sext i32 %"t9" to i64
  %".462" = sext i32 %"n" to i64
  %".463" = add nsw i64 1, %".462"
  %".464" = sdiv i64 %".463", 2
  %".465" = sdiv i64 %".461", %".464"
  %".466" = mul nsw i64 %".465", 4
  %".467" = add nsw i64 %".460", %".466"
  %".468" = getelementptr float, float* %"b0", i64 %".467"
  store float %".458", float* %".468"
  %".470" = load float, float* %"c27"
  %".471" = sext i32 %"r25" to i64
  %".472" = mul nsw i64 %".471", 32
  %".473" = add nsw i64 1, %".472"
  %".474" = sext i32 %"t9" to i64
  %".475" = sext i32 %"n" to i64
  %".476" = add nsw i64 1, %".475"
  %".477" = sdiv i64 %".476", 2
  %".478" = sdiv i64 %".474", %".477"
  %".479" = mul nsw i64 %".478", 4
  %".480" = add nsw i64 %".473", %".479"
  %".481" = getelementptr float, float* %"b0", i64 %".480"
  store float %".470", float* %".481"
  %".483" = load float, float* %"c28"
  %".484" = sext i32 %"r25" to i64
  %".485" = mul nsw i64 %".484", 32
  %".486" = add nsw i64 2, %".485"
  %".487" = sext i32 %"t9" to i64
  %".488" = sext i32 %"n" to i64
  %".489" = add nsw i64 1, %".488"
  %".490" = sdiv i64 %".489", 2
  %".491" = sdiv i64 %".487", %".490"
  %".492" = mul nsw i64 %".491", 4
  %".493" = add nsw i64 %".486", %".492"
  %".494" = getelementptr float, float* %"b0", i64 %".493"
  store float %".483", float* %".494"
  %".496" = load float, float* %"c29"
  %".497" = sext i32 %"r25" to i64
  %".498" = mul nsw i64 %".497", 32
  %".499" = add nsw i64 3, %".498"
  %".500" = sext i32 %"t9" to i64
  %".501" = sext i32 %"n" to i64
  %".502" = add nsw i64 1, %".501"
  %".503" = sdiv i64 %".502", 2
  %".504" = sdiv i64 %".500", %".503"
  %".505" = mul nsw i64 %".504", 4
  %".506" = add nsw i64 %".499", %".505"
  %".507" = getelementptr float, float* %"b0", i64 %".506"
  store float %".496", float* %".507"
  br label %"endif.4"
}

!0 = !{ !"llvm.loop.vectorize.enable", i1 0 }
!1 = !{ !1, !0 }
!2 = !{ !2, !0 }