package extract
import ("testing";"fmt";"os";"time";"github.com/accordhq/accord/extract/sentence")
func TestDbg2(t *testing.T){
  x:=newX(t)
  body:=os.Getenv("BODY")
  pub,_:=time.Parse("2006-01-02",os.Getenv("PUB"))
  d:=x.lx.analyze(body, sentence.Split(body), pub)
  _=d
  for _,tr:=range d.triggers(){ fmt.Println("trig", tr.typ, d.surface(tr.i,tr.j), tr.sent) }
  for _,m:=range d.mentions{ if m.person>=0 {fmt.Println("m", d.persons[m.person].name, m.i,m.j,m.ni, d.surface(m.i,m.j))}}
}
