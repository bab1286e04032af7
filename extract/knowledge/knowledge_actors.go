package knowledge

import "sync"

// Title is a title or office word that names a person's role.
type Title struct {
	Title  string `json:"title"`  // as written before a name: Prime Minister
	Office string `json:"office"` // the office it names: Minister of Foreign Affairs
	Level  string `json:"level"`  // head_of_state, head_of_government, party_leader, minister, ambassador, official
	// Country is the one country or union whose office this is, whoever
	// writes it: President of the European Commission is EU's.
	Country string `json:"country,omitempty"`
	// AnyOffice marks the name of a level, not an office: it fits any
	// holder of that level ("the Head of State": a President, a King).
	AnyOffice bool `json:"any_office,omitempty"`
}

// Titles is data/titles.json.
type Titles struct {
	Titles      []Title  `json:"titles"`
	Honorifics  []string `json:"honorifics"`   // Mr., Sheikh, His Majesty: before a name, no office
	Counterpart []string `json:"counterparts"` // counterpart: the same office as the other side
	// Plurals map a plural title to its singular: "Presidents Lula and Biden".
	Plurals   map[string]string `json:"plurals"`
	Modifiers []string          `json:"modifiers"` // Acting, Former
	// PastModifiers make a mention one of a past holder, who takes no part
	// in a contact of the day: "former", "the late" (one who has died).
	PastModifiers []string `json:"past_modifiers"`
	// PastAdverbs, written in lower case between a word of the sentence
	// and a title, make its holder a past one: "as articulated by then
	// Prime Minister A", "the then Foreign Minister B" ("then-" is a
	// modifier of its own). PastAdverbBlocks before the adverb make it one
	// of sequence or time instead: "and then President C hosted a lunch",
	// "since then Minister D has".
	PastAdverbs      []string `json:"past_adverbs"`
	PastAdverbBlocks []string `json:"past_adverb_blocks"`
	// ComplementLeads stand between a title and the "of" or "for" of its
	// portfolio: "Minister Responsible for Youth Affairs A", "Minister in
	// charge of Trade B", "Minister Delegate for Cooperation C": the words
	// are the office's, not a name.
	ComplementLeads []string `json:"complement_leads"`
	// DeathModifiers ("the late") name one who has died: no principal of
	// a headline either, as a former holder may still be.
	DeathModifiers []string `json:"death_modifiers"`
	// CommemorationCues stand just before one honoured as having died or as
	// a figure of history ("paid tribute to", "the birth anniversary of"):
	// a person named only so is no actor of the text.
	CommemorationCues []string `json:"commemoration_cues"`
	// TributeCues ("paid tribute to") honour the living too, for their
	// work: they commemorate only in a sentence with a RemembranceWord
	// ("at the late leader's mausoleum", "laid a wreath").
	TributeCues      []string `json:"tribute_cues"`
	RemembranceWords []string `json:"remembrance_words"`
	// InnerHonorifics stand inside a Malay name before the father's name
	// ("A B Tun C": B, son of Tun C): the name goes on after them.
	InnerHonorifics []string `json:"inner_honorifics"`
	// RankPrefixes before an office make a lower rank of it: "Assistant
	// Secretary" is of a government that has secretaries.
	RankPrefixes []string `json:"rank_prefixes"`
	// GuestWords stand between "the" and a country's office named for its
	// holder: "the visiting Lao Prime Minister".
	GuestWords []string `json:"guest_words"`
	// BylineLinks are the lower-case words a byline of title-case words
	// may hold ("Secretary of State", "Bureau of East Asian and Pacific
	// Affairs"): a first paragraph with any other is a clause.
	BylineLinks []string `json:"byline_links"`
	// BylineRubrics are the kinds of release a ministry's archive prints
	// above a byline ("Press Availability", "Remarks", "Press Statement"
	// over "A B Secretary of State"): no part of the speaker's name.
	BylineRubrics []string `json:"byline_rubrics"`
	// AntecedentBlocks, before "the Peruvian Minister", set that holder
	// aside ("besides the Peruvian Minister"): no mention of theirs.
	AntecedentBlocks []string `json:"antecedent_blocks"`
	// AntecedentOpeners may stand before "<demonym> <office>" read as the
	// person named with that office: "the Peruvian Foreign Minister", and in
	// agency copy without the article, "called on Kenyan President".
	AntecedentOpeners []string `json:"antecedent_openers"`
	// GuestOccasions are held "for" a guest named by office: "a reception
	// for the Lao Prime Minister" names a person, "Adviser for the Prime
	// Minister" does not.
	GuestOccasions []string `json:"guest_occasions"`
	// BodyHeads end a body named in lower case between a country's word
	// and a title: "US state department spokesperson A", "Indian foreign
	// ministry spokesperson B" speak for that country.
	BodyHeads []string `json:"body_heads"`
	// Consorts are the offices of a leader's spouse (First Lady): one
	// who holds one is never the leader of the same family name.
	Consorts []string `json:"consorts"`
	// Sovereigns are the offices of monarchs, named with one name ("King
	// Charles", "Sultan Ibrahim"): such a mention is never a shorter form of
	// a person who holds an office of government ("Prime Minister Anwar
	// Ibrahim"), nor the reverse.
	Sovereigns []string `json:"sovereigns"`
	// SpouseHonorifics before a family name just after "A and" name A's
	// spouse ("Prime Minister A B and Mrs B"), not A.
	SpouseHonorifics []string `json:"spouse_honorifics"`
	// PrincipalLinks before a title make it the principal of another
	// office ("Adviser to the President", "Special Assistant to the
	// Minister"): the name after it is the adviser's, not the principal's.
	PrincipalLinks []string `json:"principal_links"`
	// PrincipalAides before a principal link name an aide's office: the
	// "Assistant", "Advisor", "Counselor" of "Assistant to the President
	// A". Any other word ("Well to Prime Minister A", a greeting) leaves
	// the title its holder's.
	PrincipalAides []string `json:"principal_aides"`
	// PrincipalBodies before "of the" and a title make the title a
	// principal's too: "Head of the Office of the President A".
	PrincipalBodies []string `json:"principal_bodies"`
	// StyleTitles are kept as a style from an earlier post or degree and
	// stand like an honorific after an office and a comma: "Minister of
	// Foreign Affairs, Ambassador A" is the minister A.
	StyleTitles []string `json:"style_titles"`
	// OwnStateSuffixes complete a head of state's title with the state
	// itself, naming no other country: "the President of the Republic"
	// on a presidency's site is its own president.
	OwnStateSuffixes []string `json:"own_state_suffixes"`
	// LeaderEpithets name a leader by a description of the office, not its
	// title ("the chief executive" for a president, "the head of
	// government"), with the level of the office they describe.
	LeaderEpithets map[string]string `json:"leader_epithets"`
}

// EngagementPhrase maps a phrase to an engagement type.
type EngagementPhrase struct {
	Phrase string `json:"phrase"`
	Type   string `json:"type"`
}

// Engagements is data/engagements.json: the phrases that report contacts
// and the cue words that place them in the past or the future.
type Engagements struct {
	Phrases  []EngagementPhrase `json:"phrases"`
	NeedName []string           `json:"need_name_after"` // verbs that count only before a title or name
	// NeedPerson are phrases that count only before a person named: "called
	// on President A" is a courtesy call, "called on all States" is not.
	NeedPerson []string `json:"need_person_after"`
	// CallNouns are the noun forms of a courtesy call with no verb of
	// their own ("Engagements of A include a call on President B",
	// "During his call on B"); AppealVerbs before one make it an appeal
	// ("renewed his call on President B to withdraw").
	CallOnNouns []string `json:"call_noun_phrases"`
	AppealVerbs []string `json:"appeal_verbs"`
	// CallOnVerbs are the verb forms of a courtesy call ("called on");
	// AppealAfter are verbs whose "to <verb>" after the person called on
	// makes the phrase an appeal ("called on President B to sign the
	// bill"), where a courtesy call has no demand, or one of purpose ("to
	// discuss", "to convey").
	CallOnVerbs []string          `json:"call_on_verbs"`
	AppealAfter []string          `json:"appeal_after_verbs"`
	Fillers     []string          `json:"fillers"`    // words allowed inside a phrase: spoke today with
	TitleCues   map[string]string `json:"title_cues"` // headline words: Call, Bilateral Meeting
	// TitleAnyCase are one-word headline cues that count in lower case
	// too ("PM meets President of Chile"); others only capitalised.
	TitleAnyCase []string `json:"title_any_case"`
	// InPersonTitleCues name a contact in a headline only when it names
	// no remote way ("Conversation with President A" is talks; "Telephonic
	// conversation with A" is a call, not talks beside it).
	InPersonTitleCues []string `json:"in_person_title_cues"`
	// OralTitleCues name a joint press event in a headline only over a
	// spoken text (a speaker's label or a salutation opens it): "Joint
	// Press Statement by President A and Prime Minister B" read to the
	// press, not one issued on paper. One leader's "Press Statement" is
	// his statement, not a press conference.
	OralTitleCues []string `json:"oral_title_cues"`
	// AudienceOffices are the monarchs whose meetings with visitors are
	// audiences, receptions: "I met King A", "was received by Queen B".
	AudienceOffices []string `json:"audience_offices"`
	// Salutations open a text read aloud: "Your Excellency", "Ladies and
	// gentlemen", "Good evening".
	Salutations []string `json:"salutations"`
	// AddressOpeners open a speech's greeting of those present ("May I
	// specifically greet you: A …; B …"): a sentence that opens so and
	// holds a salutation lists whom the speaker addresses, no contact.
	AddressOpeners []string `json:"address_openers"`
	// GuestAddresses address a guest by office alone in remarks ("Mr
	// President", "Your Majesty"): the guest is present though unnamed.
	GuestAddresses []string `json:"guest_addresses"`
	// CountryCues are headline words of contacts between governments, where
	// the countries themselves take part when no person is named: Dialogue.
	CountryCues []string `json:"country_cues"`
	Future      []string `json:"future_cues"`
	// DepartureVerbs before "for" a country make it a visit's destination:
	// "has left for A on an official visit".
	DepartureVerbs []string `json:"departure_verbs"`
	// TourStartVerbs, besides DepartureVerbs, open a journey on plural
	// visits to countries: "embarked on state visits to A and B".
	TourStartVerbs []string `json:"tour_start_verbs"`
	// HereCues before "here" in an agency's copy make it the dateline's
	// place: "arrived here for a working visit" (visitcity.go).
	HereCues []string `json:"here_cues"`
	// TourCountNouns name the countries of a tour by their number before
	// the list: "visited four African countries, A, B and C".
	TourCountNouns []string `json:"tour_count_nouns"`
	// TourListOpeners stand between such a count and its list, beside a
	// comma, colon or dash: "of", "namely" (visitcity.go).
	TourListOpeners []string `json:"tour_list_openers"`
	// ReportIssueVerbs tell a report issued, between its channel and its
	// day: "said in a statement issued on Thursday" (saidin35.go).
	ReportIssueVerbs []string `json:"report_issue_verbs"`
	// SequenceOpeners open a sentence, before a comma, that goes on with
	// the day the sentence before set: "… begin tomorrow (22). Next, A has
	// a bilateral meeting".
	SequenceOpeners []string `json:"sequence_openers"`
	// GoingToVerbs after "going to" announce a contact in a spoken
	// schedule: "we're going to have a series of bilateral meetings" (not
	// "going to talk about the meeting").
	GoingToVerbs []string `json:"going_to_verbs"`
	// Possibility right before a contact verb puts the contact ahead:
	// "may meet with A" (lower case only: "May" is a month).
	Possibility []string `json:"possibility_cues"`
	// Negations before a contact phrase in its clause deny the contact:
	// "did not hold a press conference together".
	Negations []string `json:"negation_cues"`
	// ContrastLinks open a denied clause after a held contact when a
	// negation, an absence or a failure follows them: "met A but did not
	// meet B", "but no meeting with B took place" (negclause36.go).
	ContrastLinks []string `json:"contrast_links"`
	// AbsenceCues before a contact noun deny it: "no meeting with B".
	AbsenceCues []string `json:"absence_cues"`
	// FailureCues deny what follows them: "but failed to meet B".
	FailureCues []string `json:"failure_cues"`
	// TitleFuture in a headline put the contacts it names after them
	// ahead: "Korea to hold summit with Japan", "Leaders will meet".
	TitleFuture []string `json:"title_future_cues"`
	// ReporterOffices are offices whose holder a headline names as the
	// one who reports ("Readout from NSC Spokesperson A on B leading a
	// meeting"): no party when the headline names others.
	ReporterOffices []string `json:"reporter_offices"`
	// GerundBefore are prepositions after which "meeting" with an object
	// of its own is a verb: "indispensable for meeting current challenges".
	GerundBefore []string `json:"gerund_before"`
	Past         []string `json:"past_cues"`
	// AnniversaryWords count the time since a contact: "40 years of the
	// signing of the Treaty" recalls the signing.
	AnniversaryWords []string `json:"anniversary_words"`
	// RetellingOpeners open a sentence that says more of a contact just
	// told ("This was his only bilateral meeting during his stay"): no
	// contact of its own.
	RetellingOpeners []string `json:"retelling_openers"`
	// SequelVerbs after a retelling opener and before "by" tell another
	// contact in turn ("This was followed by bilateral talks between A
	// and B"): no retelling.
	SequelVerbs []string `json:"sequel_verbs"`
	// FutureAfter are phrases right after a contact that put it ahead:
	// "agreed to hold a summit in the near future".
	FutureAfter []string `json:"future_after_cues"`
	// PurposePresent and PurposeFuture give a purpose clause "to attend
	// the Summit" the tense of the verb it hangs on: "who is visiting Rome
	// to attend" (under way) or "will travel to Rome to attend" (ahead).
	PurposePresent []string `json:"purpose_present_cues"`
	PurposeFuture  []string `json:"purpose_future_cues"`
	// ScheduleCues before "to" put what follows ahead: "is slated to have
	// an audience on Wednesday", "is scheduled to meet A on Friday".
	ScheduleCues []string `json:"schedule_cues"`
	// BeFuture before "to" and a travel verb tell a plan (the agencies'
	// "A is to visit C next week").
	BeFuture   []string `json:"be_future_cues"`
	Invitation []string `json:"invitation_cues"`
	Anaphors   []string `json:"anaphors"` // determiners that make a phrase refer back

	// AheadDayCues before a day in its clause make it the day of an event
	// ahead ("met A on Tuesday, ahead of the bloc's meeting on Wednesday"),
	// not the day a sequel ("He then met B") was held on.
	AheadDayCues []string `json:"ahead_day_cues"`
	// AdditiveOpeners add the contact of a gerund after them to the one
	// before, under its plan: "is scheduled to hold talks with A, apart
	// from holding a meeting with B".
	AdditiveOpeners []string `json:"additive_openers"`
	// PluralContactNouns after a possessive or before an agentless "were
	// held with" tell one contact with each guest listed: "during his
	// meetings with A and B", "Bilateral discussions were held with A, B".
	PluralContactNouns []string `json:"plural_contact_nouns"`
	// PeerGroupNouns name the fellow office holders a contact is had with
	// as a group, whose members an inclusion then lists: "held a series of
	// meetings with other leaders, including A, B and C" (multi34).
	PeerGroupNouns []string `json:"peer_group_nouns"`

	// Sides are the nouns after a country that stand for its party at a
	// meeting: "the representatives from the U.S. side were …".
	Sides []string `json:"side_nouns"`
	// Thanks are the words a guest thanks with; WelcomeNouns what a host
	// gave the guest: "thank you for the warm welcome".
	Thanks       []string `json:"thanks_words"`
	WelcomeNouns []string `json:"welcome_nouns"`
	// Immediate words after a future auxiliary make it the occasion at
	// hand: "We will now have a joint press conference".
	Immediate []string `json:"immediate_words"`
	// PressAudiences are the audiences that make a headline's statement
	// one read to reporters: "Press statement", "Media statement".
	PressAudiences []string `json:"press_audiences"`
	// PressStatementWords and PressStatementVerbs tell statements made to
	// the press by a plural of offices: "the presidents made statements
	// for the media" (press34.go).
	PressStatementWords []string `json:"press_statement_words"`
	PressStatementVerbs []string `json:"press_statement_verbs"`
	// PassivePressEvents and PassivePressHeld tell a joint press event in
	// the passive, naming no one: "a joint press conference was held
	// afterwards" (press36.go).
	PassivePressEvents []string `json:"passive_press_events"`
	PassivePressHeld   []string `json:"passive_press_held"`
	// PassivePressDenials before the event deny it: "No joint press
	// conference was held".
	PassivePressDenials []string `json:"passive_press_denials"`
	// OwnPressMarkers before a press phrase make it one speaker's own ("a
	// rare solo press conference"); OwnPressLinks and OwnPressContacts set
	// it after a contact with another ("said at a press conference after
	// his meeting with B"): that other is no co-speaker (press37.go).
	OwnPressMarkers  []string `json:"own_press_markers"`
	OwnPressLinks    []string `json:"own_press_links"`
	OwnPressContacts []string `json:"own_press_contacts"`
	// PresentContactVerbs are bare verbs read as plans ("to hold talks")
	// that a caption's plural subject puts in the present of a dated day:
	// "A and B hold talks in C, Jan. 19, 2011" (press36.go); an adverb of
	// PresentContactAdverbs may stand before the verb.
	PresentContactVerbs   []string `json:"present_contact_verbs"`
	PresentContactAdverbs []string `json:"present_contact_adverbs"`
	// JointRemarksCues name, in a headline, remarks two sides deliver
	// together to the press: "A and B deliver joint remarks", "A delivers
	// remarks with B". AfterOwnMeetingCues name remarks made together after
	// the two sides' own meeting: "Remarks With A After Their Meeting"
	// (press34.go).
	JointRemarksCues    []string `json:"joint_remarks_cues"`
	AfterOwnMeetingCues []string `json:"after_own_meeting_cues"`
	RemarksWords        []string `json:"remarks_words"`
	// PressArticles may stand between "said at" and a press event the
	// speaker attends: "A said at a joint news conference with B".
	PressArticles []string `json:"press_articles"`
	// NationNouns name a country's whole body politic, read before "of"
	// as a message's addressee: "to the government and the people of A".
	NationNouns []string `json:"nation_nouns"`
	// SideLinks join a side to the persons that make it up: was, were, by.
	SideLinks []string `json:"side_links"`
	// SummitVenue are words shortly before "summit" that make it the
	// occasion of another contact, a time mark or a topic: "on the margins
	// of the G20 Summit", "ahead of", "welcomed the outcomes of".
	SummitVenue []string `json:"summit_venue_cues"`
	// SidelineCues, after a summit two leaders held ("held a summit on the
	// sidelines of the General Assembly"), make it their bilateral meeting
	// at another gathering, not a summit.
	SidelineCues []string `json:"sideline_cues"`
	// AttendCues, shortly after "visiting X", make the trip one to attend a
	// gathering there ("visiting New Delhi to attend the G20 Summit"): no
	// bilateral visit of the country.
	AttendCues []string `json:"attend_cues"`
	// DelegationVerbs receive a visiting delegation when "a delegation led
	// by" a person follows: "welcomed a delegation led by Speaker A",
	// "greeted the Tuvalu delegation led by Prime Minister B".
	DelegationVerbs []string `json:"delegation_verbs"`
	// DelegationMeetingVerbs of those say a meeting, not a reception, when
	// the delegation's head leads a country: "President A met with a
	// delegation led by Prime Minister B" (meetdeleg37.go).
	DelegationMeetingVerbs []string `json:"delegation_meeting_verbs"`
	// DelegationLed are the participles that name a delegation's head
	// after "by" ("a delegation of the X Council headed by A", "The
	// delegation was led by A"); DelegationLeading the verbs of a head
	// told as leading it ("I welcome A as he leads this delegation").
	DelegationLed     []string `json:"delegation_led"`
	DelegationLeading []string `json:"delegation_leading"`
	// DelegationGerunds receive a delegation after a clause opener only
	// ("while meeting with a delegation from the Y Institute"; not "held a
	// meeting with a delegation"): DelegationGerundOpeners.
	DelegationGerunds       []string `json:"delegation_gerunds"`
	DelegationGerundOpeners []string `json:"delegation_gerund_openers"`
	// DelegationBackNouns take up a delegation named before ("The group
	// is led by A").
	DelegationBackNouns []string `json:"delegation_back_nouns"`
	// DelegationMembers open the members a head's sentence lists ("Led by
	// A, the group also included B and C").
	DelegationMembers []string `json:"delegation_members"`
	// MealHostVerbs give a meal in a guest's honour ("hosted a dinner
	// for A", "held an informal dinner party for A", "gave a banquet in
	// his honour"); MealHostFuture the same after "will" ("will host a
	// banquet for A"); MealTails run a meal's name on ("dinner party");
	// MealHonour the nouns of "in honour of" (meal33.go).
	MealHostVerbs  []string `json:"meal_host_verbs"`
	MealHostFuture []string `json:"meal_host_future"`
	MealTails      []string `json:"meal_tails"`
	// MealParticiples host a meal in the passive: "a banquet was hosted
	// in honour of A by B", "a dinner given in his honour by B" (press36.go).
	MealParticiples []string `json:"meal_participles"`
	MealHonour      []string `json:"meal_honour"`
	// RemarksNouns are what a contact's sentence says someone "made" at
	// it, taking up a statement the text dated before ("President A said
	// Dec. 14 … The president made the remarks while receiving B").
	RemarksNouns []string `json:"remarks_nouns"`
	// ProxyCues come before a person someone else stands in for
	// ("representing President A"): no party to the contact.
	ProxyCues []string `json:"proxy_cues"`
	// ProxyNouns name one sent by another ("Envoy of President A"): the
	// sender, named after "of", takes no part.
	ProxyNouns []string `json:"proxy_nouns"`
	// ListOpeners open a list of a visitor's activities ("engaged in many
	// activities, including …; …"): each item is a contact of its own.
	ListOpeners []string `json:"list_openers"`
	// AttendedVerbs tell that the subject took part in a gathering named
	// after them: "joined leaders of A and B for the Summit".
	AttendedVerbs []string `json:"attended_verbs"`
	// PlanVerbs, after "to" earlier in a sentence, make the contacts the
	// verb governs planned: "agreed to realize A's visit", "their
	// agreement to meet … during A's visit", "agreed to coordinate A's
	// visit", "looked forward to welcoming A on a State Visit".
	PlanVerbs []string `json:"plan_verbs"`
	// WelcomeAdjectives make "a reception" after "is"/"was" the manner of
	// a welcome, not an event: "This is indeed a warm reception".
	WelcomeAdjectives []string `json:"welcome_adjectives"`
	// SummitHeld are phrases right after "summit" that make a sentence
	// report the summit itself: "the Summit was held in Samarkand".
	SummitHeld []string `json:"summit_held_cues"`
	// TopicCues before a contact noun make it what is talked about, not a
	// contact: "discussed the ongoing negotiations between A and B".
	TopicCues []string `json:"topic_cues"`
	// ProcessEnds before "negotiations to/on …" (or "… of negotiations
	// on") report a stage of a process, not talks held: "have concluded
	// negotiations to launch a compact", "the early conclusion of
	// negotiations on the CEPA".
	ProcessEnds []string `json:"process_ends"`
	// VisitEnds in a visit's sentence report it over ("left Hanoi,
	// concluding his three-day official visit"): a wrap-up, whose contacts
	// the text gives no day of took place during the visit.
	VisitEnds []string `json:"visit_ends"`
	// SigningCloseVerbs, with VisitEnds, link a contact taken up to the
	// signing that closed it ("The talks culminated in the signing of",
	// "The signing of five agreements followed the talks").
	SigningCloseVerbs []string `json:"signing_close_verbs"`
	// SigningCeremonyHeld after a signing ceremony that opens its sentence
	// tell the ceremony as the day's event ("A signing ceremony of MOUs was
	// held afterwards", "The signing ceremony took place after the talks").
	SigningCeremonyHeld []string `json:"signing_ceremony_held"`
	// SignerSidePhrases and SignerSideNouns mark, after "signed ... by",
	// the side a signer or group of signers acts for: "signed by A for
	// Chile", "on behalf of Peru", "on the EU side, by A and B" (a noun
	// closing "on the X ..."). Two such marks make every named agent a
	// signer (sidesigners36b.go).
	SignerSidePhrases []string `json:"signer_side_phrases"`
	SignerSideNouns   []string `json:"signer_side_nouns"`
	// TourDoneVerbs before a tour's visit phrase tell it as done, its
	// further stops held ("visited A and B", "was on a three-nation visit
	// to A, B and C"); LastLegWords before "leg" too ("the final leg").
	TourDoneVerbs []string `json:"tour_done_verbs"`
	LastLegWords  []string `json:"last_leg_words"`
	// TourEndNouns name a tour's end ("upon the conclusion of his State
	// visit to A, B and C"): its further stops were held (visit37.go).
	TourEndNouns []string `json:"tour_end_nouns"`
	// InvitationPreps open "<prep> the invitation of A" told of a visit
	// made, not one offered: "at", "on", "upon" the invitation of A
	// (visit37.go).
	InvitationPreps []string `json:"invitation_preps"`
	// VisitCloseNouns name a visit's end after the place its visitor
	// left: "left C, bringing an end to his visit", "after the conclusion
	// of his visit" (visit37.go).
	VisitCloseNouns []string `json:"visit_close_nouns"`
	// ParticipationNouns, after a visit's end and a possessive, tell a
	// leader's own part in a gathering: "concluded his participation at
	// the G20 Leaders' Summit", "concluded his second day at the G7
	// Summit".
	ParticipationNouns []string `json:"participation_nouns"`
	// ProtocolVisits name a visit by its kind in protocol ("state visit",
	// "official visit", "working visit"): the host receives it as such,
	// even when the visitor also attends a gathering there.
	ProtocolVisits []string `json:"protocol_visits"`
	// GladVisit before "to visit" make it the visit the speaker is
	// making ("expressed his pleasure to visit C"), not one ahead.
	GladVisit []string `json:"glad_visit"`
	// GladToBe before "to be (back) (here) in C" make C where the
	// speaker is on a visit: "it is a pleasure to be back in C".
	GladToBe []string `json:"glad_to_be"`
	// HereNow stand between "to be here" and "in C" without leaving the
	// speaker's present: "delighted to be here now in C" (speech32.go).
	HereNow []string `json:"here_now"`
	// HostGreetVerbs say a host's welcome when their object is "you" and a
	// place follows: "I sincerely greet you in C" (visit35.go).
	HostGreetVerbs []string `json:"host_greet_verbs"`
	// HostHereVerbs say a host's welcome when the guest is then placed
	// "here in" the host's country: "delighted to host Prime Minister A
	// here in C".
	HostHereVerbs []string `json:"host_here_verbs"`
	// HostAheadWords, shortly before a host's welcome, look ahead to a
	// stay not yet begun: "look forward to hosting you here in C".
	HostAheadWords []string `json:"host_ahead_words"`
	// HostHaveVerbs say a host's welcome with a bare "visit" after the
	// guest: "delighted to have Prime Minister A visit C".
	HostHaveVerbs []string `json:"host_have_verbs"`
	// VisitPhraseOpeners follow "on" in a stay told by presence: "is in C
	// on a three-day visit", "on his first visit" (visit35.go).
	VisitPhraseOpeners []string `json:"visit_phrase_openers"`
	// EarlierTripOpeners open the name of an earlier trip's maker after a
	// visit phrase: "the first visit … since Prime Minister A visited in
	// 2001" (visit35.go).
	EarlierTripOpeners []string `json:"earlier_trip_openers"`
	// PartyPossessives own a trip by the side a speech addresses: "your
	// first visit to C" (speech32.go). Not "my": a speaker's own trip told
	// in passing is as often one gone ("since, of course, my trip to C").
	PartyPossessives []string `json:"party_possessives"`
	// SpeakerNouns name what a headline's titled speaker gives: "The
	// Prince of A's speech at …", "Speech by the Minister for B"
	// (speech32b.go).
	SpeakerNouns []string `json:"speaker_nouns"`
	// GladContactVerbs after "<pleasure> to" make an opening "It was a
	// pleasure to meet A" the speaker's contact: meet, see, call.
	GladContactVerbs []string `json:"glad_contact_verbs"`
	// WelcomeObject: the words a host's welcome's object is made of besides
	// a person's name: "welcome you and your delegation back to C".
	WelcomeObject []string `json:"welcome_object"`
	// OccasionGatherings name a gathering when capitalised ("the Far
	// Eastern Forum", "the Ministerial Dialogue") or after "this": a
	// host's welcome there is to the gathering, not a visit.
	OccasionGatherings []string `json:"occasion_gatherings"`
	// HostingVerbs before a gathering's name make it the occasion:
	// "thanking A for hosting the fourth X Dialogue".
	HostingVerbs []string `json:"hosting_verbs"`
	// TravelPhrases are contact phrases of a journey ("travelled to"): a
	// visit only of a person named with them, to a country or a place in
	// one, not told as an experience ("have travelled to").
	TravelPhrases []string `json:"travel_phrases"`
	// PreviewTravelWords name a journey ahead in a headline ("A to Travel
	// to C", "Secretary A's Travel to C"): a preview, as "to visit" is.
	PreviewTravelWords []string `json:"preview_travel_words"`
	// CommercialDeals are what firms sign: "the signing of a $20 billion
	// deal between Acme and Zeta Airways" is no signing of governments.
	CommercialDeals []string `json:"commercial_deals"`
	// BusinessGroups after a contact's "with" make it one with firms, no
	// contact between countries: "met with the heads of defense companies".
	BusinessGroups []string `json:"business_groups"`
	// OccasionMarkers between a topic cue and a contact noun make the
	// contact the occasion of the talk: "discussed X in a phone conversation".
	OccasionMarkers []string `json:"occasion_markers"`
	// ParticipantLinks name, in the sentences after a contact, who took
	// part in it: "The EU was represented by A and B".
	ParticipantLinks []string `json:"participant_links"`
	// ReportingVerbs after a name make it the source of a passive report,
	// not a party: "spokesperson X said the agreement was signed".
	ReportingVerbs []string `json:"reporting_verbs"`
	// VisitOwners before a bare "visit" make it a noun of someone's visit:
	// "Peters' visit", "his visit".
	VisitOwners []string `json:"visit_owners"`
	// VisitPast before a visit place it before the contact reported:
	// "after the Prime Minister's visit".
	VisitPast []string `json:"visit_past_cues"`
	// SoonAdjectives right between "the" and a contact noun make it ahead:
	// "agreed on the early signing of the Action Programme".
	SoonAdjectives []string `json:"soon_adjectives"`
	// IrregularParticiples are past participles without "-ed" that, after
	// a noun and before "during"/"at", tell an act done at a contact:
	// "the commitments made during the visit", "the agreement struck at".
	IrregularParticiples []string `json:"irregular_participles"`
	// PastAfter are phrases after a contact, in its clause, that place it
	// before the report: "A's visit here just a month ago", "a terrific
	// visit to Oslo last summer". (Counts over time, "have met several
	// times", are tallies: tally_nouns, tally_adverbs.)
	PastAfter []string `json:"past_after_cues"`
	// PastAfterBlocks between a contact and a PastAfter phrase make the
	// phrase measure from the past, not date the contact: "the first
	// meeting since last year".
	PastAfterBlocks []string `json:"past_after_blocks"`
	// FirstPerson are the words (as written) by which the speaker of
	// remarks or a statement names themself.
	FirstPerson []string `json:"first_person"`
	// Together are words that make one contact of several persons met:
	// "a joint meeting", "met jointly".
	Together []string `json:"together_cues"`
	// SeveralCalls are words by which a readout tells that a leader's
	// list of counterparts (of as many countries) were called one by one,
	// said in the sentence naming them, the sentence before it or the
	// headline: "had five separate calls with European leaders. She spoke
	// individually with A; B; and C", "held a round of phone calls".
	// Phrases of several words match word by word.
	SeveralCalls []string `json:"several_calls_cues"`
	// CallNouns before "with" and one counterpart tell of the call with
	// that one alone: "In a conversation with A", "While talking with B".
	CallNouns []string `json:"call_nouns"`
	// CallVerbs call a person up: one calls each of a list of persons
	// ("called A, B and C"), and "called four European leaders" tells the
	// calls the next sentence names.
	CallVerbs []string `json:"call_verbs"`
	// Hosting are phrases (also listed as phrases) by which a speaker
	// thanks a host or welcomes a guest: a contact of the speaker and the
	// person addressed, held where the text is spoken.
	Hosting []string `json:"hosting_phrases"`
	// Welcome are verbs by which leaders greet a signing by their
	// governments: "welcomed the signing of" (the countries sign).
	Welcome []string `json:"welcome_cues"`
	// GenericTalk are phrases (also listed as phrases, typed as calls) that
	// say only that two persons talked: in a readout whose headline names
	// a meeting, the meeting itself ("spoke today with … at the G7").
	GenericTalk []string `json:"generic_talk_phrases"`
	// TalkAudiences are the press a generic talk phrase can address:
	// "spoke with reporters", "spoke to Estonian media" is a press event,
	// not a talk with the person the sentence names next (presstalk31.go).
	// TalkAudienceModifiers may stand before the noun ("local media"),
	// TalkAudienceTails after it ("media persons", "the press corps").
	TalkAudiences         []string `json:"talk_audiences"`
	TalkAudienceModifiers []string `json:"talk_audience_modifiers"`
	TalkAudienceTails     []string `json:"talk_audience_tails"`
	// TalkAudienceStops after the noun make it a word of a compound, a
	// person or a body: "spoke with the press secretary", "media owners".
	TalkAudienceStops []string `json:"talk_audience_stops"`
	// CourtesyCallers are offices whose holders' meetings with another
	// country's head of state or government are courtesy calls on the
	// host (receptions): foreign ministers, secretaries of state, envoys.
	CourtesyCallers []string `json:"courtesy_callers"`
	// DeputyRanks begin the offices of a minister's deputies ("Deputy
	// Minister of …", "Under Secretary of …"): their courtesy call on a
	// minister is a meeting; receptions are a leader's.
	DeputyRanks []string `json:"deputy_ranks"`
	// SubjectLinks introduce the subject of a headline's press conference
	// ("Press Conference by the Prime Minister regarding a Telephone Talk
	// with A"): the contact it is about, not a party to it.
	SubjectLinks []string `json:"subject_links"`
	// SubjectContactNouns are contact nouns that may be the subject of a
	// future clause ("The meeting with A will focus on …": ahead), and
	// TimeLinks the words that put a contact noun in a time phrase
	// instead ("After the meeting with A the leaders will sign …").
	SubjectContactNouns []string `json:"subject_contact_nouns"`
	// VerbDays are the words of a day that may stand between a contact's
	// verb and its object in agency copy translated from Spanish or
	// Portuguese: "received today A" ("recibió hoy a").
	VerbDays  []string `json:"verb_days"`
	TimeLinks []string `json:"time_links"`
	// OfficePlurals name in the plural, as running text writes them, the
	// holders of one office in several countries ("the foreign ministers
	// of A, B and C"): each is that office's holder in one of them.
	OfficePlurals map[string]string `json:"office_plurals"`
	// BilateralOfficePlurals are OfficePlurals that name separate holders
	// only after a bilateral phrase: "held bilateral meetings with the
	// leaders of A and B" is a meeting with each, "spoke to the leaders of
	// A, B and C" one call of all.
	BilateralOfficePlurals map[string]string `json:"bilateral_office_plurals"`
	// SeparateContactPlurals are contact nouns whose plural tells one
	// contact with each holder as "bilateral" does: "held meetings with
	// the leaders of A, B and C" (leaderplurals37.go).
	SeparateContactPlurals []string `json:"separate_contact_plurals"`
	// BuildingHeads are the last words of the names of buildings and residences one is welcomed to ("Downing Street", "Parliament House").
	BuildingHeads []string `json:"building_heads"`
	// Seats are seats of government named by one word ("the Kremlin", "Chequers"): a welcome there is a meeting.
	Seats []string `json:"seats_of_government"`
	// VisitKinds qualify a visit as protocol names it ("state", "official", "working", "two-day").
	VisitKinds []string `json:"visit_kinds"`
	// TripWords name a trip abroad ("visit", "trip").
	TripWords []string `json:"trip_words"`
	// OwnTripOpeners stand before a trip word that names the text's own
	// trip without its visitor or host ("this visit", "today's visit",
	// "your trip"); OwnTripAfter follow one that is under way ("a wonderful
	// visit thus far").
	OwnTripOpeners []string `json:"own_trip_openers"`
	OwnTripAfter   []string `json:"own_trip_after"`
	// HereWords place the speaker where they stand: "here in Jakarta".
	HereWords []string `json:"here_words"`
	// GatheringNouns follow an organisation's name in the name of a
	// gathering of many: "the APEC Leaders' Week", "the NATO Summit".
	GatheringNouns []string `json:"gathering_nouns"`
	// BriefingNouns name a briefing: the one it is "by" tells of the
	// contacts, and takes no part in them ("a special briefing by
	// Secretary A on the visit of B").
	BriefingNouns []string `json:"briefing_nouns"`
	// AncestorWords call a person someone's forebear ("A, the President's
	// ancestor"): one of the past, no party to a contact of today.
	AncestorWords []string `json:"ancestor_words"`
	// OccasionDeterminers make a gathering named anywhere the text's
	// occasion: "this U.S.-Nordic Summit", "our NATO Summit".
	OccasionDeterminers []string `json:"occasion_determiners"`
	// PressNouns follow "joint press" in a joint appearance before the press ("statement", "conference", "availability").
	PressNouns []string `json:"press_nouns"`
	// MessageNouns name what one leader sends another ("a letter to A").
	MessageNouns []string `json:"message_nouns"`
	// OfficeParticiples open a clause on taking office set off by commas
	// ("A, sworn in on Monday, met B"): its day is not the contact's.
	OfficeParticiples []string `json:"office_participles"`
	// RemoteWords say a contact was held at a distance ("telephone", "video", "virtually"), not in person.
	RemoteWords []string `json:"remote_words"`
	// VideoWays after a contact make it a video contact ("held the
	// dialogue virtually", "held talks online"); VideoWayFollowers are the
	// words that may follow the adverb ("virtually all" is "almost").
	VideoWays         []string `json:"video_ways"`
	VideoWayFollowers []string `json:"video_way_followers"`
	// VideoFormats before a FormatNoun name a video contact's way: "in a
	// virtual format", "in a videoconference mode".
	VideoFormats []string `json:"video_formats"`
	FormatNouns  []string `json:"format_nouns"`
	// MotionVerbs tell of travelling ("travelled", "flew") before "to" an act carried out there.
	MotionVerbs []string `json:"motion_verbs"`
	// StayPhrases tell of a stay ("was in Tokyo October 25-26") before "to"
	// an act carried out there, as a journey does.
	StayPhrases []string `json:"stay_phrases"`
	// ArrivalCues open a sentence told of a guest's arrival ("Upon arrival,
	// A was welcomed by B … for a meeting"; "There, A was received"): its
	// contact is of the day the arrival was told, with ArrivalVerbs, just
	// before.
	ArrivalCues []string `json:"arrival_cues"`
	// GreetingPlaces and GreetingVerbs tell a protocol greeting on arrival
	// ("was received at the airport by Deputy Minister B"): a greeter below
	// a head of state or government is no host of the visit (greeters.go).
	GreetingPlaces []string `json:"greeting_places"`
	GreetingVerbs  []string `json:"greeting_verbs"`
	// RosterNouns, RosterCues and RosterLinks tell a host's reception of
	// several guests named as a roster: "received credentials from four
	// new envoys … The envoys who presented their credentials include A,
	// B and C" (roster.go). A roster noun after a reception cue announces
	// the guests; a later sentence naming them opens with a roster noun
	// (or "among") and a link verb.
	RosterNouns []string `json:"roster_nouns"`
	RosterCues  []string `json:"roster_cues"`
	RosterLinks []string `json:"roster_links"`
	// RosterPapers are an envoy's papers: a later sentence that opens with
	// them names a roster's guests as well ("Letters of credence were
	// presented by A (X), B (Y) …", the Kremlin's and palaces' wording).
	RosterPapers []string `json:"roster_papers"`
	// StaffTitles name one who serves a principal: "A's spokesperson B",
	// "A's special envoy B" acts for A's country (a counterpart does not).
	StaffTitles []string `json:"staff_titles"`
	// PressOfficerTitles name one who briefs the press for a principal: a
	// briefing or news conference such a one gives is no contact of the
	// principals it tells of (extra37.go).
	PressOfficerTitles []string `json:"press_officer_titles"`
	ArrivalVerbs       []string `json:"arrival_verbs"`
	// LegWords and LegTrips tell a trip by its stage: "arrived here on the
	// second leg of his three-nation tour" is a visit as "on a visit" is
	// (legTrip, tripleg.go).
	LegWords []string `json:"leg_words"`
	LegTrips []string `json:"leg_trips"`
	// ReachVerbs tell an arrival when a place follows at once and "on a …
	// visit" after it: "reached China on an official visit" (tripleg.go).
	ReachVerbs []string `json:"reach_verbs"`
	// ReturnWords before "after" a visit tell the visitor's way home: "returned
	// home on Monday after a three-day visit to C" reports that visit over,
	// not one before it (visit32.go).
	ReturnWords []string `json:"return_words"`
	// SequelWords just before a contact's verb tell it after what the text
	// told before ("The new president then received A"): undated, it is
	// of the day an earlier sentence stated.
	SequelWords []string `json:"sequel_words"`
	// TenurePhrases start a clause dating one's term, not the contact
	// before it: "his first visit after taking office on May 23".
	TenurePhrases []string `json:"tenure_phrases"`
	// GroupQuantifiers after "with" make a contact's other side a group
	// the text does not name ("talked with many of their colleagues").
	GroupQuantifiers []string `json:"group_quantifiers"`
	// TallyNouns after a count ("several times", "on six occasions") and
	// TallyAdverbs ("twice", "regularly") make a contact a tally of past
	// contacts ("have met several times"), no one event.
	TallyNouns   []string `json:"tally_nouns"`
	TallyAdverbs []string `json:"tally_adverbs"`
	// AttendanceWords end an absolute "with A and B present" after a
	// contact: A and B attend it, they are not its sides.
	AttendanceWords []string `json:"attendance_words"`
	// RecallOpeners, after a contact's phrase, open what it follows on
	// ("was a follow-up of the conversation A had with B last month"): the
	// persons named after them are of that earlier contact, not sides.
	RecallOpeners []string `json:"recall_openers"`
	// ElapsedOpeners, after a contact's phrase, open an earlier event
	// dated from it ("held talks on Tuesday, a week after President A made
	// a trip to C"): the persons named after them are that event's, not
	// the contact's sides.
	ElapsedOpeners []string `json:"elapsed_openers"`
	// CoSignVerbs join "signed and" before the document signed ("signed
	// and issued a Joint Statement").
	CoSignVerbs []string `json:"co_sign_verbs"`
	// DocumentHandovers are the acts on signed documents a witness attends,
	// besides their exchange or signing, that the reports of some
	// governments name ("witnessed the handover of ten cooperation
	// documents", "the handing over of", "the handover ceremony of").
	DocumentHandovers []string `json:"document_handovers"`
	// SignedDocuments are the nouns of documents counted after "signed"
	// ("signed 13 cooperation agreements"): a signing of its own, the count
	// standing where a named document would.
	SignedDocuments []string `json:"signed_documents"`
	// SigningSubjects are the pronouns of a relative clause whose object,
	// the document, stands before the verb: "the Joint Update we signed
	// today", "the agreements that we have witnessed".
	SigningSubjects []string `json:"signing_subjects"`
	// OpportunityNouns, after "had the", make the "to" of a contact verb
	// no plan: "I had the opportunity to meet A", "I was pleased to have
	// the chance to hold talks with A".
	OpportunityNouns []string `json:"opportunity_nouns"`
	// UnionSides are the codes of organisations that take part in a
	// contact as one side of their own, like a country: "The European
	// Union and the Republic of Korea held the Joint Committee".
	UnionSides []string `json:"union_sides"`
	// BlocAttendVerbs tell a leader's part in a regional bloc's own
	// gathering, held: "A attended the 52nd Pacific Islands Forum
	// Leaders' Meeting", "where he participated in the 35th Ordinary
	// Session of the Assembly of the African Union", and its chair's: "A
	// chaired|opened|closed|presided over the 31st ASEAN Summit".
	BlocAttendVerbs []string `json:"bloc_attend_verbs"`
	// GatheringPartVerbs tell a leader's own part in a many-sided
	// gathering, held: "A attended the Opening Session of the Sixth B
	// Conference", "A participated in the 15th G20 Summit", "A delivered
	// an address at the First Plenary Session of the C Summit" ("took"
	// with "part", "delivered|made|gave" with a speech word and "at|to").
	GatheringPartVerbs []string `json:"gathering_part_verbs"`
	// GatheringSpeechWords stand between such a verb of speaking and the
	// gathering: "delivered a keynote address at", "took part in".
	GatheringSpeechWords []string `json:"gathering_speech_words"`
	// GatheringSessionNouns name a sitting of a gathering ("the opening
	// session of", "the TICAD VI opening session"): the gathering itself
	// may be named elsewhere in the sentence.
	GatheringSessionNouns []string `json:"gathering_session_nouns"`
	// LeaderGatheringNouns head the capitalised name of a gathering of
	// leaders ("Summit", "Conference"; "Meeting" only after "Summit").
	LeaderGatheringNouns []string `json:"leader_gathering_nouns"`
	// GatheringLeadModifiers may open such a name in lower case ("the
	// virtual BRICS summit", "an extraordinary G20 Summit").
	GatheringLeadModifiers []string `json:"gathering_lead_modifiers"`
	// GatheringAnaphors after "the" name again the gathering the
	// sentence before names ("The 17th B Summit was held in C. A attended
	// the meeting.").
	GatheringAnaphors []string `json:"gathering_anaphors"`
	// SummitStandInVerbs tell, right after a person of a summit's side
	// its own sentence names, that the person took part for the side:
	// "Vice President A is attending the B-C Summit", "Deputy Prime
	// Minister A represented the country at the B-C Summit".
	SummitStandInVerbs []string `json:"summit_stand_in_verbs"`
	// SummitRepresentVerbs tell a person stood for the side in its
	// leader's place: "A represented President B at the C-D Summit".
	SummitRepresentVerbs []string `json:"summit_represent_verbs"`
	// BlocGatheringNouns end or open the name of a bloc's gathering of
	// leaders ("ASEAN Summit", "Meeting of the Conference of Heads of
	// Government of the Caribbean Community").
	BlocGatheringNouns []string `json:"bloc_gathering_nouns"`
	// BlocGatheringModifiers may stand in lower case in such a name told
	// with its noun first ("the 48th regular meeting of the conference of
	// heads of government of Caricom").
	BlocGatheringModifiers []string `json:"bloc_gathering_modifiers"`
	// BlocGatheringOthers in such a name make it a gathering of others
	// than the leaders ("ASEAN Foreign Ministers' Meeting", "AU Peace and
	// Security Council", "ASEAN Business Summit").
	BlocGatheringOthers []string `json:"bloc_gathering_others"`
	// CoChairWords tell a gathering's co-chairs: "The meeting was
	// co-chaired by A and B", "A and B are co-chairing the gathering".
	CoChairWords []string `json:"co_chair_words"`
	// AnswerOpeners open a parliamentary reply whose question is not
	// given: "I propose to take Questions Nos. 2 and 3 together."
	AnswerOpeners []string `json:"answer_openers"`
	// StayOpeners open a sentence told during the trip the sentence before
	// gives the day of: "While in Belfast, I met with A".
	StayOpeners []string `json:"stay_openers"`
	// SigningAuxiliaries may stand between that pronoun and the verb:
	// "that we have just signed".
	SigningAuxiliaries []string `json:"signing_auxiliaries"`
	// CityGovernmentWords mark a sentence about a city's own government
	// ("the two capital cities", "the Party Committee of Hanoi"): two
	// capitals named there are cities, not their countries.
	CityGovernmentWords []string `json:"city_government_words"`
	// SignedDocument are the nouns of one document signed by countries
	// named as its subject: "Kenya and Rwanda signed an agreement".
	SignedDocument []string `json:"signed_document"`
	// UnsignedObjects are things signed that are no agreement: "signed the
	// guest book", "the signing of the visitors' register" is no signing.
	// UnsignedObjectStops end the signed object's words.
	// BilateralWords before BilateralPlurals announce contacts held one by
	// one ("held several bilateral meetings"): a list of persons met next
	// is so many bilateral contacts.
	BilateralWords   []string `json:"bilateral_words"`
	BilateralPlurals []string `json:"bilateral_plurals"`
	// SeparateWords before a plural contact noun ("in separate meetings",
	// "held individual talks") and SeparateAdverbs ("met individually")
	// tell contacts held one by one with each guest (separate36.go).
	SeparateWords   []string `json:"separate_words"`
	SeparateAdverbs []string `json:"separate_adverbs"`
	// InPersonEvents are gatherings at which a generic talk ("spoke with
	// A") is held in person, not by phone.
	InPersonEvents []string `json:"in_person_events"`
	// MarginWords name the edge of a gathering ("on the margins of the
	// summit", "on the sidelines of"): a generic talk held there is held
	// in person.
	MarginWords []string `json:"margin_words"`
	// FutureAuxiliaries govern verbs coordinated after them: "will visit
	// the base and have a meeting with A": the bare BareContactVerbs after
	// "and" share the auxiliary's future.
	FutureAuxiliaries []string `json:"future_auxiliaries"`
	BareContactVerbs  []string `json:"bare_contact_verbs"`
	// ProgrammeVerbs, after a future auxiliary, announce an item of the
	// programme of a visit under way, by its engagement type: "will call
	// on President A and meet Prime Minister B, who will also host an
	// official lunch" ("host" only before a meal).
	ProgrammeVerbs map[string]string `json:"programme_verbs"`
	// LeaderNouns, after "the" and a demonym, name a country's leader in a
	// readout ("hailed the Vietnamese leader's visit").
	LeaderNouns []string `json:"leader_nouns"`
	// CarriedGreetings are what one conveys from A to B on A's behalf
	// ("conveyed the congratulations from A to B"): A's message to B.
	CarriedGreetings []string `json:"carried_greetings"`
	// JointActVerbs are what two leaders do together in person on the day
	// of a visit between them ("A and B reaffirmed on Thursday their
	// commitment"): their meeting, where the text names none.
	JointActVerbs []string `json:"joint_act_verbs"`
	// BareMotionVerbs are the bare verbs of a journey a future auxiliary
	// governs: "will travel to Portcity for a meeting with A" (ahead).
	BareMotionVerbs []string `json:"bare_motion_verbs"`
	// MovedToMeetVerbs are the past verbs of a move made whose purpose a
	// contact is: "proceeded to the palace to meet King A" (held, not a
	// plan: movedtomeet37.go).
	MovedToMeetVerbs []string `json:"moved_to_meet_verbs"`
	// DocumentAdjectives stand between "signed a" and a document's name:
	// "signed a renewed Statement of Partnership".
	DocumentAdjectives []string `json:"document_adjectives"`
	// SummitHoldVerbs, before a summit's name, make it a summit the
	// subject held: "held the 30th A-B Summit with C".
	SummitHoldVerbs []string `json:"summit_hold_verbs"`
	// SummitCochairVerbs, before "the summit", make it a summit of the
	// subject's co-chairs: "A and B co-chaired the third X-Y summit". Past
	// tense only: "welcomed A's co-chairing the B Summit" looks ahead.
	SummitCochairVerbs []string `json:"summit_cochair_verbs"`
	// SeriesSummitWords, in a summit's name, make a summit of two states a
	// gathering of its own kind rather than their meeting: "the 2nd
	// India-Australia Annual Summit".
	SeriesSummitWords []string `json:"series_summit_words"`
	// SummitHoldersWords name who meets at a summit between its name and
	// its sides: "the III Summit of Heads of State and Government of the
	// EU and CELAC", "the Summit of Leaders of A and B".
	SummitHoldersWords []string `json:"summit_holders_words"`
	// SpelledOrdinals number a series' gathering in words: "held their
	// sixth summit".
	SpelledOrdinals []string `json:"spelled_ordinals"`
	// ManySidedSummitWords name a summit of three sides or more whose
	// sides the sentence names: "the leaders of A, B and C met at the
	// seventh Trilateral Summit".
	ManySidedSummitWords []string `json:"many_sided_summit_words"`
	// SummitAheadCues, before a summit's name, place it ahead: "ahead of
	// the EU-Canada Summit", "the next Trilateral Summit".
	SummitAheadCues []string `json:"summit_ahead_cues"`
	// SummitPastCues, before a bare "summit", place it before the
	// occasion reported: "the last Summit in July", "the previous summit".
	SummitPastCues []string `json:"summit_past_cues"`
	// GroupPartyEnds, after a group's holder name ("with the G7"), close
	// it as a contact's party: "a call with the G7 to discuss".
	GroupPartyEnds []string `json:"group_party_ends"`
	// BareSummitWords, right before "summit", leave it unnamed even
	// capitalised: "The Summit is", headline "Japan and EU Hold Bilateral
	// Summit".
	BareSummitWords []string `json:"bare_summit_words"`
	// DescriptionNouns, after "the" and a demonym, name a person by
	// description: "also had meetings with the Singaporean leader".
	DescriptionNouns []string `json:"description_nouns"`
	// LeaderPlurals name leaders in the plural after a pair of demonyms
	// ("the Vietnamese and Singaporean PMs"), each with the office its
	// holders hold ("" for any leader).
	LeaderPlurals map[string]string `json:"leader_plurals"`
	// ActNouns name an act done at an occasion ("the establishment of the
	// Partnership during A's visit"): the occasion is one recalled.
	ActNouns []string `json:"act_nouns"`
	// JointPressPhrases are a press event only when two or more persons
	// named before them say it: "A and B told the press following their
	// talks", not one leader's remark to the press.
	JointPressPhrases []string `json:"joint_press_phrases"`
	// PresencePhrases name those present at a contact, not its guest:
	// "received at the Palace, in the presence of A, B".
	PresencePhrases []string `json:"presence_phrases"`
	// SigningSentenceWords tell that a sentence reports a signing, for
	// setting its signers apart from those present at it: "The MoUs were
	// signed by A and B, with the two presidents in attendance".
	SigningSentenceWords []string `json:"signing_sentence_words"`
	// SigningWitnessPhrases open the list of those who witness a signing
	// whose signers the sentence names before: "signed by A and B, which
	// was witnessed by the two leaders".
	SigningWitnessPhrases []string `json:"signing_witness_phrases"`
	// CompanyPhrases, in the opening of a transcript's first turn, tell
	// that the speaker stands beside the person named after them: "a great
	// honour to be with my friend Prime Minister A here today".
	CompanyPhrases []string `json:"company_phrases"`
	// LabelOfficeJoins are the small words of an office's name in a
	// speaker's label: "External Affairs Minister of India (Shri A):".
	LabelOfficeJoins []string `json:"label_office_joins"`
	// PairSigners, as the subject of "signed", are the two sides of the
	// report: "Both governments signed an agreement", "our two nations
	// have signed the Treaty".
	PairSigners []string `json:"pair_signers"`
	// SigningJoinVerbs, before "in signing", make their object a co-signer:
	// "the Secretary joined Minister A in signing a Roadmap".
	SigningJoinVerbs []string `json:"signing_join_verbs"`
	// DocumentQuantifiers count the documents a signing names ("signed a
	// number of cooperation documents", "a series of MoUs"): words between
	// the verb and its document, not the document.
	DocumentQuantifiers []string `json:"document_quantifiers"`
	// NamingVerbs name a document in a free relative between "signed" and
	// its noun: "signed what both called a historic accord", "what A
	// described as a landmark deal".
	NamingVerbs []string `json:"naming_verbs"`
	// NoteTopicLinks after "exchanged notes" make the notes a topic's
	// (information shared, "exchanged notes on the pandemic"), not notes
	// signed ("exchanged notes concerning a yen loan").
	NoteTopicLinks []string `json:"note_topic_links"`
	// OfficeHolders are plural nouns of office holders that, after two
	// demonyms, make the two countries a contact's sides: "Peruvian and
	// Chilean defence ministers signed".
	OfficeHolders []string `json:"office_holder_plurals"`
	// SignWords mark a sentence that reports a signing, where "A for
	// Chile" names the country a signer signs for.
	SignWords []string `json:"sign_words"`
	// BriefingVerbs, before "at", "during" or "to" and a press phrase
	// that is no joint one, make the press event the one speaker's own:
	// "A said at a press conference", "B spoke at a press briefing".
	BriefingVerbs []string `json:"briefing_verbs"`
	// CancelWords and PostponeWords call a contact off ("cancelled a
	// visit to C", "the meeting … has been postponed"): one cancelled is
	// no contact, one postponed is still ahead. CalledOffAuxiliaries go
	// before them after the contact ("was cancelled"); CalledOffStops end
	// the contact's clause before them ("the visit, which had been
	// postponed, took place").
	CancelWords          []string `json:"cancel_words"`
	PostponeWords        []string `json:"postpone_words"`
	CalledOffAuxiliaries []string `json:"called_off_auxiliaries"`
	CalledOffStops       []string `json:"called_off_stops"`
	// NotHeldPhrases after a contact in its clause put it off ("the
	// summit planned for September cannot take place").
	NotHeldPhrases []string `json:"not_held_phrases"`
	// MealWords, after "hosted A to" or "for" and MealAdjectives, make the
	// hosting a reception: "hosted A to an official dinner".
	MealWords      []string `json:"meal_words"`
	MealAdjectives []string `json:"meal_adjectives"`
	// WelcomeHonours, after "with" (and HonoursAdjectives) following the
	// guest of a welcome, make the welcome a ceremony, a reception:
	// "welcomed President B with full military honours".
	WelcomeHonours      []string `json:"welcome_honours"`
	HonoursAdjectives   []string `json:"honours_adjectives"`
	UnsignedObjects     []string `json:"unsigned_objects"`
	UnsignedObjectStops []string `json:"unsigned_object_stops"`
	// Parentheticals are the adverbials set off by commas inside a clause
	// ("to organise, in particular, a call"): a status cue before one is
	// still the contact's own.
	Parentheticals []string `json:"parentheticals"`

	// StandingFormats follow a dialogue's name when the text means the
	// standing format, not a round held: "the Strategic Dialogue mechanism".
	StandingFormats []string `json:"standing_format_nouns"`
	// FormatRoundHeads end the name of a standing bilateral format whose
	// rounds are talks: "the Strategic Dialogue", "the Joint Commission",
	// "Foreign Office Consultations" (talks35.go).
	FormatRoundHeads []string `json:"format_round_heads"`
	// FormatFounding are the verbs that set a format up, before its name:
	// "established the Strategic Dialogue" tells no round held.
	FormatFounding []string `json:"format_founding_verbs"`
	// RoundLeadWords tell who led a round's delegations, besides the
	// co-chair words: "A led the delegation whilst B headed the other".
	RoundLeadWords []string `json:"round_lead_words"`
	// FormatProcessCues before a format's name make it the standing
	// exchange a meeting belongs to: "as part of ongoing consultations".
	FormatProcessCues []string `json:"format_process_cues"`
}

// Words is data/words.json: closed word classes the grammar needs.
type Words struct {
	Stopwords   []string `json:"stopwords"`   // never a name, though capitalised at a sentence start
	Institution []string `json:"institution"` // words of institutions and things, never of a person's name
	// Verbs are never a word of a name, though a headline capitalises them:
	// "President Jokowi Holds Bilateral Meetings", "The President Speaks".
	Verbs     []string `json:"verbs"`
	Particles []string `json:"particles"` // lower-case name parts: bin, da, van
	// Filial are the particles that say "son (daughter) of": the name
	// after one is a parent's ("Sheikh A bin B": B is A's father).
	Filial       []string       `json:"filial_particles"`
	Suffixes     []string       `json:"suffixes"` // Jr., II
	Months       []string       `json:"months"`
	MonthAbbrevs map[string]int `json:"month_abbrevs"`
	Weekdays     []string       `json:"weekdays"`
	GroupRefs    []string       `json:"group_refs"` // the two leaders
	// Delegations are the nouns of a visiting party as the subject of its
	// calls: "the delegation met with President A, Minister B and C".
	Delegations []string `json:"delegation_nouns"`
	// Governments are the nouns after a leader's name that make it their
	// government's: "the Biden Administration", "the Albanese Government".
	Governments []string `json:"government_nouns"`
	// Epithets are the courtesy words before a country's name in some
	// outlets: "the friendly Islamic Republic of Pakistan".
	Epithets []string `json:"country_epithets"`
	// Patronymics are the endings of patronymics, which tell a name written
	// family name first: "Putin, Vladimir Vladimirovich".
	Patronymics []string `json:"patronymic_endings"`
	// PatronymicGenitives are the genitive endings of a Mongolian
	// patronymic, written before the given name: "Ukhnaagiin Khurelsukh"
	// (Khurelsukh, son of Ukhnaa) is "Khurelsukh Ukhnaa" and "U. Khurelsukh".
	PatronymicGenitives []string `json:"patronymic_genitives"`
	// OfficeNounEndings are the endings of ordinary abstract nouns that
	// close the name of an office before a person's name ("Minister of
	// Energy Transition and Water Transformation A"): no word of the name.
	OfficeNounEndings []string `json:"office_noun_endings"`
	// OfficeConnectors are the small words inside an office written in
	// title case: "Secretary for Foreign Affairs", "Minister of State".
	OfficeConnectors []string `json:"office_connectors"`
	// SubdivisionNouns open the name of a part of a country after the
	// country's possessive: "the Russian Federation's Republic of
	// Tatarstan" (not "Japan's National Security Secretariat", a body).
	SubdivisionNouns []string `json:"subdivision_nouns"`
	// Compounds are the first parts of English hyphenated words, which
	// are no East Asian given names: "Long-term", "Follow-up".
	Compounds []string `json:"compound_prefixes"`
	// CompoundEnds are the last parts of such words: "New York-based".
	CompoundEnds []string `json:"compound_suffixes"`
	// FamilyFirst are the countries whose holders the office table names
	// family name first (Xi Jinping, Lee Jae-myung): there a one-word
	// name may be the first word of the holder's.
	FamilyFirst []string `json:"family_name_first"`
	// OfVerbs take a person and "of" what they are told ("assured
	// President A of India's support"): the "of" after that person names
	// no country of theirs.
	OfVerbs []string `json:"of_verbs"`
	// Spouses introduce a person who comes with another ("and his wife
	// A"): a companion, no party to the contact.
	Spouses []string `json:"spouse_words"`
	// EventNouns name events, bodies and papers, never a family name: a
	// title before one ("the King's Coronation", "the General Election",
	// "the General Debate") makes no person of it.
	EventNouns []string `json:"event_nouns"`
	// ContactLines open a release's footer line that names whom the press
	// may call ("Media enquiries: A, Spokesperson"): A takes no part in
	// what the release reports.
	ContactLines []string `json:"contact_lines"`
	// Companions introduce persons who come with a party ("accompanied by
	// Minister A"): no parties to the contact.
	Companions []string `json:"companion_words"`
	// WordGivenNames are given names that are also English words (Ray,
	// Grant, Grace): a name starting with one is no run of words.
	WordGivenNames []string `json:"word_given_names"`
	// PronounOpeners open a sentence before the pronoun "I" ("Today I
	// met …", "When I spoke …"): their capital is the sentence's, not a
	// heading's before a numeral ("Title I").
	PronounOpeners []string `json:"pronoun_openers"`
	// FrontWords open a phrase put before a sentence's subject ("Besides
	// the meeting with the Foreign Secretary, A held …"): a name right
	// after that phrase's comma is the subject, not an apposition.
	FrontWords []string `json:"front_words"`
	// HomeBodyWords before a title name the outlet's own government as its
	// body: "Presidential spokesperson A", "Government spokesman B".
	HomeBodyWords []string `json:"home_body_words"`
	// KinAppositions make the name before them a person: "A B, the wife of
	// the late Prime Minister C", "A B, son of …", whatever the given name.
	KinAppositions []string `json:"kin_appositions"`
	// BodyPrefixes open a national body's name before its country ("Royal
	// New Zealand Navy", "Royal Thai Army"): the country is still the body's.
	BodyPrefixes []string `json:"body_prefixes"`
	// PlaceStops end the stretch after a contact's phrase in which "in" or
	// "at" a city says where it was held: past them the city is a topic
	// ("about the situation in A"), a destination or a plan.
	PlaceStops []string `json:"place_stops"`
	// PlaceTopicNouns before "in" a country make the country what a
	// contact was about, not where it was held: "to discuss recent events
	// in Ukraine", "over its war in Ukraine".
	PlaceTopicNouns []string `json:"place_topic_nouns"`
	// BuildingWords, capitalised right after a titled name, make the name
	// a building's ("Secretary of State A Guest House" in a transcript's
	// heading lines): no person.
	BuildingWords []string `json:"building_words"`
	// BuildingQualifiers may stand between a titled name and its building
	// word: "King A International Airport" names an airport (persons.go).
	BuildingQualifiers []string `json:"building_qualifiers"`
	// HeadingNouns are the nouns of a document's section headings
	// ("(1) General Remarks", "Overview"), never a person's name.
	HeadingNouns []string `json:"heading_nouns"`
	// HeadlineVerbs, capitalised in a headline after a title, are its
	// verb, no word of a name: "Egyptian Foreign Minister Says …",
	// "President A Expects …", "Foreign Minister To Visit US".
	HeadlineVerbs []string `json:"headline_verbs"`
	// OccasionEdges follow "on the" before the occasion a contact was held
	// at ("on the margins of the summit in A").
	OccasionEdges []string `json:"occasion_edges"`
	// AppositionEnds may follow a title in apposition to the name before
	// it ("met A, his Japanese counterpart, in Tokyo"); another word after
	// a counterpart is the verb of two subjects ("A, Japanese counterpart
	// agree").
	AppositionEnds []string `json:"apposition_ends"`
}

// Organization is an international or national body.
type Organization struct {
	Name    string   `json:"name"`
	Aliases []string `json:"aliases"`
	Country string   `json:"country,omitempty"`
	// Side is the code a regional bloc takes as one side of a summit it
	// holds with a partner ("the EU-CELAC Summit", "the ASEAN-Australia
	// Special Summit"): the bloc meets as one party there, though it is no
	// country and its name elsewhere names no side.
	Side string `json:"side,omitempty"`
}

// Place is a city or landmark with its country.
type Place struct {
	Name     string   `json:"name"`
	Aliases  []string `json:"aliases,omitempty"`
	Country  string   `json:"country"`
	Landmark bool     `json:"landmark,omitempty"`
	City     string   `json:"city,omitempty"`
	// Capital: the seat of the country's government, where a head of
	// government welcomes guests on a visit (tran29.go hostWelcomes).
	Capital bool `json:"capital,omitempty"`
}

// Actors is all the knowledge the actor and engagement extractors use.
type Actors struct {
	Titles        Titles
	Engagements   Engagements
	Words         Words
	Organizations []Organization
	Places        []Place
	GivenNames    []string // first words of names, to find persons named without a title
	Regions       Regions  // groups of countries named as one party
}

// Regions are groups of countries a text may name as one party of a
// contact ("the Central Asian republics").
type Regions struct {
	Regions []struct {
		Names []string `json:"names"`
		// HolderNames name the group only as a commitment's holder
		// ("the G7 will mobilize"), never as a contact's party: a
		// "G7 Summit" is a gathering, not a contact of the seven.
		HolderNames []string `json:"holder_names"`
		Members     []string `json:"members"`
	} `json:"regions"`
}

var (
	actorsOnce sync.Once
	actors     Actors
	actorsErr  error
)

// LoadActors returns the actor knowledge, loaded once.
func LoadActors() (*Actors, error) {
	actorsOnce.Do(func() {
		for _, f := range []struct {
			name string
			v    any
		}{
			{"data/titles.json", &actors.Titles},
			{"data/engagements.json", &actors.Engagements},
			{"data/words.json", &actors.Words},
			{"data/organizations.json", &actors.Organizations},
			{"data/places.json", &actors.Places},
			{"data/given_names.json", &actors.GivenNames},
			{"data/regions.json", &actors.Regions},
		} {
			if actorsErr = load(f.name, f.v); actorsErr != nil {
				return
			}
		}
	})
	return &actors, actorsErr
}
