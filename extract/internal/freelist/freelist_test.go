package freelist

import (
	"sync"
	"testing"
)

func TestList(t *testing.T) {
	var l List[[]int]
	if _, ok := l.Get(); ok {
		t.Fatal("an empty list gave a buffer")
	}
	l.Put([]int{1})
	l.Put([]int{2, 3})
	for _, want := range []int{2, 1, 0} {
		b, ok := l.Get()
		if ok != (want > 0) || len(b) != want {
			t.Fatalf("Get = %v, %v; want a buffer of %d", b, ok, want)
		}
	}
	for i := 0; i < max+10; i++ {
		l.Put(nil)
	}
	if len(l.free) != max {
		t.Fatalf("kept %d buffers, want at most %d", len(l.free), max)
	}
}

func TestListConcurrent(t *testing.T) {
	var l List[*int]
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				p, ok := l.Get()
				if !ok {
					p = new(int)
				}
				*p++
				l.Put(p)
			}
		}()
	}
	wg.Wait()
}
