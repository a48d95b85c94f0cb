<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/gui/about_dialog.py" line="98"/>
        <source>About Nashra</source>
        <translation>حول نشرة</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/about_dialog.py" line="104"/>
        <source>About</source>
        <translation>حول</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/about_dialog.py" line="105"/>
        <source>Versions</source>
        <translation>الإصدارات</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/about_dialog.py" line="106"/>
        <source>Licences</source>
        <translation>التراخيص</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/about_dialog.py" line="119"/>
        <source>Nashra %1</source>
        <translation>نشرة %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/about_dialog.py" line="123"/>
        <source>Read Arabic news articles offline, side by side with their English translation, with a summary in both languages. Translation runs on your computer with Argos Translate language packs; nothing you read is sent anywhere.</source>
        <translation>اقرأ المقالات الإخبارية العربية دون اتصال بالإنترنت، وإلى جانبها ترجمتها الإنجليزية، مع ملخص باللغتين. تجري الترجمة على حاسوبك باستخدام حزم لغات Argos Translate، ولا يُرسَل شيء مما تقرؤه إلى أي مكان.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/about_dialog.py" line="130"/>
        <location filename="../../desktop/gui/about_dialog.py" line="174"/>
        <source>Nashra is free software, released under the MIT licence.</source>
        <translation>نشرة برنامج حر، صادر بموجب رخصة MIT.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/about_dialog.py" line="143"/>
        <source>Versions of Nashra and its components</source>
        <translation>إصدارات نشرة ومكوّناتها</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/about_dialog.py" line="144"/>
        <source>Component</source>
        <translation>المكوّن</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/about_dialog.py" line="144"/>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/about_dialog.py" line="149"/>
        <source>&amp;Copy Versions</source>
        <translation>&amp;نسخ الإصدارات</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/about_dialog.py" line="151"/>
        <source>Copy the versions to the clipboard</source>
        <translation>نسخ الإصدارات إلى الحافظة</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/about_dialog.py" line="162"/>
        <source>Components and their licences</source>
        <translation>المكوّنات وتراخيصها</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/about_dialog.py" line="168"/>
        <source>Licence text</source>
        <translation>نص الترخيص</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/about_dialog.py" line="172"/>
        <source>Nashra — MIT licence</source>
        <translation>نشرة — رخصة MIT</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/about_dialog.py" line="177"/>
        <source>Noto Naskh Arabic font — SIL Open Font License 1.1</source>
        <translation>خط Noto Naskh Arabic — رخصة SIL للخطوط المفتوحة 1.1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/about_dialog.py" line="181"/>
        <source>Sample article — CC BY-SA 4.0</source>
        <translation>المقالة النموذجية — CC BY-SA 4.0</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/about_dialog.py" line="208"/>
        <source>Licence unknown</source>
        <translation>الترخيص غير معروف</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/about_dialog.py" line="209"/>
        <source>Not installed</source>
        <translation>غير مثبّت</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/about_dialog.py" line="227"/>
        <source>Language pack %1 (version %2)</source>
        <translation>حزمة اللغة %1 (الإصدار %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/about_dialog.py" line="234"/>
        <source>This pack ships no licence file. Its folder: %1</source>
        <translation>لا تتضمن هذه الحزمة ملف ترخيص. مجلدها: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/about_dialog.py" line="247"/>
        <source>OPUS-MT model %1 (%2) — %3</source>
        <translation>نموذج OPUS-MT %1 (%2) — %3</translation>
    </message>
</context>
<context>
    <name>AvailablePackList</name>
    <message>
        <location filename="../../desktop/gui/packs/lists.py" line="88"/>
        <source>Language packs available to download</source>
        <translation>حزم اللغات المتاحة للتنزيل</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/lists.py" line="90"/>
        <source>Languages</source>
        <translation>اللغتان</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/lists.py" line="90"/>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/lists.py" line="90"/>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/lists.py" line="90"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/lists.py" line="112"/>
        <source>Update available</source>
        <translation>يتوفر تحديث</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/lists.py" line="114"/>
        <source>Installed</source>
        <translation>مثبّتة</translation>
    </message>
</context>
<context>
    <name>Clipboard</name>
    <message>
        <location filename="../../desktop/gui/export/clipboard.py" line="83"/>
        <source>Nothing was copied.</source>
        <translation>لم يُنسخ شيء.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/export/clipboard.py" line="86"/>
        <source>The translation was copied to the clipboard.</source>
        <translation>نُسخت الترجمة إلى الحافظة.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/export/clipboard.py" line="93"/>
        <source>There is no summary to copy yet.</source>
        <translation>لا يوجد ملخص لنسخه بعد.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/export/clipboard.py" line="98"/>
        <source>The summary was copied to the clipboard.</source>
        <translation>نُسخ الملخص إلى الحافظة.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/export/clipboard.py" line="103"/>
        <source>The summary was copied in the original language only: its translation is not finished yet.</source>
        <translation>نُسخ الملخص بلغة المقالة الأصلية فقط، لأن ترجمته لم تكتمل بعد.</translation>
    </message>
</context>
<context>
    <name>DocumentNotices</name>
    <message>
        <location filename="../../desktop/gui/reading/document_notices.py" line="22"/>
        <source>%1 characters of this PDF could not be read (its fonts do not say which letters they draw) and are left out.</source>
        <translation>تعذّرت قراءة %1 من محارف ملف PDF هذا (لا تذكر خطوطه الحروف التي ترسمها) فتُركت.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reading/document_notices.py" line="34"/>
        <source>This document is in %1; no model translates %1 (Nashra translates Arabic and English).</source>
        <translation>هذا المستند باللغة %1، ولا يوجد نموذج يترجم %1 (تترجم نشرة العربية والإنجليزية).</translation>
    </message>
</context>
<context>
    <name>DocumentTab</name>
    <message>
        <location filename="../../desktop/gui/reading/document_tab.py" line="108"/>
        <source>Original text</source>
        <translation>النص الأصلي</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reading/document_tab.py" line="110"/>
        <source>Translation</source>
        <translation>الترجمة</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reading/document_tab.py" line="155"/>
        <source>Pasted text</source>
        <translation>نص ملصق</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reading/document_tab.py" line="250"/>
        <source>Cannot open the article again</source>
        <translation>تعذّر فتح المقالة من جديد</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reading/document_tab.py" line="314"/>
        <source>The translation failed</source>
        <translation>فشلت الترجمة</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../desktop/gui/error_dialog.py" line="39"/>
        <source>Unexpected Error</source>
        <translation>خطأ غير متوقع</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_dialog.py" line="44"/>
        <source>Something went wrong inside Nashra. You can keep working, but it may be wise to save your work and restart.

If you report this problem, please include the details below. They are also in the log file:
%1</source>
        <translation>حدث خلل داخل نشرة. يمكنك مواصلة العمل، لكن من الأفضل أن تحفظ عملك وتعيد تشغيل البرنامج.

إذا أبلغت عن هذه المشكلة، فأرفق التفاصيل أدناه. وهي محفوظة أيضًا في ملف السجل:
%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_dialog.py" line="58"/>
        <source>Error details</source>
        <translation>تفاصيل الخطأ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_dialog.py" line="63"/>
        <source>&amp;Copy Details</source>
        <translation>&amp;نسخ التفاصيل</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_dialog.py" line="65"/>
        <source>Copy the error details</source>
        <translation>نسخ تفاصيل الخطأ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_dialog.py" line="67"/>
        <source>Open &amp;Log Folder</source>
        <translation>فتح مجلد ال&amp;سجل</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../desktop/gui/export/messages.py" line="41"/>
        <source>The translation is not finished yet: %1 of %2 sentences are translated.</source>
        <translation>لم تكتمل الترجمة بعد: تُرجمت %1 من أصل %2 جملة.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/export/messages.py" line="54"/>
        <location filename="../../desktop/gui/export/messages.py" line="59"/>
        <source>The file could not be written: %1</source>
        <translation>تعذّرت كتابة الملف: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/export/messages.py" line="62"/>
        <source>Something unexpected went wrong: %1</source>
        <translation>حدث خطأ غير متوقع: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/export/messages.py" line="85"/>
        <source>Translation not finished</source>
        <translation>الترجمة لم تكتمل</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/export/messages.py" line="86"/>
        <source>Wait until the translation has finished, or use the original text now.</source>
        <translation>انتظر حتى تكتمل الترجمة، أو استخدم النص الأصلي الآن.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/export/messages.py" line="80"/>
        <source>Export the Original</source>
        <translation>تصدير النص الأصلي</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/gui/export/dialog.py" line="55"/>
        <source>Word document (*.docx)</source>
        <translation>مستند Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/export/dialog.py" line="56"/>
        <source>PDF document (*.pdf)</source>
        <translation>مستند PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/export/dialog.py" line="57"/>
        <source>Web page (*.html *.htm)</source>
        <translation>صفحة ويب (*.html *.htm)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/export/dialog.py" line="58"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/export/dialog.py" line="59"/>
        <source>Plain text (*.txt)</source>
        <translation>نص عادي (*.txt)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/export/dialog.py" line="60"/>
        <source>Subtitles with their timing (*.srt)</source>
        <translation>ترجمات مرئية بتوقيتها (*.srt)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/export/dialog.py" line="66"/>
        <source>&amp;Translation</source>
        <translation>ال&amp;ترجمة</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/export/dialog.py" line="67"/>
        <source>&amp;Both languages, side by side</source>
        <translation>ال&amp;لغتان جنبًا إلى جنب</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/export/dialog.py" line="68"/>
        <source>&amp;Original</source>
        <translation>النص ال&amp;أصلي</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/export/dialog.py" line="69"/>
        <source>&amp;Summary</source>
        <translation>ال&amp;ملخص</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/export/dialog.py" line="78"/>
        <source>translation</source>
        <translation>ترجمة</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/export/dialog.py" line="79"/>
        <source>bilingual</source>
        <translation>ثنائي اللغة</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/export/dialog.py" line="80"/>
        <source>summary</source>
        <translation>ملخص</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/export/dialog.py" line="91"/>
        <location filename="../../desktop/gui/export/dialog.py" line="111"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/export/dialog.py" line="133"/>
        <source>There is no summary to export yet.</source>
        <translation>لا يوجد ملخص للتصدير بعد.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/export/dialog.py" line="135"/>
        <source>File format</source>
        <translation>صيغة الملف</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/export/dialog.py" line="148"/>
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/export/dialog.py" line="149"/>
        <source>Choose the file and export</source>
        <translation>اختر الملف ثم صدّر</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/export/dialog.py" line="156"/>
        <source>What:</source>
        <translation>ماذا:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/export/dialog.py" line="157"/>
        <source>&amp;Format:</source>
        <translation>ال&amp;صيغة:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/export/dialog.py" line="203"/>
        <source>The translation is not finished yet (%1 sentences to go).</source>
        <translation>لم تكتمل الترجمة بعد (بقي %1 من الجمل).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/export/dialog.py" line="208"/>
        <source>The summary will be exported in the original language.</source>
        <translation>سيُصدَّر الملخص بلغة المقالة الأصلية.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/export/dialog.py" line="287"/>
        <source>Exporting… %1%</source>
        <translation>جارٍ التصدير… %1٪</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/export/dialog.py" line="299"/>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
</context>
<context>
    <name>ExportNotice</name>
    <message>
        <location filename="../../desktop/gui/export/notice.py" line="28"/>
        <source>Exported to %1 in %2</source>
        <translation>صُدِّر إلى %1 في %2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/export/notice.py" line="35"/>
        <source>Show in &amp;Folder</source>
        <translation>إظهار في ال&amp;مجلد</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/export/notice.py" line="37"/>
        <source>Show the exported file&apos;s folder</source>
        <translation>إظهار مجلد الملف المصدَّر</translation>
    </message>
</context>
<context>
    <name>InstalledPackList</name>
    <message>
        <location filename="../../desktop/gui/packs/lists.py" line="46"/>
        <source>Installed language packs</source>
        <translation>حزم اللغات المثبّتة</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/lists.py" line="48"/>
        <source>Languages</source>
        <translation>اللغتان</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/lists.py" line="48"/>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/lists.py" line="48"/>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/lists.py" line="48"/>
        <source>Folder</source>
        <translation>المجلد</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/lists.py" line="67"/>
        <source>Comes with Nashra; cannot be removed</source>
        <translation>مرفقة مع نشرة، ولا يمكن إزالتها</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/lists.py" line="69"/>
        <source>No language pack is installed yet.</source>
        <translation>لم تُثبَّت أي حزمة لغة بعد.</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <location filename="../../desktop/gui/menus.py" line="61"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="62"/>
        <source>&amp;Edit</source>
        <translation>ت&amp;حرير</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="63"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="64"/>
        <source>&amp;Translation</source>
        <translation>ال&amp;ترجمة</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="65"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="146"/>
        <source>&amp;Open…</source>
        <translation>&amp;فتح…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="147"/>
        <source>Open &amp;Recent</source>
        <translation>ال&amp;مقالات الأخيرة</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="150"/>
        <source>&amp;Paste as New Document</source>
        <translation>&amp;لصق كمستند جديد</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="154"/>
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="157"/>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="161"/>
        <source>&amp;Close Tab</source>
        <translation>إ&amp;غلاق علامة التبويب</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="163"/>
        <source>&amp;Quit</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="177"/>
        <source>No recent files</source>
        <translation>لا توجد ملفات حديثة</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="179"/>
        <source>&amp;Clear List</source>
        <translation>&amp;مسح القائمة</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="188"/>
        <source>&amp;Copy</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="190"/>
        <source>Copy &amp;Translation</source>
        <translation>نسخ ال&amp;ترجمة</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="193"/>
        <source>Copy &amp;Summary</source>
        <translation>نسخ ال&amp;ملخص</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="204"/>
        <source>Zoom &amp;In</source>
        <translation>ت&amp;كبير</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="212"/>
        <source>Zoom &amp;Out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="214"/>
        <source>&amp;Reset Zoom</source>
        <translation>إعادة الحجم الأ&amp;صلي</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="217"/>
        <source>&amp;Side by Side</source>
        <translation>&amp;جنبًا إلى جنب</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="218"/>
        <source>S&amp;tacked</source>
        <translation>&amp;أحدهما فوق الآخر</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="221"/>
        <source>S&amp;ynchronized Scrolling</source>
        <translation>تمرير &amp;متزامن</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="222"/>
        <source>Show &amp;Outline</source>
        <translation>إظهار ال&amp;مخطط</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="223"/>
        <source>S&amp;ummary</source>
        <translation>ال&amp;ملخص</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="225"/>
        <source>Show S&amp;ummary</source>
        <translation>إظهار ال&amp;ملخص</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="229"/>
        <source>&amp;Beside the Text</source>
        <translation>&amp;بجانب النص</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="230"/>
        <source>Be&amp;low the Text</source>
        <translation>&amp;تحت النص</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="234"/>
        <source>&amp;Clean Articles</source>
        <translation>&amp;تنظيف المقالات</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="236"/>
        <source>Leave out menus, captions and teasers when opening an article</source>
        <translation>حذف القوائم والتعليقات على الصور والمقتطفات التشويقية عند فتح المقالة</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="238"/>
        <source>Show &amp;Removed Text</source>
        <translation>إظهار النص المح&amp;ذوف</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="241"/>
        <source>&amp;Next Sentence</source>
        <translation>الجملة ال&amp;تالية</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="244"/>
        <source>&amp;Previous Sentence</source>
        <translation>الجملة ال&amp;سابقة</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="246"/>
        <source>Switch &amp;Pane</source>
        <translation>التبديل بين الل&amp;وحين</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="253"/>
        <source>T&amp;heme</source>
        <translation>ال&amp;مظهر</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="259"/>
        <source>Interface &amp;Language</source>
        <translation>&amp;لغة الواجهة</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="260"/>
        <source>Reading &amp;Font…</source>
        <translation>&amp;خط القراءة…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="249"/>
        <source>&amp;System</source>
        <translation>مثل ال&amp;نظام</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="250"/>
        <source>&amp;Light</source>
        <translation>&amp;فاتح</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="251"/>
        <source>&amp;Dark</source>
        <translation>&amp;داكن</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="255"/>
        <source>&amp;System Language</source>
        <translation>لغة ال&amp;نظام</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="275"/>
        <source>&amp;Translate</source>
        <translation>&amp;ترجم</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="278"/>
        <source>&amp;Cancel Translation</source>
        <translation>إ&amp;لغاء الترجمة</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="280"/>
        <source>Translate &amp;Automatically</source>
        <translation>الترجمة &amp;تلقائيًا</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="286"/>
        <source>&amp;Language Packs…</source>
        <translation>&amp;حزم اللغات…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="295"/>
        <source>Open &amp;Log Folder</source>
        <translation>فتح مجلد ال&amp;سجل</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/menus.py" line="296"/>
        <source>&amp;About Nashra</source>
        <translation>&amp;حول نشرة</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="60"/>
        <location filename="../../desktop/gui/main_window.py" line="135"/>
        <source>Nashra</source>
        <translation>نشرة</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="65"/>
        <source>Open documents</source>
        <translation>المستندات المفتوحة</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="73"/>
        <source>Open an article with File ▸ Open (Ctrl+O), drop a file here, or paste text as a new document (Ctrl+Shift+V).</source>
        <translation>افتح مقالة من ملف ◂ فتح ⁦(Ctrl+O)⁩، أو اسحب ملفًا وأفلته هنا، أو الصق نصًا كمستند جديد ⁦(Ctrl+Shift+V)⁩.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="91"/>
        <source>Open an article to start reading.</source>
        <translation>افتح مقالة لتبدأ القراءة.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="159"/>
        <source>%1 — Nashra</source>
        <translation>%1 — نشرة</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="167"/>
        <source>%1 paragraphs, %2 sentences</source>
        <translation>الفقرات: %1، الجمل: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="173"/>
        <source>Preparing the translation…</source>
        <translation>جارٍ التحضير للترجمة…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="175"/>
        <source>Translation is off: Translation ▸ Translate (Ctrl+T).</source>
        <translation>الترجمة التلقائية متوقفة: الترجمة ◂ ترجم ⁦(Ctrl+T)⁩.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="176"/>
        <source>Translating…</source>
        <translation>جارٍ الترجمة…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="177"/>
        <source>Translated.</source>
        <translation>اكتملت الترجمة.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="178"/>
        <source>Translation cancelled.</source>
        <translation>أُلغيت الترجمة.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="179"/>
        <source>No language pack for this article.</source>
        <translation>لا توجد حزمة لغة لهذه المقالة.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="180"/>
        <source>No model translates this language.</source>
        <translation>لا يوجد نموذج يترجم هذه اللغة.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="181"/>
        <source>The translation failed.</source>
        <translation>فشلت الترجمة.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="206"/>
        <source>The interface language changes when Nashra starts again.</source>
        <translation>ستتغير لغة الواجهة عند تشغيل نشرة في المرة القادمة.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="212"/>
        <source>Open Article</source>
        <translation>فتح مقالة</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="240"/>
        <source>Nothing to paste</source>
        <translation>لا شيء للصق</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="240"/>
        <source>The clipboard holds no text.</source>
        <translation>لا تحتوي الحافظة على نص.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="259"/>
        <source>pasted text</source>
        <translation>نص ملصق</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="260"/>
        <source>Opening %1…</source>
        <translation>جارٍ فتح %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="266"/>
        <source>%1 could not be opened.</source>
        <translation>تعذّر فتح %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="268"/>
        <source>Cannot open the article</source>
        <translation>تعذّر فتح المقالة</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="283"/>
        <source>Plain text</source>
        <translation>نص عادي</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="284"/>
        <source>Web pages</source>
        <translation>صفحات ويب</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="285"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="286"/>
        <source>Word documents</source>
        <translation>مستندات Word</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="287"/>
        <source>OpenDocument text</source>
        <translation>نصوص OpenDocument</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="288"/>
        <source>EPUB books</source>
        <translation>كتب EPUB</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="289"/>
        <source>PDF documents</source>
        <translation>مستندات PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="290"/>
        <source>Subtitles</source>
        <translation>ترجمات مرئية</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="293"/>
        <source>All articles (%1)</source>
        <translation>كل المقالات (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="296"/>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <location filename="../../desktop/gui/message_box.py" line="23"/>
        <source>Nashra</source>
        <translation>نشرة</translation>
    </message>
</context>
<context>
    <name>MissingPackBanner</name>
    <message>
        <location filename="../../desktop/gui/packs/banner.py" line="68"/>
        <source>No %1 language pack is installed</source>
        <translation>لا توجد حزمة لغة مثبّتة للترجمة %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/banner.py" line="76"/>
        <source>Nashra needs it to translate this article. Download it (%1) or install it from a file. The summary works meanwhile.</source>
        <translation>تحتاج نشرة إلى هذه الحزمة لترجمة المقالة. نزّلها (%1) أو ثبّتها من ملف. الملخص متاح في أثناء ذلك.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/banner.py" line="81"/>
        <source>Nashra needs it to translate this article. Download it or install it from a file. The summary works meanwhile.</source>
        <translation>تحتاج نشرة إلى هذه الحزمة لترجمة المقالة. نزّلها أو ثبّتها من ملف. الملخص متاح في أثناء ذلك.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/banner.py" line="91"/>
        <source>Download the %1 language pack</source>
        <translation>تنزيل حزمة اللغة %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/banner.py" line="93"/>
        <source>Install from &amp;File…</source>
        <translation>تثبيت من &amp;ملف…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/banner.py" line="95"/>
        <source>Install a language pack from a file</source>
        <translation>تثبيت حزمة لغة من ملف</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/banner.py" line="98"/>
        <source>Download progress</source>
        <translation>تقدّم التنزيل</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/banner.py" line="100"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/banner.py" line="102"/>
        <source>Cancel the download</source>
        <translation>إلغاء التنزيل</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/banner.py" line="139"/>
        <source>&amp;Download</source>
        <translation>&amp;تنزيل</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/banner.py" line="140"/>
        <source>&amp;Download (%1)</source>
        <translation>&amp;تنزيل (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/banner.py" line="152"/>
        <source>Downloading the language pack…</source>
        <translation>جارٍ تنزيل حزمة اللغة…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/banner.py" line="169"/>
        <source>Downloading the language pack: %1 of %2…</source>
        <translation>جارٍ تنزيل حزمة اللغة: %1 من %2…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/banner.py" line="175"/>
        <source>Downloading the language pack: %1…</source>
        <translation>جارٍ تنزيل حزمة اللغة: %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/banner.py" line="189"/>
        <source>Installing the language pack…</source>
        <translation>جارٍ تثبيت حزمة اللغة…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/banner.py" line="204"/>
        <source>The %1 pack was installed, but this article needs the %2 pack.</source>
        <translation>ثُبّتت حزمة %1، لكن هذه المقالة تحتاج إلى حزمة %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/banner.py" line="216"/>
        <source>The %1 language pack is installed</source>
        <translation>ثُبّتت حزمة اللغة %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/banner.py" line="220"/>
        <source>Translating…</source>
        <translation>جارٍ الترجمة…</translation>
    </message>
</context>
<context>
    <name>ModelMenu</name>
    <message>
        <location filename="../../desktop/gui/packs/model_menu.py" line="31"/>
        <source>&amp;Model</source>
        <translation>&amp;النموذج</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/model_menu.py" line="48"/>
        <source>Best Installed</source>
        <translation>الأفضل بين المثبّتة</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/model_menu.py" line="50"/>
        <source>Best</source>
        <translation>الأفضل</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/model_menu.py" line="50"/>
        <source>Fast</source>
        <translation>الأسرع</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/model_menu.py" line="67"/>
        <source>No model installed</source>
        <translation>لا يوجد نموذج مثبّت</translation>
    </message>
</context>
<context>
    <name>OpusModelList</name>
    <message>
        <location filename="../../desktop/gui/packs/opus_models.py" line="38"/>
        <source>OPUS-MT Translation Models (best quality, CC-BY 4.0)</source>
        <translation>نماذج الترجمة OPUS-MT: أفضل جودة، بترخيص CC-BY 4.0</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/opus_models.py" line="42"/>
        <source>OPUS-MT translation models</source>
        <translation>نماذج الترجمة OPUS-MT</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/opus_models.py" line="46"/>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/opus_models.py" line="46"/>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/opus_models.py" line="46"/>
        <source>Quality</source>
        <translation>الجودة</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/opus_models.py" line="46"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/opus_models.py" line="49"/>
        <source>Do&amp;wnload Model…</source>
        <translation>&amp;تنزيل النموذج…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/opus_models.py" line="51"/>
        <source>Remove &amp;Model…</source>
        <translation>إزالة ال&amp;نموذج…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/opus_models.py" line="85"/>
        <source>Installed (%1)</source>
        <translation>مثبّت (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/opus_models.py" line="87"/>
        <source>Not installed</source>
        <translation>غير مثبّت</translation>
    </message>
</context>
<context>
    <name>Outline</name>
    <message>
        <location filename="../../desktop/gui/reading/outline.py" line="39"/>
        <source>Outline</source>
        <translation>المخطط</translation>
    </message>
</context>
<context>
    <name>PackActions</name>
    <message>
        <location filename="../../desktop/gui/packs/labels.py" line="17"/>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/labels.py" line="18"/>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/labels.py" line="19"/>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/labels.py" line="20"/>
        <source>Persian</source>
        <translation>الفارسية</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/labels.py" line="21"/>
        <source>Urdu</source>
        <translation>الأردية</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/labels.py" line="22"/>
        <source>German</source>
        <translation>الألمانية</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/labels.py" line="23"/>
        <source>Spanish</source>
        <translation>الإسبانية</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/labels.py" line="24"/>
        <source>Italian</source>
        <translation>الإيطالية</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/labels.py" line="25"/>
        <source>Portuguese</source>
        <translation>البرتغالية</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/labels.py" line="26"/>
        <source>Russian</source>
        <translation>الروسية</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/labels.py" line="27"/>
        <source>Ukrainian</source>
        <translation>الأوكرانية</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/labels.py" line="28"/>
        <source>Turkish</source>
        <translation>التركية</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/labels.py" line="29"/>
        <source>Hebrew</source>
        <translation>العبرية</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/labels.py" line="30"/>
        <source>Chinese</source>
        <translation>الصينية</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/labels.py" line="31"/>
        <source>Japanese</source>
        <translation>اليابانية</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/labels.py" line="32"/>
        <source>Korean</source>
        <translation>الكورية</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/labels.py" line="33"/>
        <source>Hindi</source>
        <translation>الهندية</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/labels.py" line="34"/>
        <source>Indonesian</source>
        <translation>الإندونيسية</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/labels.py" line="35"/>
        <source>Malay</source>
        <translation>الملايوية</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/labels.py" line="36"/>
        <source>Dutch</source>
        <translation>الهولندية</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/labels.py" line="37"/>
        <source>Polish</source>
        <translation>البولندية</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/labels.py" line="38"/>
        <source>Swedish</source>
        <translation>السويدية</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/labels.py" line="39"/>
        <source>Greek</source>
        <translation>اليونانية</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/labels.py" line="40"/>
        <source>Azerbaijani</source>
        <translation>الأذربيجانية</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/labels.py" line="41"/>
        <source>Bengali</source>
        <translation>البنغالية</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/labels.py" line="74"/>
        <source>unknown size</source>
        <translation>حجم غير معروف</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/tasks.py" line="59"/>
        <source>Nashra could not reach the list of language packs: you may be offline. You can still install a pack from a file (.argosmodel).</source>
        <translation>تعذّر على نشرة الوصول إلى قائمة حزم اللغات، وقد تكون غير متصل بالإنترنت. لا يزال بإمكانك تثبيت حزمة من ملف ⁦(.argosmodel)⁩.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/tasks.py" line="65"/>
        <source>The download was cancelled. Nothing was installed.</source>
        <translation>أُلغي التنزيل. لم يُثبَّت شيء.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/tasks.py" line="69"/>
        <source>The downloaded file is damaged (it does not match the expected checksum). Nothing was installed. Please try again.</source>
        <translation>الملف الذي نُزِّل تالف (لا يطابق المجموع الاختباري المتوقع). لم يُثبَّت شيء. يرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/tasks.py" line="75"/>
        <source>The download failed. Nothing was installed.</source>
        <translation>فشل التنزيل. لم يُثبَّت شيء.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/tasks.py" line="79"/>
        <source>This file is too large to be a language pack. Nothing was installed.</source>
        <translation>هذا الملف أكبر من أن يكون حزمة لغة. لم يُثبَّت شيء.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/tasks.py" line="83"/>
        <source>This file is not a usable language pack. Nothing was installed.</source>
        <translation>هذا الملف ليس حزمة لغة صالحة للاستخدام. لم يُثبَّت شيء.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/tasks.py" line="87"/>
        <source>A newer version of this language pack is already installed.</source>
        <translation>إصدار أحدث من حزمة اللغة هذه مثبّت بالفعل.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/tasks.py" line="91"/>
        <source>The list of language packs offers no pack for these languages.</source>
        <translation>لا تتضمن قائمة حزم اللغات حزمة لهاتين اللغتين.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/tasks.py" line="95"/>
        <source>This language pack comes with Nashra and cannot be removed.</source>
        <translation>حزمة اللغة هذه مرفقة مع نشرة ولا يمكن إزالتها.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/tasks.py" line="99"/>
        <source>This language pack is no longer installed.</source>
        <translation>حزمة اللغة هذه لم تعد مثبّتة.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/tasks.py" line="104"/>
        <source>Something unexpected went wrong.</source>
        <translation>حدث خطأ غير متوقع.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/tasks.py" line="113"/>
        <source>Details: %1</source>
        <translation>التفاصيل: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/tasks.py" line="229"/>
        <source>Install a Language Pack from a File</source>
        <translation>تثبيت حزمة لغة من ملف</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/tasks.py" line="231"/>
        <source>Language packs and OPUS-MT models (*.argosmodel *.zip);;All files (*)</source>
        <translation>حزم اللغات ونماذج OPUS-MT (*.argosmodel *.zip);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/tasks.py" line="353"/>
        <source>Checking the release…</source>
        <translation>جارٍ فحص الإصدار…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/tasks.py" line="354"/>
        <source>Unpacking…</source>
        <translation>جارٍ فك الضغط…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/tasks.py" line="355"/>
        <source>Converting the model for CTranslate2 (this takes a while)…</source>
        <translation>جارٍ تحويل النموذج إلى صيغة CTranslate2 (يستغرق ذلك بعض الوقت)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/tasks.py" line="358"/>
        <source>Checking that the model loads…</source>
        <translation>جارٍ التحقق من أن النموذج يُحمَّل…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/tasks.py" line="359"/>
        <source>Putting the model in place…</source>
        <translation>جارٍ وضع النموذج في مكانه…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/tasks.py" line="365"/>
        <source>Nashra converts an OPUS-MT release to run it offline. For a Transformer-big model this takes a minute or two and about 1-1.5 GB of memory; the window stays usable and you can cancel. The finished model takes about 220-300 MB.</source>
        <translation>تحوّل نشرة إصدار OPUS-MT لتشغيله دون اتصال. يستغرق ذلك لنموذج Transformer-big دقيقة أو دقيقتين ونحو 1-1.5 غيغابايت من الذاكرة؛ تبقى النافذة قابلة للاستخدام ويمكنك الإلغاء. يشغل النموذج الجاهز نحو 220-300 ميغابايت.</translation>
    </message>
</context>
<context>
    <name>PackDialog</name>
    <message>
        <location filename="../../desktop/gui/packs/dialog.py" line="69"/>
        <source>Language Packs</source>
        <translation>حزم اللغات</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/dialog.py" line="77"/>
        <source>Installed</source>
        <translation>مثبّتة</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/dialog.py" line="79"/>
        <source>&amp;Remove…</source>
        <translation>إ&amp;زالة…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/dialog.py" line="81"/>
        <source>Remove the selected language pack</source>
        <translation>إزالة حزمة اللغة المحددة</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/dialog.py" line="91"/>
        <source>Available to Download</source>
        <translation>متاحة للتنزيل</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/dialog.py" line="94"/>
        <source>Filter by language</source>
        <translation>تصفية حسب اللغة</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/dialog.py" line="95"/>
        <source>Filter the available packs by language</source>
        <translation>تصفية الحزم المتاحة حسب اللغة</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/dialog.py" line="98"/>
        <location filename="../../desktop/gui/packs/dialog.py" line="344"/>
        <source>&amp;Download</source>
        <translation>&amp;تنزيل</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/dialog.py" line="100"/>
        <source>Download the selected language pack</source>
        <translation>تنزيل حزمة اللغة المحددة</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/dialog.py" line="102"/>
        <source>Re&amp;fresh List</source>
        <translation>&amp;تحديث القائمة</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/dialog.py" line="104"/>
        <source>Fetch the list of language packs again</source>
        <translation>جلب قائمة حزم اللغات من جديد</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/dialog.py" line="116"/>
        <source>Progress</source>
        <translation>التقدّم</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/dialog.py" line="118"/>
        <source>Cancel Download</source>
        <translation>إلغاء التنزيل</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/dialog.py" line="120"/>
        <source>Cancel the download</source>
        <translation>إلغاء التنزيل</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/dialog.py" line="127"/>
        <source>Install from &amp;File…</source>
        <translation>تثبيت من &amp;ملف…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/dialog.py" line="129"/>
        <source>Install a language pack from a file</source>
        <translation>تثبيت حزمة لغة من ملف</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/dialog.py" line="177"/>
        <source>Fetching the list of language packs…</source>
        <translation>جارٍ جلب قائمة حزم اللغات…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/dialog.py" line="196"/>
        <source>Click Refresh List to see the language packs you can download.</source>
        <translation>انقر «تحديث القائمة» لعرض حزم اللغات التي يمكنك تنزيلها.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/dialog.py" line="201"/>
        <source>The list of language packs was fetched on %1.</source>
        <translation>جُلبت قائمة حزم اللغات في %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/dialog.py" line="207"/>
        <source>Language packs you can download: %1</source>
        <translation>حزم اللغات التي يمكنك تنزيلها: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/dialog.py" line="239"/>
        <source>Downloading the %1 language pack…</source>
        <translation>جارٍ تنزيل حزمة اللغة %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/dialog.py" line="268"/>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/dialog.py" line="279"/>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/dialog.py" line="293"/>
        <source>&amp;Install</source>
        <translation>&amp;تثبيت</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/dialog.py" line="294"/>
        <source>Install an OPUS-MT Model</source>
        <translation>تثبيت نموذج OPUS-MT</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/dialog.py" line="300"/>
        <source>Installing the language pack…</source>
        <translation>جارٍ تثبيت حزمة اللغة…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/dialog.py" line="310"/>
        <source>Installing the OPUS-MT model…</source>
        <translation>جارٍ تثبيت نموذج OPUS-MT…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/dialog.py" line="328"/>
        <source>Asking the server for the size of %1…</source>
        <translation>جارٍ سؤال الخادم عن حجم %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/dialog.py" line="334"/>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/dialog.py" line="338"/>
        <source>Download %1 (%2) from %3?</source>
        <translation>تنزيل %1 (%2) من %3؟</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/dialog.py" line="345"/>
        <source>Download an OPUS-MT Model</source>
        <translation>تنزيل نموذج OPUS-MT</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/dialog.py" line="364"/>
        <source>Downloading the OPUS-MT model…</source>
        <translation>جارٍ تنزيل نموذج OPUS-MT…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/dialog.py" line="369"/>
        <source>Remove the model %1? You can install it again later.</source>
        <translation>إزالة النموذج %1؟ يمكنك تثبيته مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/dialog.py" line="372"/>
        <location filename="../../desktop/gui/packs/dialog.py" line="395"/>
        <source>&amp;Remove</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/dialog.py" line="373"/>
        <source>Remove Model</source>
        <translation>إزالة النموذج</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/dialog.py" line="383"/>
        <source>Removing the model…</source>
        <translation>جارٍ إزالة النموذج…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/dialog.py" line="396"/>
        <source>Remove Language Pack</source>
        <translation>إزالة حزمة اللغة</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/dialog.py" line="392"/>
        <source>Remove the %1 language pack? Articles in these languages will no longer be translated until you install it again.</source>
        <translation>هل تريد إزالة حزمة اللغة %1؟ لن تُترجَم المقالات بهاتين اللغتين حتى تثبّتها من جديد.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/dialog.py" line="409"/>
        <source>Removing the language pack…</source>
        <translation>جارٍ إزالة حزمة اللغة…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/dialog.py" line="420"/>
        <source>The language pack was removed.</source>
        <translation>أُزيلت حزمة اللغة.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/dialog.py" line="422"/>
        <source>The model was removed.</source>
        <translation>أُزيل النموذج.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/dialog.py" line="425"/>
        <source>The %1 OPUS-MT model is installed.</source>
        <translation>ثُبّت نموذج OPUS-MT %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/packs/dialog.py" line="431"/>
        <source>The %1 language pack is installed.</source>
        <translation>ثُبّتت حزمة اللغة %1.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../desktop/gui/export/printing.py" line="172"/>
        <source>Print the Original</source>
        <translation>طباعة النص الأصلي</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/export/printing.py" line="180"/>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
</context>
<context>
    <name>SentenceNotes</name>
    <message>
        <location filename="../../desktop/gui/reading/sentence_notes.py" line="13"/>
        <source>Not translated: the model gave back the original text.</source>
        <translation>لم تُترجم: أعاد النموذج النص الأصلي.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reading/sentence_notes.py" line="17"/>
        <source>May be cut short: the translation reached its length limit.</source>
        <translation>قد تكون ناقصة: بلغت الترجمة أقصى طول مسموح به.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reading/sentence_notes.py" line="21"/>
        <source>Too long for the model: translated in parts and joined.</source>
        <translation>أطول مما يحتمله النموذج: تُرجمت على أجزاء ثم جُمعت.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reading/sentence_notes.py" line="24"/>
        <source>The model produced no translation.</source>
        <translation>لم يُنتج النموذج أي ترجمة.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reading/sentence_notes.py" line="38"/>
        <source>Low confidence (%1% per word): check this sentence.</source>
        <translation>ثقة منخفضة (%1٪ لكل كلمة): راجع هذه الجملة.</translation>
    </message>
</context>
<context>
    <name>SentenceView</name>
    <message>
        <location filename="../../desktop/gui/reading/sentence_view.py" line="138"/>
        <source>[no translation]</source>
        <translation>[لا ترجمة]</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reading/sentence_view.py" line="428"/>
        <source>Removed by cleaning</source>
        <translation>حُذف عند التنظيف</translation>
    </message>
</context>
<context>
    <name>StatusProgress</name>
    <message>
        <location filename="../../desktop/gui/reading/status_progress.py" line="29"/>
        <source>Translation progress</source>
        <translation>تقدّم الترجمة</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reading/status_progress.py" line="31"/>
        <source>%v / %m sentences</source>
        <translation>%v / %m جملة</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reading/status_progress.py" line="32"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reading/status_progress.py" line="34"/>
        <source>Cancel the translation</source>
        <translation>إلغاء الترجمة</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reading/status_progress.py" line="35"/>
        <source>Stop translating this article (Esc)</source>
        <translation>إيقاف ترجمة هذه المقالة ⁦(Esc)⁩</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <location filename="../../desktop/gui/reading/summary_panel.py" line="68"/>
        <source>Nashra (recommended)</source>
        <translation>نشرة (موصى بها)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reading/summary_panel.py" line="69"/>
        <source>First sentences</source>
        <translation>الجمل الأولى</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reading/summary_panel.py" line="70"/>
        <source>LexRank</source>
        <translation>LexRank</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reading/summary_panel.py" line="71"/>
        <source>TextRank</source>
        <translation>TextRank</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reading/summary_panel.py" line="72"/>
        <source>Latent semantic analysis</source>
        <translation>التحليل الدلالي الكامن ⁦(LSA)⁩</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reading/summary_panel.py" line="73"/>
        <source>Luhn (frequent words)</source>
        <translation>Luhn (الكلمات الأكثر تكرارًا)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reading/summary_panel.py" line="74"/>
        <source>Edmundson (title and position)</source>
        <translation>Edmundson (العنوان والموضع)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reading/summary_panel.py" line="75"/>
        <source>KL-Sum (word distribution)</source>
        <translation>KL-Sum (توزيع الكلمات)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reading/summary_panel.py" line="76"/>
        <source>SumBasic</source>
        <translation>SumBasic</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reading/summary_panel.py" line="77"/>
        <source>Reduction (graph)</source>
        <translation>Reduction (الاختزال بالرسم البياني)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reading/summary_panel.py" line="125"/>
        <source>Summary method</source>
        <translation>طريقة التلخيص</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reading/summary_panel.py" line="129"/>
        <source>Summary length unit</source>
        <translation>وحدة طول الملخص</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reading/summary_panel.py" line="130"/>
        <source>sentences</source>
        <translation>جمل</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reading/summary_panel.py" line="131"/>
        <source>% of the article</source>
        <translation>٪ من المقالة</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reading/summary_panel.py" line="134"/>
        <source>Number of summary sentences</source>
        <translation>عدد جمل الملخص</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reading/summary_panel.py" line="139"/>
        <source>Share of the article in the summary</source>
        <translation>نسبة المقالة في الملخص</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reading/summary_panel.py" line="150"/>
        <source>&amp;Highlight in article</source>
        <translation>&amp;تمييز في المقالة</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reading/summary_panel.py" line="151"/>
        <source>Highlight the summary in the article</source>
        <translation>تمييز جمل الملخص في المقالة</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reading/summary_panel.py" line="157"/>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reading/summary_panel.py" line="160"/>
        <source>&amp;Method:</source>
        <translation>ال&amp;طريقة:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reading/summary_panel.py" line="162"/>
        <source>&amp;Length:</source>
        <translation>ال&amp;طول:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reading/summary_panel.py" line="239"/>
        <source>Not translated: no language pack for this article</source>
        <translation>لم تُترجم: لا توجد حزمة لغة لهذه المقالة</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reading/summary_panel.py" line="242"/>
        <source>Not translated: no model translates this language</source>
        <translation>لم تُترجم: لا يوجد نموذج يترجم هذه اللغة</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reading/summary_panel.py" line="244"/>
        <source>Translation cancelled</source>
        <translation>أُلغيت الترجمة</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reading/summary_panel.py" line="245"/>
        <source>Translation failed</source>
        <translation>فشلت الترجمة</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reading/summary_panel.py" line="246"/>
        <source>Not translated</source>
        <translation>لم تُترجم</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reading/summary_panel.py" line="272"/>
        <location filename="../../desktop/gui/reading/summary_panel.py" line="342"/>
        <source>Summarizing…</source>
        <translation>جارٍ التلخيص…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reading/summary_panel.py" line="308"/>
        <source>The summary could not be made: %1</source>
        <translation>تعذّر إعداد الملخص: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reading/summary_panel.py" line="321"/>
        <source>%1 %</source>
        <translation>%1٪</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reading/summary_panel.py" line="335"/>
        <source>Open an article to see its summary here.</source>
        <translation>افتح مقالة لترى ملخصها هنا.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reading/summary_panel.py" line="339"/>
        <source>This document has no text to summarize.</source>
        <translation>لا يحتوي هذا المستند على نص لتلخيصه.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reading/summary_panel.py" line="347"/>
        <source>%1 of %2 sentences</source>
        <translation>%1 من %2 جملة</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reading/summary_panel.py" line="248"/>
        <source>Translation pending…</source>
        <translation>الترجمة قيد الانتظار…</translation>
    </message>
</context>
<context>
    <name>TranslationRunner</name>
    <message>
        <location filename="../../desktop/gui/reading/translation_runner.py" line="138"/>
        <source>The translation stopped because of an unexpected error: %1</source>
        <translation>توقفت الترجمة بسبب خطأ غير متوقع: %1</translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <location filename="../../desktop/gui/theme.py" line="156"/>
        <source>Reading Font</source>
        <translation>خط القراءة</translation>
    </message>
</context>
</TS>
