package knowledge

import "sync"

// Recipients are the words of data/recipients.json: how a text makes a
// country the subject of receiving money ("Tonga will receive …").
type Recipients struct {
	// ReceiveVerbs make their subject the recipient.
	ReceiveVerbs []string `json:"receive_verbs"`
	// ReceiveAux may stand between the country and the verb ("is set to").
	ReceiveAux []string `json:"receive_aux"`
}

var (
	recipientsOnce sync.Once
	recipients     Recipients
	recipientsErr  error
)

// TargetRecipients returns data/recipients.json, loaded once.
func TargetRecipients() *Recipients {
	recipientsOnce.Do(func() { recipientsErr = load("data/recipients.json", &recipients) })
	if recipientsErr != nil {
		panic(recipientsErr) // embedded data: a broken file is a build error, caught by tests
	}
	return &recipients
}
