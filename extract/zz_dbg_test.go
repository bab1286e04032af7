package extract
import ("testing";"fmt";"os";"encoding/json")
func TestDbg(t *testing.T){
  x:=newX(t)
  title:=os.Getenv("T"); body:=os.Getenv("BODY"); pub:=os.Getenv("PUB")
  f:=x.Extract(article(title,pub,body))
  for _,l:=range [][]interface{}{{"held",f.Engagements},{"refs",f.References},{"inv",f.Invitations}}{
    b,_:=json.Marshal(l[1]); fmt.Println(l[0], string(b))
  }
  for _,a:=range f.Actors{ if a.Type=="person"{fmt.Println(a.Name,a.Country,a.Roles)}}
}
