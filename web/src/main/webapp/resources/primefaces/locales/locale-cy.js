/* Welsh for the labels PrimeFaces widgets write in the browser (paginator, dates, upload).
   PrimeFaces loads locales/locale-<view language>.js from its library on every page, and ships no
   Welsh one: kept here, in the web application's copy of that library, it is found first (without
   it a Welsh page asked for a missing resource, which a signed-out browser was then sent back to
   after signing in). PrimeFaces picks PrimeFaces.locales[<view locale>]. */
if (window.PrimeFaces) {
  PrimeFaces.locales["cy"] = {
    accept: "Iawn",
    apply: "Cymhwyso",
    cancel: "Canslo",
    choose: "Dewis",
    chooseDate: "Dewis dyddiad",
    chooseMonth: "Dewis mis",
    chooseYear: "Dewis blwyddyn",
    clear: "Clirio",
    closeText: "Cau",
    contains: "Yn cynnwys",
    dateFormat: "dd/mm/yy",
    dayNames: ["Dydd Sul", "Dydd Llun", "Dydd Mawrth", "Dydd Mercher", "Dydd Iau", "Dydd Gwener", "Dydd Sadwrn"],
    dayNamesMin: ["Su", "Ll", "Ma", "Me", "Ia", "Gw", "Sa"],
    dayNamesShort: ["Sul", "Llun", "Maw", "Mer", "Iau", "Gwe", "Sad"],
    emptyFilterMessage: "Dim canlyniadau",
    emptyMessage: "Dim dewisiadau ar gael",
    emptySearchMessage: "Dim canlyniadau",
    fileSizeTypes: ["B", "KB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"],
    filter: "Hidlo",
    firstDayOfWeek: 1,
    monthNames: ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi", "Hydref", "Tachwedd", "Rhagfyr"],
    monthNamesShort: ["Ion", "Chwe", "Maw", "Ebr", "Mai", "Meh", "Gor", "Awst", "Medi", "Hyd", "Tach", "Rhag"],
    nextMonth: "Mis nesaf",
    nextText: "Nesaf",
    nextYear: "Blwyddyn nesaf",
    now: "Nawr",
    pending: "Yn aros",
    prevMonth: "Mis blaenorol",
    prevText: "Blaenorol",
    prevYear: "Blwyddyn flaenorol",
    reject: "Na",
    searchMessage: "{0} canlyniad ar gael",
    selectionMessage: "{0} eitem wedi’u dewis",
    today: "Heddiw",
    upload: "Llwytho i fyny",
    weekHeader: "Wyth",
    aria: {
      close: "Cau",
      firstPageLabel: "Tudalen gyntaf",
      jumpToPageDropdownLabel: "Neidio i dudalen",
      jumpToPageInputLabel: "Neidio i dudalen",
      lastPageLabel: "Tudalen olaf",
      navigation: "Llywio",
      next: "Nesaf",
      nextPageLabel: "Tudalen nesaf",
      pageLabel: "Tudalen {page}",
      previous: "Blaenorol",
      prevPageLabel: "Tudalen flaenorol",
      rowsPerPageLabel: "Rhesi fesul tudalen",
      selectAll: "Pob eitem wedi’u dewis",
      unselectAll: "Dim eitemau wedi’u dewis"
    }
  };
}
