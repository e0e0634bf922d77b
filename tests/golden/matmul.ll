; ModuleID = "r_n_32"
target triple = "unknown-unknown-unknown"
target datalayout = ""

define void @"r_n_32"(float* noalias %"b0", float* noalias %"b1", float* noalias %"b2", i32 %"n", i32 %"core", i32 %"ncores")
{
entry:
  %"Bp10" = alloca float, i64 256, align 64
  %"c15" = alloca float
  %"c16" = alloca float
  %"c17" = alloca float
  %"c18" = alloca float
  %"c19" = alloca float
  %"c20" = alloca float
  %"c21" = alloca float
  %"c22" = alloca float
  %"c27" = alloca float
  %"c28" = alloca float
  %"c29" = alloca float
  %"c30" = alloca float
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
  %".89" = sub i32 %"ncores", 1
  %".90" = add i32 8, %".89"
  %".91" = sdiv i32 %".90", %"ncores"
  %".92" = mul i32 %"core", %".91"
  %".93" = add i32 %".92", %".91"
  %".94" = icmp slt i32 %".93", 8
  %".95" = select  i1 %".94", i32 %".93", i32 8
  br label %"t9.head"
endif.1:
  ret void
t9.head:
  %"t9" = phi  i32 [%".92", %"then.1"], [%".405", %"i14.done"]
  %".97" = icmp slt i32 %"t9", %".95"
  br i1 %".97", label %"t9.body", label %"t9.done"
t9.body:
  br label %"k11.head"
t9.done:
  br label %"endif.1"
k11.head:
  %"k11" = phi  i32 [0, %"t9.body"], [%".122", %"c12.done"]
  %".100" = icmp slt i32 %"k11", 64
  br i1 %".100", label %"k11.body", label %"k11.done"
k11.body:
  br label %"c12.head"
k11.done:
  %".124" = add i32 1, %"n"
  %".125" = sdiv i32 %".124", 2
  br label %"i14.head"
c12.head:
  %"c12" = phi  i32 [0, %"k11.body"], [%".120", %"c12.body"]
  %".103" = icmp slt i32 %"c12", 4
  br i1 %".103", label %"c12.body", label %"c12.done"
c12.body:
  %".105" = sext i32 %"c12" to i64
  %".106" = sext i32 %"k11" to i64
  %".107" = mul nsw i64 %".106", 32
  %".108" = add nsw i64 %".105", %".107"
  %".109" = sext i32 %"t9" to i64
  %".110" = mul nsw i64 %".109", 4
  %".111" = add nsw i64 %".108", %".110"
  %".112" = getelementptr float, float* %"b2", i64 %".111"
  %".113" = load float, float* %".112"
  %".114" = sext i32 %"c12" to i64
  %".115" = sext i32 %"k11" to i64
  %".116" = mul nsw i64 %".115", 4
  %".117" = add nsw i64 %".114", %".116"
  %".118" = getelementptr float, float* %"Bp10", i64 %".117"
  store float %".113", float* %".118"
  %".120" = add nsw i32 %"c12", 1
  br label %"c12.head"
c12.done:
  %".122" = add nsw i32 %"k11", 1
  br label %"k11.head"
i14.head:
  %"i14" = phi  i32 [0, %"k11.done"], [%".403", %"endif.3"]
  %".127" = icmp slt i32 %"i14", %".125"
  br i1 %".127", label %"i14.body", label %"i14.done"
i14.body:
  %".129" = mul i32 %"i14", 2
  %".130" = add i32 -1, %"n"
  %".131" = icmp slt i32 %".129", %".130"
  br i1 %".131", label %"then.2", label %"endif.2"
i14.done:
  %".405" = add nsw i32 %"t9", 1
  br label %"t9.head"
then.2:
  store float              0x0, float* %"c15"
  store float              0x0, float* %"c16"
  store float              0x0, float* %"c17"
  store float              0x0, float* %"c18"
  store float              0x0, float* %"c19"
  store float              0x0, float* %"c20"
  store float              0x0, float* %"c21"
  store float              0x0, float* %"c22"
  br label %"k23.head"
endif.2:
  %".301" = mul i32 %"i14", 2
  %".302" = add i32 -1, %"n"
  %".303" = icmp slt i32 %".301", %".302"
  %".304" = xor i1 %".303", 1
  br i1 %".304", label %"then.3", label %"endif.3"
k23.head:
  %"k23" = phi  i32 [0, %"then.2"], [%".227", %"k23.body"]
  %".142" = icmp slt i32 %"k23", 64
  br i1 %".142", label %"k23.body", label %"k23.done"
k23.body:
  %".144" = sext i32 %"i14" to i64
  %".145" = mul nsw i64 %".144", 128
  %".146" = sext i32 %"k23" to i64
  %".147" = add nsw i64 %".145", %".146"
  %".148" = getelementptr float, float* %"b1", i64 %".147"
  %".149" = load float, float* %".148"
  %".150" = sext i32 %"i14" to i64
  %".151" = mul nsw i64 %".150", 128
  %".152" = add nsw i64 64, %".151"
  %".153" = sext i32 %"k23" to i64
  %".154" = add nsw i64 %".152", %".153"
  %".155" = getelementptr float, float* %"b1", i64 %".154"
  %".156" = load float, float* %".155"
  %".157" = load float, float* %"c15"
  %".158" = sext i32 %"k23" to i64
  %".159" = mul nsw i64 %".158", 4
  %".160" = getelementptr float, float* %"Bp10", i64 %".159"
  %".161" = load float, float* %".160"
  %".162" = fmul reassoc contract float %".149", %".161"
  %".163" = fadd reassoc contract float %".157", %".162"
  store float %".163", float* %"c15"
  %".165" = load float, float* %"c16"
  %".166" = sext i32 %"k23" to i64
  %".167" = mul nsw i64 %".166", 4
  %".168" = add nsw i64 1, %".167"
  %".169" = getelementptr float, float* %"Bp10", i64 %".168"
  %".170" = load float, float* %".169"
  %".171" = fmul reassoc contract float %".149", %".170"
  %".172" = fadd reassoc contract float %".165", %".171"
  store float %".172", float* %"c16"
  %".174" = load float, float* %"c17"
  %".175" = sext i32 %"k23" to i64
  %".176" = mul nsw i64 %".175", 4
  %".177" = add nsw i64 2, %".176"
  %".178" = getelementptr float, float* %"Bp10", i64 %".177"
  %".179" = load float, float* %".178"
  %".180" = fmul reassoc contract float %".149", %".179"
  %".181" = fadd reassoc contract float %".174", %".180"
  store float %".181", float* %"c17"
  %".183" = load float, float* %"c18"
  %".184" = sext i32 %"k23" to i64
  %".185" = mul nsw i64 %".184", 4
  %".186" = add nsw i64 3, %".185"
  %".187" = getelementptr float, float* %"Bp10", i64 %".186"
  %".188" = load float, float* %".187"
  %".189" = fmul reassoc contract float %".149", %".188"
  %".190" = fadd reassoc contract float %".183", %".189"
  store float %".190", float* %"c18"
  %".192" = load float, float* %"c19"
  %".193" = sext i32 %"k23" to i64
  %".194" = mul nsw i64 %".193", 4
  %".195" = getelementptr float, float* %"Bp10", i64 %".194"
  %".196" = load float, float* %".195"
  %".197" = fmul reassoc contract float %".156", %".196"
  %".198" = fadd reassoc contract float %".192", %".197"
  store float %".198", float* %"c19"
  %".200" = load float, float* %"c20"
  %".201" = sext i32 %"k23" to i64
  %".202" = mul nsw i64 %".201", 4
  %".203" = add nsw i64 1, %".202"
  %".204" = getelementptr float, float* %"Bp10", i64 %".203"
  %".205" = load float, float* %".204"
  %".206" = fmul reassoc contract float %".156", %".205"
  %".207" = fadd reassoc contract float %".200", %".206"
  store float %".207", float* %"c20"
  %".209" = load float, float* %"c21"
  %".210" = sext i32 %"k23" to i64
  %".211" = mul nsw i64 %".210", 4
  %".212" = add nsw i64 2, %".211"
  %".213" = getelementptr float, float* %"Bp10", i64 %".212"
  %".214" = load float, float* %".213"
  %".215" = fmul reassoc contract float %".156", %".214"
  %".216" = fadd reassoc contract float %".209", %".215"
  store float %".216", float* %"c21"
  %".218" = load float, float* %"c22"
  %".219" = sext i32 %"k23" to i64
  %".220" = mul nsw i64 %".219", 4
  %".221" = add nsw i64 3, %".220"
  %".222" = getelementptr float, float* %"Bp10", i64 %".221"
  %".223" = load float, float* %".222"
  %".224" = fmul reassoc contract float %".156", %".223"
  %".225" = fadd reassoc contract float %".218", %".224"
  store float %".225", float* %"c22"
  %".227" = add nsw i32 %"k23", 1
  br label %"k23.head", !llvm.loop !1
k23.done:
  %".229" = load float, float* %"c15"
  %".230" = sext i32 %"i14" to i64
  %".231" = mul nsw i64 %".230", 64
  %".232" = sext i32 %"t9" to i64
  %".233" = mul nsw i64 %".232", 4
  %".234" = add nsw i64 %".231", %".233"
  %".235" = getelementptr float, float* %"b0", i64 %".234"
  store float %".229", float* %".235"
  %".237" = load float, float* %"c16"
  %".238" = sext i32 %"i14" to i64
  %".239" = mul nsw i64 %".238", 64
  %".240" = add nsw i64 1, %".239"
  %".241" = sext i32 %"t9" to i64
  %".242" = mul nsw i64 %".241", 4
  %".243" = add nsw i64 %".240", %".242"
  %".244" = getelementptr float, float* %"b0", i64 %".243"
  store float %".237", float* %".244"
  %".246" = load float, float* %"c17"
  %".247" = sext i32 %"i14" to i64
  %".248" = mul nsw i64 %".247", 64
  %".249" = add nsw i64 2, %".248"
  %".250" = sext i32 %"t9" to i64
  %".251" = mul nsw i64 %".250", 4
  %".252" = add nsw i64 %".249", %".251"
  %".253" = getelementptr float, float* %"b0", i64 %".252"
  store float %".246", float* %".253"
  %".255" = load float, float* %"c18"
  %".256" = sext i32 %"i14" to i64
  %".257" = mul nsw i64 %".256", 64
  %".258" = add nsw i64 3, %".257"
  %".259" = sext i32 %"t9" to i64
  %".260" = mul nsw i64 %".259", 4
  %".261" = add nsw i64 %".258", %".260"
  %".262" = getelementptr float, float* %"b0", i64 %".261"
  store float %".255", float* %".262"
  %".264" = load float, float* %"c19"
  %".265" = sext i32 %"i14" to i64
  %".266" = mul nsw i64 %".265", 64
  %".267" = add nsw i64 32, %".266"
  %".268" = sext i32 %"t9" to i64
  %".269" = mul nsw i64 %".268", 4
  %".270" = add nsw i64 %".267", %".269"
  %".271" = getelementptr float, float* %"b0", i64 %".270"
  store float %".264", float* %".271"
  %".273" = load float, float* %"c20"
  %".274" = sext i32 %"i14" to i64
  %".275" = mul nsw i64 %".274", 64
  %".276" = add nsw i64 33, %".275"
  %".277" = sext i32 %"t9" to i64
  %".278" = mul nsw i64 %".277", 4
  %".279" = add nsw i64 %".276", %".278"
  %".280" = getelementptr float, float* %"b0", i64 %".279"
  store float %".273", float* %".280"
  %".282" = load float, float* %"c21"
  %".283" = sext i32 %"i14" to i64
  %".284" = mul nsw i64 %".283", 64
  %".285" = add nsw i64 34, %".284"
  %".286" = sext i32 %"t9" to i64
  %".287" = mul nsw i64 %".286", 4
  %".288" = add nsw i64 %".285", %".287"
  %".289" = getelementptr float, float* %"b0", i64 %".288"
  store float %".282", float* %".289"
  %".291" = load float, float* %"c22"
  %".292" = sext i32 %"i14" to i64
  %".293" = mul nsw i64 %".292", 64
  %".294" = add nsw i64 35, %".293"
  %".295" = sext i32 %"t9" to i64
  %".296" = mul nsw i64 %".295", 4
  %".297" = add nsw i64 %".294", %".296"
  %".298" = getelementptr float, float* %"b0", i64 %".297"
  store float %".291", float* %".298"
  br label %"endif.2"
then.3:
  %".306" = mul i32 %"i14", 2
  %".307" = mul i32 %"i14", 2
  %".308" = add i32 2, %".307"
  br label %"r26.head"
endif.3:
  %".403" = add nsw i32 %"i14", 1
  br label %"i14.head"
r26.head:
  %"r26" = phi  i32 [%".306", %"then.3"], [%".400", %"endif.4"]
  %".310" = icmp slt i32 %"r26", %".308"
  br i1 %".310", label %"r26.body", label %"r26.done"
r26.body:
  %".312" = icmp slt i32 %"r26", %"n"
  br i1 %".312", label %"then.4", label %"endif.4"
r26.done:
  br label %"endif.3"
then.4:
  store float              0x0, float* %"c27"
  store float              0x0, float* %"c28"
  store float              0x0, float* %"c29"
  store float              0x0, float* %"c30"
  br label %"k31.head"
endif.4:
  %".400" = add nsw i32 %"r26", 1
  br label %"r26.head"
k31.head:
  %"k31" = phi  i32 [0, %"then.4"], [%".362", %"k31.body"]
  %".319" = icmp slt i32 %"k31", 64
  br i1 %".319", label %"k31.body", label %"k31.done"
k31.body:
  %".321" = sext i32 %"k31" to i64
  %".322" = sext i32 %"r26" to i64
  %".323" = mul nsw i64 %".322", 64
  %".324" = add nsw i64 %".321", %".323"
  %".325" = getelementptr float, float* %"b1", i64 %".324"
  %".326" = load float, float* %".325"
  %".327" = load float, float* %"c27"
  %".328" = sext i32 %"k31" to i64
  %".329" = mul nsw i64 %".328", 4
  %".330" = getelementptr float, float* %"Bp10", i64 %".329"
  %".331" = load float, float* %".330"
  %".332" = fmul reassoc contract float %".326", %".331"
  %".333" = fadd reassoc contract float %".327", %".332"
  store float %".333", float* %"c27"
  %".335" = load float, float* %"c28"
  %".336" = sext i32 %"k31" to i64
  %".337" = mul nsw i64 %".336", 4
  %".338" = add nsw i64 1, %".337"
  %".339" = getelementptr float, float* %"Bp10", i64 %".338"
  %".340" = load float, float* %".339"
  %".341" = fmul reassoc contract float %".326", %".340"
  %".342" = fadd reassoc contract float %".335", %".341"
  store float %".342", float* %"c28"
  %".344" = load float, float* %"c29"
  %".345" = sext i32 %"k31" to i64
  %".346" = mul nsw i64 %".345", 4
  %".347" = add nsw i64 2, %".346"
  %".348" = getelementptr float, float* %"Bp10", i64 %".347"
  %".349" = load float, float* %".348"
  %".350" = fmul reassoc contract float %".326", %".349"
  %".351" = fadd reassoc contract float %".344", %".350"
  store float %".351", float* %"c29"
  %".353" = load float, float* %"c30"
  %".354" = sext i32 %"k31" to i64
  %".355" = mul nsw i64 %".354", 4
  %".356" = add nsw i64 3, %".355"
  %".357" = getelementptr float, float* %"Bp10", i64 %".356"
  %".358" = load float, float* %".357"
  %".359" = fmul reassoc contract float %".326", %".358"
  %".360" = fadd reassoc contract float %".353", %".359"
  store float %".360", float* %"c30"
  %".362" = add nsw i32 %"k31", 1
  br label %"k31.head", !llvm.loop !2
k31.done:
  %".364" = load float, float* %"c27"
  %".365" = sext i32 %"r26" to i64
  %".366" = mul nsw i64 %".365", 32
  %".367" = sext i32 %"t9" to i64
  %".368" = mul nsw i64 %".367", 4
  %".369" = add nsw i64 %".366", %".368"
  %".370" = getelementptr float, float* %"b0", i64 %".369"
  store float %".364", float* %".370"
  %".372" = load float, float* %"c28"
  %".373" = sext i32 %"r26" to i64
  %".374" = mul nsw i64 %".373", 32
  %".375" = add nsw i64 1, %".374"
  %".376" = sext i32 %"t9" to i64
  %".377" = mul nsw i64 %".376", 4
  %".378" = add nsw i64 %".375", %".377"
  %".379" = getelementptr float, float* %"b0", i64 %".378"
  store float %".372", float* %".379"
  %".381" = load float, float* %"c29"
  %".382" = sext i32 %"r26" to i64
  %".383" = mul nsw i64 %".382", 32
  %".384" = add nsw i64 2, %".383"
  %".385" = sext i32 %"t9" to i64
  %".386" = mul nsw i64 %".385", 4
  %".387" = add nsw i64 %".384", %".386"
  %".388" = getelementptr float, float* %"b0", i64 %".387"
  store float %".381", float* %".388"
  %".390" = load float, float* %"c30"
  %".391" = sext i32 %"r26" to i64
  %".392" = mul nsw i64 %".391", 32
  %".393" = add nsw i64 3, %".392"
  %".394" = sext i32 %"t9" to i64
  %".395" = mul nsw i64 %".394", 4
  %".396" = add nsw i64 %".393", %".395"
  %".397" = getelementptr float, float* %"b0", i64 %".396"
  store float %".390", float* %".397"
  br label %"endif.4"
}

!0 = !{ !"llvm.loop.vectorize.enable", i1 0 }
!1 = !{ !1, !0 }
!2 = !{ !2, !0 }