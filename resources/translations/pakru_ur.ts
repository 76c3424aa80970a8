<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur_PK">
    <context>
        <name>ActorCommands</name>
        <message>
            <source>Edit actor “{name}”</source>
            <translation>فریق “{name}” میں ترمیم</translation>
        </message>
        <message>
            <source>Merge “{removed}” into “{kept}”</source>
            <translation>“{removed}” کو “{kept}” میں ضم کرنا</translation>
        </message>
        <message>
            <source>Delete actor “{name}”</source>
            <translation>فریق “{name}” حذف کرنا</translation>
        </message>
    </context>
    <context>
        <name>ActorDialog</name>
        <message>
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>زمرہ</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>تاریخ</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>کردار</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>عنوان</translation>
        </message>
        <message>
            <source>Actor #{id} — {name}</source>
            <translation>فریق #{id} — {name}</translation>
        </message>
        <message>
            <source>The name the actor is listed under</source>
            <translation>وہ نام جس کے تحت فریق فہرست میں درج ہے</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;نام</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;زمرہ</translation>
        </message>
        <message>
            <source>e.g. Pakistan</source>
            <translation>مثلاً پاکستان</translation>
        </message>
        <message>
            <source>&amp;Country</source>
            <translation>&amp;ملک</translation>
        </message>
        <message>
            <source>e.g. Deputy Prime Minister of Pakistan</source>
            <translation>مثلاً نائب وزیر اعظم پاکستان</translation>
        </message>
        <message>
            <source>&amp;Office</source>
            <translation>&amp;عہدہ</translation>
        </message>
        <message>
            <source>Other names in reporting, one per line (Ctrl+Enter saves)</source>
            <translation>خبروں میں آنے والے دوسرے نام، ہر سطر میں ایک (Ctrl+Enter سے محفوظ)</translation>
        </message>
        <message>
            <source>&amp;Aliases</source>
            <translation>مت&amp;بادل نام</translation>
        </message>
        <message>
            <source>&amp;Items ({count})</source>
            <translation>&amp;اندراجات ({count})</translation>
        </message>
        <message>
            <source>The actor's items</source>
            <translation>فریق کے اندراجات</translation>
        </message>
        <message>
            <source>Double-click an item (or press Enter on it) to open it.</source>
            <translation>کسی اندراج کو کھولنے کے لیے اس پر ڈبل کلک کریں (یا Enter دبائیں)۔</translation>
        </message>
        <message>
            <source>This actor takes part in no item yet.</source>
            <translation>یہ فریق ابھی کسی اندراج میں شریک نہیں۔</translation>
        </message>
        <message>
            <source>Discard your changes to this actor?</source>
            <translation>اس فریق میں کی گئی اپنی تبدیلیاں ترک کر دیں؟</translation>
        </message>
    </context>
    <context>
        <name>ActorKind</name>
        <message>
            <source>person</source>
            <translation>فرد</translation>
        </message>
        <message>
            <source>organisation</source>
            <translation>ادارہ</translation>
        </message>
        <message>
            <source>state</source>
            <translation>ریاست</translation>
        </message>
    </context>
    <context>
        <name>ActorMergeDialog</name>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n اندراج</numerusform>
                <numerusform>%n اندراجات</numerusform>
            </translation>
        </message>
        <message>
            <source>Also called: {aliases}</source>
            <translation>دوسرے نام: {aliases}</translation>
        </message>
        <message>
            <source>Merge actors — {name}</source>
            <translation>فریق ضم کریں — {name}</translation>
        </message>
        <message numerus="yes">
            <source>Merge a duplicate into &lt;b&gt;{name}&lt;/b&gt; (#{id}, %n item(s)).</source>
            <translation>
                <numerusform>کسی دہرے فریق کو &lt;b&gt;{name}&lt;/b&gt; (#{id}، %n اندراج) میں ضم کریں۔</numerusform>
                <numerusform>کسی دہرے فریق کو &lt;b&gt;{name}&lt;/b&gt; (#{id}، %n اندراجات) میں ضم کریں۔</numerusform>
            </translation>
        </message>
        <message>
            <source>Part of a name, office or country</source>
            <translation>نام، عہدے یا ملک کا کوئی حصہ</translation>
        </message>
        <message>
            <source>&amp;Keep the chosen actor and merge {name} into it instead</source>
            <translation>اس کے بجائے منتخب فریق &amp;برقرار رکھیں اور {name} کو اس میں ضم کریں</translation>
        </message>
        <message>
            <source>&amp;Merge</source>
            <translation>&amp;ضم کریں</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;تلاش:</translation>
        </message>
        <message>
            <source>&amp;Duplicate:</source>
            <translation>&amp;دہرا فریق:</translation>
        </message>
        <message>
            <source>Choose the actor to merge.</source>
            <translation>ضم کرنے کے لیے فریق منتخب کریں۔</translation>
        </message>
        <message>
            <source>Choose the duplicate in the list.</source>
            <translation>فہرست میں سے دہرا فریق منتخب کریں۔</translation>
        </message>
        <message numerus="yes">
            <source>%n are dropped, as {keep} already has those roles in the same item</source>
            <translation>
                <numerusform>%n خارج ہو جائے گی، کیونکہ اسی اندراج میں {keep} کا یہی کردار پہلے سے موجود ہے</numerusform>
                <numerusform>%n خارج ہو جائیں گی، کیونکہ انہی اندراجات میں {keep} کے یہی کردار پہلے سے موجود ہیں</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>• %n participation(s) move to {keep}; {dropped};</source>
            <translation>
                <numerusform>• %n شرکت {keep} کو منتقل ہو جائے گی؛ {dropped}؛</numerusform>
                <numerusform>• %n شرکتیں {keep} کو منتقل ہو جائیں گی؛ {dropped}؛</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>• %n participation(s) move to {keep};</source>
            <translation>
                <numerusform>• %n شرکت {keep} کو منتقل ہو جائے گی؛</numerusform>
                <numerusform>• %n شرکتیں {keep} کو منتقل ہو جائیں گی؛</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;{other}&lt;/b&gt; (#{other_id}, {other_items}) will be merged into &lt;b&gt;{keep}&lt;/b&gt; (#{keep_id}, {keep_items}):</source>
            <translation>&lt;b&gt;{other}&lt;/b&gt; (#{other_id}، {other_items}) کو &lt;b&gt;{keep}&lt;/b&gt; (#{keep_id}، {keep_items}) میں ضم کر دیا جائے گا:</translation>
        </message>
        <message>
            <source>• “{other}” and its aliases become aliases of {keep};</source>
            <translation>• “{other}” اور اس کے متبادل نام {keep} کے متبادل نام بن جائیں گے؛</translation>
        </message>
        <message>
            <source>• “{other}” becomes an alias of {keep};</source>
            <translation>• “{other}” {keep} کا متبادل نام بن جائے گا؛</translation>
        </message>
        <message>
            <source>• {keep} takes the country “{value}”;</source>
            <translation>• {keep} کا ملک “{value}” ہو جائے گا؛</translation>
        </message>
        <message>
            <source>• {keep} takes the office “{value}”;</source>
            <translation>• {keep} کا عہدہ “{value}” ہو جائے گا؛</translation>
        </message>
        <message>
            <source>• actor #{id} is deleted. Edit ▸ Undo (Ctrl+Z) takes the merge back.</source>
            <translation>• فریق #{id} حذف ہو جائے گا۔ ترمیم ◂ کالعدم کریں (Ctrl+Z) سے انضمام واپس ہو جاتا ہے۔</translation>
        </message>
    </context>
    <context>
        <name>ActorsPage</name>
        <message>
            <source>Double-click an actor (or press Enter) to edit it and see its items. New names typed as participants become actors here.</source>
            <translation>کسی فریق میں ترمیم کرنے اور اس کے اندراجات دیکھنے کے لیے اس پر ڈبل کلک کریں (یا Enter دبائیں)۔ شرکا کے طور پر لکھے گئے نئے نام یہاں فریق بن جاتے ہیں۔</translation>
        </message>
        <message>
            <source>Filter actors</source>
            <translation>فریق فلٹر کریں</translation>
        </message>
        <message>
            <source>Ed&amp;it…</source>
            <translation>&amp;ترمیم…</translation>
        </message>
        <message>
            <source>Edit the selected actor and see its items (Enter)</source>
            <translation>منتخب فریق میں ترمیم کریں اور اس کے اندراجات دیکھیں (Enter)</translation>
        </message>
        <message>
            <source>&amp;Merge…</source>
            <translation>&amp;ضم کریں…</translation>
        </message>
        <message>
            <source>Merge a duplicate into the selected actor</source>
            <translation>کسی دہرے فریق کو منتخب فریق میں ضم کریں</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;حذف کریں…</translation>
        </message>
        <message>
            <source>Delete the selected actor if it takes part in no item</source>
            <translation>منتخب فریق حذف کریں، اگر وہ کسی اندراج میں شریک نہ ہو</translation>
        </message>
        <message>
            <source>Delete actor</source>
            <translation>فریق حذف کریں</translation>
        </message>
        <message numerus="yes">
            <source>{name} takes part in %n item(s). Merge it into another actor (Merge…) or remove it from those items first.</source>
            <translation>
                <numerusform>{name} %n اندراج میں شریک ہے۔ پہلے اسے کسی دوسرے فریق میں ضم کریں (ضم کریں…) یا اسے اس اندراج سے ہٹا دیں۔</numerusform>
                <numerusform>{name} %n اندراجات میں شریک ہے۔ پہلے اسے کسی دوسرے فریق میں ضم کریں (ضم کریں…) یا اسے ان اندراجات سے ہٹا دیں۔</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete the actor “{name}”?
You can undo this with Ctrl+Z.</source>
            <translation>فریق “{name}” حذف کر دیں؟
آپ اسے Ctrl+Z سے کالعدم کر سکتے ہیں۔</translation>
        </message>
    </context>
    <context>
        <name>AgreementStatus</name>
        <message>
            <source>under negotiation</source>
            <translation>زیر مذاکرات</translation>
        </message>
        <message>
            <source>signed</source>
            <translation>دستخط شدہ</translation>
        </message>
        <message>
            <source>in force</source>
            <translation>نافذ العمل</translation>
        </message>
        <message>
            <source>suspended</source>
            <translation>معطل</translation>
        </message>
        <message>
            <source>terminated</source>
            <translation>ختم کر دیا گیا</translation>
        </message>
    </context>
    <context>
        <name>ArticleImportDialog</name>
        <message>
            <source>Import article {title}</source>
            <translation>مضمون درآمد کریں: {title}</translation>
        </message>
        <message>
            <source>Import article</source>
            <translation>مضمون درآمد کریں</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;پیچھے</translation>
        </message>
        <message>
            <source>&amp;Read article</source>
            <translation>&amp;مضمون پڑھیں</translation>
        </message>
        <message>
            <source>&amp;Accept</source>
            <translation>&amp;قبول کریں</translation>
        </message>
        <message>
            <source>A .txt file, or a page saved from a browser (.html)</source>
            <translation>ایک ‎.txt فائل، یا براؤزر سے محفوظ کیا گیا صفحہ (‎.html)</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;فائل:</translation>
        </message>
        <message>
            <source>…or paste the article's text here</source>
            <translation>…یا مضمون کا متن یہاں چسپاں کریں</translation>
        </message>
        <message>
            <source>Article text</source>
            <translation>مضمون کا متن</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>تاریخ اشاعت</translation>
        </message>
        <message>
            <source>from the article</source>
            <translation>مضمون سے</translation>
        </message>
        <message>
            <source>from the page or its first sentence</source>
            <translation>صفحے سے یا اس کے پہلے جملے سے</translation>
        </message>
        <message>
            <source>&amp;Or paste:</source>
            <translation>&amp;یا چسپاں کریں:</translation>
        </message>
        <message>
            <source>&amp;Published:</source>
            <translation>&amp;تاریخ اشاعت:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;عنوان:</translation>
        </message>
        <message>
            <source>P&amp;ublisher:</source>
            <translation>&amp;ناشر:</translation>
        </message>
        <message>
            <source>&amp;Web address:</source>
            <translation>&amp;ویب پتا:</translation>
        </message>
        <message>
            <source>The article's date is read from its text when it carries one (a dateline, a “date …” line); give it here when it does not.</source>
            <translation>اگر مضمون کے متن میں تاریخ ہو (ڈیٹ لائن، یا “date …” والی سطر) تو وہیں سے پڑھ لی جاتی ہے؛ نہ ہو تو یہاں درج کریں۔</translation>
        </message>
        <message>
            <source>Articles (*.txt *.html *.htm *.xhtml)</source>
            <translation>مضامین (*.txt *.html *.htm *.xhtml)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>تمام فائلیں (*)</translation>
        </message>
        <message>
            <source>Choose a file or paste the article's text.</source>
            <translation>کوئی فائل منتخب کریں یا مضمون کا متن چسپاں کریں۔</translation>
        </message>
        <message>
            <source>This article is stored already, as source {id}; there is nothing to import.</source>
            <translation>یہ مضمون پہلے ہی ماخذ {id} کے طور پر محفوظ ہے؛ درآمد کرنے کو کچھ نہیں۔</translation>
        </message>
        <message>
            <source>The article names no meeting, agreement, project or commitment that could be proposed.</source>
            <translation>مضمون میں کسی ایسی ملاقات، معاہدے، منصوبے یا وعدے کا ذکر نہیں جسے تجویز کیا جا سکے۔</translation>
        </message>
        <message>
            <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;Published {date} (from {where})</source>
            <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;تاریخ اشاعت {date} (بنیاد: {where})</translation>
        </message>
        <message>
            <source>Article</source>
            <translation>مضمون</translation>
        </message>
        <message>
            <source>Proposals</source>
            <translation>تجاویز</translation>
        </message>
        <message>
            <source>Name (role); Name (role) …</source>
            <translation>نام (کردار); نام (کردار) …</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;زمرہ:</translation>
        </message>
        <message>
            <source>T&amp;itle:</source>
            <translation>&amp;عنوان:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;تاریخ:</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>&amp;حیثیت:</translation>
        </message>
        <message>
            <source>&amp;People:</source>
            <translation>&amp;افراد:</translation>
        </message>
        <message>
            <source>Adds to #{id} “{title}”: {why}.</source>
            <translation>#{id} “{title}” میں اضافہ: {why}۔</translation>
        </message>
        <message>
            <source>Check at least one proposal to accept, or cancel.</source>
            <translation>قبول کرنے کے لیے کم از کم ایک تجویز پر نشان لگائیں، یا منسوخ کریں۔</translation>
        </message>
        <message>
            <source>&amp;Accept {count}</source>
            <translation>{count} &amp;قبول کریں</translation>
        </message>
        <message>
            <source>{name}: actor #{id}</source>
            <translation>{name}: فریق #{id}</translation>
        </message>
        <message>
            <source>{name}: new, {office}</source>
            <translation>{name}: نیا، {office}</translation>
        </message>
        <message>
            <source>{name}: new</source>
            <translation>{name}: نیا</translation>
        </message>
    </context>
    <context>
        <name>ArticleProposalsModel</name>
        <message>
            <source>Adds</source>
            <translation>اضافہ</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>تاریخ</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>حیثیت</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>عنوان</translation>
        </message>
        <message>
            <source>new event</source>
            <translation>نیا واقعہ</translation>
        </message>
        <message>
            <source>new agreement</source>
            <translation>نیا معاہدہ</translation>
        </message>
        <message>
            <source>new project</source>
            <translation>نیا منصوبہ</translation>
        </message>
        <message>
            <source>new commitment</source>
            <translation>نیا وعدہ</translation>
        </message>
        <message>
            <source>add as follow-up to #{id} ({status})</source>
            <translation>#{id} کی پیش رفت کے طور پر شامل کریں ({status})</translation>
        </message>
        <message>
            <source>add as follow-up to #{id}</source>
            <translation>#{id} کی پیش رفت کے طور پر شامل کریں</translation>
        </message>
        <message>
            <source>add as evidence to #{id}</source>
            <translation>#{id} کے ثبوت کے طور پر شامل کریں</translation>
        </message>
    </context>
    <context>
        <name>Background</name>
        <message>
            <source>Unexpected error while reading the list: {error}</source>
            <translation>فہرست پڑھتے ہوئے غیر متوقع خرابی: {error}</translation>
        </message>
        <message>
            <source>Unexpected error while reading the article: {error}</source>
            <translation>مضمون پڑھتے ہوئے غیر متوقع خرابی: {error}</translation>
        </message>
        <message>
            <source>Unexpected error while reading the daily backup: {error}</source>
            <translation>روزانہ بیک اپ پڑھتے ہوئے غیر متوقع خرابی: {error}</translation>
        </message>
        <message>
            <source>Unexpected error while reading {what}: {error}</source>
            <translation>{what} پڑھتے ہوئے غیر متوقع خرابی: {error}</translation>
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <source>Taken</source>
            <translation>وقت</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>سائز</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>اندراجات</translation>
        </message>
        <message>
            <source>File</source>
            <translation>فائل</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>بیک اپ</translation>
        </message>
        <message>
            <source>A backup is made when the app starts if the newest is more than a day old, and before every upgrade or restore; the newest ten are kept beside the database. Restoring one first backs up the current state.</source>
            <translation>ایپ شروع ہوتے وقت بیک اپ بنایا جاتا ہے اگر تازہ ترین بیک اپ ایک دن سے پرانا ہو، اور ہر اپ گریڈ یا بحالی سے پہلے بھی؛ تازہ ترین دس بیک اپ ڈیٹا بیس کے ساتھ رکھے جاتے ہیں۔ کسی بیک اپ کو بحال کرنے سے پہلے موجودہ حالت کا بیک اپ بنایا جاتا ہے۔</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>ابھی بیک اپ ب&amp;نائیں</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation>&amp;بحال کریں…</translation>
        </message>
        <message>
            <source>{size} KB</source>
            <translation>{size} KB</translation>
        </message>
        <message>
            <source>Restore backup</source>
            <translation>بیک اپ بحال کریں</translation>
        </message>
        <message>
            <source>Replace every record with those of the backup of {taken}? The current state is backed up first, so this can be taken back by restoring that backup.</source>
            <translation>تمام ریکارڈ {taken} کے بیک اپ کے ریکارڈ سے بدل دیں؟ پہلے موجودہ حالت کا بیک اپ بنایا جائے گا، لہٰذا اس بیک اپ کو بحال کر کے یہ عمل واپس لیا جا سکتا ہے۔</translation>
        </message>
    </context>
    <context>
        <name>Columns</name>
        <message>
            <source>Status</source>
            <translation>حیثیت</translation>
        </message>
        <message>
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>تاریخ</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>عنوان</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>قسم</translation>
        </message>
        <message>
            <source>Legal nature</source>
            <translation>قانونی نوعیت</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>مقررہ تاریخ</translation>
        </message>
        <message>
            <source>No due date</source>
            <translation>کوئی مقررہ تاریخ نہیں</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>مقام</translation>
        </message>
        <message>
            <source>Sectors</source>
            <translation>شعبے</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>شرکا</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>نام</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>زمرہ</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>ملک</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>تاریخ اشاعت</translation>
        </message>
        <message>
            <source>Publisher</source>
            <translation>ناشر</translation>
        </message>
        <message>
            <source>URL</source>
            <translation>URL</translation>
        </message>
    </context>
    <context>
        <name>CommitmentStatus</name>
        <message>
            <source>not yet rated</source>
            <translation>جانچ باقی</translation>
        </message>
        <message>
            <source>in the works</source>
            <translation>زیر عمل</translation>
        </message>
        <message>
            <source>stalled</source>
            <translation>رکا ہوا</translation>
        </message>
        <message>
            <source>kept</source>
            <translation>پورا ہوا</translation>
        </message>
        <message>
            <source>partly kept</source>
            <translation>جزوی طور پر پورا ہوا</translation>
        </message>
        <message>
            <source>broken</source>
            <translation>توڑ دیا گیا</translation>
        </message>
        <message>
            <source>uncheckable</source>
            <translation>ناقابل تصدیق</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <source>Title</source>
            <translation>عنوان</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>تاریخ</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>قسم</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>خلاصہ</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>مقام</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>مقررہ تاریخ</translation>
        </message>
        <message>
            <source>Sectors</source>
            <translation>شعبے</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>شرکا</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(کوئی نہیں)</translation>
        </message>
        <message>
            <source>{field}: yours “{mine}”, theirs “{theirs}”</source>
            <translation>{field}: آپ کا “{mine}”، دوسری جانب کا “{theirs}”</translation>
        </message>
        <message>
            <source>{field}: yours “{mine}” (they left it)</source>
            <translation>{field}: آپ کا “{mine}” (دوسری جانب سے تبدیل نہیں ہوا)</translation>
        </message>
        <message>
            <source>{field}: changed elsewhere to “{theirs}” (kept either way)</source>
            <translation>{field}: کہیں اور “{theirs}” میں تبدیل ہوا (ہر صورت برقرار رہے گا)</translation>
        </message>
        <message>
            <source>Changed elsewhere</source>
            <translation>کہیں اور تبدیل ہوا</translation>
        </message>
        <message>
            <source>“{title}” was changed elsewhere (version {old} → {new}) while you were editing it.</source>
            <translation>جب آپ “{title}” میں ترمیم کر رہے تھے، اسی دوران اسے کہیں اور تبدیل کر دیا گیا (ورژن {old} ← {new})۔</translation>
        </message>
        <message>
            <source>Keep mine</source>
            <translation>اپنا ورژن رکھیں</translation>
        </message>
        <message>
            <source>Take theirs</source>
            <translation>دوسرا ورژن لیں</translation>
        </message>
        <message>
            <source>Keep editing</source>
            <translation>ترمیم جاری رکھیں</translation>
        </message>
    </context>
    <context>
        <name>DateWords</name>
        <message>
            <source>day</source>
            <translation>دن</translation>
        </message>
        <message>
            <source>month</source>
            <translation>مہینہ</translation>
        </message>
        <message>
            <source>quarter</source>
            <translation>سہ ماہی</translation>
        </message>
        <message>
            <source>year</source>
            <translation>سال</translation>
        </message>
        <message>
            <source>span of days</source>
            <translation>دنوں کا دورانیہ</translation>
        </message>
        <message>
            <source>span of months</source>
            <translation>مہینوں کا دورانیہ</translation>
        </message>
        <message>
            <source>span of quarters</source>
            <translation>سہ ماہیوں کا دورانیہ</translation>
        </message>
        <message>
            <source>span of years</source>
            <translation>سالوں کا دورانیہ</translation>
        </message>
        <message>
            <source>span of {first} to {last}</source>
            <translation>{first} سے {last} تک کا دورانیہ</translation>
        </message>
        <message>
            <source>{date} · {kind}, inferred</source>
            <translation>{date} · {kind}، اندازاً</translation>
        </message>
        <message>
            <source>{date} · {kind}</source>
            <translation>{date} · {kind}</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n دن</numerusform>
                <numerusform>%n دن</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n week(s)</source>
            <translation>
                <numerusform>%n ہفتہ</numerusform>
                <numerusform>%n ہفتے</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n مہینہ</numerusform>
                <numerusform>%n مہینے</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n year(s)</source>
            <translation>
                <numerusform>%n سال</numerusform>
                <numerusform>%n سال</numerusform>
            </translation>
        </message>
        <message>
            <source>{span} unconfirmed</source>
            <translation>{span} سے غیر مصدقہ</translation>
        </message>
        <message>
            <source>{span} overdue</source>
            <translation>{span} کی تاخیر</translation>
        </message>
        <message>
            <source>Scheduled for {date}, {span} ago, and no follow-up says it took place: confirm it, or record it as postponed or cancelled.</source>
            <translation>{date} کے لیے طے تھا، یعنی {span} پہلے، اور کسی پیش رفت سے اس کے منعقد ہونے کا پتا نہیں چلتا: اس کی تصدیق کریں، یا اسے ملتوی یا منسوخ درج کریں۔</translation>
        </message>
        <message>
            <source>Due {date}; still {status} {span} later. Record a follow-up with what became of it.</source>
            <translation>مقررہ تاریخ {date} تھی؛ {span} بعد بھی حیثیت “{status}” ہے۔ اس کا جو بھی انجام ہوا، اس کی پیش رفت درج کریں۔</translation>
        </message>
        <message>
            <source>Due {date} (by {last}); still {status} {span} later. Record a follow-up with what became of it.</source>
            <translation>مقررہ تاریخ {date} ({last} تک) تھی؛ {span} بعد بھی حیثیت “{status}” ہے۔ اس کا جو بھی انجام ہوا، اس کی پیش رفت درج کریں۔</translation>
        </message>
    </context>
    <context>
        <name>DetailCards</name>
        <message>
            <source>Untitled source</source>
            <translation>بے عنوان ماخذ</translation>
        </message>
        <message>
            <source>Supports a follow-up</source>
            <translation>ایک پیش رفت کی تائید کرتا ہے</translation>
        </message>
        <message>
            <source>“{quote}”</source>
            <translation>“{quote}”</translation>
        </message>
        <message>
            <source>Source: {title}</source>
            <translation>ماخذ: {title}</translation>
        </message>
        <message numerus="yes">
            <source>%n quote(s)</source>
            <translation>
                <numerusform>%n اقتباس</numerusform>
                <numerusform>%n اقتباسات</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DetailHeader</name>
        <message>
            <source>#{id} · {kind} · {type}</source>
            <translation>#{id} · {kind} · {type}</translation>
        </message>
        <message>
            <source>#{id} · {kind}</source>
            <translation>#{id} · {kind}</translation>
        </message>
    </context>
    <context>
        <name>DetailPane</name>
        <message>
            <source>Select an event in the list to see and edit it, or add one with Ctrl+N.</source>
            <translation>کسی واقعے کو دیکھنے اور اس میں ترمیم کرنے کے لیے اسے فہرست میں منتخب کریں، یا Ctrl+N سے نیا واقعہ شامل کریں۔</translation>
        </message>
        <message>
            <source>Select an agreement in the list to see and edit it, or add one from the File menu.</source>
            <translation>کسی معاہدے کو دیکھنے اور اس میں ترمیم کرنے کے لیے اسے فہرست میں منتخب کریں، یا فائل مینو سے نیا معاہدہ شامل کریں۔</translation>
        </message>
        <message>
            <source>Select a project in the list to see and edit it, or add one from the File menu.</source>
            <translation>کسی منصوبے کو دیکھنے اور اس میں ترمیم کرنے کے لیے اسے فہرست میں منتخب کریں، یا فائل مینو سے نیا منصوبہ شامل کریں۔</translation>
        </message>
        <message>
            <source>Select a commitment in the list to see and edit it, or add one from the File menu.</source>
            <translation>کسی وعدے کو دیکھنے اور اس میں ترمیم کرنے کے لیے اسے فہرست میں منتخب کریں، یا فائل مینو سے نیا وعدہ شامل کریں۔</translation>
        </message>
        <message>
            <source>{kind} details</source>
            <translation>{kind} کی تفصیلات</translation>
        </message>
        <message>
            <source>Choosing a new status asks when it changed and who reported it; it is recorded as a follow-up.</source>
            <translation>نئی حیثیت منتخب کرنے پر پوچھا جاتا ہے کہ یہ کب بدلی اور کس نے اس کی اطلاع دی؛ یہ پیش رفت کے طور پر درج ہوتی ہے۔</translation>
        </message>
        <message>
            <source>St&amp;atus:</source>
            <translation>&amp;حیثیت:</translation>
        </message>
        <message>
            <source>{quote}

Double-click to read it in its source.</source>
            <translation>{quote}

اسے ماخذ میں پڑھنے کے لیے ڈبل کلک کریں۔</translation>
        </message>
        <message>
            <source>Double-click a quote to read it in its source.</source>
            <translation>کسی اقتباس کو اس کے ماخذ میں پڑھنے کے لیے اس پر ڈبل کلک کریں۔</translation>
        </message>
        <message>
            <source>&amp;Add follow-up…</source>
            <translation>پیش رفت &amp;درج کریں…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>ترمیم…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>حذف کریں</translation>
        </message>
        <message>
            <source>Newest first.</source>
            <translation>تازہ ترین پہلے۔</translation>
        </message>
        <message>
            <source>Add lin&amp;k…</source>
            <translation>ربط شامل &amp;کریں…</translation>
        </message>
        <message>
            <source>Remove link</source>
            <translation>ربط ہٹائیں</translation>
        </message>
        <message>
            <source>Double-click a linked item to open it.</source>
            <translation>کسی مربوط اندراج کو کھولنے کے لیے اس پر ڈبل کلک کریں۔</translation>
        </message>
        <message>
            <source>E&amp;vidence ({count})</source>
            <translation>&amp;ثبوت ({count})</translation>
        </message>
        <message>
            <source>F&amp;ollow-ups ({count})</source>
            <translation>&amp;پیش رفت ({count})</translation>
        </message>
        <message>
            <source>&amp;Links ({count})</source>
            <translation>&amp;روابط ({count})</translation>
        </message>
        <message>
            <source>&amp;History</source>
            <translation>تاریخ&amp;چہ</translation>
        </message>
        <message>
            <source>This item was changed elsewhere while you were editing it; saving will show both versions.</source>
            <translation>آپ کی ترمیم کے دوران یہ اندراج کہیں اور تبدیل کر دیا گیا؛ محفوظ کرنے پر دونوں ورژن دکھائے جائیں گے۔</translation>
        </message>
        <message>
            <source>Not saved: this item was changed elsewhere. Save again to choose which version to keep, or Revert.</source>
            <translation>محفوظ نہیں ہوا: یہ اندراج کہیں اور تبدیل کر دیا گیا ہے۔ کون سا ورژن رکھنا ہے، یہ منتخب کرنے کے لیے دوبارہ محفوظ کریں، یا “واپس لوٹائیں” دبائیں۔</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Pakru Desktop</source>
            <translation>Pakru Desktop</translation>
        </message>
        <message>
            <source>Unexpected error</source>
            <translation>غیر متوقع خرابی</translation>
        </message>
        <message>
            <source>Something went wrong inside Pakru Desktop. Your data was not changed by it.</source>
            <translation>Pakru Desktop کے اندر کوئی خرابی پیش آ گئی۔ اس سے آپ کے ڈیٹا میں کوئی تبدیلی نہیں ہوئی۔</translation>
        </message>
        <message>
            <source>The details below were written to the log. Copy them into a report if it happens again.</source>
            <translation>نیچے دی گئی تفصیلات لاگ میں لکھ دی گئی ہیں۔ اگر یہ دوبارہ ہو تو انہیں کاپی کر کے رپورٹ میں شامل کریں۔</translation>
        </message>
    </context>
    <context>
        <name>EventStatus</name>
        <message>
            <source>scheduled</source>
            <translation>طے شدہ</translation>
        </message>
        <message>
            <source>held</source>
            <translation>منعقد ہوا</translation>
        </message>
        <message>
            <source>postponed</source>
            <translation>ملتوی ہوا</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>منسوخ ہوا</translation>
        </message>
    </context>
    <context>
        <name>EventType</name>
        <message>
            <source>meeting</source>
            <translation>ملاقات</translation>
        </message>
        <message>
            <source>visit</source>
            <translation>دورہ</translation>
        </message>
        <message>
            <source>signing</source>
            <translation>دستخطی تقریب</translation>
        </message>
        <message>
            <source>statement</source>
            <translation>بیان</translation>
        </message>
        <message>
            <source>summit</source>
            <translation>سربراہی اجلاس</translation>
        </message>
        <message>
            <source>call</source>
            <translation>ٹیلی فونک رابطہ</translation>
        </message>
        <message>
            <source>other</source>
            <translation>دیگر</translation>
        </message>
    </context>
    <context>
        <name>EvidenceCommands</name>
        <message>
            <source>Add quote “{quote}”</source>
            <translation>اقتباس “{quote}” شامل کرنا</translation>
        </message>
        <message>
            <source>Remove quote “{quote}”</source>
            <translation>اقتباس “{quote}” ہٹانا</translation>
        </message>
        <message>
            <source>Add source “{title}”</source>
            <translation>ماخذ “{title}” شامل کرنا</translation>
        </message>
        <message>
            <source>Delete source “{title}”</source>
            <translation>ماخذ “{title}” حذف کرنا</translation>
        </message>
        <message>
            <source>Edit source “{title}”</source>
            <translation>ماخذ “{title}” میں ترمیم</translation>
        </message>
        <message>
            <source>Source {id} was changed elsewhere since; this step was not undone.</source>
            <translation>ماخذ {id} اس دوران کہیں اور تبدیل ہو چکا ہے؛ یہ قدم کالعدم نہیں کیا گیا۔</translation>
        </message>
    </context>
    <context>
        <name>EvidenceDialog</name>
        <message>
            <source>Add evidence</source>
            <translation>ثبوت شامل کریں</translation>
        </message>
        <message>
            <source>&amp;Add evidence</source>
            <translation>ثبوت &amp;شامل کریں</translation>
        </message>
        <message>
            <source>Choose a source…</source>
            <translation>ماخذ منتخب کریں…</translation>
        </message>
        <message>
            <source>&amp;Source</source>
            <translation>&amp;ماخذ</translation>
        </message>
        <message>
            <source>The words of the source (Ctrl+Enter adds)</source>
            <translation>ماخذ کے الفاظ (Ctrl+Enter سے شامل)</translation>
        </message>
        <message>
            <source>&amp;Quote</source>
            <translation>&amp;اقتباس</translation>
        </message>
        <message>
            <source>For item:</source>
            <translation>برائے اندراج:</translation>
        </message>
        <message>
            <source>Type words of another item's title to find it</source>
            <translation>کسی دوسرے اندراج کو ڈھونڈنے کے لیے اس کے عنوان کے الفاظ لکھیں</translation>
        </message>
        <message>
            <source>&amp;Find item</source>
            <translation>اندراج &amp;ڈھونڈیں</translation>
        </message>
        <message>
            <source>Items found</source>
            <translation>ملنے والے اندراجات</translation>
        </message>
        <message>
            <source>&amp;Item</source>
            <translation>ان&amp;دراج</translation>
        </message>
        <message>
            <source>Su&amp;pports</source>
            <translation>&amp;تائید</translation>
        </message>
        <message>
            <source>Choose the source the quote comes from.</source>
            <translation>وہ ماخذ منتخب کریں جس سے اقتباس لیا گیا ہے۔</translation>
        </message>
        <message>
            <source>Choose the item this quote supports.</source>
            <translation>وہ اندراج منتخب کریں جس کی یہ اقتباس تائید کرتا ہے۔</translation>
        </message>
        <message>
            <source>Discard this quote?</source>
            <translation>یہ اقتباس ترک کر دیں؟</translation>
        </message>
        <message numerus="yes">
            <source>%Ln character(s) of text</source>
            <translation>
                <numerusform>متن کا %Ln حرف</numerusform>
                <numerusform>متن کے %Ln حروف</numerusform>
            </translation>
        </message>
        <message>
            <source>No text is stored for this source: the quote is kept as typed, without its place in the text.</source>
            <translation>اس ماخذ کا کوئی متن محفوظ نہیں: اقتباس متن میں اپنے مقام کے بغیر، جیسا لکھا گیا ویسا ہی رکھا جائے گا۔</translation>
        </message>
        <message>
            <source>None yet: find it below.</source>
            <translation>ابھی کوئی نہیں: نیچے تلاش کریں۔</translation>
        </message>
        <message>
            <source>Follow-up of {date} [{status}]: {note}</source>
            <translation>{date} کی پیش رفت [{status}]: {note}</translation>
        </message>
        <message>
            <source>Follow-up of {date}: {note}</source>
            <translation>{date} کی پیش رفت: {note}</translation>
        </message>
        <message>
            <source>The event itself</source>
            <translation>خود واقعہ</translation>
        </message>
        <message>
            <source>The agreement itself</source>
            <translation>خود معاہدہ</translation>
        </message>
        <message>
            <source>The project itself</source>
            <translation>خود منصوبہ</translation>
        </message>
        <message>
            <source>The commitment itself</source>
            <translation>خود وعدہ</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message numerus="yes">
            <source>Only the rows in the &amp;current view (%n event(s))</source>
            <translation>
                <numerusform>صرف &amp;موجودہ منظر کی قطاریں (%n واقعہ)</numerusform>
                <numerusform>صرف &amp;موجودہ منظر کی قطاریں (%n واقعات)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Only the rows in the &amp;current view (%n agreement(s))</source>
            <translation>
                <numerusform>صرف &amp;موجودہ منظر کی قطاریں (%n معاہدہ)</numerusform>
                <numerusform>صرف &amp;موجودہ منظر کی قطاریں (%n معاہدے)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Only the rows in the &amp;current view (%n project(s))</source>
            <translation>
                <numerusform>صرف &amp;موجودہ منظر کی قطاریں (%n منصوبہ)</numerusform>
                <numerusform>صرف &amp;موجودہ منظر کی قطاریں (%n منصوبے)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Only the rows in the &amp;current view (%n commitment(s))</source>
            <translation>
                <numerusform>صرف &amp;موجودہ منظر کی قطاریں (%n وعدہ)</numerusform>
                <numerusform>صرف &amp;موجودہ منظر کی قطاریں (%n وعدے)</numerusform>
            </translation>
        </message>
        <message>
            <source>Export CSV</source>
            <translation>CSV برآمد کریں</translation>
        </message>
        <message>
            <source>&amp;Folder:</source>
            <translation>&amp;فولڈر:</translation>
        </message>
        <message>
            <source>&amp;Everything (all tables, one file each)</source>
            <translation>&amp;سب کچھ (تمام جدولیں، ہر ایک کی الگ فائل)</translation>
        </message>
        <message>
            <source>Only the rows in the &amp;current view</source>
            <translation>صرف &amp;موجودہ منظر کی قطاریں</translation>
        </message>
        <message>
            <source>Writes {file} with these rows, and follow_ups.csv, evidence.csv and links.csv restricted to them.</source>
            <translation>{file} میں یہ قطاریں لکھی جاتی ہیں، اور follow_ups.csv، evidence.csv اور links.csv میں صرف انہی سے متعلق ڈیٹا۔</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>قطاریں</translation>
        </message>
        <message>
            <source>For a &amp;spreadsheet app (UTF-8 with BOM)</source>
            <translation>&amp;اسپریڈ شیٹ ایپ کے لیے (UTF-8 مع BOM)</translation>
        </message>
        <message>
            <source>Adds a byte-order mark so Excel reads the accents and dashes.</source>
            <translation>بائٹ آرڈر مارک شامل کرتا ہے تاکہ Excel خاص حروف اور ڈیش درست پڑھ سکے۔</translation>
        </message>
        <message>
            <source>E&amp;xport</source>
            <translation>&amp;برآمد کریں</translation>
        </message>
        <message>
            <source>Export to folder</source>
            <translation>فولڈر میں برآمد کریں</translation>
        </message>
        <message>
            <source>Choose a folder to export to.</source>
            <translation>برآمد کے لیے فولڈر منتخب کریں۔</translation>
        </message>
        <message>
            <source>{folder} is a file, not a folder; choose a folder.</source>
            <translation>{folder} فائل ہے، فولڈر نہیں؛ کوئی فولڈر منتخب کریں۔</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>منسوخ کیا جا رہا ہے…</translation>
        </message>
        <message>
            <source>Starting the export…</source>
            <translation>برآمد شروع ہو رہی ہے…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>منسوخ کریں</translation>
        </message>
        <message>
            <source>Exporting CSV</source>
            <translation>CSV برآمد ہو رہی ہے</translation>
        </message>
        <message numerus="yes">
            <source>Writing {file} ({number} of {total}): %Ln row(s)</source>
            <translation>
                <numerusform>{file} لکھی جا رہی ہے ({total} میں سے {number}): %Ln قطار</numerusform>
                <numerusform>{file} لکھی جا رہی ہے ({total} میں سے {number}): %Ln قطاریں</numerusform>
            </translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>برآمد ناکام ہو گئی</translation>
        </message>
        <message>
            <source>The export was cancelled; no files were written.</source>
            <translation>برآمد منسوخ کر دی گئی؛ کوئی فائل نہیں لکھی گئی۔</translation>
        </message>
        <message>
            <source>Replace files?</source>
            <translation>فائلیں بدل دیں؟</translation>
        </message>
        <message numerus="yes">
            <source>{folder} already holds %n of these CSV file(s). Replace them?</source>
            <translation>
                <numerusform>{folder} میں ان میں سے %n CSV فائل پہلے سے موجود ہے۔ اسے بدل دیں؟</numerusform>
                <numerusform>{folder} میں ان میں سے %n CSV فائلیں پہلے سے موجود ہیں۔ انہیں بدل دیں؟</numerusform>
            </translation>
        </message>
        <message>
            <source>Export finished</source>
            <translation>برآمد مکمل ہو گئی</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n file(s) to {folder}</source>
            <translation>
                <numerusform>%n فائل {folder} میں برآمد کر دی گئی</numerusform>
                <numerusform>%n فائلیں {folder} میں برآمد کر دی گئیں</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Open folder</source>
            <translation>فولڈر &amp;کھولیں</translation>
        </message>
    </context>
    <context>
        <name>ExportWorker</name>
        <message>
            <source>Unexpected error: {error}</source>
            <translation>غیر متوقع خرابی: {error}</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>Filter (Ctrl+F)</source>
            <translation>فلٹر (Ctrl+F)</translation>
        </message>
        <message>
            <source>Matches title, summary, location and participants' names</source>
            <translation>عنوان، خلاصے، مقام اور شرکا کے ناموں میں تلاش کرتا ہے</translation>
        </message>
        <message>
            <source>Filter</source>
            <translation>فلٹر</translation>
        </message>
        <message>
            <source>Status filter</source>
            <translation>حیثیت کا فلٹر</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>ہر حیثیت</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>زائد المیعاد</translation>
        </message>
        <message>
            <source>Past its due date and still open</source>
            <translation>مقررہ تاریخ گزر چکی ہے اور ابھی تک کھلا ہے</translation>
        </message>
        <message>
            <source>Still scheduled, though its date has passed</source>
            <translation>تاریخ گزر جانے کے باوجود ابھی تک طے شدہ ہے</translation>
        </message>
        <message>
            <source>Sector filter</source>
            <translation>شعبے کا فلٹر</translation>
        </message>
        <message>
            <source>Any sector</source>
            <translation>ہر شعبہ</translation>
        </message>
        <message>
            <source>from, e.g. 2024</source>
            <translation>از، مثلاً 2024</translation>
        </message>
        <message>
            <source>From date</source>
            <translation>تاریخ از</translation>
        </message>
        <message>
            <source>to, e.g. Q3 2025</source>
            <translation>تا، مثلاً Q3 2025</translation>
        </message>
        <message>
            <source>To date</source>
            <translation>تاریخ تا</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>صاف کریں</translation>
        </message>
        <message>
            <source>Show every record of this list</source>
            <translation>اس فہرست کا ہر ریکارڈ دکھائیں</translation>
        </message>
        <message>
            <source>Dat&amp;es:</source>
            <translation>&amp;تاریخیں:</translation>
        </message>
    </context>
    <context>
        <name>FollowUpDialog</name>
        <message>
            <source>Edit follow-up</source>
            <translation>پیش رفت میں ترمیم</translation>
        </message>
        <message>
            <source>Change status to {status}</source>
            <translation>حیثیت کی تبدیلی: {status}</translation>
        </message>
        <message>
            <source>Add follow-up</source>
            <translation>پیش رفت درج کریں</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;تاریخ</translation>
        </message>
        <message>
            <source>What happened (Ctrl+Enter saves)</source>
            <translation>کیا ہوا (Ctrl+Enter سے محفوظ)</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;نوٹ</translation>
        </message>
        <message>
            <source>No change</source>
            <translation>کوئی تبدیلی نہیں</translation>
        </message>
        <message>
            <source>now: {status}</source>
            <translation>اس وقت: {status}</translation>
        </message>
        <message>
            <source>St&amp;atus</source>
            <translation>&amp;حیثیت</translation>
        </message>
        <message>
            <source>(no source)</source>
            <translation>(کوئی ماخذ نہیں)</translation>
        </message>
        <message>
            <source>Sou&amp;rce</source>
            <translation>&amp;ماخذ</translation>
        </message>
        <message>
            <source>or the address of a report not yet recorded</source>
            <translation>یا کسی ایسی رپورٹ کا پتا جو ابھی درج نہیں</translation>
        </message>
        <message>
            <source>Source &amp;URL</source>
            <translation>ماخذ کا &amp;URL</translation>
        </message>
        <message>
            <source>The exact words of the source (optional)</source>
            <translation>ماخذ کے ہو بہو الفاظ (اختیاری)</translation>
        </message>
        <message>
            <source>&amp;Quote</source>
            <translation>&amp;اقتباس</translation>
        </message>
        <message>
            <source>Choose a recorded source or give a new URL, not both.</source>
            <translation>یا تو کوئی درج شدہ ماخذ منتخب کریں یا نیا URL دیں، دونوں نہیں۔</translation>
        </message>
        <message>
            <source>Discard this follow-up?</source>
            <translation>یہ پیش رفت ترک کر دیں؟</translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <source>&amp;Save</source>
            <translation>محف&amp;وظ کریں</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>منسوخ کریں</translation>
        </message>
        <message>
            <source>Discard your input?</source>
            <translation>آپ کی درج کردہ معلومات ترک کر دیں؟</translation>
        </message>
        <message>
            <source>Discard input?</source>
            <translation>درج شدہ معلومات ترک کر دیں؟</translation>
        </message>
    </context>
    <context>
        <name>FuzzyDateEdit</name>
        <message>
            <source>today</source>
            <translation>آج</translation>
        </message>
        <message>
            <source>none</source>
            <translation>کوئی نہیں</translation>
        </message>
        <message>
            <source>A day, month, quarter or year; e.g. 2 Sep 2025, Sep 2024, Q1 2026, 2024, Tuesday, last year.</source>
            <translation>کوئی دن، مہینہ، سہ ماہی یا سال؛ مثلاً 2 Sep 2025 یا 2 ستمبر 2025، Sep 2024، Q1 2026، 2024، Tuesday، last year۔</translation>
        </message>
        <message>
            <source>empty → today ({date})</source>
            <translation>خالی ← آج ({date})</translation>
        </message>
        <message>
            <source>no date</source>
            <translation>کوئی تاریخ نہیں</translation>
        </message>
        <message>
            <source>as recorded: {meaning}</source>
            <translation>جیسا درج ہے: {meaning}</translation>
        </message>
        <message>
            <source>{typed} → {meaning}</source>
            <translation>{typed} ← {meaning}</translation>
        </message>
    </context>
    <context>
        <name>GlobalSearch</name>
        <message>
            <source>Item</source>
            <translation>اندراج</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>پیش رفت</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>اقتباس</translation>
        </message>
        <message>
            <source>Actor</source>
            <translation>فریق</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>ماخذ</translation>
        </message>
        <message>
            <source>{what}: {title} — {words}</source>
            <translation>{what}: {title} — {words}</translation>
        </message>
        <message>
            <source>Search everything</source>
            <translation>ہر جگہ تلاش کریں</translation>
        </message>
        <message>
            <source>Search everything  (Ctrl+K)</source>
            <translation>ہر جگہ تلاش کریں  (Ctrl+K)</translation>
        </message>
        <message>
            <source>Search &amp;everything</source>
            <translation>&amp;ہر جگہ تلاش کریں</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Events (events.csv)</source>
            <translation>واقعات (events.csv)</translation>
        </message>
        <message>
            <source>Agreements (agreements.csv)</source>
            <translation>معاہدے (agreements.csv)</translation>
        </message>
        <message>
            <source>Projects (projects.csv)</source>
            <translation>منصوبے (projects.csv)</translation>
        </message>
        <message>
            <source>Commitments (commitments.csv)</source>
            <translation>وعدے (commitments.csv)</translation>
        </message>
        <message>
            <source>Follow-ups (follow_ups.csv)</source>
            <translation>پیش رفت (follow_ups.csv)</translation>
        </message>
        <message>
            <source>Actors (actors.csv)</source>
            <translation>فریق (actors.csv)</translation>
        </message>
        <message>
            <source>Sources (sources.csv)</source>
            <translation>مآخذ (sources.csv)</translation>
        </message>
        <message>
            <source>Evidence (evidence.csv)</source>
            <translation>ثبوت (evidence.csv)</translation>
        </message>
        <message>
            <source>Links (links.csv)</source>
            <translation>روابط (links.csv)</translation>
        </message>
        <message>
            <source>Import CSV</source>
            <translation>CSV درآمد کریں</translation>
        </message>
        <message>
            <source>A CSV file the export wrote, or one edited from it</source>
            <translation>برآمد سے بنی CSV فائل، یا اسی سے ترمیم شدہ فائل</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;فائل:</translation>
        </message>
        <message>
            <source>&amp;Holds:</source>
            <translation>&amp;مشمولات:</translation>
        </message>
        <message>
            <source>Choose a file to check.</source>
            <translation>جانچنے کے لیے فائل منتخب کریں۔</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>قطار</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>کالم</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>مسئلہ</translation>
        </message>
        <message>
            <source>Every row is checked before anything is written, and the database is backed up just before an import. Import sources and actors before the items that name them, and items before their follow-ups, evidence and links.</source>
            <translation>کچھ بھی لکھنے سے پہلے ہر قطار جانچی جاتی ہے، اور درآمد سے عین پہلے ڈیٹا بیس کا بیک اپ بنایا جاتا ہے۔ مآخذ اور فریقوں کو ان اندراجات سے پہلے درآمد کریں جن میں ان کا ذکر ہے، اور اندراجات کو ان کی پیش رفت، ثبوت اور روابط سے پہلے۔</translation>
        </message>
        <message>
            <source>&amp;Check</source>
            <translation>&amp;جانچیں</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;درآمد کریں</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV فائلیں (*.csv)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>تمام فائلیں (*)</translation>
        </message>
        <message>
            <source>Checking {file}…</source>
            <translation>{file} جانچی جا رہی ہے…</translation>
        </message>
        <message>
            <source>Importing {file}…</source>
            <translation>{file} درآمد کی جا رہی ہے…</translation>
        </message>
        <message>
            <source>The file has no rows.</source>
            <translation>فائل میں کوئی قطار نہیں۔</translation>
        </message>
        <message numerus="yes">
            <source>{refused} The first %n are listed. Fix the file and check it again.</source>
            <translation>
                <numerusform>{refused} پہلا %n درج ہے۔ فائل درست کریں اور دوبارہ جانچیں۔</numerusform>
                <numerusform>{refused} پہلے %n درج ہیں۔ فائل درست کریں اور دوبارہ جانچیں۔</numerusform>
            </translation>
        </message>
        <message>
            <source>{refused} Fix the file and check it again.</source>
            <translation>{refused} فائل درست کریں اور دوبارہ جانچیں۔</translation>
        </message>
    </context>
    <context>
        <name>ImportWorker</name>
        <message>
            <source>Unexpected error: {error}</source>
            <translation>غیر متوقع خرابی: {error}</translation>
        </message>
    </context>
    <context>
        <name>ItemDialog</name>
        <message>
            <source>D&amp;ue (in force by)</source>
            <translation>&amp;مقررہ تاریخ (نفاذ تک)</translation>
        </message>
        <message>
            <source>D&amp;ue (target)</source>
            <translation>&amp;مقررہ تاریخ (ہدف)</translation>
        </message>
        <message>
            <source>D&amp;ue</source>
            <translation>&amp;مقررہ تاریخ</translation>
        </message>
        <message>
            <source>New event</source>
            <translation>نیا واقعہ</translation>
        </message>
        <message>
            <source>New agreement</source>
            <translation>نیا معاہدہ</translation>
        </message>
        <message>
            <source>New project</source>
            <translation>نیا منصوبہ</translation>
        </message>
        <message>
            <source>New commitment</source>
            <translation>نیا وعدہ</translation>
        </message>
        <message>
            <source>Discard this new event?</source>
            <translation>یہ نیا واقعہ ترک کر دیں؟</translation>
        </message>
        <message>
            <source>Discard this new agreement?</source>
            <translation>یہ نیا معاہدہ ترک کر دیں؟</translation>
        </message>
        <message>
            <source>Discard this new project?</source>
            <translation>یہ نیا منصوبہ ترک کر دیں؟</translation>
        </message>
        <message>
            <source>Discard this new commitment?</source>
            <translation>یہ نیا وعدہ ترک کر دیں؟</translation>
        </message>
        <message>
            <source>A short name, e.g. Sharif meets Putin in Beijing</source>
            <translation>مختصر نام، مثلاً شریف کی بیجنگ میں پوتن سے ملاقات</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;عنوان</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;تاریخ</translation>
        </message>
        <message>
            <source>Legal &amp;nature</source>
            <translation>قانونی &amp;نوعیت</translation>
        </message>
        <message>
            <source>T&amp;ype</source>
            <translation>&amp;قسم</translation>
        </message>
        <message>
            <source>St&amp;atus</source>
            <translation>&amp;حیثیت</translation>
        </message>
        <message>
            <source>e.g. Beijing, Moscow, Karachi</source>
            <translation>مثلاً بیجنگ، ماسکو، کراچی</translation>
        </message>
        <message>
            <source>where it was made, e.g. Beijing</source>
            <translation>جہاں وعدہ کیا گیا، مثلاً بیجنگ</translation>
        </message>
        <message>
            <source>&amp;Location</source>
            <translation>مق&amp;ام</translation>
        </message>
        <message>
            <source>&amp;Participants</source>
            <translation>&amp;شرکا</translation>
        </message>
        <message>
            <source>Se&amp;ctors</source>
            <translation>شع&amp;بے</translation>
        </message>
        <message>
            <source>What happened, in a few sentences</source>
            <translation>کیا ہوا، چند جملوں میں</translation>
        </message>
        <message>
            <source>Su&amp;mmary</source>
            <translation>&amp;خلاصہ</translation>
        </message>
        <message>
            <source>Source (optional)</source>
            <translation>ماخذ (اختیاری)</translation>
        </message>
        <message>
            <source>https://… the article this comes from</source>
            <translation>https://… وہ مضمون جس سے یہ لیا گیا ہے</translation>
        </message>
        <message>
            <source>Source U&amp;RL</source>
            <translation>ماخذ کا &amp;URL</translation>
        </message>
        <message>
            <source>The exact sentence from the source, word for word</source>
            <translation>ماخذ کا اصل جملہ، لفظ بہ لفظ</translation>
        </message>
        <message>
            <source>&amp;Quote</source>
            <translation>&amp;اقتباس</translation>
        </message>
        <message>
            <source>The title cannot be empty.</source>
            <translation>عنوان خالی نہیں ہو سکتا۔</translation>
        </message>
    </context>
    <context>
        <name>ItemForm</name>
        <message>
            <source>Where the commitment was made (the meeting or statement), not where it is to be carried out.</source>
            <translation>جہاں وعدہ کیا گیا (ملاقات یا بیان کا مقام)، نہ کہ جہاں اس پر عمل ہونا ہے۔</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;عنوان:</translation>
        </message>
        <message>
            <source>Legal &amp;nature:</source>
            <translation>قانونی &amp;نوعیت:</translation>
        </message>
        <message>
            <source>T&amp;ype:</source>
            <translation>&amp;قسم:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;تاریخ:</translation>
        </message>
        <message>
            <source>D&amp;ue:</source>
            <translation>&amp;مقررہ تاریخ:</translation>
        </message>
        <message>
            <source>&amp;Location:</source>
            <translation>مق&amp;ام:</translation>
        </message>
        <message>
            <source>&amp;Participants:</source>
            <translation>&amp;شرکا:</translation>
        </message>
        <message>
            <source>Sect&amp;ors:</source>
            <translation>شع&amp;بے:</translation>
        </message>
        <message>
            <source>Su&amp;mmary:</source>
            <translation>&amp;خلاصہ:</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>محف&amp;وظ کریں</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>واپس لوٹائیں</translation>
        </message>
        <message>
            <source>The date cannot be empty.</source>
            <translation>تاریخ خالی نہیں ہو سکتی۔</translation>
        </message>
    </context>
    <context>
        <name>ItemPage</name>
        <message>
            <source>List of events</source>
            <translation>واقعات کی فہرست</translation>
        </message>
        <message>
            <source>List of agreements</source>
            <translation>معاہدوں کی فہرست</translation>
        </message>
        <message>
            <source>List of projects</source>
            <translation>منصوبوں کی فہرست</translation>
        </message>
        <message>
            <source>List of commitments</source>
            <translation>وعدوں کی فہرست</translation>
        </message>
        <message>
            <source>The list could not be read</source>
            <translation>فہرست پڑھی نہیں جا سکی</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>غیر محفوظ تبدیلیاں</translation>
        </message>
        <message>
            <source>Save your changes to this item before leaving it?</source>
            <translation>اس اندراج سے جانے سے پہلے اپنی تبدیلیاں محفوظ کر لیں؟</translation>
        </message>
    </context>
    <context>
        <name>Kind</name>
        <message>
            <source>Event</source>
            <translation>واقعہ</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>واقعات</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>معاہدہ</translation>
        </message>
        <message>
            <source>Agreements</source>
            <translation>معاہدے</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>منصوبہ</translation>
        </message>
        <message>
            <source>Projects</source>
            <translation>منصوبے</translation>
        </message>
        <message>
            <source>Commitment</source>
            <translation>وعدہ</translation>
        </message>
        <message>
            <source>Commitments</source>
            <translation>وعدے</translation>
        </message>
    </context>
    <context>
        <name>LegalNature</name>
        <message>
            <source>treaty</source>
            <translation>عہد نامہ</translation>
        </message>
        <message>
            <source>agreement</source>
            <translation>معاہدہ</translation>
        </message>
        <message>
            <source>MoU (non-binding)</source>
            <translation>مفاہمتی یادداشت (غیر پابند)</translation>
        </message>
        <message>
            <source>protocol</source>
            <translation>پروٹوکول</translation>
        </message>
        <message>
            <source>contract</source>
            <translation>کنٹریکٹ</translation>
        </message>
        <message>
            <source>joint statement</source>
            <translation>مشترکہ اعلامیہ</translation>
        </message>
    </context>
    <context>
        <name>LinkDialog</name>
        <message>
            <source>This event implements {target}</source>
            <translation>یہ واقعہ {target} پر عمل درآمد ہے</translation>
        </message>
        <message>
            <source>This event fulfils {target}</source>
            <translation>یہ واقعہ {target} کی تکمیل کرتا ہے</translation>
        </message>
        <message>
            <source>This event follows up {target}</source>
            <translation>یہ واقعہ {target} کا تسلسل ہے</translation>
        </message>
        <message>
            <source>This event is part of {target}</source>
            <translation>یہ واقعہ {target} کا جزو ہے</translation>
        </message>
        <message>
            <source>This event mentions {target}</source>
            <translation>یہ واقعہ {target} کا ذکر کرتا ہے</translation>
        </message>
        <message>
            <source>This agreement implements {target}</source>
            <translation>یہ معاہدہ {target} پر عمل درآمد ہے</translation>
        </message>
        <message>
            <source>This agreement fulfils {target}</source>
            <translation>یہ معاہدہ {target} کی تکمیل کرتا ہے</translation>
        </message>
        <message>
            <source>This agreement follows up {target}</source>
            <translation>یہ معاہدہ {target} کا تسلسل ہے</translation>
        </message>
        <message>
            <source>This agreement is part of {target}</source>
            <translation>یہ معاہدہ {target} کا جزو ہے</translation>
        </message>
        <message>
            <source>This agreement mentions {target}</source>
            <translation>یہ معاہدہ {target} کا ذکر کرتا ہے</translation>
        </message>
        <message>
            <source>This project implements {target}</source>
            <translation>یہ منصوبہ {target} پر عمل درآمد ہے</translation>
        </message>
        <message>
            <source>This project fulfils {target}</source>
            <translation>یہ منصوبہ {target} کی تکمیل کرتا ہے</translation>
        </message>
        <message>
            <source>This project follows up {target}</source>
            <translation>یہ منصوبہ {target} کا تسلسل ہے</translation>
        </message>
        <message>
            <source>This project is part of {target}</source>
            <translation>یہ منصوبہ {target} کا جزو ہے</translation>
        </message>
        <message>
            <source>This project mentions {target}</source>
            <translation>یہ منصوبہ {target} کا ذکر کرتا ہے</translation>
        </message>
        <message>
            <source>This commitment implements {target}</source>
            <translation>یہ وعدہ {target} پر عمل درآمد ہے</translation>
        </message>
        <message>
            <source>This commitment fulfils {target}</source>
            <translation>یہ وعدہ {target} کی تکمیل کرتا ہے</translation>
        </message>
        <message>
            <source>This commitment follows up {target}</source>
            <translation>یہ وعدہ {target} کا تسلسل ہے</translation>
        </message>
        <message>
            <source>This commitment is part of {target}</source>
            <translation>یہ وعدہ {target} کا جزو ہے</translation>
        </message>
        <message>
            <source>This commitment mentions {target}</source>
            <translation>یہ وعدہ {target} کا ذکر کرتا ہے</translation>
        </message>
        <message>
            <source>Link #{id} {title}</source>
            <translation>ربط جوڑیں: #{id} {title}</translation>
        </message>
        <message>
            <source>Words in a title, summary, place or participant</source>
            <translation>عنوان، خلاصے، مقام یا شریک کے الفاظ</translation>
        </message>
        <message>
            <source>Optional: why these items are linked</source>
            <translation>اختیاری: یہ اندراجات کیوں مربوط ہیں</translation>
        </message>
        <message>
            <source>&amp;Link</source>
            <translation>ربط &amp;جوڑیں</translation>
        </message>
        <message>
            <source>Link &amp;type:</source>
            <translation>ربط کی &amp;قسم:</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;تلاش:</translation>
        </message>
        <message>
            <source>T&amp;o item:</source>
            <translation>&amp;اندراج جس سے ربط ہو:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;نوٹ:</translation>
        </message>
        <message>
            <source>Choose the item to link to.</source>
            <translation>وہ اندراج منتخب کریں جس سے ربط جوڑنا ہے۔</translation>
        </message>
    </context>
    <context>
        <name>LinkType</name>
        <message>
            <source>implements</source>
            <translation>عمل درآمد</translation>
        </message>
        <message>
            <source>fulfils</source>
            <translation>تکمیل</translation>
        </message>
        <message>
            <source>follows-up</source>
            <translation>تسلسل</translation>
        </message>
        <message>
            <source>part-of</source>
            <translation>جزو</translation>
        </message>
        <message>
            <source>mentions</source>
            <translation>ذکر</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Pakru Desktop</source>
            <translation>Pakru Desktop</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>صفحات</translation>
        </message>
        <message>
            <source>Opening {name}…</source>
            <translation>{name} کھولا جا رہا ہے…</translation>
        </message>
        <message>
            <source>Pakru Desktop — {database}</source>
            <translation>Pakru Desktop — {database}</translation>
        </message>
        <message>
            <source>New &amp;event…</source>
            <translation>نیا &amp;واقعہ…</translation>
        </message>
        <message>
            <source>New &amp;agreement…</source>
            <translation>نیا &amp;معاہدہ…</translation>
        </message>
        <message>
            <source>New &amp;project…</source>
            <translation>نیا من&amp;صوبہ…</translation>
        </message>
        <message>
            <source>New &amp;commitment…</source>
            <translation>نیا و&amp;عدہ…</translation>
        </message>
        <message>
            <source>&amp;New database…</source>
            <translation>&amp;نیا ڈیٹا بیس…</translation>
        </message>
        <message>
            <source>&amp;Open database…</source>
            <translation>ڈیٹا بیس &amp;کھولیں…</translation>
        </message>
        <message>
            <source>&amp;Export CSV…</source>
            <translation>CSV &amp;برآمد کریں…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>با&amp;ہر نکلیں</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;کالعدم کریں</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;دوبارہ کریں</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>تلا&amp;ش کریں</translation>
        </message>
        <message>
            <source>&amp;Delete item…</source>
            <translation>اندراج &amp;حذف کریں…</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;تازہ کریں</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;پیچھے</translation>
        </message>
        <message>
            <source>&amp;Forward</source>
            <translation>&amp;آگے</translation>
        </message>
        <message>
            <source>&amp;About Pakru Desktop</source>
            <translation>&amp;Pakru Desktop کے بارے میں</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;کی بورڈ شارٹ کٹس</translation>
        </message>
        <message>
            <source>&amp;Import CSV…</source>
            <translation>CSV &amp;درآمد کریں…</translation>
        </message>
        <message>
            <source>Import &amp;article…</source>
            <translation>م&amp;ضمون درآمد کریں…</translation>
        </message>
        <message>
            <source>&amp;Backups…</source>
            <translation>بیک &amp;اپ…</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;ترجیحات…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;فائل</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>&amp;حالیہ کھولیں</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;ترمیم</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;منظر</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>م&amp;دد</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>مرکزی ٹول بار</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>کالعدم کریں</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>دوبارہ کریں</translation>
        </message>
        <message>
            <source>Overview as of {date}</source>
            <translation>جائزہ بتاریخ {date}</translation>
        </message>
        <message>
            <source>Reading the list of {kinds}…</source>
            <translation>{kinds} کی فہرست پڑھی جا رہی ہے…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln actor(s)</source>
            <translation>
                <numerusform>%Ln فریق</numerusform>
                <numerusform>%Ln فریق</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln source(s)</source>
            <translation>
                <numerusform>%Ln ماخذ</numerusform>
                <numerusform>%Ln مآخذ</numerusform>
            </translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>جائزہ</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>واقعات</translation>
        </message>
        <message>
            <source>Agreements</source>
            <translation>معاہدے</translation>
        </message>
        <message>
            <source>Projects</source>
            <translation>منصوبے</translation>
        </message>
        <message>
            <source>Commitments</source>
            <translation>وعدے</translation>
        </message>
        <message>
            <source>Actors</source>
            <translation>فریق</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>مآخذ</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>ٹائم لائن</translation>
        </message>
        <message>
            <source>&amp;1 Overview</source>
            <translation>&amp;1 جائزہ</translation>
        </message>
        <message>
            <source>&amp;2 Events</source>
            <translation>&amp;2 واقعات</translation>
        </message>
        <message>
            <source>&amp;3 Agreements</source>
            <translation>&amp;3 معاہدے</translation>
        </message>
        <message>
            <source>&amp;4 Projects</source>
            <translation>&amp;4 منصوبے</translation>
        </message>
        <message>
            <source>&amp;5 Commitments</source>
            <translation>&amp;5 وعدے</translation>
        </message>
        <message>
            <source>&amp;6 Actors</source>
            <translation>&amp;6 فریق</translation>
        </message>
        <message>
            <source>&amp;7 Sources</source>
            <translation>&amp;7 مآخذ</translation>
        </message>
        <message>
            <source>&amp;8 Timeline</source>
            <translation>&amp;8 ٹائم لائن</translation>
        </message>
        <message numerus="yes">
            <source>%Ln event(s) match the filter</source>
            <translation>
                <numerusform>%Ln واقعہ فلٹر سے مطابقت رکھتا ہے</numerusform>
                <numerusform>%Ln واقعات فلٹر سے مطابقت رکھتے ہیں</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln agreement(s) match the filter</source>
            <translation>
                <numerusform>%Ln معاہدہ فلٹر سے مطابقت رکھتا ہے</numerusform>
                <numerusform>%Ln معاہدے فلٹر سے مطابقت رکھتے ہیں</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln project(s) match the filter</source>
            <translation>
                <numerusform>%Ln منصوبہ فلٹر سے مطابقت رکھتا ہے</numerusform>
                <numerusform>%Ln منصوبے فلٹر سے مطابقت رکھتے ہیں</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln commitment(s) match the filter</source>
            <translation>
                <numerusform>%Ln وعدہ فلٹر سے مطابقت رکھتا ہے</numerusform>
                <numerusform>%Ln وعدے فلٹر سے مطابقت رکھتے ہیں</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln event(s)</source>
            <translation>
                <numerusform>%Ln واقعہ</numerusform>
                <numerusform>%Ln واقعات</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln agreement(s)</source>
            <translation>
                <numerusform>%Ln معاہدہ</numerusform>
                <numerusform>%Ln معاہدے</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln project(s)</source>
            <translation>
                <numerusform>%Ln منصوبہ</numerusform>
                <numerusform>%Ln منصوبے</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln commitment(s)</source>
            <translation>
                <numerusform>%Ln وعدہ</numerusform>
                <numerusform>%Ln وعدے</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>'{kind}' is not a kind of item ({known}).</source>
            <translation>'{kind}' اندراجات کا کوئی زمرہ نہیں ({known})۔</translation>
        </message>
        <message>
            <source>'{url}' is not a database URL (e.g. sqlite:///path/pakru.sqlite3).</source>
            <translation>'{url}' ڈیٹا بیس کا URL نہیں (مثلاً sqlite:///path/pakru.sqlite3)۔</translation>
        </message>
        <message>
            <source>A colleague changed the same records at the same moment; nothing was changed. Try again.</source>
            <translation>ایک ساتھی نے اسی وقت یہی ریکارڈ بدل دیے؛ کچھ نہیں بدلا گیا۔ دوبارہ کوشش کریں۔</translation>
        </message>
        <message>
            <source>A copy goes into a database that stays: a file or a server, not memory.</source>
            <translation>نقل ایسے ڈیٹا بیس میں جاتی ہے جو باقی رہے: فائل یا سرور، میموری نہیں۔</translation>
        </message>
        <message>
            <source>A database already exists at {path}; it was left as is.</source>
            <translation>{path} پر پہلے سے ایک ڈیٹا بیس موجود ہے؛ اسے جوں کا توں چھوڑ دیا گیا۔</translation>
        </message>
        <message>
            <source>A date is required.</source>
            <translation>تاریخ درج کرنا ضروری ہے۔</translation>
        </message>
        <message>
            <source>A follow-up needs a note or a new status.</source>
            <translation>پیش رفت کے لیے نوٹ یا نئی حیثیت ضروری ہے۔</translation>
        </message>
        <message>
            <source>A fuzzy date must start on a calendar day, not {start}.</source>
            <translation>غیر قطعی تاریخ کا آغاز کسی کیلنڈر دن سے ہونا چاہیے، {start} سے نہیں۔</translation>
        </message>
        <message>
            <source>A participant has no name.</source>
            <translation>ایک شریک کا نام درج نہیں۔</translation>
        </message>
        <message>
            <source>A quote needs the URL of the source it comes from.</source>
            <translation>اقتباس کے لیے اس ماخذ کا URL ضروری ہے جس سے وہ لیا گیا ہے۔</translation>
        </message>
        <message>
            <source>A quote needs the source it comes from.</source>
            <translation>اقتباس کے لیے وہ ماخذ ضروری ہے جس سے وہ لیا گیا ہے۔</translation>
        </message>
        <message>
            <source>A sector cannot be empty.</source>
            <translation>شعبہ خالی نہیں ہو سکتا۔</translation>
        </message>
        <message>
            <source>A {kind} has no type.</source>
            <translation>{kind} قسموں میں تقسیم نہیں ہوتا۔</translation>
        </message>
        <message>
            <source>Actor {actor_id} already exists; it cannot be restored twice.</source>
            <translation>فریق {actor_id} پہلے سے موجود ہے؛ اسے دو بار بحال نہیں کیا جا سکتا۔</translation>
        </message>
        <message>
            <source>Actor {actor_id} exists again; the merge of {removed} was not undone.</source>
            <translation>فریق {actor_id} دوبارہ موجود ہے؛ {removed} کا انضمام کالعدم نہیں کیا گیا۔</translation>
        </message>
        <message>
            <source>An actor cannot be merged with itself; choose another actor.</source>
            <translation>کسی فریق کو خود اسی میں ضم نہیں کیا جا سکتا؛ کوئی دوسرا فریق منتخب کریں۔</translation>
        </message>
        <message>
            <source>An event has no due date; use its date instead.</source>
            <translation>واقعے کی کوئی مقررہ تاریخ نہیں ہوتی؛ اس کے بجائے اس کی تاریخ استعمال کریں۔</translation>
        </message>
        <message>
            <source>An item cannot be linked to itself.</source>
            <translation>کسی اندراج کا ربط خود اسی سے نہیں جوڑا جا سکتا۔</translation>
        </message>
        <message>
            <source>Another program is creating the database {path}; try again in a moment.</source>
            <translation>کوئی دوسرا پروگرام ڈیٹا بیس {path} بنا رہا ہے؛ تھوڑی دیر بعد دوبارہ کوشش کریں۔</translation>
        </message>
        <message>
            <source>Apr</source>
            <translation>اپریل</translation>
        </message>
        <message>
            <source>Aug</source>
            <translation>اگست</translation>
        </message>
        <message>
            <source>Bad publication date: {error}</source>
            <translation>تاریخ اشاعت درست نہیں: {error}</translation>
        </message>
        <message>
            <source>Bad {what}: {error}</source>
            <translation>{what} درست نہیں: {error}</translation>
        </message>
        <message>
            <source>Cannot back up to {path}: {reason}.</source>
            <translation>{path} میں بیک اپ نہیں بنایا جا سکا: {reason}۔</translation>
        </message>
        <message>
            <source>Cannot back up {path} {why}: {reason}.</source>
            <translation>{path} کا بیک اپ {why} نہیں بنایا جا سکا: {reason}۔</translation>
        </message>
        <message>
            <source>Cannot create a database in {folder}: {reason}.</source>
            <translation>{folder} میں ڈیٹا بیس نہیں بنایا جا سکا: {reason}۔</translation>
        </message>
        <message>
            <source>Cannot create the folder {folder}: {reason}.</source>
            <translation>فولڈر {folder} نہیں بنایا جا سکا: {reason}۔</translation>
        </message>
        <message>
            <source>Cannot keep a copy of {path}: {reason}.</source>
            <translation>{path} کی نقل محفوظ نہیں کی جا سکی: {reason}۔</translation>
        </message>
        <message>
            <source>Cannot read {path}: {reason}.</source>
            <translation>{path} کو پڑھا نہیں جا سکا: {reason}۔</translation>
        </message>
        <message>
            <source>Cannot read {text} as a date because day and month order is ambiguous; write it as year-month-day, e.g. 2025-09-02.</source>
            <translation>{text} کو تاریخ کے طور پر نہیں پڑھا جا سکا کیونکہ دن اور مہینے کی ترتیب واضح نہیں؛ اسے سال-مہینہ-دن کی صورت میں لکھیں، مثلاً 2025-09-02۔</translation>
        </message>
        <message>
            <source>Cannot read {text} as a date: years must be from {min_year} to {max_year}.</source>
            <translation>{text} کو تاریخ کے طور پر نہیں پڑھا جا سکا: سال {min_year} سے {max_year} تک ہونا چاہیے۔</translation>
        </message>
        <message>
            <source>Cannot read {text} as a date: {month} {year} has no day {day}.</source>
            <translation>{text} کو تاریخ کے طور پر نہیں پڑھا جا سکا: {month} {year} میں {day} تاریخ نہیں ہوتی۔</translation>
        </message>
        <message>
            <source>Cannot read {text} as a date; try 2 Sep 2025, Sep 2024, Q1 2026, 2024 or 17–18 Nov 2025.</source>
            <translation>{text} کو تاریخ کے طور پر نہیں پڑھا جا سکا؛ اس طرح لکھ کر دیکھیں: 2 Sep 2025 (یا 2 ستمبر 2025)، Sep 2024، Q1 2026، 2024 یا 17–18 Nov 2025۔</translation>
        </message>
        <message>
            <source>Cannot restore {backup}: {reason}.</source>
            <translation>{backup} کو بحال نہیں کیا جا سکا: {reason}۔</translation>
        </message>
        <message>
            <source>Cannot tell from the name {name} what the file holds; say which kind it is ({choices}).</source>
            <translation>نام {name} سے پتا نہیں چلتا کہ فائل میں کیا ہے؛ بتائیں کہ یہ کس قسم کی فائل ہے ({choices})۔</translation>
        </message>
        <message>
            <source>Cannot use the database URL '{url}': {reason}.</source>
            <translation>ڈیٹا بیس کا URL '{url}' استعمال نہیں کیا جا سکا: {reason}۔</translation>
        </message>
        <message>
            <source>Cannot use {backup} as a backup: {reason}.</source>
            <translation>{backup} کو بیک اپ کے طور پر استعمال نہیں کیا جا سکا: {reason}۔</translation>
        </message>
        <message>
            <source>Cannot write into {folder}: {reason}.</source>
            <translation>{folder} میں لکھا نہیں جا سکا: {reason}۔</translation>
        </message>
        <message>
            <source>Dec</source>
            <translation>دسمبر</translation>
        </message>
        <message>
            <source>Evidence {evidence_id} already exists; it was not added twice.</source>
            <translation>ثبوت {evidence_id} پہلے سے موجود ہے؛ اسے دوبارہ شامل نہیں کیا گیا۔</translation>
        </message>
        <message>
            <source>Evidence {record_id} belongs to item {owner_id}, not item {item_id}; it cannot move to another item (empty its id to add it there as new).</source>
            <translation>ثبوت {record_id} اندراج {owner_id} کا ہے، اندراج {item_id} کا نہیں؛ اسے کسی دوسرے اندراج میں منتقل نہیں کیا جا سکتا (اسے وہاں نئے ثبوت کے طور پر شامل کرنے کے لیے اس کی آئی ڈی خالی کر دیں)۔</translation>
        </message>
        <message>
            <source>Feb</source>
            <translation>فروری</translation>
        </message>
        <message>
            <source>Follow-up {follow_up_id} belongs to item {owner_id}, not to item {item_id}; quote it for that item, or choose one of item {item_id}'s follow-ups.</source>
            <translation>پیش رفت {follow_up_id} اندراج {owner_id} کی ہے، اندراج {item_id} کی نہیں؛ اقتباس اسی اندراج کے لیے لیں، یا اندراج {item_id} کی پیش رفت میں سے کوئی ایک منتخب کریں۔</translation>
        </message>
        <message>
            <source>Follow-up {follow_up_id} is on item {owner_id}, not item {item_id}.</source>
            <translation>پیش رفت {follow_up_id} اندراج {owner_id} کی ہے، اندراج {item_id} کی نہیں۔</translation>
        </message>
        <message>
            <source>Follow-up {follow_up_id} no longer exists; its quote cannot be put back.</source>
            <translation>پیش رفت {follow_up_id} اب موجود نہیں؛ اس کا اقتباس واپس نہیں لایا جا سکتا۔</translation>
        </message>
        <message>
            <source>Follow-up {record_id} belongs to item {owner_id}, not item {item_id}; it cannot move to another item (empty its id to add it there as new).</source>
            <translation>پیش رفت {record_id} اندراج {owner_id} کی ہے، اندراج {item_id} کی نہیں؛ اسے کسی دوسرے اندراج میں منتقل نہیں کیا جا سکتا (اسے وہاں نئی پیش رفت کے طور پر شامل کرنے کے لیے اس کی آئی ڈی خالی کر دیں)۔</translation>
        </message>
        <message>
            <source>Give a count from 1 to {limit}; {count} is out of range.</source>
            <translation>1 سے {limit} تک کوئی تعداد دیں؛ {count} اس حد سے باہر ہے۔</translation>
        </message>
        <message>
            <source>Give either a database file (--db) or a database URL, not both.</source>
            <translation>یا تو ڈیٹا بیس فائل (--db) دیں یا ڈیٹا بیس کا URL، دونوں نہیں۔</translation>
        </message>
        <message>
            <source>Give the quote that this source supports.</source>
            <translation>اس ماخذ سے وہ اقتباس بھی دیں جو اس اندراج کی تائید کرتا ہے۔</translation>
        </message>
        <message>
            <source>Give the source by URL or by id, not both.</source>
            <translation>ماخذ یا تو URL سے بتائیں یا آئی ڈی سے، دونوں سے نہیں۔</translation>
        </message>
        <message>
            <source>Item {from_id} already {link_type} item {to_id} (link {link_id}).</source>
            <translation>ربط {link_id} ({link_type}) پہلے ہی اندراج {from_id} کو اندراج {to_id} سے جوڑتا ہے۔</translation>
        </message>
        <message>
            <source>Item {from_id} already {link_type} item {to_id}.</source>
            <translation>اندراج {from_id} اور اندراج {to_id} کے درمیان ربط ({link_type}) پہلے سے موجود ہے۔</translation>
        </message>
        <message>
            <source>Item {item_id}</source>
            <translation>آئٹم {item_id}</translation>
        </message>
        <message>
            <source>Item {item_id} already exists; it cannot be restored twice.</source>
            <translation>اندراج {item_id} پہلے سے موجود ہے؛ اسے دو بار بحال نہیں کیا جا سکتا۔</translation>
        </message>
        <message>
            <source>Item {item_id} here was created {stored}, not {given}: it is another record. Empty the id cell to add the row as a new item.</source>
            <translation>یہاں اندراج {item_id} {stored} کو بنایا گیا تھا، {given} کو نہیں: یہ کوئی اور ریکارڈ ہے۔ اس قطار کو نئے اندراج کے طور پر شامل کرنے کے لیے id کا خانہ خالی کر دیں۔</translation>
        </message>
        <message>
            <source>Item {item_id} is at version {version}, not {expected}: it was changed elsewhere; it was not deleted.</source>
            <translation>اندراج {item_id} ورژن {version} پر ہے، {expected} پر نہیں: اسے کہیں اور تبدیل کیا گیا ہے؛ اسے حذف نہیں کیا گیا۔</translation>
        </message>
        <message>
            <source>Item {item_id} is {stored}, not {wanted}; import it with its own file ({file}).</source>
            <translation>اندراج {item_id} {stored} ہے، {wanted} نہیں؛ اسے اس کی اپنی فائل ({file}) کے ذریعے درآمد کریں۔</translation>
        </message>
        <message>
            <source>Item {item_id} no longer exists.</source>
            <translation>اندراج {item_id} اب موجود نہیں۔</translation>
        </message>
        <message>
            <source>Item {item_id} no longer exists; its quote cannot be put back.</source>
            <translation>اندراج {item_id} اب موجود نہیں؛ اس کا اقتباس واپس نہیں لایا جا سکتا۔</translation>
        </message>
        <message>
            <source>Item {item_id} was changed after this file was written (it is at version {stored} here, the file has {given}); export it again and redo the change there.</source>
            <translation>یہ فائل لکھے جانے کے بعد اندراج {item_id} تبدیل ہوا ہے (یہاں وہ ورژن {stored} پر ہے، فائل میں ورژن {given} ہے)؛ اسے دوبارہ برآمد کریں اور تبدیلی وہاں دوبارہ کریں۔</translation>
        </message>
        <message>
            <source>Item {item_id} was changed elsewhere meanwhile; nothing was written.</source>
            <translation>اس دوران اندراج {item_id} کہیں اور تبدیل کر دیا گیا؛ کچھ بھی محفوظ نہیں کیا گیا۔</translation>
        </message>
        <message>
            <source>Item {item_id} was changed since the import; nothing was undone.</source>
            <translation>درآمد کے بعد سے اندراج {item_id} تبدیل ہو چکا ہے؛ کچھ بھی کالعدم نہیں کیا گیا۔</translation>
        </message>
        <message>
            <source>Item {item_id} was deleted meanwhile.</source>
            <translation>اس دوران اندراج {item_id} حذف کر دیا گیا۔</translation>
        </message>
        <message>
            <source>Jan</source>
            <translation>جنوری</translation>
        </message>
        <message>
            <source>Jul</source>
            <translation>جولائی</translation>
        </message>
        <message>
            <source>Jun</source>
            <translation>جون</translation>
        </message>
        <message>
            <source>Link {link_id} joins items {from_id} and {to_id}; a link cannot be moved (empty its id to add a new one).</source>
            <translation>ربط {link_id} اندراجات {from_id} اور {to_id} کو جوڑتا ہے؛ ربط منتقل نہیں کیا جا سکتا (نیا ربط شامل کرنے کے لیے اس کی آئی ڈی خالی کر دیں)۔</translation>
        </message>
        <message>
            <source>Mar</source>
            <translation>مارچ</translation>
        </message>
        <message>
            <source>May</source>
            <translation>مئی</translation>
        </message>
        <message>
            <source>Nov</source>
            <translation>نومبر</translation>
        </message>
        <message>
            <source>Oct</source>
            <translation>اکتوبر</translation>
        </message>
        <message>
            <source>Participant {text} has no name; write NAME or NAME:ROLE.</source>
            <translation>شریک {text} کا نام درج نہیں؛ NAME یا NAME:ROLE کی صورت میں لکھیں (نام، یا نام:کردار)۔</translation>
        </message>
        <message>
            <source>PostgreSQL needs its driver: install it with pip install "pakru-desktop[postgres]".</source>
            <translation>PostgreSQL کے لیے اس کا ڈرائیور چاہیے: اسے pip install "pakru-desktop[postgres]" سے انسٹال کریں۔</translation>
        </message>
        <message>
            <source>Roles are a server's; who may read or change a SQLite file is set by its file permissions.</source>
            <translation>رولز صرف سرور پر ہوتے ہیں؛ SQLite فائل کون پڑھ یا بدل سکتا ہے، یہ فائل کی اجازتیں طے کرتی ہیں۔</translation>
        </message>
        <message>
            <source>Sep</source>
            <translation>ستمبر</translation>
        </message>
        <message>
            <source>Source {source_id}</source>
            <translation>ماخذ {source_id}</translation>
        </message>
        <message>
            <source>Source {source_id} (“{title}”) already has this web address; edit that source instead.</source>
            <translation>ماخذ {source_id} (“{title}”) کا ویب پتا پہلے ہی یہی ہے؛ اس کے بجائے اسی ماخذ میں ترمیم کریں۔</translation>
        </message>
        <message>
            <source>Source {source_id} already exists; it was not added twice.</source>
            <translation>ماخذ {source_id} پہلے سے موجود ہے؛ اسے دوبارہ شامل نہیں کیا گیا۔</translation>
        </message>
        <message>
            <source>Source {source_id} already has the ref {ref}.</source>
            <translation>ماخذ {source_id} کا حوالہ (ref) پہلے ہی {ref} ہے۔</translation>
        </message>
        <message>
            <source>Source {source_id} already has the seed id {ref}.</source>
            <translation>ماخذ {source_id} کی ابتدائی شناخت (seed id) پہلے ہی {ref} ہے۔</translation>
        </message>
        <message>
            <source>Source {source_id} is cited by {cited} follow-up; remove it first.</source>
            <translation>{cited} پیش رفت میں ماخذ {source_id} کا حوالہ دیا گیا ہے؛ پہلے اسے ہٹائیں۔</translation>
        </message>
        <message>
            <source>Source {source_id} is cited by {cited} follow-ups; remove them first.</source>
            <translation>{cited} پیش رفتوں میں ماخذ {source_id} کا حوالہ دیا گیا ہے؛ پہلے انہیں ہٹائیں۔</translation>
        </message>
        <message>
            <source>Source {source_id} is quoted by {quoted_by} piece of evidence and cited by {cited} follow-up; remove them first.</source>
            <translation>ماخذ {source_id} سے {quoted_by} ثبوت لیا گیا ہے اور {cited} پیش رفت میں اس کا حوالہ دیا گیا ہے؛ پہلے انہیں ہٹائیں۔</translation>
        </message>
        <message>
            <source>Source {source_id} is quoted by {quoted_by} piece of evidence and cited by {cited} follow-ups; remove them first.</source>
            <translation>ماخذ {source_id} سے {quoted_by} ثبوت لیا گیا ہے اور {cited} پیش رفتوں میں اس کا حوالہ دیا گیا ہے؛ پہلے انہیں ہٹائیں۔</translation>
        </message>
        <message>
            <source>Source {source_id} is quoted by {quoted_by} piece of evidence; remove it first.</source>
            <translation>ماخذ {source_id} سے {quoted_by} ثبوت لیا گیا ہے؛ پہلے اسے ہٹائیں۔</translation>
        </message>
        <message>
            <source>Source {source_id} is quoted by {quoted_by} pieces of evidence and cited by {cited} follow-up; remove them first.</source>
            <translation>ماخذ {source_id} سے {quoted_by} ثبوت لیے گئے ہیں اور {cited} پیش رفت میں اس کا حوالہ دیا گیا ہے؛ پہلے انہیں ہٹائیں۔</translation>
        </message>
        <message>
            <source>Source {source_id} is quoted by {quoted_by} pieces of evidence and cited by {cited} follow-ups; remove them first.</source>
            <translation>ماخذ {source_id} سے {quoted_by} ثبوت لیے گئے ہیں اور {cited} پیش رفتوں میں اس کا حوالہ دیا گیا ہے؛ پہلے انہیں ہٹائیں۔</translation>
        </message>
        <message>
            <source>Source {source_id} is quoted by {quoted_by} pieces of evidence; remove them first.</source>
            <translation>ماخذ {source_id} سے {quoted_by} ثبوت لیے گئے ہیں؛ پہلے انہیں ہٹائیں۔</translation>
        </message>
        <message>
            <source>Source {source_id} no longer exists; its quote cannot be put back.</source>
            <translation>ماخذ {source_id} اب موجود نہیں؛ اس کا اقتباس واپس نہیں لایا جا سکتا۔</translation>
        </message>
        <message>
            <source>That is the database itself, not a backup of it.</source>
            <translation>یہ خود ڈیٹا بیس ہے، اس کا بیک اپ نہیں۔</translation>
        </message>
        <message>
            <source>The article does not say when it was published; give its date (--published 2025-09-02).</source>
            <translation>مضمون میں یہ درج نہیں کہ وہ کب شائع ہوا؛ اس کی تاریخ دیں (--published 2025-09-02)۔</translation>
        </message>
        <message>
            <source>The article has no text.</source>
            <translation>مضمون میں کوئی متن نہیں۔</translation>
        </message>
        <message>
            <source>The backup {backup} is damaged; choose another one.</source>
            <translation>بیک اپ {backup} خراب ہے؛ کوئی دوسرا منتخب کریں۔</translation>
        </message>
        <message>
            <source>The cell holds a character that is not text ({character}); remove it.</source>
            <translation>خانے میں ایک ایسا حرف ہے جو متن کا حصہ نہیں ({character})؛ اسے ہٹا دیں۔</translation>
        </message>
        <message>
            <source>The change conflicts with existing records (a duplicate or a missing reference); nothing was written.</source>
            <translation>یہ تبدیلی موجودہ ریکارڈ سے متصادم ہے (دہرا ریکارڈ، یا کسی غیر موجود ریکارڈ کا حوالہ)؛ کچھ بھی محفوظ نہیں کیا گیا۔</translation>
        </message>
        <message>
            <source>The copy of {table} does not match its source ({copied} rows read back of {rows}); nothing was copied.</source>
            <translation>{table} کی نقل اپنے ماخذ سے میل نہیں کھاتی ({rows} میں سے {copied} قطاریں واپس پڑھی گئیں)؛ کچھ نقل نہیں کیا گیا۔</translation>
        </message>
        <message>
            <source>The database file cannot be opened; check the path and permissions.</source>
            <translation>ڈیٹا بیس فائل کھولی نہیں جا سکی؛ پاتھ اور اجازتیں جانچیں۔</translation>
        </message>
        <message>
            <source>The database file could not be read or written (a disk error); nothing was changed.</source>
            <translation>ڈیٹا بیس فائل پڑھی یا لکھی نہیں جا سکی (ڈسک کی خرابی)؛ کچھ بھی تبدیل نہیں ہوا۔</translation>
        </message>
        <message>
            <source>The database file is damaged; nothing was changed. Restore it from a backup copy.</source>
            <translation>ڈیٹا بیس فائل خراب ہے؛ کچھ بھی تبدیل نہیں ہوا۔ اسے کسی بیک اپ سے بحال کریں۔</translation>
        </message>
        <message>
            <source>The database file {path} cannot be opened: {reason}.</source>
            <translation>ڈیٹا بیس فائل {path} کھولی نہیں جا سکی: {reason}۔</translation>
        </message>
        <message>
            <source>The database file {path} cannot be read: {reason}.</source>
            <translation>ڈیٹا بیس فائل {path} پڑھی نہیں جا سکی: {reason}۔</translation>
        </message>
        <message>
            <source>The database file {path} is damaged or is not a database; it was left untouched.</source>
            <translation>ڈیٹا بیس فائل {path} خراب ہے یا ڈیٹا بیس ہی نہیں؛ اسے چھیڑا نہیں گیا۔</translation>
        </message>
        <message>
            <source>The database is busy with a colleague's change; nothing was changed. Try again in a moment.</source>
            <translation>ڈیٹا بیس ایک ساتھی کی تبدیلی میں مصروف ہے؛ کچھ نہیں بدلا گیا۔ تھوڑی دیر بعد دوبارہ کوشش کریں۔</translation>
        </message>
        <message>
            <source>The database is locked by another program; try again in a moment.</source>
            <translation>ڈیٹا بیس کسی دوسرے پروگرام نے لاک کر رکھا ہے؛ تھوڑی دیر بعد دوبارہ کوشش کریں۔</translation>
        </message>
        <message>
            <source>The database may not be written here (its file or its folder is read-only); nothing was changed.</source>
            <translation>یہاں ڈیٹا بیس میں لکھنے کی اجازت نہیں (اس کی فائل یا فولڈر صرف پڑھنے کے لیے ہے)؛ کچھ بھی تبدیل نہیں ہوا۔</translation>
        </message>
        <message>
            <source>The database may not be written here; check the file's permissions.</source>
            <translation>یہاں ڈیٹا بیس میں لکھنے کی اجازت نہیں؛ فائل کی اجازتیں جانچیں۔</translation>
        </message>
        <message>
            <source>The database server cannot be reached: {reason}.</source>
            <translation>ڈیٹا بیس سرور سے رابطہ نہیں ہو سکا: {reason}۔</translation>
        </message>
        <message>
            <source>The database server has no connection to spare; try again in a moment.</source>
            <translation>ڈیٹا بیس سرور کے پاس کوئی خالی کنکشن نہیں؛ تھوڑی دیر بعد دوبارہ کوشش کریں۔</translation>
        </message>
        <message>
            <source>The database server refused the login: {reason}.</source>
            <translation>ڈیٹا بیس سرور نے لاگ اِن سے انکار کر دیا: {reason}۔</translation>
        </message>
        <message>
            <source>The database server says: {reason}.</source>
            <translation>ڈیٹا بیس سرور کہتا ہے: {reason}۔</translation>
        </message>
        <message>
            <source>The database server took too long and the change was cancelled; nothing was changed.</source>
            <translation>ڈیٹا بیس سرور نے بہت دیر لگائی اور تبدیلی منسوخ کر دی گئی؛ کچھ نہیں بدلا گیا۔</translation>
        </message>
        <message>
            <source>The database server's disk is full, so nothing was written; ask its administrator.</source>
            <translation>ڈیٹا بیس سرور کی ڈسک بھری ہوئی ہے، اس لیے کچھ نہیں لکھا گیا؛ اس کے منتظم سے رابطہ کریں۔</translation>
        </message>
        <message>
            <source>The database {path} is damaged ({verdict}). Restore a backup (File ▸ Backups…, or pakru backups and pakru restore PATH).</source>
            <translation>ڈیٹا بیس {path} خراب ہے ({verdict})۔ کوئی بیک اپ بحال کریں (فائل ◂ بیک اپ…، یا pakru backups اور pakru restore PATH)۔</translation>
        </message>
        <message>
            <source>The database {path} is from an older release and must be upgraded before it can be read, but it may not be written here (the file or its folder is read-only); copy it to a folder you may write to and open the copy.</source>
            <translation>ڈیٹا بیس {path} پرانے ورژن کا ہے اور اسے پڑھنے سے پہلے اپ گریڈ کرنا ضروری ہے، لیکن یہاں اس میں لکھنے کی اجازت نہیں (فائل یا اس کا فولڈر صرف پڑھنے کے لیے ہے)؛ اسے کسی ایسے فولڈر میں کاپی کریں جہاں آپ لکھ سکتے ہوں اور وہ نقل کھولیں۔</translation>
        </message>
        <message>
            <source>The database {path} keeps changing; try again in a moment.</source>
            <translation>ڈیٹا بیس {path} مسلسل تبدیل ہو رہا ہے؛ تھوڑی دیر بعد دوبارہ کوشش کریں۔</translation>
        </message>
        <message>
            <source>The database {path} was never finished (an earlier start was interrupted while creating it); it was left untouched. Move it away and start again to create it.</source>
            <translation>ڈیٹا بیس {path} کبھی مکمل نہیں ہوا (پچھلی بار اسے بناتے ہوئے عمل ادھورا رہ گیا تھا)؛ اسے چھیڑا نہیں گیا۔ اسے کہیں اور منتقل کریں اور نیا ڈیٹا بیس بنانے کے لیے دوبارہ شروع کریں۔</translation>
        </message>
        <message>
            <source>The date cannot be empty.</source>
            <translation>تاریخ خالی نہیں ہو سکتی۔</translation>
        </message>
        <message>
            <source>The disk holding the database is full, so nothing was written; free some space and try again.</source>
            <translation>ڈیٹا بیس والی ڈسک بھر چکی ہے، اس لیے کچھ بھی محفوظ نہیں ہوا؛ کچھ جگہ خالی کریں اور دوبارہ کوشش کریں۔</translation>
        </message>
        <message>
            <source>The end of a date span must be a single date.</source>
            <translation>تاریخوں کے دورانیے کا اختتام ایک ہی تاریخ ہونا چاہیے۔</translation>
        </message>
        <message>
            <source>The end of a span ({end}) cannot come before its start ({start}).</source>
            <translation>دورانیے کا اختتام ({end}) اس کے آغاز ({start}) سے پہلے نہیں ہو سکتا۔</translation>
        </message>
        <message>
            <source>The file is not a database, or it is damaged; it was left untouched.</source>
            <translation>یہ فائل ڈیٹا بیس نہیں، یا خراب ہے؛ اسے چھیڑا نہیں گیا۔</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist; create it or choose another database path.</source>
            <translation>فولڈر {folder} موجود نہیں؛ اسے بنائیں یا ڈیٹا بیس کا کوئی اور پاتھ منتخب کریں۔</translation>
        </message>
        <message>
            <source>The follow-up on {title}</source>
            <translation>{title} کی پیش رفت</translation>
        </message>
        <message>
            <source>The follow-up on {title} was changed elsewhere since; it was not deleted.</source>
            <translation>{title} کی پیش رفت اس دوران کہیں اور تبدیل ہو چکی ہے؛ اسے حذف نہیں کیا گیا۔</translation>
        </message>
        <message>
            <source>The imported article is quoted elsewhere now; nothing was undone.</source>
            <translation>درآمد شدہ مضمون سے اب کہیں اور بھی اقتباس لیا گیا ہے؛ کچھ بھی کالعدم نہیں کیا گیا۔</translation>
        </message>
        <message>
            <source>The imported article was deleted since; nothing was undone.</source>
            <translation>درآمد شدہ مضمون اس دوران حذف ہو چکا ہے؛ کچھ بھی کالعدم نہیں کیا گیا۔</translation>
        </message>
        <message>
            <source>The name cannot be empty.</source>
            <translation>نام خالی نہیں ہو سکتا۔</translation>
        </message>
        <message>
            <source>The new text no longer contains {count} quote taken from this source (evidence {ids}, e.g. {quote}); keep those passages or remove that evidence first.</source>
            <translation>نئے متن میں اس ماخذ سے لیا گیا {count} اقتباس اب موجود نہیں (ثبوت {ids}، مثلاً {quote})؛ وہ عبارت برقرار رکھیں یا پہلے وہ ثبوت ہٹائیں۔</translation>
        </message>
        <message>
            <source>The new text no longer contains {count} quotes taken from this source (evidence {ids}, e.g. {quote}); keep those passages or remove that evidence first.</source>
            <translation>نئے متن میں اس ماخذ سے لیے گئے {count} اقتباسات اب موجود نہیں (ثبوت {ids}، مثلاً {quote})؛ وہ عبارتیں برقرار رکھیں یا پہلے وہ ثبوت ہٹائیں۔</translation>
        </message>
        <message>
            <source>The quote cannot be empty.</source>
            <translation>اقتباس خالی نہیں ہو سکتا۔</translation>
        </message>
        <message>
            <source>The quote is {length} characters; quote at most {limit}, the sentences that say it.</source>
            <translation>اقتباس {length} حروف پر مشتمل ہے؛ زیادہ سے زیادہ {limit} حروف کا اقتباس لیں، یعنی صرف وہ جملے جن میں یہ بات کہی گئی ہے۔</translation>
        </message>
        <message>
            <source>The source URL cannot be empty.</source>
            <translation>ماخذ کا URL خالی نہیں ہو سکتا۔</translation>
        </message>
        <message>
            <source>The source and the target are the same database.</source>
            <translation>ماخذ اور منزل ایک ہی ڈیٹا بیس ہیں۔</translation>
        </message>
        <message>
            <source>The source_id cannot be empty.</source>
            <translation>کالم source_id خالی نہیں ہو سکتا۔</translation>
        </message>
        <message>
            <source>The target {target} already holds records ({table}); a copy goes only into an empty database, and nothing was copied.</source>
            <translation>منزل {target} میں پہلے سے ریکارڈ موجود ہیں ({table})؛ نقل صرف خالی ڈیٹا بیس میں جاتی ہے، اور کچھ نقل نہیں کیا گیا۔</translation>
        </message>
        <message>
            <source>The text holds characters that are not text (a NUL or a broken character); copy it again from the article.</source>
            <translation>متن میں ایسے حروف ہیں جو متن کا حصہ نہیں (NUL یا کوئی بگڑا ہوا حرف)؛ اسے مضمون سے دوبارہ کاپی کریں۔</translation>
        </message>
        <message>
            <source>The text is {length} characters; keep it under {limit} (split a long document into several sources).</source>
            <translation>متن {length} حروف پر مشتمل ہے؛ اسے {limit} حروف سے کم رکھیں (طویل دستاویز کو کئی مآخذ میں تقسیم کریں)۔</translation>
        </message>
        <message>
            <source>The text of source {source_id} changed and no longer holds the quote; it was not put back.</source>
            <translation>ماخذ {source_id} کا متن تبدیل ہو چکا ہے اور اب اس میں یہ اقتباس موجود نہیں؛ اسے واپس نہیں لایا گیا۔</translation>
        </message>
        <message>
            <source>The title cannot be empty.</source>
            <translation>عنوان خالی نہیں ہو سکتا۔</translation>
        </message>
        <message>
            <source>The title is {length} characters; keep it under {limit}.</source>
            <translation>عنوان {length} حروف پر مشتمل ہے؛ اسے {limit} حروف سے کم رکھیں۔</translation>
        </message>
        <message>
            <source>The web address is {length} characters; keep it under {limit}.</source>
            <translation>ویب پتا {length} حروف پر مشتمل ہے؛ اسے {limit} حروف سے کم رکھیں۔</translation>
        </message>
        <message>
            <source>The {column} is empty; a new {what} needs one.</source>
            <translation>کالم {column} خالی ہے؛ {what} نئے ریکارڈ کے طور پر شامل کرنے کے لیے یہ ضروری ہے۔</translation>
        </message>
        <message>
            <source>The {label} holds a character that is not text ({character}); remove it or type the text again.</source>
            <translation>{label} میں ایک ایسا حرف ہے جو متن کا حصہ نہیں ({character})؛ اسے ہٹائیں یا متن دوبارہ لکھیں۔</translation>
        </message>
        <message>
            <source>The {what} cannot be empty.</source>
            <translation>{what} درج کرنا ضروری ہے۔</translation>
        </message>
        <message>
            <source>The {what} is {length} characters; keep it under {limit}.</source>
            <translation>{what} {length} حروف پر مشتمل ہے؛ اسے {limit} حروف سے کم رکھیں۔</translation>
        </message>
        <message>
            <source>There is no Pakru Desktop database at {url} yet; create it with pakru init.</source>
            <translation>{url} پر ابھی کوئی Pakru Desktop ڈیٹا بیس نہیں؛ اسے pakru init سے بنائیں۔</translation>
        </message>
        <message>
            <source>There is no actor with id {actor_id}.</source>
            <translation>آئی ڈی {actor_id} والا کوئی فریق موجود نہیں۔</translation>
        </message>
        <message>
            <source>There is no backup file {backup}.</source>
            <translation>بیک اپ فائل {backup} موجود نہیں۔</translation>
        </message>
        <message>
            <source>There is no database at {path}: its folder does not exist.</source>
            <translation>{path} پر کوئی ڈیٹا بیس نہیں: اس کا فولڈر موجود نہیں۔</translation>
        </message>
        <message>
            <source>There is no database at {path}; it may have been moved or deleted.</source>
            <translation>{path} پر کوئی ڈیٹا بیس نہیں؛ ہو سکتا ہے اسے منتقل یا حذف کر دیا گیا ہو۔</translation>
        </message>
        <message>
            <source>There is no evidence with id {evidence_id}.</source>
            <translation>آئی ڈی {evidence_id} والا کوئی ثبوت موجود نہیں۔</translation>
        </message>
        <message>
            <source>There is no file {path}.</source>
            <translation>فائل {path} موجود نہیں۔</translation>
        </message>
        <message>
            <source>There is no follow-up with id {follow_up_id}.</source>
            <translation>آئی ڈی {follow_up_id} والی کوئی پیش رفت موجود نہیں۔</translation>
        </message>
        <message>
            <source>There is no item with id {item_id}.</source>
            <translation>آئی ڈی {item_id} والا کوئی اندراج موجود نہیں۔</translation>
        </message>
        <message>
            <source>There is no link with id {link_id}.</source>
            <translation>آئی ڈی {link_id} والا کوئی ربط موجود نہیں۔</translation>
        </message>
        <message>
            <source>There is no role {role} on the server; create it first (CREATE ROLE {role} LOGIN).</source>
            <translation>سرور پر {role} نام کا کوئی رول نہیں؛ پہلے اسے بنائیں (CREATE ROLE {role} LOGIN)۔</translation>
        </message>
        <message>
            <source>There is no source with id {source_id}.</source>
            <translation>آئی ڈی {source_id} والا کوئی ماخذ موجود نہیں۔</translation>
        </message>
        <message>
            <source>There is no {what} with id {record_id}.</source>
            <translation>کوئی {what} موجود نہیں جس کی آئی ڈی {record_id} ہو۔</translation>
        </message>
        <message>
            <source>This article is stored already (source {source_id}); nothing was imported.</source>
            <translation>یہ مضمون پہلے سے محفوظ ہے (ماخذ {source_id})؛ کچھ بھی درآمد نہیں کیا گیا۔</translation>
        </message>
        <message>
            <source>This database already holds records; demo data goes only into a new or empty one (pakru init --empty).</source>
            <translation>اس ڈیٹا بیس میں پہلے سے ریکارڈ موجود ہیں؛ نمونے کا ڈیٹا صرف نئے یا خالی ڈیٹا بیس میں ڈالا جا سکتا ہے (pakru init --empty)۔</translation>
        </message>
        <message>
            <source>This database holds tables that are not a Pakru Desktop database; it was left untouched.</source>
            <translation>اس ڈیٹا بیس میں ایسی جدولیں ہیں جو Pakru Desktop کے ڈیٹا بیس کی نہیں؛ اسے چھیڑا نہیں گیا۔</translation>
        </message>
        <message>
            <source>This database was written by a newer release of Pakru Desktop (schema {schema}); update the app to open it. It was left untouched.</source>
            <translation>یہ ڈیٹا بیس Pakru Desktop کے نئے ورژن نے لکھا ہے (اسکیما {schema})؛ اسے کھولنے کے لیے ایپ اپ ڈیٹ کریں۔ اسے چھیڑا نہیں گیا۔</translation>
        </message>
        <message>
            <source>This quote is already evidence for follow-up {follow_up_id} (evidence {evidence_id}).</source>
            <translation>یہ اقتباس پہلے ہی پیش رفت {follow_up_id} کا ثبوت ہے (ثبوت {evidence_id})۔</translation>
        </message>
        <message>
            <source>This quote is already evidence for item {item_id} (evidence {evidence_id}).</source>
            <translation>یہ اقتباس پہلے ہی اندراج {item_id} کا ثبوت ہے (ثبوت {evidence_id})۔</translation>
        </message>
        <message>
            <source>This quote is already evidence {evidence_id} for item {item_id}.</source>
            <translation>یہ اقتباس پہلے ہی اندراج {item_id} کا ثبوت {evidence_id} ہے۔</translation>
        </message>
        <message>
            <source>This record was changed elsewhere since it was opened; reload it and try again.</source>
            <translation>کھولے جانے کے بعد سے یہ ریکارڈ کہیں اور تبدیل ہو چکا ہے؛ اسے دوبارہ لوڈ کریں اور پھر کوشش کریں۔</translation>
        </message>
        <message>
            <source>This server database cannot compare Cyrillic without case (its character type is not UTF-8); create it with createdb -E UTF8 --locale=C.UTF-8 -T template0, then run pakru init again.</source>
            <translation>یہ سرور ڈیٹا بیس سیریلک حروف کو بڑے چھوٹے کے فرق کے بغیر نہیں ملا سکتا (اس کی کریکٹر ٹائپ UTF-8 نہیں)؛ اسے createdb -E UTF8 --locale=C.UTF-8 -T template0 سے بنائیں، پھر pakru init دوبارہ چلائیں۔</translation>
        </message>
        <message>
            <source>Unknown date precision {precision}.</source>
            <translation>تاریخ کی درستی کی نامعلوم سطح: {precision}۔</translation>
        </message>
        <message>
            <source>Unknown export kind {kind}; use one of: {choices}.</source>
            <translation>برآمد کی قسم کے لیے {kind} درست نہیں؛ ان میں سے کوئی ایک استعمال کریں: {choices}۔</translation>
        </message>
        <message>
            <source>Unknown kind {text}; use one of: {names}.</source>
            <translation>زمرے کے لیے {text} درست نہیں؛ ان میں سے کوئی ایک استعمال کریں: {names}۔</translation>
        </message>
        <message>
            <source>Unknown {what} {code}; use one of: {choices}.</source>
            <translation>{what} کے لیے {code} درست نہیں؛ ان میں سے کوئی ایک استعمال کریں: {choices}۔</translation>
        </message>
        <message>
            <source>Upgrading the database would leave {count} rows of {tables} pointing at records that do not exist; it was not upgraded. Its backup is beside it.</source>
            <translation>ڈیٹا بیس اپ گریڈ کرنے سے {tables} کی {count} قطاریں ایسے ریکارڈ کی طرف اشارہ کرتی رہ جاتیں جو موجود نہیں؛ اس لیے اسے اپ گریڈ نہیں کیا گیا۔ اس کا بیک اپ اسی کے ساتھ موجود ہے۔</translation>
        </message>
        <message>
            <source>Year {year} is outside the supported {min_year} to {max_year}.</source>
            <translation>سال {year} قابلِ قبول حد ({min_year} تا {max_year}) سے باہر ہے۔</translation>
        </message>
        <message>
            <source>You may only read this database (your server role may not change it); nothing was changed.</source>
            <translation>آپ یہ ڈیٹا بیس صرف پڑھ سکتے ہیں (سرور پر آپ کا رول اسے بدل نہیں سکتا)؛ کچھ نہیں بدلا گیا۔</translation>
        </message>
        <message>
            <source>a commitment</source>
            <translation>وعدہ</translation>
        </message>
        <message>
            <source>a project</source>
            <translation>منصوبہ</translation>
        </message>
        <message>
            <source>a row between rows {first} and {row} conflicts with records already stored (a duplicate or a missing reference).</source>
            <translation>قطار {first} اور قطار {row} کے درمیان کی کوئی قطار پہلے سے محفوظ ریکارڈ سے متصادم ہے (دہرا ریکارڈ، یا کسی غیر موجود ریکارڈ کا حوالہ)۔</translation>
        </message>
        <message>
            <source>actor kind</source>
            <translation>فریق کی قسم</translation>
        </message>
        <message>
            <source>agreement</source>
            <translation>معاہدہ</translation>
        </message>
        <message>
            <source>agreement status</source>
            <translation>معاہدے کی حیثیت</translation>
        </message>
        <message>
            <source>alias</source>
            <translation>متبادل نام</translation>
        </message>
        <message>
            <source>an agreement</source>
            <translation>معاہدہ</translation>
        </message>
        <message>
            <source>an event</source>
            <translation>واقعہ</translation>
        </message>
        <message>
            <source>before migrating it</source>
            <translation>اپ گریڈ سے پہلے</translation>
        </message>
        <message>
            <source>before restoring</source>
            <translation>بحالی سے پہلے</translation>
        </message>
        <message>
            <source>commitment</source>
            <translation>وعدہ</translation>
        </message>
        <message>
            <source>commitment status</source>
            <translation>وعدے کی حیثیت</translation>
        </message>
        <message>
            <source>commitment type</source>
            <translation>وعدے کی قسم</translation>
        </message>
        <message>
            <source>country</source>
            <translation>ملک</translation>
        </message>
        <message>
            <source>date note</source>
            <translation>تاریخ کا نوٹ</translation>
        </message>
        <message>
            <source>day</source>
            <translation>دن</translation>
        </message>
        <message>
            <source>due date</source>
            <translation>مقررہ تاریخ</translation>
        </message>
        <message>
            <source>event</source>
            <translation>واقعہ</translation>
        </message>
        <message>
            <source>event status</source>
            <translation>واقعے کی حیثیت</translation>
        </message>
        <message>
            <source>event type</source>
            <translation>واقعے کی قسم</translation>
        </message>
        <message>
            <source>follow-up</source>
            <translation>پیش رفت</translation>
        </message>
        <message>
            <source>follow-up id</source>
            <translation>پیش رفت کی آئی ڈی</translation>
        </message>
        <message>
            <source>id</source>
            <translation>آئی ڈی</translation>
        </message>
        <message>
            <source>id {record_id} is also on row {row}; each row must name a different record.</source>
            <translation>آئی ڈی {record_id} قطار {row} میں بھی موجود ہے؛ ہر قطار میں الگ ریکارڈ ہونا چاہیے۔</translation>
        </message>
        <message>
            <source>item</source>
            <translation>اندراج</translation>
        </message>
        <message>
            <source>item id</source>
            <translation>اندراج کی آئی ڈی</translation>
        </message>
        <message>
            <source>language</source>
            <translation>زبان</translation>
        </message>
        <message>
            <source>legal nature</source>
            <translation>قانونی نوعیت</translation>
        </message>
        <message>
            <source>link</source>
            <translation>ربط</translation>
        </message>
        <message>
            <source>link type</source>
            <translation>ربط کی قسم</translation>
        </message>
        <message>
            <source>location</source>
            <translation>مقام</translation>
        </message>
        <message>
            <source>month</source>
            <translation>ماہ</translation>
        </message>
        <message>
            <source>name</source>
            <translation>نام</translation>
        </message>
        <message>
            <source>note</source>
            <translation>نوٹ</translation>
        </message>
        <message>
            <source>now</source>
            <translation>ابھی</translation>
        </message>
        <message>
            <source>office</source>
            <translation>عہدہ</translation>
        </message>
        <message>
            <source>participant's name</source>
            <translation>شریک کا نام</translation>
        </message>
        <message>
            <source>piece of evidence</source>
            <translation>ثبوت</translation>
        </message>
        <message>
            <source>project</source>
            <translation>منصوبہ</translation>
        </message>
        <message>
            <source>project status</source>
            <translation>منصوبے کی حیثیت</translation>
        </message>
        <message>
            <source>project type</source>
            <translation>منصوبے کی قسم</translation>
        </message>
        <message>
            <source>publication date</source>
            <translation>تاریخ اشاعت</translation>
        </message>
        <message>
            <source>publisher</source>
            <translation>ناشر</translation>
        </message>
        <message>
            <source>quarter</source>
            <translation>سہ ماہی</translation>
        </message>
        <message>
            <source>quote</source>
            <translation>اقتباس</translation>
        </message>
        <message>
            <source>ref</source>
            <translation>حوالہ (ref)</translation>
        </message>
        <message>
            <source>role</source>
            <translation>کردار</translation>
        </message>
        <message>
            <source>sector</source>
            <translation>شعبہ</translation>
        </message>
        <message>
            <source>source</source>
            <translation>ماخذ</translation>
        </message>
        <message>
            <source>source id</source>
            <translation>ماخذ کی آئی ڈی</translation>
        </message>
        <message>
            <source>summary</source>
            <translation>خلاصہ</translation>
        </message>
        <message>
            <source>text</source>
            <translation>متن</translation>
        </message>
        <message>
            <source>title</source>
            <translation>عنوان</translation>
        </message>
        <message>
            <source>url</source>
            <translation>URL</translation>
        </message>
        <message>
            <source>year</source>
            <translation>سال</translation>
        </message>
        <message>
            <source>{actor} (actor {actor_id}) was changed elsewhere since; reload it and try again.</source>
            <translation>{actor} (فریق {actor_id}) اس دوران کہیں اور تبدیل ہو چکا ہے؛ اسے دوبارہ لوڈ کریں اور پھر کوشش کریں۔</translation>
        </message>
        <message>
            <source>{actor} takes part in {count} item; merge it into another actor or remove it from those items first.</source>
            <translation>{actor} {count} اندراج میں شریک ہے؛ پہلے اسے کسی دوسرے فریق میں ضم کریں یا اسے اس اندراج سے ہٹا دیں۔</translation>
        </message>
        <message>
            <source>{actor} takes part in {count} items; merge it into another actor or remove it from those items first.</source>
            <translation>{actor} {count} اندراجات میں شریک ہے؛ پہلے اسے کسی دوسرے فریق میں ضم کریں یا اسے ان اندراجات سے ہٹا دیں۔</translation>
        </message>
        <message>
            <source>{column} ({names}) disagrees with the participants with the role {role} ({listed}); change the participants column, which the role columns are taken from.</source>
            <translation>کالم {column} ({names}) کردار {role} والے شرکا ({listed}) سے مطابقت نہیں رکھتا؛ کالم participants تبدیل کریں، کیونکہ کرداروں کے کالم اسی سے لیے جاتے ہیں۔</translation>
        </message>
        <message>
            <source>{column}_end is given but {column} is empty.</source>
            <translation>کالم {column}_end بھرا ہوا ہے لیکن کالم {column} خالی ہے۔</translation>
        </message>
        <message>
            <source>{column}_precision says {given} but {value} is a date of {precision} precision.</source>
            <translation>کالم {column}_precision میں {given} درج ہے، لیکن {value} {precision} کی سطح تک درست تاریخ ہے۔</translation>
        </message>
        <message>
            <source>{first} {rest}</source>
            <translation>{first} {rest}</translation>
        </message>
        <message>
            <source>{folder} is a file, not a folder; choose another database path.</source>
            <translation>{folder} فائل ہے، فولڈر نہیں؛ ڈیٹا بیس کا کوئی اور پاتھ منتخب کریں۔</translation>
        </message>
        <message>
            <source>{kept} or its items changed since {removed} was merged into it; the merge was not undone.</source>
            <translation>{removed} کے انضمام کے بعد سے {kept} یا اس کے اندراجات تبدیل ہو چکے ہیں؛ انضمام کالعدم نہیں کیا گیا۔</translation>
        </message>
        <message>
            <source>{name} cannot be read as CSV near row {row}: {error}.</source>
            <translation>{name} کو قطار {row} کے قریب CSV کے طور پر نہیں پڑھا جا سکا: {error}۔</translation>
        </message>
        <message>
            <source>{name} cannot be read: {reason}.</source>
            <translation>{name} کو پڑھا نہیں جا سکا: {reason}۔</translation>
        </message>
        <message>
            <source>{name} has no readable text in it.</source>
            <translation>{name} میں پڑھنے کے قابل کوئی متن نہیں۔</translation>
        </message>
        <message>
            <source>{name} is a folder; choose a file.</source>
            <translation>{name} ایک فولڈر ہے؛ کوئی فائل منتخب کریں۔</translation>
        </message>
        <message>
            <source>{name} is empty: it has no header row.</source>
            <translation>{name} خالی ہے: اس میں ہیڈر کی قطار نہیں۔</translation>
        </message>
        <message>
            <source>{name} is empty; choose the file with the article.</source>
            <translation>{name} خالی ہے؛ وہ فائل منتخب کریں جس میں مضمون ہے۔</translation>
        </message>
        <message>
            <source>{name} is not UTF-8 text (byte 0x{byte} near row {row}); save it as UTF-8 CSV and try again.</source>
            <translation>{name} UTF-8 متن نہیں (قطار {row} کے قریب بائٹ 0x{byte})؛ اسے UTF-8 CSV کے طور پر محفوظ کریں اور دوبارہ کوشش کریں۔</translation>
        </message>
        <message>
            <source>{name} is not UTF-8 text (byte 0x{byte}); save it as UTF-8 CSV and try again.</source>
            <translation>{name} UTF-8 متن نہیں (بائٹ 0x{byte})؛ اسے UTF-8 CSV کے طور پر محفوظ کریں اور دوبارہ کوشش کریں۔</translation>
        </message>
        <message>
            <source>{name} is not UTF-8 text; save it again as UTF-8 (or as a web page) and load it.</source>
            <translation>{name} UTF-8 متن نہیں؛ اسے دوبارہ UTF-8 میں (یا ویب صفحے کے طور پر) محفوظ کریں اور پھر لوڈ کریں۔</translation>
        </message>
        <message>
            <source>{name} is not a file; choose the file with the article.</source>
            <translation>{name} فائل نہیں؛ وہ فائل منتخب کریں جس میں مضمون ہے۔</translation>
        </message>
        <message>
            <source>{name} is not a text file; save the article as .txt or .html and load that.</source>
            <translation>{name} متنی فائل نہیں؛ مضمون کو ‎.txt یا ‎.html کے طور پر محفوظ کریں اور وہی فائل لوڈ کریں۔</translation>
        </message>
        <message>
            <source>{name} is over {megabytes} MB; an article's text file is far smaller.</source>
            <translation>{name} کا سائز {megabytes} MB سے زیادہ ہے؛ کسی مضمون کی متنی فائل اس سے کہیں چھوٹی ہوتی ہے۔</translation>
        </message>
        <message>
            <source>{name} row {row} has {cells} cells but the header has {columns}; check for a separator inside a cell without quotes.</source>
            <translation>{name} کی قطار {row} میں {cells} خانے ہیں لیکن ہیڈر میں {columns}؛ دیکھیں کہیں کسی خانے میں کوٹیشن مارکس کے بغیر کوئی فاصل (separator) تو نہیں۔</translation>
        </message>
        <message>
            <source>{name}: {total} problem in {rows} row; nothing was imported.</source>
            <translation>{name}: {rows} قطار میں {total} مسئلہ؛ کچھ بھی درآمد نہیں کیا گیا۔</translation>
        </message>
        <message>
            <source>{name}: {total} problem in {rows} rows; nothing was imported.</source>
            <translation>{name}: {rows} قطاروں میں {total} مسئلہ؛ کچھ بھی درآمد نہیں کیا گیا۔</translation>
        </message>
        <message>
            <source>{name}: {total} problem; nothing was imported.</source>
            <translation>{name}: {total} مسئلہ؛ کچھ بھی درآمد نہیں کیا گیا۔</translation>
        </message>
        <message>
            <source>{name}: {total} problems in {rows} row; nothing was imported.</source>
            <translation>{name}: {rows} قطار میں {total} مسائل؛ کچھ بھی درآمد نہیں کیا گیا۔</translation>
        </message>
        <message>
            <source>{name}: {total} problems in {rows} rows; nothing was imported.</source>
            <translation>{name}: {rows} قطاروں میں {total} مسائل؛ کچھ بھی درآمد نہیں کیا گیا۔</translation>
        </message>
        <message>
            <source>{name}: {total} problems; nothing was imported.</source>
            <translation>{name}: {total} مسائل؛ کچھ بھی درآمد نہیں کیا گیا۔</translation>
        </message>
        <message>
            <source>{path} already exists; choose a new file name for the backup.</source>
            <translation>{path} پہلے سے موجود ہے؛ بیک اپ کے لیے فائل کا کوئی نیا نام منتخب کریں۔</translation>
        </message>
        <message>
            <source>{path} is a folder, not a CSV file.</source>
            <translation>{path} فولڈر ہے، CSV فائل نہیں۔</translation>
        </message>
        <message>
            <source>{path} is a folder, not a database file.</source>
            <translation>{path} فولڈر ہے، ڈیٹا بیس فائل نہیں۔</translation>
        </message>
        <message>
            <source>{path} is an empty file, not a database yet.</source>
            <translation>{path} ایک خالی فائل ہے، ابھی ڈیٹا بیس نہیں۔</translation>
        </message>
        <message>
            <source>{path} is not a Pakru Desktop database (it belongs to another program); it was left untouched.</source>
            <translation>{path} Pakru Desktop کا ڈیٹا بیس نہیں (یہ کسی اور پروگرام کا ہے)؛ اسے چھیڑا نہیں گیا۔</translation>
        </message>
        <message>
            <source>{path} is not a file name.</source>
            <translation>{path} فائل کا نام نہیں۔</translation>
        </message>
        <message>
            <source>{path} is not a regular file, so it cannot be a database.</source>
            <translation>{path} عام فائل نہیں، اس لیے یہ ڈیٹا بیس نہیں ہو سکتی۔</translation>
        </message>
        <message>
            <source>{quote} does not appear in source {source_id} ({title}); copy the words from its text.</source>
            <translation>{quote} ماخذ {source_id} ({title}) میں موجود نہیں؛ الفاظ اسی کے متن سے کاپی کریں۔</translation>
        </message>
        <message>
            <source>{quote} does not appear in source {source_id} (“untitled”); copy the words from its text.</source>
            <translation>{quote} ماخذ {source_id} (“بے عنوان”) میں موجود نہیں؛ الفاظ اسی کے متن سے کاپی کریں۔</translation>
        </message>
        <message>
            <source>{start} is not the first day of a {precision}.</source>
            <translation>{start} کسی {precision} کا پہلا دن نہیں۔</translation>
        </message>
        <message>
            <source>{text} is not a real calendar date.</source>
            <translation>{text} کیلنڈر کی کوئی حقیقی تاریخ نہیں۔</translation>
        </message>
        <message>
            <source>{text} is not a stored date such as 2025-09-02 or 2026-Q1.</source>
            <translation>{text} محفوظ شدہ تاریخ کی صورت میں نہیں، جیسے 2025-09-02 یا 2026-Q1۔</translation>
        </message>
        <message>
            <source>{text} is not a {what}: ids are whole numbers from 1 up.</source>
            <translation>{what} کے طور پر {text} درست نہیں: آئی ڈی کے طور پر صرف 1 یا اس سے بڑے پورے اعداد قبول کیے جاتے ہیں۔</translation>
        </message>
        <message>
            <source>{text} is not an {what}: ids are whole numbers from 1 up.</source>
            <translation>{what} کے طور پر {text} درست نہیں: آئی ڈی کے طور پر صرف 1 یا اس سے بڑے پورے اعداد قبول کیے جاتے ہیں۔</translation>
        </message>
        <message>
            <source>{text} is outside the years {min_year} to {max_year}.</source>
            <translation>{text} سال {min_year} تا {max_year} کی حد سے باہر ہے۔</translation>
        </message>
        <message>
            <source>{title} was changed elsewhere since; it was not deleted.</source>
            <translation>{title} اس دوران کہیں اور تبدیل ہو چکا ہے؛ اسے حذف نہیں کیا گیا۔</translation>
        </message>
        <message>
            <source>{tool} could not be run: {reason}.</source>
            <translation>{tool} نہیں چلایا جا سکا: {reason}۔</translation>
        </message>
        <message>
            <source>{tool} is not installed here, so the server database cannot be backed up or restored from this machine; install PostgreSQL's client tools, or back it up on the server (pg_dump --format=custom).</source>
            <translation>{tool} یہاں انسٹال نہیں، اس لیے اس مشین سے سرور ڈیٹا بیس کا بیک اپ نہیں بن سکتا نہ بحال ہو سکتا ہے؛ PostgreSQL کے کلائنٹ ٹولز انسٹال کریں، یا سرور پر بیک اپ بنائیں (pg_dump --format=custom)۔</translation>
        </message>
        <message>
            <source>{tool} refused: {reason}; nothing was changed.</source>
            <translation>{tool} نے انکار کر دیا: {reason}؛ کچھ نہیں بدلا گیا۔</translation>
        </message>
        <message>
            <source>{typed} is already an alias of {actor} (actor {actor_id}); merge the two actors instead.</source>
            <translation>{typed} پہلے ہی {actor} (فریق {actor_id}) کا متبادل نام ہے؛ اس کے بجائے دونوں فریقوں کو ضم کریں۔</translation>
        </message>
        <message>
            <source>{typed} is already name of {actor} (actor {actor_id}); merge the two actors instead.</source>
            <translation>{typed} پہلے ہی {actor} (فریق {actor_id}) کا نام ہے؛ اس کے بجائے دونوں فریقوں کو ضم کریں۔</translation>
        </message>
        <message>
            <source>{typed} is not a language code; use one such as en, ru, ur or en-GB.</source>
            <translation>{typed} زبان کا کوڈ نہیں؛ en، ru، ur یا en-GB جیسا کوئی کوڈ استعمال کریں۔</translation>
        </message>
        <message>
            <source>{url} is not a web address; give one such as https://www.dawn.com/news/….</source>
            <translation>{url} ویب پتا نہیں؛ https://www.dawn.com/news/… جیسا کوئی پتا دیں۔</translation>
        </message>
        <message>
            <source>{user} names no user of this computer, so the path {path} cannot be found; write the folder out in full.</source>
            <translation>اس کمپیوٹر پر {user} نام کا کوئی صارف نہیں، اس لیے پاتھ {path} نہیں مل سکا؛ فولڈر کا پورا پاتھ لکھیں۔</translation>
        </message>
        <message>
            <source>{value} is neither yes nor no.</source>
            <translation>{value} نہ yes ہے نہ no۔</translation>
        </message>
        <message>
            <source>{value} is not a source id.</source>
            <translation>{value} ماخذ کی آئی ڈی نہیں۔</translation>
        </message>
        <message>
            <source>{value} is not a time such as 2025-09-02T10:15:00.</source>
            <translation>{value} 2025-09-02T10:15:00 جیسا وقت نہیں۔</translation>
        </message>
        <message>
            <source>{value} is not a whole number from 0 up.</source>
            <translation>{value} 0 یا اس سے بڑا پورا عدد نہیں۔</translation>
        </message>
        <message>
            <source>{what} was changed by {who} at {at} UTC ({fields}) since it was opened; nothing was written. Reload it and apply your edit again.</source>
            <translation>{what} کو کھولنے کے بعد {who} نے {at} UTC پر بدل دیا ({fields})؛ کچھ نہیں لکھا گیا۔ اسے دوبارہ لوڈ کریں اور اپنی ترمیم پھر سے کریں۔</translation>
        </message>
        <message>
            <source>{what} was changed elsewhere since it was opened; nothing was written. Reload it and apply your edit again.</source>
            <translation>{what} کو کھولنے کے بعد کہیں اور بدل دیا گیا؛ کچھ نہیں لکھا گیا۔ اسے دوبارہ لوڈ کریں اور اپنی ترمیم پھر سے کریں۔</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <source>Unexpected error: {error}</source>
            <translation>غیر متوقع خرابی: {error}</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n دن</numerusform>
                <numerusform>%n دن</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;As of:</source>
            <translation>&amp;بتاریخ:</translation>
        </message>
        <message>
            <source>&amp;Today</source>
            <translation>&amp;آج</translation>
        </message>
        <message>
            <source>Due &amp;soon within</source>
            <translation>قریب المیعاد کی &amp;حد</translation>
        </message>
        <message>
            <source>S&amp;tale after</source>
            <translation>&amp;خاموش شمار ہونے کی مدت</translation>
        </message>
        <message>
            <source>How many days the lists of what is due soon look at; remembered.</source>
            <translation>قریب المیعاد کی فہرستیں کتنے دن آگے تک دیکھیں؛ یہ یاد رکھا جاتا ہے۔</translation>
        </message>
        <message>
            <source>How many days the lists of what is stale look at; remembered.</source>
            <translation>کتنے دن سے کوئی خبر نہ آنے پر اندراج خاموش شمار ہو؛ یہ یاد رکھا جاتا ہے۔</translation>
        </message>
        <message>
            <source>Records by status</source>
            <translation>حیثیت کے لحاظ سے ریکارڈ</translation>
        </message>
        <message>
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>عنوان</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>زمرہ</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>حیثیت</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>مقررہ تاریخ</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>تاخیر</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>زائد المیعاد</translation>
        </message>
        <message>
            <source>Due soon</source>
            <translation>قریب المیعاد</translation>
        </message>
        <message>
            <source>Last heard of</source>
            <translation>آخری خبر</translation>
        </message>
        <message>
            <source>Stale</source>
            <translation>خاموش</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>تاریخ</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>اندراج</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>نوٹ</translation>
        </message>
        <message>
            <source>Latest follow-ups</source>
            <translation>تازہ ترین پیش رفت</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>جائزہ</translation>
        </message>
        <message>
            <source>Updating…</source>
            <translation>تازہ کیا جا رہا ہے…</translation>
        </message>
        <message numerus="yes">
            <source>Due within %n day(s)</source>
            <translation>
                <numerusform>قریب المیعاد: %n دن کے اندر</numerusform>
                <numerusform>قریب المیعاد: %n دن کے اندر</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Stale: nothing heard for %n day(s)</source>
            <translation>
                <numerusform>خاموش: %n دن سے کوئی خبر نہیں</numerusform>
                <numerusform>خاموش: %n دن سے کوئی خبر نہیں</numerusform>
            </translation>
        </message>
        <message>
            <source>{title} ({total})</source>
            <translation>{title} ({total})</translation>
        </message>
        <message>
            <source>{title} ({total}, {shown} shown)</source>
            <translation>{title} ({total}، {shown} دکھائے گئے)</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>ابھی کوئی نہیں</translation>
        </message>
        <message>
            <source>none</source>
            <translation>کوئی نہیں</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsEdit</name>
        <message>
            <source>Name of a person, organisation or state</source>
            <translation>کسی فرد، ادارے یا ریاست کا نام</translation>
        </message>
        <message>
            <source>Participant name</source>
            <translation>شریک کا نام</translation>
        </message>
        <message>
            <source>Participant role</source>
            <translation>شریک کا کردار</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>ہٹائیں</translation>
        </message>
        <message>
            <source>Remove this participant</source>
            <translation>اس شریک کو ہٹائیں</translation>
        </message>
        <message>
            <source>Remove participant</source>
            <translation>شریک ہٹائیں</translation>
        </message>
        <message>
            <source>Add partic&amp;ipant</source>
            <translation>شریک شامل &amp;کریں</translation>
        </message>
        <message>
            <source>Add a row for another participant</source>
            <translation>کسی اور شریک کے لیے قطار شامل کریں</translation>
        </message>
    </context>
    <context>
        <name>PathRow</name>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;براؤز کریں…</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>ترجیحات</translation>
        </message>
        <message>
            <source>As the system has it ({language})</source>
            <translation>سسٹم کے مطابق ({language})</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;زبان</translation>
        </message>
        <message>
            <source>A new language is used from the next start.</source>
            <translation>نئی زبان ایپ کے اگلی بار شروع ہونے پر لاگو ہوگی۔</translation>
        </message>
        <message>
            <source>No font on this computer writes Urdu: install one (on Debian or Ubuntu, fonts-noto-core) for its letters to show.</source>
            <translation>اس کمپیوٹر پر اردو لکھنے والا کوئی فونٹ نہیں: اس کے حروف دکھانے کے لیے کوئی فونٹ انسٹال کریں (Debian یا Ubuntu پر fonts-noto-core)۔</translation>
        </message>
        <message>
            <source>&amp;Colours</source>
            <translation>&amp;رنگ</translation>
        </message>
        <message>
            <source>blank: {user}</source>
            <translation>خالی: {user}</translation>
        </message>
        <message>
            <source>Your &amp;name</source>
            <translation>آپ کا &amp;نام</translation>
        </message>
        <message>
            <source>Every change you make is recorded in each record's history under this name. Left blank, the name you are logged in with is used.</source>
            <translation>آپ کی ہر تبدیلی اسی نام سے ہر ریکارڈ کے تاریخچے میں درج ہوتی ہے۔ خالی چھوڑنے پر وہ نام استعمال ہوگا جس سے آپ لاگ اِن ہیں۔</translation>
        </message>
        <message>
            <source> days</source>
            <translation> دن</translation>
        </message>
        <message>
            <source>&amp;Due soon within</source>
            <translation>قریب المیعاد کی &amp;حد</translation>
        </message>
        <message>
            <source>S&amp;tale after</source>
            <translation>&amp;خاموش شمار ہونے کی مدت</translation>
        </message>
        <message>
            <source>The overview lists what falls due within the first number of days, and open items nothing has been heard of for the second.</source>
            <translation>جائزے میں وہ اندراجات دکھائے جاتے ہیں جن کی مقررہ تاریخ پہلی تعداد کے دنوں کے اندر آتی ہے، اور وہ کھلے اندراجات جن کی دوسری تعداد کے دنوں سے کوئی خبر نہیں آئی۔</translation>
        </message>
        <message>
            <source>&amp;Backups to keep</source>
            <translation>محفوظ رکھے جانے والے &amp;بیک اپ</translation>
        </message>
        <message>
            <source>A backup is made beside the database once a day and before every import or restore; older ones than this many are removed.</source>
            <translation>ڈیٹا بیس کے ساتھ روزانہ ایک بار اور ہر درآمد یا بحالی سے پہلے بیک اپ بنایا جاتا ہے؛ اس تعداد سے زائد پرانے بیک اپ ہٹا دیے جاتے ہیں۔</translation>
        </message>
        <message>
            <source>Discard the changed preferences?</source>
            <translation>تبدیل شدہ ترجیحات ترک کر دیں؟</translation>
        </message>
    </context>
    <context>
        <name>ProjectStatus</name>
        <message>
            <source>proposed</source>
            <translation>مجوزہ</translation>
        </message>
        <message>
            <source>agreed</source>
            <translation>طے پا گیا</translation>
        </message>
        <message>
            <source>under way</source>
            <translation>جاری</translation>
        </message>
        <message>
            <source>completed</source>
            <translation>مکمل ہو گیا</translation>
        </message>
        <message>
            <source>delayed</source>
            <translation>تاخیر کا شکار</translation>
        </message>
        <message>
            <source>suspended</source>
            <translation>معطل</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>منسوخ کر دیا گیا</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>ٹھیک ہے</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>محفوظ کریں</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>سب محفوظ کریں</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>کھولیں</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;ہاں</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>سب کے لیے &amp;ہاں</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;نہیں</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>سب کے لیے &amp;نہیں</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>روک دیں</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>دوبارہ کوشش کریں</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>نظر انداز کریں</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>بند کریں</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>منسوخ کریں</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>محفوظ نہ کریں</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>مدد</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>لاگو کریں</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>ری سیٹ کریں</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>طے شدہ ترتیبات بحال کریں</translation>
        </message>
    </context>
    <context>
        <name>ReadOnlyMode</name>
        <message>
            <source>its file or its folder may not be written</source>
            <translation>اس کی فائل یا فولڈر میں لکھا نہیں جا سکتا</translation>
        </message>
        <message>
            <source>your server role may only read it</source>
            <translation>سرور پر آپ کا رول اسے صرف پڑھ سکتا ہے</translation>
        </message>
        <message>
            <source>This database may only be read here ({reason}); editing is off.</source>
            <translation>یہ ڈیٹا بیس یہاں صرف پڑھا جا سکتا ہے ({reason})؛ ترمیم بند ہے۔</translation>
        </message>
        <message>
            <source>Read-only database</source>
            <translation>صرف پڑھنے کے لیے ڈیٹا بیس</translation>
        </message>
    </context>
    <context>
        <name>RecordPages</name>
        <message>
            <source>List of actors</source>
            <translation>فریقوں کی فہرست</translation>
        </message>
        <message>
            <source>List of sources</source>
            <translation>مآخذ کی فہرست</translation>
        </message>
        <message>
            <source>Filter</source>
            <translation>فلٹر</translation>
        </message>
        <message>
            <source>Filter  (Ctrl+F)</source>
            <translation>فلٹر  (Ctrl+F)</translation>
        </message>
    </context>
    <context>
        <name>ResultWords</name>
        <message numerus="yes">
            <source>{file}: %n row(s) can be imported</source>
            <translation>
                <numerusform>{file}: %n قطار درآمد کی جا سکتی ہے</numerusform>
                <numerusform>{file}: %n قطاریں درآمد کی جا سکتی ہیں</numerusform>
            </translation>
        </message>
        <message>
            <source>{rows}: {added} to add, {updated} to update, {unchanged} unchanged</source>
            <translation>{rows}: شامل کرنے کے لیے {added}، تازہ کرنے کے لیے {updated}، بغیر تبدیلی {unchanged}</translation>
        </message>
        <message>
            <source>{file}: {added} added, {updated} updated, {unchanged} unchanged</source>
            <translation>{file}: {added} شامل، {updated} تازہ، {unchanged} بغیر تبدیلی</translation>
        </message>
        <message numerus="yes">
            <source> (%n new actor(s) to be created from participants)</source>
            <translation>
                <numerusform> (شرکا سے %n نیا فریق بنایا جائے گا)</numerusform>
                <numerusform> (شرکا سے %n نئے فریق بنائے جائیں گے)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> (%n new actor(s) created from participants)</source>
            <translation>
                <numerusform> (شرکا سے %n نیا فریق بنایا گیا)</numerusform>
                <numerusform> (شرکا سے %n نئے فریق بنائے گئے)</numerusform>
            </translation>
        </message>
        <message>
            <source>{summary}; nothing was written (dry run).</source>
            <translation>{summary}؛ کچھ محفوظ نہیں کیا گیا (آزمائشی جانچ)۔</translation>
        </message>
        <message>
            <source>{summary}.</source>
            <translation>{summary}۔</translation>
        </message>
        <message>
            <source>Stored the article as source {source}: {items}, {quotes}, {follow_ups}.</source>
            <translation>مضمون ماخذ {source} کے طور پر محفوظ ہو گیا: {items}، {quotes}، {follow_ups}۔</translation>
        </message>
        <message numerus="yes">
            <source>%n new item(s)</source>
            <translation>
                <numerusform>%n نیا اندراج</numerusform>
                <numerusform>%n نئے اندراجات</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n quote(s)</source>
            <translation>
                <numerusform>%n اقتباس</numerusform>
                <numerusform>%n اقتباسات</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n follow-up(s)</source>
            <translation>
                <numerusform>%n پیش رفت</numerusform>
                <numerusform>%n پیش رفتیں</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Role</name>
        <message>
            <source>participant</source>
            <translation>شریک</translation>
        </message>
        <message>
            <source>host</source>
            <translation>میزبان</translation>
        </message>
        <message>
            <source>guest</source>
            <translation>مہمان</translation>
        </message>
        <message>
            <source>signatory</source>
            <translation>دستخط کنندہ</translation>
        </message>
        <message>
            <source>committed-by</source>
            <translation>وعدہ کرنے والا</translation>
        </message>
        <message>
            <source>committed-to</source>
            <translation>جس سے وعدہ کیا گیا</translation>
        </message>
        <message>
            <source>focal-point</source>
            <translation>فوکل پوائنٹ</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <source>{keys} or {key}</source>
            <translation>{keys} یا {key}</translation>
        </message>
        <message>
            <source>New event (the cursor is in Title; Enter saves)</source>
            <translation>نیا واقعہ (کرسر عنوان میں ہوتا ہے؛ Enter محفوظ کرتا ہے)</translation>
        </message>
        <message>
            <source>Search everything (Up/Down, Enter opens a hit, Escape closes)</source>
            <translation>ہر چیز میں تلاش (اوپر/نیچے، Enter نتیجہ کھولتا ہے، Escape بند کرتا ہے)</translation>
        </message>
        <message>
            <source>Filter the current list</source>
            <translation>موجودہ فہرست کو فلٹر کریں</translation>
        </message>
        <message>
            <source>Export CSV</source>
            <translation>CSV برآمد کریں</translation>
        </message>
        <message>
            <source>Import an article</source>
            <translation>مضمون درآمد کریں</translation>
        </message>
        <message>
            <source>Open a database</source>
            <translation>ڈیٹا بیس کھولیں</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>کالعدم کریں</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>دوبارہ کریں</translation>
        </message>
        <message>
            <source>Delete the selected item (in a list; asks first; undoable)</source>
            <translation>منتخب اندراج حذف کریں (فہرست میں؛ پہلے پوچھتا ہے؛ کالعدم ہو سکتا ہے)</translation>
        </message>
        <message>
            <source>Refresh every list from the database</source>
            <translation>ڈیٹا بیس سے ہر فہرست تازہ کریں</translation>
        </message>
        <message>
            <source>Back to where you were before following a link or a search hit</source>
            <translation>ربط یا تلاش کا نتیجہ کھولنے سے پہلے والی جگہ پر واپس</translation>
        </message>
        <message>
            <source>Forward again</source>
            <translation>دوبارہ آگے</translation>
        </message>
        <message>
            <source>Show the overview</source>
            <translation>جائزہ دکھائیں</translation>
        </message>
        <message>
            <source>Show the events</source>
            <translation>واقعات دکھائیں</translation>
        </message>
        <message>
            <source>Show the agreements</source>
            <translation>معاہدے دکھائیں</translation>
        </message>
        <message>
            <source>Show the projects</source>
            <translation>منصوبے دکھائیں</translation>
        </message>
        <message>
            <source>Show the commitments</source>
            <translation>وعدے دکھائیں</translation>
        </message>
        <message>
            <source>Show the actors</source>
            <translation>فریق دکھائیں</translation>
        </message>
        <message>
            <source>Show the sources</source>
            <translation>مآخذ دکھائیں</translation>
        </message>
        <message>
            <source>Show the timeline</source>
            <translation>ٹائم لائن دکھائیں</translation>
        </message>
        <message>
            <source>Preferences (language, colours, your name, backups)</source>
            <translation>ترجیحات (زبان، رنگ، آپ کا نام، بیک اپ)</translation>
        </message>
        <message>
            <source>This list of keyboard shortcuts</source>
            <translation>کی بورڈ شارٹ کٹس کی یہ فہرست</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>بند کریں</translation>
        </message>
        <message>
            <source>In a list: open the item, a quote's source or a linked item</source>
            <translation>فہرست میں: اندراج، اقتباس کا ماخذ یا مربوط اندراج کھولیں</translation>
        </message>
        <message>
            <source>In a dialog's multi-line field: save</source>
            <translation>مکالمے کے کثیر سطری خانے میں: محفوظ کریں</translation>
        </message>
        <message>
            <source>Close a dialog (asks before discarding what was typed)</source>
            <translation>مکالمہ بند کریں (لکھا ہوا ترک کرنے سے پہلے پوچھتا ہے)</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>کی بورڈ شارٹ کٹس</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>کلیدیں</translation>
        </message>
        <message>
            <source>Does</source>
            <translation>کام</translation>
        </message>
    </context>
    <context>
        <name>SourceDialog</name>
        <message>
            <source>Articles (*.txt *.html *.htm)</source>
            <translation>مضامین (*.txt *.html *.htm)</translation>
        </message>
        <message>
            <source>Text files (*.txt)</source>
            <translation>متنی فائلیں (*.txt)</translation>
        </message>
        <message>
            <source>Web pages (*.html *.htm)</source>
            <translation>ویب صفحات (*.html *.htm)</translation>
        </message>
        <message>
            <source>Edit source</source>
            <translation>ماخذ میں ترمیم</translation>
        </message>
        <message>
            <source>Add source</source>
            <translation>ماخذ شامل کریں</translation>
        </message>
        <message>
            <source>The headline of the article</source>
            <translation>مضمون کی سرخی</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;عنوان</translation>
        </message>
        <message>
            <source>e.g. Dawn, TASS, APP, Foreign Office</source>
            <translation>مثلاً Dawn، TASS، APP، دفتر خارجہ</translation>
        </message>
        <message>
            <source>&amp;Publisher</source>
            <translation>&amp;ناشر</translation>
        </message>
        <message>
            <source>https://… where it can be read</source>
            <translation>https://… جہاں اسے پڑھا جا سکتا ہے</translation>
        </message>
        <message>
            <source>&amp;URL</source>
            <translation>&amp;URL</translation>
        </message>
        <message>
            <source>Publis&amp;hed</source>
            <translation>&amp;تاریخ اشاعت</translation>
        </message>
        <message>
            <source>e.g. en, ru, ur, en-GB</source>
            <translation>مثلاً en، ru، ur، en-GB</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;زبان</translation>
        </message>
        <message>
            <source>Paste the article's full text here, or load it from a .txt file or a web page saved as .html. Quotes used as evidence are found in this text.</source>
            <translation>مضمون کا پورا متن یہاں چسپاں کریں، یا اسے ‎.txt فائل یا ‎.html کے طور پر محفوظ کیے گئے ویب صفحے سے لوڈ کریں۔ ثبوت کے طور پر استعمال ہونے والے اقتباسات اسی متن میں تلاش کیے جاتے ہیں۔</translation>
        </message>
        <message>
            <source>Load from &amp;file…</source>
            <translation>&amp;فائل سے لوڈ کریں…</translation>
        </message>
        <message>
            <source>Te&amp;xt</source>
            <translation>&amp;متن</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>متن</translation>
        </message>
        <message>
            <source>The article's full text, in which quotes are found.</source>
            <translation>مضمون کا پورا متن، جس میں اقتباسات تلاش کیے جاتے ہیں۔</translation>
        </message>
        <message>
            <source>Load the article's text</source>
            <translation>مضمون کا متن لوڈ کریں</translation>
        </message>
        <message>
            <source>Replace the text?</source>
            <translation>متن بدل دیں؟</translation>
        </message>
        <message>
            <source>Replace the text in the box with the text of {file}?</source>
            <translation>خانے میں موجود متن کو {file} کے متن سے بدل دیں؟</translation>
        </message>
        <message>
            <source>Discard the changes to this source?</source>
            <translation>اس ماخذ میں کی گئی تبدیلیاں ترک کر دیں؟</translation>
        </message>
        <message>
            <source>Discard this source?</source>
            <translation>یہ ماخذ ترک کر دیں؟</translation>
        </message>
        <message numerus="yes">
            <source>%Ln character(s)</source>
            <translation>
                <numerusform>%Ln حرف</numerusform>
                <numerusform>%Ln حروف</numerusform>
            </translation>
        </message>
        <message>
            <source>No text yet</source>
            <translation>ابھی کوئی متن نہیں</translation>
        </message>
    </context>
    <context>
        <name>SourceTextView</name>
        <message>
            <source>{date} (inferred)</source>
            <translation>{date} (اندازاً)</translation>
        </message>
        <message>
            <source>date unknown</source>
            <translation>تاریخ نامعلوم</translation>
        </message>
        <message>
            <source>Source text</source>
            <translation>ماخذ کا متن</translation>
        </message>
    </context>
    <context>
        <name>SourceViewer</name>
        <message>
            <source>No text is stored for this source yet. Add the article's text to read it here and to quote it as evidence.</source>
            <translation>اس ماخذ کا ابھی کوئی متن محفوظ نہیں۔ اسے یہاں پڑھنے اور بطور ثبوت اقتباس کرنے کے لیے مضمون کا متن شامل کریں۔</translation>
        </message>
        <message>
            <source>&amp;Add text…</source>
            <translation>متن &amp;شامل کریں…</translation>
        </message>
        <message>
            <source>&amp;Find:</source>
            <translation>&amp;تلاش:</translation>
        </message>
        <message>
            <source>Words in the text; Enter finds the next</source>
            <translation>متن کے الفاظ؛ Enter اگلا مقام تلاش کرتا ہے</translation>
        </message>
        <message>
            <source>Find &amp;next</source>
            <translation>&amp;اگلا تلاش کریں</translation>
        </message>
        <message>
            <source>&amp;Quote as evidence for…</source>
            <translation>بطور ثبوت &amp;اقتباس کریں برائے…</translation>
        </message>
        <message>
            <source>Select words in the text, then record them as evidence.</source>
            <translation>متن میں الفاظ منتخب کریں، پھر انہیں بطور ثبوت درج کریں۔</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>ماخذ</translation>
        </message>
        <message>
            <source>No match for “{words}”.</source>
            <translation>“{words}” نہیں ملا۔</translation>
        </message>
        <message>
            <source>Wrapped to the top.</source>
            <translation>تلاش دوبارہ اوپر سے شروع ہوئی۔</translation>
        </message>
    </context>
    <context>
        <name>SourcesPage</name>
        <message>
            <source>Double-click a source (or press Enter) to read its full text and quote it as evidence.</source>
            <translation>کسی ماخذ کا پورا متن پڑھنے اور اسے بطور ثبوت اقتباس کرنے کے لیے اس پر ڈبل کلک کریں (یا Enter دبائیں)۔</translation>
        </message>
        <message>
            <source>Filter sources</source>
            <translation>مآخذ فلٹر کریں</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;شامل کریں…</translation>
        </message>
        <message>
            <source>Add an article or document with its text</source>
            <translation>کوئی مضمون یا دستاویز اس کے متن کے ساتھ شامل کریں</translation>
        </message>
        <message>
            <source>Ed&amp;it…</source>
            <translation>&amp;ترمیم…</translation>
        </message>
        <message>
            <source>Change the selected source's details or text</source>
            <translation>منتخب ماخذ کی تفصیلات یا متن تبدیل کریں</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;حذف کریں…</translation>
        </message>
        <message>
            <source>Delete the selected source if nothing quotes it (Delete)</source>
            <translation>منتخب ماخذ حذف کریں، اگر اس سے کوئی اقتباس نہ لیا گیا ہو (Delete)</translation>
        </message>
        <message>
            <source>&amp;Read</source>
            <translation>&amp;پڑھیں</translation>
        </message>
        <message>
            <source>Read the selected source and quote it (Enter)</source>
            <translation>منتخب ماخذ پڑھیں اور اس سے اقتباس لیں (Enter)</translation>
        </message>
        <message>
            <source>Delete source</source>
            <translation>ماخذ حذف کریں</translation>
        </message>
        <message>
            <source>Delete the source “{title}”?
You can undo this with Ctrl+Z.</source>
            <translation>ماخذ “{title}” حذف کر دیں؟
آپ اسے Ctrl+Z سے کالعدم کر سکتے ہیں۔</translation>
        </message>
    </context>
    <context>
        <name>TagEdit</name>
        <message>
            <source>trade; energy</source>
            <translation>تجارت; توانائی</translation>
        </message>
        <message>
            <source>Sectors separated by ; or , — e.g. trade; energy; connectivity</source>
            <translation>شعبے ; یا , سے الگ کریں — مثلاً تجارت; توانائی; رابطہ کاری</translation>
        </message>
    </context>
    <context>
        <name>Theme</name>
        <message>
            <source>As the system has it</source>
            <translation>سسٹم کے مطابق</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>روشن</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>گہرا</translation>
        </message>
    </context>
    <context>
        <name>TimelineExport</name>
        <message>
            <source>Could not write the image to {path}; check the folder and the disk.</source>
            <translation>تصویر {path} میں لکھی نہیں جا سکی؛ فولڈر اور ڈسک کی جانچ کریں۔</translation>
        </message>
        <message>
            <source>Pakru timeline</source>
            <translation>Pakru ٹائم لائن</translation>
        </message>
        <message>
            <source>Items from {first} to {last}</source>
            <translation>{first} سے {last} تک کے اندراجات</translation>
        </message>
        <message>
            <source>Could not write the drawing to {path}; check the folder and the disk.</source>
            <translation>خاکہ {path} میں لکھا نہیں جا سکا؛ فولڈر اور ڈسک کی جانچ کریں۔</translation>
        </message>
    </context>
    <context>
        <name>TimelineFilterBar</name>
        <message>
            <source>Kinds shown</source>
            <translation>دکھائے گئے زمرے</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>تمام زمرے</translation>
        </message>
        <message>
            <source>A status of one kind shows only the kinds that have it</source>
            <translation>کسی ایک زمرے کی حیثیت منتخب کرنے پر صرف وہی زمرے دکھائے جاتے ہیں جن میں یہ حیثیت موجود ہو</translation>
        </message>
    </context>
    <context>
        <name>TimelineHits</name>
        <message>
            <source>{kind} · {date} (inferred)</source>
            <translation>{kind} · {date} (اندازاً)</translation>
        </message>
        <message>
            <source>{kind} · {date}</source>
            <translation>{kind} · {date}</translation>
        </message>
        <message>
            <source>Status: {status}</source>
            <translation>حیثیت: {status}</translation>
        </message>
        <message>
            <source>Due {date} · {lateness}</source>
            <translation>مقررہ تاریخ {date} · {lateness}</translation>
        </message>
        <message>
            <source>Due {date}</source>
            <translation>مقررہ تاریخ {date}</translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more</source>
            <translation>
                <numerusform>… اور %Ln مزید</numerusform>
                <numerusform>… اور %Ln مزید</numerusform>
            </translation>
        </message>
        <message>
            <source>Click to zoom in.</source>
            <translation>زوم اِن کرنے کے لیے کلک کریں۔</translation>
        </message>
        <message numerus="yes">
            <source>%Ln more event(s) here:</source>
            <translation>
                <numerusform>یہاں %Ln مزید واقعہ:</numerusform>
                <numerusform>یہاں %Ln مزید واقعات:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln more agreement(s) here:</source>
            <translation>
                <numerusform>یہاں %Ln مزید معاہدہ:</numerusform>
                <numerusform>یہاں %Ln مزید معاہدے:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln more project(s) here:</source>
            <translation>
                <numerusform>یہاں %Ln مزید منصوبہ:</numerusform>
                <numerusform>یہاں %Ln مزید منصوبے:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln more commitment(s) here:</source>
            <translation>
                <numerusform>یہاں %Ln مزید وعدہ:</numerusform>
                <numerusform>یہاں %Ln مزید وعدے:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln event(s) from {first} to {last}</source>
            <translation>
                <numerusform>{first} سے {last} تک %Ln واقعہ</numerusform>
                <numerusform>{first} سے {last} تک %Ln واقعات</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln agreement(s) from {first} to {last}</source>
            <translation>
                <numerusform>{first} سے {last} تک %Ln معاہدہ</numerusform>
                <numerusform>{first} سے {last} تک %Ln معاہدے</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln project(s) from {first} to {last}</source>
            <translation>
                <numerusform>{first} سے {last} تک %Ln منصوبہ</numerusform>
                <numerusform>{first} سے {last} تک %Ln منصوبے</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln commitment(s) from {first} to {last}</source>
            <translation>
                <numerusform>{first} سے {last} تک %Ln وعدہ</numerusform>
                <numerusform>{first} سے {last} تک %Ln وعدے</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TimelineLoader</name>
        <message>
            <source>Unexpected error: {error}</source>
            <translation>غیر متوقع خرابی: {error}</translation>
        </message>
    </context>
    <context>
        <name>TimelinePage</name>
        <message>
            <source>Timeline summary</source>
            <translation>ٹائم لائن کا خلاصہ</translation>
        </message>
        <message>
            <source>Open in list</source>
            <translation>فہرست میں کھولیں</translation>
        </message>
        <message>
            <source>today</source>
            <translation>آج</translation>
        </message>
        <message>
            <source>The day overdue items are judged on (empty: today)</source>
            <translation>وہ دن جس کے لحاظ سے زائد المیعاد اندراجات پرکھے جاتے ہیں (خالی: آج)</translation>
        </message>
        <message>
            <source>Zoom out (−, or the wheel)</source>
            <translation>زوم آؤٹ (− یا وہیل)</translation>
        </message>
        <message>
            <source>Zoom in (+, or the wheel)</source>
            <translation>زوم اِن (+ یا وہیل)</translation>
        </message>
        <message>
            <source>Fit all</source>
            <translation>پورا منظر</translation>
        </message>
        <message>
            <source>Show every item the filter shows (Home)</source>
            <translation>فلٹر میں شامل ہر اندراج دکھائیں (Home)</translation>
        </message>
        <message>
            <source>&amp;As of:</source>
            <translation>&amp;بتاریخ:</translation>
        </message>
        <message>
            <source>Export PNG…</source>
            <translation>PNG برآمد کریں…</translation>
        </message>
        <message>
            <source>Export SVG…</source>
            <translation>SVG برآمد کریں…</translation>
        </message>
        <message>
            <source>Reading the timeline…</source>
            <translation>ٹائم لائن پڑھی جا رہی ہے…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln item(s) on the timeline</source>
            <translation>
                <numerusform>ٹائم لائن پر %Ln اندراج</numerusform>
                <numerusform>ٹائم لائن پر %Ln اندراجات</numerusform>
            </translation>
        </message>
        <message>
            <source>{first} – {last}</source>
            <translation>{first} – {last}</translation>
        </message>
        <message>
            <source>&lt;p&gt;Click a bar to see its item here; double-click it to open it in its list.&lt;/p&gt;&lt;p&gt;Wheel or &lt;b&gt;+&lt;/b&gt;/&lt;b&gt;−&lt;/b&gt; zoom, drag or arrow keys pan, &lt;b&gt;Home&lt;/b&gt; fits all.&lt;/p&gt;</source>
            <translation>&lt;p&gt;کسی پٹی کا اندراج یہاں دیکھنے کے لیے اس پر کلک کریں؛ اسے اس کی فہرست میں کھولنے کے لیے ڈبل کلک کریں۔&lt;/p&gt;&lt;p&gt;وہیل یا &lt;b&gt;+&lt;/b&gt;/&lt;b&gt;−&lt;/b&gt; سے زوم، گھسیٹ کر یا تیر والی کلیدوں سے حرکت، &lt;b&gt;Home&lt;/b&gt; سے پورا منظر۔&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Export the timeline as SVG</source>
            <translation>ٹائم لائن SVG کے طور پر برآمد کریں</translation>
        </message>
        <message>
            <source>SVG files (*.svg)</source>
            <translation>SVG فائلیں (*.svg)</translation>
        </message>
        <message>
            <source>Export the timeline as PNG</source>
            <translation>ٹائم لائن PNG کے طور پر برآمد کریں</translation>
        </message>
        <message>
            <source>PNG files (*.png)</source>
            <translation>PNG فائلیں (*.png)</translation>
        </message>
        <message>
            <source>{kind} · {date} &lt;i&gt;(date inferred)&lt;/i&gt;</source>
            <translation>{kind} · {date} &lt;i&gt;(تاریخ اندازاً)&lt;/i&gt;</translation>
        </message>
        <message>
            <source>{kind} · {date}</source>
            <translation>{kind} · {date}</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Status:&lt;/b&gt; {status}</source>
            <translation>&lt;p&gt;&lt;b&gt;حیثیت:&lt;/b&gt; {status}</translation>
        </message>
        <message>
            <source>&lt;br&gt;&lt;b&gt;Due:&lt;/b&gt; {date}</source>
            <translation>&lt;br&gt;&lt;b&gt;مقررہ تاریخ:&lt;/b&gt; {date}</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Where:&lt;/b&gt; {place}&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;مقام:&lt;/b&gt; {place}&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Sectors:&lt;/b&gt; {sectors}&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;شعبے:&lt;/b&gt; {sectors}&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Linked items&lt;/b&gt; (drawn as connectors):&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;مربوط اندراجات&lt;/b&gt; (جوڑنے والی لکیروں کی صورت میں):&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>TimelinePainter</name>
        <message>
            <source>as of {date}</source>
            <translation>بتاریخ {date}</translation>
        </message>
        <message>
            <source>Counts per period; zoom in for items</source>
            <translation>ہر مدت کی تعداد؛ اندراجات دیکھنے کے لیے زوم اِن کریں</translation>
        </message>
        <message numerus="yes">
            <source>%Ln item(s)</source>
            <translation>
                <numerusform>%Ln اندراج</numerusform>
                <numerusform>%Ln اندراجات</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TimelineScale</name>
        <message>
            <source>{month} {year}</source>
            <translation>{month} {year}</translation>
        </message>
        <message>
            <source>Q{quarter}</source>
            <translation>Q{quarter}</translation>
        </message>
    </context>
    <context>
        <name>TimelineView</name>
        <message>
            <source>Timeline</source>
            <translation>ٹائم لائن</translation>
        </message>
    </context>
    <context>
        <name>UndoCommands</name>
        <message>
            <source>Cannot undo or redo</source>
            <translation>کالعدم یا دوبارہ نہیں کیا جا سکتا</translation>
        </message>
        <message>
            <source>Add event “{title}”</source>
            <translation>واقعہ “{title}” شامل کرنا</translation>
        </message>
        <message>
            <source>Add agreement “{title}”</source>
            <translation>معاہدہ “{title}” شامل کرنا</translation>
        </message>
        <message>
            <source>Add project “{title}”</source>
            <translation>منصوبہ “{title}” شامل کرنا</translation>
        </message>
        <message>
            <source>Add commitment “{title}”</source>
            <translation>وعدہ “{title}” شامل کرنا</translation>
        </message>
        <message>
            <source>Delete event “{title}”</source>
            <translation>واقعہ “{title}” حذف کرنا</translation>
        </message>
        <message>
            <source>Delete agreement “{title}”</source>
            <translation>معاہدہ “{title}” حذف کرنا</translation>
        </message>
        <message>
            <source>Delete project “{title}”</source>
            <translation>منصوبہ “{title}” حذف کرنا</translation>
        </message>
        <message>
            <source>Delete commitment “{title}”</source>
            <translation>وعدہ “{title}” حذف کرنا</translation>
        </message>
        <message>
            <source>Edit “{title}”</source>
            <translation>“{title}” میں ترمیم</translation>
        </message>
        <message>
            <source>“{title}” was changed elsewhere since; this step was not undone.</source>
            <translation>“{title}” اس دوران کہیں اور تبدیل ہو چکا ہے؛ یہ قدم کالعدم نہیں کیا گیا۔</translation>
        </message>
        <message>
            <source>Change status to {status} on “{title}”</source>
            <translation>“{title}” کی حیثیت کی تبدیلی: {status}</translation>
        </message>
        <message>
            <source>Add follow-up on “{title}”</source>
            <translation>“{title}” پر پیش رفت درج کرنا</translation>
        </message>
        <message>
            <source>Delete follow-up on “{title}”</source>
            <translation>“{title}” کی پیش رفت حذف کرنا</translation>
        </message>
        <message>
            <source>Edit follow-up on “{title}”</source>
            <translation>“{title}” کی پیش رفت میں ترمیم</translation>
        </message>
        <message>
            <source>Link {type} “{title}”</source>
            <translation>ربط جوڑنا ({type}): “{title}”</translation>
        </message>
        <message>
            <source>Unlink {type} “{title}”</source>
            <translation>ربط ہٹانا ({type}): “{title}”</translation>
        </message>
    </context>
    <context>
        <name>WindowCommands</name>
        <message>
            <source>Pakru databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
            <translation>Pakru ڈیٹا بیس (*.sqlite3 *.sqlite *.db);;تمام فائلیں (*)</translation>
        </message>
        <message>
            <source>Delete {kind}</source>
            <translation>{kind} حذف کریں</translation>
        </message>
        <message>
            <source>Delete “{title}” with its evidence, follow-ups and links?
You can undo this with Ctrl+Z.</source>
            <translation>“{title}” کو اس کے ثبوت، پیش رفت اور روابط سمیت حذف کر دیں؟
آپ اسے Ctrl+Z سے کالعدم کر سکتے ہیں۔</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>حذف کریں</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>رہنے دیں</translation>
        </message>
        <message>
            <source>The database as it was is kept in {file}.</source>
            <translation>ڈیٹا بیس کی سابقہ حالت {file} میں محفوظ ہے۔</translation>
        </message>
        <message>
            <source>Loaded changes made elsewhere.</source>
            <translation>کہیں اور کی گئی تبدیلیاں لوڈ کر دی گئیں۔</translation>
        </message>
        <message>
            <source>Backup restored.</source>
            <translation>بیک اپ بحال کر دیا گیا۔</translation>
        </message>
        <message>
            <source>About Pakru Desktop</source>
            <translation>Pakru Desktop کے بارے میں</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Pakru Desktop {version}&lt;/h3&gt;&lt;p&gt;A tracker of Pakistan–Russia meetings, agreements, projects and commitments, with the sentences they came from.&lt;/p&gt;&lt;p&gt;Database: &lt;code&gt;{database}&lt;/code&gt;&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Pakru Desktop {version}&lt;/h3&gt;&lt;p&gt;پاکستان–روس ملاقاتوں، معاہدوں، منصوبوں اور وعدوں کا ریکارڈ رکھنے کا ایک آلہ، ان جملوں کے ساتھ جن سے یہ اخذ کیے گئے۔&lt;/p&gt;&lt;p&gt;ڈیٹا بیس: &lt;code&gt;{database}&lt;/code&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&amp;{number} {file}</source>
            <translation>&amp;{number} {file}</translation>
        </message>
        <message>
            <source>{number} {file}</source>
            <translation>{number} {file}</translation>
        </message>
        <message>
            <source>{entry} (this window)</source>
            <translation>{entry} (یہ ونڈو)</translation>
        </message>
        <message>
            <source>No databases opened yet</source>
            <translation>ابھی تک کوئی ڈیٹا بیس نہیں کھولا گیا</translation>
        </message>
        <message>
            <source>&amp;Clear the list</source>
            <translation>فہرست &amp;صاف کریں</translation>
        </message>
        <message>
            <source>New database</source>
            <translation>نیا ڈیٹا بیس</translation>
        </message>
        <message>
            <source>There is already a file at {path}; a new database never replaces one. Choose another name.</source>
            <translation>{path} پر پہلے سے ایک فائل موجود ہے؛ نیا ڈیٹا بیس کبھی کسی فائل کی جگہ نہیں لیتا۔ کوئی اور نام منتخب کریں۔</translation>
        </message>
        <message>
            <source>Start {file} with the records of the three bundled articles, or empty?</source>
            <translation>{file} کو ساتھ آنے والے تین مضامین کے ریکارڈ کے ساتھ شروع کریں، یا خالی؟</translation>
        </message>
        <message>
            <source>With the articles' records</source>
            <translation>مضامین کے ریکارڈ کے ساتھ</translation>
        </message>
        <message>
            <source>Empty</source>
            <translation>خالی</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>منسوخ کریں</translation>
        </message>
        <message>
            <source>Open database</source>
            <translation>ڈیٹا بیس کھولیں</translation>
        </message>
        <message>
            <source>{path} is no longer there; it was taken off the recent list.</source>
            <translation>{path} اب موجود نہیں؛ اسے حالیہ فہرست سے ہٹا دیا گیا۔</translation>
        </message>
        <message>
            <source>{file} is the database of this window.</source>
            <translation>{file} اسی ونڈو کا ڈیٹا بیس ہے۔</translation>
        </message>
        <message>
            <source>Could not start a new window for {path}.</source>
            <translation>{path} کے لیے نئی ونڈو نہیں کھولی جا سکی۔</translation>
        </message>
        <message>
            <source>Opening {file} in a new window…</source>
            <translation>{file} نئی ونڈو میں کھولا جا رہا ہے…</translation>
        </message>
    </context>
    <context>
        <name>WorkerDatabase</name>
        <message>
            <source>Unexpected error: {error}</source>
            <translation>غیر متوقع خرابی: {error}</translation>
        </message>
    </context>
</TS>
