package http

import (
	"io"
)

// pageBuffer holds a rendered page in chunks. A bytes.Buffer doubles as a
// template writes into it, and clears each new array whole: the busiest
// target's page (8 MB, 7,031 statements) made some 16 MB of arrays to
// clear and copy, a quarter of its CPU. Chunks are written once.
type pageBuffer struct {
	chunks [][]byte
	n      int
}

// pageChunkMax bounds a chunk's capacity; chunks start small, since most
// pages are a few kilobytes.
const pageChunkMax = 1 << 20

func (b *pageBuffer) Write(p []byte) (int, error) {
	n := len(p)
	for len(p) > 0 {
		if len(b.chunks) == 0 || len(b.chunks[len(b.chunks)-1]) == cap(b.chunks[len(b.chunks)-1]) {
			c := 8 << 10
			if k := len(b.chunks); k > 0 {
				c = min(2*cap(b.chunks[k-1]), pageChunkMax)
			}
			b.chunks = append(b.chunks, make([]byte, 0, c))
		}
		last := &b.chunks[len(b.chunks)-1]
		k := min(len(p), cap(*last)-len(*last))
		*last = append(*last, p[:k]...)
		p = p[k:]
	}
	b.n += n
	return n, nil
}

// Len is the number of bytes written.
func (b *pageBuffer) Len() int { return b.n }

// WriteTo writes the chunks to w in order.
func (b *pageBuffer) WriteTo(w io.Writer) (int64, error) {
	var n int64
	for _, c := range b.chunks {
		k, err := w.Write(c)
		n += int64(k)
		if err != nil {
			return n, err
		}
	}
	return n, nil
}
