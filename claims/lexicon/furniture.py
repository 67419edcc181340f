"""Page furniture, dateline words and sentence-splitting exceptions, as data.

Provenance: the furniture phrases were read off the five seed articles (seeds/) and off
the most frequent short lines of the Gun Violence Corpus scrape (6,335 US local-news
pages, ../shared/corpus/gvc); month, weekday, time-zone and abbreviation lists are
ordinary English news usage, written for this project.

Phrases are matched case-insensitively; whitespace inside a phrase matches any run of
whitespace and an apostrophe matches a straight or curly one. claims.text builds its
patterns from these tables: add a row here rather than a branch there.
"""

from __future__ import annotations

# --------------------------------------------------------------------------- comments

#: A comment counter ("COMMENTS (1)", "0 Comments", "Comments 0") opens the reader-comment
#: section when it stands below the top of the page: it and everything after it is
#: furniture. Near the top it is a share-bar counter and only that line is dropped.
COMMENT_COUNTERS = (
    "Comments",
    "Comment(s)",
    "Reader Comments",
    "Pending Comments",
    "Show Comments",
    "View Comments",
)

#: A counter among the first this-many non-blank lines is a share-bar counter.
COMMENT_COUNTER_TOP_LINES = 8

#: A line that is one of these (optionally with a count) opens the comment section
#: wherever it stands once some article text has been seen.
COMMENT_SECTION_LINES = (
    "Leave a Reply",
    "Leave a Comment",
    "Leave Comments",
    "Post a Comment",
    "Add a Comment",
    "Add New Comment",
    "Comments are closed",
    "Join the Discussion",
)

#: A line opening with one of these is part of a comment widget: it too ends the article.
COMMENT_SECTION_PREFIXES = (
    "Replying to",
    "Reply to this comment",
    "Article comment by",
    "Article Comment Submission Form",
    "Comments are moderated",
    "Please enable JavaScript to view the comments",
    "Please leave your comments",
    "We welcome your comments",
    "comments powered by Disqus",
)

#: Time units of a comment header's age: "citizen2000 | 12 years ago | Reply".
COMMENT_AGE_UNITS = ("second", "minute", "hour", "day", "week", "month", "year")

# --------------------------------------------------------------------------- line furniture

#: A line that is exactly one of these (ignoring case and trailing ".:!…") is a widget
#: label, share button, site slogan or credit, never article text.
FURNITURE_LINES = (
    # share and navigation buttons
    "Advertisement",
    "Close",
    "Email",
    "E-mail",
    "Print",
    "Share",
    "SHARE",
    "Tweet",
    "Twitter",
    "Facebook",
    "Pinterest",
    "Google",
    "Google Plus",
    "Google+",
    "LinkedIn",
    "Reddit",
    "WhatsApp",
    "Pocket",
    "More",
    "Photos",
    "Video",
    "Enlarge",
    "Caption",
    "Back to Gallery",
    "Copy Link Copy",
    "Copy Link",
    "Hide Transcript Show Transcript",
    "Watch this story",
    "Play Facebook",
    "text size",
    "Vote",
    "View Results",
    "Loading",
    "Like this: Like Loading",
    "Just One More Thing",
    "Total Access",
    "Get digital access",
    "See Also",
    "Related Items",
    "Related Stories",
    "Related Links",
    "Related Content",
    "Trending Stories",
    "Previous Stories",
    "More Local News",
    "More Stories",
    "Top Stories",
    "Latest News",
    "Most Popular",
    "Most Read",
    # credits standing alone
    "Associated Press",
    "Staff Writer",
    "Breaking News Staff",
    "With News Wire Services",
    # site slogans (seeds: Newsmax)
    "America's News Page",
)

#: A line that opens with one of these (after an optional counter: "1Like our page") is
#: a prompt, a tag or source line, a teaser or a sign-up form.
FURNITURE_PREFIXES = (
    # newsletters, social and app prompts
    "Join our",
    "Sign up for",
    "Sign up today",
    "Subscribe to",
    "Follow us",
    "Follow CBS",
    "For the latest news follow us",
    "Like us on",
    "Like our page",
    "Find us on",
    "Share this",
    "Share on",
    "Click here",
    "Click on the button below",
    "Download the",
    "Download our app",
    "Get the app",
    "Never miss another",
    "Stay up to date",
    "Join The Conversation On",
    "Email notifications",
    "Get email notifications",
    "Report an Error",
    "Send us a tip",
    "FOR LIVE UPDATES",
    # tags, sources, related links
    "Tags:",
    "Article source",
    "Source:",
    "(Source:",
    "Read more at",
    "Read more:",
    "Read more top",
    "Read or Share this story",
    "Related:",
    "RELATED:",
    "Related Story:",
    "Related Stories:",
    "RELATED LINKS",
    "RELATED CONTENT",
    "More from",
    "MORE FROM",
    "TRENDING",
    "Also read",
    "See also:",
    # credits
    "Posted by",
    "Written by",
    "Image via",
    "Photo credit",
    "On Twitter:",
    "Follow @",
    "(Published",
    "Oops, you haven't selected",
    "Please check the box",
    "(Photo:",
    # registration and paywall forms
    "Your email address will not be published",
    "Required fields are marked",
    "You must enter the characters",
    "Already have an account",
    "Already a subscriber",
    "Need an account",
    "Thank you for registering",
    "We have sent you a verification email",
    "By submitting your registration",
    "Welcome back. Please sign in",
    "Sign in using",
    "Have an online subscription",
    "Enjoy the convenience of home delivery",
    "Sorry, this zipcode",
    "Re-enter zip code",
    "Why are we asking this",
    "You are the owner of this article",
    "There was a problem saving your notification",
    "Your notification has been saved",
    # video players
    "Please enable Javascript",
    "Having trouble viewing the video",
    "This slideshow requires JavaScript",
    "Scroll down for video",
    "ON A MOBILE DEVICE? WATCH THE VIDEO",
    # copyright
    "All Rights Reserved",
)

#: A short line (see MAX_FURNITURE_LINE) containing one of these anywhere is a
#: copyright, trademark or terms notice.
FURNITURE_PHRASES = (
    "All Rights Reserved",
    "registered trademarks of",
    "are trademarks of",
    "may not be published, broadcast, rewritten or redistributed",
    "Terms of Service",
    "Privacy Policy",
    "Your email address will not be published",
    "ad blocking",
)

#: Lines longer than this are article paragraphs: the phrase and prefix tables are only
#: tried on shorter lines (the Newsmax trademark line in seed 003 is 190 characters).
MAX_FURNITURE_LINE = 400

#: "Read this story in ..." links to another language edition (seed 000).
LANGUAGE_LINKS = (
    "إقرأ هذا الخبر بالعربية",
    "اقرأ هذا الخبر بالعربية",
    "Read this story in English",
    "Read in English",
    "Lire en français",
    "Leer en español",
)

#: Captcha arithmetic ("10 + five =") spells some operands out.
CAPTCHA_NUMBER_WORDS = (
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
)

#: Words that open a byline ("By Jane Smith", "Story by ...").
BYLINE_OPENERS = ("By", "by", "By:", "Story by", "Reported by", "Words by")

#: Lowercase words allowed inside the outlet part of a byline ("of the Associated Press").
BYLINE_JOINERS = ("of", "the", "and", "for", "at")

# --------------------------------------------------------------------------- datelines

#: Month names and abbreviations -> month number.
MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}

WEEKDAYS = (
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Mon",
    "Tue",
    "Tues",
    "Wed",
    "Thu",
    "Thur",
    "Thurs",
    "Fri",
    "Sat",
    "Sun",
)

#: Zone tags seen after dateline clock times ("3:35am UK", "3:12 PM ET").
TIME_ZONES = (
    "UK",
    "GMT",
    "BST",
    "UTC",
    "CET",
    "CEST",
    "MSK",
    "IST",
    "AEST",
    "AEDT",
    "ET",
    "EST",
    "EDT",
    "CT",
    "CST",
    "CDT",
    "MT",
    "MST",
    "MDT",
    "PT",
    "PST",
    "PDT",
    "AKST",
    "AKDT",
    "HST",
)

#: Words that announce a publication or update stamp: "Published: 12 March 2014".
DATELINE_LABELS = (
    "Published on",
    "Published",
    "First Posted",
    "Posted on",
    "Posted",
    "Last updated",
    "Updated on",
    "Updated",
    "Created",
    "Date",
    "Filed",
)

#: At most this many words other than date, time, zone, weekday and label words may
#: stand on a dateline ("Afp February 07, 2012", "home : news : greenwood September 9").
DATELINE_MAX_OTHER_WORDS = 3

#: Words that may sit between the parts of a dateline without counting as other words.
DATELINE_FILLERS = ("at", "on", "am", "pm")

#: How far down the page a dateline may stand: the first this-many non-blank lines,
#: starting within the first this-many characters. A date lower down is body text.
DATELINE_MAX_LINES = 15
DATELINE_MAX_CHARS = 1500

# --------------------------------------------------------------------------- sentences

#: Abbreviations that never end a sentence: a name or a number always follows.
TITLE_ABBREVIATIONS = (
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Prof",
    "Gen",
    "Sen",
    "Rep",
    "Gov",
    "Lt",
    "Col",
    "Sgt",
    "Capt",
    "Cmdr",
    "Adm",
    "Maj",
    "Rev",
    "Hon",
    "Pres",
    "Supt",
    "Det",
    "Insp",
    "Cpl",
    "Pvt",
    "Atty",
    "Mt",
    "Ft",
    "Messrs",
    "Mme",
    "Brig",
    "Lt.Col",
    "Cmdt",
)

#: Abbreviations that end a sentence only when a sentence opener follows
#: ("at 5 p.m. Police said" does not split; "in the U.S. The vote" does). Dotted
#: acronyms (U.S., U.N., a.m.) and single initials (J. Smith) are treated the same way
#: without being listed.
OTHER_ABBREVIATIONS = (
    "St",
    "No",
    "Nos",
    "vs",
    "v",
    "Inc",
    "Co",
    "Corp",
    "Ltd",
    "Jr",
    "Sr",
    "Ave",
    "Blvd",
    "Rd",
    "Hwy",
    "Dept",
    "Univ",
    "approx",
    "est",
    "etc",
    "al",
    "Fig",
    "Vol",
    "pp",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
    "Mon",
    "Tue",
    "Tues",
    "Wed",
    "Thu",
    "Thurs",
    "Fri",
    "Sat",
    "Sun",
    # US state abbreviations of AP style ("EUTAW, Ala. (AP)")
    "Ala",
    "Ariz",
    "Ark",
    "Calif",
    "Colo",
    "Conn",
    "Del",
    "Fla",
    "Ga",
    "Ill",
    "Ind",
    "Kan",
    "Kans",
    "Ky",
    "La",
    "Mass",
    "Md",
    "Mich",
    "Minn",
    "Miss",
    "Mo",
    "Mont",
    "Neb",
    "Nev",
    "Okla",
    "Ore",
    "Pa",
    "Tenn",
    "Tex",
    "Va",
    "Vt",
    "Wash",
    "Wis",
    "Wyo",
)

#: Words that open a new sentence after an ambiguous abbreviation.
SENTENCE_OPENERS = (
    "The",
    "A",
    "An",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "You",
    "His",
    "Her",
    "Its",
    "Their",
    "Our",
    "This",
    "That",
    "These",
    "Those",
    "There",
    "Here",
    "But",
    "And",
    "Yet",
    "So",
    "Or",
    "In",
    "On",
    "At",
    "As",
    "After",
    "Before",
    "When",
    "While",
    "If",
    "Although",
    "However",
    "Meanwhile",
    "Earlier",
    "Later",
    "Police",
    "Officials",
    "Authorities",
    "According",
)

# --------------------------------------------------------------------------- HTML

#: Elements whose content is never article text: code, styling, navigation, sidebars,
#: footers, forms' widgets and embedded frames.
HTML_SKIPPED_ELEMENTS = (
    "script",
    "style",
    "noscript",
    "template",
    "nav",
    "footer",
    "aside",
    "svg",
    "iframe",
    "object",
    "embed",
    "canvas",
    "button",
    "select",
    "textarea",
    "map",
)

#: Elements that start a new line of text ("<br>" a line break, the rest a paragraph).
HTML_BLOCK_ELEMENTS = (
    "address",
    "article",
    "blockquote",
    "caption",
    "dd",
    "details",
    "dialog",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
    "body",
    "html",
)

#: Elements without content or end tag.
HTML_VOID_ELEMENTS = (
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "param",
    "source",
    "track",
    "wbr",
)

#: <meta> names/properties/itemprops that carry the publication time (ISO 8601 first).
HTML_PUBLISHED_META = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "dcterms.issued",
    "sailthru.date",
    "parsely-pub-date",
)
