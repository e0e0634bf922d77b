; ModuleID = "gemv"
target triple = "unknown-unknown-unknown"
target datalayout = ""

define void @"gemv"(float* noalias %"b0", float* noalias %"b1", float* noalias %"b2", i32 %"core", i32 %"ncores")
{
entry:
  br label %"body"
body:
  %".7" = sub i32 %"ncores", 1
  %".8" = add i32 2, %".7"
  %".9" = sdiv i32 %".8", %"ncores"
  %".10" = mul i32 %"core", %".9"
  %".11" = add i32 %".10", %".9"
  %".12" = icmp slt i32 %".11", 2
  %".13" = select  i1 %".12", i32 %".11", i32 2
  br label %"t1.head"
t1.head:
  %"t1" = phi  i32 [%".10", %"body"], [%".81", %"c7.done"]
  %".15" = icmp slt i32 %"t1", %".13"
  br i1 %".15", label %"t1.body", label %"t1.done"
t1.body:
  br label %"c2.head"
t1.done:
  ret void
c2.head:
  %"c2" = phi  i32 [0, %"t1.body"], [%".26", %"c2.body"]
  %".18" = icmp slt i32 %"c2", 16
  br i1 %".18", label %"c2.body", label %"c2.done"
c2.body:
  %".20" = sext i32 %"c2" to i64
  %".21" = sext i32 %"t1" to i64
  %".22" = mul nsw i64 %".21", 16
  %".23" = add nsw i64 %".20", %".22"
  %".24" = getelementptr float, float* %"b0", i64 %".23"
  store float              0x0, float* %".24"
  %".26" = add nsw i32 %"c2", 1
  br label %"c2.head"
c2.done:
  br label %"k3.head"
k3.head:
  %"k3" = phi  i32 [0, %"c2.done"], [%".62", %"c5.done"]
  %".29" = icmp slt i32 %"k3", 64
  br i1 %".29", label %"k3.body", label %"k3.done"
k3.body:
  %".31" = sext i32 %"k3" to i64
  %".32" = getelementptr float, float* %"b1", i64 %".31"
  %".33" = load float, float* %".32"
  br label %"c5.head"
k3.done:
  br label %"c7.head"
c5.head:
  %"c5" = phi  i32 [0, %"k3.body"], [%".60", %"c5.body"]
  %".35" = icmp slt i32 %"c5", 16
  br i1 %".35", label %"c5.body", label %"c5.done"
c5.body:
  %".37" = sext i32 %"c5" to i64
  %".38" = sext i32 %"k3" to i64
  %".39" = mul nsw i64 %".38", 32
  %".40" = add nsw i64 %".37", %".39"
  %".41" = sext i32 %"t1" to i64
  %".42" = mul nsw i64 %".41", 16
  %".43" = add nsw i64 %".40", %".42"
  %".44" = getelementptr float, float* %"b2", i64 %".43"
  %".45" = load float, float* %".44"
  %".46" = sext i32 %"c5" to i64
  %".47" = sext i32 %"t1" to i64
  %".48" = mul nsw i64 %".47", 16
  %".49" = add nsw i64 %".46", %".48"
  %".50" = getelementptr float, float* %"b0", i64 %".49"
  %".51" = load float, float* %".50"
  %".52" = fmul reassoc contract float %".33", %".45"
  %".53" = fadd reassoc contract float %".51", %".52"
  %".54" = sext i32 %"c5" to i64
  %".55" = sext i32 %"t1" to i64
  %".56" = mul nsw i64 %".55", 16
  %".57" = add nsw i64 %".54", %".56"
  %".58" = getelementptr float, float* %"b0", i64 %".57"
  store float %".53", float* %".58"
  %".60" = add nsw i32 %"c5", 1
  br label %"c5.head"
c5.done:
  %".62" = add nsw i32 %"k3", 1
  br label %"k3.head"
c7.head:
  %"c7" = phi  i32 [0, %"k3.done"], [%".79", %"c7.body"]
  %".65" = icmp slt i32 %"c7", 16
  br i1 %".65", label %"c7.body", label %"c7.done"
c7.body:
  %".67" = sext i32 %"c7" to i64
  %".68" = sext i32 %"t1" to i64
  %".69" = mul nsw i64 %".68", 16
  %".70" = add nsw i64 %".67", %".69"
  %".71" = getelementptr float, float* %"b0", i64 %".70"
  %".72" = load float, float* %".71"
  %".73" = sext i32 %"c7" to i64
  %".74" = sext i32 %"t1" to i64
  %".75" = mul nsw i64 %".74", 16
  %".76" = add nsw i64 %".73", %".75"
  %".77" = getelementptr float, float* %"b0", i64 %".76"
  store float %".72", float* %".77"
  %".79" = add nsw i32 %"c7", 1
  br label %"c7.head"
c7.done:
  %".81" = add nsw i32 %"t1", 1
  br label %"t1.head"
}
