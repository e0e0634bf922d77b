; ModuleID = "matmul"
target triple = "unknown-unknown-unknown"
target datalayout = ""

define void @"matmul"(float* noalias %"b0", float* noalias %"b1", float* noalias %"b2", i32 %"n", i32 %"core", i32 %"ncores")
{
entry:
  %"Bp10" = alloca float, i64 256, align 64
  %"Ct11" = alloca float, i64 8, align 64
  %"c16" = alloca float
  %"c17" = alloca float
  %"c18" = alloca float
  %"c19" = alloca float
  %"c20" = alloca float
  %"c21" = alloca float
  %"c22" = alloca float
  %"c23" = alloca float
  %"c32" = alloca float
  %"c33" = alloca float
  %"c34" = alloca float
  %"c35" = alloca float
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
  %"t9" = phi  i32 [%".92", %"then.1"], [%".388", %"i15.done"]
  %".97" = icmp slt i32 %"t9", %".95"
  br i1 %".97", label %"t9.body", label %"t9.done"
t9.body:
  br label %"k12.head"
t9.done:
  br label %"endif.1"
k12.head:
  %"k12" = phi  i32 [0, %"t9.body"], [%".122", %"c13.done"]
  %".100" = icmp slt i32 %"k12", 64
  br i1 %".100", label %"k12.body", label %"k12.done"
k12.body:
  br label %"c13.head"
k12.done:
  %".124" = add i32 1, %"n"
  %".125" = sdiv i32 %".124", 2
  br label %"i15.head"
c13.head:
  %"c13" = phi  i32 [0, %"k12.body"], [%".120", %"c13.body"]
  %".103" = icmp slt i32 %"c13", 4
  br i1 %".103", label %"c13.body", label %"c13.done"
c13.body:
  %".105" = sext i32 %"c13" to i64
  %".106" = sext i32 %"k12" to i64
  %".107" = mul nsw i64 %".106", 32
  %".108" = add nsw i64 %".105", %".107"
  %".109" = sext i32 %"t9" to i64
  %".110" = mul nsw i64 %".109", 4
  %".111" = add nsw i64 %".108", %".110"
  %".112" = getelementptr float, float* %"b2", i64 %".111"
  %".113" = load float, float* %".112"
  %".114" = sext i32 %"c13" to i64
  %".115" = sext i32 %"k12" to i64
  %".116" = mul nsw i64 %".115", 4
  %".117" = add nsw i64 %".114", %".116"
  %".118" = getelementptr float, float* %"Bp10", i64 %".117"
  store float %".113", float* %".118"
  %".120" = add nsw i32 %"c13", 1
  br label %"c13.head"
c13.done:
  %".122" = add nsw i32 %"k12", 1
  br label %"k12.head"
i15.head:
  %"i15" = phi  i32 [0, %"k12.done"], [%".386", %"endif.3"]
  %".127" = icmp slt i32 %"i15", %".125"
  br i1 %".127", label %"i15.body", label %"i15.done"
i15.body:
  %".129" = mul i32 %"i15", 2
  %".130" = add i32 -1, %"n"
  %".131" = icmp slt i32 %".129", %".130"
  br i1 %".131", label %"then.2", label %"endif.2"
i15.done:
  %".388" = add nsw i32 %"t9", 1
  br label %"t9.head"
then.2:
  store float              0x0, float* %"c16"
  store float              0x0, float* %"c17"
  store float              0x0, float* %"c18"
  store float              0x0, float* %"c19"
  store float              0x0, float* %"c20"
  store float              0x0, float* %"c21"
  store float              0x0, float* %"c22"
  store float              0x0, float* %"c23"
  br label %"k24.head"
endif.2:
  %".290" = mul i32 %"i15", 2
  %".291" = add i32 -1, %"n"
  %".292" = icmp slt i32 %".290", %".291"
  %".293" = xor i1 %".292", 1
  br i1 %".293", label %"then.3", label %"endif.3"
k24.head:
  %"k24" = phi  i32 [0, %"then.2"], [%".227", %"k24.body"]
  %".142" = icmp slt i32 %"k24", 64
  br i1 %".142", label %"k24.body", label %"k24.done"
k24.body:
  %".144" = sext i32 %"i15" to i64
  %".145" = mul nsw i64 %".144", 128
  %".146" = sext i32 %"k24" to i64
  %".147" = add nsw i64 %".145", %".146"
  %".148" = getelementptr float, float* %"b1", i64 %".147"
  %".149" = load float, float* %".148"
  %".150" = sext i32 %"i15" to i64
  %".151" = mul nsw i64 %".150", 128
  %".152" = add nsw i64 64, %".151"
  %".153" = sext i32 %"k24" to i64
  %".154" = add nsw i64 %".152", %".153"
  %".155" = getelementptr float, float* %"b1", i64 %".154"
  %".156" = load float, float* %".155"
  %".157" = load float, float* %"c16"
  %".158" = sext i32 %"k24" to i64
  %".159" = mul nsw i64 %".158", 4
  %".160" = getelementptr float, float* %"Bp10", i64 %".159"
  %".161" = load float, float* %".160"
  %".162" = fmul reassoc contract float %".149", %".161"
  %".163" = fadd reassoc contract float %".157", %".162"
  store float %".163", float* %"c16"
  %".165" = load float, float* %"c17"
  %".166" = sext i32 %"k24" to i64
  %".167" = mul nsw i64 %".166", 4
  %".168" = add nsw i64 1, %".167"
  %".169" = getelementptr float, float* %"Bp10", i64 %".168"
  %".170" = load float, float* %".169"
  %".171" = fmul reassoc contract float %".149", %".170"
  %".172" = fadd reassoc contract float %".165", %".171"
  store float %".172", float* %"c17"
  %".174" = load float, float* %"c18"
  %".175" = sext i32 %"k24" to i64
  %".176" = mul nsw i64 %".175", 4
  %".177" = add nsw i64 2, %".176"
  %".178" = getelementptr float, float* %"Bp10", i64 %".177"
  %".179" = load float, float* %".178"
  %".180" = fmul reassoc contract float %".149", %".179"
  %".181" = fadd reassoc contract float %".174", %".180"
  store float %".181", float* %"c18"
  %".183" = load float, float* %"c19"
  %".184" = sext i32 %"k24" to i64
  %".185" = mul nsw i64 %".184", 4
  %".186" = add nsw i64 3, %".185"
  %".187" = getelementptr float, float* %"Bp10", i64 %".186"
  %".188" = load float, float* %".187"
  %".189" = fmul reassoc contract float %".149", %".188"
  %".190" = fadd reassoc contract float %".183", %".189"
  store float %".190", float* %"c19"
  %".192" = load float, float* %"c20"
  %".193" = sext i32 %"k24" to i64
  %".194" = mul nsw i64 %".193", 4
  %".195" = getelementptr float, float* %"Bp10", i64 %".194"
  %".196" = load float, float* %".195"
  %".197" = fmul reassoc contract float %".156", %".196"
  %".198" = fadd reassoc contract float %".192", %".197"
  store float %".198", float* %"c20"
  %".200" = load float, float* %"c21"
  %".201" = sext i32 %"k24" to i64
  %".202" = mul nsw i64 %".201", 4
  %".203" = add nsw i64 1, %".202"
  %".204" = getelementptr float, float* %"Bp10", i64 %".203"
  %".205" = load float, float* %".204"
  %".206" = fmul reassoc contract float %".156", %".205"
  %".207" = fadd reassoc contract float %".200", %".206"
  store float %".207", float* %"c21"
  %".209" = load float, float* %"c22"
  %".210" = sext i32 %"k24" to i64
  %".211" = mul nsw i64 %".210", 4
  %".212" = add nsw i64 2, %".211"
  %".213" = getelementptr float, float* %"Bp10", i64 %".212"
  %".214" = load float, float* %".213"
  %".215" = fmul reassoc contract float %".156", %".214"
  %".216" = fadd reassoc contract float %".209", %".215"
  store float %".216", float* %"c22"
  %".218" = load float, float* %"c23"
  %".219" = sext i32 %"k24" to i64
  %".220" = mul nsw i64 %".219", 4
  %".221" = add nsw i64 3, %".220"
  %".222" = getelementptr float, float* %"Bp10", i64 %".221"
  %".223" = load float, float* %".222"
  %".224" = fmul reassoc contract float %".156", %".223"
  %".225" = fadd reassoc contract float %".218", %".224"
  store float %".225", float* %"c23"
  %".227" = add nsw i32 %"k24", 1
  br label %"k24.head", !llvm.loop !1
k24.done:
  %".229" = load float, float* %"c16"
  %".230" = getelementptr float, float* %"Ct11", i64 0
  store float %".229", float* %".230"
  %".232" = load float, float* %"c17"
  %".233" = getelementptr float, float* %"Ct11", i64 1
  store float %".232", float* %".233"
  %".235" = load float, float* %"c18"
  %".236" = getelementptr float, float* %"Ct11", i64 2
  store float %".235", float* %".236"
  %".238" = load float, float* %"c19"
  %".239" = getelementptr float, float* %"Ct11", i64 3
  store float %".238", float* %".239"
  %".241" = load float, float* %"c20"
  %".242" = getelementptr float, float* %"Ct11", i64 4
  store float %".241", float* %".242"
  %".244" = load float, float* %"c21"
  %".245" = getelementptr float, float* %"Ct11", i64 5
  store float %".244", float* %".245"
  %".247" = load float, float* %"c22"
  %".248" = getelementptr float, float* %"Ct11", i64 6
  store float %".247", float* %".248"
  %".250" = load float, float* %"c23"
  %".251" = getelementptr float, float* %"Ct11", i64 7
  store float %".250", float* %".251"
  br label %"c27.head"
c27.head:
  %"c27" = phi  i32 [0, %"k24.done"], [%".268", %"c27.body"]
  %".254" = icmp slt i32 %"c27", 4
  br i1 %".254", label %"c27.body", label %"c27.done"
c27.body:
  %".256" = sext i32 %"c27" to i64
  %".257" = getelementptr float, float* %"Ct11", i64 %".256"
  %".258" = load float, float* %".257"
  %".259" = sext i32 %"c27" to i64
  %".260" = sext i32 %"i15" to i64
  %".261" = mul nsw i64 %".260", 64
  %".262" = add nsw i64 %".259", %".261"
  %".263" = sext i32 %"t9" to i64
  %".264" = mul nsw i64 %".263", 4
  %".265" = add nsw i64 %".262", %".264"
  %".266" = getelementptr float, float* %"b0", i64 %".265"
  store float %".258", float* %".266"
  %".268" = add nsw i32 %"c27", 1
  br label %"c27.head"
c27.done:
  br label %"c29.head"
c29.head:
  %"c29" = phi  i32 [0, %"c27.done"], [%".287", %"c29.body"]
  %".271" = icmp slt i32 %"c29", 4
  br i1 %".271", label %"c29.body", label %"c29.done"
c29.body:
  %".273" = sext i32 %"c29" to i64
  %".274" = add nsw i64 4, %".273"
  %".275" = getelementptr float, float* %"Ct11", i64 %".274"
  %".276" = load float, float* %".275"
  %".277" = sext i32 %"c29" to i64
  %".278" = add nsw i64 32, %".277"
  %".279" = sext i32 %"i15" to i64
  %".280" = mul nsw i64 %".279", 64
  %".281" = add nsw i64 %".278", %".280"
  %".282" = sext i32 %"t9" to i64
  %".283" = mul nsw i64 %".282", 4
  %".284" = add nsw i64 %".281", %".283"
  %".285" = getelementptr float, float* %"b0", i64 %".284"
  store float %".276", float* %".285"
  %".287" = add nsw i32 %"c29", 1
  br label %"c29.head"
c29.done:
  br label %"endif.2"
then.3:
  %".295" = mul i32 %"i15", 2
  %".296" = mul i32 %"i15", 2
  %".297" = add i32 2, %".296"
  br label %"r31.head"
endif.3:
  %".386" = add nsw i32 %"i15", 1
  br label %"i15.head"
r31.head:
  %"r31" = phi  i32 [%".295", %"then.3"], [%".383", %"endif.4"]
  %".299" = icmp slt i32 %"r31", %".297"
  br i1 %".299", label %"r31.body", label %"r31.done"
r31.body:
  %".301" = icmp slt i32 %"r31", %"n"
  br i1 %".301", label %"then.4", label %"endif.4"
r31.done:
  br label %"endif.3"
then.4:
  store float              0x0, float* %"c32"
  store float              0x0, float* %"c33"
  store float              0x0, float* %"c34"
  store float              0x0, float* %"c35"
  br label %"k36.head"
endif.4:
  %".383" = add nsw i32 %"r31", 1
  br label %"r31.head"
k36.head:
  %"k36" = phi  i32 [0, %"then.4"], [%".351", %"k36.body"]
  %".308" = icmp slt i32 %"k36", 64
  br i1 %".308", label %"k36.body", label %"k36.done"
k36.body:
  %".310" = sext i32 %"k36" to i64
  %".311" = sext i32 %"r31" to i64
  %".312" = mul nsw i64 %".311", 64
  %".313" = add nsw i64 %".310", %".312"
  %".314" = getelementptr float, float* %"b1", i64 %".313"
  %".315" = load float, float* %".314"
  %".316" = load float, float* %"c32"
  %".317" = sext i32 %"k36" to i64
  %".318" = mul nsw i64 %".317", 4
  %".319" = getelementptr float, float* %"Bp10", i64 %".318"
  %".320" = load float, float* %".319"
  %".321" = fmul reassoc contract float %".315", %".320"
  %".322" = fadd reassoc contract float %".316", %".321"
  store float %".322", float* %"c32"
  %".324" = load float, float* %"c33"
  %".325" = sext i32 %"k36" to i64
  %".326" = mul nsw i64 %".325", 4
  %".327" = add nsw i64 1, %".326"
  %".328" = getelementptr float, float* %"Bp10", i64 %".327"
  %".329" = load float, float* %".328"
  %".330" = fmul reassoc contract float %".315", %".329"
  %".331" = fadd reassoc contract float %".324", %".330"
  store float %".331", float* %"c33"
  %".333" = load float, float* %"c34"
  %".334" = sext i32 %"k36" to i64
  %".335" = mul nsw i64 %".334", 4
  %".336" = add nsw i64 2, %".335"
  %".337" = getelementptr float, float* %"Bp10", i64 %".336"
  %".338" = load float, float* %".337"
  %".339" = fmul reassoc contract float %".315", %".338"
  %".340" = fadd reassoc contract float %".333", %".339"
  store float %".340", float* %"c34"
  %".342" = load float, float* %"c35"
  %".343" = sext i32 %"k36" to i64
  %".344" = mul nsw i64 %".343", 4
  %".345" = add nsw i64 3, %".344"
  %".346" = getelementptr float, float* %"Bp10", i64 %".345"
  %".347" = load float, float* %".346"
  %".348" = fmul reassoc contract float %".315", %".347"
  %".349" = fadd reassoc contract float %".342", %".348"
  store float %".349", float* %"c35"
  %".351" = add nsw i32 %"k36", 1
  br label %"k36.head", !llvm.loop !2
k36.done:
  %".353" = load float, float* %"c32"
  %".354" = getelementptr float, float* %"Ct11", i64 0
  store float %".353", float* %".354"
  %".356" = load float, float* %"c33"
  %".357" = getelementptr float, float* %"Ct11", i64 1
  store float %".356", float* %".357"
  %".359" = load float, float* %"c34"
  %".360" = getelementptr float, float* %"Ct11", i64 2
  store float %".359", float* %".360"
  %".362" = load float, float* %"c35"
  %".363" = getelementptr float, float* %"Ct11", i64 3
  store float %".362", float* %".363"
  br label %"c38.head"
c38.head:
  %"c38" = phi  i32 [0, %"k36.done"], [%".380", %"c38.body"]
  %".366" = icmp slt i32 %"c38", 4
  br i1 %".366", label %"c38.body", label %"c38.done"
c38.body:
  %".368" = sext i32 %"c38" to i64
  %".369" = getelementptr float, float* %"Ct11", i64 %".368"
  %".370" = load float, float* %".369"
  %".371" = sext i32 %"c38" to i64
  %".372" = sext i32 %"r31" to i64
  %".373" = mul nsw i64 %".372", 32
  %".374" = add nsw i64 %".371", %".373"
  %".375" = sext i32 %"t9" to i64
  %".376" = mul nsw i64 %".375", 4
  %".377" = add nsw i64 %".374", %".376"
  %".378" = getelementptr float, float* %"b0", i64 %".377"
  store float %".370", float* %".378"
  %".380" = add nsw i32 %"c38", 1
  br label %"c38.head"
c38.done:
  br label %"endif.4"
}

!0 = !{ !"llvm.loop.vectorize.enable", i1 0 }
!1 = !{ !1, !0 }
!2 = !{ !2, !0 }