#pragma once
// Every string of the interface (menus, dialogs, help, toasts, kinds, the console) in English
// and Spanish: one table, so a test can walk every id in both languages. The story's own text
// comes from the story file; dates from story::displayDate.

#include "story/Story.hpp"

#include <string>
#include <string_view>

namespace gb::view {

// X(id, English, Spanish)
#define GB_UI_TEXTS(X) \
    X(View, "View", "Ver") \
    X(ResetView, "Reset view", "Restablecer la vista") \
    X(Projection, "Projection", "Proyección") \
    X(Layers, "Layers", "Capas") \
    X(Borders, "Borders", "Fronteras") \
    X(HighlightedRegions, "Highlighted regions", "Regiones destacadas") \
    X(Graticule, "Graticule", "Retícula") \
    X(Places, "Places", "Lugares") \
    X(Labels, "Labels", "Etiquetas") \
    X(Language, "Language", "Idioma") \
    X(SavePicture, "Save picture", "Guardar imagen") \
    X(ExportPicture, "Export picture...", "Exportar imagen...") \
    X(Quit, "Quit", "Salir") \
    X(StoryMenu, "Story", "Historia") \
    X(SearchMenu, "Search...", "Buscar...") \
    X(PresentationMode, "Presentation mode", "Modo presentación") \
    X(PresenterConsole, "Presenter console", "Consola del presentador") \
    X(NextStep, "Next step", "Paso siguiente") \
    X(PreviousStep, "Previous step", "Paso anterior") \
    X(Timeline, "Timeline", "Línea de tiempo") \
    X(Legend, "Legend", "Leyenda") \
    X(Flows, "Flows", "Flujos") \
    X(ReloadStory, "Reload story file", "Recargar el archivo de la historia") \
    X(Help, "Help", "Ayuda") \
    X(Shortcuts, "Shortcuts", "Atajos de teclado") \
    X(DataSources, "Data sources", "Fuentes de datos") \
    X(AboutStory, "About this story", "Acerca de esta historia") \
    X(AboutGeobrief, "About geobrief", "Acerca de geobrief") \
    X(KeyHome, "Home", "Inicio") \
    X(KeyNextStep, "PgDn / Space", "AvPág / Espacio") \
    X(KeyPreviousStep, "PgUp / Backspace", "RePág / Retroceso") \
    X(KeySave, "F12 / Ctrl+S", "F12 / Ctrl+S") \
    X(ProjLambert, "Lambert conformal conic (Eurasia)", "Cónica conforme de Lambert (Eurasia)") \
    X(ProjEqualEarth, "Equal Earth", "Equal Earth") \
    X(ProjEquirectangular, "Equirectangular", "Equirrectangular") \
    X(ProjWebMercator, "Web Mercator", "Mercator web") \
    X(ProjGlobe, "Globe (orthographic)", "Globo (ortográfica)") \
    X(KDrag, "Drag", "Arrastrar") \
    X(KDragDo, "pan", "desplazar el mapa") \
    X(KWheel, "Mouse wheel", "Rueda del ratón") \
    X(KWheelDo, "zoom around the cursor", "acercar o alejar alrededor del cursor") \
    X(KDouble, "Double-click", "Doble clic") \
    X(KDoubleDo, "zoom in there", "acercar ahí") \
    X(KPlusDo, "zoom in / out", "acercar / alejar") \
    X(KArrows, "Arrow keys", "Flechas") \
    X(KHomeDo, "reset the view; leave step mode", "restablecer la vista; salir de los pasos") \
    X(KNextKeys, "PgDn, Space", "AvPág, Espacio") \
    X(KNextDo, "next step (also Right in presentation mode)", "paso siguiente (también Derecha en modo presentación)") \
    X(KPrevKeys, "PgUp, Backspace", "RePág, Retroceso") \
    X(KPrevDo, "previous step (also Left in presentation mode)", "paso anterior (también Izquierda en modo presentación)") \
    X(KPresentDo, "presentation mode (full screen, the step as its slide)", "modo presentación (pantalla completa, el paso como su diapositiva)") \
    X(KF5Do, "present from the first / the current step", "presentar desde el primer paso / el actual") \
    X(KBlankDo, "black / white screen while presenting", "pantalla negra / blanca al presentar") \
    X(KConsoleDo, "presenter console (notes, next step, timers)", "consola del presentador (notas, paso siguiente, tiempos)") \
    X(KEscDo, "clear the selection; leave presentation mode; leave step mode", "quitar la selección; salir del modo presentación; salir de los pasos") \
    X(KPlayDo, "play / pause the timeline", "reproducir / pausar la línea de tiempo") \
    X(KClick, "Click", "Clic") \
    X(KClickDo, "details of a place, flow, region or country", "detalles de un lugar, flujo, región o país") \
    X(KTabDo, "next / previous place", "lugar siguiente / anterior") \
    X(KEnterDo, "show / hide the details", "mostrar / ocultar los detalles") \
    X(KSearchDo, "search by name (English or Spanish)", "buscar por nombre (en inglés o en español)") \
    X(KSaveDo, "save a picture now", "guardar una imagen ahora") \
    X(KExportDo, "export dialog (size, overlays, folder)", "diálogo de exportación (tamaño, superposiciones, carpeta)") \
    X(KRecordDo, "record a video (format, size, frames per second); again: cancel it", "grabar un vídeo (formato, tamaño, fotogramas por segundo); de nuevo: cancelarlo") \
    X(KHelpDo, "this window", "esta ventana") \
    X(KQuitDo, "quit", "salir") \
    X(SrcOutlines, "Country outlines: Natural Earth (public domain),", "Contornos de países: Natural Earth (dominio público),") \
    X(SrcOutlinesVia, "  via the npm package world-atlas 2.0.2 (ISC, Mike Bostock).", "  a través del paquete npm world-atlas 2.0.2 (ISC, Mike Bostock).") \
    X(SrcRegions, "Russian regions: Digital Chart of the World,", "Regiones rusas: Digital Chart of the World,") \
    X(SrcRegionsVia, "  via Debian's gmt-dcw 2.1.1 (LGPL-3+).", "  a través de gmt-dcw 2.1.1 de Debian (LGPL-3+).") \
    X(SrcNames, "Country names: Natural Earth (English), Unicode CLDR via ICU (Spanish).", "Nombres de países: Natural Earth (inglés), Unicode CLDR vía ICU (español).") \
    X(SrcCrimea, "Crimea as Ukraine, occupied by Russia: Natural Earth's polygon,", "Crimea como Ucrania, ocupada por Rusia: el polígono de Natural Earth,") \
    X(SrcCrimeaVia, "  chosen by Digital Chart of the World's Ukraine (shapes/disputed.py).", "  elegido por la Ucrania de Digital Chart of the World (shapes/disputed.py).") \
    X(SrcStory, "Story facts: see the story file and docs/ for sources.", "Hechos de la historia: fuentes en el archivo de la historia y en docs/.") \
    X(CountriesFile, "Countries file", "Archivo de países") \
    X(StoryFile, "Story file", "Archivo de la historia") \
    X(Warning, "Warning", "Aviso") \
    X(NoStoryNotes, "This story has no notes.", "Esta historia no tiene notas.") \
    X(AboutLine, "geobrief 0.1.0: a briefing map for one geopolitical story.", "geobrief 0.1.0: un mapa de sesión informativa para una historia geopolítica.") \
    X(AboutTools, "Drawing: SFML. Data: GDAL/OGR. Projections: PROJ via OSR. Panels: Dear ImGui.", "Dibujo: SFML. Datos: GDAL/OGR. Proyecciones: PROJ vía OSR. Paneles: Dear ImGui.") \
    X(ProjectionIs, "Projection", "Proyección") \
    X(Play, "Play", "Reproducir") \
    X(Pause, "Pause", "Pausa") \
    X(DaysPerSecond, "%.0f days/s", "%.0f días/s") \
    X(Loop, "Loop", "Bucle") \
    X(PreviousButton, "< Previous", "< Anterior") \
    X(NextButton, "Next >", "Siguiente >") \
    X(Details, "Details", "Detalles") \
    X(Sources, "Sources", "Fuentes") \
    X(CopyUrl, "Copy URL", "Copiar URL") \
    X(Related, "Related", "Relacionado") \
    X(Search, "Search", "Buscar") \
    X(ExportTitle, "Export picture", "Exportar imagen") \
    X(CurrentWindow, "Current window", "Ventana actual") \
    X(Custom, "Custom", "Personalizado") \
    X(Size, "Size", "Tamaño") \
    X(Width, "Width", "Ancho") \
    X(Height, "Height", "Alto") \
    X(Scale, "Scale", "Escala") \
    X(IncludePanels, "Include the panels (a screenshot of the window)", "Incluir los paneles (una captura de la ventana)") \
    X(Transparent, "Transparent background", "Fondo transparente") \
    X(Overlays, "Overlays", "Superposiciones") \
    X(Title, "Title", "Título") \
    X(Caption, "Caption", "Pie") \
    X(ScaleBar, "Scale bar", "Barra de escala") \
    X(Attribution, "Attribution", "Atribución") \
    X(Date, "Date", "Fecha") \
    X(Locator, "Locator inset (pictures of a small area)", "Mapa de situación (imágenes de un área pequeña)") \
    X(Folder, "Folder", "Carpeta") \
    X(FileName, "File name", "Nombre del archivo") \
    X(PatternHelp, "{date} {time} {step} are replaced; an existing name gets -1, -2, ...", "{date} {time} {step} se sustituyen; un nombre existente recibe -1, -2, ...") \
    X(Save, "Save", "Guardar") \
    X(Cancel, "Cancel", "Cancelar") \
    X(Saved, "Saved", "Guardada") \
    X(RecordVideo, "Record video...", "Grabar vídeo...") \
    X(RecordTitle, "Record video", "Grabar vídeo") \
    X(Format, "Format", "Formato") \
    X(FramesPerSecond, "Frames per second", "Fotogramas por segundo") \
    X(ThisStepOnly, "This step", "Este paso") \
    X(Record, "Record", "Grabar") \
    X(RecordHelp, "Played as in presentation mode: each step's flight, its dates, a hold. An existing name gets -1, -2, ...", "Se reproduce como en el modo presentación: el vuelo de cada paso, sus fechas, una pausa. Un nombre existente recibe -1, -2, ...") \
    X(RecordingNow, "Recording", "Grabando") \
    X(FramesWord, "frames", "fotogramas") \
    X(SecondsLeft, "s left", "s restantes") \
    X(Recorded, "Recorded", "Grabado") \
    X(RecordingCancelled, "Recording cancelled; nothing was written", "Grabación cancelada; no se ha escrito nada") \
    X(KindPlace, "Place", "Lugar") \
    X(KindFlow, "Flow", "Flujo") \
    X(KindRegion, "Region", "Región") \
    X(KindCountry, "Country", "País") \
    X(TwoWay, ", two-way", ", en ambos sentidos") \
    X(RoleInStory, "Role in the story: ", "Papel en la historia: ") \
    X(Approximate, "Approximate position.", "Posición aproximada.") \
    X(Schematic, "Schematic line: it shows a link, not the route taken.", "Línea esquemática: muestra un vínculo, no la ruta seguida.") \
    X(DatedWithin, "The sources date it only within ", "Las fuentes solo lo sitúan entre ") \
    X(And, " and ", " y ") \
    X(WholeStory, "Whole story", "Historia completa") \
    X(Notes, "Notes", "Notas") \
    X(NoNotes, "No notes for this step.", "Este paso no tiene notas.") \
    X(Elapsed, "elapsed", "transcurrido") \
    X(ThisStep, "this step", "este paso") \
    X(NextColon, "Next: ", "Siguiente: ") \
    X(LastStep, "Last step", "Último paso")

enum class UiText {
#define GB_UI_TEXT_ID(id, en, es) id,
    GB_UI_TEXTS(GB_UI_TEXT_ID)
#undef GB_UI_TEXT_ID
    Count
};

//! The string for `id` in `language`.
[[nodiscard]] const char* uiText(UiText id, story::Language language);
//! The id's name ("ResetView"), for test messages.
[[nodiscard]] std::string_view uiTextName(UiText id);
//! A story's kind word in the language ("port": "puerto"); words it does not know, unchanged.
[[nodiscard]] std::string kindWord(const std::string& kind, story::Language language);

} // namespace gb::view
