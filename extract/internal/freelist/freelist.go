// Package freelist keeps a few buffers between calls for reuse. Unlike a
// sync.Pool, whose slot of one processor another cannot take, a buffer put
// back is found by the next Get whichever processor the goroutine runs on,
// and a garbage collection does not empty the list.
package freelist

import "sync"

// max bounds the buffers a List keeps: one for each goroutine extracting
// at once, with room to spare.
const max = 64

// List is a free list of buffers of type T. The zero List is empty and
// ready; a List is safe for concurrent use.
type List[T any] struct {
	mu   sync.Mutex
	free []T
}

// Get returns a buffer put back before, if any.
func (l *List[T]) Get() (T, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	var zero T
	n := len(l.free)
	if n == 0 {
		return zero, false
	}
	x := l.free[n-1]
	l.free[n-1] = zero
	l.free = l.free[:n-1]
	return x, true
}

// Put keeps x for a later Get, or drops it when the list is full.
func (l *List[T]) Put(x T) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(l.free) < max {
		l.free = append(l.free, x)
	}
}
