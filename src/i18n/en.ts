// English interface strings. Every key here must also exist in ar.ts (a type error otherwise).
// Placeholders in braces are filled by t(): {n}, {date}, {km}…
export const en = {
  'site.name': 'Syria: The Evidence',
  'site.tagline': 'Crimes against detainees and civilians in Syria, and the evidence that exposed them',
  'site.description':
    'A documented, sourced timeline in Arabic and English: the Tadamon massacre, the Caesar photographs, the Caesar Act and the Victoria documents.',

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
  'home.timelineIntro': 'Every event on the site in the order it happened. Where an event became public later, both dates are given.',
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
  'event.claimStatus': 'Status',
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
  'status.confirmed.help': 'Stated by two or more independent sources.',
  'status.one-origin.help': 'Carried by several outlets that all trace back to one original report.',
  'status.single-source.help': 'Only one source was found.',
  'status.disputed.help': 'Sources disagree; every version is shown.',

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

  'footer.licence': 'Text under a Creative Commons Attribution 4.0 International licence (CC BY 4.0). Sources belong to their publishers.',
  'footer.offline': 'This site loads nothing from any other website.',
  'footer.method': 'How we work',

  'chooser.title': 'Choose a language',
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
  'map.attribution': 'Drawn with <a href="https://leafletjs.com/">Leaflet</a> from <a href="https://www.naturalearthdata.com/">Natural Earth</a> data',
  'map.placesList': 'The places, with coordinates and sources',
  'map.howDrawn': 'How the borders on this map are drawn',

  // Explore
  'explore.title': 'Timeline and map together',
  'explore.intro':
    'The timeline and the map side by side. Choose an event and its place opens on the map; choose a place and its first event is selected. Zoom into a stretch of time or hide chapters, and the map keeps only their places. The address keeps the whole view, so it can be shared.',
  'explore.open': 'See the timeline and the map together',

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
  'download.open1': 'Unzip the file: on most computers, right-click it and choose “Extract all” or open it with a double-click.',
  'download.open2': 'Open the folder “syria-evidence” it contains, and double-click “index.html”.',
  'download.open3': 'The site opens in your browser from the folder itself. Keep the folder whole: the pages link to each other inside it.',
  'download.browsers': 'It is made for current versions of Chrome, Edge and Firefox, on computers and phones that can open local files.',
  'download.verifyTitle': 'How to check that the file is intact',
  'download.verifyText':
    'If the archive reached you from someone else, compare its SHA-256 checksum with the one published on this page of the website. If the two differ, the file was changed or damaged on the way: do not use it.',
  'download.verifyWindows': 'Windows (PowerShell)',
  'download.verifyMac': 'macOS (Terminal)',
  'download.verifyLinux': 'Linux (terminal)',
  'download.folderEdition':
    'You are reading the folder edition. An archive cannot contain its own checksum: it is published on the download page of the website.',
} as const;

export type MessageKey = keyof typeof en;
