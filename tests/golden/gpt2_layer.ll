; ModuleID = "layer_norm"
target triple = "unknown-unknown-unknown"
target datalayout = ""

define void @"layer_norm"(float* noalias %"b0", float* noalias %"b1", float* noalias %"b2", float* noalias %"b3", float* noalias %"b4", float* noalias %"b5", i32 %"n", i32 %"core", i32 %"ncores")
{
entry:
  %"acc4" = alloca float
  %"acc9" = alloca float
  %"acc1" = alloca float
  br label %"body"
body:
  %".11" = sub i32 %"ncores", 1
  %".12" = add i32 %"n", %".11"
  %".13" = sdiv i32 %".12", %"ncores"
  %".14" = mul i32 %"core", %".13"
  %".15" = add i32 %".14", %".13"
  %".16" = icmp slt i32 %".15", %"n"
  %".17" = select  i1 %".16", i32 %".15", i32 %"n"
  br label %"i0.head"
i0.head:
  %"i0" = phi  i32 [%".14", %"body"], [%".108", %"i1.done"]
  %".19" = icmp slt i32 %"i0", %".17"
  br i1 %".19", label %"i0.body", label %"i0.done"
i0.body:
  store float              0x0, float* %"acc4"
  br label %"r5.head"
i0.done:
  ret void
r5.head:
  %"r5" = phi  i32 [0, %"i0.body"], [%".34", %"r5.body"]
  %".23" = icmp slt i32 %"r5", 32
  br i1 %".23", label %"r5.body", label %"r5.done"
r5.body:
  %".25" = sext i32 %"i0" to i64
  %".26" = mul nsw i64 %".25", 32
  %".27" = sext i32 %"r5" to i64
  %".28" = add nsw i64 %".26", %".27"
  %".29" = getelementptr float, float* %"b1", i64 %".28"
  %".30" = load float, float* %".29"
  %".31" = load float, float* %"acc4"
  %".32" = fadd reassoc contract float %".31", %".30"
  store float %".32", float* %"acc4"
  %".34" = add nsw i32 %"r5", 1
  br label %"r5.head"
r5.done:
  %".36" = load float, float* %"acc4"
  %".37" = fdiv reassoc contract float %".36", 0x4040000000000000
  store float              0x0, float* %"acc9"
  br label %"r10.head"
r10.head:
  %"r10" = phi  i32 [0, %"r5.done"], [%".53", %"r10.body"]
  %".40" = icmp slt i32 %"r10", 32
  br i1 %".40", label %"r10.body", label %"r10.done"
r10.body:
  %".42" = sext i32 %"i0" to i64
  %".43" = mul nsw i64 %".42", 32
  %".44" = sext i32 %"r10" to i64
  %".45" = add nsw i64 %".43", %".44"
  %".46" = getelementptr float, float* %"b1", i64 %".45"
  %".47" = load float, float* %".46"
  %".48" = fsub reassoc contract float %".47", %".37"
  %".49" = fmul reassoc contract float %".48", %".48"
  %".50" = load float, float* %"acc9"
  %".51" = fadd reassoc contract float %".50", %".49"
  store float %".51", float* %"acc9"
  %".53" = add nsw i32 %"r10", 1
  br label %"r10.head"
r10.done:
  %".55" = load float, float* %"acc9"
  %".56" = fdiv reassoc contract float %".55", 0x4040000000000000
  %".57" = fadd reassoc contract float %".56", 0x3ee4f8b580000000
  %".58" = call float @"llvm.sqrt.f32"(float %".57")
  %".59" = fdiv reassoc contract float 0x3ff0000000000000, %".58"
  br label %"i1.head"
i1.head:
  %"i1" = phi  i32 [0, %"r10.done"], [%".106", %"r2.done"]
  %".61" = icmp slt i32 %"i1", 96
  br i1 %".61", label %"i1.body", label %"i1.done"
i1.body:
  store float              0x0, float* %"acc1"
  br label %"r2.head"
i1.done:
  %".108" = add nsw i32 %"i0", 1
  br label %"i0.head"
r2.head:
  %"r2" = phi  i32 [0, %"i1.body"], [%".93", %"r2.body"]
  %".65" = icmp slt i32 %"r2", 32
  br i1 %".65", label %"r2.body", label %"r2.done"
r2.body:
  %".67" = sext i32 %"i0" to i64
  %".68" = mul nsw i64 %".67", 32
  %".69" = sext i32 %"r2" to i64
  %".70" = add nsw i64 %".68", %".69"
  %".71" = getelementptr float, float* %"b1", i64 %".70"
  %".72" = load float, float* %".71"
  %".73" = fsub reassoc contract float %".72", %".37"
  %".74" = fmul reassoc contract float %".73", %".59"
  %".75" = sext i32 %"r2" to i64
  %".76" = getelementptr float, float* %"b2", i64 %".75"
  %".77" = load float, float* %".76"
  %".78" = fmul reassoc contract float %".74", %".77"
  %".79" = sext i32 %"r2" to i64
  %".80" = getelementptr float, float* %"b3", i64 %".79"
  %".81" = load float, float* %".80"
  %".82" = fadd reassoc contract float %".78", %".81"
  %".83" = sext i32 %"i1" to i64
  %".84" = sext i32 %"r2" to i64
  %".85" = mul nsw i64 %".84", 96
  %".86" = add nsw i64 %".83", %".85"
  %".87" = getelementptr float, float* %"b4", i64 %".86"
  %".88" = load float, float* %".87"
  %".89" = fmul reassoc contract float %".82", %".88"
  %".90" = load float, float* %"acc1"
  %".91" = fadd reassoc contract float %".90", %".89"
  store float %".91", float* %"acc1"
  %".93" = add nsw i32 %"r2", 1
  br label %"r2.head"
r2.done:
  %".95" = sext i32 %"i1" to i64
  %".96" = getelementptr float, float* %"b5", i64 %".95"
  %".97" = load float, float* %".96"
  %".98" = load float, float* %"acc1"
  %".99" = fadd reassoc contract float %".98", %".97"
  %".100" = sext i32 %"i0" to i64
  %".101" = mul nsw i64 %".100", 96
  %".102" = sext i32 %"i1" to i64
  %".103" = add nsw i64 %".101", %".102"
  %".104" = getelementptr float, float* %"b0", i64 %".103"
  store float %".99", float* %".104"
  %".106" = add nsw i32 %"i1", 1
  br label %"i1.head"
}

declare float @"llvm.sqrt.f32"(float %".1")

; ModuleID = "attention"
target triple = "unknown-unknown-unknown"
target datalayout = ""

define void @"attention"(float* noalias %"b0", float* noalias %"b1", i32 %"n", i32 %"core", i32 %"ncores")
{
entry:
  %"peak1" = alloca float
  %"total2" = alloca float
  %"o3" = alloca float
  %"o4" = alloca float
  %"o5" = alloca float
  %"o6" = alloca float
  %"o7" = alloca float
  %"o8" = alloca float
  %"o9" = alloca float
  %"o10" = alloca float
  %"o11" = alloca float
  %"o12" = alloca float
  %"o13" = alloca float
  %"o14" = alloca float
  %"o15" = alloca float
  %"o16" = alloca float
  %"o17" = alloca float
  %"o18" = alloca float
  %"acc22" = alloca float
  br label %"body"
body:
  %".7" = mul i32 %"n", 2
  %".8" = sub i32 %"ncores", 1
  %".9" = add i32 %".7", %".8"
  %".10" = sdiv i32 %".9", %"ncores"
  %".11" = mul i32 %"core", %".10"
  %".12" = add i32 %".11", %".10"
  %".13" = icmp slt i32 %".12", %".7"
  %".14" = select  i1 %".13", i32 %".12", i32 %".7"
  br label %"row.head"
row.head:
  %"row" = phi  i32 [%".11", %"body"], [%".899", %"key19.done"]
  %".16" = icmp slt i32 %"row", %".14"
  br i1 %".16", label %"row.body", label %"row.done"
row.body:
  store float 0xfff0000000000000, float* %"peak1"
  store float              0x0, float* %"total2"
  store float              0x0, float* %"o3"
  store float              0x0, float* %"o4"
  store float              0x0, float* %"o5"
  store float              0x0, float* %"o6"
  store float              0x0, float* %"o7"
  store float              0x0, float* %"o8"
  store float              0x0, float* %"o9"
  store float              0x0, float* %"o10"
  store float              0x0, float* %"o11"
  store float              0x0, float* %"o12"
  store float              0x0, float* %"o13"
  store float              0x0, float* %"o14"
  store float              0x0, float* %"o15"
  store float              0x0, float* %"o16"
  store float              0x0, float* %"o17"
  store float              0x0, float* %"o18"
  %".36" = srem i32 %"row", %"n"
  %".37" = add i32 %".36", 0
  br label %"key19.head"
row.done:
  ret void
key19.head:
  %"key19" = phi  i32 [0, %"row.body"], [%".626", %"r23.done"]
  %".39" = icmp slt i32 %"key19", %"n"
  br i1 %".39", label %"key19.body", label %"key19.done"
key19.body:
  %".41" = icmp sle i32 %"key19", %".37"
  store float              0x0, float* %"acc22"
  br label %"r23.head"
key19.done:
  %".628" = load float, float* %"o3"
  %".629" = load float, float* %"total2"
  %".630" = fdiv reassoc contract float %".628", %".629"
  %".631" = sext i32 %"n" to i64
  %".632" = sext i32 %"row" to i64
  %".633" = sext i32 %"n" to i64
  %".634" = sdiv i64 %".632", %".633"
  %".635" = mul nsw i64 %".631", %".634"
  %".636" = mul nsw i64 %".635", 16
  %".637" = sext i32 %"row" to i64
  %".638" = sext i32 %"n" to i64
  %".639" = srem i64 %".637", %".638"
  %".640" = mul nsw i64 %".639", 16
  %".641" = add nsw i64 %".636", %".640"
  %".642" = getelementptr float, float* %"b0", i64 %".641"
  store float %".630", float* %".642"
  %".644" = load float, float* %"o4"
  %".645" = load float, float* %"total2"
  %".646" = fdiv reassoc contract float %".644", %".645"
  %".647" = sext i32 %"n" to i64
  %".648" = sext i32 %"row" to i64
  %".649" = sext i32 %"n" to i64
  %".650" = sdiv i64 %".648", %".649"
  %".651" = mul nsw i64 %".647", %".650"
  %".652" = mul nsw i64 %".651", 16
  %".653" = add nsw i64 1, %".652"
  %".654" = sext i32 %"row" to i64
  %".655" = sext i32 %"n" to i64
  %".656" = srem i64 %".654", %".655"
  %".657" = mul nsw i64 %".656", 16
  %".658" = add nsw i64 %".653", %".657"
  %".659" = getelementptr float, float* %"b0", i64 %".658"
  store float %".646", float* %".659"
  %".661" = load float, float* %"o5"
  %".662" = load float, float* %"total2"
  %".663" = fdiv reassoc contract float %".661", %".662"
  %".664" = sext i32 %"n" to i64
  %".665" = sext i32 %"row" to i64
  %".666" = sext i32 %"n" to i64
  %".667" = sdiv i64 %".665", %".666"
  %".668" = mul nsw i64 %".664", %".667"
  %".669" = mul nsw i64 %".668", 16
  %".670" = add nsw i64 2, %".669"
  %".671" = sext i32 %"row" to i64
  %".672" = sext i32 %"n" to i64
  %".673" = srem i64 %".671", %".672"
  %".674" = mul nsw i64 %".673", 16
  %".675" = add nsw i64 %".670", %".674"
  %".676" = getelementptr float, float* %"b0", i64 %".675"
  store float %".663", float* %".676"
  %".678" = load float, float* %"o6"
  %".679" = load float, float* %"total2"
  %".680" = fdiv reassoc contract float %".678", %".679"
  %".681" = sext i32 %"n" to i64
  %".682" = sext i32 %"row" to i64
  %".683" = sext i32 %"n" to i64
  %".684" = sdiv i64 %".682", %".683"
  %".685" = mul nsw i64 %".681", %".684"
  %".686" = mul nsw i64 %".685", 16
  %".687" = add nsw i64 3, %".686"
  %".688" = sext i32 %"row" to i64
  %".689" = sext i32 %"n" to i64
  %".690" = srem i64 %".688", %".689"
  %".691" = mul nsw i64 %".690", 16
  %".692" = add nsw i64 %".687", %".691"
  %".693" = getelementptr float, float* %"b0", i64 %".692"
  store float %".680", float* %".693"
  %".695" = load float, float* %"o7"
  %".696" = load float, float* %"total2"
  %".697" = fdiv reassoc contract float %".695", %".696"
  %".698" = sext i32 %"n" to i64
  %".699" = sext i32 %"row" to i64
  %".700" = sext i32 %"n" to i64
  %".701" = sdiv i64 %".699", %".700"
  %".702" = mul nsw i64 %".698", %".701"
  %".703" = mul nsw i64 %".702", 16
  %".704" = add nsw i64 4, %".703"
  %".705" = sext i32 %"row" to i64
  %".706" = sext i32 %"n" to i64
  %".707" = srem i64 %".705", %".706"
  %".708" = mul nsw i64 %".707", 16
  %".709" = add nsw i64 %".704", %".708"
  %".710" = getelementptr float, float* %"b0", i64 %".709"
  store float %".697", float* %".710"
  %".712" = load float, float* %"o8"
  %".713" = load float, float* %"total2"
  %".714" = fdiv reassoc contract float %".712", %".713"
  %".715" = sext i32 %"n" to i64
  %".716" = sext i32 %"row" to i64
  %".717" = sext i32 %"n" to i64
  %".718" = sdiv i64 %".716", %".717"
  %".719" = mul nsw i64 %".715", %".718"
  %".720" = mul nsw i64 %".719", 16
  %".721" = add nsw i64 5, %".720"
  %".722" = sext i32 %"row" to i64
  %".723" = sext i32 %"n" to i64
  %".724" = srem i64 %".722", %".723"
  %".725" = mul nsw i64 %".724", 16
  %".726" = add nsw i64 %".721", %".725"
  %".727" = getelementptr float, float* %"b0", i64 %".726"
  store float %".714", float* %".727"
  %".729" = load float, float* %"o9"
  %".730" = load float, float* %"total2"
  %".731" = fdiv reassoc contract float %".729", %".730"
  %".732" = sext i32 %"n" to i64
  %".733" = sext i32 %"row" to i64
  %".734" = sext i32 %"n" to i64
  %".735" = sdiv i64 %".733", %".734"
  %".736" = mul nsw i64 %".732", %".735"
  %".737" = mul nsw i64 %".736", 16
  %".738" = add nsw i64 6, %".737"
  %".739" = sext i32 %"row" to i64
  %".740" = sext i32 %"n" to i64
  %".741" = srem i64 %".739", %".740"
  %".742" = mul nsw i64 %".741", 16
  %".743" = add nsw i64 %".738", %".742"
  %".744" = getelementptr float, float* %"b0", i64 %".743"
  store float %".731", float* %".744"
  %".746" = load float, float* %"o10"
  %".747" = load float, float* %"total2"
  %".748" = fdiv reassoc contract float %".746", %".747"
  %".749" = sext i32 %"n" to i64
  %".750" = sext i32 %"row" to i64
  %".751" = sext i32 %"n" to i64
  %".752" = sdiv i64 %".750", %".751"
  %".753" = mul nsw i64 %".749", %".752"
  %".754" = mul nsw i64 %".753", 16
  %".755" = add nsw i64 7, %".754"
  %".756" = sext i32 %"row" to i64
  %".757" = sext i32 %"n" to i64
  %".758" = srem i64 %".756", %".757"
  %".759" = mul nsw i64 %".758", 16
  %".760" = add nsw i64 %".755", %".759"
  %".761" = getelementptr float, float* %"b0", i64 %".760"
  store float %".748", float* %".761"
  %".763" = load float, float* %"o11"
  %".764" = load float, float* %"total2"
  %".765" = fdiv reassoc contract float %".763", %".764"
  %".766" = sext i32 %"n" to i64
  %".767" = sext i32 %"row" to i64
  %".768" = sext i32 %"n" to i64
  %".769" = sdiv i64 %".767", %".768"
  %".770" = mul nsw i64 %".766", %".769"
  %".771" = mul nsw i64 %".770", 16
  %".772" = add nsw i64 8, %".771"
  %".773" = sext i32 %"row" to i64
  %".774" = sext i32 %"n" to i64
  %".775" = srem i64 %".773", %".774"
  %".776" = mul nsw i64 %".775", 16
  %".777" = add nsw i64 %".772", %".776"
  %".778" = getelementptr float, float* %"b0", i64 %".777"
  store float %".765", float* %".778"
  %".780" = load float, float* %"o12"
  %".781" = load float, float* %"total2"
  %".782" = fdiv reassoc contract float %".780", %".781"
  %".783" = sext i32 %"n" to i64
  %".784" = sext i32 %"row" to i64
  %".785" = sext i32 %"n" to i64
  %".786" = sdiv i64 %".784", %".785"
  %".787" = mul nsw i64 %".783", %".786"
  %".788" = mul nsw i64 %".787", 16
  %".789" = add nsw i64 9, %".788"
  %".790" = sext i32 %"row" to i64
  %".791" = sext i32 %"n" to i64
  %".792" = srem i64 %".790", %".791"
  %".793" = mul nsw i64 %".792", 16
  %".794" = add nsw i64 %".789", %".793"
  %".795" = getelementptr float, float* %"b0", i64 %".794"
  store float %".782", float* %".795"
  %".797" = load float, float* %"o13"
  %".798" = load float, float* %"total2"
  %".799" = fdiv reassoc contract float %".797", %".798"
  %".800" = sext i32 %"n" to i64
  %".801" = sext i32 %"row" to i64
  %".802" = sext i32 %"n" to i64
  %".803" = sdiv i64 %".801", %".802"
  %".804" = mul nsw i64 %".800", %".803"
  %".805" = mul nsw i64 %".804", 16
  %".806" = add nsw i64 10, %".805"
  %".807" = sext i32 %"row" to i64
  %".808" = sext i32 %"n" to i64
  %".809" = srem i64 %".807", %".808"
  %".810" = mul nsw i64 %".809", 16
  %".811" = add nsw i64 %".806", %".810"
  %".812" = getelementptr float, float* %"b0", i64 %".811"
  store float %".799", float* %".812"
  %".814" = load float, float* %"o14"
  %".815" = load float, float* %"total2"
  %".816" = fdiv reassoc contract float %".814", %".815"
  %".817" = sext i32 %"n" to i64
  %".818" = sext i32 %"row" to i64
  %".819" = sext i32 %"n" to i64
  %".820" = sdiv i64 %".818", %".819"
  %".821" = mul nsw i64 %".817", %".820"
  %".822" = mul nsw i64 %".821", 16
  %".823" = add nsw i64 11, %".822"
  %".824" = sext i32 %"row" to i64
  %".825" = sext i32 %"n" to i64
  %".826" = srem i64 %".824", %".825"
  %".827" = mul nsw i64 %".826", 16
  %".828" = add nsw i64 %".823", %".827"
  %".829" = getelementptr float, float* %"b0", i64 %".828"
  store float %".816", float* %".829"
  %".831" = load float, float* %"o15"
  %".832" = load float, float* %"total2"
  %".833" = fdiv reassoc contract float %".831", %".832"
  %".834" = sext i32 %"n" to i64
  %".835" = sext i32 %"row" to i64
  %".836" = sext i32 %"n" to i64
  %".837" = sdiv i64 %".835", %".836"
  %".838" = mul nsw i64 %".834", %".837"
  %".839" = mul nsw i64 %".838", 16
  %".840" = add nsw i64 12, %".839"
  %".841" = sext i32 %"row" to i64
  %".842" = sext i32 %"n" to i64
  %".843" = srem i64 %".841", %".842"
  %".844" = mul nsw i64 %".843", 16
  %".845" = add nsw i64 %".840", %".844"
  %".846" = getelementptr float, float* %"b0", i64 %".845"
  store float %".833", float* %".846"
  %".848" = load float, float* %"o16"
  %".849" = load float, float* %"total2"
  %".850" = fdiv reassoc contract float %".848", %".849"
  %".851" = sext i32 %"n" to i64
  %".852" = sext i32 %"row" to i64
  %".853" = sext i32 %"n" to i64
  %".854" = sdiv i64 %".852", %".853"
  %".855" = mul nsw i64 %".851", %".854"
  %".856" = mul nsw i64 %".855", 16
  %".857" = add nsw i64 13, %".856"
  %".858" = sext i32 %"row" to i64
  %".859" = sext i32 %"n" to i64
  %".860" = srem i64 %".858", %".859"
  %".861" = mul nsw i64 %".860", 16
  %".862" = add nsw i64 %".857", %".861"
  %".863" = getelementptr float, float* %"b0", i64 %".862"
  store float %".850", float* %".863"
  %".865" = load float, float* %"o17"
  %".866" = load float, float* %"total2"
  %".867" = fdiv reassoc contract float %".865", %".866"
  %".868" = sext i32 %"n" to i64
  %".869" = sext i32 %"row" to i64
  %".870" = sext i32 %"n" to i64
  %".871" = sdiv i64 %".869", %".870"
  %".872" = mul nsw i64 %".868", %".871"
  %".873" = mul nsw i64 %".872", 16
  %".874" = add nsw i64 14, %".873"
  %".875" = sext i32 %"row" to i64
  %".876" = sext i32 %"n" to i64
  %".877" = srem i64 %".875", %".876"
  %".878" = mul nsw i64 %".877", 16
  %".879" = add nsw i64 %".874", %".878"
  %".880" = getelementptr float, float* %"b0", i64 %".879"
  store float %".867", float* %".880"
  %".882" = load float, float* %"o18"
  %".883" = load float, float* %"total2"
  %".884" = fdiv reassoc contract float %".882", %".883"
  %".885" = sext i32 %"n" to i64
  %".886" = sext i32 %"row" to i64
  %".887" = sext i32 %"n" to i64
  %".888" = sdiv i64 %".886", %".887"
  %".889" = mul nsw i64 %".885", %".888"
  %".890" = mul nsw i64 %".889", 16
  %".891" = add nsw i64 15, %".890"
  %".892" = sext i32 %"row" to i64
  %".893" = sext i32 %"n" to i64
  %".894" = srem i64 %".892", %".893"
  %".895" = mul nsw i64 %".894", 16
  %".896" = add nsw i64 %".891", %".895"
  %".897" = getelementptr float, float* %"b0", i64 %".896"
  store float %".884", float* %".897"
  %".899" = add nsw i32 %"row", 1
  br label %"row.head"
r23.head:
  %"r23" = phi  i32 [0, %"key19.body"], [%".95", %"r23.body"]
  %".44" = icmp slt i32 %"r23", 16
  br i1 %".44", label %"r23.body", label %"r23.done"
r23.body:
  %".46" = sext i32 %"r23" to i64
  %".47" = sext i32 %"row" to i64
  %".48" = sext i32 %"n" to i64
  %".49" = sdiv i64 %".47", %".48"
  %".50" = mul nsw i64 %".49", 16
  %".51" = add nsw i64 %".46", %".50"
  %".52" = srem i64 %".51", 32
  %".53" = sext i32 %"r23" to i64
  %".54" = sext i32 %"row" to i64
  %".55" = sext i32 %"n" to i64
  %".56" = sdiv i64 %".54", %".55"
  %".57" = mul nsw i64 %".56", 16
  %".58" = add nsw i64 %".53", %".57"
  %".59" = sdiv i64 %".58", 32
  %".60" = mul nsw i64 %".59", 96
  %".61" = add nsw i64 %".52", %".60"
  %".62" = sext i32 %"row" to i64
  %".63" = sext i32 %"n" to i64
  %".64" = srem i64 %".62", %".63"
  %".65" = mul nsw i64 %".64", 96
  %".66" = add nsw i64 %".61", %".65"
  %".67" = getelementptr float, float* %"b1", i64 %".66"
  %".68" = load float, float* %".67"
  %".69" = sext i32 %"key19" to i64
  %".70" = mul nsw i64 %".69", 96
  %".71" = add nsw i64 32, %".70"
  %".72" = sext i32 %"r23" to i64
  %".73" = sext i32 %"row" to i64
  %".74" = sext i32 %"n" to i64
  %".75" = sdiv i64 %".73", %".74"
  %".76" = mul nsw i64 %".75", 16
  %".77" = add nsw i64 %".72", %".76"
  %".78" = srem i64 %".77", 32
  %".79" = add nsw i64 %".71", %".78"
  %".80" = sext i32 %"r23" to i64
  %".81" = sext i32 %"row" to i64
  %".82" = sext i32 %"n" to i64
  %".83" = sdiv i64 %".81", %".82"
  %".84" = mul nsw i64 %".83", 16
  %".85" = add nsw i64 %".80", %".84"
  %".86" = sdiv i64 %".85", 32
  %".87" = mul nsw i64 %".86", 96
  %".88" = add nsw i64 %".79", %".87"
  %".89" = getelementptr float, float* %"b1", i64 %".88"
  %".90" = load float, float* %".89"
  %".91" = fmul reassoc contract float %".68", %".90"
  %".92" = load float, float* %"acc22"
  %".93" = fadd reassoc contract float %".92", %".91"
  store float %".93", float* %"acc22"
  %".95" = add nsw i32 %"r23", 1
  br label %"r23.head"
r23.done:
  %".97" = load float, float* %"acc22"
  %".98" = fmul reassoc contract float %".97", 0x3fd0000000000000
  %".99" = select  i1 %".41", float %".98", float 0xfff0000000000000
  %".100" = load float, float* %"peak1"
  %".101" = call float @"llvm.maxnum.f32"(float %".100", float %".99")
  %".102" = fcmp oeq float %".101", 0xfff0000000000000
  %".103" = select  i1 %".102", float              0x0, float %".101"
  %".104" = load float, float* %"peak1"
  %".105" = fsub reassoc contract float %".104", %".103"
  %".106" = call float @"llvm.maxnum.f32"(float %".105", float 0xc059f999a0000000)
  %".107" = call float @"llvm.minnum.f32"(float %".106", float 0x4056333340000000)
  %".108" = fmul float %".107", 0x3ff7154760000000
  %".109" = fadd float %".108", 0x3fe0000000000000
  %".110" = call float @"llvm.floor.f32"(float %".109")
  %".111" = fmul float %".110", 0x3fe62e4000000000
  %".112" = fsub float %".107", %".111"
  %".113" = fmul float %".110", 0x3eb7f7d1c0000000
  %".114" = fsub float %".112", %".113"
  %".115" = fmul float 0x3f2a01a020000000, %".114"
  %".116" = fadd float %".115", 0x3f56c16c20000000
  %".117" = fmul float %".116", %".114"
  %".118" = fadd float %".117", 0x3f81111120000000
  %".119" = fmul float %".118", %".114"
  %".120" = fadd float %".119", 0x3fa5555560000000
  %".121" = fmul float %".120", %".114"
  %".122" = fadd float %".121", 0x3fc5555560000000
  %".123" = fmul float %".122", %".114"
  %".124" = fadd float %".123", 0x3fe0000000000000
  %".125" = fmul float %".124", %".114"
  %".126" = fadd float %".125", 0x3ff0000000000000
  %".127" = fmul float %".126", %".114"
  %".128" = fadd float %".127", 0x3ff0000000000000
  %".129" = fptosi float %".110" to i32
  %".130" = ashr i32 %".129", 1
  %".131" = sub i32 %".129", %".130"
  %".132" = add i32 %".130", 127
  %".133" = shl i32 %".132", 23
  %".134" = bitcast i32 %".133" to float
  %".135" = fmul float %".128", %".134"
  %".136" = add i32 %".131", 127
  %".137" = shl i32 %".136", 23
  %".138" = bitcast i32 %".137" to float
  %".139" = fmul float %".135", %".138"
  %".140" = fcmp ogt float %".105", 0x40562e4260000000
  %".141" = select  i1 %".140", float 0x7ff0000000000000, float %".139"
  %".142" = fcmp olt float %".105", 0xc059f999a0000000
  %".143" = select  i1 %".142", float              0x0, float %".141"
  %".144" = fcmp uno float %".105", %".105"
  %".145" = select  i1 %".144", float %".105", float %".143"
  %".146" = fsub reassoc contract float %".99", %".103"
  %".147" = call float @"llvm.maxnum.f32"(float %".146", float 0xc059f999a0000000)
  %".148" = call float @"llvm.minnum.f32"(float %".147", float 0x4056333340000000)
  %".149" = fmul float %".148", 0x3ff7154760000000
  %".150" = fadd float %".149", 0x3fe0000000000000
  %".151" = call float @"llvm.floor.f32"(float %".150")
  %".152" = fmul float %".151", 0x3fe62e4000000000
  %".153" = fsub float %".148", %".152"
  %".154" = fmul float %".151", 0x3eb7f7d1c0000000
  %".155" = fsub float %".153", %".154"
  %".156" = fmul float 0x3f2a01a020000000, %".155"
  %".157" = fadd float %".156", 0x3f56c16c20000000
  %".158" = fmul float %".157", %".155"
  %".159" = fadd float %".158", 0x3f81111120000000
  %".160" = fmul float %".159", %".155"
  %".161" = fadd float %".160", 0x3fa5555560000000
  %".162" = fmul float %".161", %".155"
  %".163" = fadd float %".162", 0x3fc5555560000000
  %".164" = fmul float %".163", %".155"
  %".165" = fadd float %".164", 0x3fe0000000000000
  %".166" = fmul float %".165", %".155"
  %".167" = fadd float %".166", 0x3ff0000000000000
  %".168" = fmul float %".167", %".155"
  %".169" = fadd float %".168", 0x3ff0000000000000
  %".170" = fptosi float %".151" to i32
  %".171" = ashr i32 %".170", 1
  %".172" = sub i32 %".170", %".171"
  %".173" = add i32 %".171", 127
  %".174" = shl i32 %".173", 23
  %".175" = bitcast i32 %".174" to float
  %".176" = fmul float %".169", %".175"
  %".177" = add i32 %".172", 127
  %".178" = shl i32 %".177", 23
  %".179" = bitcast i32 %".178" to float
  %".180" = fmul float %".176", %".179"
  %".181" = fcmp ogt float %".146", 0x40562e4260000000
  %".182" = select  i1 %".181", float 0x7ff0000000000000, float %".180"
  %".183" = fcmp olt float %".146", 0xc059f999a0000000
  %".184" = select  i1 %".183", float              0x0, float %".182"
  %".185" = fcmp uno float %".146", %".146"
  %".186" = select  i1 %".185", float %".146", float %".184"
  %".187" = load float, float* %"peak1"
  %".188" = call float @"llvm.maxnum.f32"(float %".187", float %".99")
  store float %".188", float* %"peak1"
  %".190" = sext i32 %"key19" to i64
  %".191" = mul nsw i64 %".190", 96
  %".192" = add nsw i64 64, %".191"
  %".193" = sext i32 %"row" to i64
  %".194" = sext i32 %"n" to i64
  %".195" = sdiv i64 %".193", %".194"
  %".196" = mul nsw i64 %".195", 16
  %".197" = srem i64 %".196", 32
  %".198" = add nsw i64 %".192", %".197"
  %".199" = sext i32 %"row" to i64
  %".200" = sext i32 %"n" to i64
  %".201" = sdiv i64 %".199", %".200"
  %".202" = mul nsw i64 %".201", 16
  %".203" = sdiv i64 %".202", 32
  %".204" = mul nsw i64 %".203", 96
  %".205" = add nsw i64 %".198", %".204"
  %".206" = getelementptr float, float* %"b1", i64 %".205"
  %".207" = load float, float* %".206"
  %".208" = sext i32 %"key19" to i64
  %".209" = mul nsw i64 %".208", 96
  %".210" = add nsw i64 64, %".209"
  %".211" = sext i32 %"row" to i64
  %".212" = sext i32 %"n" to i64
  %".213" = sdiv i64 %".211", %".212"
  %".214" = mul nsw i64 %".213", 16
  %".215" = add nsw i64 1, %".214"
  %".216" = srem i64 %".215", 32
  %".217" = add nsw i64 %".210", %".216"
  %".218" = sext i32 %"row" to i64
  %".219" = sext i32 %"n" to i64
  %".220" = sdiv i64 %".218", %".219"
  %".221" = mul nsw i64 %".220", 16
  %".222" = add nsw i64 1, %".221"
  %".223" = sdiv i64 %".222", 32
  %".224" = mul nsw i64 %".223", 96
  %".225" = add nsw i64 %".217", %".224"
  %".226" = getelementptr float, float* %"b1", i64 %".225"
  %".227" = load float, float* %".226"
  %".228" = sext i32 %"key19" to i64
  %".229" = mul nsw i64 %".228", 96
  %".230" = add nsw i64 64, %".229"
  %".231" = sext i32 %"row" to i64
  %".232" = sext i32 %"n" to i64
  %".233" = sdiv i64 %".231", %".232"
  %".234" = mul nsw i64 %".233", 16
  %".235" = add nsw i64 2, %".234"
  %".236" = srem i64 %".235", 32
  %".237" = add nsw i64 %".230", %".236"
  %".238" = sext i32 %"row" to i64
  %".239" = sext i32 %"n" to i64
  %".240" = sdiv i64 %".238", %".239"
  %".241" = mul nsw i64 %".240", 16
  %".242" = add nsw i64 2, %".241"
  %".243" = sdiv i64 %".242", 32
  %".244" = mul nsw i64 %".243", 96
  %".245" = add nsw i64 %".237", %".244"
  %".246" = getelementptr float, float* %"b1", i64 %".245"
  %".247" = load float, float* %".246"
  %".248" = sext i32 %"key19" to i64
  %".249" = mul nsw i64 %".248", 96
  %".250" = add nsw i64 64, %".249"
  %".251" = sext i32 %"row" to i64
  %".252" = sext i32 %"n" to i64
  %".253" = sdiv i64 %".251", %".252"
  %".254" = mul nsw i64 %".253", 16
  %".255" = add nsw i64 3, %".254"
  %".256" = srem i64 %".255", 32
  %".257" = add nsw i64 %".250", %".256"
  %".258" = sext i32 %"row" to i64
  %".259" = sext i32 %"n" to i64
  %".260" = sdiv i64 %".258", %".259"
  %".261" = mul nsw i64 %".260", 16
  %".262" = add nsw i64 3, %".261"
  %".263" = sdiv i64 %".262", 32
  %".264" = mul nsw i64 %".263", 96
  %".265" = add nsw i64 %".257", %".264"
  %".266" = getelementptr float, float* %"b1", i64 %".265"
  %".267" = load float, float* %".266"
  %".268" = sext i32 %"key19" to i64
  %".269" = mul nsw i64 %".268", 96
  %".270" = add nsw i64 64, %".269"
  %".271" = sext i32 %"row" to i64
  %".272" = sext i32 %"n" to i64
  %".273" = sdiv i64 %".271", %".272"
  %".274" = mul nsw i64 %".273", 16
  %".275" = add nsw i64 4, %".274"
  %".276" = srem i64 %".275", 32
  %".277" = add nsw i64 %".270", %".276"
  %".278" = sext i32 %"row" to i64
  %".279" = sext i32 %"n" to i64
  %".280" = sdiv i64 %".278", %".279"
  %".281" = mul nsw i64 %".280", 16
  %".282" = add nsw i64 4, %".281"
  %".283" = sdiv i64 %".282", 32
  %".284" = mul nsw i64 %".283", 96
  %".285" = add nsw i64 %".277", %".284"
  %".286" = getelementptr float, float* %"b1", i64 %".285"
  %".287" = load float, float* %".286"
  %".288" = sext i32 %"key19" to i64
  %".289" = mul nsw i64 %".288", 96
  %".290" = add nsw i64 64, %".289"
  %".291" = sext i32 %"row" to i64
  %".292" = sext i32 %"n" to i64
  %".293" = sdiv i64 %".291", %".292"
  %".294" = mul nsw i64 %".293", 16
  %".295" = add nsw i64 5, %".294"
  %".296" = srem i64 %".295", 32
  %".297" = add nsw i64 %".290", %".296"
  %".298" = sext i32 %"row" to i64
  %".299" = sext i32 %"n" to i64
  %".300" = sdiv i64 %".298", %".299"
  %".301" = mul nsw i64 %".300", 16
  %".302" = add nsw i64 5, %".301"
  %".303" = sdiv i64 %".302", 32
  %".304" = mul nsw i64 %".303", 96
  %".305" = add nsw i64 %".297", %".304"
  %".306" = getelementptr float, float* %"b1", i64 %".305"
  %".307" = load float, float* %".306"
  %".308" = sext i32 %"key19" to i64
  %".309" = mul nsw i64 %".308", 96
  %".310" = add nsw i64 64, %".309"
  %".311" = sext i32 %"row" to i64
  %".312" = sext i32 %"n" to i64
  %".313" = sdiv i64 %".311", %".312"
  %".314" = mul nsw i64 %".313", 16
  %".315" = add nsw i64 6, %".314"
  %".316" = srem i64 %".315", 32
  %".317" = add nsw i64 %".310", %".316"
  %".318" = sext i32 %"row" to i64
  %".319" = sext i32 %"n" to i64
  %".320" = sdiv i64 %".318", %".319"
  %".321" = mul nsw i64 %".320", 16
  %".322" = add nsw i64 6, %".321"
  %".323" = sdiv i64 %".322", 32
  %".324" = mul nsw i64 %".323", 96
  %".325" = add nsw i64 %".317", %".324"
  %".326" = getelementptr float, float* %"b1", i64 %".325"
  %".327" = load float, float* %".326"
  %".328" = sext i32 %"key19" to i64
  %".329" = mul nsw i64 %".328", 96
  %".330" = add nsw i64 64, %".329"
  %".331" = sext i32 %"row" to i64
  %".332" = sext i32 %"n" to i64
  %".333" = sdiv i64 %".331", %".332"
  %".334" = mul nsw i64 %".333", 16
  %".335" = add nsw i64 7, %".334"
  %".336" = srem i64 %".335", 32
  %".337" = add nsw i64 %".330", %".336"
  %".338" = sext i32 %"row" to i64
  %".339" = sext i32 %"n" to i64
  %".340" = sdiv i64 %".338", %".339"
  %".341" = mul nsw i64 %".340", 16
  %".342" = add nsw i64 7, %".341"
  %".343" = sdiv i64 %".342", 32
  %".344" = mul nsw i64 %".343", 96
  %".345" = add nsw i64 %".337", %".344"
  %".346" = getelementptr float, float* %"b1", i64 %".345"
  %".347" = load float, float* %".346"
  %".348" = sext i32 %"key19" to i64
  %".349" = mul nsw i64 %".348", 96
  %".350" = add nsw i64 64, %".349"
  %".351" = sext i32 %"row" to i64
  %".352" = sext i32 %"n" to i64
  %".353" = sdiv i64 %".351", %".352"
  %".354" = mul nsw i64 %".353", 16
  %".355" = add nsw i64 8, %".354"
  %".356" = srem i64 %".355", 32
  %".357" = add nsw i64 %".350", %".356"
  %".358" = sext i32 %"row" to i64
  %".359" = sext i32 %"n" to i64
  %".360" = sdiv i64 %".358", %".359"
  %".361" = mul nsw i64 %".360", 16
  %".362" = add nsw i64 8, %".361"
  %".363" = sdiv i64 %".362", 32
  %".364" = mul nsw i64 %".363", 96
  %".365" = add nsw i64 %".357", %".364"
  %".366" = getelementptr float, float* %"b1", i64 %".365"
  %".367" = load float, float* %".366"
  %".368" = sext i32 %"key19" to i64
  %".369" = mul nsw i64 %".368", 96
  %".370" = add nsw i64 64, %".369"
  %".371" = sext i32 %"row" to i64
  %".372" = sext i32 %"n" to i64
  %".373" = sdiv i64 %".371", %".372"
  %".374" = mul nsw i64 %".373", 16
  %".375" = add nsw i64 9, %".374"
  %".376" = srem i64 %".375", 32
  %".377" = add nsw i64 %".370", %".376"
  %".378" = sext i32 %"row" to i64
  %".379" = sext i32 %"n" to i64
  %".380" = sdiv i64 %".378", %".379"
  %".381" = mul nsw i64 %".380", 16
  %".382" = add nsw i64 9, %".381"
  %".383" = sdiv i64 %".382", 32
  %".384" = mul nsw i64 %".383", 96
  %".385" = add nsw i64 %".377", %".384"
  %".386" = getelementptr float, float* %"b1", i64 %".385"
  %".387" = load float, float* %".386"
  %".388" = sext i32 %"key19" to i64
  %".389" = mul nsw i64 %".388", 96
  %".390" = add nsw i64 64, %".389"
  %".391" = sext i32 %"row" to i64
  %".392" = sext i32 %"n" to i64
  %".393" = sdiv i64 %".391", %".392"
  %".394" = mul nsw i64 %".393", 16
  %".395" = add nsw i64 10, %".394"
  %".396" = srem i64 %".395", 32
  %".397" = add nsw i64 %".390", %".396"
  %".398" = sext i32 %"row" to i64
  %".399" = sext i32 %"n" to i64
  %".400" = sdiv i64 %".398", %".399"
  %".401" = mul nsw i64 %".400", 16
  %".402" = add nsw i64 10, %".401"
  %".403" = sdiv i64 %".402", 32
  %".404" = mul nsw i64 %".403", 96
  %".405" = add nsw i64 %".397", %".404"
  %".406" = getelementptr float, float* %"b1", i64 %".405"
  %".407" = load float, float* %".406"
  %".408" = sext i32 %"key19" to i64
  %".409" = mul nsw i64 %".408", 96
  %".410" = add nsw i64 64, %".409"
  %".411" = sext i32 %"row" to i64
  %".412" = sext i32 %"n" to i64
  %".413" = sdiv i64 %".411", %".412"
  %".414" = mul nsw i64 %".413", 16
  %".415" = add nsw i64 11, %".414"
  %".416" = srem i64 %".415", 32
  %".417" = add nsw i64 %".410", %".416"
  %".418" = sext i32 %"row" to i64
  %".419" = sext i32 %"n" to i64
  %".420" = sdiv i64 %".418", %".419"
  %".421" = mul nsw i64 %".420", 16
  %".422" = add nsw i64 11, %".421"
  %".423" = sdiv i64 %".422", 32
  %".424" = mul nsw i64 %".423", 96
  %".425" = add nsw i64 %".417", %".424"
  %".426" = getelementptr float, float* %"b1", i64 %".425"
  %".427" = load float, float* %".426"
  %".428" = sext i32 %"key19" to i64
  %".429" = mul nsw i64 %".428", 96
  %".430" = add nsw i64 64, %".429"
  %".431" = sext i32 %"row" to i64
  %".432" = sext i32 %"n" to i64
  %".433" = sdiv i64 %".431", %".432"
  %".434" = mul nsw i64 %".433", 16
  %".435" = add nsw i64 12, %".434"
  %".436" = srem i64 %".435", 32
  %".437" = add nsw i64 %".430", %".436"
  %".438" = sext i32 %"row" to i64
  %".439" = sext i32 %"n" to i64
  %".440" = sdiv i64 %".438", %".439"
  %".441" = mul nsw i64 %".440", 16
  %".442" = add nsw i64 12, %".441"
  %".443" = sdiv i64 %".442", 32
  %".444" = mul nsw i64 %".443", 96
  %".445" = add nsw i64 %".437", %".444"
  %".446" = getelementptr float, float* %"b1", i64 %".445"
  %".447" = load float, float* %".446"
  %".448" = sext i32 %"key19" to i64
  %".449" = mul nsw i64 %".448", 96
  %".450" = add nsw i64 64, %".449"
  %".451" = sext i32 %"row" to i64
  %".452" = sext i32 %"n" to i64
  %".453" = sdiv i64 %".451", %".452"
  %".454" = mul nsw i64 %".453", 16
  %".455" = add nsw i64 13, %".454"
  %".456" = srem i64 %".455", 32
  %".457" = add nsw i64 %".450", %".456"
  %".458" = sext i32 %"row" to i64
  %".459" = sext i32 %"n" to i64
  %".460" = sdiv i64 %".458", %".459"
  %".461" = mul nsw i64 %".460", 16
  %".462" = add nsw i64 13, %".461"
  %".463" = sdiv i64 %".462", 32
  %".464" = mul nsw i64 %".463", 96
  %".465" = add nsw i64 %".457", %".464"
  %".466" = getelementptr float, float* %"b1", i64 %".465"
  %".467" = load float, float* %".466"
  %".468" = sext i32 %"key19" to i64
  %".469" = mul nsw i64 %".468", 96
  %".470" = add nsw i64 64, %".469"
  %".471" = sext i32 %"row" to i64
  %".472" = sext i32 %"n" to i64
  %".473" = sdiv i64 %".471", %".472"
  %".474" = mul nsw i64 %".473", 16
  %".475" = add nsw i64 14, %".474"
  %".476" = srem i64 %".475", 32
  %".477" = add nsw i64 %".470", %".476"
  %".478" = sext i32 %"row" to i64
  %".479" = sext i32 %"n" to i64
  %".480" = sdiv i64 %".478", %".479"
  %".481" = mul nsw i64 %".480", 16
  %".482" = add nsw i64 14, %".481"
  %".483" = sdiv i64 %".482", 32
  %".484" = mul nsw i64 %".483", 96
  %".485" = add nsw i64 %".477", %".484"
  %".486" = getelementptr float, float* %"b1", i64 %".485"
  %".487" = load float, float* %".486"
  %".488" = sext i32 %"key19" to i64
  %".489" = mul nsw i64 %".488", 96
  %".490" = add nsw i64 64, %".489"
  %".491" = sext i32 %"row" to i64
  %".492" = sext i32 %"n" to i64
  %".493" = sdiv i64 %".491", %".492"
  %".494" = mul nsw i64 %".493", 16
  %".495" = add nsw i64 15, %".494"
  %".496" = srem i64 %".495", 32
  %".497" = add nsw i64 %".490", %".496"
  %".498" = sext i32 %"row" to i64
  %".499" = sext i32 %"n" to i64
  %".500" = sdiv i64 %".498", %".499"
  %".501" = mul nsw i64 %".500", 16
  %".502" = add nsw i64 15, %".501"
  %".503" = sdiv i64 %".502", 32
  %".504" = mul nsw i64 %".503", 96
  %".505" = add nsw i64 %".497", %".504"
  %".506" = getelementptr float, float* %"b1", i64 %".505"
  %".507" = load float, float* %".506"
  %".508" = load float, float* %"total2"
  %".509" = fmul reassoc contract float %".508", %".145"
  store float %".509", float* %"total2"
  %".511" = load float, float* %"total2"
  %".512" = fadd reassoc contract float %".511", %".186"
  store float %".512", float* %"total2"
  %".514" = load float, float* %"o3"
  %".515" = fmul reassoc contract float %".514", %".145"
  store float %".515", float* %"o3"
  %".517" = load float, float* %"o3"
  %".518" = fmul reassoc contract float %".186", %".207"
  %".519" = fadd reassoc contract float %".517", %".518"
  store float %".519", float* %"o3"
  %".521" = load float, float* %"o4"
  %".522" = fmul reassoc contract float %".521", %".145"
  store float %".522", float* %"o4"
  %".524" = load float, float* %"o4"
  %".525" = fmul reassoc contract float %".186", %".227"
  %".526" = fadd reassoc contract float %".524", %".525"
  store float %".526", float* %"o4"
  %".528" = load float, float* %"o5"
  %".529" = fmul reassoc contract float %".528", %".145"
  store float %".529", float* %"o5"
  %".531" = load float, float* %"o5"
  %".532" = fmul reassoc contract float %".186", %".247"
  %".533" = fadd reassoc contract float %".531", %".532"
  store float %".533", float* %"o5"
  %".535" = load float, float* %"o6"
  %".536" = fmul reassoc contract float %".535", %".145"
  store float %".536", float* %"o6"
  %".538" = load float, float* %"o6"
  %".539" = fmul reassoc contract float %".186", %".267"
  %".540" = fadd reassoc contract float %".538", %".539"
  store float %".540", float* %"o6"
  %".542" = load float, float* %"o7"
  %".543" = fmul reassoc contract float %".542", %".145"
  store float %".543", float* %"o7"
  %".545" = load float, float* %"o7"
  %".546" = fmul reassoc contract float %".186", %".287"
  %".547" = fadd reassoc contract float %".545", %".546"
  store float %".547", float* %"o7"
  %".549" = load float, float* %"o8"
  %".550" = fmul reassoc contract float %".549", %".145"
  store float %".550", float* %"o8"
  %".552" = load float, float* %"o8"
  %".553" = fmul reassoc contract float %".186", %".307"
  %".554" = fadd reassoc contract float %".552", %".553"
  store float %".554", float* %"o8"
  %".556" = load float, float* %"o9"
  %".557" = fmul reassoc contract float %".556", %".145"
  store float %".557", float* %"o9"
  %".559" = load float, float* %"o9"
  %".560" = fmul reassoc contract float %".186", %".327"
  %".561" = fadd reassoc contract float %".559", %".560"
  store float %".561", float* %"o9"
  %".563" = load float, float* %"o10"
  %".564" = fmul reassoc contract float %".563", %".145"
  store float %".564", float* %"o10"
  %".566" = load float, float* %"o10"
  %".567" = fmul reassoc contract float %".186", %".347"
  %".568" = fadd reassoc contract float %".566", %".567"
  store float %".568", float* %"o10"
  %".570" = load float, float* %"o11"
  %".571" = fmul reassoc contract float %".570", %".145"
  store float %".571", float* %"o11"
  %".573" = load float, float* %"o11"
  %".574" = fmul reassoc contract float %".186", %".367"
  %".575" = fadd reassoc contract float %".573", %".574"
  store float %".575", float* %"o11"
  %".577" = load float, float* %"o12"
  %".578" = fmul reassoc contract float %".577", %".145"
  store float %".578", float* %"o12"
  %".580" = load float, float* %"o12"
  %".581" = fmul reassoc contract float %".186", %".387"
  %".582" = fadd reassoc contract float %".580", %".581"
  store float %".582", float* %"o12"
  %".584" = load float, float* %"o13"
  %".585" = fmul reassoc contract float %".584", %".145"
  store float %".585", float* %"o13"
  %".587" = load float, float* %"o13"
  %".588" = fmul reassoc contract float %".186", %".407"
  %".589" = fadd reassoc contract float %".587", %".588"
  store float %".589", float* %"o13"
  %".591" = load float, float* %"o14"
  %".592" = fmul reassoc contract float %".591", %".145"
  store float %".592", float* %"o14"
  %".594" = load float, float* %"o14"
  %".595" = fmul reassoc contract float %".186", %".427"
  %".596" = fadd reassoc contract float %".594", %".595"
  store float %".596", float* %"o14"
  %".598" = load float, float* %"o15"
  %".599" = fmul reassoc contract float %".598", %".145"
  store float %".599", float* %"o15"
  %".601" = load float, float* %"o15"
  %".602" = fmul reassoc contract float %".186", %".447"
  %".603" = fadd reassoc contract float %".601", %".602"
  store float %".603", float* %"o15"
  %".605" = load float, float* %"o16"
  %".606" = fmul reassoc contract float %".605", %".145"
  store float %".606", float* %"o16"
  %".608" = load float, float* %"o16"
  %".609" = fmul reassoc contract float %".186", %".467"
  %".610" = fadd reassoc contract float %".608", %".609"
  store float %".610", float* %"o16"
  %".612" = load float, float* %"o17"
  %".613" = fmul reassoc contract float %".612", %".145"
  store float %".613", float* %"o17"
  %".615" = load float, float* %"o17"
  %".616" = fmul reassoc contract float %".186", %".487"
  %".617" = fadd reassoc contract float %".615", %".616"
  store float %".617", float* %"o17"
  %".619" = load float, float* %"o18"
  %".620" = fmul reassoc contract float %".619", %".145"
  store float %".620", float* %"o18"
  %".622" = load float, float* %"o18"
  %".623" = fmul reassoc contract float %".186", %".507"
  %".624" = fadd reassoc contract float %".622", %".623"
  store float %".624", float* %"o18"
  %".626" = add nsw i32 %"key19", 1
  br label %"key19.head"
}

declare float @"llvm.maxnum.f32"(float %".1", float %".2")

declare float @"llvm.minnum.f32"(float %".1", float %".2")

declare float @"llvm.floor.f32"(float %".1")

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
  %".147" = icmp sle i32 2, %"n"
  br i1 %".147", label %"then.1", label %"endif.1"
t1.head:
  %"t1" = phi  i32 [%".14", %"then"], [%".144", %"c7.done"]
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
  %"c7" = phi  i32 [0, %"k3.done"], [%".142", %"c7.body"]
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
  %".91" = call float @"llvm.maxnum.f32"(float %".90", float 0xc059f999a0000000)
  %".92" = call float @"llvm.minnum.f32"(float %".91", float 0x4056333340000000)
  %".93" = fmul float %".92", 0x3ff7154760000000
  %".94" = fadd float %".93", 0x3fe0000000000000
  %".95" = call float @"llvm.floor.f32"(float %".94")
  %".96" = fmul float %".95", 0x3fe62e4000000000
  %".97" = fsub float %".92", %".96"
  %".98" = fmul float %".95", 0x3eb7f7d1c0000000
  %".99" = fsub float %".97", %".98"
  %".100" = fmul float 0x3f2a01a020000000, %".99"
  %".101" = fadd float %".100", 0x3f56c16c20000000
  %".102" = fmul float %".101", %".99"
  %".103" = fadd float %".102", 0x3f81111120000000
  %".104" = fmul float %".103", %".99"
  %".105" = fadd float %".104", 0x3fa5555560000000
  %".106" = fmul float %".105", %".99"
  %".107" = fadd float %".106", 0x3fc5555560000000
  %".108" = fmul float %".107", %".99"
  %".109" = fadd float %".108", 0x3fe0000000000000
  %".110" = fmul float %".109", %".99"
  %".111" = fadd float %".110", 0x3ff0000000000000
  %".112" = fmul float %".111", %".99"
  %".113" = fadd float %".112", 0x3ff0000000000000
  %".114" = fptosi float %".95" to i32
  %".115" = ashr i32 %".114", 1
  %".116" = sub i32 %".114", %".115"
  %".117" = add i32 %".115", 127
  %".118" = shl i32 %".117", 23
  %".119" = bitcast i32 %".118" to float
  %".120" = fmul float %".113", %".119"
  %".121" = add i32 %".116", 127
  %".122" = shl i32 %".121", 23
  %".123" = bitcast i32 %".122" to float
  %".124" = fmul float %".120", %".123"
  %".125" = fcmp ogt float %".90", 0x40562e4260000000
  %".126" = select  i1 %".125", float 0x7ff0000000000000, float %".124"
  %".127" = fcmp olt float %".90", 0xc059f999a0000000
  %".128" = select  i1 %".127", float              0x0, float %".126"
  %".129" = fcmp uno float %".90", %".90"
  %".130" = select  i1 %".129", float %".90", float %".128"
  %".131" = fadd float %".130", 0x3ff0000000000000
  %".132" = fdiv float 0x4000000000000000, %".131"
  %".133" = fsub float 0x3ff0000000000000, %".132"
  %".134" = fadd reassoc contract float 0x3ff0000000000000, %".133"
  %".135" = fmul reassoc contract float %".84", %".134"
  %".136" = sext i32 %"c7" to i64
  %".137" = sext i32 %"t1" to i64
  %".138" = mul nsw i64 %".137", 16
  %".139" = add nsw i64 %".136", %".138"
  %".140" = getelementptr float, float* %"b0", i64 %".139"
  store float %".135", float* %".140"
  %".142" = add nsw i32 %"c7", 1
  br label %"c7.head"
c7.done:
  %".144" = add nsw i32 %"t1", 1
  br label %"t1.head"
then.1:
  %".149" = sub i32 %"ncores", 1
  %".150" = add i32 32, %".149"
  %".151" = sdiv i32 %".150", %"ncores"
  %".152" = mul i32 %"core", %".151"
  %".153" = add i32 %".152", %".151"
  %".154" = icmp slt i32 %".153", 32
  %".155" = select  i1 %".154", i32 %".153", i32 32
  br label %"t20.head"
endif.1:
  ret void
t20.head:
  %"t20" = phi  i32 [%".152", %"then.1"], [%".625", %"i26.done"]
  %".157" = icmp slt i32 %"t20", %".155"
  br i1 %".157", label %"t20.body", label %"t20.done"
t20.body:
  br label %"k23.head"
t20.done:
  br label %"endif.1"
k23.head:
  %"k23" = phi  i32 [0, %"t20.body"], [%".182", %"c24.done"]
  %".160" = icmp slt i32 %"k23", 32
  br i1 %".160", label %"k23.body", label %"k23.done"
k23.body:
  br label %"c24.head"
k23.done:
  %".184" = add i32 1, %"n"
  %".185" = sdiv i32 %".184", 2
  br label %"i26.head"
c24.head:
  %"c24" = phi  i32 [0, %"k23.body"], [%".180", %"c24.body"]
  %".163" = icmp slt i32 %"c24", 4
  br i1 %".163", label %"c24.body", label %"c24.done"
c24.body:
  %".165" = sext i32 %"c24" to i64
  %".166" = sext i32 %"k23" to i64
  %".167" = mul nsw i64 %".166", 128
  %".168" = add nsw i64 %".165", %".167"
  %".169" = sext i32 %"t20" to i64
  %".170" = mul nsw i64 %".169", 4
  %".171" = add nsw i64 %".168", %".170"
  %".172" = getelementptr float, float* %"b2", i64 %".171"
  %".173" = load float, float* %".172"
  %".174" = sext i32 %"c24" to i64
  %".175" = sext i32 %"k23" to i64
  %".176" = mul nsw i64 %".175", 4
  %".177" = add nsw i64 %".174", %".176"
  %".178" = getelementptr float, float* %"Bp21", i64 %".177"
  store float %".173", float* %".178"
  %".180" = add nsw i32 %"c24", 1
  br label %"c24.head"
c24.done:
  %".182" = add nsw i32 %"k23", 1
  br label %"k23.head"
i26.head:
  %"i26" = phi  i32 [0, %"k23.done"], [%".623", %"endif.3"]
  %".187" = icmp slt i32 %"i26", %".185"
  br i1 %".187", label %"i26.body", label %"i26.done"
i26.body:
  %".189" = mul i32 %"i26", 2
  %".190" = add i32 -1, %"n"
  %".191" = icmp slt i32 %".189", %".190"
  br i1 %".191", label %"then.2", label %"endif.2"
i26.done:
  %".625" = add nsw i32 %"t20", 1
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
  %".468" = mul i32 %"i26", 2
  %".469" = add i32 -1, %"n"
  %".470" = icmp slt i32 %".468", %".469"
  %".471" = xor i1 %".470", 1
  br i1 %".471", label %"then.3", label %"endif.3"
k35.head:
  %"k35" = phi  i32 [0, %"then.2"], [%".287", %"k35.body"]
  %".202" = icmp slt i32 %"k35", 32
  br i1 %".202", label %"k35.body", label %"k35.done"
k35.body:
  %".204" = sext i32 %"i26" to i64
  %".205" = mul nsw i64 %".204", 64
  %".206" = sext i32 %"k35" to i64
  %".207" = add nsw i64 %".205", %".206"
  %".208" = getelementptr float, float* %"b1", i64 %".207"
  %".209" = load float, float* %".208"
  %".210" = sext i32 %"i26" to i64
  %".211" = mul nsw i64 %".210", 64
  %".212" = add nsw i64 32, %".211"
  %".213" = sext i32 %"k35" to i64
  %".214" = add nsw i64 %".212", %".213"
  %".215" = getelementptr float, float* %"b1", i64 %".214"
  %".216" = load float, float* %".215"
  %".217" = load float, float* %"c27"
  %".218" = sext i32 %"k35" to i64
  %".219" = mul nsw i64 %".218", 4
  %".220" = getelementptr float, float* %"Bp21", i64 %".219"
  %".221" = load float, float* %".220"
  %".222" = fmul reassoc contract float %".209", %".221"
  %".223" = fadd reassoc contract float %".217", %".222"
  store float %".223", float* %"c27"
  %".225" = load float, float* %"c28"
  %".226" = sext i32 %"k35" to i64
  %".227" = mul nsw i64 %".226", 4
  %".228" = add nsw i64 1, %".227"
  %".229" = getelementptr float, float* %"Bp21", i64 %".228"
  %".230" = load float, float* %".229"
  %".231" = fmul reassoc contract float %".209", %".230"
  %".232" = fadd reassoc contract float %".225", %".231"
  store float %".232", float* %"c28"
  %".234" = load float, float* %"c29"
  %".235" = sext i32 %"k35" to i64
  %".236" = mul nsw i64 %".235", 4
  %".237" = add nsw i64 2, %".236"
  %".238" = getelementptr float, float* %"Bp21", i64 %".237"
  %".239" = load float, float* %".238"
  %".240" = fmul reassoc contract float %".209", %".239"
  %".241" = fadd reassoc contract float %".234", %".240"
  store float %".241", float* %"c29"
  %".243" = load float, float* %"c30"
  %".244" = sext i32 %"k35" to i64
  %".245" = mul nsw i64 %".244", 4
  %".246" = add nsw i64 3, %".245"
  %".247" = getelementptr float, float* %"Bp21", i64 %".246"
  %".248" = load float, float* %".247"
  %".249" = fmul reassoc contract float %".209", %".248"
  %".250" = fadd reassoc contract float %".243", %".249"
  store float %".250", float* %"c30"
  %".252" = load float, float* %"c31"
  %".253" = sext i32 %"k35" to i64
  %".254" = mul nsw i64 %".253", 4
  %".255" = getelementptr float, float* %"Bp21", i64 %".254"
  %".256" = load float, float* %".255"
  %".257" = fmul reassoc contract float %".216", %".256"
  %".258" = fadd reassoc contract float %".252", %".257"
  store float %".258", float* %"c31"
  %".260" = load float, float* %"c32"
  %".261" = sext i32 %"k35" to i64
  %".262" = mul nsw i64 %".261", 4
  %".263" = add nsw i64 1, %".262"
  %".264" = getelementptr float, float* %"Bp21", i64 %".263"
  %".265" = load float, float* %".264"
  %".266" = fmul reassoc contract float %".216", %".265"
  %".267" = fadd reassoc contract float %".260", %".266"
  store float %".267", float* %"c32"
  %".269" = load float, float* %"c33"
  %".270" = sext i32 %"k35" to i64
  %".271" = mul nsw i64 %".270", 4
  %".272" = add nsw i64 2, %".271"
  %".273" = getelementptr float, float* %"Bp21", i64 %".272"
  %".274" = load float, float* %".273"
  %".275" = fmul reassoc contract float %".216", %".274"
  %".276" = fadd reassoc contract float %".269", %".275"
  store float %".276", float* %"c33"
  %".278" = load float, float* %"c34"
  %".279" = sext i32 %"k35" to i64
  %".280" = mul nsw i64 %".279", 4
  %".281" = add nsw i64 3, %".280"
  %".282" = getelementptr float, float* %"Bp21", i64 %".281"
  %".283" = load float, float* %".282"
  %".284" = fmul reassoc contract float %".216", %".283"
  %".285" = fadd reassoc contract float %".278", %".284"
  store float %".285", float* %"c34"
  %".287" = add nsw i32 %"k35", 1
  br label %"k35.head", !llvm.loop !1
k35.done:
  %".289" = load float, float* %"c27"
  %".290" = getelementptr float, float* %"Ct22", i64 0
  store float %".289", float* %".290"
  %".292" = load float, float* %"c28"
  %".293" = getelementptr float, float* %"Ct22", i64 1
  store float %".292", float* %".293"
  %".295" = load float, float* %"c29"
  %".296" = getelementptr float, float* %"Ct22", i64 2
  store float %".295", float* %".296"
  %".298" = load float, float* %"c30"
  %".299" = getelementptr float, float* %"Ct22", i64 3
  store float %".298", float* %".299"
  %".301" = load float, float* %"c31"
  %".302" = getelementptr float, float* %"Ct22", i64 4
  store float %".301", float* %".302"
  %".304" = load float, float* %"c32"
  %".305" = getelementptr float, float* %"Ct22", i64 5
  store float %".304", float* %".305"
  %".307" = load float, float* %"c33"
  %".308" = getelementptr float, float* %"Ct22", i64 6
  store float %".307", float* %".308"
  %".310" = load float, float* %"c34"
  %".311" = getelementptr float, float* %"Ct22", i64 7
  store float %".310", float* %".311"
  br label %"c38.head"
c38.head:
  %"c38" = phi  i32 [0, %"k35.done"], [%".387", %"c38.body"]
  %".314" = icmp slt i32 %"c38", 4
  br i1 %".314", label %"c38.body", label %"c38.done"
c38.body:
  %".316" = sext i32 %"c38" to i64
  %".317" = getelementptr float, float* %"Ct22", i64 %".316"
  %".318" = load float, float* %".317"
  %".319" = sext i32 %"c38" to i64
  %".320" = sext i32 %"t20" to i64
  %".321" = mul nsw i64 %".320", 4
  %".322" = add nsw i64 %".319", %".321"
  %".323" = getelementptr float, float* %"b3", i64 %".322"
  %".324" = load float, float* %".323"
  %".325" = fadd reassoc contract float %".318", %".324"
  %".326" = fmul reassoc contract float 0x3fe0000000000000, %".325"
  %".327" = fmul reassoc contract float 0x3fa6e4e260000000, %".325"
  %".328" = fmul reassoc contract float %".327", %".325"
  %".329" = fmul reassoc contract float %".328", %".325"
  %".330" = fadd reassoc contract float %".325", %".329"
  %".331" = fmul reassoc contract float 0x3fe9884540000000, %".330"
  %".332" = fmul float %".331", 0x4000000000000000
  %".333" = call float @"llvm.maxnum.f32"(float %".332", float 0xc059f999a0000000)
  %".334" = call float @"llvm.minnum.f32"(float %".333", float 0x4056333340000000)
  %".335" = fmul float %".334", 0x3ff7154760000000
  %".336" = fadd float %".335", 0x3fe0000000000000
  %".337" = call float @"llvm.floor.f32"(float %".336")
  %".338" = fmul float %".337", 0x3fe62e4000000000
  %".339" = fsub float %".334", %".338"
  %".340" = fmul float %".337", 0x3eb7f7d1c0000000
  %".341" = fsub float %".339", %".340"
  %".342" = fmul float 0x3f2a01a020000000, %".341"
  %".343" = fadd float %".342", 0x3f56c16c20000000
  %".344" = fmul float %".343", %".341"
  %".345" = fadd float %".344", 0x3f81111120000000
  %".346" = fmul float %".345", %".341"
  %".347" = fadd float %".346", 0x3fa5555560000000
  %".348" = fmul float %".347", %".341"
  %".349" = fadd float %".348", 0x3fc5555560000000
  %".350" = fmul float %".349", %".341"
  %".351" = fadd float %".350", 0x3fe0000000000000
  %".352" = fmul float %".351", %".341"
  %".353" = fadd float %".352", 0x3ff0000000000000
  %".354" = fmul float %".353", %".341"
  %".355" = fadd float %".354", 0x3ff0000000000000
  %".356" = fptosi float %".337" to i32
  %".357" = ashr i32 %".356", 1
  %".358" = sub i32 %".356", %".357"
  %".359" = add i32 %".357", 127
  %".360" = shl i32 %".359", 23
  %".361" = bitcast i32 %".360" to float
  %".362" = fmul float %".355", %".361"
  %".363" = add i32 %".358", 127
  %".364" = shl i32 %".363", 23
  %".365" = bitcast i32 %".364" to float
  %".366" = fmul float %".362", %".365"
  %".367" = fcmp ogt float %".332", 0x40562e4260000000
  %".368" = select  i1 %".367", float 0x7ff0000000000000, float %".366"
  %".369" = fcmp olt float %".332", 0xc059f999a0000000
  %".370" = select  i1 %".369", float              0x0, float %".368"
  %".371" = fcmp uno float %".332", %".332"
  %".372" = select  i1 %".371", float %".332", float %".370"
  %".373" = fadd float %".372", 0x3ff0000000000000
  %".374" = fdiv float 0x4000000000000000, %".373"
  %".375" = fsub float 0x3ff0000000000000, %".374"
  %".376" = fadd reassoc contract float 0x3ff0000000000000, %".375"
  %".377" = fmul reassoc contract float %".326", %".376"
  %".378" = sext i32 %"c38" to i64
  %".379" = sext i32 %"i26" to i64
  %".380" = mul nsw i64 %".379", 256
  %".381" = add nsw i64 %".378", %".380"
  %".382" = sext i32 %"t20" to i64
  %".383" = mul nsw i64 %".382", 4
  %".384" = add nsw i64 %".381", %".383"
  %".385" = getelementptr float, float* %"b0", i64 %".384"
  store float %".377", float* %".385"
  %".387" = add nsw i32 %"c38", 1
  br label %"c38.head"
c38.done:
  br label %"c51.head"
c51.head:
  %"c51" = phi  i32 [0, %"c38.done"], [%".465", %"c51.body"]
  %".390" = icmp slt i32 %"c51", 4
  br i1 %".390", label %"c51.body", label %"c51.done"
c51.body:
  %".392" = sext i32 %"c51" to i64
  %".393" = add nsw i64 4, %".392"
  %".394" = getelementptr float, float* %"Ct22", i64 %".393"
  %".395" = load float, float* %".394"
  %".396" = sext i32 %"c51" to i64
  %".397" = sext i32 %"t20" to i64
  %".398" = mul nsw i64 %".397", 4
  %".399" = add nsw i64 %".396", %".398"
  %".400" = getelementptr float, float* %"b3", i64 %".399"
  %".401" = load float, float* %".400"
  %".402" = fadd reassoc contract float %".395", %".401"
  %".403" = fmul reassoc contract float 0x3fe0000000000000, %".402"
  %".404" = fmul reassoc contract float 0x3fa6e4e260000000, %".402"
  %".405" = fmul reassoc contract float %".404", %".402"
  %".406" = fmul reassoc contract float %".405", %".402"
  %".407" = fadd reassoc contract float %".402", %".406"
  %".408" = fmul reassoc contract float 0x3fe9884540000000, %".407"
  %".409" = fmul float %".408", 0x4000000000000000
  %".410" = call float @"llvm.maxnum.f32"(float %".409", float 0xc059f999a0000000)
  %".411" = call float @"llvm.minnum.f32"(float %".410", float 0x4056333340000000)
  %".412" = fmul float %".411", 0x3ff7154760000000
  %".413" = fadd float %".412", 0x3fe0000000000000
  %".414" = call float @"llvm.floor.f32"(float %".413")
  %".415" = fmul float %".414", 0x3fe62e4000000000
  %".416" = fsub float %".411", %".415"
  %".417" = fmul float %".414", 0x3eb7f7d1c0000000
  %".418" = fsub float %".416", %".417"
  %".419" = fmul float 0x3f2a01a020000000, %".418"
  %".420" = fadd float %".419", 0x3f56c16c20000000
  %".421" = fmul float %".420", %".418"
  %".422" = fadd float %".421", 0x3f81111120000000
  %".423" = fmul float %".422", %".418"
  %".424" = fadd float %".423", 0x3fa5555560000000
  %".425" = fmul float %".424", %".418"
  %".426" = fadd float %".425", 0x3fc5555560000000
  %".427" = fmul float %".426", %".418"
  %".428" = fadd float %".427", 0x3fe0000000000000
  %".429" = fmul float %".428", %".418"
  %".430" = fadd float %".429", 0x3ff0000000000000
  %".431" = fmul float %".430", %".418"
  %".432" = fadd float %".431", 0x3ff0000000000000
  %".433" = fptosi float %".414" to i32
  %".434" = ashr i32 %".433", 1
  %".435" = sub i32 %".433", %".434"
  %".436" = add i32 %".434", 127
  %".437" = shl i32 %".436", 23
  %".438" = bitcast i32 %".437" to float
  %".439" = fmul float %".432", %".438"
  %".440" = add i32 %".435", 127
  %".441" = shl i32 %".440", 23
  %".442" = bitcast i32 %".441" to float
  %".443" = fmul float %".439", %".442"
  %".444" = fcmp ogt float %".409", 0x40562e4260000000
  %".445" = select  i1 %".444", float 0x7ff0000000000000, float %".443"
  %".446" = fcmp olt float %".409", 0xc059f999a0000000
  %".447" = select  i1 %".446", float              0x0, float %".445"
  %".448" = fcmp uno float %".409", %".409"
  %".449" = select  i1 %".448", float %".409", float %".447"
  %".450" = fadd float %".449", 0x3ff0000000000000
  %".451" = fdiv float 0x4000000000000000, %".450"
  %".452" = fsub float 0x3ff0000000000000, %".451"
  %".453" = fadd reassoc contract float 0x3ff0000000000000, %".452"
  %".454" = fmul reassoc contract float %".403", %".453"
  %".455" = sext i32 %"c51" to i64
  %".456" = add nsw i64 128, %".455"
  %".457" = sext i32 %"i26" to i64
  %".458" = mul nsw i64 %".457", 256
  %".459" = add nsw i64 %".456", %".458"
  %".460" = sext i32 %"t20" to i64
  %".461" = mul nsw i64 %".460", 4
  %".462" = add nsw i64 %".459", %".461"
  %".463" = getelementptr float, float* %"b0", i64 %".462"
  store float %".454", float* %".463"
  %".465" = add nsw i32 %"c51", 1
  br label %"c51.head"
c51.done:
  br label %"endif.2"
then.3:
  %".473" = mul i32 %"i26", 2
  %".474" = mul i32 %"i26", 2
  %".475" = add i32 2, %".474"
  br label %"r64.head"
endif.3:
  %".623" = add nsw i32 %"i26", 1
  br label %"i26.head"
r64.head:
  %"r64" = phi  i32 [%".473", %"then.3"], [%".620", %"endif.4"]
  %".477" = icmp slt i32 %"r64", %".475"
  br i1 %".477", label %"r64.body", label %"r64.done"
r64.body:
  %".479" = icmp slt i32 %"r64", %"n"
  br i1 %".479", label %"then.4", label %"endif.4"
r64.done:
  br label %"endif.3"
then.4:
  store float              0x0, float* %"c65"
  store float              0x0, float* %"c66"
  store float              0x0, float* %"c67"
  store float              0x0, float* %"c68"
  br label %"k69.head"
endif.4:
  %".620" = add nsw i32 %"r64", 1
  br label %"r64.head"
k69.head:
  %"k69" = phi  i32 [0, %"then.4"], [%".529", %"k69.body"]
  %".486" = icmp slt i32 %"k69", 32
  br i1 %".486", label %"k69.body", label %"k69.done"
k69.body:
  %".488" = sext i32 %"k69" to i64
  %".489" = sext i32 %"r64" to i64
  %".490" = mul nsw i64 %".489", 32
  %".491" = add nsw i64 %".488", %".490"
  %".492" = getelementptr float, float* %"b1", i64 %".491"
  %".493" = load float, float* %".492"
  %".494" = load float, float* %"c65"
  %".495" = sext i32 %"k69" to i64
  %".496" = mul nsw i64 %".495", 4
  %".497" = getelementptr float, float* %"Bp21", i64 %".496"
  %".498" = load float, float* %".497"
  %".499" = fmul reassoc contract float %".493", %".498"
  %".500" = fadd reassoc contract float %".494", %".499"
  store float %".500", float* %"c65"
  %".502" = load float, float* %"c66"
  %".503" = sext i32 %"k69" to i64
  %".504" = mul nsw i64 %".503", 4
  %".505" = add nsw i64 1, %".504"
  %".506" = getelementptr float, float* %"Bp21", i64 %".505"
  %".507" = load float, float* %".506"
  %".508" = fmul reassoc contract float %".493", %".507"
  %".509" = fadd reassoc contract float %".502", %".508"
  store float %".509", float* %"c66"
  %".511" = load float, float* %"c67"
  %".512" = sext i32 %"k69" to i64
  %".513" = mul nsw i64 %".512", 4
  %".514" = add nsw i64 2, %".513"
  %".515" = getelementptr float, float* %"Bp21", i64 %".514"
  %".516" = load float, float* %".515"
  %".517" = fmul reassoc contract float %".493", %".516"
  %".518" = fadd reassoc contract float %".511", %".517"
  store float %".518", float* %"c67"
  %".520" = load float, float* %"c68"
  %".521" = sext i32 %"k69" to i64
  %".522" = mul nsw i64 %".521", 4
  %".523" = add nsw i64 3, %".522"
  %".524" = getelementptr float, float* %"Bp21", i64 %".523"
  %".525" = load float, float* %".524"
  %".526" = fmul reassoc contract float %".493", %".525"
  %".527" = fadd reassoc contract float %".520", %".526"
  store float %".527", float* %"c68"
  %".529" = add nsw i32 %"k69", 1
  br label %"k69.head", !llvm.loop !2
k69.done:
  %".531" = load float, float* %"c65"
  %".532" = getelementptr float, float* %"Ct22", i64 0
  store float %".531", float* %".532"
  %".534" = load float, float* %"c66"
  %".535" = getelementptr float, float* %"Ct22", i64 1
  store float %".534", float* %".535"
  %".537" = load float, float* %"c67"
  %".538" = getelementptr float, float* %"Ct22", i64 2
  store float %".537", float* %".538"
  %".540" = load float, float* %"c68"
  %".541" = getelementptr float, float* %"Ct22", i64 3
  store float %".540", float* %".541"
  br label %"c71.head"
c71.head:
  %"c71" = phi  i32 [0, %"k69.done"], [%".617", %"c71.body"]
  %".544" = icmp slt i32 %"c71", 4
  br i1 %".544", label %"c71.body", label %"c71.done"
c71.body:
  %".546" = sext i32 %"c71" to i64
  %".547" = getelementptr float, float* %"Ct22", i64 %".546"
  %".548" = load float, float* %".547"
  %".549" = sext i32 %"c71" to i64
  %".550" = sext i32 %"t20" to i64
  %".551" = mul nsw i64 %".550", 4
  %".552" = add nsw i64 %".549", %".551"
  %".553" = getelementptr float, float* %"b3", i64 %".552"
  %".554" = load float, float* %".553"
  %".555" = fadd reassoc contract float %".548", %".554"
  %".556" = fmul reassoc contract float 0x3fe0000000000000, %".555"
  %".557" = fmul reassoc contract float 0x3fa6e4e260000000, %".555"
  %".558" = fmul reassoc contract float %".557", %".555"
  %".559" = fmul reassoc contract float %".558", %".555"
  %".560" = fadd reassoc contract float %".555", %".559"
  %".561" = fmul reassoc contract float 0x3fe9884540000000, %".560"
  %".562" = fmul float %".561", 0x4000000000000000
  %".563" = call float @"llvm.maxnum.f32"(float %".562", float 0xc059f999a0000000)
  %".564" = call float @"llvm.minnum.f32"(float %".563", float 0x4056333340000000)
  %".565" = fmul float %".564", 0x3ff7154760000000
  %".566" = fadd float %".565", 0x3fe0000000000000
  %".567" = call float @"llvm.floor.f32"(float %".566")
  %".568" = fmul float %".567", 0x3fe62e4000000000
  %".569" = fsub float %".564", %".568"
  %".570" = fmul float %".567", 0x3eb7f7d1c0000000
  %".571" = fsub float %".569", %".570"
  %".572" = fmul float 0x3f2a01a020000000, %".571"
  %".573" = fadd float %".572", 0x3f56c16c20000000
  %".574" = fmul float %".573", %".571"
  %".575" = fadd float %".574", 0x3f81111120000000
  %".576" = fmul float %".575", %".571"
  %".577" = fadd float %".576", 0x3fa5555560000000
  %".578" = fmul float %".577", %".571"
  %".579" = fadd float %".578", 0x3fc5555560000000
  %".580" = fmul float %".579", %".571"
  %".581" = fadd float %".580", 0x3fe0000000000000
  %".582" = fmul float %".581", %".571"
  %".583" = fadd float %".582", 0x3ff0000000000000
  %".584" = fmul float %".583", %".571"
  %".585" = fadd float %".584", 0x3ff0000000000000
  %".586" = fptosi float %".567" to i32
  %".587" = ashr i32 %".586", 1
  %".588" = sub i32 %".586", %".587"
  %".589" = add i32 %".587", 127
  %".590" = shl i32 %".589", 23
  %".591" = bitcast i32 %".590" to float
  %".592" = fmul float %".585", %".591"
  %".593" = add i32 %".588", 127
  %".594" = shl i32 %".593", 23
  %".595" = bitcast i32 %".594" to float
  %".596" = fmul float %".592", %".595"
  %".597" = fcmp ogt float %".562", 0x40562e4260000000
  %".598" = select  i1 %".597", float 0x7ff0000000000000, float %".596"
  %".599" = fcmp olt float %".562", 0xc059f999a0000000
  %".600" = select  i1 %".599", float              0x0, float %".598"
  %".601" = fcmp uno float %".562", %".562"
  %".602" = select  i1 %".601", float %".562", float %".600"
  %".603" = fadd float %".602", 0x3ff0000000000000
  %".604" = fdiv float 0x4000000000000000, %".603"
  %".605" = fsub float 0x3ff0000000000000, %".604"
  %".606" = fadd reassoc contract float 0x3ff0000000000000, %".605"
  %".607" = fmul reassoc contract float %".556", %".606"
  %".608" = sext i32 %"c71" to i64
  %".609" = sext i32 %"r64" to i64
  %".610" = mul nsw i64 %".609", 128
  %".611" = add nsw i64 %".608", %".610"
  %".612" = sext i32 %"t20" to i64
  %".613" = mul nsw i64 %".612", 4
  %".614" = add nsw i64 %".611", %".613"
  %".615" = getelementptr float, float* %"b0", i64 %".614"
  store float %".607", float* %".615"
  %".617" = add nsw i32 %"c71", 1
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