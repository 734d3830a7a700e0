// English interface strings. Every key here must also exist in ar.ts (a type error otherwise).
// Placeholders in braces are filled by t(): {n}, {date}, {km}…
export const en = {
  'site.name': 'Syria: The Evidence',
  'site.tagline': 'Crimes against detainees and civilians in Syria, and the evidence that exposed them',
  'site.description':
    'A documented, sourced timeline in Arabic and English: the Tadamon massacre, the Caesar photographs, the Caesar Act and the Victoria documents.',

  // The alternative text of a page's share card (src/lib/share-meta.ts): the words it shows.
  'share.imageAlt': 'A plain card with the words: {text}',

  'nav.label': 'Main',
  'nav.home': 'Home',
  'nav.timeline': 'Timeline',
  'nav.places': 'Places',
  'nav.sources': 'Sources',
  'nav.about': 'About and method',
  'nav.skip': 'Skip to content',
  'lang.switch': 'Read this page in Arabic',
  'lang.switchShort': 'العربية',

  'home.intro':
    'Four bodies of evidence — a leaked video, tens of thousands of photographs, a law named after the photographer, and a set of hospital documents — and what each of them shows. Every figure on this site is linked to the source that states it; where sources disagree, each version is shown.',
  'home.chapters': 'The four chapters',
  'home.readChapter': 'Read the chapter',
  'home.timeline': 'Timeline of events',
  'home.timelineIntro':
    'Every event on the site in the order it happened. Where an event became public later, both dates are given.',
  'home.eventCount': '{n} events',

  'chapter.tadamon': 'The Tadamon massacre',
  'chapter.caesar-photos': 'The “Caesar” photographs',
  'chapter.caesar-act': 'The Caesar Act',
  'chapter.victoria': 'The “Victoria documents”',
  'chapter.none': 'Context',
  'chapter.number': 'Chapter {n}',
  'chapter.inThis': 'Also in this chapter',

  'kind.label': 'Kind of event',
  'kind.violation': 'Violation',
  'kind.evidence': 'Evidence',
  'kind.law': 'Law and sanctions',
  'kind.justice': 'Justice',
  'kind.context': 'Context',

  'date.happened': 'Happened',
  'date.revealed': 'Became public',
  'date.approximate': 'about {date}',
  'date.revealedLater': 'made public {date}',

  'event.summary': 'Summary',
  'event.places': 'Places',
  'event.sources': 'Sources',
  'event.sourcesIntro': 'Numbers in the text refer to these sources.',
  'event.claims': 'Figures and who gives them',
  'event.claimsDisputed': 'Sources give different figures: each is shown with its source and what it counts.',
  'event.claimFigure': 'Figure',
  'event.claimScope': 'What it counts',
  'event.claimSource': 'Source',
  'event.claimStatus': 'Standing',
  'event.related': 'Related events',
  'event.corrections': 'Corrections',
  'event.correctionsNone': 'No corrections so far.',
  'event.contentNote': 'Content note',
  'event.footnote': 'Source {n}',
  'event.backToText': 'Back to the text',
  'event.allEvents': 'All events',

  'qualifier.exact': '{n}',
  'qualifier.at-least': 'at least {n}',
  'qualifier.about': 'about {n}',
  'qualifier.up-to': 'up to {n}',

  'status.confirmed': 'Confirmed',
  'status.one-origin': 'One origin',
  'status.single-source': 'Single source',
  'status.disputed': 'Disputed',
  'status.confirmed.help':
    'Stated by two or more sources that are independent of each other, not reposts of one report.',
  'status.one-origin.help':
    'Carried by several outlets that all trace back to one original report, such as one news-agency story or one press conference: however often it is repeated, it counts as one source.',
  'status.single-source.help': 'Only one source was found; the page says whose statement it is.',
  'status.disputed.help': 'The sources disagree; every version is shown with its source.',

  'place.coordinates': 'Coordinates',
  'place.approximate': 'Approximate position, within about {km} km',
  'place.precise': 'Position within about {km} km, from the source',
  'place.locatedBy': 'Located by',
  'place.events': 'Events here',

  'source.original': 'Original',
  'source.archived': 'Copy read',
  'source.language': 'Language',
  'source.undated': 'undated',
  'source.noUrl': 'No web address recorded',
  'source.citedBy': 'Cited on',

  'sources.title': 'Sources',
  'sources.intro':
    'Every source the site cites, grouped by chapter. A source cited in more than one chapter appears under each. Titles are given as published, in their own language.',
  'sources.uncited': 'Also consulted',
  'sources.uncitedIntro': 'Read while checking the facts, but not cited on any page.',
  'sources.count': '{n} sources',

  'places.title': 'Places',
  'places.intro':
    'Every place the events name. Where the sources give only a description, the position is the project’s estimate and is marked approximate, with the radius within which the real place lies.',

  'about.updated': 'Last updated {date}',

  'footer.licence':
    'Text under a Creative Commons Attribution 4.0 International licence (CC BY 4.0). Sources belong to their publishers.',
  'footer.offline': 'This site loads nothing from any other website.',
  'footer.method': 'How we work',

  'correctionsLog.title': 'Corrections',
  'correctionsLog.intro':
    'Every correction made to this site, newest first: when it was made, on which page, and what changed. Each page also shows its own corrections, with their dates, near its end.',
  'correctionsLog.count': 'Corrections so far: {n}.',
  'correctionsLog.none': 'No page has been corrected so far.',

  'feed.title': 'Syria: The Evidence — new and updated pages, and corrections',
  'feed.subtitle': 'Every event page when it is published or changes in substance, and every correction.',
  'feed.correctionTitle': 'Correction to “{title}”',

  'chooser.title': 'Choose a language',
  'preview.label': 'Preview build',
  'preview.body':
    'Preview build: the links on these pages to the site’s public address point to a placeholder, {address}. Whoever publishes the site fixes this by building it with {var} set to its address.',
  'notFound.title': 'Page not found',
  'notFound.body': 'There is no page at this address. Start from the home page.',

  // Timeline
  'timeline.title': 'Timeline',
  'timeline.intro':
    'Every event on one axis. Switch between when each event happened and when it became public; zoom and drag to look closer, or filter by chapter. The same events follow as a list.',
  'timeline.chart': 'Timeline chart',
  'timeline.clock': 'Place events by',
  'timeline.happened': 'When it happened',
  'timeline.revealed': 'When it became public',
  'timeline.chapters': 'Chapters',
  'timeline.zoom': 'Zoom',
  'timeline.zoomIn': 'Zoom in',
  'timeline.zoomOut': 'Zoom out',
  'timeline.reset': 'Show all',
  'timeline.help':
    'Arrow keys move to the previous or next event in time, Home and End to the first and last; Enter opens the event; + and − zoom. Drag to move along the axis.',
  'timeline.helpWheel': 'The mouse wheel zooms.',
  'timeline.helpCtrlWheel': 'Ctrl with the mouse wheel zooms.',
  'timeline.announce': '{title}, {date}',
  'timeline.list': 'All events as a list',
  'timeline.open': 'Open the full timeline',
  // Map
  'nav.map': 'Map',
  'map.title': 'Map of the places',
  'map.intro':
    'Every place the events name, on a map drawn from data that comes with the site: it loads nothing from elsewhere unless you turn on the street map. A dot marks a position given by a source; a hollow dot with a dashed circle marks the project’s estimate, with the radius within which the real place lies. The list under the map gives the same places with their coordinates and sources.',
  'map.label': 'Map of the places',
  'map.zoomIn': 'Zoom in',
  'map.zoomOut': 'Zoom out',
  'map.close': 'Close',
  'map.cluster': '{n} places close together: press Enter to zoom in',
  'map.noEvents': 'No event on this site is placed here.',
  'map.legendPrecise': 'Position from a source',
  'map.legendApprox': 'Approximate: the place lies within the circle',
  'map.legendGolan': 'Occupied Syrian Golan',
  'map.legendCluster': 'Several places: zoom in',
  'map.showAll': 'Show every place',
  'map.showFocus': 'Back to Syria',
  'map.street': 'Street map (OpenStreetMap)',
  'map.streetNote':
    'Optional. The street map loads map images from OpenStreetMap’s server (tile.openstreetmap.org), which then receives your IP address, this site’s address and the areas you look at. It stays off unless you turn it on; this browser remembers your choice.',
  'map.streetAttribution': '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
  'map.attribution':
    'Drawn with <a href="https://leafletjs.com/">Leaflet</a> from <a href="https://www.naturalearthdata.com/">Natural Earth</a> data',
  'map.placesList': 'The places, with coordinates and sources',
  'map.howDrawn': 'How the borders on this map are drawn',

  // Explore
  'explore.title': 'Timeline and map together',
  'explore.intro':
    'The timeline and the map side by side. Choose an event and its place opens on the map; choose a place and its first event is selected. Zoom into a stretch of time or hide chapters, and the map keeps only their places. The address keeps the whole view, so it can be shared.',
  'explore.open': 'See the timeline and the map together',

  // Cite this page, classroom pages and print handouts
  'cite.heading': 'Cite this page',
  'cite.intro':
    'Each citation gives the page’s permanent address and the day it was last updated. Where it shows [access date], write the day you read the page.',
  'cite.apa': 'APA (7th edition)',
  'cite.mla': 'MLA (9th edition)',
  'cite.chicago': 'Chicago (17th edition)',
  'cite.downloads': 'For reference managers (Zotero, EndNote, BibTeX):',
  'cite.bib': 'BibTeX (.bib)',
  'cite.ris': 'RIS (.ris)',
  'cite.csl': 'CSL-JSON (.json)',
  'cite.copy': 'Copy',
  'cite.copied': 'Copied',
  'cite.copyFailed': 'Select the text to copy it',
  'cite.retrieved': 'Retrieved',
  'cite.from': 'from',
  'cite.accessed': 'Accessed',
  'cite.accessBlank': '[access date]',
  'cite.lastUpdated': 'Last updated {date}',
  'cite.fileNote': 'Last updated {date}. Add the day you read the page as the access date.',
  'cite.fileComment': '“{title}”, {site}: last updated {date}. Add the day you read it as urldate = {YYYY-MM-DD}.',
  'cite.bibliographyComment': 'The sources of {site}, with publishers and notes in English.',
  'event.lastUpdated': 'Last updated',
  'sources.downloads': 'The whole bibliography, for reference managers:',
  'print.permalink': 'Permanent address',
  'classroom.nav': 'For teachers: discussion questions and glossaries',
  'classroom.title': 'In the classroom',
  'classroom.intro':
    'For each chapter, questions to discuss with students and a glossary of its key terms. The questions ask students to weigh evidence and sources, to compare accounts that disagree, and to say what is still not known; none has a single expected answer. Each page prints as a handout.',
  'classroom.questions': 'Questions for discussion',
  'classroom.glossary': 'Glossary',
  'classroom.readFirst': 'Read first',
  'classroom.forChapter': 'Teaching this chapter: discussion questions and a glossary',
  'classroom.all': 'All classroom pages',

  // Embeds for educators: embedded views, the embed code dialog, oEmbed
  'embed.openFull': 'Open in the full site',
  'embed.openFullEvent': 'Read it on the full site, with everything linked to it',
  'embed.noteHidden': 'The text below describes violence. It stays folded until you choose to read it.',
  'embed.showText': 'Show the text',
  'embed.filtered': 'A selection of the events, chosen by the page that shows this timeline.',
  'embed.timelineTitle': 'Timeline of the events',
  'embed.mapTitle': 'Map of the places',
  'embed.button': 'Embed this page',
  'embed.dialogTitle': 'Embed this page in a lesson, a course or a website',
  'embed.intro':
    'Copy the code into your page, course or blog (Moodle, Canvas, Google Classroom, WordPress). The embedded view loads nothing from any other website, keeps no cookies, and links back here.',
  'embed.options': 'What to show',
  'embed.lang': 'Language',
  'embed.view': 'Show',
  'embed.viewFull': 'The full text with its sources',
  'embed.viewCard': 'A card: title, dates and summary',
  'embed.note': 'Content note',
  'embed.noteShow': 'Show it before the text',
  'embed.noteRequire': 'Fold the text until the reader chooses to read it',
  'embed.noteSkip': 'Leave it out',
  'embed.chapter': 'Chapter',
  'embed.allChapters': 'All chapters',
  'embed.kind': 'Kind of event',
  'embed.allKinds': 'All kinds',
  'embed.from': 'From (year, year-month or full date)',
  'embed.to': 'To',
  'embed.keepHash': 'Open on what this page shows now',
  'embed.theme': 'Colours',
  'embed.themeAuto': 'Follow the reader’s setting',
  'embed.themeLight': 'Light',
  'embed.themeDark': 'Dark',
  'embed.height': 'Height in pixels',
  'embed.autoHeight':
    'Fit the height to the content (adds a small script; where a platform removes scripts, the frame keeps its height and scrolls)',
  'embed.code': 'Code to copy',
  'embed.copy': 'Copy the code',
  'embed.copied': 'Copied.',
  'embed.copyFailed': 'Copying is blocked here: select the code and copy it.',
  'embed.preview': 'Preview',
  'embed.previewFrame': 'Preview of the embedded view',
  'embed.close': 'Close',

  // Search
  'search.title': 'Search',
  'search.label': 'Search the site',
  'search.submit': 'Search',
  'search.shortcut': 'Press / or Ctrl+K to search from any page.',
  'search.intro':
    'Search every event and chapter. Names can be typed in either script, with or without accents: Tadamon or التضامن, Caesar or قيصر, Homs or حمص.',
  'search.noscript':
    'Search needs JavaScript, which is turned off or not available in this browser. Every event is listed in order on the timeline page.',
  'search.allEvents': 'Every event, in a list',
  'search.filters': 'Narrow the results',
  'search.chapter': 'Chapter',
  'search.kind': 'Kind of event',
  'search.year': 'Year',
  'search.place': 'Place',
  'search.any': 'Any',
  'search.sort': 'Order',
  'search.sortRelevance': 'Best match first',
  'search.sortDate': 'Newest first',
  'search.results': 'Results',
  'search.prompt': 'Type a word or a name, or choose a filter.',
  'search.loading': 'Searching…',
  'search.countOne': '1 result for “{q}”',
  'search.count': '{n} results for “{q}”',
  'search.countFiltered': 'Events matching the filters: {n}',
  'search.empty': 'Nothing found for “{q}”.',
  'search.emptyFiltered': 'No event matches these filters.',
  'search.emptyHelp':
    'Try fewer words, another spelling of a name (Tadamon, Caesar, Homs, or the name in Arabic script), or a filter less.',
  'search.suggestions': 'Or search for:',
  'search.clearFilters': 'Clear the filters',
  'search.more': 'Show more results',
  'search.unavailable':
    'Search is not available right now: its index could not be loaded. Every event is listed on the timeline page.',

  // Offline reading: the service worker's "Save for offline" control and the folder edition
  'offline.megabytes': '{n} MB',
  'offline.kilobytes': '{n} KB',
  'offline.footerLink': 'Read it offline',
  'offline.save': 'Save for offline reading',
  'offline.saveHint': 'Stores the whole site in this browser, about {size}, so it opens without a connection.',
  'offline.progress': 'Saving for offline reading: {percent}%',
  'offline.done': 'Saved. This site now opens in this browser without a connection.',
  'offline.failed': 'Saving did not finish. Try again when the connection is steady.',
  'offline.unfetched':
    "Saving did not finish: {count} of the site's files could not be fetched ({files}). Nothing was kept; try again later.",
  'offline.updating': 'Saving a newer version of the site for offline reading…',
  'offline.updateReady': 'A newer version of the site is saved; it is used once you reload.',
  'offline.update': 'A new version of this site is available.',
  'offline.reload': 'Reload',
  'offline.offlineNow': 'You are reading offline.',
  'offline.status': 'Offline reading',
  'manifest.shortName': 'The Evidence',
  'download.title': 'Read it offline',
  'download.intro':
    'This site can be read with no connection, or with one you do not trust, in two ways. Both hold every page, the timeline, the map and search, in Arabic and English.',
  'download.saveTitle': 'Save it in this browser',
  'download.saveText':
    'The “Save for offline reading” button at the foot of every page stores the whole site in this browser. It then opens at the same address with no connection, and tells you when a newer version has been published.',
  'download.folderTitle': 'Download the folder edition',
  'download.folderText':
    'One file to pass on by USB stick or messaging app, or to use in a classroom with no connection. It needs no server and no installation: unzip it and open it in a browser.',
  'download.link': 'Download the archive (ZIP)',
  'download.size': 'Size',
  'download.checksum': 'SHA-256 checksum',
  'download.openTitle': 'How to open it',
  'download.open1':
    'Unzip the file: on most computers, right-click it and choose “Extract all” or open it with a double-click.',
  'download.open2': 'Open the folder “syria-evidence” it contains, and double-click “index.html”.',
  'download.open3':
    'The site opens in your browser from the folder itself. Keep the folder whole: the pages link to each other inside it.',
  'download.browsers':
    'It was tested on a computer in current Chromium-based browsers (such as Chrome and Edge) and in Firefox. Phones and tablets that can open local files should open it too.',
  'download.verifyTitle': 'How to check that the file is intact',
  'download.verifyText':
    'If the archive reached you from someone else, compare its SHA-256 checksum with the one published on this page of the website. If the two differ, the file was changed or damaged on the way: do not use it.',
  'download.verifyWindows': 'Windows (PowerShell)',
  'download.verifyMac': 'macOS (Terminal)',
  'download.verifyLinux': 'Linux (terminal)',
  'download.folderEdition':
    'You are reading the folder edition. An archive cannot contain its own checksum: it is published on the download page of the website.',

  'data.title': 'The timeline as data',
  'data.summary':
    'Every event of the timeline as open data, for spreadsheets, maps, calendars and your own analysis, with its sources, dates and places, under CC BY 4.0.',
  'data.intro':
    'Every event on this site is also published as data, written from the same texts as the pages each time the site is built. Use it in a spreadsheet, a map, a calendar or your own analysis. Each file exists in Arabic and in English; the ids are the same in both and are the last part of each event page’s address.',
  'data.filesHeading': 'The files',
  'data.download': 'Download',
  'data.file.events.json':
    'Every event with its dates and their precision, chapter, kind, places, sources, figures with their standing, corrections and last update.',
  'data.file.events.schema.json':
    'The JSON Schema of events.json: what each field holds, and which values it can take.',
  'data.file.events.csv':
    'One row per event, for spreadsheet programs. UTF-8 with a byte-order mark, so that Excel reads the Arabic correctly; fields quoted as RFC 4180 requires. Lists in one cell are separated by semicolons. A cell that would begin with =, +, - or @ begins with an apostrophe, so that no spreadsheet runs it as a formula.',
  'data.file.places.geojson':
    'Every place as a GeoJSON point (RFC 7946, longitude first), with the radius in metres within which the real place lies, whether the position comes from a source or is our estimate, and the events there.',
  'data.file.events.ics':
    'The timeline as a calendar (iCalendar, RFC 5545). Each event covers exactly what is known of its date: a day, a whole month or a whole year. An event made public later has a second entry for that.',
  'data.bibliography':
    'The sources themselves, in CSL-JSON for citation managers such as Zotero, are on the Sources page:',
  'data.bibliographyLink': 'bibliography.json',
  'data.fieldsHeading': 'The fields of an event',
  'data.fieldsIntro':
    'In events.json each event has these fields. The columns of events.csv carry the same values, with the two dates spread over columns such as happened_start and revealed_precision.',
  'data.fieldName': 'Field',
  'data.fieldMeaning': 'What it holds',
  'data.dateFieldsIntro': 'A date (happened, revealed) has these fields:',
  'data.standingsNote':
    'The standings (confirmed, one original source, single source, disputed) are explained on the About page:',
  'data.standingsLink': 'how we weigh sources',
  'data.licenceHeading': 'Licence',
  'data.licenceText':
    'The data is published under the Creative Commons Attribution 4.0 International licence (CC BY 4.0), as is the text of the site: you may share and adapt it, as long as you credit the site and link to this page. The sources belong to their publishers; the files only name them and link to them.',
  'data.citeHeading': 'How to cite the dataset',
  'data.citeText':
    'Give the name of the dataset, the site, the date of the last update and the address of this page, for example:',
  'data.citation': '{site}, “{title}”, dataset, last updated {date}. {url}',
  'data.carefulHeading': 'Before you use it',
  'data.carefulText':
    'A date written as a year or a month is known only that precisely: do not place it on a day. A figure belongs with its scope and its source; a disputed figure appears once per source, and no single one of them is the true number. Some event texts describe violence; their content note is in the contentNote field.',
  'data.linkText': 'The timeline as open data (JSON, CSV, GeoJSON, calendar)',
  'data.spatialCoverage': 'Syria',
  'data.datasetTitle': '{site}: events of the timeline',
  'data.schemaTitle': 'The events of the timeline, as data',
  'data.licence': 'The data’s licence: Creative Commons Attribution 4.0 International.',
  'data.geojsonDescription': 'The places of the timeline. Fields and licence (CC BY 4.0): {url}',
  'data.field.datasetUrl': 'The page that describes the dataset and how to cite it.',
  'data.field.id': 'The event’s id, the same in both languages and the last part of its page’s address.',
  'data.field.url': 'The address of the event’s page.',
  'data.field.lang': 'The language of the text: "ar" or "en".',
  'data.field.title': 'The event’s title.',
  'data.field.summary': 'One or two sentences on the event.',
  'data.field.chapter':
    'The chapter it belongs to: tadamon, caesar-photos, caesar-act, victoria, or none for context events.',
  'data.field.kind': 'The kind of event: violation, evidence, law, justice or context.',
  'data.field.lead': 'True for the page that tells a chapter’s whole story.',
  'data.field.happened': 'When it happened.',
  'data.field.revealed': 'When it became public, where that differs from when it happened; otherwise null.',
  'data.field.places':
    'Where it happened: id, name, latitude and longitude of each place (the full positions are in places.geojson).',
  'data.field.sources': 'The sources of the page: id, title, publisher, date and address where known.',
  'data.field.claims':
    'The figures the sources give: what is counted, the value, its qualifier (exact, at-least, about, up-to), what it covers, its source and its standing.',
  'data.field.contentNote': 'The note shown before a description of violence, or null.',
  'data.field.corrections': 'Corrections made to the page since it was published: date and what changed.',
  'data.field.updated': 'The day the page last changed in substance (YYYY-MM-DD).',
  'data.field.date.start':
    'The first (or only) day, month or year, written as precisely as it is known: YYYY, YYYY-MM or YYYY-MM-DD.',
  'data.field.date.end': 'The last day, month or year of a span, or null.',
  'data.field.date.precision': 'How precisely the date is known: year, month or day.',
  'data.field.date.approximate': 'True when the sources give the date only roughly.',
  'data.field.date.standing': 'How far the sources support the date: confirmed, one-origin, single-source or disputed.',
  'data.ics.precision.year': 'Only the year is known: this entry covers the whole year.',
  'data.ics.precision.month': 'Only the month is known: this entry covers the whole month.',
  'data.ics.precision.day': 'The day is known.',
  'data.ics.approximate': 'The sources give this date only roughly.',
  'data.ics.standing.one-origin': 'All reports of this date go back to one original source.',
  'data.ics.standing.single-source': 'Only one source gives this date.',
  'data.ics.standing.disputed': 'The sources disagree on this date; the page shows each version.',
  'data.ics.revealed': 'Made public: {title}',
  'data.ics.description':
    'Events of the timeline, each with its page. Licence {licence}. Fields and how to cite: {url}',
} as const;

export type MessageKey = keyof typeof en;
