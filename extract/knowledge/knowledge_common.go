package knowledge

import (
	"fmt"
	"strings"
	"sync"
)

var (
	commonOnce  sync.Once
	commonWords []string
)

// CommonWords returns the ordinary English words of data/common_words.txt
// (SCOWL, see the file's header): words that no name is made only of.
func CommonWords() []string {
	commonOnce.Do(func() {
		b, err := files.ReadFile("data/common_words.txt")
		if err != nil {
			panic(fmt.Errorf("knowledge: %w", err)) // embedded data: caught by tests
		}
		for _, line := range strings.Split(string(b), "\n") {
			if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
				commonWords = append(commonWords, line)
			}
		}
	})
	return commonWords
}
