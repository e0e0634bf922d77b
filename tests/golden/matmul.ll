; ModuleID = "r_n_32"
target triple = "unknown-unknown-unknown"
target datalayout = ""

define void @"r_n_32"(float* noalias %"b0", float* noalias %"b1", float* noalias %"b2", i32 %"n", i32 %"core", i32 %"ncores")
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
  %"c10" = alloca float
  %"c11" = alloca float
  %"c12" = alloca float
  %"c13" = alloca float
  %"c14" = alloca float
  %"c15" = alloca float
  %"c16" = alloca float
  %"c17" = alloca float
  %"c18" = alloca float
  %"c19" = alloca float
  %"c20" = alloca float
  %"c21" = alloca float
  %"c22" = alloca float
  %"c23" = alloca float
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
  %"c69" = alloca float
  %"c70" = alloca float
  %"c71" = alloca float
  %"c72" = alloca float
  %"c73" = alloca float
  %"c74" = alloca float
  %"c75" = alloca float
  %"c76" = alloca float
  %"c77" = alloca float
  %"c78" = alloca float
  %"c79" = alloca float
  %"c80" = alloca float
  %"c81" = alloca float
  %"c82" = alloca float
  %"c83" = alloca float
  %"c84" = alloca float
  %"c85" = alloca float
  %"c86" = alloca float
  %"c87" = alloca float
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
  %"c169" = alloca float
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
  %"c218" = alloca float
  %"c219" = alloca float
  %"c220" = alloca float
  %"c221" = alloca float
  %"c222" = alloca float
  %"c223" = alloca float
  %"c224" = alloca float
  %"c225" = alloca float
  %"c226" = alloca float
  %"c227" = alloca float
  %"c228" = alloca float
  %"c229" = alloca float
  %"c230" = alloca float
  %"c231" = alloca float
  %"c232" = alloca float
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
  %"c327" = alloca float
  %"c328" = alloca float
  %"c329" = alloca float
  %"c330" = alloca float
  %"c331" = alloca float
  %"c332" = alloca float
  %"c333" = alloca float
  %"c334" = alloca float
  %"c335" = alloca float
  %"c336" = alloca float
  %"c337" = alloca float
  %"c338" = alloca float
  %"c339" = alloca float
  %"c340" = alloca float
  %"c341" = alloca float
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
  %"c374" = alloca float
  %"c375" = alloca float
  %"c376" = alloca float
  %"c377" = alloca float
  %"c378" = alloca float
  %"c379" = alloca float
  %"c380" = alloca float
  %"c381" = alloca float
  %"c382" = alloca float
  %"c383" = alloca float
  %"c384" = alloca float
  %"c385" = alloca float
  %"c386" = alloca float
  %"c387" = alloca float
  %"c388" = alloca float
  %"c389" = alloca float
  %"c390" = alloca float
  %"c391" = alloca float
  %"c392" = alloca float
  %"c393" = alloca float
  %"c394" = alloca float
  %"c395" = alloca float
  %"c396" = alloca float
  %"c397" = alloca float
  %"c398" = alloca float
  %"c399" = alloca float
  %"c400" = alloca float
  %"c401" = alloca float
  %"c402" = alloca float
  %"c403" = alloca float
  %"c404" = alloca float
  %"c405" = alloca float
  %"c406" = alloca float
  %"c407" = alloca float
  %"c408" = alloca float
  %"c409" = alloca float
  %"c410" = alloca float
  %"c411" = alloca float
  %"c412" = alloca float
  %"c413" = alloca float
  %"c414" = alloca float
  %"c415" = alloca float
  %"c416" = alloca float
  %"c417" = alloca float
  %"c418" = alloca float
  %"c419" = alloca float
  %"c420" = alloca float
  %"c421" = alloca float
  %"c422" = alloca float
  %"c423" = alloca float
  %"c424" = alloca float
  %"c425" = alloca float
  %"c426" = alloca float
  %"c427" = alloca float
  %"c428" = alloca float
  %"c429" = alloca float
  %"c468" = alloca float
  %"c469" = alloca float
  %"c470" = alloca float
  %"c471" = alloca float
  %"c472" = alloca float
  %"c473" = alloca float
  %"c474" = alloca float
  %"c475" = alloca float
  %"c476" = alloca float
  %"c477" = alloca float
  %"c478" = alloca float
  %"c479" = alloca float
  %"c480" = alloca float
  %"c481" = alloca float
  %"c482" = alloca float
  %"c483" = alloca float
  %"c484" = alloca float
  %"c485" = alloca float
  %"c486" = alloca float
  %"c487" = alloca float
  %"c488" = alloca float
  %"c489" = alloca float
  %"c490" = alloca float
  %"c491" = alloca float
  %"c492" = alloca float
  %"c493" = alloca float
  %"c494" = alloca float
  %"c495" = alloca float
  %"c496" = alloca float
  %"c497" = alloca float
  %"c498" = alloca float
  %"c499" = alloca float
  %"c500" = alloca float
  %"c501" = alloca float
  %"c502" = alloca float
  %"c503" = alloca float
  %"c504" = alloca float
  %"c505" = alloca float
  %"c506" = alloca float
  %"c507" = alloca float
  %"c508" = alloca float
  %"c509" = alloca float
  %"c510" = alloca float
  %"c511" = alloca float
  %"c512" = alloca float
  %"c513" = alloca float
  %"c514" = alloca float
  %"c515" = alloca float
  %"c516" = alloca float
  %"c517" = alloca float
  %"c518" = alloca float
  %"c519" = alloca float
  %"c520" = alloca float
  %"c521" = alloca float
  %"c522" = alloca float
  %"c523" = alloca float
  %"c524" = alloca float
  %"c525" = alloca float
  %"c526" = alloca float
  %"c527" = alloca float
  %"c528" = alloca float
  %"c529" = alloca float
  %"c530" = alloca float
  %"c531" = alloca float
  %"c532" = alloca float
  %"c533" = alloca float
  %"c534" = alloca float
  %"c535" = alloca float
  %"c536" = alloca float
  %"c537" = alloca float
  %"c538" = alloca float
  %"c539" = alloca float
  %"c540" = alloca float
  %"c541" = alloca float
  %"c542" = alloca float
  %"c543" = alloca float
  %"c544" = alloca float
  %"c545" = alloca float
  %"c546" = alloca float
  %"c547" = alloca float
  %"c548" = alloca float
  %"c549" = alloca float
  %"c550" = alloca float
  %"c551" = alloca float
  %"c552" = alloca float
  %"c553" = alloca float
  %"c554" = alloca float
  %"c555" = alloca float
  %"c556" = alloca float
  %"c557" = alloca float
  %"c558" = alloca float
  %"c559" = alloca float
  %"c560" = alloca float
  %"c561" = alloca float
  %"c562" = alloca float
  %"c563" = alloca float
  %"c564" = alloca float
  %"c565" = alloca float
  %"c566" = alloca float
  %"c567" = alloca float
  %"c568" = alloca float
  %"c569" = alloca float
  %"c570" = alloca float
  %"c571" = alloca float
  %"c572" = alloca float
  %"c573" = alloca float
  %"c574" = alloca float
  %"c575" = alloca float
  %"c576" = alloca float
  %"c577" = alloca float
  %"c578" = alloca float
  %"c579" = alloca float
  %"c580" = alloca float
  %"c581" = alloca float
  %"c582" = alloca float
  %"c583" = alloca float
  %"c584" = alloca float
  %"c585" = alloca float
  %"c586" = alloca float
  %"c587" = alloca float
  %"c588" = alloca float
  %"c589" = alloca float
  %"c590" = alloca float
  %"c591" = alloca float
  %"c592" = alloca float
  %"c593" = alloca float
  %"c594" = alloca float
  %"c595" = alloca float
  %"c596" = alloca float
  %"c597" = alloca float
  %"c598" = alloca float
  %"c599" = alloca float
  %"c600" = alloca float
  %"c601" = alloca float
  %"c602" = alloca float
  %"c603" = alloca float
  %"c604" = alloca float
  %"c605" = alloca float
  %"c606" = alloca float
  %"c607" = alloca float
  %"c608" = alloca float
  %"c609" = alloca float
  %"c610" = alloca float
  %"c611" = alloca float
  %"c612" = alloca float
  %"c613" = alloca float
  %"c614" = alloca float
  %"c615" = alloca float
  %"c616" = alloca float
  %"c617" = alloca float
  %"c618" = alloca float
  %"c619" = alloca float
  %"c620" = alloca float
  %"c621" = alloca float
  %"c622" = alloca float
  %"c623" = alloca float
  %"c624" = alloca float
  %"c625" = alloca float
  %"c626" = alloca float
  %"c627" = alloca float
  %"c628" = alloca float
  %"c629" = alloca float
  %"c630" = alloca float
  %"c631" = alloca float
  %"c632" = alloca float
  %"c633" = alloca float
  %"c634" = alloca float
  %"c635" = alloca float
  %"c636" = alloca float
  %"c637" = alloca float
  %"c638" = alloca float
  %"c639" = alloca float
  %"c640" = alloca float
  %"c641" = alloca float
  %"c642" = alloca float
  %"c643" = alloca float
  %"c644" = alloca float
  %"c645" = alloca float
  %"c646" = alloca float
  %"c647" = alloca float
  %"c648" = alloca float
  %"c649" = alloca float
  %"c650" = alloca float
  %"c651" = alloca float
  %"c652" = alloca float
  %"c653" = alloca float
  %"c654" = alloca float
  %"c655" = alloca float
  %"c656" = alloca float
  %"c657" = alloca float
  %"c658" = alloca float
  %"c659" = alloca float
  %"c700" = alloca float
  %"c701" = alloca float
  %"c702" = alloca float
  %"c703" = alloca float
  %"c704" = alloca float
  %"c705" = alloca float
  %"c706" = alloca float
  %"c707" = alloca float
  %"c708" = alloca float
  %"c709" = alloca float
  %"c710" = alloca float
  %"c711" = alloca float
  %"c712" = alloca float
  %"c713" = alloca float
  %"c714" = alloca float
  %"c715" = alloca float
  %"c716" = alloca float
  %"c717" = alloca float
  %"c718" = alloca float
  %"c719" = alloca float
  %"c720" = alloca float
  %"c721" = alloca float
  %"c722" = alloca float
  %"c723" = alloca float
  %"c724" = alloca float
  %"c725" = alloca float
  %"c726" = alloca float
  %"c727" = alloca float
  %"c728" = alloca float
  %"c729" = alloca float
  %"c730" = alloca float
  %"c731" = alloca float
  br label %"body"
body:
  %".8" = icmp slt i32 %"n", 2
  br i1 %".8", label %"then", label %"endif"
then:
  %".10" = sub i32 %"ncores", 1
  %".11" = add i32 1, %".10"
  %".12" = sdiv i32 %".11", %"ncores"
  %".13" = mul i32 %"core", %".12"
  %".14" = add i32 %".13", %".12"
  %".15" = icmp slt i32 %".14", 1
  %".16" = select  i1 %".15", i32 %".14", i32 1
  br label %"t1.head"
endif:
  %".637" = icmp sle i32 2, %"n"
  %".638" = icmp slt i32 %"n", 3
  %".639" = and i1 %".637", %".638"
  br i1 %".639", label %"then.1", label %"endif.1"
t1.head:
  %"t1" = phi  i32 [%".13", %"then"], [%".634", %"k34.done"]
  %".18" = icmp slt i32 %"t1", %".16"
  br i1 %".18", label %"t1.body", label %"t1.done"
t1.body:
  store float              0x0, float* %"c2"
  store float              0x0, float* %"c3"
  store float              0x0, float* %"c4"
  store float              0x0, float* %"c5"
  store float              0x0, float* %"c6"
  store float              0x0, float* %"c7"
  store float              0x0, float* %"c8"
  store float              0x0, float* %"c9"
  store float              0x0, float* %"c10"
  store float              0x0, float* %"c11"
  store float              0x0, float* %"c12"
  store float              0x0, float* %"c13"
  store float              0x0, float* %"c14"
  store float              0x0, float* %"c15"
  store float              0x0, float* %"c16"
  store float              0x0, float* %"c17"
  store float              0x0, float* %"c18"
  store float              0x0, float* %"c19"
  store float              0x0, float* %"c20"
  store float              0x0, float* %"c21"
  store float              0x0, float* %"c22"
  store float              0x0, float* %"c23"
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
  br label %"k34.head"
t1.done:
  br label %"endif"
k34.head:
  %"k34" = phi  i32 [0, %"t1.body"], [%".441", %"k34.body"]
  %".53" = icmp slt i32 %"k34", 64
  br i1 %".53", label %"k34.body", label %"k34.done"
k34.body:
  %".55" = sext i32 %"k34" to i64
  %".56" = getelementptr float, float* %"b1", i64 %".55"
  %".57" = load float, float* %".56"
  %".58" = sext i32 %"k34" to i64
  %".59" = mul nsw i64 %".58", 32
  %".60" = sext i32 %"t1" to i64
  %".61" = mul nsw i64 %".60", 32
  %".62" = add nsw i64 %".59", %".61"
  %".63" = getelementptr float, float* %"b2", i64 %".62"
  %".64" = load float, float* %".63"
  %".65" = sext i32 %"k34" to i64
  %".66" = mul nsw i64 %".65", 32
  %".67" = add nsw i64 1, %".66"
  %".68" = sext i32 %"t1" to i64
  %".69" = mul nsw i64 %".68", 32
  %".70" = add nsw i64 %".67", %".69"
  %".71" = getelementptr float, float* %"b2", i64 %".70"
  %".72" = load float, float* %".71"
  %".73" = sext i32 %"k34" to i64
  %".74" = mul nsw i64 %".73", 32
  %".75" = add nsw i64 2, %".74"
  %".76" = sext i32 %"t1" to i64
  %".77" = mul nsw i64 %".76", 32
  %".78" = add nsw i64 %".75", %".77"
  %".79" = getelementptr float, float* %"b2", i64 %".78"
  %".80" = load float, float* %".79"
  %".81" = sext i32 %"k34" to i64
  %".82" = mul nsw i64 %".81", 32
  %".83" = add nsw i64 3, %".82"
  %".84" = sext i32 %"t1" to i64
  %".85" = mul nsw i64 %".84", 32
  %".86" = add nsw i64 %".83", %".85"
  %".87" = getelementptr float, float* %"b2", i64 %".86"
  %".88" = load float, float* %".87"
  %".89" = sext i32 %"k34" to i64
  %".90" = mul nsw i64 %".89", 32
  %".91" = add nsw i64 4, %".90"
  %".92" = sext i32 %"t1" to i64
  %".93" = mul nsw i64 %".92", 32
  %".94" = add nsw i64 %".91", %".93"
  %".95" = getelementptr float, float* %"b2", i64 %".94"
  %".96" = load float, float* %".95"
  %".97" = sext i32 %"k34" to i64
  %".98" = mul nsw i64 %".97", 32
  %".99" = add nsw i64 5, %".98"
  %".100" = sext i32 %"t1" to i64
  %".101" = mul nsw i64 %".100", 32
  %".102" = add nsw i64 %".99", %".101"
  %".103" = getelementptr float, float* %"b2", i64 %".102"
  %".104" = load float, float* %".103"
  %".105" = sext i32 %"k34" to i64
  %".106" = mul nsw i64 %".105", 32
  %".107" = add nsw i64 6, %".106"
  %".108" = sext i32 %"t1" to i64
  %".109" = mul nsw i64 %".108", 32
  %".110" = add nsw i64 %".107", %".109"
  %".111" = getelementptr float, float* %"b2", i64 %".110"
  %".112" = load float, float* %".111"
  %".113" = sext i32 %"k34" to i64
  %".114" = mul nsw i64 %".113", 32
  %".115" = add nsw i64 7, %".114"
  %".116" = sext i32 %"t1" to i64
  %".117" = mul nsw i64 %".116", 32
  %".118" = add nsw i64 %".115", %".117"
  %".119" = getelementptr float, float* %"b2", i64 %".118"
  %".120" = load float, float* %".119"
  %".121" = sext i32 %"k34" to i64
  %".122" = mul nsw i64 %".121", 32
  %".123" = add nsw i64 8, %".122"
  %".124" = sext i32 %"t1" to i64
  %".125" = mul nsw i64 %".124", 32
  %".126" = add nsw i64 %".123", %".125"
  %".127" = getelementptr float, float* %"b2", i64 %".126"
  %".128" = load float, float* %".127"
  %".129" = sext i32 %"k34" to i64
  %".130" = mul nsw i64 %".129", 32
  %".131" = add nsw i64 9, %".130"
  %".132" = sext i32 %"t1" to i64
  %".133" = mul nsw i64 %".132", 32
  %".134" = add nsw i64 %".131", %".133"
  %".135" = getelementptr float, float* %"b2", i64 %".134"
  %".136" = load float, float* %".135"
  %".137" = sext i32 %"k34" to i64
  %".138" = mul nsw i64 %".137", 32
  %".139" = add nsw i64 10, %".138"
  %".140" = sext i32 %"t1" to i64
  %".141" = mul nsw i64 %".140", 32
  %".142" = add nsw i64 %".139", %".141"
  %".143" = getelementptr float, float* %"b2", i64 %".142"
  %".144" = load float, float* %".143"
  %".145" = sext i32 %"k34" to i64
  %".146" = mul nsw i64 %".145", 32
  %".147" = add nsw i64 11, %".146"
  %".148" = sext i32 %"t1" to i64
  %".149" = mul nsw i64 %".148", 32
  %".150" = add nsw i64 %".147", %".149"
  %".151" = getelementptr float, float* %"b2", i64 %".150"
  %".152" = load float, float* %".151"
  %".153" = sext i32 %"k34" to i64
  %".154" = mul nsw i64 %".153", 32
  %".155" = add nsw i64 12, %".154"
  %".156" = sext i32 %"t1" to i64
  %".157" = mul nsw i64 %".156", 32
  %".158" = add nsw i64 %".155", %".157"
  %".159" = getelementptr float, float* %"b2", i64 %".158"
  %".160" = load float, float* %".159"
  %".161" = sext i32 %"k34" to i64
  %".162" = mul nsw i64 %".161", 32
  %".163" = add nsw i64 13, %".162"
  %".164" = sext i32 %"t1" to i64
  %".165" = mul nsw i64 %".164", 32
  %".166" = add nsw i64 %".163", %".165"
  %".167" = getelementptr float, float* %"b2", i64 %".166"
  %".168" = load float, float* %".167"
  %".169" = sext i32 %"k34" to i64
  %".170" = mul nsw i64 %".169", 32
  %".171" = add nsw i64 14, %".170"
  %".172" = sext i32 %"t1" to i64
  %".173" = mul nsw i64 %".172", 32
  %".174" = add nsw i64 %".171", %".173"
  %".175" = getelementptr float, float* %"b2", i64 %".174"
  %".176" = load float, float* %".175"
  %".177" = sext i32 %"k34" to i64
  %".178" = mul nsw i64 %".177", 32
  %".179" = add nsw i64 15, %".178"
  %".180" = sext i32 %"t1" to i64
  %".181" = mul nsw i64 %".180", 32
  %".182" = add nsw i64 %".179", %".181"
  %".183" = getelementptr float, float* %"b2", i64 %".182"
  %".184" = load float, float* %".183"
  %".185" = sext i32 %"k34" to i64
  %".186" = mul nsw i64 %".185", 32
  %".187" = add nsw i64 16, %".186"
  %".188" = sext i32 %"t1" to i64
  %".189" = mul nsw i64 %".188", 32
  %".190" = add nsw i64 %".187", %".189"
  %".191" = getelementptr float, float* %"b2", i64 %".190"
  %".192" = load float, float* %".191"
  %".193" = sext i32 %"k34" to i64
  %".194" = mul nsw i64 %".193", 32
  %".195" = add nsw i64 17, %".194"
  %".196" = sext i32 %"t1" to i64
  %".197" = mul nsw i64 %".196", 32
  %".198" = add nsw i64 %".195", %".197"
  %".199" = getelementptr float, float* %"b2", i64 %".198"
  %".200" = load float, float* %".199"
  %".201" = sext i32 %"k34" to i64
  %".202" = mul nsw i64 %".201", 32
  %".203" = add nsw i64 18, %".202"
  %".204" = sext i32 %"t1" to i64
  %".205" = mul nsw i64 %".204", 32
  %".206" = add nsw i64 %".203", %".205"
  %".207" = getelementptr float, float* %"b2", i64 %".206"
  %".208" = load float, float* %".207"
  %".209" = sext i32 %"k34" to i64
  %".210" = mul nsw i64 %".209", 32
  %".211" = add nsw i64 19, %".210"
  %".212" = sext i32 %"t1" to i64
  %".213" = mul nsw i64 %".212", 32
  %".214" = add nsw i64 %".211", %".213"
  %".215" = getelementptr float, float* %"b2", i64 %".214"
  %".216" = load float, float* %".215"
  %".217" = sext i32 %"k34" to i64
  %".218" = mul nsw i64 %".217", 32
  %".219" = add nsw i64 20, %".218"
  %".220" = sext i32 %"t1" to i64
  %".221" = mul nsw i64 %".220", 32
  %".222" = add nsw i64 %".219", %".221"
  %".223" = getelementptr float, float* %"b2", i64 %".222"
  %".224" = load float, float* %".223"
  %".225" = sext i32 %"k34" to i64
  %".226" = mul nsw i64 %".225", 32
  %".227" = add nsw i64 21, %".226"
  %".228" = sext i32 %"t1" to i64
  %".229" = mul nsw i64 %".228", 32
  %".230" = add nsw i64 %".227", %".229"
  %".231" = getelementptr float, float* %"b2", i64 %".230"
  %".232" = load float, float* %".231"
  %".233" = sext i32 %"k34" to i64
  %".234" = mul nsw i64 %".233", 32
  %".235" = add nsw i64 22, %".234"
  %".236" = sext i32 %"t1" to i64
  %".237" = mul nsw i64 %".236", 32
  %".238" = add nsw i64 %".235", %".237"
  %".239" = getelementptr float, float* %"b2", i64 %".238"
  %".240" = load float, float* %".239"
  %".241" = sext i32 %"k34" to i64
  %".242" = mul nsw i64 %".241", 32
  %".243" = add nsw i64 23, %".242"
  %".244" = sext i32 %"t1" to i64
  %".245" = mul nsw i64 %".244", 32
  %".246" = add nsw i64 %".243", %".245"
  %".247" = getelementptr float, float* %"b2", i64 %".246"
  %".248" = load float, float* %".247"
  %".249" = sext i32 %"k34" to i64
  %".250" = mul nsw i64 %".249", 32
  %".251" = add nsw i64 24, %".250"
  %".252" = sext i32 %"t1" to i64
  %".253" = mul nsw i64 %".252", 32
  %".254" = add nsw i64 %".251", %".253"
  %".255" = getelementptr float, float* %"b2", i64 %".254"
  %".256" = load float, float* %".255"
  %".257" = sext i32 %"k34" to i64
  %".258" = mul nsw i64 %".257", 32
  %".259" = add nsw i64 25, %".258"
  %".260" = sext i32 %"t1" to i64
  %".261" = mul nsw i64 %".260", 32
  %".262" = add nsw i64 %".259", %".261"
  %".263" = getelementptr float, float* %"b2", i64 %".262"
  %".264" = load float, float* %".263"
  %".265" = sext i32 %"k34" to i64
  %".266" = mul nsw i64 %".265", 32
  %".267" = add nsw i64 26, %".266"
  %".268" = sext i32 %"t1" to i64
  %".269" = mul nsw i64 %".268", 32
  %".270" = add nsw i64 %".267", %".269"
  %".271" = getelementptr float, float* %"b2", i64 %".270"
  %".272" = load float, float* %".271"
  %".273" = sext i32 %"k34" to i64
  %".274" = mul nsw i64 %".273", 32
  %".275" = add nsw i64 27, %".274"
  %".276" = sext i32 %"t1" to i64
  %".277" = mul nsw i64 %".276", 32
  %".278" = add nsw i64 %".275", %".277"
  %".279" = getelementptr float, float* %"b2", i64 %".278"
  %".280" = load float, float* %".279"
  %".281" = sext i32 %"k34" to i64
  %".282" = mul nsw i64 %".281", 32
  %".283" = add nsw i64 28, %".282"
  %".284" = sext i32 %"t1" to i64
  %".285" = mul nsw i64 %".284", 32
  %".286" = add nsw i64 %".283", %".285"
  %".287" = getelementptr float, float* %"b2", i64 %".286"
  %".288" = load float, float* %".287"
  %".289" = sext i32 %"k34" to i64
  %".290" = mul nsw i64 %".289", 32
  %".291" = add nsw i64 29, %".290"
  %".292" = sext i32 %"t1" to i64
  %".293" = mul nsw i64 %".292", 32
  %".294" = add nsw i64 %".291", %".293"
  %".295" = getelementptr float, float* %"b2", i64 %".294"
  %".296" = load float, float* %".295"
  %".297" = sext i32 %"k34" to i64
  %".298" = mul nsw i64 %".297", 32
  %".299" = add nsw i64 30, %".298"
  %".300" = sext i32 %"t1" to i64
  %".301" = mul nsw i64 %".300", 32
  %".302" = add nsw i64 %".299", %".301"
  %".303" = getelementptr float, float* %"b2", i64 %".302"
  %".304" = load float, float* %".303"
  %".305" = sext i32 %"k34" to i64
  %".306" = mul nsw i64 %".305", 32
  %".307" = add nsw i64 31, %".306"
  %".308" = sext i32 %"t1" to i64
  %".309" = mul nsw i64 %".308", 32
  %".310" = add nsw i64 %".307", %".309"
  %".311" = getelementptr float, float* %"b2", i64 %".310"
  %".312" = load float, float* %".311"
  %".313" = load float, float* %"c2"
  %".314" = fmul reassoc contract float %".57", %".64"
  %".315" = fadd reassoc contract float %".313", %".314"
  store float %".315", float* %"c2"
  %".317" = load float, float* %"c3"
  %".318" = fmul reassoc contract float %".57", %".72"
  %".319" = fadd reassoc contract float %".317", %".318"
  store float %".319", float* %"c3"
  %".321" = load float, float* %"c4"
  %".322" = fmul reassoc contract float %".57", %".80"
  %".323" = fadd reassoc contract float %".321", %".322"
  store float %".323", float* %"c4"
  %".325" = load float, float* %"c5"
  %".326" = fmul reassoc contract float %".57", %".88"
  %".327" = fadd reassoc contract float %".325", %".326"
  store float %".327", float* %"c5"
  %".329" = load float, float* %"c6"
  %".330" = fmul reassoc contract float %".57", %".96"
  %".331" = fadd reassoc contract float %".329", %".330"
  store float %".331", float* %"c6"
  %".333" = load float, float* %"c7"
  %".334" = fmul reassoc contract float %".57", %".104"
  %".335" = fadd reassoc contract float %".333", %".334"
  store float %".335", float* %"c7"
  %".337" = load float, float* %"c8"
  %".338" = fmul reassoc contract float %".57", %".112"
  %".339" = fadd reassoc contract float %".337", %".338"
  store float %".339", float* %"c8"
  %".341" = load float, float* %"c9"
  %".342" = fmul reassoc contract float %".57", %".120"
  %".343" = fadd reassoc contract float %".341", %".342"
  store float %".343", float* %"c9"
  %".345" = load float, float* %"c10"
  %".346" = fmul reassoc contract float %".57", %".128"
  %".347" = fadd reassoc contract float %".345", %".346"
  store float %".347", float* %"c10"
  %".349" = load float, float* %"c11"
  %".350" = fmul reassoc contract float %".57", %".136"
  %".351" = fadd reassoc contract float %".349", %".350"
  store float %".351", float* %"c11"
  %".353" = load float, float* %"c12"
  %".354" = fmul reassoc contract float %".57", %".144"
  %".355" = fadd reassoc contract float %".353", %".354"
  store float %".355", float* %"c12"
  %".357" = load float, float* %"c13"
  %".358" = fmul reassoc contract float %".57", %".152"
  %".359" = fadd reassoc contract float %".357", %".358"
  store float %".359", float* %"c13"
  %".361" = load float, float* %"c14"
  %".362" = fmul reassoc contract float %".57", %".160"
  %".363" = fadd reassoc contract float %".361", %".362"
  store float %".363", float* %"c14"
  %".365" = load float, float* %"c15"
  %".366" = fmul reassoc contract float %".57", %".168"
  %".367" = fadd reassoc contract float %".365", %".366"
  store float %".367", float* %"c15"
  %".369" = load float, float* %"c16"
  %".370" = fmul reassoc contract float %".57", %".176"
  %".371" = fadd reassoc contract float %".369", %".370"
  store float %".371", float* %"c16"
  %".373" = load float, float* %"c17"
  %".374" = fmul reassoc contract float %".57", %".184"
  %".375" = fadd reassoc contract float %".373", %".374"
  store float %".375", float* %"c17"
  %".377" = load float, float* %"c18"
  %".378" = fmul reassoc contract float %".57", %".192"
  %".379" = fadd reassoc contract float %".377", %".378"
  store float %".379", float* %"c18"
  %".381" = load float, float* %"c19"
  %".382" = fmul reassoc contract float %".57", %".200"
  %".383" = fadd reassoc contract float %".381", %".382"
  store float %".383", float* %"c19"
  %".385" = load float, float* %"c20"
  %".386" = fmul reassoc contract float %".57", %".208"
  %".387" = fadd reassoc contract float %".385", %".386"
  store float %".387", float* %"c20"
  %".389" = load float, float* %"c21"
  %".390" = fmul reassoc contract float %".57", %".216"
  %".391" = fadd reassoc contract float %".389", %".390"
  store float %".391", float* %"c21"
  %".393" = load float, float* %"c22"
  %".394" = fmul reassoc contract float %".57", %".224"
  %".395" = fadd reassoc contract float %".393", %".394"
  store float %".395", float* %"c22"
  %".397" = load float, float* %"c23"
  %".398" = fmul reassoc contract float %".57", %".232"
  %".399" = fadd reassoc contract float %".397", %".398"
  store float %".399", float* %"c23"
  %".401" = load float, float* %"c24"
  %".402" = fmul reassoc contract float %".57", %".240"
  %".403" = fadd reassoc contract float %".401", %".402"
  store float %".403", float* %"c24"
  %".405" = load float, float* %"c25"
  %".406" = fmul reassoc contract float %".57", %".248"
  %".407" = fadd reassoc contract float %".405", %".406"
  store float %".407", float* %"c25"
  %".409" = load float, float* %"c26"
  %".410" = fmul reassoc contract float %".57", %".256"
  %".411" = fadd reassoc contract float %".409", %".410"
  store float %".411", float* %"c26"
  %".413" = load float, float* %"c27"
  %".414" = fmul reassoc contract float %".57", %".264"
  %".415" = fadd reassoc contract float %".413", %".414"
  store float %".415", float* %"c27"
  %".417" = load float, float* %"c28"
  %".418" = fmul reassoc contract float %".57", %".272"
  %".419" = fadd reassoc contract float %".417", %".418"
  store float %".419", float* %"c28"
  %".421" = load float, float* %"c29"
  %".422" = fmul reassoc contract float %".57", %".280"
  %".423" = fadd reassoc contract float %".421", %".422"
  store float %".423", float* %"c29"
  %".425" = load float, float* %"c30"
  %".426" = fmul reassoc contract float %".57", %".288"
  %".427" = fadd reassoc contract float %".425", %".426"
  store float %".427", float* %"c30"
  %".429" = load float, float* %"c31"
  %".430" = fmul reassoc contract float %".57", %".296"
  %".431" = fadd reassoc contract float %".429", %".430"
  store float %".431", float* %"c31"
  %".433" = load float, float* %"c32"
  %".434" = fmul reassoc contract float %".57", %".304"
  %".435" = fadd reassoc contract float %".433", %".434"
  store float %".435", float* %"c32"
  %".437" = load float, float* %"c33"
  %".438" = fmul reassoc contract float %".57", %".312"
  %".439" = fadd reassoc contract float %".437", %".438"
  store float %".439", float* %"c33"
  %".441" = add nsw i32 %"k34", 1
  br label %"k34.head", !llvm.loop !1
k34.done:
  %".443" = load float, float* %"c2"
  %".444" = sext i32 %"t1" to i64
  %".445" = mul nsw i64 %".444", 32
  %".446" = getelementptr float, float* %"b0", i64 %".445"
  store float %".443", float* %".446"
  %".448" = load float, float* %"c3"
  %".449" = sext i32 %"t1" to i64
  %".450" = mul nsw i64 %".449", 32
  %".451" = add nsw i64 1, %".450"
  %".452" = getelementptr float, float* %"b0", i64 %".451"
  store float %".448", float* %".452"
  %".454" = load float, float* %"c4"
  %".455" = sext i32 %"t1" to i64
  %".456" = mul nsw i64 %".455", 32
  %".457" = add nsw i64 2, %".456"
  %".458" = getelementptr float, float* %"b0", i64 %".457"
  store float %".454", float* %".458"
  %".460" = load float, float* %"c5"
  %".461" = sext i32 %"t1" to i64
  %".462" = mul nsw i64 %".461", 32
  %".463" = add nsw i64 3, %".462"
  %".464" = getelementptr float, float* %"b0", i64 %".463"
  store float %".460", float* %".464"
  %".466" = load float, float* %"c6"
  %".467" = sext i32 %"t1" to i64
  %".468" = mul nsw i64 %".467", 32
  %".469" = add nsw i64 4, %".468"
  %".470" = getelementptr float, float* %"b0", i64 %".469"
  store float %".466", float* %".470"
  %".472" = load float, float* %"c7"
  %".473" = sext i32 %"t1" to i64
  %".474" = mul nsw i64 %".473", 32
  %".475" = add nsw i64 5, %".474"
  %".476" = getelementptr float, float* %"b0", i64 %".475"
  store float %".472", float* %".476"
  %".478" = load float, float* %"c8"
  %".479" = sext i32 %"t1" to i64
  %".480" = mul nsw i64 %".479", 32
  %".481" = add nsw i64 6, %".480"
  %".482" = getelementptr float, float* %"b0", i64 %".481"
  store float %".478", float* %".482"
  %".484" = load float, float* %"c9"
  %".485" = sext i32 %"t1" to i64
  %".486" = mul nsw i64 %".485", 32
  %".487" = add nsw i64 7, %".486"
  %".488" = getelementptr float, float* %"b0", i64 %".487"
  store float %".484", float* %".488"
  %".490" = load float, float* %"c10"
  %".491" = sext i32 %"t1" to i64
  %".492" = mul nsw i64 %".491", 32
  %".493" = add nsw i64 8, %".492"
  %".494" = getelementptr float, float* %"b0", i64 %".493"
  store float %".490", float* %".494"
  %".496" = load float, float* %"c11"
  %".497" = sext i32 %"t1" to i64
  %".498" = mul nsw i64 %".497", 32
  %".499" = add nsw i64 9, %".498"
  %".500" = getelementptr float, float* %"b0", i64 %".499"
  store float %".496", float* %".500"
  %".502" = load float, float* %"c12"
  %".503" = sext i32 %"t1" to i64
  %".504" = mul nsw i64 %".503", 32
  %".505" = add nsw i64 10, %".504"
  %".506" = getelementptr float, float* %"b0", i64 %".505"
  store float %".502", float* %".506"
  %".508" = load float, float* %"c13"
  %".509" = sext i32 %"t1" to i64
  %".510" = mul nsw i64 %".509", 32
  %".511" = add nsw i64 11, %".510"
  %".512" = getelementptr float, float* %"b0", i64 %".511"
  store float %".508", float* %".512"
  %".514" = load float, float* %"c14"
  %".515" = sext i32 %"t1" to i64
  %".516" = mul nsw i64 %".515", 32
  %".517" = add nsw i64 12, %".516"
  %".518" = getelementptr float, float* %"b0", i64 %".517"
  store float %".514", float* %".518"
  %".520" = load float, float* %"c15"
  %".521" = sext i32 %"t1" to i64
  %".522" = mul nsw i64 %".521", 32
  %".523" = add nsw i64 13, %".522"
  %".524" = getelementptr float, float* %"b0", i64 %".523"
  store float %".520", float* %".524"
  %".526" = load float, float* %"c16"
  %".527" = sext i32 %"t1" to i64
  %".528" = mul nsw i64 %".527", 32
  %".529" = add nsw i64 14, %".528"
  %".530" = getelementptr float, float* %"b0", i64 %".529"
  store float %".526", float* %".530"
  %".532" = load float, float* %"c17"
  %".533" = sext i32 %"t1" to i64
  %".534" = mul nsw i64 %".533", 32
  %".535" = add nsw i64 15, %".534"
  %".536" = getelementptr float, float* %"b0", i64 %".535"
  store float %".532", float* %".536"
  %".538" = load float, float* %"c18"
  %".539" = sext i32 %"t1" to i64
  %".540" = mul nsw i64 %".539", 32
  %".541" = add nsw i64 16, %".540"
  %".542" = getelementptr float, float* %"b0", i64 %".541"
  store float %".538", float* %".542"
  %".544" = load float, float* %"c19"
  %".545" = sext i32 %"t1" to i64
  %".546" = mul nsw i64 %".545", 32
  %".547" = add nsw i64 17, %".546"
  %".548" = getelementptr float, float* %"b0", i64 %".547"
  store float %".544", float* %".548"
  %".550" = load float, float* %"c20"
  %".551" = sext i32 %"t1" to i64
  %".552" = mul nsw i64 %".551", 32
  %".553" = add nsw i64 18, %".552"
  %".554" = getelementptr float, float* %"b0", i64 %".553"
  store float %".550", float* %".554"
  %".556" = load float, float* %"c21"
  %".557" = sext i32 %"t1" to i64
  %".558" = mul nsw i64 %".557", 32
  %".559" = add nsw i64 19, %".558"
  %".560" = getelementptr float, float* %"b0", i64 %".559"
  store float %".556", float* %".560"
  %".562" = load float, float* %"c22"
  %".563" = sext i32 %"t1" to i64
  %".564" = mul nsw i64 %".563", 32
  %".565" = add nsw i64 20, %".564"
  %".566" = getelementptr float, float* %"b0", i64 %".565"
  store float %".562", float* %".566"
  %".568" = load float, float* %"c23"
  %".569" = sext i32 %"t1" to i64
  %".570" = mul nsw i64 %".569", 32
  %".571" = add nsw i64 21, %".570"
  %".572" = getelementptr float, float* %"b0", i64 %".571"
  store float %".568", float* %".572"
  %".574" = load float, float* %"c24"
  %".575" = sext i32 %"t1" to i64
  %".576" = mul nsw i64 %".575", 32
  %".577" = add nsw i64 22, %".576"
  %".578" = getelementptr float, float* %"b0", i64 %".577"
  store float %".574", float* %".578"
  %".580" = load float, float* %"c25"
  %".581" = sext i32 %"t1" to i64
  %".582" = mul nsw i64 %".581", 32
  %".583" = add nsw i64 23, %".582"
  %".584" = getelementptr float, float* %"b0", i64 %".583"
  store float %".580", float* %".584"
  %".586" = load float, float* %"c26"
  %".587" = sext i32 %"t1" to i64
  %".588" = mul nsw i64 %".587", 32
  %".589" = add nsw i64 24, %".588"
  %".590" = getelementptr float, float* %"b0", i64 %".589"
  store float %".586", float* %".590"
  %".592" = load float, float* %"c27"
  %".593" = sext i32 %"t1" to i64
  %".594" = mul nsw i64 %".593", 32
  %".595" = add nsw i64 25, %".594"
  %".596" = getelementptr float, float* %"b0", i64 %".595"
  store float %".592", float* %".596"
  %".598" = load float, float* %"c28"
  %".599" = sext i32 %"t1" to i64
  %".600" = mul nsw i64 %".599", 32
  %".601" = add nsw i64 26, %".600"
  %".602" = getelementptr float, float* %"b0", i64 %".601"
  store float %".598", float* %".602"
  %".604" = load float, float* %"c29"
  %".605" = sext i32 %"t1" to i64
  %".606" = mul nsw i64 %".605", 32
  %".607" = add nsw i64 27, %".606"
  %".608" = getelementptr float, float* %"b0", i64 %".607"
  store float %".604", float* %".608"
  %".610" = load float, float* %"c30"
  %".611" = sext i32 %"t1" to i64
  %".612" = mul nsw i64 %".611", 32
  %".613" = add nsw i64 28, %".612"
  %".614" = getelementptr float, float* %"b0", i64 %".613"
  store float %".610", float* %".614"
  %".616" = load float, float* %"c31"
  %".617" = sext i32 %"t1" to i64
  %".618" = mul nsw i64 %".617", 32
  %".619" = add nsw i64 29, %".618"
  %".620" = getelementptr float, float* %"b0", i64 %".619"
  store float %".616", float* %".620"
  %".622" = load float, float* %"c32"
  %".623" = sext i32 %"t1" to i64
  %".624" = mul nsw i64 %".623", 32
  %".625" = add nsw i64 30, %".624"
  %".626" = getelementptr float, float* %"b0", i64 %".625"
  store float %".622", float* %".626"
  %".628" = load float, float* %"c33"
  %".629" = sext i32 %"t1" to i64
  %".630" = mul nsw i64 %".629", 32
  %".631" = add nsw i64 31, %".630"
  %".632" = getelementptr float, float* %"b0", i64 %".631"
  store float %".628", float* %".632"
  %".634" = add nsw i32 %"t1", 1
  br label %"t1.head"
then.1:
  %".641" = sub i32 %"ncores", 1
  %".642" = add i32 1, %".641"
  %".643" = sdiv i32 %".642", %"ncores"
  %".644" = mul i32 %"core", %".643"
  %".645" = add i32 %".644", %".643"
  %".646" = icmp slt i32 %".645", 1
  %".647" = select  i1 %".646", i32 %".645", i32 1
  br label %"t68.head"
endif.1:
  %".1624" = icmp sle i32 3, %"n"
  %".1625" = icmp slt i32 %"n", 4
  %".1626" = and i1 %".1624", %".1625"
  br i1 %".1626", label %"then.2", label %"endif.2"
t68.head:
  %"t68" = phi  i32 [%".644", %"then.1"], [%".1621", %"k133.done"]
  %".649" = icmp slt i32 %"t68", %".647"
  br i1 %".649", label %"t68.body", label %"t68.done"
t68.body:
  store float              0x0, float* %"c69"
  store float              0x0, float* %"c70"
  store float              0x0, float* %"c71"
  store float              0x0, float* %"c72"
  store float              0x0, float* %"c73"
  store float              0x0, float* %"c74"
  store float              0x0, float* %"c75"
  store float              0x0, float* %"c76"
  store float              0x0, float* %"c77"
  store float              0x0, float* %"c78"
  store float              0x0, float* %"c79"
  store float              0x0, float* %"c80"
  store float              0x0, float* %"c81"
  store float              0x0, float* %"c82"
  store float              0x0, float* %"c83"
  store float              0x0, float* %"c84"
  store float              0x0, float* %"c85"
  store float              0x0, float* %"c86"
  store float              0x0, float* %"c87"
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
  br label %"k133.head"
t68.done:
  br label %"endif.1"
k133.head:
  %"k133" = phi  i32 [0, %"t68.body"], [%".1236", %"k133.body"]
  %".716" = icmp slt i32 %"k133", 64
  br i1 %".716", label %"k133.body", label %"k133.done"
k133.body:
  %".718" = sext i32 %"k133" to i64
  %".719" = getelementptr float, float* %"b1", i64 %".718"
  %".720" = load float, float* %".719"
  %".721" = sext i32 %"k133" to i64
  %".722" = add nsw i64 64, %".721"
  %".723" = getelementptr float, float* %"b1", i64 %".722"
  %".724" = load float, float* %".723"
  %".725" = sext i32 %"k133" to i64
  %".726" = mul nsw i64 %".725", 32
  %".727" = sext i32 %"t68" to i64
  %".728" = mul nsw i64 %".727", 32
  %".729" = add nsw i64 %".726", %".728"
  %".730" = getelementptr float, float* %"b2", i64 %".729"
  %".731" = load float, float* %".730"
  %".732" = sext i32 %"k133" to i64
  %".733" = mul nsw i64 %".732", 32
  %".734" = add nsw i64 1, %".733"
  %".735" = sext i32 %"t68" to i64
  %".736" = mul nsw i64 %".735", 32
  %".737" = add nsw i64 %".734", %".736"
  %".738" = getelementptr float, float* %"b2", i64 %".737"
  %".739" = load float, float* %".738"
  %".740" = sext i32 %"k133" to i64
  %".741" = mul nsw i64 %".740", 32
  %".742" = add nsw i64 2, %".741"
  %".743" = sext i32 %"t68" to i64
  %".744" = mul nsw i64 %".743", 32
  %".745" = add nsw i64 %".742", %".744"
  %".746" = getelementptr float, float* %"b2", i64 %".745"
  %".747" = load float, float* %".746"
  %".748" = sext i32 %"k133" to i64
  %".749" = mul nsw i64 %".748", 32
  %".750" = add nsw i64 3, %".749"
  %".751" = sext i32 %"t68" to i64
  %".752" = mul nsw i64 %".751", 32
  %".753" = add nsw i64 %".750", %".752"
  %".754" = getelementptr float, float* %"b2", i64 %".753"
  %".755" = load float, float* %".754"
  %".756" = sext i32 %"k133" to i64
  %".757" = mul nsw i64 %".756", 32
  %".758" = add nsw i64 4, %".757"
  %".759" = sext i32 %"t68" to i64
  %".760" = mul nsw i64 %".759", 32
  %".761" = add nsw i64 %".758", %".760"
  %".762" = getelementptr float, float* %"b2", i64 %".761"
  %".763" = load float, float* %".762"
  %".764" = sext i32 %"k133" to i64
  %".765" = mul nsw i64 %".764", 32
  %".766" = add nsw i64 5, %".765"
  %".767" = sext i32 %"t68" to i64
  %".768" = mul nsw i64 %".767", 32
  %".769" = add nsw i64 %".766", %".768"
  %".770" = getelementptr float, float* %"b2", i64 %".769"
  %".771" = load float, float* %".770"
  %".772" = sext i32 %"k133" to i64
  %".773" = mul nsw i64 %".772", 32
  %".774" = add nsw i64 6, %".773"
  %".775" = sext i32 %"t68" to i64
  %".776" = mul nsw i64 %".775", 32
  %".777" = add nsw i64 %".774", %".776"
  %".778" = getelementptr float, float* %"b2", i64 %".777"
  %".779" = load float, float* %".778"
  %".780" = sext i32 %"k133" to i64
  %".781" = mul nsw i64 %".780", 32
  %".782" = add nsw i64 7, %".781"
  %".783" = sext i32 %"t68" to i64
  %".784" = mul nsw i64 %".783", 32
  %".785" = add nsw i64 %".782", %".784"
  %".786" = getelementptr float, float* %"b2", i64 %".785"
  %".787" = load float, float* %".786"
  %".788" = sext i32 %"k133" to i64
  %".789" = mul nsw i64 %".788", 32
  %".790" = add nsw i64 8, %".789"
  %".791" = sext i32 %"t68" to i64
  %".792" = mul nsw i64 %".791", 32
  %".793" = add nsw i64 %".790", %".792"
  %".794" = getelementptr float, float* %"b2", i64 %".793"
  %".795" = load float, float* %".794"
  %".796" = sext i32 %"k133" to i64
  %".797" = mul nsw i64 %".796", 32
  %".798" = add nsw i64 9, %".797"
  %".799" = sext i32 %"t68" to i64
  %".800" = mul nsw i64 %".799", 32
  %".801" = add nsw i64 %".798", %".800"
  %".802" = getelementptr float, float* %"b2", i64 %".801"
  %".803" = load float, float* %".802"
  %".804" = sext i32 %"k133" to i64
  %".805" = mul nsw i64 %".804", 32
  %".806" = add nsw i64 10, %".805"
  %".807" = sext i32 %"t68" to i64
  %".808" = mul nsw i64 %".807", 32
  %".809" = add nsw i64 %".806", %".808"
  %".810" = getelementptr float, float* %"b2", i64 %".809"
  %".811" = load float, float* %".810"
  %".812" = sext i32 %"k133" to i64
  %".813" = mul nsw i64 %".812", 32
  %".814" = add nsw i64 11, %".813"
  %".815" = sext i32 %"t68" to i64
  %".816" = mul nsw i64 %".815", 32
  %".817" = add nsw i64 %".814", %".816"
  %".818" = getelementptr float, float* %"b2", i64 %".817"
  %".819" = load float, float* %".818"
  %".820" = sext i32 %"k133" to i64
  %".821" = mul nsw i64 %".820", 32
  %".822" = add nsw i64 12, %".821"
  %".823" = sext i32 %"t68" to i64
  %".824" = mul nsw i64 %".823", 32
  %".825" = add nsw i64 %".822", %".824"
  %".826" = getelementptr float, float* %"b2", i64 %".825"
  %".827" = load float, float* %".826"
  %".828" = sext i32 %"k133" to i64
  %".829" = mul nsw i64 %".828", 32
  %".830" = add nsw i64 13, %".829"
  %".831" = sext i32 %"t68" to i64
  %".832" = mul nsw i64 %".831", 32
  %".833" = add nsw i64 %".830", %".832"
  %".834" = getelementptr float, float* %"b2", i64 %".833"
  %".835" = load float, float* %".834"
  %".836" = sext i32 %"k133" to i64
  %".837" = mul nsw i64 %".836", 32
  %".838" = add nsw i64 14, %".837"
  %".839" = sext i32 %"t68" to i64
  %".840" = mul nsw i64 %".839", 32
  %".841" = add nsw i64 %".838", %".840"
  %".842" = getelementptr float, float* %"b2", i64 %".841"
  %".843" = load float, float* %".842"
  %".844" = sext i32 %"k133" to i64
  %".845" = mul nsw i64 %".844", 32
  %".846" = add nsw i64 15, %".845"
  %".847" = sext i32 %"t68" to i64
  %".848" = mul nsw i64 %".847", 32
  %".849" = add nsw i64 %".846", %".848"
  %".850" = getelementptr float, float* %"b2", i64 %".849"
  %".851" = load float, float* %".850"
  %".852" = sext i32 %"k133" to i64
  %".853" = mul nsw i64 %".852", 32
  %".854" = add nsw i64 16, %".853"
  %".855" = sext i32 %"t68" to i64
  %".856" = mul nsw i64 %".855", 32
  %".857" = add nsw i64 %".854", %".856"
  %".858" = getelementptr float, float* %"b2", i64 %".857"
  %".859" = load float, float* %".858"
  %".860" = sext i32 %"k133" to i64
  %".861" = mul nsw i64 %".860", 32
  %".862" = add nsw i64 17, %".861"
  %".863" = sext i32 %"t68" to i64
  %".864" = mul nsw i64 %".863", 32
  %".865" = add nsw i64 %".862", %".864"
  %".866" = getelementptr float, float* %"b2", i64 %".865"
  %".867" = load float, float* %".866"
  %".868" = sext i32 %"k133" to i64
  %".869" = mul nsw i64 %".868", 32
  %".870" = add nsw i64 18, %".869"
  %".871" = sext i32 %"t68" to i64
  %".872" = mul nsw i64 %".871", 32
  %".873" = add nsw i64 %".870", %".872"
  %".874" = getelementptr float, float* %"b2", i64 %".873"
  %".875" = load float, float* %".874"
  %".876" = sext i32 %"k133" to i64
  %".877" = mul nsw i64 %".876", 32
  %".878" = add nsw i64 19, %".877"
  %".879" = sext i32 %"t68" to i64
  %".880" = mul nsw i64 %".879", 32
  %".881" = add nsw i64 %".878", %".880"
  %".882" = getelementptr float, float* %"b2", i64 %".881"
  %".883" = load float, float* %".882"
  %".884" = sext i32 %"k133" to i64
  %".885" = mul nsw i64 %".884", 32
  %".886" = add nsw i64 20, %".885"
  %".887" = sext i32 %"t68" to i64
  %".888" = mul nsw i64 %".887", 32
  %".889" = add nsw i64 %".886", %".888"
  %".890" = getelementptr float, float* %"b2", i64 %".889"
  %".891" = load float, float* %".890"
  %".892" = sext i32 %"k133" to i64
  %".893" = mul nsw i64 %".892", 32
  %".894" = add nsw i64 21, %".893"
  %".895" = sext i32 %"t68" to i64
  %".896" = mul nsw i64 %".895", 32
  %".897" = add nsw i64 %".894", %".896"
  %".898" = getelementptr float, float* %"b2", i64 %".897"
  %".899" = load float, float* %".898"
  %".900" = sext i32 %"k133" to i64
  %".901" = mul nsw i64 %".900", 32
  %".902" = add nsw i64 22, %".901"
  %".903" = sext i32 %"t68" to i64
  %".904" = mul nsw i64 %".903", 32
  %".905" = add nsw i64 %".902", %".904"
  %".906" = getelementptr float, float* %"b2", i64 %".905"
  %".907" = load float, float* %".906"
  %".908" = sext i32 %"k133" to i64
  %".909" = mul nsw i64 %".908", 32
  %".910" = add nsw i64 23, %".909"
  %".911" = sext i32 %"t68" to i64
  %".912" = mul nsw i64 %".911", 32
  %".913" = add nsw i64 %".910", %".912"
  %".914" = getelementptr float, float* %"b2", i64 %".913"
  %".915" = load float, float* %".914"
  %".916" = sext i32 %"k133" to i64
  %".917" = mul nsw i64 %".916", 32
  %".918" = add nsw i64 24, %".917"
  %".919" = sext i32 %"t68" to i64
  %".920" = mul nsw i64 %".919", 32
  %".921" = add nsw i64 %".918", %".920"
  %".922" = getelementptr float, float* %"b2", i64 %".921"
  %".923" = load float, float* %".922"
  %".924" = sext i32 %"k133" to i64
  %".925" = mul nsw i64 %".924", 32
  %".926" = add nsw i64 25, %".925"
  %".927" = sext i32 %"t68" to i64
  %".928" = mul nsw i64 %".927", 32
  %".929" = add nsw i64 %".926", %".928"
  %".930" = getelementptr float, float* %"b2", i64 %".929"
  %".931" = load float, float* %".930"
  %".932" = sext i32 %"k133" to i64
  %".933" = mul nsw i64 %".932", 32
  %".934" = add nsw i64 26, %".933"
  %".935" = sext i32 %"t68" to i64
  %".936" = mul nsw i64 %".935", 32
  %".937" = add nsw i64 %".934", %".936"
  %".938" = getelementptr float, float* %"b2", i64 %".937"
  %".939" = load float, float* %".938"
  %".940" = sext i32 %"k133" to i64
  %".941" = mul nsw i64 %".940", 32
  %".942" = add nsw i64 27, %".941"
  %".943" = sext i32 %"t68" to i64
  %".944" = mul nsw i64 %".943", 32
  %".945" = add nsw i64 %".942", %".944"
  %".946" = getelementptr float, float* %"b2", i64 %".945"
  %".947" = load float, float* %".946"
  %".948" = sext i32 %"k133" to i64
  %".949" = mul nsw i64 %".948", 32
  %".950" = add nsw i64 28, %".949"
  %".951" = sext i32 %"t68" to i64
  %".952" = mul nsw i64 %".951", 32
  %".953" = add nsw i64 %".950", %".952"
  %".954" = getelementptr float, float* %"b2", i64 %".953"
  %".955" = load float, float* %".954"
  %".956" = sext i32 %"k133" to i64
  %".957" = mul nsw i64 %".956", 32
  %".958" = add nsw i64 29, %".957"
  %".959" = sext i32 %"t68" to i64
  %".960" = mul nsw i64 %".959", 32
  %".961" = add nsw i64 %".958", %".960"
  %".962" = getelementptr float, float* %"b2", i64 %".961"
  %".963" = load float, float* %".962"
  %".964" = sext i32 %"k133" to i64
  %".965" = mul nsw i64 %".964", 32
  %".966" = add nsw i64 30, %".965"
  %".967" = sext i32 %"t68" to i64
  %".968" = mul nsw i64 %".967", 32
  %".969" = add nsw i64 %".966", %".968"
  %".970" = getelementptr float, float* %"b2", i64 %".969"
  %".971" = load float, float* %".970"
  %".972" = sext i32 %"k133" to i64
  %".973" = mul nsw i64 %".972", 32
  %".974" = add nsw i64 31, %".973"
  %".975" = sext i32 %"t68" to i64
  %".976" = mul nsw i64 %".975", 32
  %".977" = add nsw i64 %".974", %".976"
  %".978" = getelementptr float, float* %"b2", i64 %".977"
  %".979" = load float, float* %".978"
  %".980" = load float, float* %"c69"
  %".981" = fmul reassoc contract float %".720", %".731"
  %".982" = fadd reassoc contract float %".980", %".981"
  store float %".982", float* %"c69"
  %".984" = load float, float* %"c70"
  %".985" = fmul reassoc contract float %".720", %".739"
  %".986" = fadd reassoc contract float %".984", %".985"
  store float %".986", float* %"c70"
  %".988" = load float, float* %"c71"
  %".989" = fmul reassoc contract float %".720", %".747"
  %".990" = fadd reassoc contract float %".988", %".989"
  store float %".990", float* %"c71"
  %".992" = load float, float* %"c72"
  %".993" = fmul reassoc contract float %".720", %".755"
  %".994" = fadd reassoc contract float %".992", %".993"
  store float %".994", float* %"c72"
  %".996" = load float, float* %"c73"
  %".997" = fmul reassoc contract float %".720", %".763"
  %".998" = fadd reassoc contract float %".996", %".997"
  store float %".998", float* %"c73"
  %".1000" = load float, float* %"c74"
  %".1001" = fmul reassoc contract float %".720", %".771"
  %".1002" = fadd reassoc contract float %".1000", %".1001"
  store float %".1002", float* %"c74"
  %".1004" = load float, float* %"c75"
  %".1005" = fmul reassoc contract float %".720", %".779"
  %".1006" = fadd reassoc contract float %".1004", %".1005"
  store float %".1006", float* %"c75"
  %".1008" = load float, float* %"c76"
  %".1009" = fmul reassoc contract float %".720", %".787"
  %".1010" = fadd reassoc contract float %".1008", %".1009"
  store float %".1010", float* %"c76"
  %".1012" = load float, float* %"c77"
  %".1013" = fmul reassoc contract float %".720", %".795"
  %".1014" = fadd reassoc contract float %".1012", %".1013"
  store float %".1014", float* %"c77"
  %".1016" = load float, float* %"c78"
  %".1017" = fmul reassoc contract float %".720", %".803"
  %".1018" = fadd reassoc contract float %".1016", %".1017"
  store float %".1018", float* %"c78"
  %".1020" = load float, float* %"c79"
  %".1021" = fmul reassoc contract float %".720", %".811"
  %".1022" = fadd reassoc contract float %".1020", %".1021"
  store float %".1022", float* %"c79"
  %".1024" = load float, float* %"c80"
  %".1025" = fmul reassoc contract float %".720", %".819"
  %".1026" = fadd reassoc contract float %".1024", %".1025"
  store float %".1026", float* %"c80"
  %".1028" = load float, float* %"c81"
  %".1029" = fmul reassoc contract float %".720", %".827"
  %".1030" = fadd reassoc contract float %".1028", %".1029"
  store float %".1030", float* %"c81"
  %".1032" = load float, float* %"c82"
  %".1033" = fmul reassoc contract float %".720", %".835"
  %".1034" = fadd reassoc contract float %".1032", %".1033"
  store float %".1034", float* %"c82"
  %".1036" = load float, float* %"c83"
  %".1037" = fmul reassoc contract float %".720", %".843"
  %".1038" = fadd reassoc contract float %".1036", %".1037"
  store float %".1038", float* %"c83"
  %".1040" = load float, float* %"c84"
  %".1041" = fmul reassoc contract float %".720", %".851"
  %".1042" = fadd reassoc contract float %".1040", %".1041"
  store float %".1042", float* %"c84"
  %".1044" = load float, float* %"c85"
  %".1045" = fmul reassoc contract float %".720", %".859"
  %".1046" = fadd reassoc contract float %".1044", %".1045"
  store float %".1046", float* %"c85"
  %".1048" = load float, float* %"c86"
  %".1049" = fmul reassoc contract float %".720", %".867"
  %".1050" = fadd reassoc contract float %".1048", %".1049"
  store float %".1050", float* %"c86"
  %".1052" = load float, float* %"c87"
  %".1053" = fmul reassoc contract float %".720", %".875"
  %".1054" = fadd reassoc contract float %".1052", %".1053"
  store float %".1054", float* %"c87"
  %".1056" = load float, float* %"c88"
  %".1057" = fmul reassoc contract float %".720", %".883"
  %".1058" = fadd reassoc contract float %".1056", %".1057"
  store float %".1058", float* %"c88"
  %".1060" = load float, float* %"c89"
  %".1061" = fmul reassoc contract float %".720", %".891"
  %".1062" = fadd reassoc contract float %".1060", %".1061"
  store float %".1062", float* %"c89"
  %".1064" = load float, float* %"c90"
  %".1065" = fmul reassoc contract float %".720", %".899"
  %".1066" = fadd reassoc contract float %".1064", %".1065"
  store float %".1066", float* %"c90"
  %".1068" = load float, float* %"c91"
  %".1069" = fmul reassoc contract float %".720", %".907"
  %".1070" = fadd reassoc contract float %".1068", %".1069"
  store float %".1070", float* %"c91"
  %".1072" = load float, float* %"c92"
  %".1073" = fmul reassoc contract float %".720", %".915"
  %".1074" = fadd reassoc contract float %".1072", %".1073"
  store float %".1074", float* %"c92"
  %".1076" = load float, float* %"c93"
  %".1077" = fmul reassoc contract float %".720", %".923"
  %".1078" = fadd reassoc contract float %".1076", %".1077"
  store float %".1078", float* %"c93"
  %".1080" = load float, float* %"c94"
  %".1081" = fmul reassoc contract float %".720", %".931"
  %".1082" = fadd reassoc contract float %".1080", %".1081"
  store float %".1082", float* %"c94"
  %".1084" = load float, float* %"c95"
  %".1085" = fmul reassoc contract float %".720", %".939"
  %".1086" = fadd reassoc contract float %".1084", %".1085"
  store float %".1086", float* %"c95"
  %".1088" = load float, float* %"c96"
  %".1089" = fmul reassoc contract float %".720", %".947"
  %".1090" = fadd reassoc contract float %".1088", %".1089"
  store float %".1090", float* %"c96"
  %".1092" = load float, float* %"c97"
  %".1093" = fmul reassoc contract float %".720", %".955"
  %".1094" = fadd reassoc contract float %".1092", %".1093"
  store float %".1094", float* %"c97"
  %".1096" = load float, float* %"c98"
  %".1097" = fmul reassoc contract float %".720", %".963"
  %".1098" = fadd reassoc contract float %".1096", %".1097"
  store float %".1098", float* %"c98"
  %".1100" = load float, float* %"c99"
  %".1101" = fmul reassoc contract float %".720", %".971"
  %".1102" = fadd reassoc contract float %".1100", %".1101"
  store float %".1102", float* %"c99"
  %".1104" = load float, float* %"c100"
  %".1105" = fmul reassoc contract float %".720", %".979"
  %".1106" = fadd reassoc contract float %".1104", %".1105"
  store float %".1106", float* %"c100"
  %".1108" = load float, float* %"c101"
  %".1109" = fmul reassoc contract float %".724", %".731"
  %".1110" = fadd reassoc contract float %".1108", %".1109"
  store float %".1110", float* %"c101"
  %".1112" = load float, float* %"c102"
  %".1113" = fmul reassoc contract float %".724", %".739"
  %".1114" = fadd reassoc contract float %".1112", %".1113"
  store float %".1114", float* %"c102"
  %".1116" = load float, float* %"c103"
  %".1117" = fmul reassoc contract float %".724", %".747"
  %".1118" = fadd reassoc contract float %".1116", %".1117"
  store float %".1118", float* %"c103"
  %".1120" = load float, float* %"c104"
  %".1121" = fmul reassoc contract float %".724", %".755"
  %".1122" = fadd reassoc contract float %".1120", %".1121"
  store float %".1122", float* %"c104"
  %".1124" = load float, float* %"c105"
  %".1125" = fmul reassoc contract float %".724", %".763"
  %".1126" = fadd reassoc contract float %".1124", %".1125"
  store float %".1126", float* %"c105"
  %".1128" = load float, float* %"c106"
  %".1129" = fmul reassoc contract float %".724", %".771"
  %".1130" = fadd reassoc contract float %".1128", %".1129"
  store float %".1130", float* %"c106"
  %".1132" = load float, float* %"c107"
  %".1133" = fmul reassoc contract float %".724", %".779"
  %".1134" = fadd reassoc contract float %".1132", %".1133"
  store float %".1134", float* %"c107"
  %".1136" = load float, float* %"c108"
  %".1137" = fmul reassoc contract float %".724", %".787"
  %".1138" = fadd reassoc contract float %".1136", %".1137"
  store float %".1138", float* %"c108"
  %".1140" = load float, float* %"c109"
  %".1141" = fmul reassoc contract float %".724", %".795"
  %".1142" = fadd reassoc contract float %".1140", %".1141"
  store float %".1142", float* %"c109"
  %".1144" = load float, float* %"c110"
  %".1145" = fmul reassoc contract float %".724", %".803"
  %".1146" = fadd reassoc contract float %".1144", %".1145"
  store float %".1146", float* %"c110"
  %".1148" = load float, float* %"c111"
  %".1149" = fmul reassoc contract float %".724", %".811"
  %".1150" = fadd reassoc contract float %".1148", %".1149"
  store float %".1150", float* %"c111"
  %".1152" = load float, float* %"c112"
  %".1153" = fmul reassoc contract float %".724", %".819"
  %".1154" = fadd reassoc contract float %".1152", %".1153"
  store float %".1154", float* %"c112"
  %".1156" = load float, float* %"c113"
  %".1157" = fmul reassoc contract float %".724", %".827"
  %".1158" = fadd reassoc contract float %".1156", %".1157"
  store float %".1158", float* %"c113"
  %".1160" = load float, float* %"c114"
  %".1161" = fmul reassoc contract float %".724", %".835"
  %".1162" = fadd reassoc contract float %".1160", %".1161"
  store float %".1162", float* %"c114"
  %".1164" = load float, float* %"c115"
  %".1165" = fmul reassoc contract float %".724", %".843"
  %".1166" = fadd reassoc contract float %".1164", %".1165"
  store float %".1166", float* %"c115"
  %".1168" = load float, float* %"c116"
  %".1169" = fmul reassoc contract float %".724", %".851"
  %".1170" = fadd reassoc contract float %".1168", %".1169"
  store float %".1170", float* %"c116"
  %".1172" = load float, float* %"c117"
  %".1173" = fmul reassoc contract float %".724", %".859"
  %".1174" = fadd reassoc contract float %".1172", %".1173"
  store float %".1174", float* %"c117"
  %".1176" = load float, float* %"c118"
  %".1177" = fmul reassoc contract float %".724", %".867"
  %".1178" = fadd reassoc contract float %".1176", %".1177"
  store float %".1178", float* %"c118"
  %".1180" = load float, float* %"c119"
  %".1181" = fmul reassoc contract float %".724", %".875"
  %".1182" = fadd reassoc contract float %".1180", %".1181"
  store float %".1182", float* %"c119"
  %".1184" = load float, float* %"c120"
  %".1185" = fmul reassoc contract float %".724", %".883"
  %".1186" = fadd reassoc contract float %".1184", %".1185"
  store float %".1186", float* %"c120"
  %".1188" = load float, float* %"c121"
  %".1189" = fmul reassoc contract float %".724", %".891"
  %".1190" = fadd reassoc contract float %".1188", %".1189"
  store float %".1190", float* %"c121"
  %".1192" = load float, float* %"c122"
  %".1193" = fmul reassoc contract float %".724", %".899"
  %".1194" = fadd reassoc contract float %".1192", %".1193"
  store float %".1194", float* %"c122"
  %".1196" = load float, float* %"c123"
  %".1197" = fmul reassoc contract float %".724", %".907"
  %".1198" = fadd reassoc contract float %".1196", %".1197"
  store float %".1198", float* %"c123"
  %".1200" = load float, float* %"c124"
  %".1201" = fmul reassoc contract float %".724", %".915"
  %".1202" = fadd reassoc contract float %".1200", %".1201"
  store float %".1202", float* %"c124"
  %".1204" = load float, float* %"c125"
  %".1205" = fmul reassoc contract float %".724", %".923"
  %".1206" = fadd reassoc contract float %".1204", %".1205"
  store float %".1206", float* %"c125"
  %".1208" = load float, float* %"c126"
  %".1209" = fmul reassoc contract float %".724", %".931"
  %".1210" = fadd reassoc contract float %".1208", %".1209"
  store float %".1210", float* %"c126"
  %".1212" = load float, float* %"c127"
  %".1213" = fmul reassoc contract float %".724", %".939"
  %".1214" = fadd reassoc contract float %".1212", %".1213"
  store float %".1214", float* %"c127"
  %".1216" = load float, float* %"c128"
  %".1217" = fmul reassoc contract float %".724", %".947"
  %".1218" = fadd reassoc contract float %".1216", %".1217"
  store float %".1218", float* %"c128"
  %".1220" = load float, float* %"c129"
  %".1221" = fmul reassoc contract float %".724", %".955"
  %".1222" = fadd reassoc contract float %".1220", %".1221"
  store float %".1222", float* %"c129"
  %".1224" = load float, float* %"c130"
  %".1225" = fmul reassoc contract float %".724", %".963"
  %".1226" = fadd reassoc contract float %".1224", %".1225"
  store float %".1226", float* %"c130"
  %".1228" = load float, float* %"c131"
  %".1229" = fmul reassoc contract float %".724", %".971"
  %".1230" = fadd reassoc contract float %".1228", %".1229"
  store float %".1230", float* %"c131"
  %".1232" = load float, float* %"c132"
  %".1233" = fmul reassoc contract float %".724", %".979"
  %".1234" = fadd reassoc contract float %".1232", %".1233"
  store float %".1234", float* %"c132"
  %".1236" = add nsw i32 %"k133", 1
  br label %"k133.head", !llvm.loop !2
k133.done:
  %".1238" = load float, float* %"c69"
  %".1239" = sext i32 %"t68" to i64
  %".1240" = mul nsw i64 %".1239", 32
  %".1241" = getelementptr float, float* %"b0", i64 %".1240"
  store float %".1238", float* %".1241"
  %".1243" = load float, float* %"c70"
  %".1244" = sext i32 %"t68" to i64
  %".1245" = mul nsw i64 %".1244", 32
  %".1246" = add nsw i64 1, %".1245"
  %".1247" = getelementptr float, float* %"b0", i64 %".1246"
  store float %".1243", float* %".1247"
  %".1249" = load float, float* %"c71"
  %".1250" = sext i32 %"t68" to i64
  %".1251" = mul nsw i64 %".1250", 32
  %".1252" = add nsw i64 2, %".1251"
  %".1253" = getelementptr float, float* %"b0", i64 %".1252"
  store float %".1249", float* %".1253"
  %".1255" = load float, float* %"c72"
  %".1256" = sext i32 %"t68" to i64
  %".1257" = mul nsw i64 %".1256", 32
  %".1258" = add nsw i64 3, %".1257"
  %".1259" = getelementptr float, float* %"b0", i64 %".1258"
  store float %".1255", float* %".1259"
  %".1261" = load float, float* %"c73"
  %".1262" = sext i32 %"t68" to i64
  %".1263" = mul nsw i64 %".1262", 32
  %".1264" = add nsw i64 4, %".1263"
  %".1265" = getelementptr float, float* %"b0", i64 %".1264"
  store float %".1261", float* %".1265"
  %".1267" = load float, float* %"c74"
  %".1268" = sext i32 %"t68" to i64
  %".1269" = mul nsw i64 %".1268", 32
  %".1270" = add nsw i64 5, %".1269"
  %".1271" = getelementptr float, float* %"b0", i64 %".1270"
  store float %".1267", float* %".1271"
  %".1273" = load float, float* %"c75"
  %".1274" = sext i32 %"t68" to i64
  %".1275" = mul nsw i64 %".1274", 32
  %".1276" = add nsw i64 6, %".1275"
  %".1277" = getelementptr float, float* %"b0", i64 %".1276"
  store float %".1273", float* %".1277"
  %".1279" = load float, float* %"c76"
  %".1280" = sext i32 %"t68" to i64
  %".1281" = mul nsw i64 %".1280", 32
  %".1282" = add nsw i64 7, %".1281"
  %".1283" = getelementptr float, float* %"b0", i64 %".1282"
  store float %".1279", float* %".1283"
  %".1285" = load float, float* %"c77"
  %".1286" = sext i32 %"t68" to i64
  %".1287" = mul nsw i64 %".1286", 32
  %".1288" = add nsw i64 8, %".1287"
  %".1289" = getelementptr float, float* %"b0", i64 %".1288"
  store float %".1285", float* %".1289"
  %".1291" = load float, float* %"c78"
  %".1292" = sext i32 %"t68" to i64
  %".1293" = mul nsw i64 %".1292", 32
  %".1294" = add nsw i64 9, %".1293"
  %".1295" = getelementptr float, float* %"b0", i64 %".1294"
  store float %".1291", float* %".1295"
  %".1297" = load float, float* %"c79"
  %".1298" = sext i32 %"t68" to i64
  %".1299" = mul nsw i64 %".1298", 32
  %".1300" = add nsw i64 10, %".1299"
  %".1301" = getelementptr float, float* %"b0", i64 %".1300"
  store float %".1297", float* %".1301"
  %".1303" = load float, float* %"c80"
  %".1304" = sext i32 %"t68" to i64
  %".1305" = mul nsw i64 %".1304", 32
  %".1306" = add nsw i64 11, %".1305"
  %".1307" = getelementptr float, float* %"b0", i64 %".1306"
  store float %".1303", float* %".1307"
  %".1309" = load float, float* %"c81"
  %".1310" = sext i32 %"t68" to i64
  %".1311" = mul nsw i64 %".1310", 32
  %".1312" = add nsw i64 12, %".1311"
  %".1313" = getelementptr float, float* %"b0", i64 %".1312"
  store float %".1309", float* %".1313"
  %".1315" = load float, float* %"c82"
  %".1316" = sext i32 %"t68" to i64
  %".1317" = mul nsw i64 %".1316", 32
  %".1318" = add nsw i64 13, %".1317"
  %".1319" = getelementptr float, float* %"b0", i64 %".1318"
  store float %".1315", float* %".1319"
  %".1321" = load float, float* %"c83"
  %".1322" = sext i32 %"t68" to i64
  %".1323" = mul nsw i64 %".1322", 32
  %".1324" = add nsw i64 14, %".1323"
  %".1325" = getelementptr float, float* %"b0", i64 %".1324"
  store float %".1321", float* %".1325"
  %".1327" = load float, float* %"c84"
  %".1328" = sext i32 %"t68" to i64
  %".1329" = mul nsw i64 %".1328", 32
  %".1330" = add nsw i64 15, %".1329"
  %".1331" = getelementptr float, float* %"b0", i64 %".1330"
  store float %".1327", float* %".1331"
  %".1333" = load float, float* %"c85"
  %".1334" = sext i32 %"t68" to i64
  %".1335" = mul nsw i64 %".1334", 32
  %".1336" = add nsw i64 16, %".1335"
  %".1337" = getelementptr float, float* %"b0", i64 %".1336"
  store float %".1333", float* %".1337"
  %".1339" = load float, float* %"c86"
  %".1340" = sext i32 %"t68" to i64
  %".1341" = mul nsw i64 %".1340", 32
  %".1342" = add nsw i64 17, %".1341"
  %".1343" = getelementptr float, float* %"b0", i64 %".1342"
  store float %".1339", float* %".1343"
  %".1345" = load float, float* %"c87"
  %".1346" = sext i32 %"t68" to i64
  %".1347" = mul nsw i64 %".1346", 32
  %".1348" = add nsw i64 18, %".1347"
  %".1349" = getelementptr float, float* %"b0", i64 %".1348"
  store float %".1345", float* %".1349"
  %".1351" = load float, float* %"c88"
  %".1352" = sext i32 %"t68" to i64
  %".1353" = mul nsw i64 %".1352", 32
  %".1354" = add nsw i64 19, %".1353"
  %".1355" = getelementptr float, float* %"b0", i64 %".1354"
  store float %".1351", float* %".1355"
  %".1357" = load float, float* %"c89"
  %".1358" = sext i32 %"t68" to i64
  %".1359" = mul nsw i64 %".1358", 32
  %".1360" = add nsw i64 20, %".1359"
  %".1361" = getelementptr float, float* %"b0", i64 %".1360"
  store float %".1357", float* %".1361"
  %".1363" = load float, float* %"c90"
  %".1364" = sext i32 %"t68" to i64
  %".1365" = mul nsw i64 %".1364", 32
  %".1366" = add nsw i64 21, %".1365"
  %".1367" = getelementptr float, float* %"b0", i64 %".1366"
  store float %".1363", float* %".1367"
  %".1369" = load float, float* %"c91"
  %".1370" = sext i32 %"t68" to i64
  %".1371" = mul nsw i64 %".1370", 32
  %".1372" = add nsw i64 22, %".1371"
  %".1373" = getelementptr float, float* %"b0", i64 %".1372"
  store float %".1369", float* %".1373"
  %".1375" = load float, float* %"c92"
  %".1376" = sext i32 %"t68" to i64
  %".1377" = mul nsw i64 %".1376", 32
  %".1378" = add nsw i64 23, %".1377"
  %".1379" = getelementptr float, float* %"b0", i64 %".1378"
  store float %".1375", float* %".1379"
  %".1381" = load float, float* %"c93"
  %".1382" = sext i32 %"t68" to i64
  %".1383" = mul nsw i64 %".1382", 32
  %".1384" = add nsw i64 24, %".1383"
  %".1385" = getelementptr float, float* %"b0", i64 %".1384"
  store float %".1381", float* %".1385"
  %".1387" = load float, float* %"c94"
  %".1388" = sext i32 %"t68" to i64
  %".1389" = mul nsw i64 %".1388", 32
  %".1390" = add nsw i64 25, %".1389"
  %".1391" = getelementptr float, float* %"b0", i64 %".1390"
  store float %".1387", float* %".1391"
  %".1393" = load float, float* %"c95"
  %".1394" = sext i32 %"t68" to i64
  %".1395" = mul nsw i64 %".1394", 32
  %".1396" = add nsw i64 26, %".1395"
  %".1397" = getelementptr float, float* %"b0", i64 %".1396"
  store float %".1393", float* %".1397"
  %".1399" = load float, float* %"c96"
  %".1400" = sext i32 %"t68" to i64
  %".1401" = mul nsw i64 %".1400", 32
  %".1402" = add nsw i64 27, %".1401"
  %".1403" = getelementptr float, float* %"b0", i64 %".1402"
  store float %".1399", float* %".1403"
  %".1405" = load float, float* %"c97"
  %".1406" = sext i32 %"t68" to i64
  %".1407" = mul nsw i64 %".1406", 32
  %".1408" = add nsw i64 28, %".1407"
  %".1409" = getelementptr float, float* %"b0", i64 %".1408"
  store float %".1405", float* %".1409"
  %".1411" = load float, float* %"c98"
  %".1412" = sext i32 %"t68" to i64
  %".1413" = mul nsw i64 %".1412", 32
  %".1414" = add nsw i64 29, %".1413"
  %".1415" = getelementptr float, float* %"b0", i64 %".1414"
  store float %".1411", float* %".1415"
  %".1417" = load float, float* %"c99"
  %".1418" = sext i32 %"t68" to i64
  %".1419" = mul nsw i64 %".1418", 32
  %".1420" = add nsw i64 30, %".1419"
  %".1421" = getelementptr float, float* %"b0", i64 %".1420"
  store float %".1417", float* %".1421"
  %".1423" = load float, float* %"c100"
  %".1424" = sext i32 %"t68" to i64
  %".1425" = mul nsw i64 %".1424", 32
  %".1426" = add nsw i64 31, %".1425"
  %".1427" = getelementptr float, float* %"b0", i64 %".1426"
  store float %".1423", float* %".1427"
  %".1429" = load float, float* %"c101"
  %".1430" = sext i32 %"t68" to i64
  %".1431" = mul nsw i64 %".1430", 32
  %".1432" = add nsw i64 32, %".1431"
  %".1433" = getelementptr float, float* %"b0", i64 %".1432"
  store float %".1429", float* %".1433"
  %".1435" = load float, float* %"c102"
  %".1436" = sext i32 %"t68" to i64
  %".1437" = mul nsw i64 %".1436", 32
  %".1438" = add nsw i64 33, %".1437"
  %".1439" = getelementptr float, float* %"b0", i64 %".1438"
  store float %".1435", float* %".1439"
  %".1441" = load float, float* %"c103"
  %".1442" = sext i32 %"t68" to i64
  %".1443" = mul nsw i64 %".1442", 32
  %".1444" = add nsw i64 34, %".1443"
  %".1445" = getelementptr float, float* %"b0", i64 %".1444"
  store float %".1441", float* %".1445"
  %".1447" = load float, float* %"c104"
  %".1448" = sext i32 %"t68" to i64
  %".1449" = mul nsw i64 %".1448", 32
  %".1450" = add nsw i64 35, %".1449"
  %".1451" = getelementptr float, float* %"b0", i64 %".1450"
  store float %".1447", float* %".1451"
  %".1453" = load float, float* %"c105"
  %".1454" = sext i32 %"t68" to i64
  %".1455" = mul nsw i64 %".1454", 32
  %".1456" = add nsw i64 36, %".1455"
  %".1457" = getelementptr float, float* %"b0", i64 %".1456"
  store float %".1453", float* %".1457"
  %".1459" = load float, float* %"c106"
  %".1460" = sext i32 %"t68" to i64
  %".1461" = mul nsw i64 %".1460", 32
  %".1462" = add nsw i64 37, %".1461"
  %".1463" = getelementptr float, float* %"b0", i64 %".1462"
  store float %".1459", float* %".1463"
  %".1465" = load float, float* %"c107"
  %".1466" = sext i32 %"t68" to i64
  %".1467" = mul nsw i64 %".1466", 32
  %".1468" = add nsw i64 38, %".1467"
  %".1469" = getelementptr float, float* %"b0", i64 %".1468"
  store float %".1465", float* %".1469"
  %".1471" = load float, float* %"c108"
  %".1472" = sext i32 %"t68" to i64
  %".1473" = mul nsw i64 %".1472", 32
  %".1474" = add nsw i64 39, %".1473"
  %".1475" = getelementptr float, float* %"b0", i64 %".1474"
  store float %".1471", float* %".1475"
  %".1477" = load float, float* %"c109"
  %".1478" = sext i32 %"t68" to i64
  %".1479" = mul nsw i64 %".1478", 32
  %".1480" = add nsw i64 40, %".1479"
  %".1481" = getelementptr float, float* %"b0", i64 %".1480"
  store float %".1477", float* %".1481"
  %".1483" = load float, float* %"c110"
  %".1484" = sext i32 %"t68" to i64
  %".1485" = mul nsw i64 %".1484", 32
  %".1486" = add nsw i64 41, %".1485"
  %".1487" = getelementptr float, float* %"b0", i64 %".1486"
  store float %".1483", float* %".1487"
  %".1489" = load float, float* %"c111"
  %".1490" = sext i32 %"t68" to i64
  %".1491" = mul nsw i64 %".1490", 32
  %".1492" = add nsw i64 42, %".1491"
  %".1493" = getelementptr float, float* %"b0", i64 %".1492"
  store float %".1489", float* %".1493"
  %".1495" = load float, float* %"c112"
  %".1496" = sext i32 %"t68" to i64
  %".1497" = mul nsw i64 %".1496", 32
  %".1498" = add nsw i64 43, %".1497"
  %".1499" = getelementptr float, float* %"b0", i64 %".1498"
  store float %".1495", float* %".1499"
  %".1501" = load float, float* %"c113"
  %".1502" = sext i32 %"t68" to i64
  %".1503" = mul nsw i64 %".1502", 32
  %".1504" = add nsw i64 44, %".1503"
  %".1505" = getelementptr float, float* %"b0", i64 %".1504"
  store float %".1501", float* %".1505"
  %".1507" = load float, float* %"c114"
  %".1508" = sext i32 %"t68" to i64
  %".1509" = mul nsw i64 %".1508", 32
  %".1510" = add nsw i64 45, %".1509"
  %".1511" = getelementptr float, float* %"b0", i64 %".1510"
  store float %".1507", float* %".1511"
  %".1513" = load float, float* %"c115"
  %".1514" = sext i32 %"t68" to i64
  %".1515" = mul nsw i64 %".1514", 32
  %".1516" = add nsw i64 46, %".1515"
  %".1517" = getelementptr float, float* %"b0", i64 %".1516"
  store float %".1513", float* %".1517"
  %".1519" = load float, float* %"c116"
  %".1520" = sext i32 %"t68" to i64
  %".1521" = mul nsw i64 %".1520", 32
  %".1522" = add nsw i64 47, %".1521"
  %".1523" = getelementptr float, float* %"b0", i64 %".1522"
  store float %".1519", float* %".1523"
  %".1525" = load float, float* %"c117"
  %".1526" = sext i32 %"t68" to i64
  %".1527" = mul nsw i64 %".1526", 32
  %".1528" = add nsw i64 48, %".1527"
  %".1529" = getelementptr float, float* %"b0", i64 %".1528"
  store float %".1525", float* %".1529"
  %".1531" = load float, float* %"c118"
  %".1532" = sext i32 %"t68" to i64
  %".1533" = mul nsw i64 %".1532", 32
  %".1534" = add nsw i64 49, %".1533"
  %".1535" = getelementptr float, float* %"b0", i64 %".1534"
  store float %".1531", float* %".1535"
  %".1537" = load float, float* %"c119"
  %".1538" = sext i32 %"t68" to i64
  %".1539" = mul nsw i64 %".1538", 32
  %".1540" = add nsw i64 50, %".1539"
  %".1541" = getelementptr float, float* %"b0", i64 %".1540"
  store float %".1537", float* %".1541"
  %".1543" = load float, float* %"c120"
  %".1544" = sext i32 %"t68" to i64
  %".1545" = mul nsw i64 %".1544", 32
  %".1546" = add nsw i64 51, %".1545"
  %".1547" = getelementptr float, float* %"b0", i64 %".1546"
  store float %".1543", float* %".1547"
  %".1549" = load float, float* %"c121"
  %".1550" = sext i32 %"t68" to i64
  %".1551" = mul nsw i64 %".1550", 32
  %".1552" = add nsw i64 52, %".1551"
  %".1553" = getelementptr float, float* %"b0", i64 %".1552"
  store float %".1549", float* %".1553"
  %".1555" = load float, float* %"c122"
  %".1556" = sext i32 %"t68" to i64
  %".1557" = mul nsw i64 %".1556", 32
  %".1558" = add nsw i64 53, %".1557"
  %".1559" = getelementptr float, float* %"b0", i64 %".1558"
  store float %".1555", float* %".1559"
  %".1561" = load float, float* %"c123"
  %".1562" = sext i32 %"t68" to i64
  %".1563" = mul nsw i64 %".1562", 32
  %".1564" = add nsw i64 54, %".1563"
  %".1565" = getelementptr float, float* %"b0", i64 %".1564"
  store float %".1561", float* %".1565"
  %".1567" = load float, float* %"c124"
  %".1568" = sext i32 %"t68" to i64
  %".1569" = mul nsw i64 %".1568", 32
  %".1570" = add nsw i64 55, %".1569"
  %".1571" = getelementptr float, float* %"b0", i64 %".1570"
  store float %".1567", float* %".1571"
  %".1573" = load float, float* %"c125"
  %".1574" = sext i32 %"t68" to i64
  %".1575" = mul nsw i64 %".1574", 32
  %".1576" = add nsw i64 56, %".1575"
  %".1577" = getelementptr float, float* %"b0", i64 %".1576"
  store float %".1573", float* %".1577"
  %".1579" = load float, float* %"c126"
  %".1580" = sext i32 %"t68" to i64
  %".1581" = mul nsw i64 %".1580", 32
  %".1582" = add nsw i64 57, %".1581"
  %".1583" = getelementptr float, float* %"b0", i64 %".1582"
  store float %".1579", float* %".1583"
  %".1585" = load float, float* %"c127"
  %".1586" = sext i32 %"t68" to i64
  %".1587" = mul nsw i64 %".1586", 32
  %".1588" = add nsw i64 58, %".1587"
  %".1589" = getelementptr float, float* %"b0", i64 %".1588"
  store float %".1585", float* %".1589"
  %".1591" = load float, float* %"c128"
  %".1592" = sext i32 %"t68" to i64
  %".1593" = mul nsw i64 %".1592", 32
  %".1594" = add nsw i64 59, %".1593"
  %".1595" = getelementptr float, float* %"b0", i64 %".1594"
  store float %".1591", float* %".1595"
  %".1597" = load float, float* %"c129"
  %".1598" = sext i32 %"t68" to i64
  %".1599" = mul nsw i64 %".1598", 32
  %".1600" = add nsw i64 60, %".1599"
  %".1601" = getelementptr float, float* %"b0", i64 %".1600"
  store float %".1597", float* %".1601"
  %".1603" = load float, float* %"c130"
  %".1604" = sext i32 %"t68" to i64
  %".1605" = mul nsw i64 %".1604", 32
  %".1606" = add nsw i64 61, %".1605"
  %".1607" = getelementptr float, float* %"b0", i64 %".1606"
  store float %".1603", float* %".1607"
  %".1609" = load float, float* %"c131"
  %".1610" = sext i32 %"t68" to i64
  %".1611" = mul nsw i64 %".1610", 32
  %".1612" = add nsw i64 62, %".1611"
  %".1613" = getelementptr float, float* %"b0", i64 %".1612"
  store float %".1609", float* %".1613"
  %".1615" = load float, float* %"c132"
  %".1616" = sext i32 %"t68" to i64
  %".1617" = mul nsw i64 %".1616", 32
  %".1618" = add nsw i64 63, %".1617"
  %".1619" = getelementptr float, float* %"b0", i64 %".1618"
  store float %".1615", float* %".1619"
  %".1621" = add nsw i32 %"t68", 1
  br label %"t68.head"
then.2:
  %".1628" = sub i32 %"ncores", 1
  %".1629" = add i32 1, %".1628"
  %".1630" = sdiv i32 %".1629", %"ncores"
  %".1631" = mul i32 %"core", %".1630"
  %".1632" = add i32 %".1631", %".1630"
  %".1633" = icmp slt i32 %".1632", 1
  %".1634" = select  i1 %".1633", i32 %".1632", i32 1
  br label %"t168.head"
endif.2:
  %".2967" = icmp sle i32 4, %"n"
  %".2968" = icmp slt i32 %"n", 5
  %".2969" = and i1 %".2967", %".2968"
  br i1 %".2969", label %"then.3", label %"endif.3"
t168.head:
  %"t168" = phi  i32 [%".1631", %"then.2"], [%".2964", %"k265.done"]
  %".1636" = icmp slt i32 %"t168", %".1634"
  br i1 %".1636", label %"t168.body", label %"t168.done"
t168.body:
  store float              0x0, float* %"c169"
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
  store float              0x0, float* %"c218"
  store float              0x0, float* %"c219"
  store float              0x0, float* %"c220"
  store float              0x0, float* %"c221"
  store float              0x0, float* %"c222"
  store float              0x0, float* %"c223"
  store float              0x0, float* %"c224"
  store float              0x0, float* %"c225"
  store float              0x0, float* %"c226"
  store float              0x0, float* %"c227"
  store float              0x0, float* %"c228"
  store float              0x0, float* %"c229"
  store float              0x0, float* %"c230"
  store float              0x0, float* %"c231"
  store float              0x0, float* %"c232"
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
  br label %"k265.head"
t168.done:
  br label %"endif.2"
k265.head:
  %"k265" = phi  i32 [0, %"t168.body"], [%".2387", %"k265.body"]
  %".1735" = icmp slt i32 %"k265", 64
  br i1 %".1735", label %"k265.body", label %"k265.done"
k265.body:
  %".1737" = sext i32 %"k265" to i64
  %".1738" = getelementptr float, float* %"b1", i64 %".1737"
  %".1739" = load float, float* %".1738"
  %".1740" = sext i32 %"k265" to i64
  %".1741" = add nsw i64 64, %".1740"
  %".1742" = getelementptr float, float* %"b1", i64 %".1741"
  %".1743" = load float, float* %".1742"
  %".1744" = sext i32 %"k265" to i64
  %".1745" = add nsw i64 128, %".1744"
  %".1746" = getelementptr float, float* %"b1", i64 %".1745"
  %".1747" = load float, float* %".1746"
  %".1748" = sext i32 %"k265" to i64
  %".1749" = mul nsw i64 %".1748", 32
  %".1750" = sext i32 %"t168" to i64
  %".1751" = mul nsw i64 %".1750", 32
  %".1752" = add nsw i64 %".1749", %".1751"
  %".1753" = getelementptr float, float* %"b2", i64 %".1752"
  %".1754" = load float, float* %".1753"
  %".1755" = sext i32 %"k265" to i64
  %".1756" = mul nsw i64 %".1755", 32
  %".1757" = add nsw i64 1, %".1756"
  %".1758" = sext i32 %"t168" to i64
  %".1759" = mul nsw i64 %".1758", 32
  %".1760" = add nsw i64 %".1757", %".1759"
  %".1761" = getelementptr float, float* %"b2", i64 %".1760"
  %".1762" = load float, float* %".1761"
  %".1763" = sext i32 %"k265" to i64
  %".1764" = mul nsw i64 %".1763", 32
  %".1765" = add nsw i64 2, %".1764"
  %".1766" = sext i32 %"t168" to i64
  %".1767" = mul nsw i64 %".1766", 32
  %".1768" = add nsw i64 %".1765", %".1767"
  %".1769" = getelementptr float, float* %"b2", i64 %".1768"
  %".1770" = load float, float* %".1769"
  %".1771" = sext i32 %"k265" to i64
  %".1772" = mul nsw i64 %".1771", 32
  %".1773" = add nsw i64 3, %".1772"
  %".1774" = sext i32 %"t168" to i64
  %".1775" = mul nsw i64 %".1774", 32
  %".1776" = add nsw i64 %".1773", %".1775"
  %".1777" = getelementptr float, float* %"b2", i64 %".1776"
  %".1778" = load float, float* %".1777"
  %".1779" = sext i32 %"k265" to i64
  %".1780" = mul nsw i64 %".1779", 32
  %".1781" = add nsw i64 4, %".1780"
  %".1782" = sext i32 %"t168" to i64
  %".1783" = mul nsw i64 %".1782", 32
  %".1784" = add nsw i64 %".1781", %".1783"
  %".1785" = getelementptr float, float* %"b2", i64 %".1784"
  %".1786" = load float, float* %".1785"
  %".1787" = sext i32 %"k265" to i64
  %".1788" = mul nsw i64 %".1787", 32
  %".1789" = add nsw i64 5, %".1788"
  %".1790" = sext i32 %"t168" to i64
  %".1791" = mul nsw i64 %".1790", 32
  %".1792" = add nsw i64 %".1789", %".1791"
  %".1793" = getelementptr float, float* %"b2", i64 %".1792"
  %".1794" = load float, float* %".1793"
  %".1795" = sext i32 %"k265" to i64
  %".1796" = mul nsw i64 %".1795", 32
  %".1797" = add nsw i64 6, %".1796"
  %".1798" = sext i32 %"t168" to i64
  %".1799" = mul nsw i64 %".1798", 32
  %".1800" = add nsw i64 %".1797", %".1799"
  %".1801" = getelementptr float, float* %"b2", i64 %".1800"
  %".1802" = load float, float* %".1801"
  %".1803" = sext i32 %"k265" to i64
  %".1804" = mul nsw i64 %".1803", 32
  %".1805" = add nsw i64 7, %".1804"
  %".1806" = sext i32 %"t168" to i64
  %".1807" = mul nsw i64 %".1806", 32
  %".1808" = add nsw i64 %".1805", %".1807"
  %".1809" = getelementptr float, float* %"b2", i64 %".1808"
  %".1810" = load float, float* %".1809"
  %".1811" = sext i32 %"k265" to i64
  %".1812" = mul nsw i64 %".1811", 32
  %".1813" = add nsw i64 8, %".1812"
  %".1814" = sext i32 %"t168" to i64
  %".1815" = mul nsw i64 %".1814", 32
  %".1816" = add nsw i64 %".1813", %".1815"
  %".1817" = getelementptr float, float* %"b2", i64 %".1816"
  %".1818" = load float, float* %".1817"
  %".1819" = sext i32 %"k265" to i64
  %".1820" = mul nsw i64 %".1819", 32
  %".1821" = add nsw i64 9, %".1820"
  %".1822" = sext i32 %"t168" to i64
  %".1823" = mul nsw i64 %".1822", 32
  %".1824" = add nsw i64 %".1821", %".1823"
  %".1825" = getelementptr float, float* %"b2", i64 %".1824"
  %".1826" = load float, float* %".1825"
  %".1827" = sext i32 %"k265" to i64
  %".1828" = mul nsw i64 %".1827", 32
  %".1829" = add nsw i64 10, %".1828"
  %".1830" = sext i32 %"t168" to i64
  %".1831" = mul nsw i64 %".1830", 32
  %".1832" = add nsw i64 %".1829", %".1831"
  %".1833" = getelementptr float, float* %"b2", i64 %".1832"
  %".1834" = load float, float* %".1833"
  %".1835" = sext i32 %"k265" to i64
  %".1836" = mul nsw i64 %".1835", 32
  %".1837" = add nsw i64 11, %".1836"
  %".1838" = sext i32 %"t168" to i64
  %".1839" = mul nsw i64 %".1838", 32
  %".1840" = add nsw i64 %".1837", %".1839"
  %".1841" = getelementptr float, float* %"b2", i64 %".1840"
  %".1842" = load float, float* %".1841"
  %".1843" = sext i32 %"k265" to i64
  %".1844" = mul nsw i64 %".1843", 32
  %".1845" = add nsw i64 12, %".1844"
  %".1846" = sext i32 %"t168" to i64
  %".1847" = mul nsw i64 %".1846", 32
  %".1848" = add nsw i64 %".1845", %".1847"
  %".1849" = getelementptr float, float* %"b2", i64 %".1848"
  %".1850" = load float, float* %".1849"
  %".1851" = sext i32 %"k265" to i64
  %".1852" = mul nsw i64 %".1851", 32
  %".1853" = add nsw i64 13, %".1852"
  %".1854" = sext i32 %"t168" to i64
  %".1855" = mul nsw i64 %".1854", 32
  %".1856" = add nsw i64 %".1853", %".1855"
  %".1857" = getelementptr float, float* %"b2", i64 %".1856"
  %".1858" = load float, float* %".1857"
  %".1859" = sext i32 %"k265" to i64
  %".1860" = mul nsw i64 %".1859", 32
  %".1861" = add nsw i64 14, %".1860"
  %".1862" = sext i32 %"t168" to i64
  %".1863" = mul nsw i64 %".1862", 32
  %".1864" = add nsw i64 %".1861", %".1863"
  %".1865" = getelementptr float, float* %"b2", i64 %".1864"
  %".1866" = load float, float* %".1865"
  %".1867" = sext i32 %"k265" to i64
  %".1868" = mul nsw i64 %".1867", 32
  %".1869" = add nsw i64 15, %".1868"
  %".1870" = sext i32 %"t168" to i64
  %".1871" = mul nsw i64 %".1870", 32
  %".1872" = add nsw i64 %".1869", %".1871"
  %".1873" = getelementptr float, float* %"b2", i64 %".1872"
  %".1874" = load float, float* %".1873"
  %".1875" = sext i32 %"k265" to i64
  %".1876" = mul nsw i64 %".1875", 32
  %".1877" = add nsw i64 16, %".1876"
  %".1878" = sext i32 %"t168" to i64
  %".1879" = mul nsw i64 %".1878", 32
  %".1880" = add nsw i64 %".1877", %".1879"
  %".1881" = getelementptr float, float* %"b2", i64 %".1880"
  %".1882" = load float, float* %".1881"
  %".1883" = sext i32 %"k265" to i64
  %".1884" = mul nsw i64 %".1883", 32
  %".1885" = add nsw i64 17, %".1884"
  %".1886" = sext i32 %"t168" to i64
  %".1887" = mul nsw i64 %".1886", 32
  %".1888" = add nsw i64 %".1885", %".1887"
  %".1889" = getelementptr float, float* %"b2", i64 %".1888"
  %".1890" = load float, float* %".1889"
  %".1891" = sext i32 %"k265" to i64
  %".1892" = mul nsw i64 %".1891", 32
  %".1893" = add nsw i64 18, %".1892"
  %".1894" = sext i32 %"t168" to i64
  %".1895" = mul nsw i64 %".1894", 32
  %".1896" = add nsw i64 %".1893", %".1895"
  %".1897" = getelementptr float, float* %"b2", i64 %".1896"
  %".1898" = load float, float* %".1897"
  %".1899" = sext i32 %"k265" to i64
  %".1900" = mul nsw i64 %".1899", 32
  %".1901" = add nsw i64 19, %".1900"
  %".1902" = sext i32 %"t168" to i64
  %".1903" = mul nsw i64 %".1902", 32
  %".1904" = add nsw i64 %".1901", %".1903"
  %".1905" = getelementptr float, float* %"b2", i64 %".1904"
  %".1906" = load float, float* %".1905"
  %".1907" = sext i32 %"k265" to i64
  %".1908" = mul nsw i64 %".1907", 32
  %".1909" = add nsw i64 20, %".1908"
  %".1910" = sext i32 %"t168" to i64
  %".1911" = mul nsw i64 %".1910", 32
  %".1912" = add nsw i64 %".1909", %".1911"
  %".1913" = getelementptr float, float* %"b2", i64 %".1912"
  %".1914" = load float, float* %".1913"
  %".1915" = sext i32 %"k265" to i64
  %".1916" = mul nsw i64 %".1915", 32
  %".1917" = add nsw i64 21, %".1916"
  %".1918" = sext i32 %"t168" to i64
  %".1919" = mul nsw i64 %".1918", 32
  %".1920" = add nsw i64 %".1917", %".1919"
  %".1921" = getelementptr float, float* %"b2", i64 %".1920"
  %".1922" = load float, float* %".1921"
  %".1923" = sext i32 %"k265" to i64
  %".1924" = mul nsw i64 %".1923", 32
  %".1925" = add nsw i64 22, %".1924"
  %".1926" = sext i32 %"t168" to i64
  %".1927" = mul nsw i64 %".1926", 32
  %".1928" = add nsw i64 %".1925", %".1927"
  %".1929" = getelementptr float, float* %"b2", i64 %".1928"
  %".1930" = load float, float* %".1929"
  %".1931" = sext i32 %"k265" to i64
  %".1932" = mul nsw i64 %".1931", 32
  %".1933" = add nsw i64 23, %".1932"
  %".1934" = sext i32 %"t168" to i64
  %".1935" = mul nsw i64 %".1934", 32
  %".1936" = add nsw i64 %".1933", %".1935"
  %".1937" = getelementptr float, float* %"b2", i64 %".1936"
  %".1938" = load float, float* %".1937"
  %".1939" = sext i32 %"k265" to i64
  %".1940" = mul nsw i64 %".1939", 32
  %".1941" = add nsw i64 24, %".1940"
  %".1942" = sext i32 %"t168" to i64
  %".1943" = mul nsw i64 %".1942", 32
  %".1944" = add nsw i64 %".1941", %".1943"
  %".1945" = getelementptr float, float* %"b2", i64 %".1944"
  %".1946" = load float, float* %".1945"
  %".1947" = sext i32 %"k265" to i64
  %".1948" = mul nsw i64 %".1947", 32
  %".1949" = add nsw i64 25, %".1948"
  %".1950" = sext i32 %"t168" to i64
  %".1951" = mul nsw i64 %".1950", 32
  %".1952" = add nsw i64 %".1949", %".1951"
  %".1953" = getelementptr float, float* %"b2", i64 %".1952"
  %".1954" = load float, float* %".1953"
  %".1955" = sext i32 %"k265" to i64
  %".1956" = mul nsw i64 %".1955", 32
  %".1957" = add nsw i64 26, %".1956"
  %".1958" = sext i32 %"t168" to i64
  %".1959" = mul nsw i64 %".1958", 32
  %".1960" = add nsw i64 %".1957", %".1959"
  %".1961" = getelementptr float, float* %"b2", i64 %".1960"
  %".1962" = load float, float* %".1961"
  %".1963" = sext i32 %"k265" to i64
  %".1964" = mul nsw i64 %".1963", 32
  %".1965" = add nsw i64 27, %".1964"
  %".1966" = sext i32 %"t168" to i64
  %".1967" = mul nsw i64 %".1966", 32
  %".1968" = add nsw i64 %".1965", %".1967"
  %".1969" = getelementptr float, float* %"b2", i64 %".1968"
  %".1970" = load float, float* %".1969"
  %".1971" = sext i32 %"k265" to i64
  %".1972" = mul nsw i64 %".1971", 32
  %".1973" = add nsw i64 28, %".1972"
  %".1974" = sext i32 %"t168" to i64
  %".1975" = mul nsw i64 %".1974", 32
  %".1976" = add nsw i64 %".1973", %".1975"
  %".1977" = getelementptr float, float* %"b2", i64 %".1976"
  %".1978" = load float, float* %".1977"
  %".1979" = sext i32 %"k265" to i64
  %".1980" = mul nsw i64 %".1979", 32
  %".1981" = add nsw i64 29, %".1980"
  %".1982" = sext i32 %"t168" to i64
  %".1983" = mul nsw i64 %".1982", 32
  %".1984" = add nsw i64 %".1981", %".1983"
  %".1985" = getelementptr float, float* %"b2", i64 %".1984"
  %".1986" = load float, float* %".1985"
  %".1987" = sext i32 %"k265" to i64
  %".1988" = mul nsw i64 %".1987", 32
  %".1989" = add nsw i64 30, %".1988"
  %".1990" = sext i32 %"t168" to i64
  %".1991" = mul nsw i64 %".1990", 32
  %".1992" = add nsw i64 %".1989", %".1991"
  %".1993" = getelementptr float, float* %"b2", i64 %".1992"
  %".1994" = load float, float* %".1993"
  %".1995" = sext i32 %"k265" to i64
  %".1996" = mul nsw i64 %".1995", 32
  %".1997" = add nsw i64 31, %".1996"
  %".1998" = sext i32 %"t168" to i64
  %".1999" = mul nsw i64 %".1998", 32
  %".2000" = add nsw i64 %".1997", %".1999"
  %".2001" = getelementptr float, float* %"b2", i64 %".2000"
  %".2002" = load float, float* %".2001"
  %".2003" = load float, float* %"c169"
  %".2004" = fmul reassoc contract float %".1739", %".1754"
  %".2005" = fadd reassoc contract float %".2003", %".2004"
  store float %".2005", float* %"c169"
  %".2007" = load float, float* %"c170"
  %".2008" = fmul reassoc contract float %".1739", %".1762"
  %".2009" = fadd reassoc contract float %".2007", %".2008"
  store float %".2009", float* %"c170"
  %".2011" = load float, float* %"c171"
  %".2012" = fmul reassoc contract float %".1739", %".1770"
  %".2013" = fadd reassoc contract float %".2011", %".2012"
  store float %".2013", float* %"c171"
  %".2015" = load float, float* %"c172"
  %".2016" = fmul reassoc contract float %".1739", %".1778"
  %".2017" = fadd reassoc contract float %".2015", %".2016"
  store float %".2017", float* %"c172"
  %".2019" = load float, float* %"c173"
  %".2020" = fmul reassoc contract float %".1739", %".1786"
  %".2021" = fadd reassoc contract float %".2019", %".2020"
  store float %".2021", float* %"c173"
  %".2023" = load float, float* %"c174"
  %".2024" = fmul reassoc contract float %".1739", %".1794"
  %".2025" = fadd reassoc contract float %".2023", %".2024"
  store float %".2025", float* %"c174"
  %".2027" = load float, float* %"c175"
  %".2028" = fmul reassoc contract float %".1739", %".1802"
  %".2029" = fadd reassoc contract float %".2027", %".2028"
  store float %".2029", float* %"c175"
  %".2031" = load float, float* %"c176"
  %".2032" = fmul reassoc contract float %".1739", %".1810"
  %".2033" = fadd reassoc contract float %".2031", %".2032"
  store float %".2033", float* %"c176"
  %".2035" = load float, float* %"c177"
  %".2036" = fmul reassoc contract float %".1739", %".1818"
  %".2037" = fadd reassoc contract float %".2035", %".2036"
  store float %".2037", float* %"c177"
  %".2039" = load float, float* %"c178"
  %".2040" = fmul reassoc contract float %".1739", %".1826"
  %".2041" = fadd reassoc contract float %".2039", %".2040"
  store float %".2041", float* %"c178"
  %".2043" = load float, float* %"c179"
  %".2044" = fmul reassoc contract float %".1739", %".1834"
  %".2045" = fadd reassoc contract float %".2043", %".2044"
  store float %".2045", float* %"c179"
  %".2047" = load float, float* %"c180"
  %".2048" = fmul reassoc contract float %".1739", %".1842"
  %".2049" = fadd reassoc contract float %".2047", %".2048"
  store float %".2049", float* %"c180"
  %".2051" = load float, float* %"c181"
  %".2052" = fmul reassoc contract float %".1739", %".1850"
  %".2053" = fadd reassoc contract float %".2051", %".2052"
  store float %".2053", float* %"c181"
  %".2055" = load float, float* %"c182"
  %".2056" = fmul reassoc contract float %".1739", %".1858"
  %".2057" = fadd reassoc contract float %".2055", %".2056"
  store float %".2057", float* %"c182"
  %".2059" = load float, float* %"c183"
  %".2060" = fmul reassoc contract float %".1739", %".1866"
  %".2061" = fadd reassoc contract float %".2059", %".2060"
  store float %".2061", float* %"c183"
  %".2063" = load float, float* %"c184"
  %".2064" = fmul reassoc contract float %".1739", %".1874"
  %".2065" = fadd reassoc contract float %".2063", %".2064"
  store float %".2065", float* %"c184"
  %".2067" = load float, float* %"c185"
  %".2068" = fmul reassoc contract float %".1739", %".1882"
  %".2069" = fadd reassoc contract float %".2067", %".2068"
  store float %".2069", float* %"c185"
  %".2071" = load float, float* %"c186"
  %".2072" = fmul reassoc contract float %".1739", %".1890"
  %".2073" = fadd reassoc contract float %".2071", %".2072"
  store float %".2073", float* %"c186"
  %".2075" = load float, float* %"c187"
  %".2076" = fmul reassoc contract float %".1739", %".1898"
  %".2077" = fadd reassoc contract float %".2075", %".2076"
  store float %".2077", float* %"c187"
  %".2079" = load float, float* %"c188"
  %".2080" = fmul reassoc contract float %".1739", %".1906"
  %".2081" = fadd reassoc contract float %".2079", %".2080"
  store float %".2081", float* %"c188"
  %".2083" = load float, float* %"c189"
  %".2084" = fmul reassoc contract float %".1739", %".1914"
  %".2085" = fadd reassoc contract float %".2083", %".2084"
  store float %".2085", float* %"c189"
  %".2087" = load float, float* %"c190"
  %".2088" = fmul reassoc contract float %".1739", %".1922"
  %".2089" = fadd reassoc contract float %".2087", %".2088"
  store float %".2089", float* %"c190"
  %".2091" = load float, float* %"c191"
  %".2092" = fmul reassoc contract float %".1739", %".1930"
  %".2093" = fadd reassoc contract float %".2091", %".2092"
  store float %".2093", float* %"c191"
  %".2095" = load float, float* %"c192"
  %".2096" = fmul reassoc contract float %".1739", %".1938"
  %".2097" = fadd reassoc contract float %".2095", %".2096"
  store float %".2097", float* %"c192"
  %".2099" = load float, float* %"c193"
  %".2100" = fmul reassoc contract float %".1739", %".1946"
  %".2101" = fadd reassoc contract float %".2099", %".2100"
  store float %".2101", float* %"c193"
  %".2103" = load float, float* %"c194"
  %".2104" = fmul reassoc contract float %".1739", %".1954"
  %".2105" = fadd reassoc contract float %".2103", %".2104"
  store float %".2105", float* %"c194"
  %".2107" = load float, float* %"c195"
  %".2108" = fmul reassoc contract float %".1739", %".1962"
  %".2109" = fadd reassoc contract float %".2107", %".2108"
  store float %".2109", float* %"c195"
  %".2111" = load float, float* %"c196"
  %".2112" = fmul reassoc contract float %".1739", %".1970"
  %".2113" = fadd reassoc contract float %".2111", %".2112"
  store float %".2113", float* %"c196"
  %".2115" = load float, float* %"c197"
  %".2116" = fmul reassoc contract float %".1739", %".1978"
  %".2117" = fadd reassoc contract float %".2115", %".2116"
  store float %".2117", float* %"c197"
  %".2119" = load float, float* %"c198"
  %".2120" = fmul reassoc contract float %".1739", %".1986"
  %".2121" = fadd reassoc contract float %".2119", %".2120"
  store float %".2121", float* %"c198"
  %".2123" = load float, float* %"c199"
  %".2124" = fmul reassoc contract float %".1739", %".1994"
  %".2125" = fadd reassoc contract float %".2123", %".2124"
  store float %".2125", float* %"c199"
  %".2127" = load float, float* %"c200"
  %".2128" = fmul reassoc contract float %".1739", %".2002"
  %".2129" = fadd reassoc contract float %".2127", %".2128"
  store float %".2129", float* %"c200"
  %".2131" = load float, float* %"c201"
  %".2132" = fmul reassoc contract float %".1743", %".1754"
  %".2133" = fadd reassoc contract float %".2131", %".2132"
  store float %".2133", float* %"c201"
  %".2135" = load float, float* %"c202"
  %".2136" = fmul reassoc contract float %".1743", %".1762"
  %".2137" = fadd reassoc contract float %".2135", %".2136"
  store float %".2137", float* %"c202"
  %".2139" = load float, float* %"c203"
  %".2140" = fmul reassoc contract float %".1743", %".1770"
  %".2141" = fadd reassoc contract float %".2139", %".2140"
  store float %".2141", float* %"c203"
  %".2143" = load float, float* %"c204"
  %".2144" = fmul reassoc contract float %".1743", %".1778"
  %".2145" = fadd reassoc contract float %".2143", %".2144"
  store float %".2145", float* %"c204"
  %".2147" = load float, float* %"c205"
  %".2148" = fmul reassoc contract float %".1743", %".1786"
  %".2149" = fadd reassoc contract float %".2147", %".2148"
  store float %".2149", float* %"c205"
  %".2151" = load float, float* %"c206"
  %".2152" = fmul reassoc contract float %".1743", %".1794"
  %".2153" = fadd reassoc contract float %".2151", %".2152"
  store float %".2153", float* %"c206"
  %".2155" = load float, float* %"c207"
  %".2156" = fmul reassoc contract float %".1743", %".1802"
  %".2157" = fadd reassoc contract float %".2155", %".2156"
  store float %".2157", float* %"c207"
  %".2159" = load float, float* %"c208"
  %".2160" = fmul reassoc contract float %".1743", %".1810"
  %".2161" = fadd reassoc contract float %".2159", %".2160"
  store float %".2161", float* %"c208"
  %".2163" = load float, float* %"c209"
  %".2164" = fmul reassoc contract float %".1743", %".1818"
  %".2165" = fadd reassoc contract float %".2163", %".2164"
  store float %".2165", float* %"c209"
  %".2167" = load float, float* %"c210"
  %".2168" = fmul reassoc contract float %".1743", %".1826"
  %".2169" = fadd reassoc contract float %".2167", %".2168"
  store float %".2169", float* %"c210"
  %".2171" = load float, float* %"c211"
  %".2172" = fmul reassoc contract float %".1743", %".1834"
  %".2173" = fadd reassoc contract float %".2171", %".2172"
  store float %".2173", float* %"c211"
  %".2175" = load float, float* %"c212"
  %".2176" = fmul reassoc contract float %".1743", %".1842"
  %".2177" = fadd reassoc contract float %".2175", %".2176"
  store float %".2177", float* %"c212"
  %".2179" = load float, float* %"c213"
  %".2180" = fmul reassoc contract float %".1743", %".1850"
  %".2181" = fadd reassoc contract float %".2179", %".2180"
  store float %".2181", float* %"c213"
  %".2183" = load float, float* %"c214"
  %".2184" = fmul reassoc contract float %".1743", %".1858"
  %".2185" = fadd reassoc contract float %".2183", %".2184"
  store float %".2185", float* %"c214"
  %".2187" = load float, float* %"c215"
  %".2188" = fmul reassoc contract float %".1743", %".1866"
  %".2189" = fadd reassoc contract float %".2187", %".2188"
  store float %".2189", float* %"c215"
  %".2191" = load float, float* %"c216"
  %".2192" = fmul reassoc contract float %".1743", %".1874"
  %".2193" = fadd reassoc contract float %".2191", %".2192"
  store float %".2193", float* %"c216"
  %".2195" = load float, float* %"c217"
  %".2196" = fmul reassoc contract float %".1743", %".1882"
  %".2197" = fadd reassoc contract float %".2195", %".2196"
  store float %".2197", float* %"c217"
  %".2199" = load float, float* %"c218"
  %".2200" = fmul reassoc contract float %".1743", %".1890"
  %".2201" = fadd reassoc contract float %".2199", %".2200"
  store float %".2201", float* %"c218"
  %".2203" = load float, float* %"c219"
  %".2204" = fmul reassoc contract float %".1743", %".1898"
  %".2205" = fadd reassoc contract float %".2203", %".2204"
  store float %".2205", float* %"c219"
  %".2207" = load float, float* %"c220"
  %".2208" = fmul reassoc contract float %".1743", %".1906"
  %".2209" = fadd reassoc contract float %".2207", %".2208"
  store float %".2209", float* %"c220"
  %".2211" = load float, float* %"c221"
  %".2212" = fmul reassoc contract float %".1743", %".1914"
  %".2213" = fadd reassoc contract float %".2211", %".2212"
  store float %".2213", float* %"c221"
  %".2215" = load float, float* %"c222"
  %".2216" = fmul reassoc contract float %".1743", %".1922"
  %".2217" = fadd reassoc contract float %".2215", %".2216"
  store float %".2217", float* %"c222"
  %".2219" = load float, float* %"c223"
  %".2220" = fmul reassoc contract float %".1743", %".1930"
  %".2221" = fadd reassoc contract float %".2219", %".2220"
  store float %".2221", float* %"c223"
  %".2223" = load float, float* %"c224"
  %".2224" = fmul reassoc contract float %".1743", %".1938"
  %".2225" = fadd reassoc contract float %".2223", %".2224"
  store float %".2225", float* %"c224"
  %".2227" = load float, float* %"c225"
  %".2228" = fmul reassoc contract float %".1743", %".1946"
  %".2229" = fadd reassoc contract float %".2227", %".2228"
  store float %".2229", float* %"c225"
  %".2231" = load float, float* %"c226"
  %".2232" = fmul reassoc contract float %".1743", %".1954"
  %".2233" = fadd reassoc contract float %".2231", %".2232"
  store float %".2233", float* %"c226"
  %".2235" = load float, float* %"c227"
  %".2236" = fmul reassoc contract float %".1743", %".1962"
  %".2237" = fadd reassoc contract float %".2235", %".2236"
  store float %".2237", float* %"c227"
  %".2239" = load float, float* %"c228"
  %".2240" = fmul reassoc contract float %".1743", %".1970"
  %".2241" = fadd reassoc contract float %".2239", %".2240"
  store float %".2241", float* %"c228"
  %".2243" = load float, float* %"c229"
  %".2244" = fmul reassoc contract float %".1743", %".1978"
  %".2245" = fadd reassoc contract float %".2243", %".2244"
  store float %".2245", float* %"c229"
  %".2247" = load float, float* %"c230"
  %".2248" = fmul reassoc contract float %".1743", %".1986"
  %".2249" = fadd reassoc contract float %".2247", %".2248"
  store float %".2249", float* %"c230"
  %".2251" = load float, float* %"c231"
  %".2252" = fmul reassoc contract float %".1743", %".1994"
  %".2253" = fadd reassoc contract float %".2251", %".2252"
  store float %".2253", float* %"c231"
  %".2255" = load float, float* %"c232"
  %".2256" = fmul reassoc contract float %".1743", %".2002"
  %".2257" = fadd reassoc contract float %".2255", %".2256"
  store float %".2257", float* %"c232"
  %".2259" = load float, float* %"c233"
  %".2260" = fmul reassoc contract float %".1747", %".1754"
  %".2261" = fadd reassoc contract float %".2259", %".2260"
  store float %".2261", float* %"c233"
  %".2263" = load float, float* %"c234"
  %".2264" = fmul reassoc contract float %".1747", %".1762"
  %".2265" = fadd reassoc contract float %".2263", %".2264"
  store float %".2265", float* %"c234"
  %".2267" = load float, float* %"c235"
  %".2268" = fmul reassoc contract float %".1747", %".1770"
  %".2269" = fadd reassoc contract float %".2267", %".2268"
  store float %".2269", float* %"c235"
  %".2271" = load float, float* %"c236"
  %".2272" = fmul reassoc contract float %".1747", %".1778"
  %".2273" = fadd reassoc contract float %".2271", %".2272"
  store float %".2273", float* %"c236"
  %".2275" = load float, float* %"c237"
  %".2276" = fmul reassoc contract float %".1747", %".1786"
  %".2277" = fadd reassoc contract float %".2275", %".2276"
  store float %".2277", float* %"c237"
  %".2279" = load float, float* %"c238"
  %".2280" = fmul reassoc contract float %".1747", %".1794"
  %".2281" = fadd reassoc contract float %".2279", %".2280"
  store float %".2281", float* %"c238"
  %".2283" = load float, float* %"c239"
  %".2284" = fmul reassoc contract float %".1747", %".1802"
  %".2285" = fadd reassoc contract float %".2283", %".2284"
  store float %".2285", float* %"c239"
  %".2287" = load float, float* %"c240"
  %".2288" = fmul reassoc contract float %".1747", %".1810"
  %".2289" = fadd reassoc contract float %".2287", %".2288"
  store float %".2289", float* %"c240"
  %".2291" = load float, float* %"c241"
  %".2292" = fmul reassoc contract float %".1747", %".1818"
  %".2293" = fadd reassoc contract float %".2291", %".2292"
  store float %".2293", float* %"c241"
  %".2295" = load float, float* %"c242"
  %".2296" = fmul reassoc contract float %".1747", %".1826"
  %".2297" = fadd reassoc contract float %".2295", %".2296"
  store float %".2297", float* %"c242"
  %".2299" = load float, float* %"c243"
  %".2300" = fmul reassoc contract float %".1747", %".1834"
  %".2301" = fadd reassoc contract float %".2299", %".2300"
  store float %".2301", float* %"c243"
  %".2303" = load float, float* %"c244"
  %".2304" = fmul reassoc contract float %".1747", %".1842"
  %".2305" = fadd reassoc contract float %".2303", %".2304"
  store float %".2305", float* %"c244"
  %".2307" = load float, float* %"c245"
  %".2308" = fmul reassoc contract float %".1747", %".1850"
  %".2309" = fadd reassoc contract float %".2307", %".2308"
  store float %".2309", float* %"c245"
  %".2311" = load float, float* %"c246"
  %".2312" = fmul reassoc contract float %".1747", %".1858"
  %".2313" = fadd reassoc contract float %".2311", %".2312"
  store float %".2313", float* %"c246"
  %".2315" = load float, float* %"c247"
  %".2316" = fmul reassoc contract float %".1747", %".1866"
  %".2317" = fadd reassoc contract float %".2315", %".2316"
  store float %".2317", float* %"c247"
  %".2319" = load float, float* %"c248"
  %".2320" = fmul reassoc contract float %".1747", %".1874"
  %".2321" = fadd reassoc contract float %".2319", %".2320"
  store float %".2321", float* %"c248"
  %".2323" = load float, float* %"c249"
  %".2324" = fmul reassoc contract float %".1747", %".1882"
  %".2325" = fadd reassoc contract float %".2323", %".2324"
  store float %".2325", float* %"c249"
  %".2327" = load float, float* %"c250"
  %".2328" = fmul reassoc contract float %".1747", %".1890"
  %".2329" = fadd reassoc contract float %".2327", %".2328"
  store float %".2329", float* %"c250"
  %".2331" = load float, float* %"c251"
  %".2332" = fmul reassoc contract float %".1747", %".1898"
  %".2333" = fadd reassoc contract float %".2331", %".2332"
  store float %".2333", float* %"c251"
  %".2335" = load float, float* %"c252"
  %".2336" = fmul reassoc contract float %".1747", %".1906"
  %".2337" = fadd reassoc contract float %".2335", %".2336"
  store float %".2337", float* %"c252"
  %".2339" = load float, float* %"c253"
  %".2340" = fmul reassoc contract float %".1747", %".1914"
  %".2341" = fadd reassoc contract float %".2339", %".2340"
  store float %".2341", float* %"c253"
  %".2343" = load float, float* %"c254"
  %".2344" = fmul reassoc contract float %".1747", %".1922"
  %".2345" = fadd reassoc contract float %".2343", %".2344"
  store float %".2345", float* %"c254"
  %".2347" = load float, float* %"c255"
  %".2348" = fmul reassoc contract float %".1747", %".1930"
  %".2349" = fadd reassoc contract float %".2347", %".2348"
  store float %".2349", float* %"c255"
  %".2351" = load float, float* %"c256"
  %".2352" = fmul reassoc contract float %".1747", %".1938"
  %".2353" = fadd reassoc contract float %".2351", %".2352"
  store float %".2353", float* %"c256"
  %".2355" = load float, float* %"c257"
  %".2356" = fmul reassoc contract float %".1747", %".1946"
  %".2357" = fadd reassoc contract float %".2355", %".2356"
  store float %".2357", float* %"c257"
  %".2359" = load float, float* %"c258"
  %".2360" = fmul reassoc contract float %".1747", %".1954"
  %".2361" = fadd reassoc contract float %".2359", %".2360"
  store float %".2361", float* %"c258"
  %".2363" = load float, float* %"c259"
  %".2364" = fmul reassoc contract float %".1747", %".1962"
  %".2365" = fadd reassoc contract float %".2363", %".2364"
  store float %".2365", float* %"c259"
  %".2367" = load float, float* %"c260"
  %".2368" = fmul reassoc contract float %".1747", %".1970"
  %".2369" = fadd reassoc contract float %".2367", %".2368"
  store float %".2369", float* %"c260"
  %".2371" = load float, float* %"c261"
  %".2372" = fmul reassoc contract float %".1747", %".1978"
  %".2373" = fadd reassoc contract float %".2371", %".2372"
  store float %".2373", float* %"c261"
  %".2375" = load float, float* %"c262"
  %".2376" = fmul reassoc contract float %".1747", %".1986"
  %".2377" = fadd reassoc contract float %".2375", %".2376"
  store float %".2377", float* %"c262"
  %".2379" = load float, float* %"c263"
  %".2380" = fmul reassoc contract float %".1747", %".1994"
  %".2381" = fadd reassoc contract float %".2379", %".2380"
  store float %".2381", float* %"c263"
  %".2383" = load float, float* %"c264"
  %".2384" = fmul reassoc contract float %".1747", %".2002"
  %".2385" = fadd reassoc contract float %".2383", %".2384"
  store float %".2385", float* %"c264"
  %".2387" = add nsw i32 %"k265", 1
  br label %"k265.head", !llvm.loop !3
k265.done:
  %".2389" = load float, float* %"c169"
  %".2390" = sext i32 %"t168" to i64
  %".2391" = mul nsw i64 %".2390", 32
  %".2392" = getelementptr float, float* %"b0", i64 %".2391"
  store float %".2389", float* %".2392"
  %".2394" = load float, float* %"c170"
  %".2395" = sext i32 %"t168" to i64
  %".2396" = mul nsw i64 %".2395", 32
  %".2397" = add nsw i64 1, %".2396"
  %".2398" = getelementptr float, float* %"b0", i64 %".2397"
  store float %".2394", float* %".2398"
  %".2400" = load float, float* %"c171"
  %".2401" = sext i32 %"t168" to i64
  %".2402" = mul nsw i64 %".2401", 32
  %".2403" = add nsw i64 2, %".2402"
  %".2404" = getelementptr float, float* %"b0", i64 %".2403"
  store float %".2400", float* %".2404"
  %".2406" = load float, float* %"c172"
  %".2407" = sext i32 %"t168" to i64
  %".2408" = mul nsw i64 %".2407", 32
  %".2409" = add nsw i64 3, %".2408"
  %".2410" = getelementptr float, float* %"b0", i64 %".2409"
  store float %".2406", float* %".2410"
  %".2412" = load float, float* %"c173"
  %".2413" = sext i32 %"t168" to i64
  %".2414" = mul nsw i64 %".2413", 32
  %".2415" = add nsw i64 4, %".2414"
  %".2416" = getelementptr float, float* %"b0", i64 %".2415"
  store float %".2412", float* %".2416"
  %".2418" = load float, float* %"c174"
  %".2419" = sext i32 %"t168" to i64
  %".2420" = mul nsw i64 %".2419", 32
  %".2421" = add nsw i64 5, %".2420"
  %".2422" = getelementptr float, float* %"b0", i64 %".2421"
  store float %".2418", float* %".2422"
  %".2424" = load float, float* %"c175"
  %".2425" = sext i32 %"t168" to i64
  %".2426" = mul nsw i64 %".2425", 32
  %".2427" = add nsw i64 6, %".2426"
  %".2428" = getelementptr float, float* %"b0", i64 %".2427"
  store float %".2424", float* %".2428"
  %".2430" = load float, float* %"c176"
  %".2431" = sext i32 %"t168" to i64
  %".2432" = mul nsw i64 %".2431", 32
  %".2433" = add nsw i64 7, %".2432"
  %".2434" = getelementptr float, float* %"b0", i64 %".2433"
  store float %".2430", float* %".2434"
  %".2436" = load float, float* %"c177"
  %".2437" = sext i32 %"t168" to i64
  %".2438" = mul nsw i64 %".2437", 32
  %".2439" = add nsw i64 8, %".2438"
  %".2440" = getelementptr float, float* %"b0", i64 %".2439"
  store float %".2436", float* %".2440"
  %".2442" = load float, float* %"c178"
  %".2443" = sext i32 %"t168" to i64
  %".2444" = mul nsw i64 %".2443", 32
  %".2445" = add nsw i64 9, %".2444"
  %".2446" = getelementptr float, float* %"b0", i64 %".2445"
  store float %".2442", float* %".2446"
  %".2448" = load float, float* %"c179"
  %".2449" = sext i32 %"t168" to i64
  %".2450" = mul nsw i64 %".2449", 32
  %".2451" = add nsw i64 10, %".2450"
  %".2452" = getelementptr float, float* %"b0", i64 %".2451"
  store float %".2448", float* %".2452"
  %".2454" = load float, float* %"c180"
  %".2455" = sext i32 %"t168" to i64
  %".2456" = mul nsw i64 %".2455", 32
  %".2457" = add nsw i64 11, %".2456"
  %".2458" = getelementptr float, float* %"b0", i64 %".2457"
  store float %".2454", float* %".2458"
  %".2460" = load float, float* %"c181"
  %".2461" = sext i32 %"t168" to i64
  %".2462" = mul nsw i64 %".2461", 32
  %".2463" = add nsw i64 12, %".2462"
  %".2464" = getelementptr float, float* %"b0", i64 %".2463"
  store float %".2460", float* %".2464"
  %".2466" = load float, float* %"c182"
  %".2467" = sext i32 %"t168" to i64
  %".2468" = mul nsw i64 %".2467", 32
  %".2469" = add nsw i64 13, %".2468"
  %".2470" = getelementptr float, float* %"b0", i64 %".2469"
  store float %".2466", float* %".2470"
  %".2472" = load float, float* %"c183"
  %".2473" = sext i32 %"t168" to i64
  %".2474" = mul nsw i64 %".2473", 32
  %".2475" = add nsw i64 14, %".2474"
  %".2476" = getelementptr float, float* %"b0", i64 %".2475"
  store float %".2472", float* %".2476"
  %".2478" = load float, float* %"c184"
  %".2479" = sext i32 %"t168" to i64
  %".2480" = mul nsw i64 %".2479", 32
  %".2481" = add nsw i64 15, %".2480"
  %".2482" = getelementptr float, float* %"b0", i64 %".2481"
  store float %".2478", float* %".2482"
  %".2484" = load float, float* %"c185"
  %".2485" = sext i32 %"t168" to i64
  %".2486" = mul nsw i64 %".2485", 32
  %".2487" = add nsw i64 16, %".2486"
  %".2488" = getelementptr float, float* %"b0", i64 %".2487"
  store float %".2484", float* %".2488"
  %".2490" = load float, float* %"c186"
  %".2491" = sext i32 %"t168" to i64
  %".2492" = mul nsw i64 %".2491", 32
  %".2493" = add nsw i64 17, %".2492"
  %".2494" = getelementptr float, float* %"b0", i64 %".2493"
  store float %".2490", float* %".2494"
  %".2496" = load float, float* %"c187"
  %".2497" = sext i32 %"t168" to i64
  %".2498" = mul nsw i64 %".2497", 32
  %".2499" = add nsw i64 18, %".2498"
  %".2500" = getelementptr float, float* %"b0", i64 %".2499"
  store float %".2496", float* %".2500"
  %".2502" = load float, float* %"c188"
  %".2503" = sext i32 %"t168" to i64
  %".2504" = mul nsw i64 %".2503", 32
  %".2505" = add nsw i64 19, %".2504"
  %".2506" = getelementptr float, float* %"b0", i64 %".2505"
  store float %".2502", float* %".2506"
  %".2508" = load float, float* %"c189"
  %".2509" = sext i32 %"t168" to i64
  %".2510" = mul nsw i64 %".2509", 32
  %".2511" = add nsw i64 20, %".2510"
  %".2512" = getelementptr float, float* %"b0", i64 %".2511"
  store float %".2508", float* %".2512"
  %".2514" = load float, float* %"c190"
  %".2515" = sext i32 %"t168" to i64
  %".2516" = mul nsw i64 %".2515", 32
  %".2517" = add nsw i64 21, %".2516"
  %".2518" = getelementptr float, float* %"b0", i64 %".2517"
  store float %".2514", float* %".2518"
  %".2520" = load float, float* %"c191"
  %".2521" = sext i32 %"t168" to i64
  %".2522" = mul nsw i64 %".2521", 32
  %".2523" = add nsw i64 22, %".2522"
  %".2524" = getelementptr float, float* %"b0", i64 %".2523"
  store float %".2520", float* %".2524"
  %".2526" = load float, float* %"c192"
  %".2527" = sext i32 %"t168" to i64
  %".2528" = mul nsw i64 %".2527", 32
  %".2529" = add nsw i64 23, %".2528"
  %".2530" = getelementptr float, float* %"b0", i64 %".2529"
  store float %".2526", float* %".2530"
  %".2532" = load float, float* %"c193"
  %".2533" = sext i32 %"t168" to i64
  %".2534" = mul nsw i64 %".2533", 32
  %".2535" = add nsw i64 24, %".2534"
  %".2536" = getelementptr float, float* %"b0", i64 %".2535"
  store float %".2532", float* %".2536"
  %".2538" = load float, float* %"c194"
  %".2539" = sext i32 %"t168" to i64
  %".2540" = mul nsw i64 %".2539", 32
  %".2541" = add nsw i64 25, %".2540"
  %".2542" = getelementptr float, float* %"b0", i64 %".2541"
  store float %".2538", float* %".2542"
  %".2544" = load float, float* %"c195"
  %".2545" = sext i32 %"t168" to i64
  %".2546" = mul nsw i64 %".2545", 32
  %".2547" = add nsw i64 26, %".2546"
  %".2548" = getelementptr float, float* %"b0", i64 %".2547"
  store float %".2544", float* %".2548"
  %".2550" = load float, float* %"c196"
  %".2551" = sext i32 %"t168" to i64
  %".2552" = mul nsw i64 %".2551", 32
  %".2553" = add nsw i64 27, %".2552"
  %".2554" = getelementptr float, float* %"b0", i64 %".2553"
  store float %".2550", float* %".2554"
  %".2556" = load float, float* %"c197"
  %".2557" = sext i32 %"t168" to i64
  %".2558" = mul nsw i64 %".2557", 32
  %".2559" = add nsw i64 28, %".2558"
  %".2560" = getelementptr float, float* %"b0", i64 %".2559"
  store float %".2556", float* %".2560"
  %".2562" = load float, float* %"c198"
  %".2563" = sext i32 %"t168" to i64
  %".2564" = mul nsw i64 %".2563", 32
  %".2565" = add nsw i64 29, %".2564"
  %".2566" = getelementptr float, float* %"b0", i64 %".2565"
  store float %".2562", float* %".2566"
  %".2568" = load float, float* %"c199"
  %".2569" = sext i32 %"t168" to i64
  %".2570" = mul nsw i64 %".2569", 32
  %".2571" = add nsw i64 30, %".2570"
  %".2572" = getelementptr float, float* %"b0", i64 %".2571"
  store float %".2568", float* %".2572"
  %".2574" = load float, float* %"c200"
  %".2575" = sext i32 %"t168" to i64
  %".2576" = mul nsw i64 %".2575", 32
  %".2577" = add nsw i64 31, %".2576"
  %".2578" = getelementptr float, float* %"b0", i64 %".2577"
  store float %".2574", float* %".2578"
  %".2580" = load float, float* %"c201"
  %".2581" = sext i32 %"t168" to i64
  %".2582" = mul nsw i64 %".2581", 32
  %".2583" = add nsw i64 32, %".2582"
  %".2584" = getelementptr float, float* %"b0", i64 %".2583"
  store float %".2580", float* %".2584"
  %".2586" = load float, float* %"c202"
  %".2587" = sext i32 %"t168" to i64
  %".2588" = mul nsw i64 %".2587", 32
  %".2589" = add nsw i64 33, %".2588"
  %".2590" = getelementptr float, float* %"b0", i64 %".2589"
  store float %".2586", float* %".2590"
  %".2592" = load float, float* %"c203"
  %".2593" = sext i32 %"t168" to i64
  %".2594" = mul nsw i64 %".2593", 32
  %".2595" = add nsw i64 34, %".2594"
  %".2596" = getelementptr float, float* %"b0", i64 %".2595"
  store float %".2592", float* %".2596"
  %".2598" = load float, float* %"c204"
  %".2599" = sext i32 %"t168" to i64
  %".2600" = mul nsw i64 %".2599", 32
  %".2601" = add nsw i64 35, %".2600"
  %".2602" = getelementptr float, float* %"b0", i64 %".2601"
  store float %".2598", float* %".2602"
  %".2604" = load float, float* %"c205"
  %".2605" = sext i32 %"t168" to i64
  %".2606" = mul nsw i64 %".2605", 32
  %".2607" = add nsw i64 36, %".2606"
  %".2608" = getelementptr float, float* %"b0", i64 %".2607"
  store float %".2604", float* %".2608"
  %".2610" = load float, float* %"c206"
  %".2611" = sext i32 %"t168" to i64
  %".2612" = mul nsw i64 %".2611", 32
  %".2613" = add nsw i64 37, %".2612"
  %".2614" = getelementptr float, float* %"b0", i64 %".2613"
  store float %".2610", float* %".2614"
  %".2616" = load float, float* %"c207"
  %".2617" = sext i32 %"t168" to i64
  %".2618" = mul nsw i64 %".2617", 32
  %".2619" = add nsw i64 38, %".2618"
  %".2620" = getelementptr float, float* %"b0", i64 %".2619"
  store float %".2616", float* %".2620"
  %".2622" = load float, float* %"c208"
  %".2623" = sext i32 %"t168" to i64
  %".2624" = mul nsw i64 %".2623", 32
  %".2625" = add nsw i64 39, %".2624"
  %".2626" = getelementptr float, float* %"b0", i64 %".2625"
  store float %".2622", float* %".2626"
  %".2628" = load float, float* %"c209"
  %".2629" = sext i32 %"t168" to i64
  %".2630" = mul nsw i64 %".2629", 32
  %".2631" = add nsw i64 40, %".2630"
  %".2632" = getelementptr float, float* %"b0", i64 %".2631"
  store float %".2628", float* %".2632"
  %".2634" = load float, float* %"c210"
  %".2635" = sext i32 %"t168" to i64
  %".2636" = mul nsw i64 %".2635", 32
  %".2637" = add nsw i64 41, %".2636"
  %".2638" = getelementptr float, float* %"b0", i64 %".2637"
  store float %".2634", float* %".2638"
  %".2640" = load float, float* %"c211"
  %".2641" = sext i32 %"t168" to i64
  %".2642" = mul nsw i64 %".2641", 32
  %".2643" = add nsw i64 42, %".2642"
  %".2644" = getelementptr float, float* %"b0", i64 %".2643"
  store float %".2640", float* %".2644"
  %".2646" = load float, float* %"c212"
  %".2647" = sext i32 %"t168" to i64
  %".2648" = mul nsw i64 %".2647", 32
  %".2649" = add nsw i64 43, %".2648"
  %".2650" = getelementptr float, float* %"b0", i64 %".2649"
  store float %".2646", float* %".2650"
  %".2652" = load float, float* %"c213"
  %".2653" = sext i32 %"t168" to i64
  %".2654" = mul nsw i64 %".2653", 32
  %".2655" = add nsw i64 44, %".2654"
  %".2656" = getelementptr float, float* %"b0", i64 %".2655"
  store float %".2652", float* %".2656"
  %".2658" = load float, float* %"c214"
  %".2659" = sext i32 %"t168" to i64
  %".2660" = mul nsw i64 %".2659", 32
  %".2661" = add nsw i64 45, %".2660"
  %".2662" = getelementptr float, float* %"b0", i64 %".2661"
  store float %".2658", float* %".2662"
  %".2664" = load float, float* %"c215"
  %".2665" = sext i32 %"t168" to i64
  %".2666" = mul nsw i64 %".2665", 32
  %".2667" = add nsw i64 46, %".2666"
  %".2668" = getelementptr float, float* %"b0", i64 %".2667"
  store float %".2664", float* %".2668"
  %".2670" = load float, float* %"c216"
  %".2671" = sext i32 %"t168" to i64
  %".2672" = mul nsw i64 %".2671", 32
  %".2673" = add nsw i64 47, %".2672"
  %".2674" = getelementptr float, float* %"b0", i64 %".2673"
  store float %".2670", float* %".2674"
  %".2676" = load float, float* %"c217"
  %".2677" = sext i32 %"t168" to i64
  %".2678" = mul nsw i64 %".2677", 32
  %".2679" = add nsw i64 48, %".2678"
  %".2680" = getelementptr float, float* %"b0", i64 %".2679"
  store float %".2676", float* %".2680"
  %".2682" = load float, float* %"c218"
  %".2683" = sext i32 %"t168" to i64
  %".2684" = mul nsw i64 %".2683", 32
  %".2685" = add nsw i64 49, %".2684"
  %".2686" = getelementptr float, float* %"b0", i64 %".2685"
  store float %".2682", float* %".2686"
  %".2688" = load float, float* %"c219"
  %".2689" = sext i32 %"t168" to i64
  %".2690" = mul nsw i64 %".2689", 32
  %".2691" = add nsw i64 50, %".2690"
  %".2692" = getelementptr float, float* %"b0", i64 %".2691"
  store float %".2688", float* %".2692"
  %".2694" = load float, float* %"c220"
  %".2695" = sext i32 %"t168" to i64
  %".2696" = mul nsw i64 %".2695", 32
  %".2697" = add nsw i64 51, %".2696"
  %".2698" = getelementptr float, float* %"b0", i64 %".2697"
  store float %".2694", float* %".2698"
  %".2700" = load float, float* %"c221"
  %".2701" = sext i32 %"t168" to i64
  %".2702" = mul nsw i64 %".2701", 32
  %".2703" = add nsw i64 52, %".2702"
  %".2704" = getelementptr float, float* %"b0", i64 %".2703"
  store float %".2700", float* %".2704"
  %".2706" = load float, float* %"c222"
  %".2707" = sext i32 %"t168" to i64
  %".2708" = mul nsw i64 %".2707", 32
  %".2709" = add nsw i64 53, %".2708"
  %".2710" = getelementptr float, float* %"b0", i64 %".2709"
  store float %".2706", float* %".2710"
  %".2712" = load float, float* %"c223"
  %".2713" = sext i32 %"t168" to i64
  %".2714" = mul nsw i64 %".2713", 32
  %".2715" = add nsw i64 54, %".2714"
  %".2716" = getelementptr float, float* %"b0", i64 %".2715"
  store float %".2712", float* %".2716"
  %".2718" = load float, float* %"c224"
  %".2719" = sext i32 %"t168" to i64
  %".2720" = mul nsw i64 %".2719", 32
  %".2721" = add nsw i64 55, %".2720"
  %".2722" = getelementptr float, float* %"b0", i64 %".2721"
  store float %".2718", float* %".2722"
  %".2724" = load float, float* %"c225"
  %".2725" = sext i32 %"t168" to i64
  %".2726" = mul nsw i64 %".2725", 32
  %".2727" = add nsw i64 56, %".2726"
  %".2728" = getelementptr float, float* %"b0", i64 %".2727"
  store float %".2724", float* %".2728"
  %".2730" = load float, float* %"c226"
  %".2731" = sext i32 %"t168" to i64
  %".2732" = mul nsw i64 %".2731", 32
  %".2733" = add nsw i64 57, %".2732"
  %".2734" = getelementptr float, float* %"b0", i64 %".2733"
  store float %".2730", float* %".2734"
  %".2736" = load float, float* %"c227"
  %".2737" = sext i32 %"t168" to i64
  %".2738" = mul nsw i64 %".2737", 32
  %".2739" = add nsw i64 58, %".2738"
  %".2740" = getelementptr float, float* %"b0", i64 %".2739"
  store float %".2736", float* %".2740"
  %".2742" = load float, float* %"c228"
  %".2743" = sext i32 %"t168" to i64
  %".2744" = mul nsw i64 %".2743", 32
  %".2745" = add nsw i64 59, %".2744"
  %".2746" = getelementptr float, float* %"b0", i64 %".2745"
  store float %".2742", float* %".2746"
  %".2748" = load float, float* %"c229"
  %".2749" = sext i32 %"t168" to i64
  %".2750" = mul nsw i64 %".2749", 32
  %".2751" = add nsw i64 60, %".2750"
  %".2752" = getelementptr float, float* %"b0", i64 %".2751"
  store float %".2748", float* %".2752"
  %".2754" = load float, float* %"c230"
  %".2755" = sext i32 %"t168" to i64
  %".2756" = mul nsw i64 %".2755", 32
  %".2757" = add nsw i64 61, %".2756"
  %".2758" = getelementptr float, float* %"b0", i64 %".2757"
  store float %".2754", float* %".2758"
  %".2760" = load float, float* %"c231"
  %".2761" = sext i32 %"t168" to i64
  %".2762" = mul nsw i64 %".2761", 32
  %".2763" = add nsw i64 62, %".2762"
  %".2764" = getelementptr float, float* %"b0", i64 %".2763"
  store float %".2760", float* %".2764"
  %".2766" = load float, float* %"c232"
  %".2767" = sext i32 %"t168" to i64
  %".2768" = mul nsw i64 %".2767", 32
  %".2769" = add nsw i64 63, %".2768"
  %".2770" = getelementptr float, float* %"b0", i64 %".2769"
  store float %".2766", float* %".2770"
  %".2772" = load float, float* %"c233"
  %".2773" = sext i32 %"t168" to i64
  %".2774" = mul nsw i64 %".2773", 32
  %".2775" = add nsw i64 64, %".2774"
  %".2776" = getelementptr float, float* %"b0", i64 %".2775"
  store float %".2772", float* %".2776"
  %".2778" = load float, float* %"c234"
  %".2779" = sext i32 %"t168" to i64
  %".2780" = mul nsw i64 %".2779", 32
  %".2781" = add nsw i64 65, %".2780"
  %".2782" = getelementptr float, float* %"b0", i64 %".2781"
  store float %".2778", float* %".2782"
  %".2784" = load float, float* %"c235"
  %".2785" = sext i32 %"t168" to i64
  %".2786" = mul nsw i64 %".2785", 32
  %".2787" = add nsw i64 66, %".2786"
  %".2788" = getelementptr float, float* %"b0", i64 %".2787"
  store float %".2784", float* %".2788"
  %".2790" = load float, float* %"c236"
  %".2791" = sext i32 %"t168" to i64
  %".2792" = mul nsw i64 %".2791", 32
  %".2793" = add nsw i64 67, %".2792"
  %".2794" = getelementptr float, float* %"b0", i64 %".2793"
  store float %".2790", float* %".2794"
  %".2796" = load float, float* %"c237"
  %".2797" = sext i32 %"t168" to i64
  %".2798" = mul nsw i64 %".2797", 32
  %".2799" = add nsw i64 68, %".2798"
  %".2800" = getelementptr float, float* %"b0", i64 %".2799"
  store float %".2796", float* %".2800"
  %".2802" = load float, float* %"c238"
  %".2803" = sext i32 %"t168" to i64
  %".2804" = mul nsw i64 %".2803", 32
  %".2805" = add nsw i64 69, %".2804"
  %".2806" = getelementptr float, float* %"b0", i64 %".2805"
  store float %".2802", float* %".2806"
  %".2808" = load float, float* %"c239"
  %".2809" = sext i32 %"t168" to i64
  %".2810" = mul nsw i64 %".2809", 32
  %".2811" = add nsw i64 70, %".2810"
  %".2812" = getelementptr float, float* %"b0", i64 %".2811"
  store float %".2808", float* %".2812"
  %".2814" = load float, float* %"c240"
  %".2815" = sext i32 %"t168" to i64
  %".2816" = mul nsw i64 %".2815", 32
  %".2817" = add nsw i64 71, %".2816"
  %".2818" = getelementptr float, float* %"b0", i64 %".2817"
  store float %".2814", float* %".2818"
  %".2820" = load float, float* %"c241"
  %".2821" = sext i32 %"t168" to i64
  %".2822" = mul nsw i64 %".2821", 32
  %".2823" = add nsw i64 72, %".2822"
  %".2824" = getelementptr float, float* %"b0", i64 %".2823"
  store float %".2820", float* %".2824"
  %".2826" = load float, float* %"c242"
  %".2827" = sext i32 %"t168" to i64
  %".2828" = mul nsw i64 %".2827", 32
  %".2829" = add nsw i64 73, %".2828"
  %".2830" = getelementptr float, float* %"b0", i64 %".2829"
  store float %".2826", float* %".2830"
  %".2832" = load float, float* %"c243"
  %".2833" = sext i32 %"t168" to i64
  %".2834" = mul nsw i64 %".2833", 32
  %".2835" = add nsw i64 74, %".2834"
  %".2836" = getelementptr float, float* %"b0", i64 %".2835"
  store float %".2832", float* %".2836"
  %".2838" = load float, float* %"c244"
  %".2839" = sext i32 %"t168" to i64
  %".2840" = mul nsw i64 %".2839", 32
  %".2841" = add nsw i64 75, %".2840"
  %".2842" = getelementptr float, float* %"b0", i64 %".2841"
  store float %".2838", float* %".2842"
  %".2844" = load float, float* %"c245"
  %".2845" = sext i32 %"t168" to i64
  %".2846" = mul nsw i64 %".2845", 32
  %".2847" = add nsw i64 76, %".2846"
  %".2848" = getelementptr float, float* %"b0", i64 %".2847"
  store float %".2844", float* %".2848"
  %".2850" = load float, float* %"c246"
  %".2851" = sext i32 %"t168" to i64
  %".2852" = mul nsw i64 %".2851", 32
  %".2853" = add nsw i64 77, %".2852"
  %".2854" = getelementptr float, float* %"b0", i64 %".2853"
  store float %".2850", float* %".2854"
  %".2856" = load float, float* %"c247"
  %".2857" = sext i32 %"t168" to i64
  %".2858" = mul nsw i64 %".2857", 32
  %".2859" = add nsw i64 78, %".2858"
  %".2860" = getelementptr float, float* %"b0", i64 %".2859"
  store float %".2856", float* %".2860"
  %".2862" = load float, float* %"c248"
  %".2863" = sext i32 %"t168" to i64
  %".2864" = mul nsw i64 %".2863", 32
  %".2865" = add nsw i64 79, %".2864"
  %".2866" = getelementptr float, float* %"b0", i64 %".2865"
  store float %".2862", float* %".2866"
  %".2868" = load float, float* %"c249"
  %".2869" = sext i32 %"t168" to i64
  %".2870" = mul nsw i64 %".2869", 32
  %".2871" = add nsw i64 80, %".2870"
  %".2872" = getelementptr float, float* %"b0", i64 %".2871"
  store float %".2868", float* %".2872"
  %".2874" = load float, float* %"c250"
  %".2875" = sext i32 %"t168" to i64
  %".2876" = mul nsw i64 %".2875", 32
  %".2877" = add nsw i64 81, %".2876"
  %".2878" = getelementptr float, float* %"b0", i64 %".2877"
  store float %".2874", float* %".2878"
  %".2880" = load float, float* %"c251"
  %".2881" = sext i32 %"t168" to i64
  %".2882" = mul nsw i64 %".2881", 32
  %".2883" = add nsw i64 82, %".2882"
  %".2884" = getelementptr float, float* %"b0", i64 %".2883"
  store float %".2880", float* %".2884"
  %".2886" = load float, float* %"c252"
  %".2887" = sext i32 %"t168" to i64
  %".2888" = mul nsw i64 %".2887", 32
  %".2889" = add nsw i64 83, %".2888"
  %".2890" = getelementptr float, float* %"b0", i64 %".2889"
  store float %".2886", float* %".2890"
  %".2892" = load float, float* %"c253"
  %".2893" = sext i32 %"t168" to i64
  %".2894" = mul nsw i64 %".2893", 32
  %".2895" = add nsw i64 84, %".2894"
  %".2896" = getelementptr float, float* %"b0", i64 %".2895"
  store float %".2892", float* %".2896"
  %".2898" = load float, float* %"c254"
  %".2899" = sext i32 %"t168" to i64
  %".2900" = mul nsw i64 %".2899", 32
  %".2901" = add nsw i64 85, %".2900"
  %".2902" = getelementptr float, float* %"b0", i64 %".2901"
  store float %".2898", float* %".2902"
  %".2904" = load float, float* %"c255"
  %".2905" = sext i32 %"t168" to i64
  %".2906" = mul nsw i64 %".2905", 32
  %".2907" = add nsw i64 86, %".2906"
  %".2908" = getelementptr float, float* %"b0", i64 %".2907"
  store float %".2904", float* %".2908"
  %".2910" = load float, float* %"c256"
  %".2911" = sext i32 %"t168" to i64
  %".2912" = mul nsw i64 %".2911", 32
  %".2913" = add nsw i64 87, %".2912"
  %".2914" = getelementptr float, float* %"b0", i64 %".2913"
  store float %".2910", float* %".2914"
  %".2916" = load float, float* %"c257"
  %".2917" = sext i32 %"t168" to i64
  %".2918" = mul nsw i64 %".2917", 32
  %".2919" = add nsw i64 88, %".2918"
  %".2920" = getelementptr float, float* %"b0", i64 %".2919"
  store float %".2916", float* %".2920"
  %".2922" = load float, float* %"c258"
  %".2923" = sext i32 %"t168" to i64
  %".2924" = mul nsw i64 %".2923", 32
  %".2925" = add nsw i64 89, %".2924"
  %".2926" = getelementptr float, float* %"b0", i64 %".2925"
  store float %".2922", float* %".2926"
  %".2928" = load float, float* %"c259"
  %".2929" = sext i32 %"t168" to i64
  %".2930" = mul nsw i64 %".2929", 32
  %".2931" = add nsw i64 90, %".2930"
  %".2932" = getelementptr float, float* %"b0", i64 %".2931"
  store float %".2928", float* %".2932"
  %".2934" = load float, float* %"c260"
  %".2935" = sext i32 %"t168" to i64
  %".2936" = mul nsw i64 %".2935", 32
  %".2937" = add nsw i64 91, %".2936"
  %".2938" = getelementptr float, float* %"b0", i64 %".2937"
  store float %".2934", float* %".2938"
  %".2940" = load float, float* %"c261"
  %".2941" = sext i32 %"t168" to i64
  %".2942" = mul nsw i64 %".2941", 32
  %".2943" = add nsw i64 92, %".2942"
  %".2944" = getelementptr float, float* %"b0", i64 %".2943"
  store float %".2940", float* %".2944"
  %".2946" = load float, float* %"c262"
  %".2947" = sext i32 %"t168" to i64
  %".2948" = mul nsw i64 %".2947", 32
  %".2949" = add nsw i64 93, %".2948"
  %".2950" = getelementptr float, float* %"b0", i64 %".2949"
  store float %".2946", float* %".2950"
  %".2952" = load float, float* %"c263"
  %".2953" = sext i32 %"t168" to i64
  %".2954" = mul nsw i64 %".2953", 32
  %".2955" = add nsw i64 94, %".2954"
  %".2956" = getelementptr float, float* %"b0", i64 %".2955"
  store float %".2952", float* %".2956"
  %".2958" = load float, float* %"c264"
  %".2959" = sext i32 %"t168" to i64
  %".2960" = mul nsw i64 %".2959", 32
  %".2961" = add nsw i64 95, %".2960"
  %".2962" = getelementptr float, float* %"b0", i64 %".2961"
  store float %".2958", float* %".2962"
  %".2964" = add nsw i32 %"t168", 1
  br label %"t168.head"
then.3:
  %".2971" = sub i32 %"ncores", 1
  %".2972" = add i32 1, %".2971"
  %".2973" = sdiv i32 %".2972", %"ncores"
  %".2974" = mul i32 %"core", %".2973"
  %".2975" = add i32 %".2974", %".2973"
  %".2976" = icmp slt i32 %".2975", 1
  %".2977" = select  i1 %".2976", i32 %".2975", i32 1
  br label %"t301.head"
endif.3:
  %".4666" = icmp sle i32 5, %"n"
  br i1 %".4666", label %"then.4", label %"endif.4"
t301.head:
  %"t301" = phi  i32 [%".2974", %"then.3"], [%".4663", %"k430.done"]
  %".2979" = icmp slt i32 %"t301", %".2977"
  br i1 %".2979", label %"t301.body", label %"t301.done"
t301.body:
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
  store float              0x0, float* %"c327"
  store float              0x0, float* %"c328"
  store float              0x0, float* %"c329"
  store float              0x0, float* %"c330"
  store float              0x0, float* %"c331"
  store float              0x0, float* %"c332"
  store float              0x0, float* %"c333"
  store float              0x0, float* %"c334"
  store float              0x0, float* %"c335"
  store float              0x0, float* %"c336"
  store float              0x0, float* %"c337"
  store float              0x0, float* %"c338"
  store float              0x0, float* %"c339"
  store float              0x0, float* %"c340"
  store float              0x0, float* %"c341"
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
  store float              0x0, float* %"c374"
  store float              0x0, float* %"c375"
  store float              0x0, float* %"c376"
  store float              0x0, float* %"c377"
  store float              0x0, float* %"c378"
  store float              0x0, float* %"c379"
  store float              0x0, float* %"c380"
  store float              0x0, float* %"c381"
  store float              0x0, float* %"c382"
  store float              0x0, float* %"c383"
  store float              0x0, float* %"c384"
  store float              0x0, float* %"c385"
  store float              0x0, float* %"c386"
  store float              0x0, float* %"c387"
  store float              0x0, float* %"c388"
  store float              0x0, float* %"c389"
  store float              0x0, float* %"c390"
  store float              0x0, float* %"c391"
  store float              0x0, float* %"c392"
  store float              0x0, float* %"c393"
  store float              0x0, float* %"c394"
  store float              0x0, float* %"c395"
  store float              0x0, float* %"c396"
  store float              0x0, float* %"c397"
  store float              0x0, float* %"c398"
  store float              0x0, float* %"c399"
  store float              0x0, float* %"c400"
  store float              0x0, float* %"c401"
  store float              0x0, float* %"c402"
  store float              0x0, float* %"c403"
  store float              0x0, float* %"c404"
  store float              0x0, float* %"c405"
  store float              0x0, float* %"c406"
  store float              0x0, float* %"c407"
  store float              0x0, float* %"c408"
  store float              0x0, float* %"c409"
  store float              0x0, float* %"c410"
  store float              0x0, float* %"c411"
  store float              0x0, float* %"c412"
  store float              0x0, float* %"c413"
  store float              0x0, float* %"c414"
  store float              0x0, float* %"c415"
  store float              0x0, float* %"c416"
  store float              0x0, float* %"c417"
  store float              0x0, float* %"c418"
  store float              0x0, float* %"c419"
  store float              0x0, float* %"c420"
  store float              0x0, float* %"c421"
  store float              0x0, float* %"c422"
  store float              0x0, float* %"c423"
  store float              0x0, float* %"c424"
  store float              0x0, float* %"c425"
  store float              0x0, float* %"c426"
  store float              0x0, float* %"c427"
  store float              0x0, float* %"c428"
  store float              0x0, float* %"c429"
  br label %"k430.head"
t301.done:
  br label %"endif.3"
k430.head:
  %"k430" = phi  i32 [0, %"t301.body"], [%".3894", %"k430.body"]
  %".3110" = icmp slt i32 %"k430", 64
  br i1 %".3110", label %"k430.body", label %"k430.done"
k430.body:
  %".3112" = sext i32 %"k430" to i64
  %".3113" = getelementptr float, float* %"b1", i64 %".3112"
  %".3114" = load float, float* %".3113"
  %".3115" = sext i32 %"k430" to i64
  %".3116" = add nsw i64 64, %".3115"
  %".3117" = getelementptr float, float* %"b1", i64 %".3116"
  %".3118" = load float, float* %".3117"
  %".3119" = sext i32 %"k430" to i64
  %".3120" = add nsw i64 128, %".3119"
  %".3121" = getelementptr float, float* %"b1", i64 %".3120"
  %".3122" = load float, float* %".3121"
  %".3123" = sext i32 %"k430" to i64
  %".3124" = add nsw i64 192, %".3123"
  %".3125" = getelementptr float, float* %"b1", i64 %".3124"
  %".3126" = load float, float* %".3125"
  %".3127" = sext i32 %"k430" to i64
  %".3128" = mul nsw i64 %".3127", 32
  %".3129" = sext i32 %"t301" to i64
  %".3130" = mul nsw i64 %".3129", 32
  %".3131" = add nsw i64 %".3128", %".3130"
  %".3132" = getelementptr float, float* %"b2", i64 %".3131"
  %".3133" = load float, float* %".3132"
  %".3134" = sext i32 %"k430" to i64
  %".3135" = mul nsw i64 %".3134", 32
  %".3136" = add nsw i64 1, %".3135"
  %".3137" = sext i32 %"t301" to i64
  %".3138" = mul nsw i64 %".3137", 32
  %".3139" = add nsw i64 %".3136", %".3138"
  %".3140" = getelementptr float, float* %"b2", i64 %".3139"
  %".3141" = load float, float* %".3140"
  %".3142" = sext i32 %"k430" to i64
  %".3143" = mul nsw i64 %".3142", 32
  %".3144" = add nsw i64 2, %".3143"
  %".3145" = sext i32 %"t301" to i64
  %".3146" = mul nsw i64 %".3145", 32
  %".3147" = add nsw i64 %".3144", %".3146"
  %".3148" = getelementptr float, float* %"b2", i64 %".3147"
  %".3149" = load float, float* %".3148"
  %".3150" = sext i32 %"k430" to i64
  %".3151" = mul nsw i64 %".3150", 32
  %".3152" = add nsw i64 3, %".3151"
  %".3153" = sext i32 %"t301" to i64
  %".3154" = mul nsw i64 %".3153", 32
  %".3155" = add nsw i64 %".3152", %".3154"
  %".3156" = getelementptr float, float* %"b2", i64 %".3155"
  %".3157" = load float, float* %".3156"
  %".3158" = sext i32 %"k430" to i64
  %".3159" = mul nsw i64 %".3158", 32
  %".3160" = add nsw i64 4, %".3159"
  %".3161" = sext i32 %"t301" to i64
  %".3162" = mul nsw i64 %".3161", 32
  %".3163" = add nsw i64 %".3160", %".3162"
  %".3164" = getelementptr float, float* %"b2", i64 %".3163"
  %".3165" = load float, float* %".3164"
  %".3166" = sext i32 %"k430" to i64
  %".3167" = mul nsw i64 %".3166", 32
  %".3168" = add nsw i64 5, %".3167"
  %".3169" = sext i32 %"t301" to i64
  %".3170" = mul nsw i64 %".3169", 32
  %".3171" = add nsw i64 %".3168", %".3170"
  %".3172" = getelementptr float, float* %"b2", i64 %".3171"
  %".3173" = load float, float* %".3172"
  %".3174" = sext i32 %"k430" to i64
  %".3175" = mul nsw i64 %".3174", 32
  %".3176" = add nsw i64 6, %".3175"
  %".3177" = sext i32 %"t301" to i64
  %".3178" = mul nsw i64 %".3177", 32
  %".3179" = add nsw i64 %".3176", %".3178"
  %".3180" = getelementptr float, float* %"b2", i64 %".3179"
  %".3181" = load float, float* %".3180"
  %".3182" = sext i32 %"k430" to i64
  %".3183" = mul nsw i64 %".3182", 32
  %".3184" = add nsw i64 7, %".3183"
  %".3185" = sext i32 %"t301" to i64
  %".3186" = mul nsw i64 %".3185", 32
  %".3187" = add nsw i64 %".3184", %".3186"
  %".3188" = getelementptr float, float* %"b2", i64 %".3187"
  %".3189" = load float, float* %".3188"
  %".3190" = sext i32 %"k430" to i64
  %".3191" = mul nsw i64 %".3190", 32
  %".3192" = add nsw i64 8, %".3191"
  %".3193" = sext i32 %"t301" to i64
  %".3194" = mul nsw i64 %".3193", 32
  %".3195" = add nsw i64 %".3192", %".3194"
  %".3196" = getelementptr float, float* %"b2", i64 %".3195"
  %".3197" = load float, float* %".3196"
  %".3198" = sext i32 %"k430" to i64
  %".3199" = mul nsw i64 %".3198", 32
  %".3200" = add nsw i64 9, %".3199"
  %".3201" = sext i32 %"t301" to i64
  %".3202" = mul nsw i64 %".3201", 32
  %".3203" = add nsw i64 %".3200", %".3202"
  %".3204" = getelementptr float, float* %"b2", i64 %".3203"
  %".3205" = load float, float* %".3204"
  %".3206" = sext i32 %"k430" to i64
  %".3207" = mul nsw i64 %".3206", 32
  %".3208" = add nsw i64 10, %".3207"
  %".3209" = sext i32 %"t301" to i64
  %".3210" = mul nsw i64 %".3209", 32
  %".3211" = add nsw i64 %".3208", %".3210"
  %".3212" = getelementptr float, float* %"b2", i64 %".3211"
  %".3213" = load float, float* %".3212"
  %".3214" = sext i32 %"k430" to i64
  %".3215" = mul nsw i64 %".3214", 32
  %".3216" = add nsw i64 11, %".3215"
  %".3217" = sext i32 %"t301" to i64
  %".3218" = mul nsw i64 %".3217", 32
  %".3219" = add nsw i64 %".3216", %".3218"
  %".3220" = getelementptr float, float* %"b2", i64 %".3219"
  %".3221" = load float, float* %".3220"
  %".3222" = sext i32 %"k430" to i64
  %".3223" = mul nsw i64 %".3222", 32
  %".3224" = add nsw i64 12, %".3223"
  %".3225" = sext i32 %"t301" to i64
  %".3226" = mul nsw i64 %".3225", 32
  %".3227" = add nsw i64 %".3224", %".3226"
  %".3228" = getelementptr float, float* %"b2", i64 %".3227"
  %".3229" = load float, float* %".3228"
  %".3230" = sext i32 %"k430" to i64
  %".3231" = mul nsw i64 %".3230", 32
  %".3232" = add nsw i64 13, %".3231"
  %".3233" = sext i32 %"t301" to i64
  %".3234" = mul nsw i64 %".3233", 32
  %".3235" = add nsw i64 %".3232", %".3234"
  %".3236" = getelementptr float, float* %"b2", i64 %".3235"
  %".3237" = load float, float* %".3236"
  %".3238" = sext i32 %"k430" to i64
  %".3239" = mul nsw i64 %".3238", 32
  %".3240" = add nsw i64 14, %".3239"
  %".3241" = sext i32 %"t301" to i64
  %".3242" = mul nsw i64 %".3241", 32
  %".3243" = add nsw i64 %".3240", %".3242"
  %".3244" = getelementptr float, float* %"b2", i64 %".3243"
  %".3245" = load float, float* %".3244"
  %".3246" = sext i32 %"k430" to i64
  %".3247" = mul nsw i64 %".3246", 32
  %".3248" = add nsw i64 15, %".3247"
  %".3249" = sext i32 %"t301" to i64
  %".3250" = mul nsw i64 %".3249", 32
  %".3251" = add nsw i64 %".3248", %".3250"
  %".3252" = getelementptr float, float* %"b2", i64 %".3251"
  %".3253" = load float, float* %".3252"
  %".3254" = sext i32 %"k430" to i64
  %".3255" = mul nsw i64 %".3254", 32
  %".3256" = add nsw i64 16, %".3255"
  %".3257" = sext i32 %"t301" to i64
  %".3258" = mul nsw i64 %".3257", 32
  %".3259" = add nsw i64 %".3256", %".3258"
  %".3260" = getelementptr float, float* %"b2", i64 %".3259"
  %".3261" = load float, float* %".3260"
  %".3262" = sext i32 %"k430" to i64
  %".3263" = mul nsw i64 %".3262", 32
  %".3264" = add nsw i64 17, %".3263"
  %".3265" = sext i32 %"t301" to i64
  %".3266" = mul nsw i64 %".3265", 32
  %".3267" = add nsw i64 %".3264", %".3266"
  %".3268" = getelementptr float, float* %"b2", i64 %".3267"
  %".3269" = load float, float* %".3268"
  %".3270" = sext i32 %"k430" to i64
  %".3271" = mul nsw i64 %".3270", 32
  %".3272" = add nsw i64 18, %".3271"
  %".3273" = sext i32 %"t301" to i64
  %".3274" = mul nsw i64 %".3273", 32
  %".3275" = add nsw i64 %".3272", %".3274"
  %".3276" = getelementptr float, float* %"b2", i64 %".3275"
  %".3277" = load float, float* %".3276"
  %".3278" = sext i32 %"k430" to i64
  %".3279" = mul nsw i64 %".3278", 32
  %".3280" = add nsw i64 19, %".3279"
  %".3281" = sext i32 %"t301" to i64
  %".3282" = mul nsw i64 %".3281", 32
  %".3283" = add nsw i64 %".3280", %".3282"
  %".3284" = getelementptr float, float* %"b2", i64 %".3283"
  %".3285" = load float, float* %".3284"
  %".3286" = sext i32 %"k430" to i64
  %".3287" = mul nsw i64 %".3286", 32
  %".3288" = add nsw i64 20, %".3287"
  %".3289" = sext i32 %"t301" to i64
  %".3290" = mul nsw i64 %".3289", 32
  %".3291" = add nsw i64 %".3288", %".3290"
  %".3292" = getelementptr float, float* %"b2", i64 %".3291"
  %".3293" = load float, float* %".3292"
  %".3294" = sext i32 %"k430" to i64
  %".3295" = mul nsw i64 %".3294", 32
  %".3296" = add nsw i64 21, %".3295"
  %".3297" = sext i32 %"t301" to i64
  %".3298" = mul nsw i64 %".3297", 32
  %".3299" = add nsw i64 %".3296", %".3298"
  %".3300" = getelementptr float, float* %"b2", i64 %".3299"
  %".3301" = load float, float* %".3300"
  %".3302" = sext i32 %"k430" to i64
  %".3303" = mul nsw i64 %".3302", 32
  %".3304" = add nsw i64 22, %".3303"
  %".3305" = sext i32 %"t301" to i64
  %".3306" = mul nsw i64 %".3305", 32
  %".3307" = add nsw i64 %".3304", %".3306"
  %".3308" = getelementptr float, float* %"b2", i64 %".3307"
  %".3309" = load float, float* %".3308"
  %".3310" = sext i32 %"k430" to i64
  %".3311" = mul nsw i64 %".3310", 32
  %".3312" = add nsw i64 23, %".3311"
  %".3313" = sext i32 %"t301" to i64
  %".3314" = mul nsw i64 %".3313", 32
  %".3315" = add nsw i64 %".3312", %".3314"
  %".3316" = getelementptr float, float* %"b2", i64 %".3315"
  %".3317" = load float, float* %".3316"
  %".3318" = sext i32 %"k430" to i64
  %".3319" = mul nsw i64 %".3318", 32
  %".3320" = add nsw i64 24, %".3319"
  %".3321" = sext i32 %"t301" to i64
  %".3322" = mul nsw i64 %".3321", 32
  %".3323" = add nsw i64 %".3320", %".3322"
  %".3324" = getelementptr float, float* %"b2", i64 %".3323"
  %".3325" = load float, float* %".3324"
  %".3326" = sext i32 %"k430" to i64
  %".3327" = mul nsw i64 %".3326", 32
  %".3328" = add nsw i64 25, %".3327"
  %".3329" = sext i32 %"t301" to i64
  %".3330" = mul nsw i64 %".3329", 32
  %".3331" = add nsw i64 %".3328", %".3330"
  %".3332" = getelementptr float, float* %"b2", i64 %".3331"
  %".3333" = load float, float* %".3332"
  %".3334" = sext i32 %"k430" to i64
  %".3335" = mul nsw i64 %".3334", 32
  %".3336" = add nsw i64 26, %".3335"
  %".3337" = sext i32 %"t301" to i64
  %".3338" = mul nsw i64 %".3337", 32
  %".3339" = add nsw i64 %".3336", %".3338"
  %".3340" = getelementptr float, float* %"b2", i64 %".3339"
  %".3341" = load float, float* %".3340"
  %".3342" = sext i32 %"k430" to i64
  %".3343" = mul nsw i64 %".3342", 32
  %".3344" = add nsw i64 27, %".3343"
  %".3345" = sext i32 %"t301" to i64
  %".3346" = mul nsw i64 %".3345", 32
  %".3347" = add nsw i64 %".3344", %".3346"
  %".3348" = getelementptr float, float* %"b2", i64 %".3347"
  %".3349" = load float, float* %".3348"
  %".3350" = sext i32 %"k430" to i64
  %".3351" = mul nsw i64 %".3350", 32
  %".3352" = add nsw i64 28, %".3351"
  %".3353" = sext i32 %"t301" to i64
  %".3354" = mul nsw i64 %".3353", 32
  %".3355" = add nsw i64 %".3352", %".3354"
  %".3356" = getelementptr float, float* %"b2", i64 %".3355"
  %".3357" = load float, float* %".3356"
  %".3358" = sext i32 %"k430" to i64
  %".3359" = mul nsw i64 %".3358", 32
  %".3360" = add nsw i64 29, %".3359"
  %".3361" = sext i32 %"t301" to i64
  %".3362" = mul nsw i64 %".3361", 32
  %".3363" = add nsw i64 %".3360", %".3362"
  %".3364" = getelementptr float, float* %"b2", i64 %".3363"
  %".3365" = load float, float* %".3364"
  %".3366" = sext i32 %"k430" to i64
  %".3367" = mul nsw i64 %".3366", 32
  %".3368" = add nsw i64 30, %".3367"
  %".3369" = sext i32 %"t301" to i64
  %".3370" = mul nsw i64 %".3369", 32
  %".3371" = add nsw i64 %".3368", %".3370"
  %".3372" = getelementptr float, float* %"b2", i64 %".3371"
  %".3373" = load float, float* %".3372"
  %".3374" = sext i32 %"k430" to i64
  %".3375" = mul nsw i64 %".3374", 32
  %".3376" = add nsw i64 31, %".3375"
  %".3377" = sext i32 %"t301" to i64
  %".3378" = mul nsw i64 %".3377", 32
  %".3379" = add nsw i64 %".3376", %".3378"
  %".3380" = getelementptr float, float* %"b2", i64 %".3379"
  %".3381" = load float, float* %".3380"
  %".3382" = load float, float* %"c302"
  %".3383" = fmul reassoc contract float %".3114", %".3133"
  %".3384" = fadd reassoc contract float %".3382", %".3383"
  store float %".3384", float* %"c302"
  %".3386" = load float, float* %"c303"
  %".3387" = fmul reassoc contract float %".3114", %".3141"
  %".3388" = fadd reassoc contract float %".3386", %".3387"
  store float %".3388", float* %"c303"
  %".3390" = load float, float* %"c304"
  %".3391" = fmul reassoc contract float %".3114", %".3149"
  %".3392" = fadd reassoc contract float %".3390", %".3391"
  store float %".3392", float* %"c304"
  %".3394" = load float, float* %"c305"
  %".3395" = fmul reassoc contract float %".3114", %".3157"
  %".3396" = fadd reassoc contract float %".3394", %".3395"
  store float %".3396", float* %"c305"
  %".3398" = load float, float* %"c306"
  %".3399" = fmul reassoc contract float %".3114", %".3165"
  %".3400" = fadd reassoc contract float %".3398", %".3399"
  store float %".3400", float* %"c306"
  %".3402" = load float, float* %"c307"
  %".3403" = fmul reassoc contract float %".3114", %".3173"
  %".3404" = fadd reassoc contract float %".3402", %".3403"
  store float %".3404", float* %"c307"
  %".3406" = load float, float* %"c308"
  %".3407" = fmul reassoc contract float %".3114", %".3181"
  %".3408" = fadd reassoc contract float %".3406", %".3407"
  store float %".3408", float* %"c308"
  %".3410" = load float, float* %"c309"
  %".3411" = fmul reassoc contract float %".3114", %".3189"
  %".3412" = fadd reassoc contract float %".3410", %".3411"
  store float %".3412", float* %"c309"
  %".3414" = load float, float* %"c310"
  %".3415" = fmul reassoc contract float %".3114", %".3197"
  %".3416" = fadd reassoc contract float %".3414", %".3415"
  store float %".3416", float* %"c310"
  %".3418" = load float, float* %"c311"
  %".3419" = fmul reassoc contract float %".3114", %".3205"
  %".3420" = fadd reassoc contract float %".3418", %".3419"
  store float %".3420", float* %"c311"
  %".3422" = load float, float* %"c312"
  %".3423" = fmul reassoc contract float %".3114", %".3213"
  %".3424" = fadd reassoc contract float %".3422", %".3423"
  store float %".3424", float* %"c312"
  %".3426" = load float, float* %"c313"
  %".3427" = fmul reassoc contract float %".3114", %".3221"
  %".3428" = fadd reassoc contract float %".3426", %".3427"
  store float %".3428", float* %"c313"
  %".3430" = load float, float* %"c314"
  %".3431" = fmul reassoc contract float %".3114", %".3229"
  %".3432" = fadd reassoc contract float %".3430", %".3431"
  store float %".3432", float* %"c314"
  %".3434" = load float, float* %"c315"
  %".3435" = fmul reassoc contract float %".3114", %".3237"
  %".3436" = fadd reassoc contract float %".3434", %".3435"
  store float %".3436", float* %"c315"
  %".3438" = load float, float* %"c316"
  %".3439" = fmul reassoc contract float %".3114", %".3245"
  %".3440" = fadd reassoc contract float %".3438", %".3439"
  store float %".3440", float* %"c316"
  %".3442" = load float, float* %"c317"
  %".3443" = fmul reassoc contract float %".3114", %".3253"
  %".3444" = fadd reassoc contract float %".3442", %".3443"
  store float %".3444", float* %"c317"
  %".3446" = load float, float* %"c318"
  %".3447" = fmul reassoc contract float %".3114", %".3261"
  %".3448" = fadd reassoc contract float %".3446", %".3447"
  store float %".3448", float* %"c318"
  %".3450" = load float, float* %"c319"
  %".3451" = fmul reassoc contract float %".3114", %".3269"
  %".3452" = fadd reassoc contract float %".3450", %".3451"
  store float %".3452", float* %"c319"
  %".3454" = load float, float* %"c320"
  %".3455" = fmul reassoc contract float %".3114", %".3277"
  %".3456" = fadd reassoc contract float %".3454", %".3455"
  store float %".3456", float* %"c320"
  %".3458" = load float, float* %"c321"
  %".3459" = fmul reassoc contract float %".3114", %".3285"
  %".3460" = fadd reassoc contract float %".3458", %".3459"
  store float %".3460", float* %"c321"
  %".3462" = load float, float* %"c322"
  %".3463" = fmul reassoc contract float %".3114", %".3293"
  %".3464" = fadd reassoc contract float %".3462", %".3463"
  store float %".3464", float* %"c322"
  %".3466" = load float, float* %"c323"
  %".3467" = fmul reassoc contract float %".3114", %".3301"
  %".3468" = fadd reassoc contract float %".3466", %".3467"
  store float %".3468", float* %"c323"
  %".3470" = load float, float* %"c324"
  %".3471" = fmul reassoc contract float %".3114", %".3309"
  %".3472" = fadd reassoc contract float %".3470", %".3471"
  store float %".3472", float* %"c324"
  %".3474" = load float, float* %"c325"
  %".3475" = fmul reassoc contract float %".3114", %".3317"
  %".3476" = fadd reassoc contract float %".3474", %".3475"
  store float %".3476", float* %"c325"
  %".3478" = load float, float* %"c326"
  %".3479" = fmul reassoc contract float %".3114", %".3325"
  %".3480" = fadd reassoc contract float %".3478", %".3479"
  store float %".3480", float* %"c326"
  %".3482" = load float, float* %"c327"
  %".3483" = fmul reassoc contract float %".3114", %".3333"
  %".3484" = fadd reassoc contract float %".3482", %".3483"
  store float %".3484", float* %"c327"
  %".3486" = load float, float* %"c328"
  %".3487" = fmul reassoc contract float %".3114", %".3341"
  %".3488" = fadd reassoc contract float %".3486", %".3487"
  store float %".3488", float* %"c328"
  %".3490" = load float, float* %"c329"
  %".3491" = fmul reassoc contract float %".3114", %".3349"
  %".3492" = fadd reassoc contract float %".3490", %".3491"
  store float %".3492", float* %"c329"
  %".3494" = load float, float* %"c330"
  %".3495" = fmul reassoc contract float %".3114", %".3357"
  %".3496" = fadd reassoc contract float %".3494", %".3495"
  store float %".3496", float* %"c330"
  %".3498" = load float, float* %"c331"
  %".3499" = fmul reassoc contract float %".3114", %".3365"
  %".3500" = fadd reassoc contract float %".3498", %".3499"
  store float %".3500", float* %"c331"
  %".3502" = load float, float* %"c332"
  %".3503" = fmul reassoc contract float %".3114", %".3373"
  %".3504" = fadd reassoc contract float %".3502", %".3503"
  store float %".3504", float* %"c332"
  %".3506" = load float, float* %"c333"
  %".3507" = fmul reassoc contract float %".3114", %".3381"
  %".3508" = fadd reassoc contract float %".3506", %".3507"
  store float %".3508", float* %"c333"
  %".3510" = load float, float* %"c334"
  %".3511" = fmul reassoc contract float %".3118", %".3133"
  %".3512" = fadd reassoc contract float %".3510", %".3511"
  store float %".3512", float* %"c334"
  %".3514" = load float, float* %"c335"
  %".3515" = fmul reassoc contract float %".3118", %".3141"
  %".3516" = fadd reassoc contract float %".3514", %".3515"
  store float %".3516", float* %"c335"
  %".3518" = load float, float* %"c336"
  %".3519" = fmul reassoc contract float %".3118", %".3149"
  %".3520" = fadd reassoc contract float %".3518", %".3519"
  store float %".3520", float* %"c336"
  %".3522" = load float, float* %"c337"
  %".3523" = fmul reassoc contract float %".3118", %".3157"
  %".3524" = fadd reassoc contract float %".3522", %".3523"
  store float %".3524", float* %"c337"
  %".3526" = load float, float* %"c338"
  %".3527" = fmul reassoc contract float %".3118", %".3165"
  %".3528" = fadd reassoc contract float %".3526", %".3527"
  store float %".3528", float* %"c338"
  %".3530" = load float, float* %"c339"
  %".3531" = fmul reassoc contract float %".3118", %".3173"
  %".3532" = fadd reassoc contract float %".3530", %".3531"
  store float %".3532", float* %"c339"
  %".3534" = load float, float* %"c340"
  %".3535" = fmul reassoc contract float %".3118", %".3181"
  %".3536" = fadd reassoc contract float %".3534", %".3535"
  store float %".3536", float* %"c340"
  %".3538" = load float, float* %"c341"
  %".3539" = fmul reassoc contract float %".3118", %".3189"
  %".3540" = fadd reassoc contract float %".3538", %".3539"
  store float %".3540", float* %"c341"
  %".3542" = load float, float* %"c342"
  %".3543" = fmul reassoc contract float %".3118", %".3197"
  %".3544" = fadd reassoc contract float %".3542", %".3543"
  store float %".3544", float* %"c342"
  %".3546" = load float, float* %"c343"
  %".3547" = fmul reassoc contract float %".3118", %".3205"
  %".3548" = fadd reassoc contract float %".3546", %".3547"
  store float %".3548", float* %"c343"
  %".3550" = load float, float* %"c344"
  %".3551" = fmul reassoc contract float %".3118", %".3213"
  %".3552" = fadd reassoc contract float %".3550", %".3551"
  store float %".3552", float* %"c344"
  %".3554" = load float, float* %"c345"
  %".3555" = fmul reassoc contract float %".3118", %".3221"
  %".3556" = fadd reassoc contract float %".3554", %".3555"
  store float %".3556", float* %"c345"
  %".3558" = load float, float* %"c346"
  %".3559" = fmul reassoc contract float %".3118", %".3229"
  %".3560" = fadd reassoc contract float %".3558", %".3559"
  store float %".3560", float* %"c346"
  %".3562" = load float, float* %"c347"
  %".3563" = fmul reassoc contract float %".3118", %".3237"
  %".3564" = fadd reassoc contract float %".3562", %".3563"
  store float %".3564", float* %"c347"
  %".3566" = load float, float* %"c348"
  %".3567" = fmul reassoc contract float %".3118", %".3245"
  %".3568" = fadd reassoc contract float %".3566", %".3567"
  store float %".3568", float* %"c348"
  %".3570" = load float, float* %"c349"
  %".3571" = fmul reassoc contract float %".3118", %".3253"
  %".3572" = fadd reassoc contract float %".3570", %".3571"
  store float %".3572", float* %"c349"
  %".3574" = load float, float* %"c350"
  %".3575" = fmul reassoc contract float %".3118", %".3261"
  %".3576" = fadd reassoc contract float %".3574", %".3575"
  store float %".3576", float* %"c350"
  %".3578" = load float, float* %"c351"
  %".3579" = fmul reassoc contract float %".3118", %".3269"
  %".3580" = fadd reassoc contract float %".3578", %".3579"
  store float %".3580", float* %"c351"
  %".3582" = load float, float* %"c352"
  %".3583" = fmul reassoc contract float %".3118", %".3277"
  %".3584" = fadd reassoc contract float %".3582", %".3583"
  store float %".3584", float* %"c352"
  %".3586" = load float, float* %"c353"
  %".3587" = fmul reassoc contract float %".3118", %".3285"
  %".3588" = fadd reassoc contract float %".3586", %".3587"
  store float %".3588", float* %"c353"
  %".3590" = load float, float* %"c354"
  %".3591" = fmul reassoc contract float %".3118", %".3293"
  %".3592" = fadd reassoc contract float %".3590", %".3591"
  store float %".3592", float* %"c354"
  %".3594" = load float, float* %"c355"
  %".3595" = fmul reassoc contract float %".3118", %".3301"
  %".3596" = fadd reassoc contract float %".3594", %".3595"
  store float %".3596", float* %"c355"
  %".3598" = load float, float* %"c356"
  %".3599" = fmul reassoc contract float %".3118", %".3309"
  %".3600" = fadd reassoc contract float %".3598", %".3599"
  store float %".3600", float* %"c356"
  %".3602" = load float, float* %"c357"
  %".3603" = fmul reassoc contract float %".3118", %".3317"
  %".3604" = fadd reassoc contract float %".3602", %".3603"
  store float %".3604", float* %"c357"
  %".3606" = load float, float* %"c358"
  %".3607" = fmul reassoc contract float %".3118", %".3325"
  %".3608" = fadd reassoc contract float %".3606", %".3607"
  store float %".3608", float* %"c358"
  %".3610" = load float, float* %"c359"
  %".3611" = fmul reassoc contract float %".3118", %".3333"
  %".3612" = fadd reassoc contract float %".3610", %".3611"
  store float %".3612", float* %"c359"
  %".3614" = load float, float* %"c360"
  %".3615" = fmul reassoc contract float %".3118", %".3341"
  %".3616" = fadd reassoc contract float %".3614", %".3615"
  store float %".3616", float* %"c360"
  %".3618" = load float, float* %"c361"
  %".3619" = fmul reassoc contract float %".3118", %".3349"
  %".3620" = fadd reassoc contract float %".3618", %".3619"
  store float %".3620", float* %"c361"
  %".3622" = load float, float* %"c362"
  %".3623" = fmul reassoc contract float %".3118", %".3357"
  %".3624" = fadd reassoc contract float %".3622", %".3623"
  store float %".3624", float* %"c362"
  %".3626" = load float, float* %"c363"
  %".3627" = fmul reassoc contract float %".3118", %".3365"
  %".3628" = fadd reassoc contract float %".3626", %".3627"
  store float %".3628", float* %"c363"
  %".3630" = load float, float* %"c364"
  %".3631" = fmul reassoc contract float %".3118", %".3373"
  %".3632" = fadd reassoc contract float %".3630", %".3631"
  store float %".3632", float* %"c364"
  %".3634" = load float, float* %"c365"
  %".3635" = fmul reassoc contract float %".3118", %".3381"
  %".3636" = fadd reassoc contract float %".3634", %".3635"
  store float %".3636", float* %"c365"
  %".3638" = load float, float* %"c366"
  %".3639" = fmul reassoc contract float %".3122", %".3133"
  %".3640" = fadd reassoc contract float %".3638", %".3639"
  store float %".3640", float* %"c366"
  %".3642" = load float, float* %"c367"
  %".3643" = fmul reassoc contract float %".3122", %".3141"
  %".3644" = fadd reassoc contract float %".3642", %".3643"
  store float %".3644", float* %"c367"
  %".3646" = load float, float* %"c368"
  %".3647" = fmul reassoc contract float %".3122", %".3149"
  %".3648" = fadd reassoc contract float %".3646", %".3647"
  store float %".3648", float* %"c368"
  %".3650" = load float, float* %"c369"
  %".3651" = fmul reassoc contract float %".3122", %".3157"
  %".3652" = fadd reassoc contract float %".3650", %".3651"
  store float %".3652", float* %"c369"
  %".3654" = load float, float* %"c370"
  %".3655" = fmul reassoc contract float %".3122", %".3165"
  %".3656" = fadd reassoc contract float %".3654", %".3655"
  store float %".3656", float* %"c370"
  %".3658" = load float, float* %"c371"
  %".3659" = fmul reassoc contract float %".3122", %".3173"
  %".3660" = fadd reassoc contract float %".3658", %".3659"
  store float %".3660", float* %"c371"
  %".3662" = load float, float* %"c372"
  %".3663" = fmul reassoc contract float %".3122", %".3181"
  %".3664" = fadd reassoc contract float %".3662", %".3663"
  store float %".3664", float* %"c372"
  %".3666" = load float, float* %"c373"
  %".3667" = fmul reassoc contract float %".3122", %".3189"
  %".3668" = fadd reassoc contract float %".3666", %".3667"
  store float %".3668", float* %"c373"
  %".3670" = load float, float* %"c374"
  %".3671" = fmul reassoc contract float %".3122", %".3197"
  %".3672" = fadd reassoc contract float %".3670", %".3671"
  store float %".3672", float* %"c374"
  %".3674" = load float, float* %"c375"
  %".3675" = fmul reassoc contract float %".3122", %".3205"
  %".3676" = fadd reassoc contract float %".3674", %".3675"
  store float %".3676", float* %"c375"
  %".3678" = load float, float* %"c376"
  %".3679" = fmul reassoc contract float %".3122", %".3213"
  %".3680" = fadd reassoc contract float %".3678", %".3679"
  store float %".3680", float* %"c376"
  %".3682" = load float, float* %"c377"
  %".3683" = fmul reassoc contract float %".3122", %".3221"
  %".3684" = fadd reassoc contract float %".3682", %".3683"
  store float %".3684", float* %"c377"
  %".3686" = load float, float* %"c378"
  %".3687" = fmul reassoc contract float %".3122", %".3229"
  %".3688" = fadd reassoc contract float %".3686", %".3687"
  store float %".3688", float* %"c378"
  %".3690" = load float, float* %"c379"
  %".3691" = fmul reassoc contract float %".3122", %".3237"
  %".3692" = fadd reassoc contract float %".3690", %".3691"
  store float %".3692", float* %"c379"
  %".3694" = load float, float* %"c380"
  %".3695" = fmul reassoc contract float %".3122", %".3245"
  %".3696" = fadd reassoc contract float %".3694", %".3695"
  store float %".3696", float* %"c380"
  %".3698" = load float, float* %"c381"
  %".3699" = fmul reassoc contract float %".3122", %".3253"
  %".3700" = fadd reassoc contract float %".3698", %".3699"
  store float %".3700", float* %"c381"
  %".3702" = load float, float* %"c382"
  %".3703" = fmul reassoc contract float %".3122", %".3261"
  %".3704" = fadd reassoc contract float %".3702", %".3703"
  store float %".3704", float* %"c382"
  %".3706" = load float, float* %"c383"
  %".3707" = fmul reassoc contract float %".3122", %".3269"
  %".3708" = fadd reassoc contract float %".3706", %".3707"
  store float %".3708", float* %"c383"
  %".3710" = load float, float* %"c384"
  %".3711" = fmul reassoc contract float %".3122", %".3277"
  %".3712" = fadd reassoc contract float %".3710", %".3711"
  store float %".3712", float* %"c384"
  %".3714" = load float, float* %"c385"
  %".3715" = fmul reassoc contract float %".3122", %".3285"
  %".3716" = fadd reassoc contract float %".3714", %".3715"
  store float %".3716", float* %"c385"
  %".3718" = load float, float* %"c386"
  %".3719" = fmul reassoc contract float %".3122", %".3293"
  %".3720" = fadd reassoc contract float %".3718", %".3719"
  store float %".3720", float* %"c386"
  %".3722" = load float, float* %"c387"
  %".3723" = fmul reassoc contract float %".3122", %".3301"
  %".3724" = fadd reassoc contract float %".3722", %".3723"
  store float %".3724", float* %"c387"
  %".3726" = load float, float* %"c388"
  %".3727" = fmul reassoc contract float %".3122", %".3309"
  %".3728" = fadd reassoc contract float %".3726", %".3727"
  store float %".3728", float* %"c388"
  %".3730" = load float, float* %"c389"
  %".3731" = fmul reassoc contract float %".3122", %".3317"
  %".3732" = fadd reassoc contract float %".3730", %".3731"
  store float %".3732", float* %"c389"
  %".3734" = load float, float* %"c390"
  %".3735" = fmul reassoc contract float %".3122", %".3325"
  %".3736" = fadd reassoc contract float %".3734", %".3735"
  store float %".3736", float* %"c390"
  %".3738" = load float, float* %"c391"
  %".3739" = fmul reassoc contract float %".3122", %".3333"
  %".3740" = fadd reassoc contract float %".3738", %".3739"
  store float %".3740", float* %"c391"
  %".3742" = load float, float* %"c392"
  %".3743" = fmul reassoc contract float %".3122", %".3341"
  %".3744" = fadd reassoc contract float %".3742", %".3743"
  store float %".3744", float* %"c392"
  %".3746" = load float, float* %"c393"
  %".3747" = fmul reassoc contract float %".3122", %".3349"
  %".3748" = fadd reassoc contract float %".3746", %".3747"
  store float %".3748", float* %"c393"
  %".3750" = load float, float* %"c394"
  %".3751" = fmul reassoc contract float %".3122", %".3357"
  %".3752" = fadd reassoc contract float %".3750", %".3751"
  store float %".3752", float* %"c394"
  %".3754" = load float, float* %"c395"
  %".3755" = fmul reassoc contract float %".3122", %".3365"
  %".3756" = fadd reassoc contract float %".3754", %".3755"
  store float %".3756", float* %"c395"
  %".3758" = load float, float* %"c396"
  %".3759" = fmul reassoc contract float %".3122", %".3373"
  %".3760" = fadd reassoc contract float %".3758", %".3759"
  store float %".3760", float* %"c396"
  %".3762" = load float, float* %"c397"
  %".3763" = fmul reassoc contract float %".3122", %".3381"
  %".3764" = fadd reassoc contract float %".3762", %".3763"
  store float %".3764", float* %"c397"
  %".3766" = load float, float* %"c398"
  %".3767" = fmul reassoc contract float %".3126", %".3133"
  %".3768" = fadd reassoc contract float %".3766", %".3767"
  store float %".3768", float* %"c398"
  %".3770" = load float, float* %"c399"
  %".3771" = fmul reassoc contract float %".3126", %".3141"
  %".3772" = fadd reassoc contract float %".3770", %".3771"
  store float %".3772", float* %"c399"
  %".3774" = load float, float* %"c400"
  %".3775" = fmul reassoc contract float %".3126", %".3149"
  %".3776" = fadd reassoc contract float %".3774", %".3775"
  store float %".3776", float* %"c400"
  %".3778" = load float, float* %"c401"
  %".3779" = fmul reassoc contract float %".3126", %".3157"
  %".3780" = fadd reassoc contract float %".3778", %".3779"
  store float %".3780", float* %"c401"
  %".3782" = load float, float* %"c402"
  %".3783" = fmul reassoc contract float %".3126", %".3165"
  %".3784" = fadd reassoc contract float %".3782", %".3783"
  store float %".3784", float* %"c402"
  %".3786" = load float, float* %"c403"
  %".3787" = fmul reassoc contract float %".3126", %".3173"
  %".3788" = fadd reassoc contract float %".3786", %".3787"
  store float %".3788", float* %"c403"
  %".3790" = load float, float* %"c404"
  %".3791" = fmul reassoc contract float %".3126", %".3181"
  %".3792" = fadd reassoc contract float %".3790", %".3791"
  store float %".3792", float* %"c404"
  %".3794" = load float, float* %"c405"
  %".3795" = fmul reassoc contract float %".3126", %".3189"
  %".3796" = fadd reassoc contract float %".3794", %".3795"
  store float %".3796", float* %"c405"
  %".3798" = load float, float* %"c406"
  %".3799" = fmul reassoc contract float %".3126", %".3197"
  %".3800" = fadd reassoc contract float %".3798", %".3799"
  store float %".3800", float* %"c406"
  %".3802" = load float, float* %"c407"
  %".3803" = fmul reassoc contract float %".3126", %".3205"
  %".3804" = fadd reassoc contract float %".3802", %".3803"
  store float %".3804", float* %"c407"
  %".3806" = load float, float* %"c408"
  %".3807" = fmul reassoc contract float %".3126", %".3213"
  %".3808" = fadd reassoc contract float %".3806", %".3807"
  store float %".3808", float* %"c408"
  %".3810" = load float, float* %"c409"
  %".3811" = fmul reassoc contract float %".3126", %".3221"
  %".3812" = fadd reassoc contract float %".3810", %".3811"
  store float %".3812", float* %"c409"
  %".3814" = load float, float* %"c410"
  %".3815" = fmul reassoc contract float %".3126", %".3229"
  %".3816" = fadd reassoc contract float %".3814", %".3815"
  store float %".3816", float* %"c410"
  %".3818" = load float, float* %"c411"
  %".3819" = fmul reassoc contract float %".3126", %".3237"
  %".3820" = fadd reassoc contract float %".3818", %".3819"
  store float %".3820", float* %"c411"
  %".3822" = load float, float* %"c412"
  %".3823" = fmul reassoc contract float %".3126", %".3245"
  %".3824" = fadd reassoc contract float %".3822", %".3823"
  store float %".3824", float* %"c412"
  %".3826" = load float, float* %"c413"
  %".3827" = fmul reassoc contract float %".3126", %".3253"
  %".3828" = fadd reassoc contract float %".3826", %".3827"
  store float %".3828", float* %"c413"
  %".3830" = load float, float* %"c414"
  %".3831" = fmul reassoc contract float %".3126", %".3261"
  %".3832" = fadd reassoc contract float %".3830", %".3831"
  store float %".3832", float* %"c414"
  %".3834" = load float, float* %"c415"
  %".3835" = fmul reassoc contract float %".3126", %".3269"
  %".3836" = fadd reassoc contract float %".3834", %".3835"
  store float %".3836", float* %"c415"
  %".3838" = load float, float* %"c416"
  %".3839" = fmul reassoc contract float %".3126", %".3277"
  %".3840" = fadd reassoc contract float %".3838", %".3839"
  store float %".3840", float* %"c416"
  %".3842" = load float, float* %"c417"
  %".3843" = fmul reassoc contract float %".3126", %".3285"
  %".3844" = fadd reassoc contract float %".3842", %".3843"
  store float %".3844", float* %"c417"
  %".3846" = load float, float* %"c418"
  %".3847" = fmul reassoc contract float %".3126", %".3293"
  %".3848" = fadd reassoc contract float %".3846", %".3847"
  store float %".3848", float* %"c418"
  %".3850" = load float, float* %"c419"
  %".3851" = fmul reassoc contract float %".3126", %".3301"
  %".3852" = fadd reassoc contract float %".3850", %".3851"
  store float %".3852", float* %"c419"
  %".3854" = load float, float* %"c420"
  %".3855" = fmul reassoc contract float %".3126", %".3309"
  %".3856" = fadd reassoc contract float %".3854", %".3855"
  store float %".3856", float* %"c420"
  %".3858" = load float, float* %"c421"
  %".3859" = fmul reassoc contract float %".3126", %".3317"
  %".3860" = fadd reassoc contract float %".3858", %".3859"
  store float %".3860", float* %"c421"
  %".3862" = load float, float* %"c422"
  %".3863" = fmul reassoc contract float %".3126", %".3325"
  %".3864" = fadd reassoc contract float %".3862", %".3863"
  store float %".3864", float* %"c422"
  %".3866" = load float, float* %"c423"
  %".3867" = fmul reassoc contract float %".3126", %".3333"
  %".3868" = fadd reassoc contract float %".3866", %".3867"
  store float %".3868", float* %"c423"
  %".3870" = load float, float* %"c424"
  %".3871" = fmul reassoc contract float %".3126", %".3341"
  %".3872" = fadd reassoc contract float %".3870", %".3871"
  store float %".3872", float* %"c424"
  %".3874" = load float, float* %"c425"
  %".3875" = fmul reassoc contract float %".3126", %".3349"
  %".3876" = fadd reassoc contract float %".3874", %".3875"
  store float %".3876", float* %"c425"
  %".3878" = load float, float* %"c426"
  %".3879" = fmul reassoc contract float %".3126", %".3357"
  %".3880" = fadd reassoc contract float %".3878", %".3879"
  store float %".3880", float* %"c426"
  %".3882" = load float, float* %"c427"
  %".3883" = fmul reassoc contract float %".3126", %".3365"
  %".3884" = fadd reassoc contract float %".3882", %".3883"
  store float %".3884", float* %"c427"
  %".3886" = load float, float* %"c428"
  %".3887" = fmul reassoc contract float %".3126", %".3373"
  %".3888" = fadd reassoc contract float %".3886", %".3887"
  store float %".3888", float* %"c428"
  %".3890" = load float, float* %"c429"
  %".3891" = fmul reassoc contract float %".3126", %".3381"
  %".3892" = fadd reassoc contract float %".3890", %".3891"
  store float %".3892", float* %"c429"
  %".3894" = add nsw i32 %"k430", 1
  br label %"k430.head", !llvm.loop !4
k430.done:
  %".3896" = load float, float* %"c302"
  %".3897" = sext i32 %"t301" to i64
  %".3898" = mul nsw i64 %".3897", 32
  %".3899" = getelementptr float, float* %"b0", i64 %".3898"
  store float %".3896", float* %".3899"
  %".3901" = load float, float* %"c303"
  %".3902" = sext i32 %"t301" to i64
  %".3903" = mul nsw i64 %".3902", 32
  %".3904" = add nsw i64 1, %".3903"
  %".3905" = getelementptr float, float* %"b0", i64 %".3904"
  store float %".3901", float* %".3905"
  %".3907" = load float, float* %"c304"
  %".3908" = sext i32 %"t301" to i64
  %".3909" = mul nsw i64 %".3908", 32
  %".3910" = add nsw i64 2, %".3909"
  %".3911" = getelementptr float, float* %"b0", i64 %".3910"
  store float %".3907", float* %".3911"
  %".3913" = load float, float* %"c305"
  %".3914" = sext i32 %"t301" to i64
  %".3915" = mul nsw i64 %".3914", 32
  %".3916" = add nsw i64 3, %".3915"
  %".3917" = getelementptr float, float* %"b0", i64 %".3916"
  store float %".3913", float* %".3917"
  %".3919" = load float, float* %"c306"
  %".3920" = sext i32 %"t301" to i64
  %".3921" = mul nsw i64 %".3920", 32
  %".3922" = add nsw i64 4, %".3921"
  %".3923" = getelementptr float, float* %"b0", i64 %".3922"
  store float %".3919", float* %".3923"
  %".3925" = load float, float* %"c307"
  %".3926" = sext i32 %"t301" to i64
  %".3927" = mul nsw i64 %".3926", 32
  %".3928" = add nsw i64 5, %".3927"
  %".3929" = getelementptr float, float* %"b0", i64 %".3928"
  store float %".3925", float* %".3929"
  %".3931" = load float, float* %"c308"
  %".3932" = sext i32 %"t301" to i64
  %".3933" = mul nsw i64 %".3932", 32
  %".3934" = add nsw i64 6, %".3933"
  %".3935" = getelementptr float, float* %"b0", i64 %".3934"
  store float %".3931", float* %".3935"
  %".3937" = load float, float* %"c309"
  %".3938" = sext i32 %"t301" to i64
  %".3939" = mul nsw i64 %".3938", 32
  %".3940" = add nsw i64 7, %".3939"
  %".3941" = getelementptr float, float* %"b0", i64 %".3940"
  store float %".3937", float* %".3941"
  %".3943" = load float, float* %"c310"
  %".3944" = sext i32 %"t301" to i64
  %".3945" = mul nsw i64 %".3944", 32
  %".3946" = add nsw i64 8, %".3945"
  %".3947" = getelementptr float, float* %"b0", i64 %".3946"
  store float %".3943", float* %".3947"
  %".3949" = load float, float* %"c311"
  %".3950" = sext i32 %"t301" to i64
  %".3951" = mul nsw i64 %".3950", 32
  %".3952" = add nsw i64 9, %".3951"
  %".3953" = getelementptr float, float* %"b0", i64 %".3952"
  store float %".3949", float* %".3953"
  %".3955" = load float, float* %"c312"
  %".3956" = sext i32 %"t301" to i64
  %".3957" = mul nsw i64 %".3956", 32
  %".3958" = add nsw i64 10, %".3957"
  %".3959" = getelementptr float, float* %"b0", i64 %".3958"
  store float %".3955", float* %".3959"
  %".3961" = load float, float* %"c313"
  %".3962" = sext i32 %"t301" to i64
  %".3963" = mul nsw i64 %".3962", 32
  %".3964" = add nsw i64 11, %".3963"
  %".3965" = getelementptr float, float* %"b0", i64 %".3964"
  store float %".3961", float* %".3965"
  %".3967" = load float, float* %"c314"
  %".3968" = sext i32 %"t301" to i64
  %".3969" = mul nsw i64 %".3968", 32
  %".3970" = add nsw i64 12, %".3969"
  %".3971" = getelementptr float, float* %"b0", i64 %".3970"
  store float %".3967", float* %".3971"
  %".3973" = load float, float* %"c315"
  %".3974" = sext i32 %"t301" to i64
  %".3975" = mul nsw i64 %".3974", 32
  %".3976" = add nsw i64 13, %".3975"
  %".3977" = getelementptr float, float* %"b0", i64 %".3976"
  store float %".3973", float* %".3977"
  %".3979" = load float, float* %"c316"
  %".3980" = sext i32 %"t301" to i64
  %".3981" = mul nsw i64 %".3980", 32
  %".3982" = add nsw i64 14, %".3981"
  %".3983" = getelementptr float, float* %"b0", i64 %".3982"
  store float %".3979", float* %".3983"
  %".3985" = load float, float* %"c317"
  %".3986" = sext i32 %"t301" to i64
  %".3987" = mul nsw i64 %".3986", 32
  %".3988" = add nsw i64 15, %".3987"
  %".3989" = getelementptr float, float* %"b0", i64 %".3988"
  store float %".3985", float* %".3989"
  %".3991" = load float, float* %"c318"
  %".3992" = sext i32 %"t301" to i64
  %".3993" = mul nsw i64 %".3992", 32
  %".3994" = add nsw i64 16, %".3993"
  %".3995" = getelementptr float, float* %"b0", i64 %".3994"
  store float %".3991", float* %".3995"
  %".3997" = load float, float* %"c319"
  %".3998" = sext i32 %"t301" to i64
  %".3999" = mul nsw i64 %".3998", 32
  %".4000" = add nsw i64 17, %".3999"
  %".4001" = getelementptr float, float* %"b0", i64 %".4000"
  store float %".3997", float* %".4001"
  %".4003" = load float, float* %"c320"
  %".4004" = sext i32 %"t301" to i64
  %".4005" = mul nsw i64 %".4004", 32
  %".4006" = add nsw i64 18, %".4005"
  %".4007" = getelementptr float, float* %"b0", i64 %".4006"
  store float %".4003", float* %".4007"
  %".4009" = load float, float* %"c321"
  %".4010" = sext i32 %"t301" to i64
  %".4011" = mul nsw i64 %".4010", 32
  %".4012" = add nsw i64 19, %".4011"
  %".4013" = getelementptr float, float* %"b0", i64 %".4012"
  store float %".4009", float* %".4013"
  %".4015" = load float, float* %"c322"
  %".4016" = sext i32 %"t301" to i64
  %".4017" = mul nsw i64 %".4016", 32
  %".4018" = add nsw i64 20, %".4017"
  %".4019" = getelementptr float, float* %"b0", i64 %".4018"
  store float %".4015", float* %".4019"
  %".4021" = load float, float* %"c323"
  %".4022" = sext i32 %"t301" to i64
  %".4023" = mul nsw i64 %".4022", 32
  %".4024" = add nsw i64 21, %".4023"
  %".4025" = getelementptr float, float* %"b0", i64 %".4024"
  store float %".4021", float* %".4025"
  %".4027" = load float, float* %"c324"
  %".4028" = sext i32 %"t301" to i64
  %".4029" = mul nsw i64 %".4028", 32
  %".4030" = add nsw i64 22, %".4029"
  %".4031" = getelementptr float, float* %"b0", i64 %".4030"
  store float %".4027", float* %".4031"
  %".4033" = load float, float* %"c325"
  %".4034" = sext i32 %"t301" to i64
  %".4035" = mul nsw i64 %".4034", 32
  %".4036" = add nsw i64 23, %".4035"
  %".4037" = getelementptr float, float* %"b0", i64 %".4036"
  store float %".4033", float* %".4037"
  %".4039" = load float, float* %"c326"
  %".4040" = sext i32 %"t301" to i64
  %".4041" = mul nsw i64 %".4040", 32
  %".4042" = add nsw i64 24, %".4041"
  %".4043" = getelementptr float, float* %"b0", i64 %".4042"
  store float %".4039", float* %".4043"
  %".4045" = load float, float* %"c327"
  %".4046" = sext i32 %"t301" to i64
  %".4047" = mul nsw i64 %".4046", 32
  %".4048" = add nsw i64 25, %".4047"
  %".4049" = getelementptr float, float* %"b0", i64 %".4048"
  store float %".4045", float* %".4049"
  %".4051" = load float, float* %"c328"
  %".4052" = sext i32 %"t301" to i64
  %".4053" = mul nsw i64 %".4052", 32
  %".4054" = add nsw i64 26, %".4053"
  %".4055" = getelementptr float, float* %"b0", i64 %".4054"
  store float %".4051", float* %".4055"
  %".4057" = load float, float* %"c329"
  %".4058" = sext i32 %"t301" to i64
  %".4059" = mul nsw i64 %".4058", 32
  %".4060" = add nsw i64 27, %".4059"
  %".4061" = getelementptr float, float* %"b0", i64 %".4060"
  store float %".4057", float* %".4061"
  %".4063" = load float, float* %"c330"
  %".4064" = sext i32 %"t301" to i64
  %".4065" = mul nsw i64 %".4064", 32
  %".4066" = add nsw i64 28, %".4065"
  %".4067" = getelementptr float, float* %"b0", i64 %".4066"
  store float %".4063", float* %".4067"
  %".4069" = load float, float* %"c331"
  %".4070" = sext i32 %"t301" to i64
  %".4071" = mul nsw i64 %".4070", 32
  %".4072" = add nsw i64 29, %".4071"
  %".4073" = getelementptr float, float* %"b0", i64 %".4072"
  store float %".4069", float* %".4073"
  %".4075" = load float, float* %"c332"
  %".4076" = sext i32 %"t301" to i64
  %".4077" = mul nsw i64 %".4076", 32
  %".4078" = add nsw i64 30, %".4077"
  %".4079" = getelementptr float, float* %"b0", i64 %".4078"
  store float %".4075", float* %".4079"
  %".4081" = load float, float* %"c333"
  %".4082" = sext i32 %"t301" to i64
  %".4083" = mul nsw i64 %".4082", 32
  %".4084" = add nsw i64 31, %".4083"
  %".4085" = getelementptr float, float* %"b0", i64 %".4084"
  store float %".4081", float* %".4085"
  %".4087" = load float, float* %"c334"
  %".4088" = sext i32 %"t301" to i64
  %".4089" = mul nsw i64 %".4088", 32
  %".4090" = add nsw i64 32, %".4089"
  %".4091" = getelementptr float, float* %"b0", i64 %".4090"
  store float %".4087", float* %".4091"
  %".4093" = load float, float* %"c335"
  %".4094" = sext i32 %"t301" to i64
  %".4095" = mul nsw i64 %".4094", 32
  %".4096" = add nsw i64 33, %".4095"
  %".4097" = getelementptr float, float* %"b0", i64 %".4096"
  store float %".4093", float* %".4097"
  %".4099" = load float, float* %"c336"
  %".4100" = sext i32 %"t301" to i64
  %".4101" = mul nsw i64 %".4100", 32
  %".4102" = add nsw i64 34, %".4101"
  %".4103" = getelementptr float, float* %"b0", i64 %".4102"
  store float %".4099", float* %".4103"
  %".4105" = load float, float* %"c337"
  %".4106" = sext i32 %"t301" to i64
  %".4107" = mul nsw i64 %".4106", 32
  %".4108" = add nsw i64 35, %".4107"
  %".4109" = getelementptr float, float* %"b0", i64 %".4108"
  store float %".4105", float* %".4109"
  %".4111" = load float, float* %"c338"
  %".4112" = sext i32 %"t301" to i64
  %".4113" = mul nsw i64 %".4112", 32
  %".4114" = add nsw i64 36, %".4113"
  %".4115" = getelementptr float, float* %"b0", i64 %".4114"
  store float %".4111", float* %".4115"
  %".4117" = load float, float* %"c339"
  %".4118" = sext i32 %"t301" to i64
  %".4119" = mul nsw i64 %".4118", 32
  %".4120" = add nsw i64 37, %".4119"
  %".4121" = getelementptr float, float* %"b0", i64 %".4120"
  store float %".4117", float* %".4121"
  %".4123" = load float, float* %"c340"
  %".4124" = sext i32 %"t301" to i64
  %".4125" = mul nsw i64 %".4124", 32
  %".4126" = add nsw i64 38, %".4125"
  %".4127" = getelementptr float, float* %"b0", i64 %".4126"
  store float %".4123", float* %".4127"
  %".4129" = load float, float* %"c341"
  %".4130" = sext i32 %"t301" to i64
  %".4131" = mul nsw i64 %".4130", 32
  %".4132" = add nsw i64 39, %".4131"
  %".4133" = getelementptr float, float* %"b0", i64 %".4132"
  store float %".4129", float* %".4133"
  %".4135" = load float, float* %"c342"
  %".4136" = sext i32 %"t301" to i64
  %".4137" = mul nsw i64 %".4136", 32
  %".4138" = add nsw i64 40, %".4137"
  %".4139" = getelementptr float, float* %"b0", i64 %".4138"
  store float %".4135", float* %".4139"
  %".4141" = load float, float* %"c343"
  %".4142" = sext i32 %"t301" to i64
  %".4143" = mul nsw i64 %".4142", 32
  %".4144" = add nsw i64 41, %".4143"
  %".4145" = getelementptr float, float* %"b0", i64 %".4144"
  store float %".4141", float* %".4145"
  %".4147" = load float, float* %"c344"
  %".4148" = sext i32 %"t301" to i64
  %".4149" = mul nsw i64 %".4148", 32
  %".4150" = add nsw i64 42, %".4149"
  %".4151" = getelementptr float, float* %"b0", i64 %".4150"
  store float %".4147", float* %".4151"
  %".4153" = load float, float* %"c345"
  %".4154" = sext i32 %"t301" to i64
  %".4155" = mul nsw i64 %".4154", 32
  %".4156" = add nsw i64 43, %".4155"
  %".4157" = getelementptr float, float* %"b0", i64 %".4156"
  store float %".4153", float* %".4157"
  %".4159" = load float, float* %"c346"
  %".4160" = sext i32 %"t301" to i64
  %".4161" = mul nsw i64 %".4160", 32
  %".4162" = add nsw i64 44, %".4161"
  %".4163" = getelementptr float, float* %"b0", i64 %".4162"
  store float %".4159", float* %".4163"
  %".4165" = load float, float* %"c347"
  %".4166" = sext i32 %"t301" to i64
  %".4167" = mul nsw i64 %".4166", 32
  %".4168" = add nsw i64 45, %".4167"
  %".4169" = getelementptr float, float* %"b0", i64 %".4168"
  store float %".4165", float* %".4169"
  %".4171" = load float, float* %"c348"
  %".4172" = sext i32 %"t301" to i64
  %".4173" = mul nsw i64 %".4172", 32
  %".4174" = add nsw i64 46, %".4173"
  %".4175" = getelementptr float, float* %"b0", i64 %".4174"
  store float %".4171", float* %".4175"
  %".4177" = load float, float* %"c349"
  %".4178" = sext i32 %"t301" to i64
  %".4179" = mul nsw i64 %".4178", 32
  %".4180" = add nsw i64 47, %".4179"
  %".4181" = getelementptr float, float* %"b0", i64 %".4180"
  store float %".4177", float* %".4181"
  %".4183" = load float, float* %"c350"
  %".4184" = sext i32 %"t301" to i64
  %".4185" = mul nsw i64 %".4184", 32
  %".4186" = add nsw i64 48, %".4185"
  %".4187" = getelementptr float, float* %"b0", i64 %".4186"
  store float %".4183", float* %".4187"
  %".4189" = load float, float* %"c351"
  %".4190" = sext i32 %"t301" to i64
  %".4191" = mul nsw i64 %".4190", 32
  %".4192" = add nsw i64 49, %".4191"
  %".4193" = getelementptr float, float* %"b0", i64 %".4192"
  store float %".4189", float* %".4193"
  %".4195" = load float, float* %"c352"
  %".4196" = sext i32 %"t301" to i64
  %".4197" = mul nsw i64 %".4196", 32
  %".4198" = add nsw i64 50, %".4197"
  %".4199" = getelementptr float, float* %"b0", i64 %".4198"
  store float %".4195", float* %".4199"
  %".4201" = load float, float* %"c353"
  %".4202" = sext i32 %"t301" to i64
  %".4203" = mul nsw i64 %".4202", 32
  %".4204" = add nsw i64 51, %".4203"
  %".4205" = getelementptr float, float* %"b0", i64 %".4204"
  store float %".4201", float* %".4205"
  %".4207" = load float, float* %"c354"
  %".4208" = sext i32 %"t301" to i64
  %".4209" = mul nsw i64 %".4208", 32
  %".4210" = add nsw i64 52, %".4209"
  %".4211" = getelementptr float, float* %"b0", i64 %".4210"
  store float %".4207", float* %".4211"
  %".4213" = load float, float* %"c355"
  %".4214" = sext i32 %"t301" to i64
  %".4215" = mul nsw i64 %".4214", 32
  %".4216" = add nsw i64 53, %".4215"
  %".4217" = getelementptr float, float* %"b0", i64 %".4216"
  store float %".4213", float* %".4217"
  %".4219" = load float, float* %"c356"
  %".4220" = sext i32 %"t301" to i64
  %".4221" = mul nsw i64 %".4220", 32
  %".4222" = add nsw i64 54, %".4221"
  %".4223" = getelementptr float, float* %"b0", i64 %".4222"
  store float %".4219", float* %".4223"
  %".4225" = load float, float* %"c357"
  %".4226" = sext i32 %"t301" to i64
  %".4227" = mul nsw i64 %".4226", 32
  %".4228" = add nsw i64 55, %".4227"
  %".4229" = getelementptr float, float* %"b0", i64 %".4228"
  store float %".4225", float* %".4229"
  %".4231" = load float, float* %"c358"
  %".4232" = sext i32 %"t301" to i64
  %".4233" = mul nsw i64 %".4232", 32
  %".4234" = add nsw i64 56, %".4233"
  %".4235" = getelementptr float, float* %"b0", i64 %".4234"
  store float %".4231", float* %".4235"
  %".4237" = load float, float* %"c359"
  %".4238" = sext i32 %"t301" to i64
  %".4239" = mul nsw i64 %".4238", 32
  %".4240" = add nsw i64 57, %".4239"
  %".4241" = getelementptr float, float* %"b0", i64 %".4240"
  store float %".4237", float* %".4241"
  %".4243" = load float, float* %"c360"
  %".4244" = sext i32 %"t301" to i64
  %".4245" = mul nsw i64 %".4244", 32
  %".4246" = add nsw i64 58, %".4245"
  %".4247" = getelementptr float, float* %"b0", i64 %".4246"
  store float %".4243", float* %".4247"
  %".4249" = load float, float* %"c361"
  %".4250" = sext i32 %"t301" to i64
  %".4251" = mul nsw i64 %".4250", 32
  %".4252" = add nsw i64 59, %".4251"
  %".4253" = getelementptr float, float* %"b0", i64 %".4252"
  store float %".4249", float* %".4253"
  %".4255" = load float, float* %"c362"
  %".4256" = sext i32 %"t301" to i64
  %".4257" = mul nsw i64 %".4256", 32
  %".4258" = add nsw i64 60, %".4257"
  %".4259" = getelementptr float, float* %"b0", i64 %".4258"
  store float %".4255", float* %".4259"
  %".4261" = load float, float* %"c363"
  %".4262" = sext i32 %"t301" to i64
  %".4263" = mul nsw i64 %".4262", 32
  %".4264" = add nsw i64 61, %".4263"
  %".4265" = getelementptr float, float* %"b0", i64 %".4264"
  store float %".4261", float* %".4265"
  %".4267" = load float, float* %"c364"
  %".4268" = sext i32 %"t301" to i64
  %".4269" = mul nsw i64 %".4268", 32
  %".4270" = add nsw i64 62, %".4269"
  %".4271" = getelementptr float, float* %"b0", i64 %".4270"
  store float %".4267", float* %".4271"
  %".4273" = load float, float* %"c365"
  %".4274" = sext i32 %"t301" to i64
  %".4275" = mul nsw i64 %".4274", 32
  %".4276" = add nsw i64 63, %".4275"
  %".4277" = getelementptr float, float* %"b0", i64 %".4276"
  store float %".4273", float* %".4277"
  %".4279" = load float, float* %"c366"
  %".4280" = sext i32 %"t301" to i64
  %".4281" = mul nsw i64 %".4280", 32
  %".4282" = add nsw i64 64, %".4281"
  %".4283" = getelementptr float, float* %"b0", i64 %".4282"
  store float %".4279", float* %".4283"
  %".4285" = load float, float* %"c367"
  %".4286" = sext i32 %"t301" to i64
  %".4287" = mul nsw i64 %".4286", 32
  %".4288" = add nsw i64 65, %".4287"
  %".4289" = getelementptr float, float* %"b0", i64 %".4288"
  store float %".4285", float* %".4289"
  %".4291" = load float, float* %"c368"
  %".4292" = sext i32 %"t301" to i64
  %".4293" = mul nsw i64 %".4292", 32
  %".4294" = add nsw i64 66, %".4293"
  %".4295" = getelementptr float, float* %"b0", i64 %".4294"
  store float %".4291", float* %".4295"
  %".4297" = load float, float* %"c369"
  %".4298" = sext i32 %"t301" to i64
  %".4299" = mul nsw i64 %".4298", 32
  %".4300" = add nsw i64 67, %".4299"
  %".4301" = getelementptr float, float* %"b0", i64 %".4300"
  store float %".4297", float* %".4301"
  %".4303" = load float, float* %"c370"
  %".4304" = sext i32 %"t301" to i64
  %".4305" = mul nsw i64 %".4304", 32
  %".4306" = add nsw i64 68, %".4305"
  %".4307" = getelementptr float, float* %"b0", i64 %".4306"
  store float %".4303", float* %".4307"
  %".4309" = load float, float* %"c371"
  %".4310" = sext i32 %"t301" to i64
  %".4311" = mul nsw i64 %".4310", 32
  %".4312" = add nsw i64 69, %".4311"
  %".4313" = getelementptr float, float* %"b0", i64 %".4312"
  store float %".4309", float* %".4313"
  %".4315" = load float, float* %"c372"
  %".4316" = sext i32 %"t301" to i64
  %".4317" = mul nsw i64 %".4316", 32
  %".4318" = add nsw i64 70, %".4317"
  %".4319" = getelementptr float, float* %"b0", i64 %".4318"
  store float %".4315", float* %".4319"
  %".4321" = load float, float* %"c373"
  %".4322" = sext i32 %"t301" to i64
  %".4323" = mul nsw i64 %".4322", 32
  %".4324" = add nsw i64 71, %".4323"
  %".4325" = getelementptr float, float* %"b0", i64 %".4324"
  store float %".4321", float* %".4325"
  %".4327" = load float, float* %"c374"
  %".4328" = sext i32 %"t301" to i64
  %".4329" = mul nsw i64 %".4328", 32
  %".4330" = add nsw i64 72, %".4329"
  %".4331" = getelementptr float, float* %"b0", i64 %".4330"
  store float %".4327", float* %".4331"
  %".4333" = load float, float* %"c375"
  %".4334" = sext i32 %"t301" to i64
  %".4335" = mul nsw i64 %".4334", 32
  %".4336" = add nsw i64 73, %".4335"
  %".4337" = getelementptr float, float* %"b0", i64 %".4336"
  store float %".4333", float* %".4337"
  %".4339" = load float, float* %"c376"
  %".4340" = sext i32 %"t301" to i64
  %".4341" = mul nsw i64 %".4340", 32
  %".4342" = add nsw i64 74, %".4341"
  %".4343" = getelementptr float, float* %"b0", i64 %".4342"
  store float %".4339", float* %".4343"
  %".4345" = load float, float* %"c377"
  %".4346" = sext i32 %"t301" to i64
  %".4347" = mul nsw i64 %".4346", 32
  %".4348" = add nsw i64 75, %".4347"
  %".4349" = getelementptr float, float* %"b0", i64 %".4348"
  store float %".4345", float* %".4349"
  %".4351" = load float, float* %"c378"
  %".4352" = sext i32 %"t301" to i64
  %".4353" = mul nsw i64 %".4352", 32
  %".4354" = add nsw i64 76, %".4353"
  %".4355" = getelementptr float, float* %"b0", i64 %".4354"
  store float %".4351", float* %".4355"
  %".4357" = load float, float* %"c379"
  %".4358" = sext i32 %"t301" to i64
  %".4359" = mul nsw i64 %".4358", 32
  %".4360" = add nsw i64 77, %".4359"
  %".4361" = getelementptr float, float* %"b0", i64 %".4360"
  store float %".4357", float* %".4361"
  %".4363" = load float, float* %"c380"
  %".4364" = sext i32 %"t301" to i64
  %".4365" = mul nsw i64 %".4364", 32
  %".4366" = add nsw i64 78, %".4365"
  %".4367" = getelementptr float, float* %"b0", i64 %".4366"
  store float %".4363", float* %".4367"
  %".4369" = load float, float* %"c381"
  %".4370" = sext i32 %"t301" to i64
  %".4371" = mul nsw i64 %".4370", 32
  %".4372" = add nsw i64 79, %".4371"
  %".4373" = getelementptr float, float* %"b0", i64 %".4372"
  store float %".4369", float* %".4373"
  %".4375" = load float, float* %"c382"
  %".4376" = sext i32 %"t301" to i64
  %".4377" = mul nsw i64 %".4376", 32
  %".4378" = add nsw i64 80, %".4377"
  %".4379" = getelementptr float, float* %"b0", i64 %".4378"
  store float %".4375", float* %".4379"
  %".4381" = load float, float* %"c383"
  %".4382" = sext i32 %"t301" to i64
  %".4383" = mul nsw i64 %".4382", 32
  %".4384" = add nsw i64 81, %".4383"
  %".4385" = getelementptr float, float* %"b0", i64 %".4384"
  store float %".4381", float* %".4385"
  %".4387" = load float, float* %"c384"
  %".4388" = sext i32 %"t301" to i64
  %".4389" = mul nsw i64 %".4388", 32
  %".4390" = add nsw i64 82, %".4389"
  %".4391" = getelementptr float, float* %"b0", i64 %".4390"
  store float %".4387", float* %".4391"
  %".4393" = load float, float* %"c385"
  %".4394" = sext i32 %"t301" to i64
  %".4395" = mul nsw i64 %".4394", 32
  %".4396" = add nsw i64 83, %".4395"
  %".4397" = getelementptr float, float* %"b0", i64 %".4396"
  store float %".4393", float* %".4397"
  %".4399" = load float, float* %"c386"
  %".4400" = sext i32 %"t301" to i64
  %".4401" = mul nsw i64 %".4400", 32
  %".4402" = add nsw i64 84, %".4401"
  %".4403" = getelementptr float, float* %"b0", i64 %".4402"
  store float %".4399", float* %".4403"
  %".4405" = load float, float* %"c387"
  %".4406" = sext i32 %"t301" to i64
  %".4407" = mul nsw i64 %".4406", 32
  %".4408" = add nsw i64 85, %".4407"
  %".4409" = getelementptr float, float* %"b0", i64 %".4408"
  store float %".4405", float* %".4409"
  %".4411" = load float, float* %"c388"
  %".4412" = sext i32 %"t301" to i64
  %".4413" = mul nsw i64 %".4412", 32
  %".4414" = add nsw i64 86, %".4413"
  %".4415" = getelementptr float, float* %"b0", i64 %".4414"
  store float %".4411", float* %".4415"
  %".4417" = load float, float* %"c389"
  %".4418" = sext i32 %"t301" to i64
  %".4419" = mul nsw i64 %".4418", 32
  %".4420" = add nsw i64 87, %".4419"
  %".4421" = getelementptr float, float* %"b0", i64 %".4420"
  store float %".4417", float* %".4421"
  %".4423" = load float, float* %"c390"
  %".4424" = sext i32 %"t301" to i64
  %".4425" = mul nsw i64 %".4424", 32
  %".4426" = add nsw i64 88, %".4425"
  %".4427" = getelementptr float, float* %"b0", i64 %".4426"
  store float %".4423", float* %".4427"
  %".4429" = load float, float* %"c391"
  %".4430" = sext i32 %"t301" to i64
  %".4431" = mul nsw i64 %".4430", 32
  %".4432" = add nsw i64 89, %".4431"
  %".4433" = getelementptr float, float* %"b0", i64 %".4432"
  store float %".4429", float* %".4433"
  %".4435" = load float, float* %"c392"
  %".4436" = sext i32 %"t301" to i64
  %".4437" = mul nsw i64 %".4436", 32
  %".4438" = add nsw i64 90, %".4437"
  %".4439" = getelementptr float, float* %"b0", i64 %".4438"
  store float %".4435", float* %".4439"
  %".4441" = load float, float* %"c393"
  %".4442" = sext i32 %"t301" to i64
  %".4443" = mul nsw i64 %".4442", 32
  %".4444" = add nsw i64 91, %".4443"
  %".4445" = getelementptr float, float* %"b0", i64 %".4444"
  store float %".4441", float* %".4445"
  %".4447" = load float, float* %"c394"
  %".4448" = sext i32 %"t301" to i64
  %".4449" = mul nsw i64 %".4448", 32
  %".4450" = add nsw i64 92, %".4449"
  %".4451" = getelementptr float, float* %"b0", i64 %".4450"
  store float %".4447", float* %".4451"
  %".4453" = load float, float* %"c395"
  %".4454" = sext i32 %"t301" to i64
  %".4455" = mul nsw i64 %".4454", 32
  %".4456" = add nsw i64 93, %".4455"
  %".4457" = getelementptr float, float* %"b0", i64 %".4456"
  store float %".4453", float* %".4457"
  %".4459" = load float, float* %"c396"
  %".4460" = sext i32 %"t301" to i64
  %".4461" = mul nsw i64 %".4460", 32
  %".4462" = add nsw i64 94, %".4461"
  %".4463" = getelementptr float, float* %"b0", i64 %".4462"
  store float %".4459", float* %".4463"
  %".4465" = load float, float* %"c397"
  %".4466" = sext i32 %"t301" to i64
  %".4467" = mul nsw i64 %".4466", 32
  %".4468" = add nsw i64 95, %".4467"
  %".4469" = getelementptr float, float* %"b0", i64 %".4468"
  store float %".4465", float* %".4469"
  %".4471" = load float, float* %"c398"
  %".4472" = sext i32 %"t301" to i64
  %".4473" = mul nsw i64 %".4472", 32
  %".4474" = add nsw i64 96, %".4473"
  %".4475" = getelementptr float, float* %"b0", i64 %".4474"
  store float %".4471", float* %".4475"
  %".4477" = load float, float* %"c399"
  %".4478" = sext i32 %"t301" to i64
  %".4479" = mul nsw i64 %".4478", 32
  %".4480" = add nsw i64 97, %".4479"
  %".4481" = getelementptr float, float* %"b0", i64 %".4480"
  store float %".4477", float* %".4481"
  %".4483" = load float, float* %"c400"
  %".4484" = sext i32 %"t301" to i64
  %".4485" = mul nsw i64 %".4484", 32
  %".4486" = add nsw i64 98, %".4485"
  %".4487" = getelementptr float, float* %"b0", i64 %".4486"
  store float %".4483", float* %".4487"
  %".4489" = load float, float* %"c401"
  %".4490" = sext i32 %"t301" to i64
  %".4491" = mul nsw i64 %".4490", 32
  %".4492" = add nsw i64 99, %".4491"
  %".4493" = getelementptr float, float* %"b0", i64 %".4492"
  store float %".4489", float* %".4493"
  %".4495" = load float, float* %"c402"
  %".4496" = sext i32 %"t301" to i64
  %".4497" = mul nsw i64 %".4496", 32
  %".4498" = add nsw i64 100, %".4497"
  %".4499" = getelementptr float, float* %"b0", i64 %".4498"
  store float %".4495", float* %".4499"
  %".4501" = load float, float* %"c403"
  %".4502" = sext i32 %"t301" to i64
  %".4503" = mul nsw i64 %".4502", 32
  %".4504" = add nsw i64 101, %".4503"
  %".4505" = getelementptr float, float* %"b0", i64 %".4504"
  store float %".4501", float* %".4505"
  %".4507" = load float, float* %"c404"
  %".4508" = sext i32 %"t301" to i64
  %".4509" = mul nsw i64 %".4508", 32
  %".4510" = add nsw i64 102, %".4509"
  %".4511" = getelementptr float, float* %"b0", i64 %".4510"
  store float %".4507", float* %".4511"
  %".4513" = load float, float* %"c405"
  %".4514" = sext i32 %"t301" to i64
  %".4515" = mul nsw i64 %".4514", 32
  %".4516" = add nsw i64 103, %".4515"
  %".4517" = getelementptr float, float* %"b0", i64 %".4516"
  store float %".4513", float* %".4517"
  %".4519" = load float, float* %"c406"
  %".4520" = sext i32 %"t301" to i64
  %".4521" = mul nsw i64 %".4520", 32
  %".4522" = add nsw i64 104, %".4521"
  %".4523" = getelementptr float, float* %"b0", i64 %".4522"
  store float %".4519", float* %".4523"
  %".4525" = load float, float* %"c407"
  %".4526" = sext i32 %"t301" to i64
  %".4527" = mul nsw i64 %".4526", 32
  %".4528" = add nsw i64 105, %".4527"
  %".4529" = getelementptr float, float* %"b0", i64 %".4528"
  store float %".4525", float* %".4529"
  %".4531" = load float, float* %"c408"
  %".4532" = sext i32 %"t301" to i64
  %".4533" = mul nsw i64 %".4532", 32
  %".4534" = add nsw i64 106, %".4533"
  %".4535" = getelementptr float, float* %"b0", i64 %".4534"
  store float %".4531", float* %".4535"
  %".4537" = load float, float* %"c409"
  %".4538" = sext i32 %"t301" to i64
  %".4539" = mul nsw i64 %".4538", 32
  %".4540" = add nsw i64 107, %".4539"
  %".4541" = getelementptr float, float* %"b0", i64 %".4540"
  store float %".4537", float* %".4541"
  %".4543" = load float, float* %"c410"
  %".4544" = sext i32 %"t301" to i64
  %".4545" = mul nsw i64 %".4544", 32
  %".4546" = add nsw i64 108, %".4545"
  %".4547" = getelementptr float, float* %"b0", i64 %".4546"
  store float %".4543", float* %".4547"
  %".4549" = load float, float* %"c411"
  %".4550" = sext i32 %"t301" to i64
  %".4551" = mul nsw i64 %".4550", 32
  %".4552" = add nsw i64 109, %".4551"
  %".4553" = getelementptr float, float* %"b0", i64 %".4552"
  store float %".4549", float* %".4553"
  %".4555" = load float, float* %"c412"
  %".4556" = sext i32 %"t301" to i64
  %".4557" = mul nsw i64 %".4556", 32
  %".4558" = add nsw i64 110, %".4557"
  %".4559" = getelementptr float, float* %"b0", i64 %".4558"
  store float %".4555", float* %".4559"
  %".4561" = load float, float* %"c413"
  %".4562" = sext i32 %"t301" to i64
  %".4563" = mul nsw i64 %".4562", 32
  %".4564" = add nsw i64 111, %".4563"
  %".4565" = getelementptr float, float* %"b0", i64 %".4564"
  store float %".4561", float* %".4565"
  %".4567" = load float, float* %"c414"
  %".4568" = sext i32 %"t301" to i64
  %".4569" = mul nsw i64 %".4568", 32
  %".4570" = add nsw i64 112, %".4569"
  %".4571" = getelementptr float, float* %"b0", i64 %".4570"
  store float %".4567", float* %".4571"
  %".4573" = load float, float* %"c415"
  %".4574" = sext i32 %"t301" to i64
  %".4575" = mul nsw i64 %".4574", 32
  %".4576" = add nsw i64 113, %".4575"
  %".4577" = getelementptr float, float* %"b0", i64 %".4576"
  store float %".4573", float* %".4577"
  %".4579" = load float, float* %"c416"
  %".4580" = sext i32 %"t301" to i64
  %".4581" = mul nsw i64 %".4580", 32
  %".4582" = add nsw i64 114, %".4581"
  %".4583" = getelementptr float, float* %"b0", i64 %".4582"
  store float %".4579", float* %".4583"
  %".4585" = load float, float* %"c417"
  %".4586" = sext i32 %"t301" to i64
  %".4587" = mul nsw i64 %".4586", 32
  %".4588" = add nsw i64 115, %".4587"
  %".4589" = getelementptr float, float* %"b0", i64 %".4588"
  store float %".4585", float* %".4589"
  %".4591" = load float, float* %"c418"
  %".4592" = sext i32 %"t301" to i64
  %".4593" = mul nsw i64 %".4592", 32
  %".4594" = add nsw i64 116, %".4593"
  %".4595" = getelementptr float, float* %"b0", i64 %".4594"
  store float %".4591", float* %".4595"
  %".4597" = load float, float* %"c419"
  %".4598" = sext i32 %"t301" to i64
  %".4599" = mul nsw i64 %".4598", 32
  %".4600" = add nsw i64 117, %".4599"
  %".4601" = getelementptr float, float* %"b0", i64 %".4600"
  store float %".4597", float* %".4601"
  %".4603" = load float, float* %"c420"
  %".4604" = sext i32 %"t301" to i64
  %".4605" = mul nsw i64 %".4604", 32
  %".4606" = add nsw i64 118, %".4605"
  %".4607" = getelementptr float, float* %"b0", i64 %".4606"
  store float %".4603", float* %".4607"
  %".4609" = load float, float* %"c421"
  %".4610" = sext i32 %"t301" to i64
  %".4611" = mul nsw i64 %".4610", 32
  %".4612" = add nsw i64 119, %".4611"
  %".4613" = getelementptr float, float* %"b0", i64 %".4612"
  store float %".4609", float* %".4613"
  %".4615" = load float, float* %"c422"
  %".4616" = sext i32 %"t301" to i64
  %".4617" = mul nsw i64 %".4616", 32
  %".4618" = add nsw i64 120, %".4617"
  %".4619" = getelementptr float, float* %"b0", i64 %".4618"
  store float %".4615", float* %".4619"
  %".4621" = load float, float* %"c423"
  %".4622" = sext i32 %"t301" to i64
  %".4623" = mul nsw i64 %".4622", 32
  %".4624" = add nsw i64 121, %".4623"
  %".4625" = getelementptr float, float* %"b0", i64 %".4624"
  store float %".4621", float* %".4625"
  %".4627" = load float, float* %"c424"
  %".4628" = sext i32 %"t301" to i64
  %".4629" = mul nsw i64 %".4628", 32
  %".4630" = add nsw i64 122, %".4629"
  %".4631" = getelementptr float, float* %"b0", i64 %".4630"
  store float %".4627", float* %".4631"
  %".4633" = load float, float* %"c425"
  %".4634" = sext i32 %"t301" to i64
  %".4635" = mul nsw i64 %".4634", 32
  %".4636" = add nsw i64 123, %".4635"
  %".4637" = getelementptr float, float* %"b0", i64 %".4636"
  store float %".4633", float* %".4637"
  %".4639" = load float, float* %"c426"
  %".4640" = sext i32 %"t301" to i64
  %".4641" = mul nsw i64 %".4640", 32
  %".4642" = add nsw i64 124, %".4641"
  %".4643" = getelementptr float, float* %"b0", i64 %".4642"
  store float %".4639", float* %".4643"
  %".4645" = load float, float* %"c427"
  %".4646" = sext i32 %"t301" to i64
  %".4647" = mul nsw i64 %".4646", 32
  %".4648" = add nsw i64 125, %".4647"
  %".4649" = getelementptr float, float* %"b0", i64 %".4648"
  store float %".4645", float* %".4649"
  %".4651" = load float, float* %"c428"
  %".4652" = sext i32 %"t301" to i64
  %".4653" = mul nsw i64 %".4652", 32
  %".4654" = add nsw i64 126, %".4653"
  %".4655" = getelementptr float, float* %"b0", i64 %".4654"
  store float %".4651", float* %".4655"
  %".4657" = load float, float* %"c429"
  %".4658" = sext i32 %"t301" to i64
  %".4659" = mul nsw i64 %".4658", 32
  %".4660" = add nsw i64 127, %".4659"
  %".4661" = getelementptr float, float* %"b0", i64 %".4660"
  store float %".4657", float* %".4661"
  %".4663" = add nsw i32 %"t301", 1
  br label %"t301.head"
then.4:
  %".4668" = add i32 5, %"n"
  %".4669" = sdiv i32 %".4668", 6
  %".4670" = sub i32 %"ncores", 1
  %".4671" = add i32 %".4669", %".4670"
  %".4672" = sdiv i32 %".4671", %"ncores"
  %".4673" = mul i32 %"core", %".4672"
  %".4674" = add i32 %".4673", %".4672"
  %".4675" = icmp slt i32 %".4674", %".4669"
  %".4676" = select  i1 %".4675", i32 %".4674", i32 %".4669"
  br label %"t467.head"
endif.4:
  ret void
t467.head:
  %"t467" = phi  i32 [%".4673", %"then.4"], [%".7539", %"endif.6"]
  %".4678" = icmp slt i32 %"t467", %".4676"
  br i1 %".4678", label %"t467.body", label %"t467.done"
t467.body:
  %".4680" = mul i32 %"t467", 6
  %".4681" = add i32 -5, %"n"
  %".4682" = icmp slt i32 %".4680", %".4681"
  br i1 %".4682", label %"then.5", label %"endif.5"
t467.done:
  br label %"endif.4"
then.5:
  store float              0x0, float* %"c468"
  store float              0x0, float* %"c469"
  store float              0x0, float* %"c470"
  store float              0x0, float* %"c471"
  store float              0x0, float* %"c472"
  store float              0x0, float* %"c473"
  store float              0x0, float* %"c474"
  store float              0x0, float* %"c475"
  store float              0x0, float* %"c476"
  store float              0x0, float* %"c477"
  store float              0x0, float* %"c478"
  store float              0x0, float* %"c479"
  store float              0x0, float* %"c480"
  store float              0x0, float* %"c481"
  store float              0x0, float* %"c482"
  store float              0x0, float* %"c483"
  store float              0x0, float* %"c484"
  store float              0x0, float* %"c485"
  store float              0x0, float* %"c486"
  store float              0x0, float* %"c487"
  store float              0x0, float* %"c488"
  store float              0x0, float* %"c489"
  store float              0x0, float* %"c490"
  store float              0x0, float* %"c491"
  store float              0x0, float* %"c492"
  store float              0x0, float* %"c493"
  store float              0x0, float* %"c494"
  store float              0x0, float* %"c495"
  store float              0x0, float* %"c496"
  store float              0x0, float* %"c497"
  store float              0x0, float* %"c498"
  store float              0x0, float* %"c499"
  store float              0x0, float* %"c500"
  store float              0x0, float* %"c501"
  store float              0x0, float* %"c502"
  store float              0x0, float* %"c503"
  store float              0x0, float* %"c504"
  store float              0x0, float* %"c505"
  store float              0x0, float* %"c506"
  store float              0x0, float* %"c507"
  store float              0x0, float* %"c508"
  store float              0x0, float* %"c509"
  store float              0x0, float* %"c510"
  store float              0x0, float* %"c511"
  store float              0x0, float* %"c512"
  store float              0x0, float* %"c513"
  store float              0x0, float* %"c514"
  store float              0x0, float* %"c515"
  store float              0x0, float* %"c516"
  store float              0x0, float* %"c517"
  store float              0x0, float* %"c518"
  store float              0x0, float* %"c519"
  store float              0x0, float* %"c520"
  store float              0x0, float* %"c521"
  store float              0x0, float* %"c522"
  store float              0x0, float* %"c523"
  store float              0x0, float* %"c524"
  store float              0x0, float* %"c525"
  store float              0x0, float* %"c526"
  store float              0x0, float* %"c527"
  store float              0x0, float* %"c528"
  store float              0x0, float* %"c529"
  store float              0x0, float* %"c530"
  store float              0x0, float* %"c531"
  store float              0x0, float* %"c532"
  store float              0x0, float* %"c533"
  store float              0x0, float* %"c534"
  store float              0x0, float* %"c535"
  store float              0x0, float* %"c536"
  store float              0x0, float* %"c537"
  store float              0x0, float* %"c538"
  store float              0x0, float* %"c539"
  store float              0x0, float* %"c540"
  store float              0x0, float* %"c541"
  store float              0x0, float* %"c542"
  store float              0x0, float* %"c543"
  store float              0x0, float* %"c544"
  store float              0x0, float* %"c545"
  store float              0x0, float* %"c546"
  store float              0x0, float* %"c547"
  store float              0x0, float* %"c548"
  store float              0x0, float* %"c549"
  store float              0x0, float* %"c550"
  store float              0x0, float* %"c551"
  store float              0x0, float* %"c552"
  store float              0x0, float* %"c553"
  store float              0x0, float* %"c554"
  store float              0x0, float* %"c555"
  store float              0x0, float* %"c556"
  store float              0x0, float* %"c557"
  store float              0x0, float* %"c558"
  store float              0x0, float* %"c559"
  store float              0x0, float* %"c560"
  store float              0x0, float* %"c561"
  store float              0x0, float* %"c562"
  store float              0x0, float* %"c563"
  store float              0x0, float* %"c564"
  store float              0x0, float* %"c565"
  store float              0x0, float* %"c566"
  store float              0x0, float* %"c567"
  store float              0x0, float* %"c568"
  store float              0x0, float* %"c569"
  store float              0x0, float* %"c570"
  store float              0x0, float* %"c571"
  store float              0x0, float* %"c572"
  store float              0x0, float* %"c573"
  store float              0x0, float* %"c574"
  store float              0x0, float* %"c575"
  store float              0x0, float* %"c576"
  store float              0x0, float* %"c577"
  store float              0x0, float* %"c578"
  store float              0x0, float* %"c579"
  store float              0x0, float* %"c580"
  store float              0x0, float* %"c581"
  store float              0x0, float* %"c582"
  store float              0x0, float* %"c583"
  store float              0x0, float* %"c584"
  store float              0x0, float* %"c585"
  store float              0x0, float* %"c586"
  store float              0x0, float* %"c587"
  store float              0x0, float* %"c588"
  store float              0x0, float* %"c589"
  store float              0x0, float* %"c590"
  store float              0x0, float* %"c591"
  store float              0x0, float* %"c592"
  store float              0x0, float* %"c593"
  store float              0x0, float* %"c594"
  store float              0x0, float* %"c595"
  store float              0x0, float* %"c596"
  store float              0x0, float* %"c597"
  store float              0x0, float* %"c598"
  store float              0x0, float* %"c599"
  store float              0x0, float* %"c600"
  store float              0x0, float* %"c601"
  store float              0x0, float* %"c602"
  store float              0x0, float* %"c603"
  store float              0x0, float* %"c604"
  store float              0x0, float* %"c605"
  store float              0x0, float* %"c606"
  store float              0x0, float* %"c607"
  store float              0x0, float* %"c608"
  store float              0x0, float* %"c609"
  store float              0x0, float* %"c610"
  store float              0x0, float* %"c611"
  store float              0x0, float* %"c612"
  store float              0x0, float* %"c613"
  store float              0x0, float* %"c614"
  store float              0x0, float* %"c615"
  store float              0x0, float* %"c616"
  store float              0x0, float* %"c617"
  store float              0x0, float* %"c618"
  store float              0x0, float* %"c619"
  store float              0x0, float* %"c620"
  store float              0x0, float* %"c621"
  store float              0x0, float* %"c622"
  store float              0x0, float* %"c623"
  store float              0x0, float* %"c624"
  store float              0x0, float* %"c625"
  store float              0x0, float* %"c626"
  store float              0x0, float* %"c627"
  store float              0x0, float* %"c628"
  store float              0x0, float* %"c629"
  store float              0x0, float* %"c630"
  store float              0x0, float* %"c631"
  store float              0x0, float* %"c632"
  store float              0x0, float* %"c633"
  store float              0x0, float* %"c634"
  store float              0x0, float* %"c635"
  store float              0x0, float* %"c636"
  store float              0x0, float* %"c637"
  store float              0x0, float* %"c638"
  store float              0x0, float* %"c639"
  store float              0x0, float* %"c640"
  store float              0x0, float* %"c641"
  store float              0x0, float* %"c642"
  store float              0x0, float* %"c643"
  store float              0x0, float* %"c644"
  store float              0x0, float* %"c645"
  store float              0x0, float* %"c646"
  store float              0x0, float* %"c647"
  store float              0x0, float* %"c648"
  store float              0x0, float* %"c649"
  store float              0x0, float* %"c650"
  store float              0x0, float* %"c651"
  store float              0x0, float* %"c652"
  store float              0x0, float* %"c653"
  store float              0x0, float* %"c654"
  store float              0x0, float* %"c655"
  store float              0x0, float* %"c656"
  store float              0x0, float* %"c657"
  store float              0x0, float* %"c658"
  store float              0x0, float* %"c659"
  br label %"k660.head"
endif.5:
  %".7001" = mul i32 %"t467", 6
  %".7002" = add i32 -5, %"n"
  %".7003" = icmp slt i32 %".7001", %".7002"
  %".7004" = xor i1 %".7003", 1
  br i1 %".7004", label %"then.6", label %"endif.6"
k660.head:
  %"k660" = phi  i32 [0, %"then.5"], [%".5847", %"k660.body"]
  %".4877" = icmp slt i32 %"k660", 64
  br i1 %".4877", label %"k660.body", label %"k660.done"
k660.body:
  %".4879" = sext i32 %"k660" to i64
  %".4880" = sext i32 %"t467" to i64
  %".4881" = mul nsw i64 %".4880", 384
  %".4882" = add nsw i64 %".4879", %".4881"
  %".4883" = getelementptr float, float* %"b1", i64 %".4882"
  %".4884" = load float, float* %".4883"
  %".4885" = sext i32 %"k660" to i64
  %".4886" = add nsw i64 64, %".4885"
  %".4887" = sext i32 %"t467" to i64
  %".4888" = mul nsw i64 %".4887", 384
  %".4889" = add nsw i64 %".4886", %".4888"
  %".4890" = getelementptr float, float* %"b1", i64 %".4889"
  %".4891" = load float, float* %".4890"
  %".4892" = sext i32 %"k660" to i64
  %".4893" = add nsw i64 128, %".4892"
  %".4894" = sext i32 %"t467" to i64
  %".4895" = mul nsw i64 %".4894", 384
  %".4896" = add nsw i64 %".4893", %".4895"
  %".4897" = getelementptr float, float* %"b1", i64 %".4896"
  %".4898" = load float, float* %".4897"
  %".4899" = sext i32 %"k660" to i64
  %".4900" = add nsw i64 192, %".4899"
  %".4901" = sext i32 %"t467" to i64
  %".4902" = mul nsw i64 %".4901", 384
  %".4903" = add nsw i64 %".4900", %".4902"
  %".4904" = getelementptr float, float* %"b1", i64 %".4903"
  %".4905" = load float, float* %".4904"
  %".4906" = sext i32 %"k660" to i64
  %".4907" = add nsw i64 256, %".4906"
  %".4908" = sext i32 %"t467" to i64
  %".4909" = mul nsw i64 %".4908", 384
  %".4910" = add nsw i64 %".4907", %".4909"
  %".4911" = getelementptr float, float* %"b1", i64 %".4910"
  %".4912" = load float, float* %".4911"
  %".4913" = sext i32 %"k660" to i64
  %".4914" = add nsw i64 320, %".4913"
  %".4915" = sext i32 %"t467" to i64
  %".4916" = mul nsw i64 %".4915", 384
  %".4917" = add nsw i64 %".4914", %".4916"
  %".4918" = getelementptr float, float* %"b1", i64 %".4917"
  %".4919" = load float, float* %".4918"
  %".4920" = sext i32 %"k660" to i64
  %".4921" = mul nsw i64 %".4920", 32
  %".4922" = getelementptr float, float* %"b2", i64 %".4921"
  %".4923" = load float, float* %".4922"
  %".4924" = sext i32 %"k660" to i64
  %".4925" = mul nsw i64 %".4924", 32
  %".4926" = add nsw i64 1, %".4925"
  %".4927" = getelementptr float, float* %"b2", i64 %".4926"
  %".4928" = load float, float* %".4927"
  %".4929" = sext i32 %"k660" to i64
  %".4930" = mul nsw i64 %".4929", 32
  %".4931" = add nsw i64 2, %".4930"
  %".4932" = getelementptr float, float* %"b2", i64 %".4931"
  %".4933" = load float, float* %".4932"
  %".4934" = sext i32 %"k660" to i64
  %".4935" = mul nsw i64 %".4934", 32
  %".4936" = add nsw i64 3, %".4935"
  %".4937" = getelementptr float, float* %"b2", i64 %".4936"
  %".4938" = load float, float* %".4937"
  %".4939" = sext i32 %"k660" to i64
  %".4940" = mul nsw i64 %".4939", 32
  %".4941" = add nsw i64 4, %".4940"
  %".4942" = getelementptr float, float* %"b2", i64 %".4941"
  %".4943" = load float, float* %".4942"
  %".4944" = sext i32 %"k660" to i64
  %".4945" = mul nsw i64 %".4944", 32
  %".4946" = add nsw i64 5, %".4945"
  %".4947" = getelementptr float, float* %"b2", i64 %".4946"
  %".4948" = load float, float* %".4947"
  %".4949" = sext i32 %"k660" to i64
  %".4950" = mul nsw i64 %".4949", 32
  %".4951" = add nsw i64 6, %".4950"
  %".4952" = getelementptr float, float* %"b2", i64 %".4951"
  %".4953" = load float, float* %".4952"
  %".4954" = sext i32 %"k660" to i64
  %".4955" = mul nsw i64 %".4954", 32
  %".4956" = add nsw i64 7, %".4955"
  %".4957" = getelementptr float, float* %"b2", i64 %".4956"
  %".4958" = load float, float* %".4957"
  %".4959" = sext i32 %"k660" to i64
  %".4960" = mul nsw i64 %".4959", 32
  %".4961" = add nsw i64 8, %".4960"
  %".4962" = getelementptr float, float* %"b2", i64 %".4961"
  %".4963" = load float, float* %".4962"
  %".4964" = sext i32 %"k660" to i64
  %".4965" = mul nsw i64 %".4964", 32
  %".4966" = add nsw i64 9, %".4965"
  %".4967" = getelementptr float, float* %"b2", i64 %".4966"
  %".4968" = load float, float* %".4967"
  %".4969" = sext i32 %"k660" to i64
  %".4970" = mul nsw i64 %".4969", 32
  %".4971" = add nsw i64 10, %".4970"
  %".4972" = getelementptr float, float* %"b2", i64 %".4971"
  %".4973" = load float, float* %".4972"
  %".4974" = sext i32 %"k660" to i64
  %".4975" = mul nsw i64 %".4974", 32
  %".4976" = add nsw i64 11, %".4975"
  %".4977" = getelementptr float, float* %"b2", i64 %".4976"
  %".4978" = load float, float* %".4977"
  %".4979" = sext i32 %"k660" to i64
  %".4980" = mul nsw i64 %".4979", 32
  %".4981" = add nsw i64 12, %".4980"
  %".4982" = getelementptr float, float* %"b2", i64 %".4981"
  %".4983" = load float, float* %".4982"
  %".4984" = sext i32 %"k660" to i64
  %".4985" = mul nsw i64 %".4984", 32
  %".4986" = add nsw i64 13, %".4985"
  %".4987" = getelementptr float, float* %"b2", i64 %".4986"
  %".4988" = load float, float* %".4987"
  %".4989" = sext i32 %"k660" to i64
  %".4990" = mul nsw i64 %".4989", 32
  %".4991" = add nsw i64 14, %".4990"
  %".4992" = getelementptr float, float* %"b2", i64 %".4991"
  %".4993" = load float, float* %".4992"
  %".4994" = sext i32 %"k660" to i64
  %".4995" = mul nsw i64 %".4994", 32
  %".4996" = add nsw i64 15, %".4995"
  %".4997" = getelementptr float, float* %"b2", i64 %".4996"
  %".4998" = load float, float* %".4997"
  %".4999" = sext i32 %"k660" to i64
  %".5000" = mul nsw i64 %".4999", 32
  %".5001" = add nsw i64 16, %".5000"
  %".5002" = getelementptr float, float* %"b2", i64 %".5001"
  %".5003" = load float, float* %".5002"
  %".5004" = sext i32 %"k660" to i64
  %".5005" = mul nsw i64 %".5004", 32
  %".5006" = add nsw i64 17, %".5005"
  %".5007" = getelementptr float, float* %"b2", i64 %".5006"
  %".5008" = load float, float* %".5007"
  %".5009" = sext i32 %"k660" to i64
  %".5010" = mul nsw i64 %".5009", 32
  %".5011" = add nsw i64 18, %".5010"
  %".5012" = getelementptr float, float* %"b2", i64 %".5011"
  %".5013" = load float, float* %".5012"
  %".5014" = sext i32 %"k660" to i64
  %".5015" = mul nsw i64 %".5014", 32
  %".5016" = add nsw i64 19, %".5015"
  %".5017" = getelementptr float, float* %"b2", i64 %".5016"
  %".5018" = load float, float* %".5017"
  %".5019" = sext i32 %"k660" to i64
  %".5020" = mul nsw i64 %".5019", 32
  %".5021" = add nsw i64 20, %".5020"
  %".5022" = getelementptr float, float* %"b2", i64 %".5021"
  %".5023" = load float, float* %".5022"
  %".5024" = sext i32 %"k660" to i64
  %".5025" = mul nsw i64 %".5024", 32
  %".5026" = add nsw i64 21, %".5025"
  %".5027" = getelementptr float, float* %"b2", i64 %".5026"
  %".5028" = load float, float* %".5027"
  %".5029" = sext i32 %"k660" to i64
  %".5030" = mul nsw i64 %".5029", 32
  %".5031" = add nsw i64 22, %".5030"
  %".5032" = getelementptr float, float* %"b2", i64 %".5031"
  %".5033" = load float, float* %".5032"
  %".5034" = sext i32 %"k660" to i64
  %".5035" = mul nsw i64 %".5034", 32
  %".5036" = add nsw i64 23, %".5035"
  %".5037" = getelementptr float, float* %"b2", i64 %".5036"
  %".5038" = load float, float* %".5037"
  %".5039" = sext i32 %"k660" to i64
  %".5040" = mul nsw i64 %".5039", 32
  %".5041" = add nsw i64 24, %".5040"
  %".5042" = getelementptr float, float* %"b2", i64 %".5041"
  %".5043" = load float, float* %".5042"
  %".5044" = sext i32 %"k660" to i64
  %".5045" = mul nsw i64 %".5044", 32
  %".5046" = add nsw i64 25, %".5045"
  %".5047" = getelementptr float, float* %"b2", i64 %".5046"
  %".5048" = load float, float* %".5047"
  %".5049" = sext i32 %"k660" to i64
  %".5050" = mul nsw i64 %".5049", 32
  %".5051" = add nsw i64 26, %".5050"
  %".5052" = getelementptr float, float* %"b2", i64 %".5051"
  %".5053" = load float, float* %".5052"
  %".5054" = sext i32 %"k660" to i64
  %".5055" = mul nsw i64 %".5054", 32
  %".5056" = add nsw i64 27, %".5055"
  %".5057" = getelementptr float, float* %"b2", i64 %".5056"
  %".5058" = load float, float* %".5057"
  %".5059" = sext i32 %"k660" to i64
  %".5060" = mul nsw i64 %".5059", 32
  %".5061" = add nsw i64 28, %".5060"
  %".5062" = getelementptr float, float* %"b2", i64 %".5061"
  %".5063" = load float, float* %".5062"
  %".5064" = sext i32 %"k660" to i64
  %".5065" = mul nsw i64 %".5064", 32
  %".5066" = add nsw i64 29, %".5065"
  %".5067" = getelementptr float, float* %"b2", i64 %".5066"
  %".5068" = load float, float* %".5067"
  %".5069" = sext i32 %"k660" to i64
  %".5070" = mul nsw i64 %".5069", 32
  %".5071" = add nsw i64 30, %".5070"
  %".5072" = getelementptr float, float* %"b2", i64 %".5071"
  %".5073" = load float, float* %".5072"
  %".5074" = sext i32 %"k660" to i64
  %".5075" = mul nsw i64 %".5074", 32
  %".5076" = add nsw i64 31, %".5075"
  %".5077" = getelementptr float, float* %"b2", i64 %".5076"
  %".5078" = load float, float* %".5077"
  %".5079" = load float, float* %"c468"
  %".5080" = fmul reassoc contract float %".4884", %".4923"
  %".5081" = fadd reassoc contract float %".5079", %".5080"
  store float %".5081", float* %"c468"
  %".5083" = load float, float* %"c469"
  %".5084" = fmul reassoc contract float %".4884", %".4928"
  %".5085" = fadd reassoc contract float %".5083", %".5084"
  store float %".5085", float* %"c469"
  %".5087" = load float, float* %"c470"
  %".5088" = fmul reassoc contract float %".4884", %".4933"
  %".5089" = fadd reassoc contract float %".5087", %".5088"
  store float %".5089", float* %"c470"
  %".5091" = load float, float* %"c471"
  %".5092" = fmul reassoc contract float %".4884", %".4938"
  %".5093" = fadd reassoc contract float %".5091", %".5092"
  store float %".5093", float* %"c471"
  %".5095" = load float, float* %"c472"
  %".5096" = fmul reassoc contract float %".4884", %".4943"
  %".5097" = fadd reassoc contract float %".5095", %".5096"
  store float %".5097", float* %"c472"
  %".5099" = load float, float* %"c473"
  %".5100" = fmul reassoc contract float %".4884", %".4948"
  %".5101" = fadd reassoc contract float %".5099", %".5100"
  store float %".5101", float* %"c473"
  %".5103" = load float, float* %"c474"
  %".5104" = fmul reassoc contract float %".4884", %".4953"
  %".5105" = fadd reassoc contract float %".5103", %".5104"
  store float %".5105", float* %"c474"
  %".5107" = load float, float* %"c475"
  %".5108" = fmul reassoc contract float %".4884", %".4958"
  %".5109" = fadd reassoc contract float %".5107", %".5108"
  store float %".5109", float* %"c475"
  %".5111" = load float, float* %"c476"
  %".5112" = fmul reassoc contract float %".4884", %".4963"
  %".5113" = fadd reassoc contract float %".5111", %".5112"
  store float %".5113", float* %"c476"
  %".5115" = load float, float* %"c477"
  %".5116" = fmul reassoc contract float %".4884", %".4968"
  %".5117" = fadd reassoc contract float %".5115", %".5116"
  store float %".5117", float* %"c477"
  %".5119" = load float, float* %"c478"
  %".5120" = fmul reassoc contract float %".4884", %".4973"
  %".5121" = fadd reassoc contract float %".5119", %".5120"
  store float %".5121", float* %"c478"
  %".5123" = load float, float* %"c479"
  %".5124" = fmul reassoc contract float %".4884", %".4978"
  %".5125" = fadd reassoc contract float %".5123", %".5124"
  store float %".5125", float* %"c479"
  %".5127" = load float, float* %"c480"
  %".5128" = fmul reassoc contract float %".4884", %".4983"
  %".5129" = fadd reassoc contract float %".5127", %".5128"
  store float %".5129", float* %"c480"
  %".5131" = load float, float* %"c481"
  %".5132" = fmul reassoc contract float %".4884", %".4988"
  %".5133" = fadd reassoc contract float %".5131", %".5132"
  store float %".5133", float* %"c481"
  %".5135" = load float, float* %"c482"
  %".5136" = fmul reassoc contract float %".4884", %".4993"
  %".5137" = fadd reassoc contract float %".5135", %".5136"
  store float %".5137", float* %"c482"
  %".5139" = load float, float* %"c483"
  %".5140" = fmul reassoc contract float %".4884", %".4998"
  %".5141" = fadd reassoc contract float %".5139", %".5140"
  store float %".5141", float* %"c483"
  %".5143" = load float, float* %"c484"
  %".5144" = fmul reassoc contract float %".4884", %".5003"
  %".5145" = fadd reassoc contract float %".5143", %".5144"
  store float %".5145", float* %"c484"
  %".5147" = load float, float* %"c485"
  %".5148" = fmul reassoc contract float %".4884", %".5008"
  %".5149" = fadd reassoc contract float %".5147", %".5148"
  store float %".5149", float* %"c485"
  %".5151" = load float, float* %"c486"
  %".5152" = fmul reassoc contract float %".4884", %".5013"
  %".5153" = fadd reassoc contract float %".5151", %".5152"
  store float %".5153", float* %"c486"
  %".5155" = load float, float* %"c487"
  %".5156" = fmul reassoc contract float %".4884", %".5018"
  %".5157" = fadd reassoc contract float %".5155", %".5156"
  store float %".5157", float* %"c487"
  %".5159" = load float, float* %"c488"
  %".5160" = fmul reassoc contract float %".4884", %".5023"
  %".5161" = fadd reassoc contract float %".5159", %".5160"
  store float %".5161", float* %"c488"
  %".5163" = load float, float* %"c489"
  %".5164" = fmul reassoc contract float %".4884", %".5028"
  %".5165" = fadd reassoc contract float %".5163", %".5164"
  store float %".5165", float* %"c489"
  %".5167" = load float, float* %"c490"
  %".5168" = fmul reassoc contract float %".4884", %".5033"
  %".5169" = fadd reassoc contract float %".5167", %".5168"
  store float %".5169", float* %"c490"
  %".5171" = load float, float* %"c491"
  %".5172" = fmul reassoc contract float %".4884", %".5038"
  %".5173" = fadd reassoc contract float %".5171", %".5172"
  store float %".5173", float* %"c491"
  %".5175" = load float, float* %"c492"
  %".5176" = fmul reassoc contract float %".4884", %".5043"
  %".5177" = fadd reassoc contract float %".5175", %".5176"
  store float %".5177", float* %"c492"
  %".5179" = load float, float* %"c493"
  %".5180" = fmul reassoc contract float %".4884", %".5048"
  %".5181" = fadd reassoc contract float %".5179", %".5180"
  store float %".5181", float* %"c493"
  %".5183" = load float, float* %"c494"
  %".5184" = fmul reassoc contract float %".4884", %".5053"
  %".5185" = fadd reassoc contract float %".5183", %".5184"
  store float %".5185", float* %"c494"
  %".5187" = load float, float* %"c495"
  %".5188" = fmul reassoc contract float %".4884", %".5058"
  %".5189" = fadd reassoc contract float %".5187", %".5188"
  store float %".5189", float* %"c495"
  %".5191" = load float, float* %"c496"
  %".5192" = fmul reassoc contract float %".4884", %".5063"
  %".5193" = fadd reassoc contract float %".5191", %".5192"
  store float %".5193", float* %"c496"
  %".5195" = load float, float* %"c497"
  %".5196" = fmul reassoc contract float %".4884", %".5068"
  %".5197" = fadd reassoc contract float %".5195", %".5196"
  store float %".5197", float* %"c497"
  %".5199" = load float, float* %"c498"
  %".5200" = fmul reassoc contract float %".4884", %".5073"
  %".5201" = fadd reassoc contract float %".5199", %".5200"
  store float %".5201", float* %"c498"
  %".5203" = load float, float* %"c499"
  %".5204" = fmul reassoc contract float %".4884", %".5078"
  %".5205" = fadd reassoc contract float %".5203", %".5204"
  store float %".5205", float* %"c499"
  %".5207" = load float, float* %"c500"
  %".5208" = fmul reassoc contract float %".4891", %".4923"
  %".5209" = fadd reassoc contract float %".5207", %".5208"
  store float %".5209", float* %"c500"
  %".5211" = load float, float* %"c501"
  %".5212" = fmul reassoc contract float %".4891", %".4928"
  %".5213" = fadd reassoc contract float %".5211", %".5212"
  store float %".5213", float* %"c501"
  %".5215" = load float, float* %"c502"
  %".5216" = fmul reassoc contract float %".4891", %".4933"
  %".5217" = fadd reassoc contract float %".5215", %".5216"
  store float %".5217", float* %"c502"
  %".5219" = load float, float* %"c503"
  %".5220" = fmul reassoc contract float %".4891", %".4938"
  %".5221" = fadd reassoc contract float %".5219", %".5220"
  store float %".5221", float* %"c503"
  %".5223" = load float, float* %"c504"
  %".5224" = fmul reassoc contract float %".4891", %".4943"
  %".5225" = fadd reassoc contract float %".5223", %".5224"
  store float %".5225", float* %"c504"
  %".5227" = load float, float* %"c505"
  %".5228" = fmul reassoc contract float %".4891", %".4948"
  %".5229" = fadd reassoc contract float %".5227", %".5228"
  store float %".5229", float* %"c505"
  %".5231" = load float, float* %"c506"
  %".5232" = fmul reassoc contract float %".4891", %".4953"
  %".5233" = fadd reassoc contract float %".5231", %".5232"
  store float %".5233", float* %"c506"
  %".5235" = load float, float* %"c507"
  %".5236" = fmul reassoc contract float %".4891", %".4958"
  %".5237" = fadd reassoc contract float %".5235", %".5236"
  store float %".5237", float* %"c507"
  %".5239" = load float, float* %"c508"
  %".5240" = fmul reassoc contract float %".4891", %".4963"
  %".5241" = fadd reassoc contract float %".5239", %".5240"
  store float %".5241", float* %"c508"
  %".5243" = load float, float* %"c509"
  %".5244" = fmul reassoc contract float %".4891", %".4968"
  %".5245" = fadd reassoc contract float %".5243", %".5244"
  store float %".5245", float* %"c509"
  %".5247" = load float, float* %"c510"
  %".5248" = fmul reassoc contract float %".4891", %".4973"
  %".5249" = fadd reassoc contract float %".5247", %".5248"
  store float %".5249", float* %"c510"
  %".5251" = load float, float* %"c511"
  %".5252" = fmul reassoc contract float %".4891", %".4978"
  %".5253" = fadd reassoc contract float %".5251", %".5252"
  store float %".5253", float* %"c511"
  %".5255" = load float, float* %"c512"
  %".5256" = fmul reassoc contract float %".4891", %".4983"
  %".5257" = fadd reassoc contract float %".5255", %".5256"
  store float %".5257", float* %"c512"
  %".5259" = load float, float* %"c513"
  %".5260" = fmul reassoc contract float %".4891", %".4988"
  %".5261" = fadd reassoc contract float %".5259", %".5260"
  store float %".5261", float* %"c513"
  %".5263" = load float, float* %"c514"
  %".5264" = fmul reassoc contract float %".4891", %".4993"
  %".5265" = fadd reassoc contract float %".5263", %".5264"
  store float %".5265", float* %"c514"
  %".5267" = load float, float* %"c515"
  %".5268" = fmul reassoc contract float %".4891", %".4998"
  %".5269" = fadd reassoc contract float %".5267", %".5268"
  store float %".5269", float* %"c515"
  %".5271" = load float, float* %"c516"
  %".5272" = fmul reassoc contract float %".4891", %".5003"
  %".5273" = fadd reassoc contract float %".5271", %".5272"
  store float %".5273", float* %"c516"
  %".5275" = load float, float* %"c517"
  %".5276" = fmul reassoc contract float %".4891", %".5008"
  %".5277" = fadd reassoc contract float %".5275", %".5276"
  store float %".5277", float* %"c517"
  %".5279" = load float, float* %"c518"
  %".5280" = fmul reassoc contract float %".4891", %".5013"
  %".5281" = fadd reassoc contract float %".5279", %".5280"
  store float %".5281", float* %"c518"
  %".5283" = load float, float* %"c519"
  %".5284" = fmul reassoc contract float %".4891", %".5018"
  %".5285" = fadd reassoc contract float %".5283", %".5284"
  store float %".5285", float* %"c519"
  %".5287" = load float, float* %"c520"
  %".5288" = fmul reassoc contract float %".4891", %".5023"
  %".5289" = fadd reassoc contract float %".5287", %".5288"
  store float %".5289", float* %"c520"
  %".5291" = load float, float* %"c521"
  %".5292" = fmul reassoc contract float %".4891", %".5028"
  %".5293" = fadd reassoc contract float %".5291", %".5292"
  store float %".5293", float* %"c521"
  %".5295" = load float, float* %"c522"
  %".5296" = fmul reassoc contract float %".4891", %".5033"
  %".5297" = fadd reassoc contract float %".5295", %".5296"
  store float %".5297", float* %"c522"
  %".5299" = load float, float* %"c523"
  %".5300" = fmul reassoc contract float %".4891", %".5038"
  %".5301" = fadd reassoc contract float %".5299", %".5300"
  store float %".5301", float* %"c523"
  %".5303" = load float, float* %"c524"
  %".5304" = fmul reassoc contract float %".4891", %".5043"
  %".5305" = fadd reassoc contract float %".5303", %".5304"
  store float %".5305", float* %"c524"
  %".5307" = load float, float* %"c525"
  %".5308" = fmul reassoc contract float %".4891", %".5048"
  %".5309" = fadd reassoc contract float %".5307", %".5308"
  store float %".5309", float* %"c525"
  %".5311" = load float, float* %"c526"
  %".5312" = fmul reassoc contract float %".4891", %".5053"
  %".5313" = fadd reassoc contract float %".5311", %".5312"
  store float %".5313", float* %"c526"
  %".5315" = load float, float* %"c527"
  %".5316" = fmul reassoc contract float %".4891", %".5058"
  %".5317" = fadd reassoc contract float %".5315", %".5316"
  store float %".5317", float* %"c527"
  %".5319" = load float, float* %"c528"
  %".5320" = fmul reassoc contract float %".4891", %".5063"
  %".5321" = fadd reassoc contract float %".5319", %".5320"
  store float %".5321", float* %"c528"
  %".5323" = load float, float* %"c529"
  %".5324" = fmul reassoc contract float %".4891", %".5068"
  %".5325" = fadd reassoc contract float %".5323", %".5324"
  store float %".5325", float* %"c529"
  %".5327" = load float, float* %"c530"
  %".5328" = fmul reassoc contract float %".4891", %".5073"
  %".5329" = fadd reassoc contract float %".5327", %".5328"
  store float %".5329", float* %"c530"
  %".5331" = load float, float* %"c531"
  %".5332" = fmul reassoc contract float %".4891", %".5078"
  %".5333" = fadd reassoc contract float %".5331", %".5332"
  store float %".5333", float* %"c531"
  %".5335" = load float, float* %"c532"
  %".5336" = fmul reassoc contract float %".4898", %".4923"
  %".5337" = fadd reassoc contract float %".5335", %".5336"
  store float %".5337", float* %"c532"
  %".5339" = load float, float* %"c533"
  %".5340" = fmul reassoc contract float %".4898", %".4928"
  %".5341" = fadd reassoc contract float %".5339", %".5340"
  store float %".5341", float* %"c533"
  %".5343" = load float, float* %"c534"
  %".5344" = fmul reassoc contract float %".4898", %".4933"
  %".5345" = fadd reassoc contract float %".5343", %".5344"
  store float %".5345", float* %"c534"
  %".5347" = load float, float* %"c535"
  %".5348" = fmul reassoc contract float %".4898", %".4938"
  %".5349" = fadd reassoc contract float %".5347", %".5348"
  store float %".5349", float* %"c535"
  %".5351" = load float, float* %"c536"
  %".5352" = fmul reassoc contract float %".4898", %".4943"
  %".5353" = fadd reassoc contract float %".5351", %".5352"
  store float %".5353", float* %"c536"
  %".5355" = load float, float* %"c537"
  %".5356" = fmul reassoc contract float %".4898", %".4948"
  %".5357" = fadd reassoc contract float %".5355", %".5356"
  store float %".5357", float* %"c537"
  %".5359" = load float, float* %"c538"
  %".5360" = fmul reassoc contract float %".4898", %".4953"
  %".5361" = fadd reassoc contract float %".5359", %".5360"
  store float %".5361", float* %"c538"
  %".5363" = load float, float* %"c539"
  %".5364" = fmul reassoc contract float %".4898", %".4958"
  %".5365" = fadd reassoc contract float %".5363", %".5364"
  store float %".5365", float* %"c539"
  %".5367" = load float, float* %"c540"
  %".5368" = fmul reassoc contract float %".4898", %".4963"
  %".5369" = fadd reassoc contract float %".5367", %".5368"
  store float %".5369", float* %"c540"
  %".5371" = load float, float* %"c541"
  %".5372" = fmul reassoc contract float %".4898", %".4968"
  %".5373" = fadd reassoc contract float %".5371", %".5372"
  store float %".5373", float* %"c541"
  %".5375" = load float, float* %"c542"
  %".5376" = fmul reassoc contract float %".4898", %".4973"
  %".5377" = fadd reassoc contract float %".5375", %".5376"
  store float %".5377", float* %"c542"
  %".5379" = load float, float* %"c543"
  %".5380" = fmul reassoc contract float %".4898", %".4978"
  %".5381" = fadd reassoc contract float %".5379", %".5380"
  store float %".5381", float* %"c543"
  %".5383" = load float, float* %"c544"
  %".5384" = fmul reassoc contract float %".4898", %".4983"
  %".5385" = fadd reassoc contract float %".5383", %".5384"
  store float %".5385", float* %"c544"
  %".5387" = load float, float* %"c545"
  %".5388" = fmul reassoc contract float %".4898", %".4988"
  %".5389" = fadd reassoc contract float %".5387", %".5388"
  store float %".5389", float* %"c545"
  %".5391" = load float, float* %"c546"
  %".5392" = fmul reassoc contract float %".4898", %".4993"
  %".5393" = fadd reassoc contract float %".5391", %".5392"
  store float %".5393", float* %"c546"
  %".5395" = load float, float* %"c547"
  %".5396" = fmul reassoc contract float %".4898", %".4998"
  %".5397" = fadd reassoc contract float %".5395", %".5396"
  store float %".5397", float* %"c547"
  %".5399" = load float, float* %"c548"
  %".5400" = fmul reassoc contract float %".4898", %".5003"
  %".5401" = fadd reassoc contract float %".5399", %".5400"
  store float %".5401", float* %"c548"
  %".5403" = load float, float* %"c549"
  %".5404" = fmul reassoc contract float %".4898", %".5008"
  %".5405" = fadd reassoc contract float %".5403", %".5404"
  store float %".5405", float* %"c549"
  %".5407" = load float, float* %"c550"
  %".5408" = fmul reassoc contract float %".4898", %".5013"
  %".5409" = fadd reassoc contract float %".5407", %".5408"
  store float %".5409", float* %"c550"
  %".5411" = load float, float* %"c551"
  %".5412" = fmul reassoc contract float %".4898", %".5018"
  %".5413" = fadd reassoc contract float %".5411", %".5412"
  store float %".5413", float* %"c551"
  %".5415" = load float, float* %"c552"
  %".5416" = fmul reassoc contract float %".4898", %".5023"
  %".5417" = fadd reassoc contract float %".5415", %".5416"
  store float %".5417", float* %"c552"
  %".5419" = load float, float* %"c553"
  %".5420" = fmul reassoc contract float %".4898", %".5028"
  %".5421" = fadd reassoc contract float %".5419", %".5420"
  store float %".5421", float* %"c553"
  %".5423" = load float, float* %"c554"
  %".5424" = fmul reassoc contract float %".4898", %".5033"
  %".5425" = fadd reassoc contract float %".5423", %".5424"
  store float %".5425", float* %"c554"
  %".5427" = load float, float* %"c555"
  %".5428" = fmul reassoc contract float %".4898", %".5038"
  %".5429" = fadd reassoc contract float %".5427", %".5428"
  store float %".5429", float* %"c555"
  %".5431" = load float, float* %"c556"
  %".5432" = fmul reassoc contract float %".4898", %".5043"
  %".5433" = fadd reassoc contract float %".5431", %".5432"
  store float %".5433", float* %"c556"
  %".5435" = load float, float* %"c557"
  %".5436" = fmul reassoc contract float %".4898", %".5048"
  %".5437" = fadd reassoc contract float %".5435", %".5436"
  store float %".5437", float* %"c557"
  %".5439" = load float, float* %"c558"
  %".5440" = fmul reassoc contract float %".4898", %".5053"
  %".5441" = fadd reassoc contract float %".5439", %".5440"
  store float %".5441", float* %"c558"
  %".5443" = load float, float* %"c559"
  %".5444" = fmul reassoc contract float %".4898", %".5058"
  %".5445" = fadd reassoc contract float %".5443", %".5444"
  store float %".5445", float* %"c559"
  %".5447" = load float, float* %"c560"
  %".5448" = fmul reassoc contract float %".4898", %".5063"
  %".5449" = fadd reassoc contract float %".5447", %".5448"
  store float %".5449", float* %"c560"
  %".5451" = load float, float* %"c561"
  %".5452" = fmul reassoc contract float %".4898", %".5068"
  %".5453" = fadd reassoc contract float %".5451", %".5452"
  store float %".5453", float* %"c561"
  %".5455" = load float, float* %"c562"
  %".5456" = fmul reassoc contract float %".4898", %".5073"
  %".5457" = fadd reassoc contract float %".5455", %".5456"
  store float %".5457", float* %"c562"
  %".5459" = load float, float* %"c563"
  %".5460" = fmul reassoc contract float %".4898", %".5078"
  %".5461" = fadd reassoc contract float %".5459", %".5460"
  store float %".5461", float* %"c563"
  %".5463" = load float, float* %"c564"
  %".5464" = fmul reassoc contract float %".4905", %".4923"
  %".5465" = fadd reassoc contract float %".5463", %".5464"
  store float %".5465", float* %"c564"
  %".5467" = load float, float* %"c565"
  %".5468" = fmul reassoc contract float %".4905", %".4928"
  %".5469" = fadd reassoc contract float %".5467", %".5468"
  store float %".5469", float* %"c565"
  %".5471" = load float, float* %"c566"
  %".5472" = fmul reassoc contract float %".4905", %".4933"
  %".5473" = fadd reassoc contract float %".5471", %".5472"
  store float %".5473", float* %"c566"
  %".5475" = load float, float* %"c567"
  %".5476" = fmul reassoc contract float %".4905", %".4938"
  %".5477" = fadd reassoc contract float %".5475", %".5476"
  store float %".5477", float* %"c567"
  %".5479" = load float, float* %"c568"
  %".5480" = fmul reassoc contract float %".4905", %".4943"
  %".5481" = fadd reassoc contract float %".5479", %".5480"
  store float %".5481", float* %"c568"
  %".5483" = load float, float* %"c569"
  %".5484" = fmul reassoc contract float %".4905", %".4948"
  %".5485" = fadd reassoc contract float %".5483", %".5484"
  store float %".5485", float* %"c569"
  %".5487" = load float, float* %"c570"
  %".5488" = fmul reassoc contract float %".4905", %".4953"
  %".5489" = fadd reassoc contract float %".5487", %".5488"
  store float %".5489", float* %"c570"
  %".5491" = load float, float* %"c571"
  %".5492" = fmul reassoc contract float %".4905", %".4958"
  %".5493" = fadd reassoc contract float %".5491", %".5492"
  store float %".5493", float* %"c571"
  %".5495" = load float, float* %"c572"
  %".5496" = fmul reassoc contract float %".4905", %".4963"
  %".5497" = fadd reassoc contract float %".5495", %".5496"
  store float %".5497", float* %"c572"
  %".5499" = load float, float* %"c573"
  %".5500" = fmul reassoc contract float %".4905", %".4968"
  %".5501" = fadd reassoc contract float %".5499", %".5500"
  store float %".5501", float* %"c573"
  %".5503" = load float, float* %"c574"
  %".5504" = fmul reassoc contract float %".4905", %".4973"
  %".5505" = fadd reassoc contract float %".5503", %".5504"
  store float %".5505", float* %"c574"
  %".5507" = load float, float* %"c575"
  %".5508" = fmul reassoc contract float %".4905", %".4978"
  %".5509" = fadd reassoc contract float %".5507", %".5508"
  store float %".5509", float* %"c575"
  %".5511" = load float, float* %"c576"
  %".5512" = fmul reassoc contract float %".4905", %".4983"
  %".5513" = fadd reassoc contract float %".5511", %".5512"
  store float %".5513", float* %"c576"
  %".5515" = load float, float* %"c577"
  %".5516" = fmul reassoc contract float %".4905", %".4988"
  %".5517" = fadd reassoc contract float %".5515", %".5516"
  store float %".5517", float* %"c577"
  %".5519" = load float, float* %"c578"
  %".5520" = fmul reassoc contract float %".4905", %".4993"
  %".5521" = fadd reassoc contract float %".5519", %".5520"
  store float %".5521", float* %"c578"
  %".5523" = load float, float* %"c579"
  %".5524" = fmul reassoc contract float %".4905", %".4998"
  %".5525" = fadd reassoc contract float %".5523", %".5524"
  store float %".5525", float* %"c579"
  %".5527" = load float, float* %"c580"
  %".5528" = fmul reassoc contract float %".4905", %".5003"
  %".5529" = fadd reassoc contract float %".5527", %".5528"
  store float %".5529", float* %"c580"
  %".5531" = load float, float* %"c581"
  %".5532" = fmul reassoc contract float %".4905", %".5008"
  %".5533" = fadd reassoc contract float %".5531", %".5532"
  store float %".5533", float* %"c581"
  %".5535" = load float, float* %"c582"
  %".5536" = fmul reassoc contract float %".4905", %".5013"
  %".5537" = fadd reassoc contract float %".5535", %".5536"
  store float %".5537", float* %"c582"
  %".5539" = load float, float* %"c583"
  %".5540" = fmul reassoc contract float %".4905", %".5018"
  %".5541" = fadd reassoc contract float %".5539", %".5540"
  store float %".5541", float* %"c583"
  %".5543" = load float, float* %"c584"
  %".5544" = fmul reassoc contract float %".4905", %".5023"
  %".5545" = fadd reassoc contract float %".5543", %".5544"
  store float %".5545", float* %"c584"
  %".5547" = load float, float* %"c585"
  %".5548" = fmul reassoc contract float %".4905", %".5028"
  %".5549" = fadd reassoc contract float %".5547", %".5548"
  store float %".5549", float* %"c585"
  %".5551" = load float, float* %"c586"
  %".5552" = fmul reassoc contract float %".4905", %".5033"
  %".5553" = fadd reassoc contract float %".5551", %".5552"
  store float %".5553", float* %"c586"
  %".5555" = load float, float* %"c587"
  %".5556" = fmul reassoc contract float %".4905", %".5038"
  %".5557" = fadd reassoc contract float %".5555", %".5556"
  store float %".5557", float* %"c587"
  %".5559" = load float, float* %"c588"
  %".5560" = fmul reassoc contract float %".4905", %".5043"
  %".5561" = fadd reassoc contract float %".5559", %".5560"
  store float %".5561", float* %"c588"
  %".5563" = load float, float* %"c589"
  %".5564" = fmul reassoc contract float %".4905", %".5048"
  %".5565" = fadd reassoc contract float %".5563", %".5564"
  store float %".5565", float* %"c589"
  %".5567" = load float, float* %"c590"
  %".5568" = fmul reassoc contract float %".4905", %".5053"
  %".5569" = fadd reassoc contract float %".5567", %".5568"
  store float %".5569", float* %"c590"
  %".5571" = load float, float* %"c591"
  %".5572" = fmul reassoc contract float %".4905", %".5058"
  %".5573" = fadd reassoc contract float %".5571", %".5572"
  store float %".5573", float* %"c591"
  %".5575" = load float, float* %"c592"
  %".5576" = fmul reassoc contract float %".4905", %".5063"
  %".5577" = fadd reassoc contract float %".5575", %".5576"
  store float %".5577", float* %"c592"
  %".5579" = load float, float* %"c593"
  %".5580" = fmul reassoc contract float %".4905", %".5068"
  %".5581" = fadd reassoc contract float %".5579", %".5580"
  store float %".5581", float* %"c593"
  %".5583" = load float, float* %"c594"
  %".5584" = fmul reassoc contract float %".4905", %".5073"
  %".5585" = fadd reassoc contract float %".5583", %".5584"
  store float %".5585", float* %"c594"
  %".5587" = load float, float* %"c595"
  %".5588" = fmul reassoc contract float %".4905", %".5078"
  %".5589" = fadd reassoc contract float %".5587", %".5588"
  store float %".5589", float* %"c595"
  %".5591" = load float, float* %"c596"
  %".5592" = fmul reassoc contract float %".4912", %".4923"
  %".5593" = fadd reassoc contract float %".5591", %".5592"
  store float %".5593", float* %"c596"
  %".5595" = load float, float* %"c597"
  %".5596" = fmul reassoc contract float %".4912", %".4928"
  %".5597" = fadd reassoc contract float %".5595", %".5596"
  store float %".5597", float* %"c597"
  %".5599" = load float, float* %"c598"
  %".5600" = fmul reassoc contract float %".4912", %".4933"
  %".5601" = fadd reassoc contract float %".5599", %".5600"
  store float %".5601", float* %"c598"
  %".5603" = load float, float* %"c599"
  %".5604" = fmul reassoc contract float %".4912", %".4938"
  %".5605" = fadd reassoc contract float %".5603", %".5604"
  store float %".5605", float* %"c599"
  %".5607" = load float, float* %"c600"
  %".5608" = fmul reassoc contract float %".4912", %".4943"
  %".5609" = fadd reassoc contract float %".5607", %".5608"
  store float %".5609", float* %"c600"
  %".5611" = load float, float* %"c601"
  %".5612" = fmul reassoc contract float %".4912", %".4948"
  %".5613" = fadd reassoc contract float %".5611", %".5612"
  store float %".5613", float* %"c601"
  %".5615" = load float, float* %"c602"
  %".5616" = fmul reassoc contract float %".4912", %".4953"
  %".5617" = fadd reassoc contract float %".5615", %".5616"
  store float %".5617", float* %"c602"
  %".5619" = load float, float* %"c603"
  %".5620" = fmul reassoc contract float %".4912", %".4958"
  %".5621" = fadd reassoc contract float %".5619", %".5620"
  store float %".5621", float* %"c603"
  %".5623" = load float, float* %"c604"
  %".5624" = fmul reassoc contract float %".4912", %".4963"
  %".5625" = fadd reassoc contract float %".5623", %".5624"
  store float %".5625", float* %"c604"
  %".5627" = load float, float* %"c605"
  %".5628" = fmul reassoc contract float %".4912", %".4968"
  %".5629" = fadd reassoc contract float %".5627", %".5628"
  store float %".5629", float* %"c605"
  %".5631" = load float, float* %"c606"
  %".5632" = fmul reassoc contract float %".4912", %".4973"
  %".5633" = fadd reassoc contract float %".5631", %".5632"
  store float %".5633", float* %"c606"
  %".5635" = load float, float* %"c607"
  %".5636" = fmul reassoc contract float %".4912", %".4978"
  %".5637" = fadd reassoc contract float %".5635", %".5636"
  store float %".5637", float* %"c607"
  %".5639" = load float, float* %"c608"
  %".5640" = fmul reassoc contract float %".4912", %".4983"
  %".5641" = fadd reassoc contract float %".5639", %".5640"
  store float %".5641", float* %"c608"
  %".5643" = load float, float* %"c609"
  %".5644" = fmul reassoc contract float %".4912", %".4988"
  %".5645" = fadd reassoc contract float %".5643", %".5644"
  store float %".5645", float* %"c609"
  %".5647" = load float, float* %"c610"
  %".5648" = fmul reassoc contract float %".4912", %".4993"
  %".5649" = fadd reassoc contract float %".5647", %".5648"
  store float %".5649", float* %"c610"
  %".5651" = load float, float* %"c611"
  %".5652" = fmul reassoc contract float %".4912", %".4998"
  %".5653" = fadd reassoc contract float %".5651", %".5652"
  store float %".5653", float* %"c611"
  %".5655" = load float, float* %"c612"
  %".5656" = fmul reassoc contract float %".4912", %".5003"
  %".5657" = fadd reassoc contract float %".5655", %".5656"
  store float %".5657", float* %"c612"
  %".5659" = load float, float* %"c613"
  %".5660" = fmul reassoc contract float %".4912", %".5008"
  %".5661" = fadd reassoc contract float %".5659", %".5660"
  store float %".5661", float* %"c613"
  %".5663" = load float, float* %"c614"
  %".5664" = fmul reassoc contract float %".4912", %".5013"
  %".5665" = fadd reassoc contract float %".5663", %".5664"
  store float %".5665", float* %"c614"
  %".5667" = load float, float* %"c615"
  %".5668" = fmul reassoc contract float %".4912", %".5018"
  %".5669" = fadd reassoc contract float %".5667", %".5668"
  store float %".5669", float* %"c615"
  %".5671" = load float, float* %"c616"
  %".5672" = fmul reassoc contract float %".4912", %".5023"
  %".5673" = fadd reassoc contract float %".5671", %".5672"
  store float %".5673", float* %"c616"
  %".5675" = load float, float* %"c617"
  %".5676" = fmul reassoc contract float %".4912", %".5028"
  %".5677" = fadd reassoc contract float %".5675", %".5676"
  store float %".5677", float* %"c617"
  %".5679" = load float, float* %"c618"
  %".5680" = fmul reassoc contract float %".4912", %".5033"
  %".5681" = fadd reassoc contract float %".5679", %".5680"
  store float %".5681", float* %"c618"
  %".5683" = load float, float* %"c619"
  %".5684" = fmul reassoc contract float %".4912", %".5038"
  %".5685" = fadd reassoc contract float %".5683", %".5684"
  store float %".5685", float* %"c619"
  %".5687" = load float, float* %"c620"
  %".5688" = fmul reassoc contract float %".4912", %".5043"
  %".5689" = fadd reassoc contract float %".5687", %".5688"
  store float %".5689", float* %"c620"
  %".5691" = load float, float* %"c621"
  %".5692" = fmul reassoc contract float %".4912", %".5048"
  %".5693" = fadd reassoc contract float %".5691", %".5692"
  store float %".5693", float* %"c621"
  %".5695" = load float, float* %"c622"
  %".5696" = fmul reassoc contract float %".4912", %".5053"
  %".5697" = fadd reassoc contract float %".5695", %".5696"
  store float %".5697", float* %"c622"
  %".5699" = load float, float* %"c623"
  %".5700" = fmul reassoc contract float %".4912", %".5058"
  %".5701" = fadd reassoc contract float %".5699", %".5700"
  store float %".5701", float* %"c623"
  %".5703" = load float, float* %"c624"
  %".5704" = fmul reassoc contract float %".4912", %".5063"
  %".5705" = fadd reassoc contract float %".5703", %".5704"
  store float %".5705", float* %"c624"
  %".5707" = load float, float* %"c625"
  %".5708" = fmul reassoc contract float %".4912", %".5068"
  %".5709" = fadd reassoc contract float %".5707", %".5708"
  store float %".5709", float* %"c625"
  %".5711" = load float, float* %"c626"
  %".5712" = fmul reassoc contract float %".4912", %".5073"
  %".5713" = fadd reassoc contract float %".5711", %".5712"
  store float %".5713", float* %"c626"
  %".5715" = load float, float* %"c627"
  %".5716" = fmul reassoc contract float %".4912", %".5078"
  %".5717" = fadd reassoc contract float %".5715", %".5716"
  store float %".5717", float* %"c627"
  %".5719" = load float, float* %"c628"
  %".5720" = fmul reassoc contract float %".4919", %".4923"
  %".5721" = fadd reassoc contract float %".5719", %".5720"
  store float %".5721", float* %"c628"
  %".5723" = load float, float* %"c629"
  %".5724" = fmul reassoc contract float %".4919", %".4928"
  %".5725" = fadd reassoc contract float %".5723", %".5724"
  store float %".5725", float* %"c629"
  %".5727" = load float, float* %"c630"
  %".5728" = fmul reassoc contract float %".4919", %".4933"
  %".5729" = fadd reassoc contract float %".5727", %".5728"
  store float %".5729", float* %"c630"
  %".5731" = load float, float* %"c631"
  %".5732" = fmul reassoc contract float %".4919", %".4938"
  %".5733" = fadd reassoc contract float %".5731", %".5732"
  store float %".5733", float* %"c631"
  %".5735" = load float, float* %"c632"
  %".5736" = fmul reassoc contract float %".4919", %".4943"
  %".5737" = fadd reassoc contract float %".5735", %".5736"
  store float %".5737", float* %"c632"
  %".5739" = load float, float* %"c633"
  %".5740" = fmul reassoc contract float %".4919", %".4948"
  %".5741" = fadd reassoc contract float %".5739", %".5740"
  store float %".5741", float* %"c633"
  %".5743" = load float, float* %"c634"
  %".5744" = fmul reassoc contract float %".4919", %".4953"
  %".5745" = fadd reassoc contract float %".5743", %".5744"
  store float %".5745", float* %"c634"
  %".5747" = load float, float* %"c635"
  %".5748" = fmul reassoc contract float %".4919", %".4958"
  %".5749" = fadd reassoc contract float %".5747", %".5748"
  store float %".5749", float* %"c635"
  %".5751" = load float, float* %"c636"
  %".5752" = fmul reassoc contract float %".4919", %".4963"
  %".5753" = fadd reassoc contract float %".5751", %".5752"
  store float %".5753", float* %"c636"
  %".5755" = load float, float* %"c637"
  %".5756" = fmul reassoc contract float %".4919", %".4968"
  %".5757" = fadd reassoc contract float %".5755", %".5756"
  store float %".5757", float* %"c637"
  %".5759" = load float, float* %"c638"
  %".5760" = fmul reassoc contract float %".4919", %".4973"
  %".5761" = fadd reassoc contract float %".5759", %".5760"
  store float %".5761", float* %"c638"
  %".5763" = load float, float* %"c639"
  %".5764" = fmul reassoc contract float %".4919", %".4978"
  %".5765" = fadd reassoc contract float %".5763", %".5764"
  store float %".5765", float* %"c639"
  %".5767" = load float, float* %"c640"
  %".5768" = fmul reassoc contract float %".4919", %".4983"
  %".5769" = fadd reassoc contract float %".5767", %".5768"
  store float %".5769", float* %"c640"
  %".5771" = load float, float* %"c641"
  %".5772" = fmul reassoc contract float %".4919", %".4988"
  %".5773" = fadd reassoc contract float %".5771", %".5772"
  store float %".5773", float* %"c641"
  %".5775" = load float, float* %"c642"
  %".5776" = fmul reassoc contract float %".4919", %".4993"
  %".5777" = fadd reassoc contract float %".5775", %".5776"
  store float %".5777", float* %"c642"
  %".5779" = load float, float* %"c643"
  %".5780" = fmul reassoc contract float %".4919", %".4998"
  %".5781" = fadd reassoc contract float %".5779", %".5780"
  store float %".5781", float* %"c643"
  %".5783" = load float, float* %"c644"
  %".5784" = fmul reassoc contract float %".4919", %".5003"
  %".5785" = fadd reassoc contract float %".5783", %".5784"
  store float %".5785", float* %"c644"
  %".5787" = load float, float* %"c645"
  %".5788" = fmul reassoc contract float %".4919", %".5008"
  %".5789" = fadd reassoc contract float %".5787", %".5788"
  store float %".5789", float* %"c645"
  %".5791" = load float, float* %"c646"
  %".5792" = fmul reassoc contract float %".4919", %".5013"
  %".5793" = fadd reassoc contract float %".5791", %".5792"
  store float %".5793", float* %"c646"
  %".5795" = load float, float* %"c647"
  %".5796" = fmul reassoc contract float %".4919", %".5018"
  %".5797" = fadd reassoc contract float %".5795", %".5796"
  store float %".5797", float* %"c647"
  %".5799" = load float, float* %"c648"
  %".5800" = fmul reassoc contract float %".4919", %".5023"
  %".5801" = fadd reassoc contract float %".5799", %".5800"
  store float %".5801", float* %"c648"
  %".5803" = load float, float* %"c649"
  %".5804" = fmul reassoc contract float %".4919", %".5028"
  %".5805" = fadd reassoc contract float %".5803", %".5804"
  store float %".5805", float* %"c649"
  %".5807" = load float, float* %"c650"
  %".5808" = fmul reassoc contract float %".4919", %".5033"
  %".5809" = fadd reassoc contract float %".5807", %".5808"
  store float %".5809", float* %"c650"
  %".5811" = load float, float* %"c651"
  %".5812" = fmul reassoc contract float %".4919", %".5038"
  %".5813" = fadd reassoc contract float %".5811", %".5812"
  store float %".5813", float* %"c651"
  %".5815" = load float, float* %"c652"
  %".5816" = fmul reassoc contract float %".4919", %".5043"
  %".5817" = fadd reassoc contract float %".5815", %".5816"
  store float %".5817", float* %"c652"
  %".5819" = load float, float* %"c653"
  %".5820" = fmul reassoc contract float %".4919", %".5048"
  %".5821" = fadd reassoc contract float %".5819", %".5820"
  store float %".5821", float* %"c653"
  %".5823" = load float, float* %"c654"
  %".5824" = fmul reassoc contract float %".4919", %".5053"
  %".5825" = fadd reassoc contract float %".5823", %".5824"
  store float %".5825", float* %"c654"
  %".5827" = load float, float* %"c655"
  %".5828" = fmul reassoc contract float %".4919", %".5058"
  %".5829" = fadd reassoc contract float %".5827", %".5828"
  store float %".5829", float* %"c655"
  %".5831" = load float, float* %"c656"
  %".5832" = fmul reassoc contract float %".4919", %".5063"
  %".5833" = fadd reassoc contract float %".5831", %".5832"
  store float %".5833", float* %"c656"
  %".5835" = load float, float* %"c657"
  %".5836" = fmul reassoc contract float %".4919", %".5068"
  %".5837" = fadd reassoc contract float %".5835", %".5836"
  store float %".5837", float* %"c657"
  %".5839" = load float, float* %"c658"
  %".5840" = fmul reassoc contract float %".4919", %".5073"
  %".5841" = fadd reassoc contract float %".5839", %".5840"
  store float %".5841", float* %"c658"
  %".5843" = load float, float* %"c659"
  %".5844" = fmul reassoc contract float %".4919", %".5078"
  %".5845" = fadd reassoc contract float %".5843", %".5844"
  store float %".5845", float* %"c659"
  %".5847" = add nsw i32 %"k660", 1
  br label %"k660.head", !llvm.loop !5
k660.done:
  %".5849" = load float, float* %"c468"
  %".5850" = sext i32 %"t467" to i64
  %".5851" = mul nsw i64 %".5850", 192
  %".5852" = getelementptr float, float* %"b0", i64 %".5851"
  store float %".5849", float* %".5852"
  %".5854" = load float, float* %"c469"
  %".5855" = sext i32 %"t467" to i64
  %".5856" = mul nsw i64 %".5855", 192
  %".5857" = add nsw i64 1, %".5856"
  %".5858" = getelementptr float, float* %"b0", i64 %".5857"
  store float %".5854", float* %".5858"
  %".5860" = load float, float* %"c470"
  %".5861" = sext i32 %"t467" to i64
  %".5862" = mul nsw i64 %".5861", 192
  %".5863" = add nsw i64 2, %".5862"
  %".5864" = getelementptr float, float* %"b0", i64 %".5863"
  store float %".5860", float* %".5864"
  %".5866" = load float, float* %"c471"
  %".5867" = sext i32 %"t467" to i64
  %".5868" = mul nsw i64 %".5867", 192
  %".5869" = add nsw i64 3, %".5868"
  %".5870" = getelementptr float, float* %"b0", i64 %".5869"
  store float %".5866", float* %".5870"
  %".5872" = load float, float* %"c472"
  %".5873" = sext i32 %"t467" to i64
  %".5874" = mul nsw i64 %".5873", 192
  %".5875" = add nsw i64 4, %".5874"
  %".5876" = getelementptr float, float* %"b0", i64 %".5875"
  store float %".5872", float* %".5876"
  %".5878" = load float, float* %"c473"
  %".5879" = sext i32 %"t467" to i64
  %".5880" = mul nsw i64 %".5879", 192
  %".5881" = add nsw i64 5, %".5880"
  %".5882" = getelementptr float, float* %"b0", i64 %".5881"
  store float %".5878", float* %".5882"
  %".5884" = load float, float* %"c474"
  %".5885" = sext i32 %"t467" to i64
  %".5886" = mul nsw i64 %".5885", 192
  %".5887" = add nsw i64 6, %".5886"
  %".5888" = getelementptr float, float* %"b0", i64 %".5887"
  store float %".5884", float* %".5888"
  %".5890" = load float, float* %"c475"
  %".5891" = sext i32 %"t467" to i64
  %".5892" = mul nsw i64 %".5891", 192
  %".5893" = add nsw i64 7, %".5892"
  %".5894" = getelementptr float, float* %"b0", i64 %".5893"
  store float %".5890", float* %".5894"
  %".5896" = load float, float* %"c476"
  %".5897" = sext i32 %"t467" to i64
  %".5898" = mul nsw i64 %".5897", 192
  %".5899" = add nsw i64 8, %".5898"
  %".5900" = getelementptr float, float* %"b0", i64 %".5899"
  store float %".5896", float* %".5900"
  %".5902" = load float, float* %"c477"
  %".5903" = sext i32 %"t467" to i64
  %".5904" = mul nsw i64 %".5903", 192
  %".5905" = add nsw i64 9, %".5904"
  %".5906" = getelementptr float, float* %"b0", i64 %".5905"
  store float %".5902", float* %".5906"
  %".5908" = load float, float* %"c478"
  %".5909" = sext i32 %"t467" to i64
  %".5910" = mul nsw i64 %".5909", 192
  %".5911" = add nsw i64 10, %".5910"
  %".5912" = getelementptr float, float* %"b0", i64 %".5911"
  store float %".5908", float* %".5912"
  %".5914" = load float, float* %"c479"
  %".5915" = sext i32 %"t467" to i64
  %".5916" = mul nsw i64 %".5915", 192
  %".5917" = add nsw i64 11, %".5916"
  %".5918" = getelementptr float, float* %"b0", i64 %".5917"
  store float %".5914", float* %".5918"
  %".5920" = load float, float* %"c480"
  %".5921" = sext i32 %"t467" to i64
  %".5922" = mul nsw i64 %".5921", 192
  %".5923" = add nsw i64 12, %".5922"
  %".5924" = getelementptr float, float* %"b0", i64 %".5923"
  store float %".5920", float* %".5924"
  %".5926" = load float, float* %"c481"
  %".5927" = sext i32 %"t467" to i64
  %".5928" = mul nsw i64 %".5927", 192
  %".5929" = add nsw i64 13, %".5928"
  %".5930" = getelementptr float, float* %"b0", i64 %".5929"
  store float %".5926", float* %".5930"
  %".5932" = load float, float* %"c482"
  %".5933" = sext i32 %"t467" to i64
  %".5934" = mul nsw i64 %".5933", 192
  %".5935" = add nsw i64 14, %".5934"
  %".5936" = getelementptr float, float* %"b0", i64 %".5935"
  store float %".5932", float* %".5936"
  %".5938" = load float, float* %"c483"
  %".5939" = sext i32 %"t467" to i64
  %".5940" = mul nsw i64 %".5939", 192
  %".5941" = add nsw i64 15, %".5940"
  %".5942" = getelementptr float, float* %"b0", i64 %".5941"
  store float %".5938", float* %".5942"
  %".5944" = load float, float* %"c484"
  %".5945" = sext i32 %"t467" to i64
  %".5946" = mul nsw i64 %".5945", 192
  %".5947" = add nsw i64 16, %".5946"
  %".5948" = getelementptr float, float* %"b0", i64 %".5947"
  store float %".5944", float* %".5948"
  %".5950" = load float, float* %"c485"
  %".5951" = sext i32 %"t467" to i64
  %".5952" = mul nsw i64 %".5951", 192
  %".5953" = add nsw i64 17, %".5952"
  %".5954" = getelementptr float, float* %"b0", i64 %".5953"
  store float %".5950", float* %".5954"
  %".5956" = load float, float* %"c486"
  %".5957" = sext i32 %"t467" to i64
  %".5958" = mul nsw i64 %".5957", 192
  %".5959" = add nsw i64 18, %".5958"
  %".5960" = getelementptr float, float* %"b0", i64 %".5959"
  store float %".5956", float* %".5960"
  %".5962" = load float, float* %"c487"
  %".5963" = sext i32 %"t467" to i64
  %".5964" = mul nsw i64 %".5963", 192
  %".5965" = add nsw i64 19, %".5964"
  %".5966" = getelementptr float, float* %"b0", i64 %".5965"
  store float %".5962", float* %".5966"
  %".5968" = load float, float* %"c488"
  %".5969" = sext i32 %"t467" to i64
  %".5970" = mul nsw i64 %".5969", 192
  %".5971" = add nsw i64 20, %".5970"
  %".5972" = getelementptr float, float* %"b0", i64 %".5971"
  store float %".5968", float* %".5972"
  %".5974" = load float, float* %"c489"
  %".5975" = sext i32 %"t467" to i64
  %".5976" = mul nsw i64 %".5975", 192
  %".5977" = add nsw i64 21, %".5976"
  %".5978" = getelementptr float, float* %"b0", i64 %".5977"
  store float %".5974", float* %".5978"
  %".5980" = load float, float* %"c490"
  %".5981" = sext i32 %"t467" to i64
  %".5982" = mul nsw i64 %".5981", 192
  %".5983" = add nsw i64 22, %".5982"
  %".5984" = getelementptr float, float* %"b0", i64 %".5983"
  store float %".5980", float* %".5984"
  %".5986" = load float, float* %"c491"
  %".5987" = sext i32 %"t467" to i64
  %".5988" = mul nsw i64 %".5987", 192
  %".5989" = add nsw i64 23, %".5988"
  %".5990" = getelementptr float, float* %"b0", i64 %".5989"
  store float %".5986", float* %".5990"
  %".5992" = load float, float* %"c492"
  %".5993" = sext i32 %"t467" to i64
  %".5994" = mul nsw i64 %".5993", 192
  %".5995" = add nsw i64 24, %".5994"
  %".5996" = getelementptr float, float* %"b0", i64 %".5995"
  store float %".5992", float* %".5996"
  %".5998" = load float, float* %"c493"
  %".5999" = sext i32 %"t467" to i64
  %".6000" = mul nsw i64 %".5999", 192
  %".6001" = add nsw i64 25, %".6000"
  %".6002" = getelementptr float, float* %"b0", i64 %".6001"
  store float %".5998", float* %".6002"
  %".6004" = load float, float* %"c494"
  %".6005" = sext i32 %"t467" to i64
  %".6006" = mul nsw i64 %".6005", 192
  %".6007" = add nsw i64 26, %".6006"
  %".6008" = getelementptr float, float* %"b0", i64 %".6007"
  store float %".6004", float* %".6008"
  %".6010" = load float, float* %"c495"
  %".6011" = sext i32 %"t467" to i64
  %".6012" = mul nsw i64 %".6011", 192
  %".6013" = add nsw i64 27, %".6012"
  %".6014" = getelementptr float, float* %"b0", i64 %".6013"
  store float %".6010", float* %".6014"
  %".6016" = load float, float* %"c496"
  %".6017" = sext i32 %"t467" to i64
  %".6018" = mul nsw i64 %".6017", 192
  %".6019" = add nsw i64 28, %".6018"
  %".6020" = getelementptr float, float* %"b0", i64 %".6019"
  store float %".6016", float* %".6020"
  %".6022" = load float, float* %"c497"
  %".6023" = sext i32 %"t467" to i64
  %".6024" = mul nsw i64 %".6023", 192
  %".6025" = add nsw i64 29, %".6024"
  %".6026" = getelementptr float, float* %"b0", i64 %".6025"
  store float %".6022", float* %".6026"
  %".6028" = load float, float* %"c498"
  %".6029" = sext i32 %"t467" to i64
  %".6030" = mul nsw i64 %".6029", 192
  %".6031" = add nsw i64 30, %".6030"
  %".6032" = getelementptr float, float* %"b0", i64 %".6031"
  store float %".6028", float* %".6032"
  %".6034" = load float, float* %"c499"
  %".6035" = sext i32 %"t467" to i64
  %".6036" = mul nsw i64 %".6035", 192
  %".6037" = add nsw i64 31, %".6036"
  %".6038" = getelementptr float, float* %"b0", i64 %".6037"
  store float %".6034", float* %".6038"
  %".6040" = load float, float* %"c500"
  %".6041" = sext i32 %"t467" to i64
  %".6042" = mul nsw i64 %".6041", 192
  %".6043" = add nsw i64 32, %".6042"
  %".6044" = getelementptr float, float* %"b0", i64 %".6043"
  store float %".6040", float* %".6044"
  %".6046" = load float, float* %"c501"
  %".6047" = sext i32 %"t467" to i64
  %".6048" = mul nsw i64 %".6047", 192
  %".6049" = add nsw i64 33, %".6048"
  %".6050" = getelementptr float, float* %"b0", i64 %".6049"
  store float %".6046", float* %".6050"
  %".6052" = load float, float* %"c502"
  %".6053" = sext i32 %"t467" to i64
  %".6054" = mul nsw i64 %".6053", 192
  %".6055" = add nsw i64 34, %".6054"
  %".6056" = getelementptr float, float* %"b0", i64 %".6055"
  store float %".6052", float* %".6056"
  %".6058" = load float, float* %"c503"
  %".6059" = sext i32 %"t467" to i64
  %".6060" = mul nsw i64 %".6059", 192
  %".6061" = add nsw i64 35, %".6060"
  %".6062" = getelementptr float, float* %"b0", i64 %".6061"
  store float %".6058", float* %".6062"
  %".6064" = load float, float* %"c504"
  %".6065" = sext i32 %"t467" to i64
  %".6066" = mul nsw i64 %".6065", 192
  %".6067" = add nsw i64 36, %".6066"
  %".6068" = getelementptr float, float* %"b0", i64 %".6067"
  store float %".6064", float* %".6068"
  %".6070" = load float, float* %"c505"
  %".6071" = sext i32 %"t467" to i64
  %".6072" = mul nsw i64 %".6071", 192
  %".6073" = add nsw i64 37, %".6072"
  %".6074" = getelementptr float, float* %"b0", i64 %".6073"
  store float %".6070", float* %".6074"
  %".6076" = load float, float* %"c506"
  %".6077" = sext i32 %"t467" to i64
  %".6078" = mul nsw i64 %".6077", 192
  %".6079" = add nsw i64 38, %".6078"
  %".6080" = getelementptr float, float* %"b0", i64 %".6079"
  store float %".6076", float* %".6080"
  %".6082" = load float, float* %"c507"
  %".6083" = sext i32 %"t467" to i64
  %".6084" = mul nsw i64 %".6083", 192
  %".6085" = add nsw i64 39, %".6084"
  %".6086" = getelementptr float, float* %"b0", i64 %".6085"
  store float %".6082", float* %".6086"
  %".6088" = load float, float* %"c508"
  %".6089" = sext i32 %"t467" to i64
  %".6090" = mul nsw i64 %".6089", 192
  %".6091" = add nsw i64 40, %".6090"
  %".6092" = getelementptr float, float* %"b0", i64 %".6091"
  store float %".6088", float* %".6092"
  %".6094" = load float, float* %"c509"
  %".6095" = sext i32 %"t467" to i64
  %".6096" = mul nsw i64 %".6095", 192
  %".6097" = add nsw i64 41, %".6096"
  %".6098" = getelementptr float, float* %"b0", i64 %".6097"
  store float %".6094", float* %".6098"
  %".6100" = load float, float* %"c510"
  %".6101" = sext i32 %"t467" to i64
  %".6102" = mul nsw i64 %".6101", 192
  %".6103" = add nsw i64 42, %".6102"
  %".6104" = getelementptr float, float* %"b0", i64 %".6103"
  store float %".6100", float* %".6104"
  %".6106" = load float, float* %"c511"
  %".6107" = sext i32 %"t467" to i64
  %".6108" = mul nsw i64 %".6107", 192
  %".6109" = add nsw i64 43, %".6108"
  %".6110" = getelementptr float, float* %"b0", i64 %".6109"
  store float %".6106", float* %".6110"
  %".6112" = load float, float* %"c512"
  %".6113" = sext i32 %"t467" to i64
  %".6114" = mul nsw i64 %".6113", 192
  %".6115" = add nsw i64 44, %".6114"
  %".6116" = getelementptr float, float* %"b0", i64 %".6115"
  store float %".6112", float* %".6116"
  %".6118" = load float, float* %"c513"
  %".6119" = sext i32 %"t467" to i64
  %".6120" = mul nsw i64 %".6119", 192
  %".6121" = add nsw i64 45, %".6120"
  %".6122" = getelementptr float, float* %"b0", i64 %".6121"
  store float %".6118", float* %".6122"
  %".6124" = load float, float* %"c514"
  %".6125" = sext i32 %"t467" to i64
  %".6126" = mul nsw i64 %".6125", 192
  %".6127" = add nsw i64 46, %".6126"
  %".6128" = getelementptr float, float* %"b0", i64 %".6127"
  store float %".6124", float* %".6128"
  %".6130" = load float, float* %"c515"
  %".6131" = sext i32 %"t467" to i64
  %".6132" = mul nsw i64 %".6131", 192
  %".6133" = add nsw i64 47, %".6132"
  %".6134" = getelementptr float, float* %"b0", i64 %".6133"
  store float %".6130", float* %".6134"
  %".6136" = load float, float* %"c516"
  %".6137" = sext i32 %"t467" to i64
  %".6138" = mul nsw i64 %".6137", 192
  %".6139" = add nsw i64 48, %".6138"
  %".6140" = getelementptr float, float* %"b0", i64 %".6139"
  store float %".6136", float* %".6140"
  %".6142" = load float, float* %"c517"
  %".6143" = sext i32 %"t467" to i64
  %".6144" = mul nsw i64 %".6143", 192
  %".6145" = add nsw i64 49, %".6144"
  %".6146" = getelementptr float, float* %"b0", i64 %".6145"
  store float %".6142", float* %".6146"
  %".6148" = load float, float* %"c518"
  %".6149" = sext i32 %"t467" to i64
  %".6150" = mul nsw i64 %".6149", 192
  %".6151" = add nsw i64 50, %".6150"
  %".6152" = getelementptr float, float* %"b0", i64 %".6151"
  store float %".6148", float* %".6152"
  %".6154" = load float, float* %"c519"
  %".6155" = sext i32 %"t467" to i64
  %".6156" = mul nsw i64 %".6155", 192
  %".6157" = add nsw i64 51, %".6156"
  %".6158" = getelementptr float, float* %"b0", i64 %".6157"
  store float %".6154", float* %".6158"
  %".6160" = load float, float* %"c520"
  %".6161" = sext i32 %"t467" to i64
  %".6162" = mul nsw i64 %".6161", 192
  %".6163" = add nsw i64 52, %".6162"
  %".6164" = getelementptr float, float* %"b0", i64 %".6163"
  store float %".6160", float* %".6164"
  %".6166" = load float, float* %"c521"
  %".6167" = sext i32 %"t467" to i64
  %".6168" = mul nsw i64 %".6167", 192
  %".6169" = add nsw i64 53, %".6168"
  %".6170" = getelementptr float, float* %"b0", i64 %".6169"
  store float %".6166", float* %".6170"
  %".6172" = load float, float* %"c522"
  %".6173" = sext i32 %"t467" to i64
  %".6174" = mul nsw i64 %".6173", 192
  %".6175" = add nsw i64 54, %".6174"
  %".6176" = getelementptr float, float* %"b0", i64 %".6175"
  store float %".6172", float* %".6176"
  %".6178" = load float, float* %"c523"
  %".6179" = sext i32 %"t467" to i64
  %".6180" = mul nsw i64 %".6179", 192
  %".6181" = add nsw i64 55, %".6180"
  %".6182" = getelementptr float, float* %"b0", i64 %".6181"
  store float %".6178", float* %".6182"
  %".6184" = load float, float* %"c524"
  %".6185" = sext i32 %"t467" to i64
  %".6186" = mul nsw i64 %".6185", 192
  %".6187" = add nsw i64 56, %".6186"
  %".6188" = getelementptr float, float* %"b0", i64 %".6187"
  store float %".6184", float* %".6188"
  %".6190" = load float, float* %"c525"
  %".6191" = sext i32 %"t467" to i64
  %".6192" = mul nsw i64 %".6191", 192
  %".6193" = add nsw i64 57, %".6192"
  %".6194" = getelementptr float, float* %"b0", i64 %".6193"
  store float %".6190", float* %".6194"
  %".6196" = load float, float* %"c526"
  %".6197" = sext i32 %"t467" to i64
  %".6198" = mul nsw i64 %".6197", 192
  %".6199" = add nsw i64 58, %".6198"
  %".6200" = getelementptr float, float* %"b0", i64 %".6199"
  store float %".6196", float* %".6200"
  %".6202" = load float, float* %"c527"
  %".6203" = sext i32 %"t467" to i64
  %".6204" = mul nsw i64 %".6203", 192
  %".6205" = add nsw i64 59, %".6204"
  %".6206" = getelementptr float, float* %"b0", i64 %".6205"
  store float %".6202", float* %".6206"
  %".6208" = load float, float* %"c528"
  %".6209" = sext i32 %"t467" to i64
  %".6210" = mul nsw i64 %".6209", 192
  %".6211" = add nsw i64 60, %".6210"
  %".6212" = getelementptr float, float* %"b0", i64 %".6211"
  store float %".6208", float* %".6212"
  %".6214" = load float, float* %"c529"
  %".6215" = sext i32 %"t467" to i64
  %".6216" = mul nsw i64 %".6215", 192
  %".6217" = add nsw i64 61, %".6216"
  %".6218" = getelementptr float, float* %"b0", i64 %".6217"
  store float %".6214", float* %".6218"
  %".6220" = load float, float* %"c530"
  %".6221" = sext i32 %"t467" to i64
  %".6222" = mul nsw i64 %".6221", 192
  %".6223" = add nsw i64 62, %".6222"
  %".6224" = getelementptr float, float* %"b0", i64 %".6223"
  store float %".6220", float* %".6224"
  %".6226" = load float, float* %"c531"
  %".6227" = sext i32 %"t467" to i64
  %".6228" = mul nsw i64 %".6227", 192
  %".6229" = add nsw i64 63, %".6228"
  %".6230" = getelementptr float, float* %"b0", i64 %".6229"
  store float %".6226", float* %".6230"
  %".6232" = load float, float* %"c532"
  %".6233" = sext i32 %"t467" to i64
  %".6234" = mul nsw i64 %".6233", 192
  %".6235" = add nsw i64 64, %".6234"
  %".6236" = getelementptr float, float* %"b0", i64 %".6235"
  store float %".6232", float* %".6236"
  %".6238" = load float, float* %"c533"
  %".6239" = sext i32 %"t467" to i64
  %".6240" = mul nsw i64 %".6239", 192
  %".6241" = add nsw i64 65, %".6240"
  %".6242" = getelementptr float, float* %"b0", i64 %".6241"
  store float %".6238", float* %".6242"
  %".6244" = load float, float* %"c534"
  %".6245" = sext i32 %"t467" to i64
  %".6246" = mul nsw i64 %".6245", 192
  %".6247" = add nsw i64 66, %".6246"
  %".6248" = getelementptr float, float* %"b0", i64 %".6247"
  store float %".6244", float* %".6248"
  %".6250" = load float, float* %"c535"
  %".6251" = sext i32 %"t467" to i64
  %".6252" = mul nsw i64 %".6251", 192
  %".6253" = add nsw i64 67, %".6252"
  %".6254" = getelementptr float, float* %"b0", i64 %".6253"
  store float %".6250", float* %".6254"
  %".6256" = load float, float* %"c536"
  %".6257" = sext i32 %"t467" to i64
  %".6258" = mul nsw i64 %".6257", 192
  %".6259" = add nsw i64 68, %".6258"
  %".6260" = getelementptr float, float* %"b0", i64 %".6259"
  store float %".6256", float* %".6260"
  %".6262" = load float, float* %"c537"
  %".6263" = sext i32 %"t467" to i64
  %".6264" = mul nsw i64 %".6263", 192
  %".6265" = add nsw i64 69, %".6264"
  %".6266" = getelementptr float, float* %"b0", i64 %".6265"
  store float %".6262", float* %".6266"
  %".6268" = load float, float* %"c538"
  %".6269" = sext i32 %"t467" to i64
  %".6270" = mul nsw i64 %".6269", 192
  %".6271" = add nsw i64 70, %".6270"
  %".6272" = getelementptr float, float* %"b0", i64 %".6271"
  store float %".6268", float* %".6272"
  %".6274" = load float, float* %"c539"
  %".6275" = sext i32 %"t467" to i64
  %".6276" = mul nsw i64 %".6275", 192
  %".6277" = add nsw i64 71, %".6276"
  %".6278" = getelementptr float, float* %"b0", i64 %".6277"
  store float %".6274", float* %".6278"
  %".6280" = load float, float* %"c540"
  %".6281" = sext i32 %"t467" to i64
  %".6282" = mul nsw i64 %".6281", 192
  %".6283" = add nsw i64 72, %".6282"
  %".6284" = getelementptr float, float* %"b0", i64 %".6283"
  store float %".6280", float* %".6284"
  %".6286" = load float, float* %"c541"
  %".6287" = sext i32 %"t467" to i64
  %".6288" = mul nsw i64 %".6287", 192
  %".6289" = add nsw i64 73, %".6288"
  %".6290" = getelementptr float, float* %"b0", i64 %".6289"
  store float %".6286", float* %".6290"
  %".6292" = load float, float* %"c542"
  %".6293" = sext i32 %"t467" to i64
  %".6294" = mul nsw i64 %".6293", 192
  %".6295" = add nsw i64 74, %".6294"
  %".6296" = getelementptr float, float* %"b0", i64 %".6295"
  store float %".6292", float* %".6296"
  %".6298" = load float, float* %"c543"
  %".6299" = sext i32 %"t467" to i64
  %".6300" = mul nsw i64 %".6299", 192
  %".6301" = add nsw i64 75, %".6300"
  %".6302" = getelementptr float, float* %"b0", i64 %".6301"
  store float %".6298", float* %".6302"
  %".6304" = load float, float* %"c544"
  %".6305" = sext i32 %"t467" to i64
  %".6306" = mul nsw i64 %".6305", 192
  %".6307" = add nsw i64 76, %".6306"
  %".6308" = getelementptr float, float* %"b0", i64 %".6307"
  store float %".6304", float* %".6308"
  %".6310" = load float, float* %"c545"
  %".6311" = sext i32 %"t467" to i64
  %".6312" = mul nsw i64 %".6311", 192
  %".6313" = add nsw i64 77, %".6312"
  %".6314" = getelementptr float, float* %"b0", i64 %".6313"
  store float %".6310", float* %".6314"
  %".6316" = load float, float* %"c546"
  %".6317" = sext i32 %"t467" to i64
  %".6318" = mul nsw i64 %".6317", 192
  %".6319" = add nsw i64 78, %".6318"
  %".6320" = getelementptr float, float* %"b0", i64 %".6319"
  store float %".6316", float* %".6320"
  %".6322" = load float, float* %"c547"
  %".6323" = sext i32 %"t467" to i64
  %".6324" = mul nsw i64 %".6323", 192
  %".6325" = add nsw i64 79, %".6324"
  %".6326" = getelementptr float, float* %"b0", i64 %".6325"
  store float %".6322", float* %".6326"
  %".6328" = load float, float* %"c548"
  %".6329" = sext i32 %"t467" to i64
  %".6330" = mul nsw i64 %".6329", 192
  %".6331" = add nsw i64 80, %".6330"
  %".6332" = getelementptr float, float* %"b0", i64 %".6331"
  store float %".6328", float* %".6332"
  %".6334" = load float, float* %"c549"
  %".6335" = sext i32 %"t467" to i64
  %".6336" = mul nsw i64 %".6335", 192
  %".6337" = add nsw i64 81, %".6336"
  %".6338" = getelementptr float, float* %"b0", i64 %".6337"
  store float %".6334", float* %".6338"
  %".6340" = load float, float* %"c550"
  %".6341" = sext i32 %"t467" to i64
  %".6342" = mul nsw i64 %".6341", 192
  %".6343" = add nsw i64 82, %".6342"
  %".6344" = getelementptr float, float* %"b0", i64 %".6343"
  store float %".6340", float* %".6344"
  %".6346" = load float, float* %"c551"
  %".6347" = sext i32 %"t467" to i64
  %".6348" = mul nsw i64 %".6347", 192
  %".6349" = add nsw i64 83, %".6348"
  %".6350" = getelementptr float, float* %"b0", i64 %".6349"
  store float %".6346", float* %".6350"
  %".6352" = load float, float* %"c552"
  %".6353" = sext i32 %"t467" to i64
  %".6354" = mul nsw i64 %".6353", 192
  %".6355" = add nsw i64 84, %".6354"
  %".6356" = getelementptr float, float* %"b0", i64 %".6355"
  store float %".6352", float* %".6356"
  %".6358" = load float, float* %"c553"
  %".6359" = sext i32 %"t467" to i64
  %".6360" = mul nsw i64 %".6359", 192
  %".6361" = add nsw i64 85, %".6360"
  %".6362" = getelementptr float, float* %"b0", i64 %".6361"
  store float %".6358", float* %".6362"
  %".6364" = load float, float* %"c554"
  %".6365" = sext i32 %"t467" to i64
  %".6366" = mul nsw i64 %".6365", 192
  %".6367" = add nsw i64 86, %".6366"
  %".6368" = getelementptr float, float* %"b0", i64 %".6367"
  store float %".6364", float* %".6368"
  %".6370" = load float, float* %"c555"
  %".6371" = sext i32 %"t467" to i64
  %".6372" = mul nsw i64 %".6371", 192
  %".6373" = add nsw i64 87, %".6372"
  %".6374" = getelementptr float, float* %"b0", i64 %".6373"
  store float %".6370", float* %".6374"
  %".6376" = load float, float* %"c556"
  %".6377" = sext i32 %"t467" to i64
  %".6378" = mul nsw i64 %".6377", 192
  %".6379" = add nsw i64 88, %".6378"
  %".6380" = getelementptr float, float* %"b0", i64 %".6379"
  store float %".6376", float* %".6380"
  %".6382" = load float, float* %"c557"
  %".6383" = sext i32 %"t467" to i64
  %".6384" = mul nsw i64 %".6383", 192
  %".6385" = add nsw i64 89, %".6384"
  %".6386" = getelementptr float, float* %"b0", i64 %".6385"
  store float %".6382", float* %".6386"
  %".6388" = load float, float* %"c558"
  %".6389" = sext i32 %"t467" to i64
  %".6390" = mul nsw i64 %".6389", 192
  %".6391" = add nsw i64 90, %".6390"
  %".6392" = getelementptr float, float* %"b0", i64 %".6391"
  store float %".6388", float* %".6392"
  %".6394" = load float, float* %"c559"
  %".6395" = sext i32 %"t467" to i64
  %".6396" = mul nsw i64 %".6395", 192
  %".6397" = add nsw i64 91, %".6396"
  %".6398" = getelementptr float, float* %"b0", i64 %".6397"
  store float %".6394", float* %".6398"
  %".6400" = load float, float* %"c560"
  %".6401" = sext i32 %"t467" to i64
  %".6402" = mul nsw i64 %".6401", 192
  %".6403" = add nsw i64 92, %".6402"
  %".6404" = getelementptr float, float* %"b0", i64 %".6403"
  store float %".6400", float* %".6404"
  %".6406" = load float, float* %"c561"
  %".6407" = sext i32 %"t467" to i64
  %".6408" = mul nsw i64 %".6407", 192
  %".6409" = add nsw i64 93, %".6408"
  %".6410" = getelementptr float, float* %"b0", i64 %".6409"
  store float %".6406", float* %".6410"
  %".6412" = load float, float* %"c562"
  %".6413" = sext i32 %"t467" to i64
  %".6414" = mul nsw i64 %".6413", 192
  %".6415" = add nsw i64 94, %".6414"
  %".6416" = getelementptr float, float* %"b0", i64 %".6415"
  store float %".6412", float* %".6416"
  %".6418" = load float, float* %"c563"
  %".6419" = sext i32 %"t467" to i64
  %".6420" = mul nsw i64 %".6419", 192
  %".6421" = add nsw i64 95, %".6420"
  %".6422" = getelementptr float, float* %"b0", i64 %".6421"
  store float %".6418", float* %".6422"
  %".6424" = load float, float* %"c564"
  %".6425" = sext i32 %"t467" to i64
  %".6426" = mul nsw i64 %".6425", 192
  %".6427" = add nsw i64 96, %".6426"
  %".6428" = getelementptr float, float* %"b0", i64 %".6427"
  store float %".6424", float* %".6428"
  %".6430" = load float, float* %"c565"
  %".6431" = sext i32 %"t467" to i64
  %".6432" = mul nsw i64 %".6431", 192
  %".6433" = add nsw i64 97, %".6432"
  %".6434" = getelementptr float, float* %"b0", i64 %".6433"
  store float %".6430", float* %".6434"
  %".6436" = load float, float* %"c566"
  %".6437" = sext i32 %"t467" to i64
  %".6438" = mul nsw i64 %".6437", 192
  %".6439" = add nsw i64 98, %".6438"
  %".6440" = getelementptr float, float* %"b0", i64 %".6439"
  store float %".6436", float* %".6440"
  %".6442" = load float, float* %"c567"
  %".6443" = sext i32 %"t467" to i64
  %".6444" = mul nsw i64 %".6443", 192
  %".6445" = add nsw i64 99, %".6444"
  %".6446" = getelementptr float, float* %"b0", i64 %".6445"
  store float %".6442", float* %".6446"
  %".6448" = load float, float* %"c568"
  %".6449" = sext i32 %"t467" to i64
  %".6450" = mul nsw i64 %".6449", 192
  %".6451" = add nsw i64 100, %".6450"
  %".6452" = getelementptr float, float* %"b0", i64 %".6451"
  store float %".6448", float* %".6452"
  %".6454" = load float, float* %"c569"
  %".6455" = sext i32 %"t467" to i64
  %".6456" = mul nsw i64 %".6455", 192
  %".6457" = add nsw i64 101, %".6456"
  %".6458" = getelementptr float, float* %"b0", i64 %".6457"
  store float %".6454", float* %".6458"
  %".6460" = load float, float* %"c570"
  %".6461" = sext i32 %"t467" to i64
  %".6462" = mul nsw i64 %".6461", 192
  %".6463" = add nsw i64 102, %".6462"
  %".6464" = getelementptr float, float* %"b0", i64 %".6463"
  store float %".6460", float* %".6464"
  %".6466" = load float, float* %"c571"
  %".6467" = sext i32 %"t467" to i64
  %".6468" = mul nsw i64 %".6467", 192
  %".6469" = add nsw i64 103, %".6468"
  %".6470" = getelementptr float, float* %"b0", i64 %".6469"
  store float %".6466", float* %".6470"
  %".6472" = load float, float* %"c572"
  %".6473" = sext i32 %"t467" to i64
  %".6474" = mul nsw i64 %".6473", 192
  %".6475" = add nsw i64 104, %".6474"
  %".6476" = getelementptr float, float* %"b0", i64 %".6475"
  store float %".6472", float* %".6476"
  %".6478" = load float, float* %"c573"
  %".6479" = sext i32 %"t467" to i64
  %".6480" = mul nsw i64 %".6479", 192
  %".6481" = add nsw i64 105, %".6480"
  %".6482" = getelementptr float, float* %"b0", i64 %".6481"
  store float %".6478", float* %".6482"
  %".6484" = load float, float* %"c574"
  %".6485" = sext i32 %"t467" to i64
  %".6486" = mul nsw i64 %".6485", 192
  %".6487" = add nsw i64 106, %".6486"
  %".6488" = getelementptr float, float* %"b0", i64 %".6487"
  store float %".6484", float* %".6488"
  %".6490" = load float, float* %"c575"
  %".6491" = sext i32 %"t467" to i64
  %".6492" = mul nsw i64 %".6491", 192
  %".6493" = add nsw i64 107, %".6492"
  %".6494" = getelementptr float, float* %"b0", i64 %".6493"
  store float %".6490", float* %".6494"
  %".6496" = load float, float* %"c576"
  %".6497" = sext i32 %"t467" to i64
  %".6498" = mul nsw i64 %".6497", 192
  %".6499" = add nsw i64 108, %".6498"
  %".6500" = getelementptr float, float* %"b0", i64 %".6499"
  store float %".6496", float* %".6500"
  %".6502" = load float, float* %"c577"
  %".6503" = sext i32 %"t467" to i64
  %".6504" = mul nsw i64 %".6503", 192
  %".6505" = add nsw i64 109, %".6504"
  %".6506" = getelementptr float, float* %"b0", i64 %".6505"
  store float %".6502", float* %".6506"
  %".6508" = load float, float* %"c578"
  %".6509" = sext i32 %"t467" to i64
  %".6510" = mul nsw i64 %".6509", 192
  %".6511" = add nsw i64 110, %".6510"
  %".6512" = getelementptr float, float* %"b0", i64 %".6511"
  store float %".6508", float* %".6512"
  %".6514" = load float, float* %"c579"
  %".6515" = sext i32 %"t467" to i64
  %".6516" = mul nsw i64 %".6515", 192
  %".6517" = add nsw i64 111, %".6516"
  %".6518" = getelementptr float, float* %"b0", i64 %".6517"
  store float %".6514", float* %".6518"
  %".6520" = load float, float* %"c580"
  %".6521" = sext i32 %"t467" to i64
  %".6522" = mul nsw i64 %".6521", 192
  %".6523" = add nsw i64 112, %".6522"
  %".6524" = getelementptr float, float* %"b0", i64 %".6523"
  store float %".6520", float* %".6524"
  %".6526" = load float, float* %"c581"
  %".6527" = sext i32 %"t467" to i64
  %".6528" = mul nsw i64 %".6527", 192
  %".6529" = add nsw i64 113, %".6528"
  %".6530" = getelementptr float, float* %"b0", i64 %".6529"
  store float %".6526", float* %".6530"
  %".6532" = load float, float* %"c582"
  %".6533" = sext i32 %"t467" to i64
  %".6534" = mul nsw i64 %".6533", 192
  %".6535" = add nsw i64 114, %".6534"
  %".6536" = getelementptr float, float* %"b0", i64 %".6535"
  store float %".6532", float* %".6536"
  %".6538" = load float, float* %"c583"
  %".6539" = sext i32 %"t467" to i64
  %".6540" = mul nsw i64 %".6539", 192
  %".6541" = add nsw i64 115, %".6540"
  %".6542" = getelementptr float, float* %"b0", i64 %".6541"
  store float %".6538", float* %".6542"
  %".6544" = load float, float* %"c584"
  %".6545" = sext i32 %"t467" to i64
  %".6546" = mul nsw i64 %".6545", 192
  %".6547" = add nsw i64 116, %".6546"
  %".6548" = getelementptr float, float* %"b0", i64 %".6547"
  store float %".6544", float* %".6548"
  %".6550" = load float, float* %"c585"
  %".6551" = sext i32 %"t467" to i64
  %".6552" = mul nsw i64 %".6551", 192
  %".6553" = add nsw i64 117, %".6552"
  %".6554" = getelementptr float, float* %"b0", i64 %".6553"
  store float %".6550", float* %".6554"
  %".6556" = load float, float* %"c586"
  %".6557" = sext i32 %"t467" to i64
  %".6558" = mul nsw i64 %".6557", 192
  %".6559" = add nsw i64 118, %".6558"
  %".6560" = getelementptr float, float* %"b0", i64 %".6559"
  store float %".6556", float* %".6560"
  %".6562" = load float, float* %"c587"
  %".6563" = sext i32 %"t467" to i64
  %".6564" = mul nsw i64 %".6563", 192
  %".6565" = add nsw i64 119, %".6564"
  %".6566" = getelementptr float, float* %"b0", i64 %".6565"
  store float %".6562", float* %".6566"
  %".6568" = load float, float* %"c588"
  %".6569" = sext i32 %"t467" to i64
  %".6570" = mul nsw i64 %".6569", 192
  %".6571" = add nsw i64 120, %".6570"
  %".6572" = getelementptr float, float* %"b0", i64 %".6571"
  store float %".6568", float* %".6572"
  %".6574" = load float, float* %"c589"
  %".6575" = sext i32 %"t467" to i64
  %".6576" = mul nsw i64 %".6575", 192
  %".6577" = add nsw i64 121, %".6576"
  %".6578" = getelementptr float, float* %"b0", i64 %".6577"
  store float %".6574", float* %".6578"
  %".6580" = load float, float* %"c590"
  %".6581" = sext i32 %"t467" to i64
  %".6582" = mul nsw i64 %".6581", 192
  %".6583" = add nsw i64 122, %".6582"
  %".6584" = getelementptr float, float* %"b0", i64 %".6583"
  store float %".6580", float* %".6584"
  %".6586" = load float, float* %"c591"
  %".6587" = sext i32 %"t467" to i64
  %".6588" = mul nsw i64 %".6587", 192
  %".6589" = add nsw i64 123, %".6588"
  %".6590" = getelementptr float, float* %"b0", i64 %".6589"
  store float %".6586", float* %".6590"
  %".6592" = load float, float* %"c592"
  %".6593" = sext i32 %"t467" to i64
  %".6594" = mul nsw i64 %".6593", 192
  %".6595" = add nsw i64 124, %".6594"
  %".6596" = getelementptr float, float* %"b0", i64 %".6595"
  store float %".6592", float* %".6596"
  %".6598" = load float, float* %"c593"
  %".6599" = sext i32 %"t467" to i64
  %".6600" = mul nsw i64 %".6599", 192
  %".6601" = add nsw i64 125, %".6600"
  %".6602" = getelementptr float, float* %"b0", i64 %".6601"
  store float %".6598", float* %".6602"
  %".6604" = load float, float* %"c594"
  %".6605" = sext i32 %"t467" to i64
  %".6606" = mul nsw i64 %".6605", 192
  %".6607" = add nsw i64 126, %".6606"
  %".6608" = getelementptr float, float* %"b0", i64 %".6607"
  store float %".6604", float* %".6608"
  %".6610" = load float, float* %"c595"
  %".6611" = sext i32 %"t467" to i64
  %".6612" = mul nsw i64 %".6611", 192
  %".6613" = add nsw i64 127, %".6612"
  %".6614" = getelementptr float, float* %"b0", i64 %".6613"
  store float %".6610", float* %".6614"
  %".6616" = load float, float* %"c596"
  %".6617" = sext i32 %"t467" to i64
  %".6618" = mul nsw i64 %".6617", 192
  %".6619" = add nsw i64 128, %".6618"
  %".6620" = getelementptr float, float* %"b0", i64 %".6619"
  store float %".6616", float* %".6620"
  %".6622" = load float, float* %"c597"
  %".6623" = sext i32 %"t467" to i64
  %".6624" = mul nsw i64 %".6623", 192
  %".6625" = add nsw i64 129, %".6624"
  %".6626" = getelementptr float, float* %"b0", i64 %".6625"
  store float %".6622", float* %".6626"
  %".6628" = load float, float* %"c598"
  %".6629" = sext i32 %"t467" to i64
  %".6630" = mul nsw i64 %".6629", 192
  %".6631" = add nsw i64 130, %".6630"
  %".6632" = getelementptr float, float* %"b0", i64 %".6631"
  store float %".6628", float* %".6632"
  %".6634" = load float, float* %"c599"
  %".6635" = sext i32 %"t467" to i64
  %".6636" = mul nsw i64 %".6635", 192
  %".6637" = add nsw i64 131, %".6636"
  %".6638" = getelementptr float, float* %"b0", i64 %".6637"
  store float %".6634", float* %".6638"
  %".6640" = load float, float* %"c600"
  %".6641" = sext i32 %"t467" to i64
  %".6642" = mul nsw i64 %".6641", 192
  %".6643" = add nsw i64 132, %".6642"
  %".6644" = getelementptr float, float* %"b0", i64 %".6643"
  store float %".6640", float* %".6644"
  %".6646" = load float, float* %"c601"
  %".6647" = sext i32 %"t467" to i64
  %".6648" = mul nsw i64 %".6647", 192
  %".6649" = add nsw i64 133, %".6648"
  %".6650" = getelementptr float, float* %"b0", i64 %".6649"
  store float %".6646", float* %".6650"
  %".6652" = load float, float* %"c602"
  %".6653" = sext i32 %"t467" to i64
  %".6654" = mul nsw i64 %".6653", 192
  %".6655" = add nsw i64 134, %".6654"
  %".6656" = getelementptr float, float* %"b0", i64 %".6655"
  store float %".6652", float* %".6656"
  %".6658" = load float, float* %"c603"
  %".6659" = sext i32 %"t467" to i64
  %".6660" = mul nsw i64 %".6659", 192
  %".6661" = add nsw i64 135, %".6660"
  %".6662" = getelementptr float, float* %"b0", i64 %".6661"
  store float %".6658", float* %".6662"
  %".6664" = load float, float* %"c604"
  %".6665" = sext i32 %"t467" to i64
  %".6666" = mul nsw i64 %".6665", 192
  %".6667" = add nsw i64 136, %".6666"
  %".6668" = getelementptr float, float* %"b0", i64 %".6667"
  store float %".6664", float* %".6668"
  %".6670" = load float, float* %"c605"
  %".6671" = sext i32 %"t467" to i64
  %".6672" = mul nsw i64 %".6671", 192
  %".6673" = add nsw i64 137, %".6672"
  %".6674" = getelementptr float, float* %"b0", i64 %".6673"
  store float %".6670", float* %".6674"
  %".6676" = load float, float* %"c606"
  %".6677" = sext i32 %"t467" to i64
  %".6678" = mul nsw i64 %".6677", 192
  %".6679" = add nsw i64 138, %".6678"
  %".6680" = getelementptr float, float* %"b0", i64 %".6679"
  store float %".6676", float* %".6680"
  %".6682" = load float, float* %"c607"
  %".6683" = sext i32 %"t467" to i64
  %".6684" = mul nsw i64 %".6683", 192
  %".6685" = add nsw i64 139, %".6684"
  %".6686" = getelementptr float, float* %"b0", i64 %".6685"
  store float %".6682", float* %".6686"
  %".6688" = load float, float* %"c608"
  %".6689" = sext i32 %"t467" to i64
  %".6690" = mul nsw i64 %".6689", 192
  %".6691" = add nsw i64 140, %".6690"
  %".6692" = getelementptr float, float* %"b0", i64 %".6691"
  store float %".6688", float* %".6692"
  %".6694" = load float, float* %"c609"
  %".6695" = sext i32 %"t467" to i64
  %".6696" = mul nsw i64 %".6695", 192
  %".6697" = add nsw i64 141, %".6696"
  %".6698" = getelementptr float, float* %"b0", i64 %".6697"
  store float %".6694", float* %".6698"
  %".6700" = load float, float* %"c610"
  %".6701" = sext i32 %"t467" to i64
  %".6702" = mul nsw i64 %".6701", 192
  %".6703" = add nsw i64 142, %".6702"
  %".6704" = getelementptr float, float* %"b0", i64 %".6703"
  store float %".6700", float* %".6704"
  %".6706" = load float, float* %"c611"
  %".6707" = sext i32 %"t467" to i64
  %".6708" = mul nsw i64 %".6707", 192
  %".6709" = add nsw i64 143, %".6708"
  %".6710" = getelementptr float, float* %"b0", i64 %".6709"
  store float %".6706", float* %".6710"
  %".6712" = load float, float* %"c612"
  %".6713" = sext i32 %"t467" to i64
  %".6714" = mul nsw i64 %".6713", 192
  %".6715" = add nsw i64 144, %".6714"
  %".6716" = getelementptr float, float* %"b0", i64 %".6715"
  store float %".6712", float* %".6716"
  %".6718" = load float, float* %"c613"
  %".6719" = sext i32 %"t467" to i64
  %".6720" = mul nsw i64 %".6719", 192
  %".6721" = add nsw i64 145, %".6720"
  %".6722" = getelementptr float, float* %"b0", i64 %".6721"
  store float %".6718", float* %".6722"
  %".6724" = load float, float* %"c614"
  %".6725" = sext i32 %"t467" to i64
  %".6726" = mul nsw i64 %".6725", 192
  %".6727" = add nsw i64 146, %".6726"
  %".6728" = getelementptr float, float* %"b0", i64 %".6727"
  store float %".6724", float* %".6728"
  %".6730" = load float, float* %"c615"
  %".6731" = sext i32 %"t467" to i64
  %".6732" = mul nsw i64 %".6731", 192
  %".6733" = add nsw i64 147, %".6732"
  %".6734" = getelementptr float, float* %"b0", i64 %".6733"
  store float %".6730", float* %".6734"
  %".6736" = load float, float* %"c616"
  %".6737" = sext i32 %"t467" to i64
  %".6738" = mul nsw i64 %".6737", 192
  %".6739" = add nsw i64 148, %".6738"
  %".6740" = getelementptr float, float* %"b0", i64 %".6739"
  store float %".6736", float* %".6740"
  %".6742" = load float, float* %"c617"
  %".6743" = sext i32 %"t467" to i64
  %".6744" = mul nsw i64 %".6743", 192
  %".6745" = add nsw i64 149, %".6744"
  %".6746" = getelementptr float, float* %"b0", i64 %".6745"
  store float %".6742", float* %".6746"
  %".6748" = load float, float* %"c618"
  %".6749" = sext i32 %"t467" to i64
  %".6750" = mul nsw i64 %".6749", 192
  %".6751" = add nsw i64 150, %".6750"
  %".6752" = getelementptr float, float* %"b0", i64 %".6751"
  store float %".6748", float* %".6752"
  %".6754" = load float, float* %"c619"
  %".6755" = sext i32 %"t467" to i64
  %".6756" = mul nsw i64 %".6755", 192
  %".6757" = add nsw i64 151, %".6756"
  %".6758" = getelementptr float, float* %"b0", i64 %".6757"
  store float %".6754", float* %".6758"
  %".6760" = load float, float* %"c620"
  %".6761" = sext i32 %"t467" to i64
  %".6762" = mul nsw i64 %".6761", 192
  %".6763" = add nsw i64 152, %".6762"
  %".6764" = getelementptr float, float* %"b0", i64 %".6763"
  store float %".6760", float* %".6764"
  %".6766" = load float, float* %"c621"
  %".6767" = sext i32 %"t467" to i64
  %".6768" = mul nsw i64 %".6767", 192
  %".6769" = add nsw i64 153, %".6768"
  %".6770" = getelementptr float, float* %"b0", i64 %".6769"
  store float %".6766", float* %".6770"
  %".6772" = load float, float* %"c622"
  %".6773" = sext i32 %"t467" to i64
  %".6774" = mul nsw i64 %".6773", 192
  %".6775" = add nsw i64 154, %".6774"
  %".6776" = getelementptr float, float* %"b0", i64 %".6775"
  store float %".6772", float* %".6776"
  %".6778" = load float, float* %"c623"
  %".6779" = sext i32 %"t467" to i64
  %".6780" = mul nsw i64 %".6779", 192
  %".6781" = add nsw i64 155, %".6780"
  %".6782" = getelementptr float, float* %"b0", i64 %".6781"
  store float %".6778", float* %".6782"
  %".6784" = load float, float* %"c624"
  %".6785" = sext i32 %"t467" to i64
  %".6786" = mul nsw i64 %".6785", 192
  %".6787" = add nsw i64 156, %".6786"
  %".6788" = getelementptr float, float* %"b0", i64 %".6787"
  store float %".6784", float* %".6788"
  %".6790" = load float, float* %"c625"
  %".6791" = sext i32 %"t467" to i64
  %".6792" = mul nsw i64 %".6791", 192
  %".6793" = add nsw i64 157, %".6792"
  %".6794" = getelementptr float, float* %"b0", i64 %".6793"
  store float %".6790", float* %".6794"
  %".6796" = load float, float* %"c626"
  %".6797" = sext i32 %"t467" to i64
  %".6798" = mul nsw i64 %".6797", 192
  %".6799" = add nsw i64 158, %".6798"
  %".6800" = getelementptr float, float* %"b0", i64 %".6799"
  store float %".6796", float* %".6800"
  %".6802" = load float, float* %"c627"
  %".6803" = sext i32 %"t467" to i64
  %".6804" = mul nsw i64 %".6803", 192
  %".6805" = add nsw i64 159, %".6804"
  %".6806" = getelementptr float, float* %"b0", i64 %".6805"
  store float %".6802", float* %".6806"
  %".6808" = load float, float* %"c628"
  %".6809" = sext i32 %"t467" to i64
  %".6810" = mul nsw i64 %".6809", 192
  %".6811" = add nsw i64 160, %".6810"
  %".6812" = getelementptr float, float* %"b0", i64 %".6811"
  store float %".6808", float* %".6812"
  %".6814" = load float, float* %"c629"
  %".6815" = sext i32 %"t467" to i64
  %".6816" = mul nsw i64 %".6815", 192
  %".6817" = add nsw i64 161, %".6816"
  %".6818" = getelementptr float, float* %"b0", i64 %".6817"
  store float %".6814", float* %".6818"
  %".6820" = load float, float* %"c630"
  %".6821" = sext i32 %"t467" to i64
  %".6822" = mul nsw i64 %".6821", 192
  %".6823" = add nsw i64 162, %".6822"
  %".6824" = getelementptr float, float* %"b0", i64 %".6823"
  store float %".6820", float* %".6824"
  %".6826" = load float, float* %"c631"
  %".6827" = sext i32 %"t467" to i64
  %".6828" = mul nsw i64 %".6827", 192
  %".6829" = add nsw i64 163, %".6828"
  %".6830" = getelementptr float, float* %"b0", i64 %".6829"
  store float %".6826", float* %".6830"
  %".6832" = load float, float* %"c632"
  %".6833" = sext i32 %"t467" to i64
  %".6834" = mul nsw i64 %".6833", 192
  %".6835" = add nsw i64 164, %".6834"
  %".6836" = getelementptr float, float* %"b0", i64 %".6835"
  store float %".6832", float* %".6836"
  %".6838" = load float, float* %"c633"
  %".6839" = sext i32 %"t467" to i64
  %".6840" = mul nsw i64 %".6839", 192
  %".6841" = add nsw i64 165, %".6840"
  %".6842" = getelementptr float, float* %"b0", i64 %".6841"
  store float %".6838", float* %".6842"
  %".6844" = load float, float* %"c634"
  %".6845" = sext i32 %"t467" to i64
  %".6846" = mul nsw i64 %".6845", 192
  %".6847" = add nsw i64 166, %".6846"
  %".6848" = getelementptr float, float* %"b0", i64 %".6847"
  store float %".6844", float* %".6848"
  %".6850" = load float, float* %"c635"
  %".6851" = sext i32 %"t467" to i64
  %".6852" = mul nsw i64 %".6851", 192
  %".6853" = add nsw i64 167, %".6852"
  %".6854" = getelementptr float, float* %"b0", i64 %".6853"
  store float %".6850", float* %".6854"
  %".6856" = load float, float* %"c636"
  %".6857" = sext i32 %"t467" to i64
  %".6858" = mul nsw i64 %".6857", 192
  %".6859" = add nsw i64 168, %".6858"
  %".6860" = getelementptr float, float* %"b0", i64 %".6859"
  store float %".6856", float* %".6860"
  %".6862" = load float, float* %"c637"
  %".6863" = sext i32 %"t467" to i64
  %".6864" = mul nsw i64 %".6863", 192
  %".6865" = add nsw i64 169, %".6864"
  %".6866" = getelementptr float, float* %"b0", i64 %".6865"
  store float %".6862", float* %".6866"
  %".6868" = load float, float* %"c638"
  %".6869" = sext i32 %"t467" to i64
  %".6870" = mul nsw i64 %".6869", 192
  %".6871" = add nsw i64 170, %".6870"
  %".6872" = getelementptr float, float* %"b0", i64 %".6871"
  store float %".6868", float* %".6872"
  %".6874" = load float, float* %"c639"
  %".6875" = sext i32 %"t467" to i64
  %".6876" = mul nsw i64 %".6875", 192
  %".6877" = add nsw i64 171, %".6876"
  %".6878" = getelementptr float, float* %"b0", i64 %".6877"
  store float %".6874", float* %".6878"
  %".6880" = load float, float* %"c640"
  %".6881" = sext i32 %"t467" to i64
  %".6882" = mul nsw i64 %".6881", 192
  %".6883" = add nsw i64 172, %".6882"
  %".6884" = getelementptr float, float* %"b0", i64 %".6883"
  store float %".6880", float* %".6884"
  %".6886" = load float, float* %"c641"
  %".6887" = sext i32 %"t467" to i64
  %".6888" = mul nsw i64 %".6887", 192
  %".6889" = add nsw i64 173, %".6888"
  %".6890" = getelementptr float, float* %"b0", i64 %".6889"
  store float %".6886", float* %".6890"
  %".6892" = load float, float* %"c642"
  %".6893" = sext i32 %"t467" to i64
  %".6894" = mul nsw i64 %".6893", 192
  %".6895" = add nsw i64 174, %".6894"
  %".6896" = getelementptr float, float* %"b0", i64 %".6895"
  store float %".6892", float* %".6896"
  %".6898" = load float, float* %"c643"
  %".6899" = sext i32 %"t467" to i64
  %".6900" = mul nsw i64 %".6899", 192
  %".6901" = add nsw i64 175, %".6900"
  %".6902" = getelementptr float, float* %"b0", i64 %".6901"
  store float %".6898", float* %".6902"
  %".6904" = load float, float* %"c644"
  %".6905" = sext i32 %"t467" to i64
  %".6906" = mul nsw i64 %".6905", 192
  %".6907" = add nsw i64 176, %".6906"
  %".6908" = getelementptr float, float* %"b0", i64 %".6907"
  store float %".6904", float* %".6908"
  %".6910" = load float, float* %"c645"
  %".6911" = sext i32 %"t467" to i64
  %".6912" = mul nsw i64 %".6911", 192
  %".6913" = add nsw i64 177, %".6912"
  %".6914" = getelementptr float, float* %"b0", i64 %".6913"
  store float %".6910", float* %".6914"
  %".6916" = load float, float* %"c646"
  %".6917" = sext i32 %"t467" to i64
  %".6918" = mul nsw i64 %".6917", 192
  %".6919" = add nsw i64 178, %".6918"
  %".6920" = getelementptr float, float* %"b0", i64 %".6919"
  store float %".6916", float* %".6920"
  %".6922" = load float, float* %"c647"
  %".6923" = sext i32 %"t467" to i64
  %".6924" = mul nsw i64 %".6923", 192
  %".6925" = add nsw i64 179, %".6924"
  %".6926" = getelementptr float, float* %"b0", i64 %".6925"
  store float %".6922", float* %".6926"
  %".6928" = load float, float* %"c648"
  %".6929" = sext i32 %"t467" to i64
  %".6930" = mul nsw i64 %".6929", 192
  %".6931" = add nsw i64 180, %".6930"
  %".6932" = getelementptr float, float* %"b0", i64 %".6931"
  store float %".6928", float* %".6932"
  %".6934" = load float, float* %"c649"
  %".6935" = sext i32 %"t467" to i64
  %".6936" = mul nsw i64 %".6935", 192
  %".6937" = add nsw i64 181, %".6936"
  %".6938" = getelementptr float, float* %"b0", i64 %".6937"
  store float %".6934", float* %".6938"
  %".6940" = load float, float* %"c650"
  %".6941" = sext i32 %"t467" to i64
  %".6942" = mul nsw i64 %".6941", 192
  %".6943" = add nsw i64 182, %".6942"
  %".6944" = getelementptr float, float* %"b0", i64 %".6943"
  store float %".6940", float* %".6944"
  %".6946" = load float, float* %"c651"
  %".6947" = sext i32 %"t467" to i64
  %".6948" = mul nsw i64 %".6947", 192
  %".6949" = add nsw i64 183, %".6948"
  %".6950" = getelementptr float, float* %"b0", i64 %".6949"
  store float %".6946", float* %".6950"
  %".6952" = load float, float* %"c652"
  %".6953" = sext i32 %"t467" to i64
  %".6954" = mul nsw i64 %".6953", 192
  %".6955" = add nsw i64 184, %".6954"
  %".6956" = getelementptr float, float* %"b0", i64 %".6955"
  store float %".6952", float* %".6956"
  %".6958" = load float, float* %"c653"
  %".6959" = sext i32 %"t467" to i64
  %".6960" = mul nsw i64 %".6959", 192
  %".6961" = add nsw i64 185, %".6960"
  %".6962" = getelementptr float, float* %"b0", i64 %".6961"
  store float %".6958", float* %".6962"
  %".6964" = load float, float* %"c654"
  %".6965" = sext i32 %"t467" to i64
  %".6966" = mul nsw i64 %".6965", 192
  %".6967" = add nsw i64 186, %".6966"
  %".6968" = getelementptr float, float* %"b0", i64 %".6967"
  store float %".6964", float* %".6968"
  %".6970" = load float, float* %"c655"
  %".6971" = sext i32 %"t467" to i64
  %".6972" = mul nsw i64 %".6971", 192
  %".6973" = add nsw i64 187, %".6972"
  %".6974" = getelementptr float, float* %"b0", i64 %".6973"
  store float %".6970", float* %".6974"
  %".6976" = load float, float* %"c656"
  %".6977" = sext i32 %"t467" to i64
  %".6978" = mul nsw i64 %".6977", 192
  %".6979" = add nsw i64 188, %".6978"
  %".6980" = getelementptr float, float* %"b0", i64 %".6979"
  store float %".6976", float* %".6980"
  %".6982" = load float, float* %"c657"
  %".6983" = sext i32 %"t467" to i64
  %".6984" = mul nsw i64 %".6983", 192
  %".6985" = add nsw i64 189, %".6984"
  %".6986" = getelementptr float, float* %"b0", i64 %".6985"
  store float %".6982", float* %".6986"
  %".6988" = load float, float* %"c658"
  %".6989" = sext i32 %"t467" to i64
  %".6990" = mul nsw i64 %".6989", 192
  %".6991" = add nsw i64 190, %".6990"
  %".6992" = getelementptr float, float* %"b0", i64 %".6991"
  store float %".6988", float* %".6992"
  %".6994" = load float, float* %"c659"
  %".6995" = sext i32 %"t467" to i64
  %".6996" = mul nsw i64 %".6995", 192
  %".6997" = add nsw i64 191, %".6996"
  %".6998" = getelementptr float, float* %"b0", i64 %".6997"
  store float %".6994", float* %".6998"
  br label %"endif.5"
then.6:
  %".7006" = mul i32 %"t467", 6
  %".7007" = mul i32 %"t467", 6
  %".7008" = add i32 6, %".7007"
  br label %"r699.head"
endif.6:
  %".7539" = add nsw i32 %"t467", 1
  br label %"t467.head"
r699.head:
  %"r699" = phi  i32 [%".7006", %"then.6"], [%".7536", %"endif.7"]
  %".7010" = icmp slt i32 %"r699", %".7008"
  br i1 %".7010", label %"r699.body", label %"r699.done"
r699.body:
  %".7012" = icmp slt i32 %"r699", %"n"
  br i1 %".7012", label %"then.7", label %"endif.7"
r699.done:
  br label %"endif.6"
then.7:
  store float              0x0, float* %"c700"
  store float              0x0, float* %"c701"
  store float              0x0, float* %"c702"
  store float              0x0, float* %"c703"
  store float              0x0, float* %"c704"
  store float              0x0, float* %"c705"
  store float              0x0, float* %"c706"
  store float              0x0, float* %"c707"
  store float              0x0, float* %"c708"
  store float              0x0, float* %"c709"
  store float              0x0, float* %"c710"
  store float              0x0, float* %"c711"
  store float              0x0, float* %"c712"
  store float              0x0, float* %"c713"
  store float              0x0, float* %"c714"
  store float              0x0, float* %"c715"
  store float              0x0, float* %"c716"
  store float              0x0, float* %"c717"
  store float              0x0, float* %"c718"
  store float              0x0, float* %"c719"
  store float              0x0, float* %"c720"
  store float              0x0, float* %"c721"
  store float              0x0, float* %"c722"
  store float              0x0, float* %"c723"
  store float              0x0, float* %"c724"
  store float              0x0, float* %"c725"
  store float              0x0, float* %"c726"
  store float              0x0, float* %"c727"
  store float              0x0, float* %"c728"
  store float              0x0, float* %"c729"
  store float              0x0, float* %"c730"
  store float              0x0, float* %"c731"
  br label %"k732.head"
endif.7:
  %".7536" = add nsw i32 %"r699", 1
  br label %"r699.head"
k732.head:
  %"k732" = phi  i32 [0, %"then.7"], [%".7342", %"k732.body"]
  %".7047" = icmp slt i32 %"k732", 64
  br i1 %".7047", label %"k732.body", label %"k732.done"
k732.body:
  %".7049" = sext i32 %"k732" to i64
  %".7050" = sext i32 %"r699" to i64
  %".7051" = mul nsw i64 %".7050", 64
  %".7052" = add nsw i64 %".7049", %".7051"
  %".7053" = getelementptr float, float* %"b1", i64 %".7052"
  %".7054" = load float, float* %".7053"
  %".7055" = sext i32 %"k732" to i64
  %".7056" = mul nsw i64 %".7055", 32
  %".7057" = getelementptr float, float* %"b2", i64 %".7056"
  %".7058" = load float, float* %".7057"
  %".7059" = sext i32 %"k732" to i64
  %".7060" = mul nsw i64 %".7059", 32
  %".7061" = add nsw i64 1, %".7060"
  %".7062" = getelementptr float, float* %"b2", i64 %".7061"
  %".7063" = load float, float* %".7062"
  %".7064" = sext i32 %"k732" to i64
  %".7065" = mul nsw i64 %".7064", 32
  %".7066" = add nsw i64 2, %".7065"
  %".7067" = getelementptr float, float* %"b2", i64 %".7066"
  %".7068" = load float, float* %".7067"
  %".7069" = sext i32 %"k732" to i64
  %".7070" = mul nsw i64 %".7069", 32
  %".7071" = add nsw i64 3, %".7070"
  %".7072" = getelementptr float, float* %"b2", i64 %".7071"
  %".7073" = load float, float* %".7072"
  %".7074" = sext i32 %"k732" to i64
  %".7075" = mul nsw i64 %".7074", 32
  %".7076" = add nsw i64 4, %".7075"
  %".7077" = getelementptr float, float* %"b2", i64 %".7076"
  %".7078" = load float, float* %".7077"
  %".7079" = sext i32 %"k732" to i64
  %".7080" = mul nsw i64 %".7079", 32
  %".7081" = add nsw i64 5, %".7080"
  %".7082" = getelementptr float, float* %"b2", i64 %".7081"
  %".7083" = load float, float* %".7082"
  %".7084" = sext i32 %"k732" to i64
  %".7085" = mul nsw i64 %".7084", 32
  %".7086" = add nsw i64 6, %".7085"
  %".7087" = getelementptr float, float* %"b2", i64 %".7086"
  %".7088" = load float, float* %".7087"
  %".7089" = sext i32 %"k732" to i64
  %".7090" = mul nsw i64 %".7089", 32
  %".7091" = add nsw i64 7, %".7090"
  %".7092" = getelementptr float, float* %"b2", i64 %".7091"
  %".7093" = load float, float* %".7092"
  %".7094" = sext i32 %"k732" to i64
  %".7095" = mul nsw i64 %".7094", 32
  %".7096" = add nsw i64 8, %".7095"
  %".7097" = getelementptr float, float* %"b2", i64 %".7096"
  %".7098" = load float, float* %".7097"
  %".7099" = sext i32 %"k732" to i64
  %".7100" = mul nsw i64 %".7099", 32
  %".7101" = add nsw i64 9, %".7100"
  %".7102" = getelementptr float, float* %"b2", i64 %".7101"
  %".7103" = load float, float* %".7102"
  %".7104" = sext i32 %"k732" to i64
  %".7105" = mul nsw i64 %".7104", 32
  %".7106" = add nsw i64 10, %".7105"
  %".7107" = getelementptr float, float* %"b2", i64 %".7106"
  %".7108" = load float, float* %".7107"
  %".7109" = sext i32 %"k732" to i64
  %".7110" = mul nsw i64 %".7109", 32
  %".7111" = add nsw i64 11, %".7110"
  %".7112" = getelementptr float, float* %"b2", i64 %".7111"
  %".7113" = load float, float* %".7112"
  %".7114" = sext i32 %"k732" to i64
  %".7115" = mul nsw i64 %".7114", 32
  %".7116" = add nsw i64 12, %".7115"
  %".7117" = getelementptr float, float* %"b2", i64 %".7116"
  %".7118" = load float, float* %".7117"
  %".7119" = sext i32 %"k732" to i64
  %".7120" = mul nsw i64 %".7119", 32
  %".7121" = add nsw i64 13, %".7120"
  %".7122" = getelementptr float, float* %"b2", i64 %".7121"
  %".7123" = load float, float* %".7122"
  %".7124" = sext i32 %"k732" to i64
  %".7125" = mul nsw i64 %".7124", 32
  %".7126" = add nsw i64 14, %".7125"
  %".7127" = getelementptr float, float* %"b2", i64 %".7126"
  %".7128" = load float, float* %".7127"
  %".7129" = sext i32 %"k732" to i64
  %".7130" = mul nsw i64 %".7129", 32
  %".7131" = add nsw i64 15, %".7130"
  %".7132" = getelementptr float, float* %"b2", i64 %".7131"
  %".7133" = load float, float* %".7132"
  %".7134" = sext i32 %"k732" to i64
  %".7135" = mul nsw i64 %".7134", 32
  %".7136" = add nsw i64 16, %".7135"
  %".7137" = getelementptr float, float* %"b2", i64 %".7136"
  %".7138" = load float, float* %".7137"
  %".7139" = sext i32 %"k732" to i64
  %".7140" = mul nsw i64 %".7139", 32
  %".7141" = add nsw i64 17, %".7140"
  %".7142" = getelementptr float, float* %"b2", i64 %".7141"
  %".7143" = load float, float* %".7142"
  %".7144" = sext i32 %"k732" to i64
  %".7145" = mul nsw i64 %".7144", 32
  %".7146" = add nsw i64 18, %".7145"
  %".7147" = getelementptr float, float* %"b2", i64 %".7146"
  %".7148" = load float, float* %".7147"
  %".7149" = sext i32 %"k732" to i64
  %".7150" = mul nsw i64 %".7149", 32
  %".7151" = add nsw i64 19, %".7150"
  %".7152" = getelementptr float, float* %"b2", i64 %".7151"
  %".7153" = load float, float* %".7152"
  %".7154" = sext i32 %"k732" to i64
  %".7155" = mul nsw i64 %".7154", 32
  %".7156" = add nsw i64 20, %".7155"
  %".7157" = getelementptr float, float* %"b2", i64 %".7156"
  %".7158" = load float, float* %".7157"
  %".7159" = sext i32 %"k732" to i64
  %".7160" = mul nsw i64 %".7159", 32
  %".7161" = add nsw i64 21, %".7160"
  %".7162" = getelementptr float, float* %"b2", i64 %".7161"
  %".7163" = load float, float* %".7162"
  %".7164" = sext i32 %"k732" to i64
  %".7165" = mul nsw i64 %".7164", 32
  %".7166" = add nsw i64 22, %".7165"
  %".7167" = getelementptr float, float* %"b2", i64 %".7166"
  %".7168" = load float, float* %".7167"
  %".7169" = sext i32 %"k732" to i64
  %".7170" = mul nsw i64 %".7169", 32
  %".7171" = add nsw i64 23, %".7170"
  %".7172" = getelementptr float, float* %"b2", i64 %".7171"
  %".7173" = load float, float* %".7172"
  %".7174" = sext i32 %"k732" to i64
  %".7175" = mul nsw i64 %".7174", 32
  %".7176" = add nsw i64 24, %".7175"
  %".7177" = getelementptr float, float* %"b2", i64 %".7176"
  %".7178" = load float, float* %".7177"
  %".7179" = sext i32 %"k732" to i64
  %".7180" = mul nsw i64 %".7179", 32
  %".7181" = add nsw i64 25, %".7180"
  %".7182" = getelementptr float, float* %"b2", i64 %".7181"
  %".7183" = load float, float* %".7182"
  %".7184" = sext i32 %"k732" to i64
  %".7185" = mul nsw i64 %".7184", 32
  %".7186" = add nsw i64 26, %".7185"
  %".7187" = getelementptr float, float* %"b2", i64 %".7186"
  %".7188" = load float, float* %".7187"
  %".7189" = sext i32 %"k732" to i64
  %".7190" = mul nsw i64 %".7189", 32
  %".7191" = add nsw i64 27, %".7190"
  %".7192" = getelementptr float, float* %"b2", i64 %".7191"
  %".7193" = load float, float* %".7192"
  %".7194" = sext i32 %"k732" to i64
  %".7195" = mul nsw i64 %".7194", 32
  %".7196" = add nsw i64 28, %".7195"
  %".7197" = getelementptr float, float* %"b2", i64 %".7196"
  %".7198" = load float, float* %".7197"
  %".7199" = sext i32 %"k732" to i64
  %".7200" = mul nsw i64 %".7199", 32
  %".7201" = add nsw i64 29, %".7200"
  %".7202" = getelementptr float, float* %"b2", i64 %".7201"
  %".7203" = load float, float* %".7202"
  %".7204" = sext i32 %"k732" to i64
  %".7205" = mul nsw i64 %".7204", 32
  %".7206" = add nsw i64 30, %".7205"
  %".7207" = getelementptr float, float* %"b2", i64 %".7206"
  %".7208" = load float, float* %".7207"
  %".7209" = sext i32 %"k732" to i64
  %".7210" = mul nsw i64 %".7209", 32
  %".7211" = add nsw i64 31, %".7210"
  %".7212" = getelementptr float, float* %"b2", i64 %".7211"
  %".7213" = load float, float* %".7212"
  %".7214" = load float, float* %"c700"
  %".7215" = fmul reassoc contract float %".7054", %".7058"
  %".7216" = fadd reassoc contract float %".7214", %".7215"
  store float %".7216", float* %"c700"
  %".7218" = load float, float* %"c701"
  %".7219" = fmul reassoc contract float %".7054", %".7063"
  %".7220" = fadd reassoc contract float %".7218", %".7219"
  store float %".7220", float* %"c701"
  %".7222" = load float, float* %"c702"
  %".7223" = fmul reassoc contract float %".7054", %".7068"
  %".7224" = fadd reassoc contract float %".7222", %".7223"
  store float %".7224", float* %"c702"
  %".7226" = load float, float* %"c703"
  %".7227" = fmul reassoc contract float %".7054", %".7073"
  %".7228" = fadd reassoc contract float %".7226", %".7227"
  store float %".7228", float* %"c703"
  %".7230" = load float, float* %"c704"
  %".7231" = fmul reassoc contract float %".7054", %".7078"
  %".7232" = fadd reassoc contract float %".7230", %".7231"
  store float %".7232", float* %"c704"
  %".7234" = load float, float* %"c705"
  %".7235" = fmul reassoc contract float %".7054", %".7083"
  %".7236" = fadd reassoc contract float %".7234", %".7235"
  store float %".7236", float* %"c705"
  %".7238" = load float, float* %"c706"
  %".7239" = fmul reassoc contract float %".7054", %".7088"
  %".7240" = fadd reassoc contract float %".7238", %".7239"
  store float %".7240", float* %"c706"
  %".7242" = load float, float* %"c707"
  %".7243" = fmul reassoc contract float %".7054", %".7093"
  %".7244" = fadd reassoc contract float %".7242", %".7243"
  store float %".7244", float* %"c707"
  %".7246" = load float, float* %"c708"
  %".7247" = fmul reassoc contract float %".7054", %".7098"
  %".7248" = fadd reassoc contract float %".7246", %".7247"
  store float %".7248", float* %"c708"
  %".7250" = load float, float* %"c709"
  %".7251" = fmul reassoc contract float %".7054", %".7103"
  %".7252" = fadd reassoc contract float %".7250", %".7251"
  store float %".7252", float* %"c709"
  %".7254" = load float, float* %"c710"
  %".7255" = fmul reassoc contract float %".7054", %".7108"
  %".7256" = fadd reassoc contract float %".7254", %".7255"
  store float %".7256", float* %"c710"
  %".7258" = load float, float* %"c711"
  %".7259" = fmul reassoc contract float %".7054", %".7113"
  %".7260" = fadd reassoc contract float %".7258", %".7259"
  store float %".7260", float* %"c711"
  %".7262" = load float, float* %"c712"
  %".7263" = fmul reassoc contract float %".7054", %".7118"
  %".7264" = fadd reassoc contract float %".7262", %".7263"
  store float %".7264", float* %"c712"
  %".7266" = load float, float* %"c713"
  %".7267" = fmul reassoc contract float %".7054", %".7123"
  %".7268" = fadd reassoc contract float %".7266", %".7267"
  store float %".7268", float* %"c713"
  %".7270" = load float, float* %"c714"
  %".7271" = fmul reassoc contract float %".7054", %".7128"
  %".7272" = fadd reassoc contract float %".7270", %".7271"
  store float %".7272", float* %"c714"
  %".7274" = load float, float* %"c715"
  %".7275" = fmul reassoc contract float %".7054", %".7133"
  %".7276" = fadd reassoc contract float %".7274", %".7275"
  store float %".7276", float* %"c715"
  %".7278" = load float, float* %"c716"
  %".7279" = fmul reassoc contract float %".7054", %".7138"
  %".7280" = fadd reassoc contract float %".7278", %".7279"
  store float %".7280", float* %"c716"
  %".7282" = load float, float* %"c717"
  %".7283" = fmul reassoc contract float %".7054", %".7143"
  %".7284" = fadd reassoc contract float %".7282", %".7283"
  store float %".7284", float* %"c717"
  %".7286" = load float, float* %"c718"
  %".7287" = fmul reassoc contract float %".7054", %".7148"
  %".7288" = fadd reassoc contract float %".7286", %".7287"
  store float %".7288", float* %"c718"
  %".7290" = load float, float* %"c719"
  %".7291" = fmul reassoc contract float %".7054", %".7153"
  %".7292" = fadd reassoc contract float %".7290", %".7291"
  store float %".7292", float* %"c719"
  %".7294" = load float, float* %"c720"
  %".7295" = fmul reassoc contract float %".7054", %".7158"
  %".7296" = fadd reassoc contract float %".7294", %".7295"
  store float %".7296", float* %"c720"
  %".7298" = load float, float* %"c721"
  %".7299" = fmul reassoc contract float %".7054", %".7163"
  %".7300" = fadd reassoc contract float %".7298", %".7299"
  store float %".7300", float* %"c721"
  %".7302" = load float, float* %"c722"
  %".7303" = fmul reassoc contract float %".7054", %".7168"
  %".7304" = fadd reassoc contract float %".7302", %".7303"
  store float %".7304", float* %"c722"
  %".7306" = load float, float* %"c723"
  %".7307" = fmul reassoc contract float %".7054", %".7173"
  %".7308" = fadd reassoc contract float %".7306", %".7307"
  store float %".7308", float* %"c723"
  %".7310" = load float, float* %"c724"
  %".7311" = fmul reassoc contract float %".7054", %".7178"
  %".7312" = fadd reassoc contract float %".7310", %".7311"
  store float %".7312", float* %"c724"
  %".7314" = load float, float* %"c725"
  %".7315" = fmul reassoc contract float %".7054", %".7183"
  %".7316" = fadd reassoc contract float %".7314", %".7315"
  store float %".7316", float* %"c725"
  %".7318" = load float, float* %"c726"
  %".7319" = fmul reassoc contract float %".7054", %".7188"
  %".7320" = fadd reassoc contract float %".7318", %".7319"
  store float %".7320", float* %"c726"
  %".7322" = load float, float* %"c727"
  %".7323" = fmul reassoc contract float %".7054", %".7193"
  %".7324" = fadd reassoc contract float %".7322", %".7323"
  store float %".7324", float* %"c727"
  %".7326" = load float, float* %"c728"
  %".7327" = fmul reassoc contract float %".7054", %".7198"
  %".7328" = fadd reassoc contract float %".7326", %".7327"
  store float %".7328", float* %"c728"
  %".7330" = load float, float* %"c729"
  %".7331" = fmul reassoc contract float %".7054", %".7203"
  %".7332" = fadd reassoc contract float %".7330", %".7331"
  store float %".7332", float* %"c729"
  %".7334" = load float, float* %"c730"
  %".7335" = fmul reassoc contract float %".7054", %".7208"
  %".7336" = fadd reassoc contract float %".7334", %".7335"
  store float %".7336", float* %"c730"
  %".7338" = load float, float* %"c731"
  %".7339" = fmul reassoc contract float %".7054", %".7213"
  %".7340" = fadd reassoc contract float %".7338", %".7339"
  store float %".7340", float* %"c731"
  %".7342" = add nsw i32 %"k732", 1
  br label %"k732.head", !llvm.loop !6
k732.done:
  %".7344" = load float, float* %"c700"
  %".7345" = sext i32 %"r699" to i64
  %".7346" = mul nsw i64 %".7345", 32
  %".7347" = getelementptr float, float* %"b0", i64 %".7346"
  store float %".7344", float* %".7347"
  %".7349" = load float, float* %"c701"
  %".7350" = sext i32 %"r699" to i64
  %".7351" = mul nsw i64 %".7350", 32
  %".7352" = add nsw i64 1, %".7351"
  %".7353" = getelementptr float, float* %"b0", i64 %".7352"
  store float %".7349", float* %".7353"
  %".7355" = load float, float* %"c702"
  %".7356" = sext i32 %"r699" to i64
  %".7357" = mul nsw i64 %".7356", 32
  %".7358" = add nsw i64 2, %".7357"
  %".7359" = getelementptr float, float* %"b0", i64 %".7358"
  store float %".7355", float* %".7359"
  %".7361" = load float, float* %"c703"
  %".7362" = sext i32 %"r699" to i64
  %".7363" = mul nsw i64 %".7362", 32
  %".7364" = add nsw i64 3, %".7363"
  %".7365" = getelementptr float, float* %"b0", i64 %".7364"
  store float %".7361", float* %".7365"
  %".7367" = load float, float* %"c704"
  %".7368" = sext i32 %"r699" to i64
  %".7369" = mul nsw i64 %".7368", 32
  %".7370" = add nsw i64 4, %".7369"
  %".7371" = getelementptr float, float* %"b0", i64 %".7370"
  store float %".7367", float* %".7371"
  %".7373" = load float, float* %"c705"
  %".7374" = sext i32 %"r699" to i64
  %".7375" = mul nsw i64 %".7374", 32
  %".7376" = add nsw i64 5, %".7375"
  %".7377" = getelementptr float, float* %"b0", i64 %".7376"
  store float %".7373", float* %".7377"
  %".7379" = load float, float* %"c706"
  %".7380" = sext i32 %"r699" to i64
  %".7381" = mul nsw i64 %".7380", 32
  %".7382" = add nsw i64 6, %".7381"
  %".7383" = getelementptr float, float* %"b0", i64 %".7382"
  store float %".7379", float* %".7383"
  %".7385" = load float, float* %"c707"
  %".7386" = sext i32 %"r699" to i64
  %".7387" = mul nsw i64 %".7386", 32
  %".7388" = add nsw i64 7, %".7387"
  %".7389" = getelementptr float, float* %"b0", i64 %".7388"
  store float %".7385", float* %".7389"
  %".7391" = load float, float* %"c708"
  %".7392" = sext i32 %"r699" to i64
  %".7393" = mul nsw i64 %".7392", 32
  %".7394" = add nsw i64 8, %".7393"
  %".7395" = getelementptr float, float* %"b0", i64 %".7394"
  store float %".7391", float* %".7395"
  %".7397" = load float, float* %"c709"
  %".7398" = sext i32 %"r699" to i64
  %".7399" = mul nsw i64 %".7398", 32
  %".7400" = add nsw i64 9, %".7399"
  %".7401" = getelementptr float, float* %"b0", i64 %".7400"
  store float %".7397", float* %".7401"
  %".7403" = load float, float* %"c710"
  %".7404" = sext i32 %"r699" to i64
  %".7405" = mul nsw i64 %".7404", 32
  %".7406" = add nsw i64 10, %".7405"
  %".7407" = getelementptr float, float* %"b0", i64 %".7406"
  store float %".7403", float* %".7407"
  %".7409" = load float, float* %"c711"
  %".7410" = sext i32 %"r699" to i64
  %".7411" = mul nsw i64 %".7410", 32
  %".7412" = add nsw i64 11, %".7411"
  %".7413" = getelementptr float, float* %"b0", i64 %".7412"
  store float %".7409", float* %".7413"
  %".7415" = load float, float* %"c712"
  %".7416" = sext i32 %"r699" to i64
  %".7417" = mul nsw i64 %".7416", 32
  %".7418" = add nsw i64 12, %".7417"
  %".7419" = getelementptr float, float* %"b0", i64 %".7418"
  store float %".7415", float* %".7419"
  %".7421" = load float, float* %"c713"
  %".7422" = sext i32 %"r699" to i64
  %".7423" = mul nsw i64 %".7422", 32
  %".7424" = add nsw i64 13, %".7423"
  %".7425" = getelementptr float, float* %"b0", i64 %".7424"
  store float %".7421", float* %".7425"
  %".7427" = load float, float* %"c714"
  %".7428" = sext i32 %"r699" to i64
  %".7429" = mul nsw i64 %".7428", 32
  %".7430" = add nsw i64 14, %".7429"
  %".7431" = getelementptr float, float* %"b0", i64 %".7430"
  store float %".7427", float* %".7431"
  %".7433" = load float, float* %"c715"
  %".7434" = sext i32 %"r699" to i64
  %".7435" = mul nsw i64 %".7434", 32
  %".7436" = add nsw i64 15, %".7435"
  %".7437" = getelementptr float, float* %"b0", i64 %".7436"
  store float %".7433", float* %".7437"
  %".7439" = load float, float* %"c716"
  %".7440" = sext i32 %"r699" to i64
  %".7441" = mul nsw i64 %".7440", 32
  %".7442" = add nsw i64 16, %".7441"
  %".7443" = getelementptr float, float* %"b0", i64 %".7442"
  store float %".7439", float* %".7443"
  %".7445" = load float, float* %"c717"
  %".7446" = sext i32 %"r699" to i64
  %".7447" = mul nsw i64 %".7446", 32
  %".7448" = add nsw i64 17, %".7447"
  %".7449" = getelementptr float, float* %"b0", i64 %".7448"
  store float %".7445", float* %".7449"
  %".7451" = load float, float* %"c718"
  %".7452" = sext i32 %"r699" to i64
  %".7453" = mul nsw i64 %".7452", 32
  %".7454" = add nsw i64 18, %".7453"
  %".7455" = getelementptr float, float* %"b0", i64 %".7454"
  store float %".7451", float* %".7455"
  %".7457" = load float, float* %"c719"
  %".7458" = sext i32 %"r699" to i64
  %".7459" = mul nsw i64 %".7458", 32
  %".7460" = add nsw i64 19, %".7459"
  %".7461" = getelementptr float, float* %"b0", i64 %".7460"
  store float %".7457", float* %".7461"
  %".7463" = load float, float* %"c720"
  %".7464" = sext i32 %"r699" to i64
  %".7465" = mul nsw i64 %".7464", 32
  %".7466" = add nsw i64 20, %".7465"
  %".7467" = getelementptr float, float* %"b0", i64 %".7466"
  store float %".7463", float* %".7467"
  %".7469" = load float, float* %"c721"
  %".7470" = sext i32 %"r699" to i64
  %".7471" = mul nsw i64 %".7470", 32
  %".7472" = add nsw i64 21, %".7471"
  %".7473" = getelementptr float, float* %"b0", i64 %".7472"
  store float %".7469", float* %".7473"
  %".7475" = load float, float* %"c722"
  %".7476" = sext i32 %"r699" to i64
  %".7477" = mul nsw i64 %".7476", 32
  %".7478" = add nsw i64 22, %".7477"
  %".7479" = getelementptr float, float* %"b0", i64 %".7478"
  store float %".7475", float* %".7479"
  %".7481" = load float, float* %"c723"
  %".7482" = sext i32 %"r699" to i64
  %".7483" = mul nsw i64 %".7482", 32
  %".7484" = add nsw i64 23, %".7483"
  %".7485" = getelementptr float, float* %"b0", i64 %".7484"
  store float %".7481", float* %".7485"
  %".7487" = load float, float* %"c724"
  %".7488" = sext i32 %"r699" to i64
  %".7489" = mul nsw i64 %".7488", 32
  %".7490" = add nsw i64 24, %".7489"
  %".7491" = getelementptr float, float* %"b0", i64 %".7490"
  store float %".7487", float* %".7491"
  %".7493" = load float, float* %"c725"
  %".7494" = sext i32 %"r699" to i64
  %".7495" = mul nsw i64 %".7494", 32
  %".7496" = add nsw i64 25, %".7495"
  %".7497" = getelementptr float, float* %"b0", i64 %".7496"
  store float %".7493", float* %".7497"
  %".7499" = load float, float* %"c726"
  %".7500" = sext i32 %"r699" to i64
  %".7501" = mul nsw i64 %".7500", 32
  %".7502" = add nsw i64 26, %".7501"
  %".7503" = getelementptr float, float* %"b0", i64 %".7502"
  store float %".7499", float* %".7503"
  %".7505" = load float, float* %"c727"
  %".7506" = sext i32 %"r699" to i64
  %".7507" = mul nsw i64 %".7506", 32
  %".7508" = add nsw i64 27, %".7507"
  %".7509" = getelementptr float, float* %"b0", i64 %".7508"
  store float %".7505", float* %".7509"
  %".7511" = load float, float* %"c728"
  %".7512" = sext i32 %"r699" to i64
  %".7513" = mul nsw i64 %".7512", 32
  %".7514" = add nsw i64 28, %".7513"
  %".7515" = getelementptr float, float* %"b0", i64 %".7514"
  store float %".7511", float* %".7515"
  %".7517" = load float, float* %"c729"
  %".7518" = sext i32 %"r699" to i64
  %".7519" = mul nsw i64 %".7518", 32
  %".7520" = add nsw i64 29, %".7519"
  %".7521" = getelementptr float, float* %"b0", i64 %".7520"
  store float %".7517", float* %".7521"
  %".7523" = load float, float* %"c730"
  %".7524" = sext i32 %"r699" to i64
  %".7525" = mul nsw i64 %".7524", 32
  %".7526" = add nsw i64 30, %".7525"
  %".7527" = getelementptr float, float* %"b0", i64 %".7526"
  store float %".7523", float* %".7527"
  %".7529" = load float, float* %"c731"
  %".7530" = sext i32 %"r699" to i64
  %".7531" = mul nsw i64 %".7530", 32
  %".7532" = add nsw i64 31, %".7531"
  %".7533" = getelementptr float, float* %"b0", i64 %".7532"
  store float %".7529", float* %".7533"
  br label %"endif.7"
}

!0 = !{ !"llvm.loop.vectorize.enable", i1 0 }
!1 = !{ !1, !0 }
!2 = !{ !2, !0 }
!3 = !{ !3, !0 }
!4 = !{ !4, !0 }
!5 = !{ !5, !0 }
!6 = !{ !6, !0 }