// Arabic interface strings. `satisfies` makes a missing or extra key a type error.
import type { MessageKey } from './en.ts';

export const ar = {
  'site.name': 'سوريا: الأدلّة',
  'site.tagline': 'جرائم بحق المعتقلين والمدنيين في سوريا، والأدلّة التي كشفتها',
  'site.description':
    'تسلسل زمني موثّق بالمصادر، بالعربية والإنكليزية: مجزرة التضامن، وصور قيصر، وقانون قيصر، ووثائق فكتوريا.',

  'nav.label': 'القائمة الرئيسية',
  'nav.home': 'الرئيسية',
  'nav.timeline': 'التسلسل الزمني',
  'nav.places': 'الأماكن',
  'nav.sources': 'المصادر',
  'nav.about': 'عن الموقع ومنهجه',
  'nav.skip': 'انتقل إلى المحتوى',
  'lang.switch': 'اقرأ هذه الصفحة بالإنكليزية',
  'lang.switchShort': 'English',

  'home.intro':
    'أربع مجموعات من الأدلّة: مقطع فيديو مسرّب، وعشرات آلاف الصور، وقانون حمل اسم المصوّر، ووثائق من مستشفى عسكري، وما تكشفه كلٌّ منها. كل رقم في هذا الموقع مربوط بالمصدر الذي أورده، وحين تختلف المصادر نعرض كل رواية مع مصدرها.',
  'home.chapters': 'الفصول الأربعة',
  'home.readChapter': 'اقرأ الفصل',
  'home.timeline': 'التسلسل الزمني للأحداث',
  'home.timelineIntro': 'كل أحداث الموقع مرتّبة بحسب تاريخ وقوعها. وحين لم يُكشف الحدث إلا لاحقًا نذكر التاريخين.',
  'home.eventCount': 'عدد الأحداث: {n}',

  'chapter.tadamon': 'مجزرة التضامن',
  'chapter.caesar-photos': 'صور «قيصر»',
  'chapter.caesar-act': 'قانون قيصر',
  'chapter.victoria': '«وثائق فكتوريا»',
  'chapter.none': 'سياق',
  'chapter.number': 'الفصل {n}',
  'chapter.inThis': 'في هذا الفصل أيضًا',

  'kind.label': 'نوع الحدث',
  'kind.violation': 'انتهاك',
  'kind.evidence': 'أدلّة',
  'kind.law': 'قانون وعقوبات',
  'kind.justice': 'عدالة ومحاسبة',
  'kind.context': 'سياق',

  'date.happened': 'تاريخ الوقوع',
  'date.revealed': 'تاريخ الكشف',
  'date.approximate': 'نحو {date}',
  'date.revealedLater': 'كُشف في {date}',

  'event.summary': 'خلاصة',
  'event.places': 'الأماكن',
  'event.sources': 'المصادر',
  'event.sourcesIntro': 'تحيل الأرقام الواردة في النص إلى هذه المصادر.',
  'event.claims': 'الأرقام ومن يوردها',
  'event.claimsDisputed': 'تورد المصادر أرقامًا مختلفة، ونعرض كل رقم مع مصدره وما الذي يشمله.',
  'event.claimFigure': 'الرقم',
  'event.claimScope': 'ما الذي يشمله',
  'event.claimSource': 'المصدر',
  'event.claimStatus': 'درجة التثبّت',
  'event.related': 'أحداث ذات صلة',
  'event.corrections': 'تصحيحات',
  'event.correctionsNone': 'لا تصحيحات حتى الآن.',
  'event.contentNote': 'تنبيه بشأن المحتوى',
  'event.footnote': 'المصدر {n}',
  'event.backToText': 'عودة إلى النص',
  'event.allEvents': 'كل الأحداث',

  'qualifier.exact': '{n}',
  'qualifier.at-least': '{n} على الأقل',
  'qualifier.about': 'نحو {n}',
  'qualifier.up-to': 'حتى {n}',

  'status.confirmed': 'مؤكَّد',
  'status.one-origin': 'مصدر أصلي واحد',
  'status.single-source': 'مصدر وحيد',
  'status.disputed': 'موضع خلاف',
  'status.confirmed.help': 'أورده مصدران مستقلان أو أكثر.',
  'status.one-origin.help': 'نقلته عدة وسائل إعلام تعود كلها إلى تقرير أصلي واحد.',
  'status.single-source.help': 'لم نعثر إلا على مصدر واحد.',
  'status.disputed.help': 'تختلف المصادر فيه، ونعرض كل رواية.',

  'place.coordinates': 'الإحداثيات',
  'place.approximate': 'موقع تقريبي، ضمن نحو {km} كم',
  'place.precise': 'الموقع ضمن نحو {km} كم، بحسب المصدر',
  'place.locatedBy': 'مصدر الموقع',
  'place.events': 'أحداث في هذا المكان',

  'source.original': 'الأصل',
  'source.archived': 'النسخة التي قرأناها',
  'source.language': 'اللغة',
  'source.undated': 'بلا تاريخ',
  'source.noUrl': 'لم يُسجَّل عنوان إلكتروني',
  'source.citedBy': 'يُستشهد به في',

  'sources.title': 'المصادر',
  'sources.intro':
    'كل المصادر التي يستشهد بها الموقع، مصنّفة بحسب الفصول. المصدر الذي يُستشهد به في أكثر من فصل يظهر تحت كلٍّ منها. العناوين كما نُشرت، بلغتها الأصلية.',
  'sources.uncited': 'مصادر أخرى اطّلعنا عليها',
  'sources.uncitedIntro': 'قرأناها في أثناء التحقق من الوقائع، لكن لا تستشهد بها أي صفحة.',
  'sources.count': 'عدد المصادر: {n}',

  'places.title': 'الأماكن',
  'places.intro':
    'كل الأماكن التي تذكرها الأحداث. حين لا تقدّم المصادر إلا وصفًا للمكان، يكون الموقع تقديرًا منّا، ونشير إلى أنه تقريبي مع نصف القطر الذي يقع ضمنه المكان الحقيقي.',

  'about.updated': 'آخر تحديث: {date}',

  'footer.licence': 'النصوص منشورة بموجب رخصة المشاع الإبداعي: النسبة 4.0 الدولية (CC BY 4.0). المصادر ملك ناشريها.',
  'footer.offline': 'لا يحمّل هذا الموقع أي شيء من مواقع أخرى.',
  'footer.method': 'منهج العمل',

  'chooser.title': 'اختر اللغة',
  'notFound.title': 'الصفحة غير موجودة',
  'notFound.body': 'لا توجد صفحة على هذا العنوان. ابدأ من الصفحة الرئيسية.',

  // Timeline
  'timeline.title': 'التسلسل الزمني',
  'timeline.intro':
    'كل الأحداث على محور واحد. بدّل بين تاريخ وقوع كل حدث وتاريخ كشفه؛ كبّر واسحب لترى عن قرب، أو اختر الفصول التي تريدها. وتأتي الأحداث نفسها بعد ذلك في قائمة.',
  'timeline.chart': 'مخطط التسلسل الزمني',
  'timeline.clock': 'رتّب الأحداث بحسب',
  'timeline.happened': 'تاريخ الوقوع',
  'timeline.revealed': 'تاريخ الكشف',
  'timeline.chapters': 'الفصول',
  'timeline.zoom': 'التكبير',
  'timeline.zoomIn': 'تكبير',
  'timeline.zoomOut': 'تصغير',
  'timeline.reset': 'عرض الكل',
  'timeline.help':
    'تنقلك مفاتيح الأسهم إلى الحدث السابق أو التالي زمنيًا، ومفتاحا Home وEnd إلى الأول والأخير؛ ويفتح Enter صفحة الحدث؛ ويكبّر + ويصغّر −. اسحب للتنقل على المحور.',
  'timeline.helpWheel': 'تكبّر عجلة الفأرة وتصغّر.',
  'timeline.helpCtrlWheel': 'تكبّر عجلة الفأرة وتصغّر مع الضغط على Ctrl.',
  'timeline.announce': '{title}، {date}',
  'timeline.list': 'كل الأحداث في قائمة',
  'timeline.open': 'افتح التسلسل الزمني كاملًا',
  // Map
  'nav.map': 'الخريطة',
  'map.title': 'خريطة الأماكن',
  'map.intro':
    'كل الأماكن التي تذكرها الأحداث، على خريطة مرسومة من بيانات تأتي مع الموقع، فلا تحمّل شيئًا من مكان آخر ما لم تشغّل خريطة الشوارع. تدلّ النقطة المصمتة على موقع يحدّده مصدر، وتدلّ النقطة المفرغة ذات الدائرة المتقطعة على موقع قدّرناه، مع نصف القطر الذي يقع المكان الحقيقي ضمنه. وتعرض القائمة تحت الخريطة الأماكن نفسها بإحداثياتها ومصادرها.',
  'map.label': 'خريطة الأماكن',
  'map.zoomIn': 'تكبير',
  'map.zoomOut': 'تصغير',
  'map.close': 'إغلاق',
  'map.cluster': 'أماكن متقاربة عددها {n}: اضغط Enter للتكبير',
  'map.noEvents': 'لا يرتبط هذا المكان بأي حدث في الموقع.',
  'map.legendPrecise': 'موقع يحدّده مصدر',
  'map.legendApprox': 'موقع تقريبي: يقع المكان ضمن الدائرة',
  'map.legendGolan': 'الجولان السوري المحتل',
  'map.legendCluster': 'عدة أماكن: كبّر الخريطة',
  'map.showAll': 'عرض كل الأماكن',
  'map.showFocus': 'العودة إلى سوريا',
  'map.street': 'خريطة الشوارع (OpenStreetMap)',
  'map.streetNote':
    'اختيارية. تحمّل خريطة الشوارع صور الخريطة من خادم OpenStreetMap (tile.openstreetmap.org)، فيصل إليه عنوان IP الخاص بك وعنوان هذا الموقع والمناطق التي تنظر إليها. تبقى معطّلة ما لم تشغّلها، ويتذكّر هذا المتصفح اختيارك.',
  'map.streetAttribution': '© المساهمون في <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>',
  'map.attribution': 'رُسمت بمكتبة <a href="https://leafletjs.com/">Leaflet</a> من بيانات <a href="https://www.naturalearthdata.com/">Natural Earth</a>',
  'map.placesList': 'الأماكن بإحداثياتها ومصادرها',
  'map.howDrawn': 'كيف نرسم الحدود على هذه الخريطة',

  // Explore
  'explore.title': 'التسلسل الزمني والخريطة معًا',
  'explore.intro':
    'التسلسل الزمني والخريطة جنبًا إلى جنب. اختر حدثًا فيُفتح مكانه على الخريطة، أو اختر مكانًا فيُحدَّد أول حدث فيه. كبّر على فترة من الزمن أو أخفِ بعض الفصول، فتُبقي الخريطة أماكنها وحدها. ويحفظ عنوان الصفحة العرض كله، فيمكن مشاركته.',
  'explore.open': 'شاهد التسلسل الزمني والخريطة معًا',

  // Search
  'search.title': 'البحث',
  'search.label': 'ابحث في الموقع',
  'search.submit': 'ابحث',
  'search.shortcut': 'اضغط / أو Ctrl+K للبحث من أي صفحة.',
  'search.intro':
    'ابحث في كل الأحداث والفصول. اكتب الأسماء بالحروف العربية أو اللاتينية، بالهمزة أو من دونها: التضامن أو Tadamon، قيصر أو Caesar، حمص أو Homs.',
  'search.noscript':
    'يحتاج البحث إلى JavaScript، وهي معطّلة أو غير متاحة في هذا المتصفح. تجد الأحداث كلها مرتّبة زمنيًا في صفحة التسلسل الزمني.',
  'search.allEvents': 'الأحداث كلها في قائمة',
  'search.filters': 'تضييق النتائج',
  'search.chapter': 'الفصل',
  'search.kind': 'نوع الحدث',
  'search.year': 'السنة',
  'search.place': 'المكان',
  'search.any': 'الكل',
  'search.sort': 'الترتيب',
  'search.sortRelevance': 'الأنسب أولًا',
  'search.sortDate': 'الأحدث أولًا',
  'search.results': 'النتائج',
  'search.prompt': 'اكتب كلمة أو اسمًا، أو اختر تصفية.',
  'search.loading': 'جارٍ البحث…',
  'search.countOne': 'نتيجة واحدة عن «{q}»',
  'search.count': 'نتائج البحث عن «{q}»: {n}',
  'search.countFiltered': 'الأحداث المطابقة للتصفية: {n}',
  'search.empty': 'لم نجد شيئًا عن «{q}».',
  'search.emptyFiltered': 'لا حدث يطابق هذه التصفية.',
  'search.emptyHelp':
    'جرّب كلمات أقل، أو كتابة أخرى للاسم (التضامن، قيصر، حمص، أو الاسم بالحروف اللاتينية)، أو تصفية أقل.',
  'search.suggestions': 'أو ابحث عن:',
  'search.clearFilters': 'إزالة التصفية',
  'search.more': 'عرض مزيد من النتائج',
  'search.unavailable':
    'البحث غير متاح الآن: تعذّر تحميل فهرسه. تجد الأحداث كلها في صفحة التسلسل الزمني.',
} as const satisfies Record<MessageKey, string>;
