<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name>ActorCommands</name>
        <message>
            <source>Edit actor “{name}”</source>
            <translation>изменение актора «{name}»</translation>
        </message>
        <message>
            <source>Merge “{removed}” into “{kept}”</source>
            <translation>объединение акторов: «{removed}» → «{kept}»</translation>
        </message>
        <message>
            <source>Delete actor “{name}”</source>
            <translation>удаление актора «{name}»</translation>
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
            <translation>Вид</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Actor #{id} — {name}</source>
            <translation>Актор #{id} — {name}</translation>
        </message>
        <message>
            <source>The name the actor is listed under</source>
            <translation>Имя, под которым актор значится в списке</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Имя</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>Ви&amp;д</translation>
        </message>
        <message>
            <source>e.g. Pakistan</source>
            <translation>например: Пакистан</translation>
        </message>
        <message>
            <source>&amp;Country</source>
            <translation>Ст&amp;рана</translation>
        </message>
        <message>
            <source>e.g. Deputy Prime Minister of Pakistan</source>
            <translation>например: заместитель премьер-министра Пакистана</translation>
        </message>
        <message>
            <source>&amp;Office</source>
            <translation>Дол&amp;жность</translation>
        </message>
        <message>
            <source>Other names in reporting, one per line (Ctrl+Enter saves)</source>
            <translation>Другие имена в публикациях, по одному в строке (Ctrl+Enter — сохранить)</translation>
        </message>
        <message>
            <source>&amp;Aliases</source>
            <translation>&amp;Варианты имени</translation>
        </message>
        <message>
            <source>&amp;Items ({count})</source>
            <translation>&amp;Записи ({count})</translation>
        </message>
        <message>
            <source>The actor's items</source>
            <translation>Записи актора</translation>
        </message>
        <message>
            <source>Double-click an item (or press Enter on it) to open it.</source>
            <translation>Дважды щёлкните запись (или нажмите на ней Enter), чтобы открыть её.</translation>
        </message>
        <message>
            <source>This actor takes part in no item yet.</source>
            <translation>Этот актор пока не участвует ни в одной записи.</translation>
        </message>
        <message>
            <source>Discard your changes to this actor?</source>
            <translation>Отказаться от изменений в данных актора?</translation>
        </message>
    </context>
    <context>
        <name>ActorKind</name>
        <message>
            <source>person</source>
            <translation>человек</translation>
        </message>
        <message>
            <source>organisation</source>
            <translation>организация</translation>
        </message>
        <message>
            <source>state</source>
            <translation>государство</translation>
        </message>
    </context>
    <context>
        <name>ActorMergeDialog</name>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n запись</numerusform>
                <numerusform>%n записи</numerusform>
                <numerusform>%n записей</numerusform>
            </translation>
        </message>
        <message>
            <source>Also called: {aliases}</source>
            <translation>Варианты имени: {aliases}</translation>
        </message>
        <message>
            <source>Merge actors — {name}</source>
            <translation>Объединение акторов — {name}</translation>
        </message>
        <message numerus="yes">
            <source>Merge a duplicate into &lt;b&gt;{name}&lt;/b&gt; (#{id}, %n item(s)).</source>
            <translation>
                <numerusform>Выберите дубликат, который будет присоединён к актору &lt;b&gt;{name}&lt;/b&gt; (#{id}, %n запись).</numerusform>
                <numerusform>Выберите дубликат, который будет присоединён к актору &lt;b&gt;{name}&lt;/b&gt; (#{id}, %n записи).</numerusform>
                <numerusform>Выберите дубликат, который будет присоединён к актору &lt;b&gt;{name}&lt;/b&gt; (#{id}, %n записей).</numerusform>
            </translation>
        </message>
        <message>
            <source>Part of a name, office or country</source>
            <translation>Часть имени, должности или страны</translation>
        </message>
        <message>
            <source>&amp;Keep the chosen actor and merge {name} into it instead</source>
            <translation>&amp;Наоборот: оставить выбранного актора и присоединить к нему «{name}»</translation>
        </message>
        <message>
            <source>&amp;Merge</source>
            <translation>&amp;Объединить</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Поиск:</translation>
        </message>
        <message>
            <source>&amp;Duplicate:</source>
            <translation>&amp;Дубликат:</translation>
        </message>
        <message>
            <source>Choose the actor to merge.</source>
            <translation>Выберите актора для объединения.</translation>
        </message>
        <message>
            <source>Choose the duplicate in the list.</source>
            <translation>Выберите дубликат в списке.</translation>
        </message>
        <message numerus="yes">
            <source>%n are dropped, as {keep} already has those roles in the same item</source>
            <translation>
                <numerusform>%n отбрасывается, так как {keep} уже имеет эту роль в той же записи</numerusform>
                <numerusform>%n отбрасываются, так как {keep} уже имеет эти роли в тех же записях</numerusform>
                <numerusform>%n отбрасываются, так как {keep} уже имеет эти роли в тех же записях</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>• %n participation(s) move to {keep}; {dropped};</source>
            <translation>
                <numerusform>• {keep} получает %n участие в записях; {dropped};</numerusform>
                <numerusform>• {keep} получает %n участия в записях; {dropped};</numerusform>
                <numerusform>• {keep} получает %n участий в записях; {dropped};</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>• %n participation(s) move to {keep};</source>
            <translation>
                <numerusform>• {keep} получает %n участие в записях;</numerusform>
                <numerusform>• {keep} получает %n участия в записях;</numerusform>
                <numerusform>• {keep} получает %n участий в записях;</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;{other}&lt;/b&gt; (#{other_id}, {other_items}) will be merged into &lt;b&gt;{keep}&lt;/b&gt; (#{keep_id}, {keep_items}):</source>
            <translation>Объединение: &lt;b&gt;{other}&lt;/b&gt; (#{other_id}, {other_items}) → &lt;b&gt;{keep}&lt;/b&gt; (#{keep_id}, {keep_items}):</translation>
        </message>
        <message>
            <source>• “{other}” and its aliases become aliases of {keep};</source>
            <translation>• {keep} получает варианты имени: «{other}» и все его варианты;</translation>
        </message>
        <message>
            <source>• “{other}” becomes an alias of {keep};</source>
            <translation>• {keep} получает вариант имени «{other}»;</translation>
        </message>
        <message>
            <source>• {keep} takes the country “{value}”;</source>
            <translation>• {keep} получает страну «{value}»;</translation>
        </message>
        <message>
            <source>• {keep} takes the office “{value}”;</source>
            <translation>• {keep} получает должность «{value}»;</translation>
        </message>
        <message>
            <source>• actor #{id} is deleted. Edit ▸ Undo (Ctrl+Z) takes the merge back.</source>
            <translation>• актор #{id} удаляется. Отменить объединение можно командой Правка ▸ Отменить (Ctrl+Z).</translation>
        </message>
    </context>
    <context>
        <name>ActorsPage</name>
        <message>
            <source>Double-click an actor (or press Enter) to edit it and see its items. New names typed as participants become actors here.</source>
            <translation>Дважды щёлкните актора (или нажмите Enter), чтобы изменить его данные и увидеть его записи. Новые имена, введённые как участники, появляются здесь как акторы.</translation>
        </message>
        <message>
            <source>Filter actors</source>
            <translation>Фильтр акторов</translation>
        </message>
        <message>
            <source>Ed&amp;it…</source>
            <translation>&amp;Изменить…</translation>
        </message>
        <message>
            <source>Edit the selected actor and see its items (Enter)</source>
            <translation>Изменить выбранного актора и посмотреть его записи (Enter)</translation>
        </message>
        <message>
            <source>&amp;Merge…</source>
            <translation>&amp;Объединить…</translation>
        </message>
        <message>
            <source>Merge a duplicate into the selected actor</source>
            <translation>Присоединить дубликат к выбранному актору</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Удалить…</translation>
        </message>
        <message>
            <source>Delete the selected actor if it takes part in no item</source>
            <translation>Удалить выбранного актора, если он не участвует ни в одной записи</translation>
        </message>
        <message>
            <source>Delete actor</source>
            <translation>Удаление актора</translation>
        </message>
        <message numerus="yes">
            <source>{name} takes part in %n item(s). Merge it into another actor (Merge…) or remove it from those items first.</source>
            <translation>
                <numerusform>{name} участвует в %n записи. Сначала объедините этого актора с другим («Объединить…») или уберите его из этой записи.</numerusform>
                <numerusform>{name} участвует в %n записях. Сначала объедините этого актора с другим («Объединить…») или уберите его из этих записей.</numerusform>
                <numerusform>{name} участвует в %n записях. Сначала объедините этого актора с другим («Объединить…») или уберите его из этих записей.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete the actor “{name}”?
You can undo this with Ctrl+Z.</source>
            <translation>Удалить актора «{name}»?
Это можно отменить сочетанием Ctrl+Z.</translation>
        </message>
    </context>
    <context>
        <name>AgreementStatus</name>
        <message>
            <source>under negotiation</source>
            <translation>обсуждается</translation>
        </message>
        <message>
            <source>signed</source>
            <translation>подписано</translation>
        </message>
        <message>
            <source>in force</source>
            <translation>действует</translation>
        </message>
        <message>
            <source>suspended</source>
            <translation>приостановлено</translation>
        </message>
        <message>
            <source>terminated</source>
            <translation>прекращено</translation>
        </message>
    </context>
    <context>
        <name>ArticleImportDialog</name>
        <message>
            <source>Import article {title}</source>
            <translation>Импорт статьи {title}</translation>
        </message>
        <message>
            <source>Import article</source>
            <translation>Импорт статьи</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Назад</translation>
        </message>
        <message>
            <source>&amp;Read article</source>
            <translation>&amp;Прочитать статью</translation>
        </message>
        <message>
            <source>&amp;Accept</source>
            <translation>&amp;Принять</translation>
        </message>
        <message>
            <source>A .txt file, or a page saved from a browser (.html)</source>
            <translation>Файл .txt или страница, сохранённая из браузера (.html)</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Файл:</translation>
        </message>
        <message>
            <source>…or paste the article's text here</source>
            <translation>…или вставьте сюда текст статьи</translation>
        </message>
        <message>
            <source>Article text</source>
            <translation>Текст статьи</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Дата публикации</translation>
        </message>
        <message>
            <source>from the article</source>
            <translation>из статьи</translation>
        </message>
        <message>
            <source>from the page or its first sentence</source>
            <translation>со страницы или из первой фразы</translation>
        </message>
        <message>
            <source>&amp;Or paste:</source>
            <translation>&amp;Или вставьте:</translation>
        </message>
        <message>
            <source>&amp;Published:</source>
            <translation>&amp;Опубликовано:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Заголовок:</translation>
        </message>
        <message>
            <source>P&amp;ublisher:</source>
            <translation>Изд&amp;ание:</translation>
        </message>
        <message>
            <source>&amp;Web address:</source>
            <translation>&amp;Веб-адрес:</translation>
        </message>
        <message>
            <source>The article's date is read from its text when it carries one (a dateline, a “date …” line); give it here when it does not.</source>
            <translation>Дата статьи берётся из её текста, если она там есть (в строке с местом и датой или в строке «date …»); если её нет, укажите дату здесь.</translation>
        </message>
        <message>
            <source>Articles (*.txt *.html *.htm *.xhtml)</source>
            <translation>Статьи (*.txt *.html *.htm *.xhtml)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Все файлы (*)</translation>
        </message>
        <message>
            <source>Choose a file or paste the article's text.</source>
            <translation>Выберите файл или вставьте текст статьи.</translation>
        </message>
        <message>
            <source>This article is stored already, as source {id}; there is nothing to import.</source>
            <translation>Эта статья уже сохранена как источник {id}; импортировать нечего.</translation>
        </message>
        <message>
            <source>The article names no meeting, agreement, project or commitment that could be proposed.</source>
            <translation>В статье не упоминаются встречи, соглашения, проекты или обязательства, которые можно было бы предложить.</translation>
        </message>
        <message>
            <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;Published {date} (from {where})</source>
            <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;Опубликовано {date} (источник даты: {where})</translation>
        </message>
        <message>
            <source>Article</source>
            <translation>Статья</translation>
        </message>
        <message>
            <source>Proposals</source>
            <translation>Предложения</translation>
        </message>
        <message>
            <source>Name (role); Name (role) …</source>
            <translation>Имя (роль); Имя (роль) …</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Вид:</translation>
        </message>
        <message>
            <source>T&amp;itle:</source>
            <translation>Назв&amp;ание:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Дата:</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>&amp;Статус:</translation>
        </message>
        <message>
            <source>&amp;People:</source>
            <translation>&amp;Участники:</translation>
        </message>
        <message>
            <source>Adds to #{id} “{title}”: {why}.</source>
            <translation>Дополняет #{id} «{title}»: {why}.</translation>
        </message>
        <message>
            <source>Check at least one proposal to accept, or cancel.</source>
            <translation>Отметьте хотя бы одно предложение, которое нужно принять, или нажмите «Отмена».</translation>
        </message>
        <message>
            <source>&amp;Accept {count}</source>
            <translation>&amp;Принять ({count})</translation>
        </message>
        <message>
            <source>{name}: actor #{id}</source>
            <translation>{name}: актор #{id}</translation>
        </message>
        <message>
            <source>{name}: new, {office}</source>
            <translation>{name}: новый, {office}</translation>
        </message>
        <message>
            <source>{name}: new</source>
            <translation>{name}: новый</translation>
        </message>
    </context>
    <context>
        <name>ArticleProposalsModel</name>
        <message>
            <source>Adds</source>
            <translation>Действие</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>new event</source>
            <translation>новое событие</translation>
        </message>
        <message>
            <source>new agreement</source>
            <translation>новое соглашение</translation>
        </message>
        <message>
            <source>new project</source>
            <translation>новый проект</translation>
        </message>
        <message>
            <source>new commitment</source>
            <translation>новое обязательство</translation>
        </message>
        <message>
            <source>add as follow-up to #{id} ({status})</source>
            <translation>добавить как отметку к #{id} ({status})</translation>
        </message>
        <message>
            <source>add as follow-up to #{id}</source>
            <translation>добавить как отметку к #{id}</translation>
        </message>
        <message>
            <source>add as evidence to #{id}</source>
            <translation>добавить как подтверждение к #{id}</translation>
        </message>
    </context>
    <context>
        <name>Background</name>
        <message>
            <source>Unexpected error while reading the list: {error}</source>
            <translation>Непредвиденная ошибка при чтении списка: {error}</translation>
        </message>
        <message>
            <source>Unexpected error while reading the article: {error}</source>
            <translation>Непредвиденная ошибка при чтении статьи: {error}</translation>
        </message>
        <message>
            <source>Unexpected error while reading the daily backup: {error}</source>
            <translation>Непредвиденная ошибка при чтении ежедневной резервной копии: {error}</translation>
        </message>
        <message>
            <source>Unexpected error while reading {what}: {error}</source>
            <translation>Непредвиденная ошибка при чтении ({what}): {error}</translation>
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <source>Taken</source>
            <translation>Создана</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Размер</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Записи</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Резервные копии</translation>
        </message>
        <message>
            <source>A backup is made when the app starts if the newest is more than a day old, and before every upgrade or restore; the newest ten are kept beside the database. Restoring one first backs up the current state.</source>
            <translation>Резервная копия создаётся при запуске программы, если самой новой больше суток, а также перед каждым обновлением базы данных или восстановлением; десять самых новых копий хранятся рядом с базой данных. Перед восстановлением из копии сначала сохраняется резервная копия текущего состояния.</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;Создать копию сейчас</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation>&amp;Восстановить…</translation>
        </message>
        <message>
            <source>{size} KB</source>
            <translation>{size} КБ</translation>
        </message>
        <message>
            <source>Restore backup</source>
            <translation>Восстановление из резервной копии</translation>
        </message>
        <message>
            <source>Replace every record with those of the backup of {taken}? The current state is backed up first, so this can be taken back by restoring that backup.</source>
            <translation>Заменить все записи данными из резервной копии от {taken}? Сначала будет создана резервная копия текущего состояния, так что это можно будет отменить, восстановив её.</translation>
        </message>
    </context>
    <context>
        <name>Columns</name>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Тип</translation>
        </message>
        <message>
            <source>Legal nature</source>
            <translation>Правовой характер</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Срок</translation>
        </message>
        <message>
            <source>No due date</source>
            <translation>Без срока</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Место</translation>
        </message>
        <message>
            <source>Sectors</source>
            <translation>Сферы</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Участники</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Страна</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Опубликовано</translation>
        </message>
        <message>
            <source>Publisher</source>
            <translation>Издание</translation>
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
            <translation>не оценено</translation>
        </message>
        <message>
            <source>in the works</source>
            <translation>выполняется</translation>
        </message>
        <message>
            <source>stalled</source>
            <translation>застопорилось</translation>
        </message>
        <message>
            <source>kept</source>
            <translation>выполнено</translation>
        </message>
        <message>
            <source>partly kept</source>
            <translation>выполнено частично</translation>
        </message>
        <message>
            <source>broken</source>
            <translation>нарушено</translation>
        </message>
        <message>
            <source>uncheckable</source>
            <translation>не поддаётся проверке</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Тип</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Описание</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Место</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Срок</translation>
        </message>
        <message>
            <source>Sectors</source>
            <translation>Сферы</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Участники</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(нет)</translation>
        </message>
        <message>
            <source>{field}: yours “{mine}”, theirs “{theirs}”</source>
            <translation>{field}: у вас «{mine}», в другой версии «{theirs}»</translation>
        </message>
        <message>
            <source>{field}: yours “{mine}” (they left it)</source>
            <translation>{field}: у вас «{mine}» (в другой версии не изменялось)</translation>
        </message>
        <message>
            <source>{field}: changed elsewhere to “{theirs}” (kept either way)</source>
            <translation>{field}: изменено в другом месте на «{theirs}» (сохранится в любом случае)</translation>
        </message>
        <message>
            <source>Changed elsewhere</source>
            <translation>Изменено в другом месте</translation>
        </message>
        <message>
            <source>“{title}” was changed elsewhere (version {old} → {new}) while you were editing it.</source>
            <translation>Пока вы редактировали «{title}», запись была изменена в другом месте (версия {old} → {new}).</translation>
        </message>
        <message>
            <source>Keep mine</source>
            <translation>Оставить мою версию</translation>
        </message>
        <message>
            <source>Take theirs</source>
            <translation>Принять другую версию</translation>
        </message>
        <message>
            <source>Keep editing</source>
            <translation>Продолжить правку</translation>
        </message>
    </context>
    <context>
        <name>DateWords</name>
        <message>
            <source>day</source>
            <translation>день</translation>
        </message>
        <message>
            <source>month</source>
            <translation>месяц</translation>
        </message>
        <message>
            <source>quarter</source>
            <translation>квартал</translation>
        </message>
        <message>
            <source>year</source>
            <translation>год</translation>
        </message>
        <message>
            <source>span of days</source>
            <translation>диапазон дней</translation>
        </message>
        <message>
            <source>span of months</source>
            <translation>диапазон месяцев</translation>
        </message>
        <message>
            <source>span of quarters</source>
            <translation>диапазон кварталов</translation>
        </message>
        <message>
            <source>span of years</source>
            <translation>диапазон лет</translation>
        </message>
        <message>
            <source>span of {first} to {last}</source>
            <translation>диапазон ({first} — {last})</translation>
        </message>
        <message>
            <source>{date} · {kind}, inferred</source>
            <translation>{date} · {kind}, предположительно</translation>
        </message>
        <message>
            <source>{date} · {kind}</source>
            <translation>{date} · {kind}</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n день</numerusform>
                <numerusform>%n дня</numerusform>
                <numerusform>%n дней</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n week(s)</source>
            <translation>
                <numerusform>%n неделя</numerusform>
                <numerusform>%n недели</numerusform>
                <numerusform>%n недель</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n месяц</numerusform>
                <numerusform>%n месяца</numerusform>
                <numerusform>%n месяцев</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n year(s)</source>
            <translation>
                <numerusform>%n год</numerusform>
                <numerusform>%n года</numerusform>
                <numerusform>%n лет</numerusform>
            </translation>
        </message>
        <message>
            <source>{span} unconfirmed</source>
            <translation>{span} без подтверждения</translation>
        </message>
        <message>
            <source>{span} overdue</source>
            <translation>{span} просрочки</translation>
        </message>
        <message>
            <source>Scheduled for {date}, {span} ago, and no follow-up says it took place: confirm it, or record it as postponed or cancelled.</source>
            <translation>Запланировано на {date}, с тех пор прошло: {span}, но ни одна отметка не подтверждает, что событие состоялось. Подтвердите его или отметьте как отложенное или отменённое.</translation>
        </message>
        <message>
            <source>Due {date}; still {status} {span} later. Record a follow-up with what became of it.</source>
            <translation>Срок — {date}; с тех пор прошло: {span}, а статус всё ещё «{status}». Добавьте отметку о том, чем всё закончилось.</translation>
        </message>
        <message>
            <source>Due {date} (by {last}); still {status} {span} later. Record a follow-up with what became of it.</source>
            <translation>Срок — {date} (до {last}); с тех пор прошло: {span}, а статус всё ещё «{status}». Добавьте отметку о том, чем всё закончилось.</translation>
        </message>
    </context>
    <context>
        <name>DetailCards</name>
        <message>
            <source>Untitled source</source>
            <translation>Источник без названия</translation>
        </message>
        <message>
            <source>Supports a follow-up</source>
            <translation>Подтверждает отметку</translation>
        </message>
        <message>
            <source>“{quote}”</source>
            <translation>«{quote}»</translation>
        </message>
        <message>
            <source>Source: {title}</source>
            <translation>Источник: {title}</translation>
        </message>
        <message numerus="yes">
            <source>%n quote(s)</source>
            <translation>
                <numerusform>%n цитата</numerusform>
                <numerusform>%n цитаты</numerusform>
                <numerusform>%n цитат</numerusform>
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
            <translation>Выберите событие в списке, чтобы просмотреть и изменить его, или добавьте новое сочетанием Ctrl+N.</translation>
        </message>
        <message>
            <source>Select an agreement in the list to see and edit it, or add one from the File menu.</source>
            <translation>Выберите соглашение в списке, чтобы просмотреть и изменить его, или добавьте новое через меню «Файл».</translation>
        </message>
        <message>
            <source>Select a project in the list to see and edit it, or add one from the File menu.</source>
            <translation>Выберите проект в списке, чтобы просмотреть и изменить его, или добавьте новый через меню «Файл».</translation>
        </message>
        <message>
            <source>Select a commitment in the list to see and edit it, or add one from the File menu.</source>
            <translation>Выберите обязательство в списке, чтобы просмотреть и изменить его, или добавьте новое через меню «Файл».</translation>
        </message>
        <message>
            <source>{kind} details</source>
            <translation>{kind}: подробности</translation>
        </message>
        <message>
            <source>Choosing a new status asks when it changed and who reported it; it is recorded as a follow-up.</source>
            <translation>При выборе нового статуса программа спросит, когда он изменился и кто об этом сообщил; изменение сохранится как отметка.</translation>
        </message>
        <message>
            <source>St&amp;atus:</source>
            <translation>Ст&amp;атус:</translation>
        </message>
        <message>
            <source>{quote}

Double-click to read it in its source.</source>
            <translation>{quote}

Дважды щёлкните, чтобы прочитать цитату в источнике.</translation>
        </message>
        <message>
            <source>Double-click a quote to read it in its source.</source>
            <translation>Дважды щёлкните цитату, чтобы прочитать её в источнике.</translation>
        </message>
        <message>
            <source>&amp;Add follow-up…</source>
            <translation>До&amp;бавить отметку…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Изменить…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Newest first.</source>
            <translation>Сначала новые.</translation>
        </message>
        <message>
            <source>Add lin&amp;k…</source>
            <translation>Добавить свя&amp;зь…</translation>
        </message>
        <message>
            <source>Remove link</source>
            <translation>Удалить связь</translation>
        </message>
        <message>
            <source>Double-click a linked item to open it.</source>
            <translation>Дважды щёлкните связанную запись, чтобы открыть её.</translation>
        </message>
        <message>
            <source>E&amp;vidence ({count})</source>
            <translation>Подтвер&amp;ждения ({count})</translation>
        </message>
        <message>
            <source>F&amp;ollow-ups ({count})</source>
            <translation>Отм&amp;етки ({count})</translation>
        </message>
        <message>
            <source>&amp;Links ({count})</source>
            <translation>Св&amp;язи ({count})</translation>
        </message>
        <message>
            <source>&amp;History</source>
            <translation>&amp;История</translation>
        </message>
        <message>
            <source>This item was changed elsewhere while you were editing it; saving will show both versions.</source>
            <translation>Пока вы редактировали эту запись, она была изменена в другом месте; при сохранении будут показаны обе версии.</translation>
        </message>
        <message>
            <source>Not saved: this item was changed elsewhere. Save again to choose which version to keep, or Revert.</source>
            <translation>Не сохранено: запись была изменена в другом месте. Сохраните ещё раз, чтобы выбрать, какую версию оставить, или нажмите «Сбросить».</translation>
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
            <translation>Непредвиденная ошибка</translation>
        </message>
        <message>
            <source>Something went wrong inside Pakru Desktop. Your data was not changed by it.</source>
            <translation>В работе Pakru Desktop произошёл внутренний сбой. Ваши данные из-за него не изменились.</translation>
        </message>
        <message>
            <source>The details below were written to the log. Copy them into a report if it happens again.</source>
            <translation>Подробности ниже записаны в журнал. Если ошибка повторится, скопируйте их в сообщение о ней.</translation>
        </message>
    </context>
    <context>
        <name>EventStatus</name>
        <message>
            <source>scheduled</source>
            <translation>запланировано</translation>
        </message>
        <message>
            <source>held</source>
            <translation>состоялось</translation>
        </message>
        <message>
            <source>postponed</source>
            <translation>отложено</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>отменено</translation>
        </message>
    </context>
    <context>
        <name>EventType</name>
        <message>
            <source>meeting</source>
            <translation>встреча</translation>
        </message>
        <message>
            <source>visit</source>
            <translation>визит</translation>
        </message>
        <message>
            <source>signing</source>
            <translation>подписание</translation>
        </message>
        <message>
            <source>statement</source>
            <translation>заявление</translation>
        </message>
        <message>
            <source>summit</source>
            <translation>саммит</translation>
        </message>
        <message>
            <source>call</source>
            <translation>телефонный разговор</translation>
        </message>
        <message>
            <source>other</source>
            <translation>другое</translation>
        </message>
    </context>
    <context>
        <name>EvidenceCommands</name>
        <message>
            <source>Add quote “{quote}”</source>
            <translation>добавление цитаты «{quote}»</translation>
        </message>
        <message>
            <source>Remove quote “{quote}”</source>
            <translation>удаление цитаты «{quote}»</translation>
        </message>
        <message>
            <source>Add source “{title}”</source>
            <translation>добавление источника «{title}»</translation>
        </message>
        <message>
            <source>Delete source “{title}”</source>
            <translation>удаление источника «{title}»</translation>
        </message>
        <message>
            <source>Edit source “{title}”</source>
            <translation>изменение источника «{title}»</translation>
        </message>
        <message>
            <source>Source {id} was changed elsewhere since; this step was not undone.</source>
            <translation>Источник {id} с тех пор был изменён в другом месте; это действие не отменено.</translation>
        </message>
    </context>
    <context>
        <name>EvidenceDialog</name>
        <message>
            <source>Add evidence</source>
            <translation>Добавить подтверждение</translation>
        </message>
        <message>
            <source>&amp;Add evidence</source>
            <translation>&amp;Добавить подтверждение</translation>
        </message>
        <message>
            <source>Choose a source…</source>
            <translation>Выберите источник…</translation>
        </message>
        <message>
            <source>&amp;Source</source>
            <translation>&amp;Источник</translation>
        </message>
        <message>
            <source>The words of the source (Ctrl+Enter adds)</source>
            <translation>Слова источника (Ctrl+Enter — добавить)</translation>
        </message>
        <message>
            <source>&amp;Quote</source>
            <translation>&amp;Цитата</translation>
        </message>
        <message>
            <source>For item:</source>
            <translation>Для записи:</translation>
        </message>
        <message>
            <source>Type words of another item's title to find it</source>
            <translation>Введите слова из названия другой записи, чтобы найти её</translation>
        </message>
        <message>
            <source>&amp;Find item</source>
            <translation>&amp;Найти запись</translation>
        </message>
        <message>
            <source>Items found</source>
            <translation>Найденные записи</translation>
        </message>
        <message>
            <source>&amp;Item</source>
            <translation>&amp;Запись</translation>
        </message>
        <message>
            <source>Su&amp;pports</source>
            <translation>&amp;Подтверждает</translation>
        </message>
        <message>
            <source>Choose the source the quote comes from.</source>
            <translation>Выберите источник, из которого взята цитата.</translation>
        </message>
        <message>
            <source>Choose the item this quote supports.</source>
            <translation>Выберите запись, которую подтверждает эта цитата.</translation>
        </message>
        <message>
            <source>Discard this quote?</source>
            <translation>Отказаться от этой цитаты?</translation>
        </message>
        <message numerus="yes">
            <source>%Ln character(s) of text</source>
            <translation>
                <numerusform>%Ln символ текста</numerusform>
                <numerusform>%Ln символа текста</numerusform>
                <numerusform>%Ln символов текста</numerusform>
            </translation>
        </message>
        <message>
            <source>No text is stored for this source: the quote is kept as typed, without its place in the text.</source>
            <translation>Для этого источника не сохранён текст: цитата сохранится в том виде, как введена, без привязки к месту в тексте.</translation>
        </message>
        <message>
            <source>None yet: find it below.</source>
            <translation>Пока не выбрана: найдите её ниже.</translation>
        </message>
        <message>
            <source>Follow-up of {date} [{status}]: {note}</source>
            <translation>Отметка от {date} [{status}]: {note}</translation>
        </message>
        <message>
            <source>Follow-up of {date}: {note}</source>
            <translation>Отметка от {date}: {note}</translation>
        </message>
        <message>
            <source>The event itself</source>
            <translation>Само событие</translation>
        </message>
        <message>
            <source>The agreement itself</source>
            <translation>Само соглашение</translation>
        </message>
        <message>
            <source>The project itself</source>
            <translation>Сам проект</translation>
        </message>
        <message>
            <source>The commitment itself</source>
            <translation>Само обязательство</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message numerus="yes">
            <source>Only the rows in the &amp;current view (%n event(s))</source>
            <translation>
                <numerusform>Только строки &amp;текущего списка (%n событие)</numerusform>
                <numerusform>Только строки &amp;текущего списка (%n события)</numerusform>
                <numerusform>Только строки &amp;текущего списка (%n событий)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Only the rows in the &amp;current view (%n agreement(s))</source>
            <translation>
                <numerusform>Только строки &amp;текущего списка (%n соглашение)</numerusform>
                <numerusform>Только строки &amp;текущего списка (%n соглашения)</numerusform>
                <numerusform>Только строки &amp;текущего списка (%n соглашений)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Only the rows in the &amp;current view (%n project(s))</source>
            <translation>
                <numerusform>Только строки &amp;текущего списка (%n проект)</numerusform>
                <numerusform>Только строки &amp;текущего списка (%n проекта)</numerusform>
                <numerusform>Только строки &amp;текущего списка (%n проектов)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Only the rows in the &amp;current view (%n commitment(s))</source>
            <translation>
                <numerusform>Только строки &amp;текущего списка (%n обязательство)</numerusform>
                <numerusform>Только строки &amp;текущего списка (%n обязательства)</numerusform>
                <numerusform>Только строки &amp;текущего списка (%n обязательств)</numerusform>
            </translation>
        </message>
        <message>
            <source>Export CSV</source>
            <translation>Экспорт CSV</translation>
        </message>
        <message>
            <source>&amp;Folder:</source>
            <translation>&amp;Папка:</translation>
        </message>
        <message>
            <source>&amp;Everything (all tables, one file each)</source>
            <translation>&amp;Всё (все таблицы, по файлу на каждую)</translation>
        </message>
        <message>
            <source>Only the rows in the &amp;current view</source>
            <translation>Только строки &amp;текущего списка</translation>
        </message>
        <message>
            <source>Writes {file} with these rows, and follow_ups.csv, evidence.csv and links.csv restricted to them.</source>
            <translation>Будет записан {file} с этими строками, а также follow_ups.csv, evidence.csv и links.csv только для них.</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Строки</translation>
        </message>
        <message>
            <source>For a &amp;spreadsheet app (UTF-8 with BOM)</source>
            <translation>Для программ электронных табли&amp;ц (UTF-8 с BOM)</translation>
        </message>
        <message>
            <source>Adds a byte-order mark so Excel reads the accents and dashes.</source>
            <translation>Добавляет метку порядка байтов, чтобы Excel правильно читал кириллицу, диакритические знаки и тире.</translation>
        </message>
        <message>
            <source>E&amp;xport</source>
            <translation>&amp;Экспорт</translation>
        </message>
        <message>
            <source>Export to folder</source>
            <translation>Экспорт в папку</translation>
        </message>
        <message>
            <source>Choose a folder to export to.</source>
            <translation>Выберите папку для экспорта.</translation>
        </message>
        <message>
            <source>{folder} is a file, not a folder; choose a folder.</source>
            <translation>{folder} — это файл, а не папка; выберите папку.</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Экспорт отменяется…</translation>
        </message>
        <message>
            <source>Starting the export…</source>
            <translation>Запуск экспорта…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Exporting CSV</source>
            <translation>Экспорт CSV</translation>
        </message>
        <message numerus="yes">
            <source>Writing {file} ({number} of {total}): %Ln row(s)</source>
            <translation>
                <numerusform>Запись {file} ({number} из {total}): %Ln строка</numerusform>
                <numerusform>Запись {file} ({number} из {total}): %Ln строки</numerusform>
                <numerusform>Запись {file} ({number} из {total}): %Ln строк</numerusform>
            </translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Ошибка экспорта</translation>
        </message>
        <message>
            <source>The export was cancelled; no files were written.</source>
            <translation>Экспорт отменён; файлы не записаны.</translation>
        </message>
        <message>
            <source>Replace files?</source>
            <translation>Заменить файлы?</translation>
        </message>
        <message numerus="yes">
            <source>{folder} already holds %n of these CSV file(s). Replace them?</source>
            <translation>
                <numerusform>В папке {folder} уже есть %n из этих CSV-файлов. Заменить?</numerusform>
                <numerusform>В папке {folder} уже есть %n из этих CSV-файлов. Заменить?</numerusform>
                <numerusform>В папке {folder} уже есть %n из этих CSV-файлов. Заменить?</numerusform>
            </translation>
        </message>
        <message>
            <source>Export finished</source>
            <translation>Экспорт завершён</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n file(s) to {folder}</source>
            <translation>
                <numerusform>Экспортирован %n файл в {folder}</numerusform>
                <numerusform>Экспортировано %n файла в {folder}</numerusform>
                <numerusform>Экспортировано %n файлов в {folder}</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Open folder</source>
            <translation>&amp;Открыть папку</translation>
        </message>
    </context>
    <context>
        <name>ExportWorker</name>
        <message>
            <source>Unexpected error: {error}</source>
            <translation>Непредвиденная ошибка: {error}</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>Filter (Ctrl+F)</source>
            <translation>Фильтр (Ctrl+F)</translation>
        </message>
        <message>
            <source>Matches title, summary, location and participants' names</source>
            <translation>Ищет в названии, описании, месте и именах участников</translation>
        </message>
        <message>
            <source>Filter</source>
            <translation>Фильтр</translation>
        </message>
        <message>
            <source>Status filter</source>
            <translation>Фильтр по статусу</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Любой статус</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Просроченные</translation>
        </message>
        <message>
            <source>Past its due date and still open</source>
            <translation>Срок прошёл, а запись ещё не закрыта</translation>
        </message>
        <message>
            <source>Still scheduled, though its date has passed</source>
            <translation>Всё ещё запланировано, хотя дата уже прошла</translation>
        </message>
        <message>
            <source>Sector filter</source>
            <translation>Фильтр по сфере</translation>
        </message>
        <message>
            <source>Any sector</source>
            <translation>Любая сфера</translation>
        </message>
        <message>
            <source>from, e.g. 2024</source>
            <translation>с, напр. 2024</translation>
        </message>
        <message>
            <source>From date</source>
            <translation>Дата с</translation>
        </message>
        <message>
            <source>to, e.g. Q3 2025</source>
            <translation>по, напр. Q3 2025</translation>
        </message>
        <message>
            <source>To date</source>
            <translation>Дата по</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Сбросить</translation>
        </message>
        <message>
            <source>Show every record of this list</source>
            <translation>Показать все записи этого списка</translation>
        </message>
        <message>
            <source>Dat&amp;es:</source>
            <translation>&amp;Даты:</translation>
        </message>
    </context>
    <context>
        <name>FollowUpDialog</name>
        <message>
            <source>Edit follow-up</source>
            <translation>Изменить отметку</translation>
        </message>
        <message>
            <source>Change status to {status}</source>
            <translation>Изменить статус на «{status}»</translation>
        </message>
        <message>
            <source>Add follow-up</source>
            <translation>Добавить отметку</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Дата</translation>
        </message>
        <message>
            <source>What happened (Ctrl+Enter saves)</source>
            <translation>Что произошло (Ctrl+Enter — сохранить)</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Примечание</translation>
        </message>
        <message>
            <source>No change</source>
            <translation>Без изменений</translation>
        </message>
        <message>
            <source>now: {status}</source>
            <translation>сейчас: {status}</translation>
        </message>
        <message>
            <source>St&amp;atus</source>
            <translation>Ст&amp;атус</translation>
        </message>
        <message>
            <source>(no source)</source>
            <translation>(без источника)</translation>
        </message>
        <message>
            <source>Sou&amp;rce</source>
            <translation>&amp;Источник</translation>
        </message>
        <message>
            <source>or the address of a report not yet recorded</source>
            <translation>или адрес публикации, которой ещё нет в базе</translation>
        </message>
        <message>
            <source>Source &amp;URL</source>
            <translation>&amp;URL источника</translation>
        </message>
        <message>
            <source>The exact words of the source (optional)</source>
            <translation>Точные слова источника (необязательно)</translation>
        </message>
        <message>
            <source>&amp;Quote</source>
            <translation>&amp;Цитата</translation>
        </message>
        <message>
            <source>Choose a recorded source or give a new URL, not both.</source>
            <translation>Выберите источник из базы или укажите новый URL, но не то и другое сразу.</translation>
        </message>
        <message>
            <source>Discard this follow-up?</source>
            <translation>Отказаться от этой отметки?</translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Сохранить</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Discard your input?</source>
            <translation>Отказаться от введённых данных?</translation>
        </message>
        <message>
            <source>Discard input?</source>
            <translation>Отказаться от ввода?</translation>
        </message>
    </context>
    <context>
        <name>FuzzyDateEdit</name>
        <message>
            <source>today</source>
            <translation>сегодня</translation>
        </message>
        <message>
            <source>none</source>
            <translation>нет</translation>
        </message>
        <message>
            <source>A day, month, quarter or year; e.g. 2 Sep 2025, Sep 2024, Q1 2026, 2024, Tuesday, last year.</source>
            <translation>День, месяц, квартал или год, например: 2 Sep 2025 (или 2 сентября 2025), Sep 2024, Q1 2026, 2024, Tuesday, last year.</translation>
        </message>
        <message>
            <source>empty → today ({date})</source>
            <translation>пусто → сегодня ({date})</translation>
        </message>
        <message>
            <source>no date</source>
            <translation>без даты</translation>
        </message>
        <message>
            <source>as recorded: {meaning}</source>
            <translation>как сохранено: {meaning}</translation>
        </message>
        <message>
            <source>{typed} → {meaning}</source>
            <translation>{typed} → {meaning}</translation>
        </message>
    </context>
    <context>
        <name>GlobalSearch</name>
        <message>
            <source>Item</source>
            <translation>Запись</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Отметка</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>Цитата</translation>
        </message>
        <message>
            <source>Actor</source>
            <translation>Актор</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Источник</translation>
        </message>
        <message>
            <source>{what}: {title} — {words}</source>
            <translation>{what}: {title} — {words}</translation>
        </message>
        <message>
            <source>Search everything</source>
            <translation>Поиск по всему</translation>
        </message>
        <message>
            <source>Search everything  (Ctrl+K)</source>
            <translation>Поиск по всему  (Ctrl+K)</translation>
        </message>
        <message>
            <source>Search &amp;everything</source>
            <translation>Поиск по вс&amp;ему</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Events (events.csv)</source>
            <translation>События (events.csv)</translation>
        </message>
        <message>
            <source>Agreements (agreements.csv)</source>
            <translation>Соглашения (agreements.csv)</translation>
        </message>
        <message>
            <source>Projects (projects.csv)</source>
            <translation>Проекты (projects.csv)</translation>
        </message>
        <message>
            <source>Commitments (commitments.csv)</source>
            <translation>Обязательства (commitments.csv)</translation>
        </message>
        <message>
            <source>Follow-ups (follow_ups.csv)</source>
            <translation>Отметки (follow_ups.csv)</translation>
        </message>
        <message>
            <source>Actors (actors.csv)</source>
            <translation>Акторы (actors.csv)</translation>
        </message>
        <message>
            <source>Sources (sources.csv)</source>
            <translation>Источники (sources.csv)</translation>
        </message>
        <message>
            <source>Evidence (evidence.csv)</source>
            <translation>Подтверждения (evidence.csv)</translation>
        </message>
        <message>
            <source>Links (links.csv)</source>
            <translation>Связи (links.csv)</translation>
        </message>
        <message>
            <source>Import CSV</source>
            <translation>Импорт CSV</translation>
        </message>
        <message>
            <source>A CSV file the export wrote, or one edited from it</source>
            <translation>CSV-файл, созданный экспортом, или его отредактированная версия</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Файл:</translation>
        </message>
        <message>
            <source>&amp;Holds:</source>
            <translation>&amp;Содержит:</translation>
        </message>
        <message>
            <source>Choose a file to check.</source>
            <translation>Выберите файл для проверки.</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Строка</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Столбец</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Ошибка</translation>
        </message>
        <message>
            <source>Every row is checked before anything is written, and the database is backed up just before an import. Import sources and actors before the items that name them, and items before their follow-ups, evidence and links.</source>
            <translation>Все строки проверяются до того, как что-либо будет записано, а непосредственно перед импортом создаётся резервная копия базы данных. Импортируйте источники и акторов раньше записей, которые на них ссылаются, а записи — раньше их отметок, подтверждений и связей.</translation>
        </message>
        <message>
            <source>&amp;Check</source>
            <translation>&amp;Проверить</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Импортировать</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Файлы CSV (*.csv)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Все файлы (*)</translation>
        </message>
        <message>
            <source>Checking {file}…</source>
            <translation>Проверка {file}…</translation>
        </message>
        <message>
            <source>Importing {file}…</source>
            <translation>Импорт {file}…</translation>
        </message>
        <message>
            <source>The file has no rows.</source>
            <translation>В файле нет строк.</translation>
        </message>
        <message numerus="yes">
            <source>{refused} The first %n are listed. Fix the file and check it again.</source>
            <translation>
                <numerusform>{refused} Показано первых: %n. Исправьте файл и проверьте его снова.</numerusform>
                <numerusform>{refused} Показано первых: %n. Исправьте файл и проверьте его снова.</numerusform>
                <numerusform>{refused} Показано первых: %n. Исправьте файл и проверьте его снова.</numerusform>
            </translation>
        </message>
        <message>
            <source>{refused} Fix the file and check it again.</source>
            <translation>{refused} Исправьте файл и проверьте его снова.</translation>
        </message>
    </context>
    <context>
        <name>ImportWorker</name>
        <message>
            <source>Unexpected error: {error}</source>
            <translation>Непредвиденная ошибка: {error}</translation>
        </message>
    </context>
    <context>
        <name>ItemDialog</name>
        <message>
            <source>D&amp;ue (in force by)</source>
            <translation>С&amp;рок (вступление в силу)</translation>
        </message>
        <message>
            <source>D&amp;ue (target)</source>
            <translation>С&amp;рок (плановый)</translation>
        </message>
        <message>
            <source>D&amp;ue</source>
            <translation>С&amp;рок</translation>
        </message>
        <message>
            <source>New event</source>
            <translation>Новое событие</translation>
        </message>
        <message>
            <source>New agreement</source>
            <translation>Новое соглашение</translation>
        </message>
        <message>
            <source>New project</source>
            <translation>Новый проект</translation>
        </message>
        <message>
            <source>New commitment</source>
            <translation>Новое обязательство</translation>
        </message>
        <message>
            <source>Discard this new event?</source>
            <translation>Отказаться от нового события?</translation>
        </message>
        <message>
            <source>Discard this new agreement?</source>
            <translation>Отказаться от нового соглашения?</translation>
        </message>
        <message>
            <source>Discard this new project?</source>
            <translation>Отказаться от нового проекта?</translation>
        </message>
        <message>
            <source>Discard this new commitment?</source>
            <translation>Отказаться от нового обязательства?</translation>
        </message>
        <message>
            <source>A short name, e.g. Sharif meets Putin in Beijing</source>
            <translation>Краткое название, например: Шариф встречается с Путиным в Пекине</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Название</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Дата</translation>
        </message>
        <message>
            <source>Legal &amp;nature</source>
            <translation>Правовой &amp;характер</translation>
        </message>
        <message>
            <source>T&amp;ype</source>
            <translation>&amp;Тип</translation>
        </message>
        <message>
            <source>St&amp;atus</source>
            <translation>Ст&amp;атус</translation>
        </message>
        <message>
            <source>e.g. Beijing, Moscow, Karachi</source>
            <translation>например: Пекин, Москва, Карачи</translation>
        </message>
        <message>
            <source>where it was made, e.g. Beijing</source>
            <translation>где оно было взято, например: Пекин</translation>
        </message>
        <message>
            <source>&amp;Location</source>
            <translation>&amp;Место</translation>
        </message>
        <message>
            <source>&amp;Participants</source>
            <translation>&amp;Участники</translation>
        </message>
        <message>
            <source>Se&amp;ctors</source>
            <translation>С&amp;феры</translation>
        </message>
        <message>
            <source>What happened, in a few sentences</source>
            <translation>Что произошло, в нескольких предложениях</translation>
        </message>
        <message>
            <source>Su&amp;mmary</source>
            <translation>&amp;Описание</translation>
        </message>
        <message>
            <source>Source (optional)</source>
            <translation>Источник (необязательно)</translation>
        </message>
        <message>
            <source>https://… the article this comes from</source>
            <translation>https://… статья, из которой это взято</translation>
        </message>
        <message>
            <source>Source U&amp;RL</source>
            <translation>U&amp;RL источника</translation>
        </message>
        <message>
            <source>The exact sentence from the source, word for word</source>
            <translation>Точная фраза из источника, слово в слово</translation>
        </message>
        <message>
            <source>&amp;Quote</source>
            <translation>&amp;Цитата</translation>
        </message>
        <message>
            <source>The title cannot be empty.</source>
            <translation>Название не может быть пустым.</translation>
        </message>
    </context>
    <context>
        <name>ItemForm</name>
        <message>
            <source>Where the commitment was made (the meeting or statement), not where it is to be carried out.</source>
            <translation>Где было взято обязательство (встреча или заявление), а не где его предстоит выполнять.</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Название:</translation>
        </message>
        <message>
            <source>Legal &amp;nature:</source>
            <translation>Правовой &amp;характер:</translation>
        </message>
        <message>
            <source>T&amp;ype:</source>
            <translation>&amp;Тип:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Дата:</translation>
        </message>
        <message>
            <source>D&amp;ue:</source>
            <translation>С&amp;рок:</translation>
        </message>
        <message>
            <source>&amp;Location:</source>
            <translation>&amp;Место:</translation>
        </message>
        <message>
            <source>&amp;Participants:</source>
            <translation>&amp;Участники:</translation>
        </message>
        <message>
            <source>Sect&amp;ors:</source>
            <translation>С&amp;феры:</translation>
        </message>
        <message>
            <source>Su&amp;mmary:</source>
            <translation>&amp;Описание:</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Сохранить</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>Сбросить</translation>
        </message>
        <message>
            <source>The date cannot be empty.</source>
            <translation>Дата не может быть пустой.</translation>
        </message>
    </context>
    <context>
        <name>ItemPage</name>
        <message>
            <source>List of events</source>
            <translation>Список событий</translation>
        </message>
        <message>
            <source>List of agreements</source>
            <translation>Список соглашений</translation>
        </message>
        <message>
            <source>List of projects</source>
            <translation>Список проектов</translation>
        </message>
        <message>
            <source>List of commitments</source>
            <translation>Список обязательств</translation>
        </message>
        <message>
            <source>The list could not be read</source>
            <translation>Не удалось прочитать список</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Несохранённые изменения</translation>
        </message>
        <message>
            <source>Save your changes to this item before leaving it?</source>
            <translation>Сохранить изменения в этой записи перед переходом?</translation>
        </message>
    </context>
    <context>
        <name>Kind</name>
        <message>
            <source>Event</source>
            <translation>Событие</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>События</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Соглашение</translation>
        </message>
        <message>
            <source>Agreements</source>
            <translation>Соглашения</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>Проект</translation>
        </message>
        <message>
            <source>Projects</source>
            <translation>Проекты</translation>
        </message>
        <message>
            <source>Commitment</source>
            <translation>Обязательство</translation>
        </message>
        <message>
            <source>Commitments</source>
            <translation>Обязательства</translation>
        </message>
    </context>
    <context>
        <name>LegalNature</name>
        <message>
            <source>treaty</source>
            <translation>договор</translation>
        </message>
        <message>
            <source>agreement</source>
            <translation>соглашение</translation>
        </message>
        <message>
            <source>MoU (non-binding)</source>
            <translation>меморандум (необязывающий)</translation>
        </message>
        <message>
            <source>protocol</source>
            <translation>протокол</translation>
        </message>
        <message>
            <source>contract</source>
            <translation>контракт</translation>
        </message>
        <message>
            <source>joint statement</source>
            <translation>совместное заявление</translation>
        </message>
    </context>
    <context>
        <name>LinkDialog</name>
        <message>
            <source>This event implements {target}</source>
            <translation>Это событие реализует {target}</translation>
        </message>
        <message>
            <source>This event fulfils {target}</source>
            <translation>Это событие выполняет {target}</translation>
        </message>
        <message>
            <source>This event follows up {target}</source>
            <translation>Это событие продолжает {target}</translation>
        </message>
        <message>
            <source>This event is part of {target}</source>
            <translation>Это событие входит в {target}</translation>
        </message>
        <message>
            <source>This event mentions {target}</source>
            <translation>Это событие упоминает {target}</translation>
        </message>
        <message>
            <source>This agreement implements {target}</source>
            <translation>Это соглашение реализует {target}</translation>
        </message>
        <message>
            <source>This agreement fulfils {target}</source>
            <translation>Это соглашение выполняет {target}</translation>
        </message>
        <message>
            <source>This agreement follows up {target}</source>
            <translation>Это соглашение продолжает {target}</translation>
        </message>
        <message>
            <source>This agreement is part of {target}</source>
            <translation>Это соглашение входит в {target}</translation>
        </message>
        <message>
            <source>This agreement mentions {target}</source>
            <translation>Это соглашение упоминает {target}</translation>
        </message>
        <message>
            <source>This project implements {target}</source>
            <translation>Этот проект реализует {target}</translation>
        </message>
        <message>
            <source>This project fulfils {target}</source>
            <translation>Этот проект выполняет {target}</translation>
        </message>
        <message>
            <source>This project follows up {target}</source>
            <translation>Этот проект продолжает {target}</translation>
        </message>
        <message>
            <source>This project is part of {target}</source>
            <translation>Этот проект входит в {target}</translation>
        </message>
        <message>
            <source>This project mentions {target}</source>
            <translation>Этот проект упоминает {target}</translation>
        </message>
        <message>
            <source>This commitment implements {target}</source>
            <translation>Это обязательство реализует {target}</translation>
        </message>
        <message>
            <source>This commitment fulfils {target}</source>
            <translation>Это обязательство выполняет {target}</translation>
        </message>
        <message>
            <source>This commitment follows up {target}</source>
            <translation>Это обязательство продолжает {target}</translation>
        </message>
        <message>
            <source>This commitment is part of {target}</source>
            <translation>Это обязательство входит в {target}</translation>
        </message>
        <message>
            <source>This commitment mentions {target}</source>
            <translation>Это обязательство упоминает {target}</translation>
        </message>
        <message>
            <source>Link #{id} {title}</source>
            <translation>Связать #{id} {title}</translation>
        </message>
        <message>
            <source>Words in a title, summary, place or participant</source>
            <translation>Слова из названия, описания, места или имени участника</translation>
        </message>
        <message>
            <source>Optional: why these items are linked</source>
            <translation>Необязательно: почему эти записи связаны</translation>
        </message>
        <message>
            <source>&amp;Link</source>
            <translation>&amp;Связать</translation>
        </message>
        <message>
            <source>Link &amp;type:</source>
            <translation>&amp;Тип связи:</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Поиск:</translation>
        </message>
        <message>
            <source>T&amp;o item:</source>
            <translation>С &amp;записью:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>Приме&amp;чание:</translation>
        </message>
        <message>
            <source>Choose the item to link to.</source>
            <translation>Выберите запись, с которой нужно связать.</translation>
        </message>
    </context>
    <context>
        <name>LinkType</name>
        <message>
            <source>implements</source>
            <translation>реализует</translation>
        </message>
        <message>
            <source>fulfils</source>
            <translation>выполняет</translation>
        </message>
        <message>
            <source>follows-up</source>
            <translation>продолжает</translation>
        </message>
        <message>
            <source>part-of</source>
            <translation>входит в</translation>
        </message>
        <message>
            <source>mentions</source>
            <translation>упоминает</translation>
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
            <translation>Разделы</translation>
        </message>
        <message>
            <source>Opening {name}…</source>
            <translation>Открытие {name}…</translation>
        </message>
        <message>
            <source>Pakru Desktop — {database}</source>
            <translation>Pakru Desktop — {database}</translation>
        </message>
        <message>
            <source>New &amp;event…</source>
            <translation>Создать &amp;событие…</translation>
        </message>
        <message>
            <source>New &amp;agreement…</source>
            <translation>Создать со&amp;глашение…</translation>
        </message>
        <message>
            <source>New &amp;project…</source>
            <translation>Создать &amp;проект…</translation>
        </message>
        <message>
            <source>New &amp;commitment…</source>
            <translation>Создать о&amp;бязательство…</translation>
        </message>
        <message>
            <source>&amp;New database…</source>
            <translation>Создать базу &amp;данных…</translation>
        </message>
        <message>
            <source>&amp;Open database…</source>
            <translation>&amp;Открыть базу данных…</translation>
        </message>
        <message>
            <source>&amp;Export CSV…</source>
            <translation>&amp;Экспорт CSV…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>В&amp;ыход</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Отменить</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Повторить</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Найти</translation>
        </message>
        <message>
            <source>&amp;Delete item…</source>
            <translation>&amp;Удалить запись…</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Обновить</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Назад</translation>
        </message>
        <message>
            <source>&amp;Forward</source>
            <translation>В&amp;перёд</translation>
        </message>
        <message>
            <source>&amp;About Pakru Desktop</source>
            <translation>&amp;О программе Pakru Desktop</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Сочетания клавиш</translation>
        </message>
        <message>
            <source>&amp;Import CSV…</source>
            <translation>&amp;Импорт CSV…</translation>
        </message>
        <message>
            <source>Import &amp;article…</source>
            <translation>Импорт с&amp;татьи…</translation>
        </message>
        <message>
            <source>&amp;Backups…</source>
            <translation>&amp;Резервные копии…</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>Н&amp;астройки…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>Открыть &amp;недавние</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Правка</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Вид</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Справка</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Основная панель инструментов</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Отменить</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Повторить</translation>
        </message>
        <message>
            <source>Overview as of {date}</source>
            <translation>Обзор на {date}</translation>
        </message>
        <message>
            <source>Reading the list of {kinds}…</source>
            <translation>Загрузка списка: {kinds}…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln actor(s)</source>
            <translation>
                <numerusform>%Ln актор</numerusform>
                <numerusform>%Ln актора</numerusform>
                <numerusform>%Ln акторов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln source(s)</source>
            <translation>
                <numerusform>%Ln источник</numerusform>
                <numerusform>%Ln источника</numerusform>
                <numerusform>%Ln источников</numerusform>
            </translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Обзор</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>События</translation>
        </message>
        <message>
            <source>Agreements</source>
            <translation>Соглашения</translation>
        </message>
        <message>
            <source>Projects</source>
            <translation>Проекты</translation>
        </message>
        <message>
            <source>Commitments</source>
            <translation>Обязательства</translation>
        </message>
        <message>
            <source>Actors</source>
            <translation>Акторы</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Источники</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Хронология</translation>
        </message>
        <message>
            <source>&amp;1 Overview</source>
            <translation>&amp;1 Обзор</translation>
        </message>
        <message>
            <source>&amp;2 Events</source>
            <translation>&amp;2 События</translation>
        </message>
        <message>
            <source>&amp;3 Agreements</source>
            <translation>&amp;3 Соглашения</translation>
        </message>
        <message>
            <source>&amp;4 Projects</source>
            <translation>&amp;4 Проекты</translation>
        </message>
        <message>
            <source>&amp;5 Commitments</source>
            <translation>&amp;5 Обязательства</translation>
        </message>
        <message>
            <source>&amp;6 Actors</source>
            <translation>&amp;6 Акторы</translation>
        </message>
        <message>
            <source>&amp;7 Sources</source>
            <translation>&amp;7 Источники</translation>
        </message>
        <message>
            <source>&amp;8 Timeline</source>
            <translation>&amp;8 Хронология</translation>
        </message>
        <message numerus="yes">
            <source>%Ln event(s) match the filter</source>
            <translation>
                <numerusform>%Ln событие соответствует фильтру</numerusform>
                <numerusform>%Ln события соответствуют фильтру</numerusform>
                <numerusform>%Ln событий соответствуют фильтру</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln agreement(s) match the filter</source>
            <translation>
                <numerusform>%Ln соглашение соответствует фильтру</numerusform>
                <numerusform>%Ln соглашения соответствуют фильтру</numerusform>
                <numerusform>%Ln соглашений соответствуют фильтру</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln project(s) match the filter</source>
            <translation>
                <numerusform>%Ln проект соответствует фильтру</numerusform>
                <numerusform>%Ln проекта соответствуют фильтру</numerusform>
                <numerusform>%Ln проектов соответствуют фильтру</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln commitment(s) match the filter</source>
            <translation>
                <numerusform>%Ln обязательство соответствует фильтру</numerusform>
                <numerusform>%Ln обязательства соответствуют фильтру</numerusform>
                <numerusform>%Ln обязательств соответствуют фильтру</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln event(s)</source>
            <translation>
                <numerusform>%Ln событие</numerusform>
                <numerusform>%Ln события</numerusform>
                <numerusform>%Ln событий</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln agreement(s)</source>
            <translation>
                <numerusform>%Ln соглашение</numerusform>
                <numerusform>%Ln соглашения</numerusform>
                <numerusform>%Ln соглашений</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln project(s)</source>
            <translation>
                <numerusform>%Ln проект</numerusform>
                <numerusform>%Ln проекта</numerusform>
                <numerusform>%Ln проектов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln commitment(s)</source>
            <translation>
                <numerusform>%Ln обязательство</numerusform>
                <numerusform>%Ln обязательства</numerusform>
                <numerusform>%Ln обязательств</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>'{kind}' is not a kind of item ({known}).</source>
            <translation>'{kind}' — не вид записи ({known}).</translation>
        </message>
        <message>
            <source>'{url}' is not a database URL (e.g. sqlite:///path/pakru.sqlite3).</source>
            <translation>'{url}' — не URL базы данных (пример: sqlite:///path/pakru.sqlite3).</translation>
        </message>
        <message>
            <source>A colleague changed the same records at the same moment; nothing was changed. Try again.</source>
            <translation>Коллега изменил те же записи в тот же момент; ничего не изменено. Попробуйте ещё раз.</translation>
        </message>
        <message>
            <source>A copy goes into a database that stays: a file or a server, not memory.</source>
            <translation>Копия записывается в базу данных, которая сохраняется: в файл или на сервер, а не в память.</translation>
        </message>
        <message>
            <source>A database already exists at {path}; it was left as is.</source>
            <translation>База данных {path} уже существует; она оставлена как есть.</translation>
        </message>
        <message>
            <source>A date is required.</source>
            <translation>Укажите дату.</translation>
        </message>
        <message>
            <source>A follow-up needs a note or a new status.</source>
            <translation>Для отметки нужно примечание или новый статус.</translation>
        </message>
        <message>
            <source>A fuzzy date must start on a calendar day, not {start}.</source>
            <translation>Неточная дата должна начинаться с календарного дня, а не с {start}.</translation>
        </message>
        <message>
            <source>A participant has no name.</source>
            <translation>У участника нет имени.</translation>
        </message>
        <message>
            <source>A quote needs the URL of the source it comes from.</source>
            <translation>Для цитаты нужен URL источника, из которого она взята.</translation>
        </message>
        <message>
            <source>A quote needs the source it comes from.</source>
            <translation>Для цитаты нужен источник, из которого она взята.</translation>
        </message>
        <message>
            <source>A sector cannot be empty.</source>
            <translation>Сфера не может быть пустой.</translation>
        </message>
        <message>
            <source>A {kind} has no type.</source>
            <translation>Для вида «{kind}» тип не предусмотрен.</translation>
        </message>
        <message>
            <source>Actor {actor_id} already exists; it cannot be restored twice.</source>
            <translation>Актор #{actor_id} уже существует; его нельзя восстановить дважды.</translation>
        </message>
        <message>
            <source>Actor {actor_id} exists again; the merge of {removed} was not undone.</source>
            <translation>Актор #{actor_id} уже снова существует; объединение с «{removed}» не отменено.</translation>
        </message>
        <message>
            <source>An actor cannot be merged with itself; choose another actor.</source>
            <translation>Актора нельзя объединить с самим собой; выберите другого актора.</translation>
        </message>
        <message>
            <source>An event has no due date; use its date instead.</source>
            <translation>У события нет срока; укажите вместо него дату события.</translation>
        </message>
        <message>
            <source>An item cannot be linked to itself.</source>
            <translation>Запись нельзя связать саму с собой.</translation>
        </message>
        <message>
            <source>Another program is creating the database {path}; try again in a moment.</source>
            <translation>Другая программа сейчас создаёт базу данных {path}; повторите попытку чуть позже.</translation>
        </message>
        <message>
            <source>Apr</source>
            <translation>апр.</translation>
        </message>
        <message>
            <source>Aug</source>
            <translation>авг.</translation>
        </message>
        <message>
            <source>Bad publication date: {error}</source>
            <translation>Неверная дата публикации: {error}</translation>
        </message>
        <message>
            <source>Bad {what}: {error}</source>
            <translation>Ошибка в поле «{what}»: {error}</translation>
        </message>
        <message>
            <source>Cannot back up to {path}: {reason}.</source>
            <translation>Не удалось сохранить резервную копию в {path}: {reason}.</translation>
        </message>
        <message>
            <source>Cannot back up {path} {why}: {reason}.</source>
            <translation>Не удалось создать резервную копию {path} {why}: {reason}.</translation>
        </message>
        <message>
            <source>Cannot create a database in {folder}: {reason}.</source>
            <translation>Не удалось создать базу данных в папке {folder}: {reason}.</translation>
        </message>
        <message>
            <source>Cannot create the folder {folder}: {reason}.</source>
            <translation>Не удалось создать папку {folder}: {reason}.</translation>
        </message>
        <message>
            <source>Cannot keep a copy of {path}: {reason}.</source>
            <translation>Не удалось сохранить копию {path}: {reason}.</translation>
        </message>
        <message>
            <source>Cannot read {path}: {reason}.</source>
            <translation>Не удалось прочитать {path}: {reason}.</translation>
        </message>
        <message>
            <source>Cannot read {text} as a date because day and month order is ambiguous; write it as year-month-day, e.g. 2025-09-02.</source>
            <translation>Не удалось прочитать {text} как дату: неясно, где день, а где месяц; запишите её в виде год-месяц-день, например 2025-09-02.</translation>
        </message>
        <message>
            <source>Cannot read {text} as a date: years must be from {min_year} to {max_year}.</source>
            <translation>Не удалось прочитать {text} как дату: год должен быть в пределах от {min_year} до {max_year}.</translation>
        </message>
        <message>
            <source>Cannot read {text} as a date: {month} {year} has no day {day}.</source>
            <translation>Не удалось прочитать {text} как дату: даты {day} {month} {year} не существует.</translation>
        </message>
        <message>
            <source>Cannot read {text} as a date; try 2 Sep 2025, Sep 2024, Q1 2026, 2024 or 17–18 Nov 2025.</source>
            <translation>Не удалось прочитать {text} как дату; попробуйте так: 2 Sep 2025 (или 2 сентября 2025), Sep 2024, Q1 2026, 2024 или 17–18 Nov 2025.</translation>
        </message>
        <message>
            <source>Cannot restore {backup}: {reason}.</source>
            <translation>Не удалось восстановить данные из {backup}: {reason}.</translation>
        </message>
        <message>
            <source>Cannot tell from the name {name} what the file holds; say which kind it is ({choices}).</source>
            <translation>По имени {name} нельзя понять, что содержит файл; укажите, что в нём ({choices}).</translation>
        </message>
        <message>
            <source>Cannot use the database URL '{url}': {reason}.</source>
            <translation>Не удалось использовать URL базы данных '{url}': {reason}.</translation>
        </message>
        <message>
            <source>Cannot use {backup} as a backup: {reason}.</source>
            <translation>Не удалось использовать {backup} как резервную копию: {reason}.</translation>
        </message>
        <message>
            <source>Cannot write into {folder}: {reason}.</source>
            <translation>Не удалось записать в папку {folder}: {reason}.</translation>
        </message>
        <message>
            <source>Dec</source>
            <translation>дек.</translation>
        </message>
        <message>
            <source>Evidence {evidence_id} already exists; it was not added twice.</source>
            <translation>Подтверждение #{evidence_id} уже существует; повторно оно не добавлено.</translation>
        </message>
        <message>
            <source>Evidence {record_id} belongs to item {owner_id}, not item {item_id}; it cannot move to another item (empty its id to add it there as new).</source>
            <translation>Подтверждение #{record_id} относится к записи #{owner_id}, а не к записи #{item_id}; перенести его в другую запись нельзя (очистите его id, чтобы добавить его туда как новое).</translation>
        </message>
        <message>
            <source>Feb</source>
            <translation>февр.</translation>
        </message>
        <message>
            <source>Follow-up {follow_up_id} belongs to item {owner_id}, not to item {item_id}; quote it for that item, or choose one of item {item_id}'s follow-ups.</source>
            <translation>Отметка #{follow_up_id} относится к записи #{owner_id}, а не к записи #{item_id}; добавьте цитату для той записи или выберите одну из отметок записи #{item_id}.</translation>
        </message>
        <message>
            <source>Follow-up {follow_up_id} is on item {owner_id}, not item {item_id}.</source>
            <translation>Отметка #{follow_up_id} относится к записи #{owner_id}, а не к записи #{item_id}.</translation>
        </message>
        <message>
            <source>Follow-up {follow_up_id} no longer exists; its quote cannot be put back.</source>
            <translation>Отметки #{follow_up_id} больше нет; её цитату нельзя вернуть.</translation>
        </message>
        <message>
            <source>Follow-up {record_id} belongs to item {owner_id}, not item {item_id}; it cannot move to another item (empty its id to add it there as new).</source>
            <translation>Отметка #{record_id} относится к записи #{owner_id}, а не к записи #{item_id}; перенести её в другую запись нельзя (очистите её id, чтобы добавить её туда как новую).</translation>
        </message>
        <message>
            <source>Give a count from 1 to {limit}; {count} is out of range.</source>
            <translation>Укажите количество от 1 до {limit}; {count} — вне допустимого диапазона.</translation>
        </message>
        <message>
            <source>Give either a database file (--db) or a database URL, not both.</source>
            <translation>Укажите либо файл базы данных (--db), либо URL базы данных, но не то и другое сразу.</translation>
        </message>
        <message>
            <source>Give the quote that this source supports.</source>
            <translation>Укажите цитату из этого источника.</translation>
        </message>
        <message>
            <source>Give the source by URL or by id, not both.</source>
            <translation>Укажите источник либо по URL, либо по id, но не то и другое сразу.</translation>
        </message>
        <message>
            <source>Item {from_id} already {link_type} item {to_id} (link {link_id}).</source>
            <translation>Связь «{link_type}» от записи #{from_id} к записи #{to_id} уже есть (связь #{link_id}).</translation>
        </message>
        <message>
            <source>Item {from_id} already {link_type} item {to_id}.</source>
            <translation>Связь «{link_type}» от записи #{from_id} к записи #{to_id} уже есть.</translation>
        </message>
        <message>
            <source>Item {item_id}</source>
            <translation>Запись {item_id}</translation>
        </message>
        <message>
            <source>Item {item_id} already exists; it cannot be restored twice.</source>
            <translation>Запись #{item_id} уже существует; её нельзя восстановить дважды.</translation>
        </message>
        <message>
            <source>Item {item_id} here was created {stored}, not {given}: it is another record. Empty the id cell to add the row as a new item.</source>
            <translation>Запись #{item_id} здесь создана {stored}, а не {given}: это другая запись. Очистите ячейку id, чтобы добавить строку как новую запись.</translation>
        </message>
        <message>
            <source>Item {item_id} is at version {version}, not {expected}: it was changed elsewhere; it was not deleted.</source>
            <translation>У записи #{item_id} версия {version}, а не {expected}: она была изменена в другом месте и не удалена.</translation>
        </message>
        <message>
            <source>Item {item_id} is {stored}, not {wanted}; import it with its own file ({file}).</source>
            <translation>Запись #{item_id} — это {stored}, а не {wanted}; импортируйте её из её собственного файла ({file}).</translation>
        </message>
        <message>
            <source>Item {item_id} no longer exists.</source>
            <translation>Записи #{item_id} больше нет.</translation>
        </message>
        <message>
            <source>Item {item_id} no longer exists; its quote cannot be put back.</source>
            <translation>Записи #{item_id} больше нет; её цитату нельзя вернуть.</translation>
        </message>
        <message>
            <source>Item {item_id} was changed after this file was written (it is at version {stored} here, the file has {given}); export it again and redo the change there.</source>
            <translation>Запись #{item_id} изменилась после того, как был записан этот файл (здесь у неё версия {stored}, а в файле — {given}); экспортируйте её заново и повторите изменение в новом файле.</translation>
        </message>
        <message>
            <source>Item {item_id} was changed elsewhere meanwhile; nothing was written.</source>
            <translation>Тем временем запись #{item_id} была изменена в другом месте; ничего не записано.</translation>
        </message>
        <message>
            <source>Item {item_id} was changed since the import; nothing was undone.</source>
            <translation>Запись #{item_id} изменилась после импорта; ничего не отменено.</translation>
        </message>
        <message>
            <source>Item {item_id} was deleted meanwhile.</source>
            <translation>Тем временем запись #{item_id} была удалена.</translation>
        </message>
        <message>
            <source>Jan</source>
            <translation>янв.</translation>
        </message>
        <message>
            <source>Jul</source>
            <translation>июл.</translation>
        </message>
        <message>
            <source>Jun</source>
            <translation>июн.</translation>
        </message>
        <message>
            <source>Link {link_id} joins items {from_id} and {to_id}; a link cannot be moved (empty its id to add a new one).</source>
            <translation>Связь #{link_id} соединяет записи #{from_id} и #{to_id}; связь нельзя перенести (очистите её id, чтобы добавить новую).</translation>
        </message>
        <message>
            <source>Mar</source>
            <translation>мар.</translation>
        </message>
        <message>
            <source>May</source>
            <translation>мая</translation>
        </message>
        <message>
            <source>Nov</source>
            <translation>нояб.</translation>
        </message>
        <message>
            <source>Oct</source>
            <translation>окт.</translation>
        </message>
        <message>
            <source>Participant {text} has no name; write NAME or NAME:ROLE.</source>
            <translation>У участника {text} нет имени; пишите ИМЯ или ИМЯ:РОЛЬ.</translation>
        </message>
        <message>
            <source>PostgreSQL needs its driver: install it with pip install "pakru-desktop[postgres]".</source>
            <translation>Для PostgreSQL нужен драйвер: установите его командой pip install "pakru-desktop[postgres]".</translation>
        </message>
        <message>
            <source>Roles are a server's; who may read or change a SQLite file is set by its file permissions.</source>
            <translation>Роли бывают только на сервере; кто может читать или менять файл SQLite, задают права доступа к файлу.</translation>
        </message>
        <message>
            <source>Sep</source>
            <translation>сент.</translation>
        </message>
        <message>
            <source>Source {source_id}</source>
            <translation>Источник {source_id}</translation>
        </message>
        <message>
            <source>Source {source_id} (“{title}”) already has this web address; edit that source instead.</source>
            <translation>Этот веб-адрес уже есть у источника #{source_id} («{title}»); лучше измените тот источник.</translation>
        </message>
        <message>
            <source>Source {source_id} already exists; it was not added twice.</source>
            <translation>Источник #{source_id} уже существует; повторно он не добавлен.</translation>
        </message>
        <message>
            <source>Source {source_id} already has the ref {ref}.</source>
            <translation>Ссылочный код {ref} уже есть у источника #{source_id}.</translation>
        </message>
        <message>
            <source>Source {source_id} already has the seed id {ref}.</source>
            <translation>Код исходных данных {ref} уже есть у источника #{source_id}.</translation>
        </message>
        <message>
            <source>Source {source_id} is cited by {cited} follow-up; remove it first.</source>
            <translation>На источник #{source_id} ссылается {cited} отметка; сначала удалите её.</translation>
        </message>
        <message>
            <source>Source {source_id} is cited by {cited} follow-ups; remove them first.</source>
            <translation>На источник #{source_id} ссылаются отметки ({cited}); сначала удалите их.</translation>
        </message>
        <message>
            <source>Source {source_id} is quoted by {quoted_by} piece of evidence and cited by {cited} follow-up; remove them first.</source>
            <translation>Источник #{source_id} цитируется в {quoted_by} подтверждении, и на него ссылается {cited} отметка; сначала удалите их.</translation>
        </message>
        <message>
            <source>Source {source_id} is quoted by {quoted_by} piece of evidence and cited by {cited} follow-ups; remove them first.</source>
            <translation>Источник #{source_id} цитируется в {quoted_by} подтверждении, и на него ссылаются отметки ({cited}); сначала удалите их.</translation>
        </message>
        <message>
            <source>Source {source_id} is quoted by {quoted_by} piece of evidence; remove it first.</source>
            <translation>Источник #{source_id} цитируется в {quoted_by} подтверждении; сначала удалите его.</translation>
        </message>
        <message>
            <source>Source {source_id} is quoted by {quoted_by} pieces of evidence and cited by {cited} follow-up; remove them first.</source>
            <translation>Источник #{source_id} цитируется в подтверждениях ({quoted_by}), и на него ссылается {cited} отметка; сначала удалите их.</translation>
        </message>
        <message>
            <source>Source {source_id} is quoted by {quoted_by} pieces of evidence and cited by {cited} follow-ups; remove them first.</source>
            <translation>Источник #{source_id} цитируется в подтверждениях ({quoted_by}), и на него ссылаются отметки ({cited}); сначала удалите их.</translation>
        </message>
        <message>
            <source>Source {source_id} is quoted by {quoted_by} pieces of evidence; remove them first.</source>
            <translation>Источник #{source_id} цитируется в подтверждениях ({quoted_by}); сначала удалите их.</translation>
        </message>
        <message>
            <source>Source {source_id} no longer exists; its quote cannot be put back.</source>
            <translation>Источника #{source_id} больше нет; цитату из него нельзя вернуть.</translation>
        </message>
        <message>
            <source>That is the database itself, not a backup of it.</source>
            <translation>Это сама база данных, а не её резервная копия.</translation>
        </message>
        <message>
            <source>The article does not say when it was published; give its date (--published 2025-09-02).</source>
            <translation>В статье не сказано, когда она опубликована; укажите её дату (--published 2025-09-02).</translation>
        </message>
        <message>
            <source>The article has no text.</source>
            <translation>В статье нет текста.</translation>
        </message>
        <message>
            <source>The backup {backup} is damaged; choose another one.</source>
            <translation>Резервная копия {backup} повреждена; выберите другую.</translation>
        </message>
        <message>
            <source>The cell holds a character that is not text ({character}); remove it.</source>
            <translation>В ячейке есть недопустимый символ ({character}); удалите его.</translation>
        </message>
        <message>
            <source>The change conflicts with existing records (a duplicate or a missing reference); nothing was written.</source>
            <translation>Изменение противоречит существующим записям (дубликат или ссылка на несуществующую запись); ничего не записано.</translation>
        </message>
        <message>
            <source>The copy of {table} does not match its source ({copied} rows read back of {rows}); nothing was copied.</source>
            <translation>Копия {table} не совпадает с источником (прочитано {copied} строк из {rows}); ничего не скопировано.</translation>
        </message>
        <message>
            <source>The database file cannot be opened; check the path and permissions.</source>
            <translation>Не удаётся открыть файл базы данных; проверьте путь и права доступа.</translation>
        </message>
        <message>
            <source>The database file could not be read or written (a disk error); nothing was changed.</source>
            <translation>Не удалось прочитать или записать файл базы данных (ошибка диска); ничего не изменено.</translation>
        </message>
        <message>
            <source>The database file is damaged; nothing was changed. Restore it from a backup copy.</source>
            <translation>Файл базы данных повреждён; ничего не изменено. Восстановите его из резервной копии.</translation>
        </message>
        <message>
            <source>The database file {path} cannot be opened: {reason}.</source>
            <translation>Не удаётся открыть файл базы данных {path}: {reason}.</translation>
        </message>
        <message>
            <source>The database file {path} cannot be read: {reason}.</source>
            <translation>Не удаётся прочитать файл базы данных {path}: {reason}.</translation>
        </message>
        <message>
            <source>The database file {path} is damaged or is not a database; it was left untouched.</source>
            <translation>Файл базы данных {path} повреждён или не является базой данных; он оставлен без изменений.</translation>
        </message>
        <message>
            <source>The database is busy with a colleague's change; nothing was changed. Try again in a moment.</source>
            <translation>База данных занята изменением коллеги; ничего не изменено. Попробуйте через минуту.</translation>
        </message>
        <message>
            <source>The database is locked by another program; try again in a moment.</source>
            <translation>База данных заблокирована другой программой; повторите попытку чуть позже.</translation>
        </message>
        <message>
            <source>The database may not be written here (its file or its folder is read-only); nothing was changed.</source>
            <translation>Здесь в базу данных нельзя записывать (её файл или папка доступны только для чтения); ничего не изменено.</translation>
        </message>
        <message>
            <source>The database may not be written here; check the file's permissions.</source>
            <translation>Здесь в базу данных нельзя записывать; проверьте права доступа к файлу.</translation>
        </message>
        <message>
            <source>The database server cannot be reached: {reason}.</source>
            <translation>Сервер базы данных недоступен: {reason}.</translation>
        </message>
        <message>
            <source>The database server has no connection to spare; try again in a moment.</source>
            <translation>У сервера базы данных нет свободных подключений; попробуйте через минуту.</translation>
        </message>
        <message>
            <source>The database server refused the login: {reason}.</source>
            <translation>Сервер базы данных отказал во входе: {reason}.</translation>
        </message>
        <message>
            <source>The database server says: {reason}.</source>
            <translation>Сервер базы данных сообщает: {reason}.</translation>
        </message>
        <message>
            <source>The database server took too long and the change was cancelled; nothing was changed.</source>
            <translation>Сервер базы данных отвечал слишком долго, и изменение отменено; ничего не изменено.</translation>
        </message>
        <message>
            <source>The database server's disk is full, so nothing was written; ask its administrator.</source>
            <translation>Диск сервера базы данных заполнен, поэтому ничего не записано; обратитесь к его администратору.</translation>
        </message>
        <message>
            <source>The database {path} is damaged ({verdict}). Restore a backup (File ▸ Backups…, or pakru backups and pakru restore PATH).</source>
            <translation>База данных {path} повреждена ({verdict}). Восстановите её из резервной копии (Файл ▸ Резервные копии… или pakru backups и pakru restore PATH).</translation>
        </message>
        <message>
            <source>The database {path} is from an older release and must be upgraded before it can be read, but it may not be written here (the file or its folder is read-only); copy it to a folder you may write to and open the copy.</source>
            <translation>База данных {path} создана более старой версией программы, и перед чтением её нужно обновить, но здесь в неё нельзя записывать (файл или его папка доступны только для чтения); скопируйте её в папку, где у вас есть право записи, и откройте копию.</translation>
        </message>
        <message>
            <source>The database {path} keeps changing; try again in a moment.</source>
            <translation>База данных {path} постоянно меняется; повторите попытку чуть позже.</translation>
        </message>
        <message>
            <source>The database {path} was never finished (an earlier start was interrupted while creating it); it was left untouched. Move it away and start again to create it.</source>
            <translation>Создание базы данных {path} не было завершено (предыдущий запуск прервался во время её создания); она оставлена без изменений. Переместите её в другое место и запустите программу снова, чтобы создать базу заново.</translation>
        </message>
        <message>
            <source>The date cannot be empty.</source>
            <translation>Дата не может быть пустой.</translation>
        </message>
        <message>
            <source>The disk holding the database is full, so nothing was written; free some space and try again.</source>
            <translation>Диск с базой данных заполнен, поэтому ничего не записано; освободите место и повторите попытку.</translation>
        </message>
        <message>
            <source>The end of a date span must be a single date.</source>
            <translation>Конец диапазона дат должен быть одной датой.</translation>
        </message>
        <message>
            <source>The end of a span ({end}) cannot come before its start ({start}).</source>
            <translation>Конец диапазона ({end}) не может быть раньше его начала ({start}).</translation>
        </message>
        <message>
            <source>The file is not a database, or it is damaged; it was left untouched.</source>
            <translation>Файл не является базой данных или повреждён; он оставлен без изменений.</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist; create it or choose another database path.</source>
            <translation>Папки {folder} не существует; создайте её или выберите другой путь к базе данных.</translation>
        </message>
        <message>
            <source>The follow-up on {title}</source>
            <translation>Отметка к записи {title}</translation>
        </message>
        <message>
            <source>The follow-up on {title} was changed elsewhere since; it was not deleted.</source>
            <translation>Отметка к записи {title} с тех пор была изменена в другом месте; она не удалена.</translation>
        </message>
        <message>
            <source>The imported article is quoted elsewhere now; nothing was undone.</source>
            <translation>Импортированная статья теперь цитируется и в других местах; ничего не отменено.</translation>
        </message>
        <message>
            <source>The imported article was deleted since; nothing was undone.</source>
            <translation>Импортированная статья с тех пор удалена; ничего не отменено.</translation>
        </message>
        <message>
            <source>The name cannot be empty.</source>
            <translation>Имя не может быть пустым.</translation>
        </message>
        <message>
            <source>The new text no longer contains {count} quote taken from this source (evidence {ids}, e.g. {quote}); keep those passages or remove that evidence first.</source>
            <translation>В новом тексте больше нет {count} цитаты, взятой из этого источника (подтверждение {ids}: {quote}); сохраните этот фрагмент или сначала удалите это подтверждение.</translation>
        </message>
        <message>
            <source>The new text no longer contains {count} quotes taken from this source (evidence {ids}, e.g. {quote}); keep those passages or remove that evidence first.</source>
            <translation>В новом тексте больше нет цитат, взятых из этого источника ({count}; подтверждения {ids}, например {quote}); сохраните эти фрагменты или сначала удалите эти подтверждения.</translation>
        </message>
        <message>
            <source>The quote cannot be empty.</source>
            <translation>Цитата не может быть пустой.</translation>
        </message>
        <message>
            <source>The quote is {length} characters; quote at most {limit}, the sentences that say it.</source>
            <translation>Цитата слишком длинная: {length} симв.; цитируйте не более {limit} — только те фразы, в которых это сказано.</translation>
        </message>
        <message>
            <source>The source URL cannot be empty.</source>
            <translation>URL источника не может быть пустым.</translation>
        </message>
        <message>
            <source>The source and the target are the same database.</source>
            <translation>Источник и цель — одна и та же база данных.</translation>
        </message>
        <message>
            <source>The source_id cannot be empty.</source>
            <translation>Столбец source_id не может быть пустым.</translation>
        </message>
        <message>
            <source>The target {target} already holds records ({table}); a copy goes only into an empty database, and nothing was copied.</source>
            <translation>В цели {target} уже есть записи ({table}); копировать можно только в пустую базу данных, ничего не скопировано.</translation>
        </message>
        <message>
            <source>The text holds characters that are not text (a NUL or a broken character); copy it again from the article.</source>
            <translation>Текст содержит недопустимые символы (NUL или повреждённый символ); скопируйте его из статьи заново.</translation>
        </message>
        <message>
            <source>The text is {length} characters; keep it under {limit} (split a long document into several sources).</source>
            <translation>Текст слишком длинный: {length} симв.; допустимо не более {limit} (разделите длинный документ на несколько источников).</translation>
        </message>
        <message>
            <source>The text of source {source_id} changed and no longer holds the quote; it was not put back.</source>
            <translation>Текст источника #{source_id} изменился и больше не содержит эту цитату; она не возвращена.</translation>
        </message>
        <message>
            <source>The title cannot be empty.</source>
            <translation>Название не может быть пустым.</translation>
        </message>
        <message>
            <source>The title is {length} characters; keep it under {limit}.</source>
            <translation>Название слишком длинное: {length} симв.; допустимо не более {limit}.</translation>
        </message>
        <message>
            <source>The web address is {length} characters; keep it under {limit}.</source>
            <translation>Веб-адрес слишком длинный: {length} симв.; допустимо не более {limit}.</translation>
        </message>
        <message>
            <source>The {column} is empty; a new {what} needs one.</source>
            <translation>Столбец {column} пуст, а для новой записи ({what}) он обязателен.</translation>
        </message>
        <message>
            <source>The {label} holds a character that is not text ({character}); remove it or type the text again.</source>
            <translation>Поле «{label}» содержит недопустимый символ ({character}); удалите его или введите текст заново.</translation>
        </message>
        <message>
            <source>The {what} cannot be empty.</source>
            <translation>Поле «{what}» не может быть пустым.</translation>
        </message>
        <message>
            <source>The {what} is {length} characters; keep it under {limit}.</source>
            <translation>Поле «{what}» слишком длинное: {length} симв.; допустимо не более {limit}.</translation>
        </message>
        <message>
            <source>There is no Pakru Desktop database at {url} yet; create it with pakru init.</source>
            <translation>По адресу {url} ещё нет базы данных Pakru Desktop; создайте её командой pakru init.</translation>
        </message>
        <message>
            <source>There is no actor with id {actor_id}.</source>
            <translation>Актор #{actor_id} не найден.</translation>
        </message>
        <message>
            <source>There is no backup file {backup}.</source>
            <translation>Файл резервной копии {backup} не найден.</translation>
        </message>
        <message>
            <source>There is no database at {path}: its folder does not exist.</source>
            <translation>Базы данных {path} нет: её папка не существует.</translation>
        </message>
        <message>
            <source>There is no database at {path}; it may have been moved or deleted.</source>
            <translation>Базы данных {path} нет; возможно, её переместили или удалили.</translation>
        </message>
        <message>
            <source>There is no evidence with id {evidence_id}.</source>
            <translation>Подтверждение #{evidence_id} не найдено.</translation>
        </message>
        <message>
            <source>There is no file {path}.</source>
            <translation>Файл {path} не найден.</translation>
        </message>
        <message>
            <source>There is no follow-up with id {follow_up_id}.</source>
            <translation>Отметка #{follow_up_id} не найдена.</translation>
        </message>
        <message>
            <source>There is no item with id {item_id}.</source>
            <translation>Запись #{item_id} не найдена.</translation>
        </message>
        <message>
            <source>There is no link with id {link_id}.</source>
            <translation>Связь #{link_id} не найдена.</translation>
        </message>
        <message>
            <source>There is no role {role} on the server; create it first (CREATE ROLE {role} LOGIN).</source>
            <translation>На сервере нет роли {role}; сначала создайте её (CREATE ROLE {role} LOGIN).</translation>
        </message>
        <message>
            <source>There is no source with id {source_id}.</source>
            <translation>Источник #{source_id} не найден.</translation>
        </message>
        <message>
            <source>There is no {what} with id {record_id}.</source>
            <translation>Не найдено: {what} с id {record_id}.</translation>
        </message>
        <message>
            <source>This article is stored already (source {source_id}); nothing was imported.</source>
            <translation>Эта статья уже сохранена (источник #{source_id}); ничего не импортировано.</translation>
        </message>
        <message>
            <source>This database already holds records; demo data goes only into a new or empty one (pakru init --empty).</source>
            <translation>В этой базе данных уже есть записи; демонстрационные данные добавляются только в новую или пустую базу (pakru init --empty).</translation>
        </message>
        <message>
            <source>This database holds tables that are not a Pakru Desktop database; it was left untouched.</source>
            <translation>В этой базе данных есть таблицы, не относящиеся к Pakru Desktop; она оставлена без изменений.</translation>
        </message>
        <message>
            <source>This database was written by a newer release of Pakru Desktop (schema {schema}); update the app to open it. It was left untouched.</source>
            <translation>Эта база данных создана более новой версией Pakru Desktop (схема {schema}); обновите программу, чтобы открыть её. База данных оставлена без изменений.</translation>
        </message>
        <message>
            <source>This quote is already evidence for follow-up {follow_up_id} (evidence {evidence_id}).</source>
            <translation>Эта цитата уже подтверждает отметку #{follow_up_id} (подтверждение #{evidence_id}).</translation>
        </message>
        <message>
            <source>This quote is already evidence for item {item_id} (evidence {evidence_id}).</source>
            <translation>Эта цитата уже подтверждает запись #{item_id} (подтверждение #{evidence_id}).</translation>
        </message>
        <message>
            <source>This quote is already evidence {evidence_id} for item {item_id}.</source>
            <translation>Эта цитата уже есть в подтверждении #{evidence_id} для записи #{item_id}.</translation>
        </message>
        <message>
            <source>This record was changed elsewhere since it was opened; reload it and try again.</source>
            <translation>Эта запись была изменена в другом месте после того, как её открыли; загрузите её заново и повторите попытку.</translation>
        </message>
        <message>
            <source>This server database cannot compare Cyrillic without case (its character type is not UTF-8); create it with createdb -E UTF8 --locale=C.UTF-8 -T template0, then run pakru init again.</source>
            <translation>Эта серверная база данных не умеет сравнивать кириллицу без учёта регистра (её тип символов не UTF-8); создайте её командой createdb -E UTF8 --locale=C.UTF-8 -T template0 и снова запустите pakru init.</translation>
        </message>
        <message>
            <source>Unknown date precision {precision}.</source>
            <translation>Неизвестная точность даты: {precision}.</translation>
        </message>
        <message>
            <source>Unknown export kind {kind}; use one of: {choices}.</source>
            <translation>Неизвестный вид экспорта {kind}; используйте один из: {choices}.</translation>
        </message>
        <message>
            <source>Unknown kind {text}; use one of: {names}.</source>
            <translation>Неизвестный вид {text}; используйте один из: {names}.</translation>
        </message>
        <message>
            <source>Unknown {what} {code}; use one of: {choices}.</source>
            <translation>Неизвестное значение {code} ({what}); используйте одно из: {choices}.</translation>
        </message>
        <message>
            <source>Upgrading the database would leave {count} rows of {tables} pointing at records that do not exist; it was not upgraded. Its backup is beside it.</source>
            <translation>После обновления в таблицах {tables} остались бы строки со ссылками на несуществующие записи ({count}); база данных не обновлена. Её резервная копия лежит рядом с ней.</translation>
        </message>
        <message>
            <source>Year {year} is outside the supported {min_year} to {max_year}.</source>
            <translation>Год {year} вне поддерживаемого диапазона: с {min_year} по {max_year}.</translation>
        </message>
        <message>
            <source>You may only read this database (your server role may not change it); nothing was changed.</source>
            <translation>Эту базу данных вам можно только читать (ваша роль на сервере не может её менять); ничего не изменено.</translation>
        </message>
        <message>
            <source>a commitment</source>
            <translation>обязательство</translation>
        </message>
        <message>
            <source>a project</source>
            <translation>проект</translation>
        </message>
        <message>
            <source>a row between rows {first} and {row} conflicts with records already stored (a duplicate or a missing reference).</source>
            <translation>одна из строк с {first} по {row} противоречит уже сохранённым записям (дубликат или ссылка на несуществующую запись).</translation>
        </message>
        <message>
            <source>actor kind</source>
            <translation>вид актора</translation>
        </message>
        <message>
            <source>agreement</source>
            <translation>соглашение</translation>
        </message>
        <message>
            <source>agreement status</source>
            <translation>статус соглашения</translation>
        </message>
        <message>
            <source>alias</source>
            <translation>вариант имени</translation>
        </message>
        <message>
            <source>an agreement</source>
            <translation>соглашение</translation>
        </message>
        <message>
            <source>an event</source>
            <translation>событие</translation>
        </message>
        <message>
            <source>before migrating it</source>
            <translation>перед обновлением</translation>
        </message>
        <message>
            <source>before restoring</source>
            <translation>перед восстановлением</translation>
        </message>
        <message>
            <source>commitment</source>
            <translation>обязательство</translation>
        </message>
        <message>
            <source>commitment status</source>
            <translation>статус обязательства</translation>
        </message>
        <message>
            <source>commitment type</source>
            <translation>тип обязательства</translation>
        </message>
        <message>
            <source>country</source>
            <translation>страна</translation>
        </message>
        <message>
            <source>date note</source>
            <translation>примечание к дате</translation>
        </message>
        <message>
            <source>day</source>
            <translation>день</translation>
        </message>
        <message>
            <source>due date</source>
            <translation>срок</translation>
        </message>
        <message>
            <source>event</source>
            <translation>событие</translation>
        </message>
        <message>
            <source>event status</source>
            <translation>статус события</translation>
        </message>
        <message>
            <source>event type</source>
            <translation>тип события</translation>
        </message>
        <message>
            <source>follow-up</source>
            <translation>отметка</translation>
        </message>
        <message>
            <source>follow-up id</source>
            <translation>id отметки</translation>
        </message>
        <message>
            <source>id</source>
            <translation>id</translation>
        </message>
        <message>
            <source>id {record_id} is also on row {row}; each row must name a different record.</source>
            <translation>id {record_id} уже указан в строке {row}; каждая строка должна относиться к отдельной записи.</translation>
        </message>
        <message>
            <source>item</source>
            <translation>запись</translation>
        </message>
        <message>
            <source>item id</source>
            <translation>id записи</translation>
        </message>
        <message>
            <source>language</source>
            <translation>язык</translation>
        </message>
        <message>
            <source>legal nature</source>
            <translation>правовой характер</translation>
        </message>
        <message>
            <source>link</source>
            <translation>связь</translation>
        </message>
        <message>
            <source>link type</source>
            <translation>тип связи</translation>
        </message>
        <message>
            <source>location</source>
            <translation>место</translation>
        </message>
        <message>
            <source>month</source>
            <translation>месяц</translation>
        </message>
        <message>
            <source>name</source>
            <translation>имя</translation>
        </message>
        <message>
            <source>note</source>
            <translation>примечание</translation>
        </message>
        <message>
            <source>now</source>
            <translation>сейчас</translation>
        </message>
        <message>
            <source>office</source>
            <translation>должность</translation>
        </message>
        <message>
            <source>participant's name</source>
            <translation>имя участника</translation>
        </message>
        <message>
            <source>piece of evidence</source>
            <translation>подтверждение</translation>
        </message>
        <message>
            <source>project</source>
            <translation>проект</translation>
        </message>
        <message>
            <source>project status</source>
            <translation>статус проекта</translation>
        </message>
        <message>
            <source>project type</source>
            <translation>тип проекта</translation>
        </message>
        <message>
            <source>publication date</source>
            <translation>дата публикации</translation>
        </message>
        <message>
            <source>publisher</source>
            <translation>издание</translation>
        </message>
        <message>
            <source>quarter</source>
            <translation>квартал</translation>
        </message>
        <message>
            <source>quote</source>
            <translation>цитата</translation>
        </message>
        <message>
            <source>ref</source>
            <translation>ссылочный код</translation>
        </message>
        <message>
            <source>role</source>
            <translation>роль</translation>
        </message>
        <message>
            <source>sector</source>
            <translation>сфера</translation>
        </message>
        <message>
            <source>source</source>
            <translation>источник</translation>
        </message>
        <message>
            <source>source id</source>
            <translation>id источника</translation>
        </message>
        <message>
            <source>summary</source>
            <translation>описание</translation>
        </message>
        <message>
            <source>text</source>
            <translation>текст</translation>
        </message>
        <message>
            <source>title</source>
            <translation>название</translation>
        </message>
        <message>
            <source>url</source>
            <translation>URL</translation>
        </message>
        <message>
            <source>year</source>
            <translation>год</translation>
        </message>
        <message>
            <source>{actor} (actor {actor_id}) was changed elsewhere since; reload it and try again.</source>
            <translation>Актор «{actor}» (#{actor_id}) с тех пор был изменён в другом месте; загрузите данные заново и повторите попытку.</translation>
        </message>
        <message>
            <source>{actor} takes part in {count} item; merge it into another actor or remove it from those items first.</source>
            <translation>Актор «{actor}» участвует в {count} записи; сначала объедините его с другим актором или уберите его из этой записи.</translation>
        </message>
        <message>
            <source>{actor} takes part in {count} items; merge it into another actor or remove it from those items first.</source>
            <translation>Актор «{actor}» участвует в записях ({count}); сначала объедините его с другим актором или уберите его из этих записей.</translation>
        </message>
        <message>
            <source>{column} ({names}) disagrees with the participants with the role {role} ({listed}); change the participants column, which the role columns are taken from.</source>
            <translation>Столбец {column} ({names}) расходится с участниками в роли {role} ({listed}); измените столбец participants — из него берутся столбцы ролей.</translation>
        </message>
        <message>
            <source>{column}_end is given but {column} is empty.</source>
            <translation>Столбец {column}_end заполнен, а {column} пуст.</translation>
        </message>
        <message>
            <source>{column}_precision says {given} but {value} is a date of {precision} precision.</source>
            <translation>В столбце {column}_precision указано {given}, но {value} — дата с точностью «{precision}».</translation>
        </message>
        <message>
            <source>{first} {rest}</source>
            <translation>{first} {rest}</translation>
        </message>
        <message>
            <source>{folder} is a file, not a folder; choose another database path.</source>
            <translation>{folder} — это файл, а не папка; выберите другой путь к базе данных.</translation>
        </message>
        <message>
            <source>{kept} or its items changed since {removed} was merged into it; the merge was not undone.</source>
            <translation>Актор «{kept}» или его записи изменились после того, как к нему был присоединён «{removed}»; объединение не отменено.</translation>
        </message>
        <message>
            <source>{name} cannot be read as CSV near row {row}: {error}.</source>
            <translation>Не удалось прочитать {name} как CSV около строки {row}: {error}.</translation>
        </message>
        <message>
            <source>{name} cannot be read: {reason}.</source>
            <translation>Не удалось прочитать {name}: {reason}.</translation>
        </message>
        <message>
            <source>{name} has no readable text in it.</source>
            <translation>В файле {name} нет читаемого текста.</translation>
        </message>
        <message>
            <source>{name} is a folder; choose a file.</source>
            <translation>{name} — это папка; выберите файл.</translation>
        </message>
        <message>
            <source>{name} is empty: it has no header row.</source>
            <translation>Файл {name} пуст: в нём нет строки заголовков.</translation>
        </message>
        <message>
            <source>{name} is empty; choose the file with the article.</source>
            <translation>Файл {name} пуст; выберите файл со статьёй.</translation>
        </message>
        <message>
            <source>{name} is not UTF-8 text (byte 0x{byte} near row {row}); save it as UTF-8 CSV and try again.</source>
            <translation>{name} — не текст в кодировке UTF-8 (байт 0x{byte} около строки {row}); сохраните его как CSV в UTF-8 и повторите попытку.</translation>
        </message>
        <message>
            <source>{name} is not UTF-8 text (byte 0x{byte}); save it as UTF-8 CSV and try again.</source>
            <translation>{name} — не текст в кодировке UTF-8 (байт 0x{byte}); сохраните его как CSV в UTF-8 и повторите попытку.</translation>
        </message>
        <message>
            <source>{name} is not UTF-8 text; save it again as UTF-8 (or as a web page) and load it.</source>
            <translation>{name} — не текст в кодировке UTF-8; сохраните его заново в UTF-8 (или как веб-страницу) и загрузите снова.</translation>
        </message>
        <message>
            <source>{name} is not a file; choose the file with the article.</source>
            <translation>{name} — не файл; выберите файл со статьёй.</translation>
        </message>
        <message>
            <source>{name} is not a text file; save the article as .txt or .html and load that.</source>
            <translation>{name} — не текстовый файл; сохраните статью как .txt или .html и загрузите этот файл.</translation>
        </message>
        <message>
            <source>{name} is over {megabytes} MB; an article's text file is far smaller.</source>
            <translation>{name} больше {megabytes} МБ, а текстовый файл статьи гораздо меньше.</translation>
        </message>
        <message>
            <source>{name} row {row} has {cells} cells but the header has {columns}; check for a separator inside a cell without quotes.</source>
            <translation>{name}, строка {row}: ячеек — {cells}, а в заголовке — {columns}; проверьте, нет ли разделителя внутри ячейки без кавычек.</translation>
        </message>
        <message>
            <source>{name}: {total} problem in {rows} row; nothing was imported.</source>
            <translation>{name}: {total} ошибка в {rows} строке; ничего не импортировано.</translation>
        </message>
        <message>
            <source>{name}: {total} problem in {rows} rows; nothing was imported.</source>
            <translation>{name}: ошибок — {total}, строк с ошибками — {rows}; ничего не импортировано.</translation>
        </message>
        <message>
            <source>{name}: {total} problem; nothing was imported.</source>
            <translation>{name}: {total} ошибка; ничего не импортировано.</translation>
        </message>
        <message>
            <source>{name}: {total} problems in {rows} row; nothing was imported.</source>
            <translation>{name}: ошибок — {total}, строк с ошибками — {rows}; ничего не импортировано.</translation>
        </message>
        <message>
            <source>{name}: {total} problems in {rows} rows; nothing was imported.</source>
            <translation>{name}: ошибок — {total}, строк с ошибками — {rows}; ничего не импортировано.</translation>
        </message>
        <message>
            <source>{name}: {total} problems; nothing was imported.</source>
            <translation>{name}: ошибок — {total}; ничего не импортировано.</translation>
        </message>
        <message>
            <source>{path} already exists; choose a new file name for the backup.</source>
            <translation>{path} уже существует; выберите для резервной копии новое имя файла.</translation>
        </message>
        <message>
            <source>{path} is a folder, not a CSV file.</source>
            <translation>{path} — это папка, а не CSV-файл.</translation>
        </message>
        <message>
            <source>{path} is a folder, not a database file.</source>
            <translation>{path} — это папка, а не файл базы данных.</translation>
        </message>
        <message>
            <source>{path} is an empty file, not a database yet.</source>
            <translation>{path} — пустой файл, это ещё не база данных.</translation>
        </message>
        <message>
            <source>{path} is not a Pakru Desktop database (it belongs to another program); it was left untouched.</source>
            <translation>{path} — не база данных Pakru Desktop (она принадлежит другой программе); файл оставлен без изменений.</translation>
        </message>
        <message>
            <source>{path} is not a file name.</source>
            <translation>{path} — не имя файла.</translation>
        </message>
        <message>
            <source>{path} is not a regular file, so it cannot be a database.</source>
            <translation>{path} — не обычный файл, поэтому он не может быть базой данных.</translation>
        </message>
        <message>
            <source>{quote} does not appear in source {source_id} ({title}); copy the words from its text.</source>
            <translation>Фразы {quote} нет в источнике #{source_id} ({title}); скопируйте слова из его текста.</translation>
        </message>
        <message>
            <source>{quote} does not appear in source {source_id} (“untitled”); copy the words from its text.</source>
            <translation>Фразы {quote} нет в источнике #{source_id} («без названия»); скопируйте слова из его текста.</translation>
        </message>
        <message>
            <source>{start} is not the first day of a {precision}.</source>
            <translation>{start} — не первый день периода «{precision}».</translation>
        </message>
        <message>
            <source>{text} is not a real calendar date.</source>
            <translation>{text} — несуществующая дата.</translation>
        </message>
        <message>
            <source>{text} is not a stored date such as 2025-09-02 or 2026-Q1.</source>
            <translation>{text} — не дата в формате хранения, например 2025-09-02 или 2026-Q1.</translation>
        </message>
        <message>
            <source>{text} is not a {what}: ids are whole numbers from 1 up.</source>
            <translation>{text} не годится как {what}: id — это целое число от 1 и больше.</translation>
        </message>
        <message>
            <source>{text} is not an {what}: ids are whole numbers from 1 up.</source>
            <translation>{text} не годится как {what}: id — это целое число от 1 и больше.</translation>
        </message>
        <message>
            <source>{text} is outside the years {min_year} to {max_year}.</source>
            <translation>{text} — за пределами допустимых лет (с {min_year} по {max_year}).</translation>
        </message>
        <message>
            <source>{title} was changed elsewhere since; it was not deleted.</source>
            <translation>Запись {title} с тех пор была изменена в другом месте; она не удалена.</translation>
        </message>
        <message>
            <source>{tool} could not be run: {reason}.</source>
            <translation>Не удалось запустить {tool}: {reason}.</translation>
        </message>
        <message>
            <source>{tool} is not installed here, so the server database cannot be backed up or restored from this machine; install PostgreSQL's client tools, or back it up on the server (pg_dump --format=custom).</source>
            <translation>{tool} здесь не установлен, поэтому с этого компьютера нельзя создать или восстановить резервную копию серверной базы данных; установите клиентские программы PostgreSQL или сделайте копию на сервере (pg_dump --format=custom).</translation>
        </message>
        <message>
            <source>{tool} refused: {reason}; nothing was changed.</source>
            <translation>{tool} отказал: {reason}; ничего не изменено.</translation>
        </message>
        <message>
            <source>{typed} is already an alias of {actor} (actor {actor_id}); merge the two actors instead.</source>
            <translation>{typed} — уже вариант имени актора «{actor}» (#{actor_id}); вместо этого объедините этих двух акторов.</translation>
        </message>
        <message>
            <source>{typed} is already name of {actor} (actor {actor_id}); merge the two actors instead.</source>
            <translation>{typed} — уже имя актора «{actor}» (#{actor_id}); вместо этого объедините этих двух акторов.</translation>
        </message>
        <message>
            <source>{typed} is not a language code; use one such as en, ru, ur or en-GB.</source>
            <translation>{typed} — не код языка; используйте, например, en, ru, ur или en-GB.</translation>
        </message>
        <message>
            <source>{url} is not a web address; give one such as https://www.dawn.com/news/….</source>
            <translation>{url} — не веб-адрес; укажите адрес вида https://www.dawn.com/news/….</translation>
        </message>
        <message>
            <source>{user} names no user of this computer, so the path {path} cannot be found; write the folder out in full.</source>
            <translation>{user} — не имя пользователя этого компьютера, поэтому путь {path} не найти; укажите папку полностью.</translation>
        </message>
        <message>
            <source>{value} is neither yes nor no.</source>
            <translation>{value} — не yes и не no.</translation>
        </message>
        <message>
            <source>{value} is not a source id.</source>
            <translation>{value} — не id источника.</translation>
        </message>
        <message>
            <source>{value} is not a time such as 2025-09-02T10:15:00.</source>
            <translation>{value} — не время в формате 2025-09-02T10:15:00.</translation>
        </message>
        <message>
            <source>{value} is not a whole number from 0 up.</source>
            <translation>{value} — не целое число от 0 и больше.</translation>
        </message>
        <message>
            <source>{what} was changed by {who} at {at} UTC ({fields}) since it was opened; nothing was written. Reload it and apply your edit again.</source>
            <translation>{what}: {who} внёс(ла) изменения в {at} UTC ({fields}) после того, как запись была открыта; ничего не записано. Загрузите запись заново и внесите правку ещё раз.</translation>
        </message>
        <message>
            <source>{what} was changed elsewhere since it was opened; nothing was written. Reload it and apply your edit again.</source>
            <translation>{what}: запись изменили в другом месте после того, как она была открыта; ничего не записано. Загрузите запись заново и внесите правку ещё раз.</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <source>Unexpected error: {error}</source>
            <translation>Непредвиденная ошибка: {error}</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n день</numerusform>
                <numerusform>%n дня</numerusform>
                <numerusform>%n дней</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;As of:</source>
            <translation>&amp;На дату:</translation>
        </message>
        <message>
            <source>&amp;Today</source>
            <translation>Се&amp;годня</translation>
        </message>
        <message>
            <source>Due &amp;soon within</source>
            <translation>Срок истекает в &amp;течение</translation>
        </message>
        <message>
            <source>S&amp;tale after</source>
            <translation>Без &amp;движения свыше</translation>
        </message>
        <message>
            <source>How many days the lists of what is due soon look at; remembered.</source>
            <translation>На сколько дней вперёд смотрят списки «Скоро срок»; значение запоминается.</translation>
        </message>
        <message>
            <source>How many days the lists of what is stale look at; remembered.</source>
            <translation>Через сколько дней без новостей запись попадает в список «Без движения»; значение запоминается.</translation>
        </message>
        <message>
            <source>Records by status</source>
            <translation>Записи по статусам</translation>
        </message>
        <message>
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Срок</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>Просрочка</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Просрочено</translation>
        </message>
        <message>
            <source>Due soon</source>
            <translation>Скоро срок</translation>
        </message>
        <message>
            <source>Last heard of</source>
            <translation>Последние сведения</translation>
        </message>
        <message>
            <source>Stale</source>
            <translation>Без движения</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Запись</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Примечание</translation>
        </message>
        <message>
            <source>Latest follow-ups</source>
            <translation>Последние отметки</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Обзор</translation>
        </message>
        <message>
            <source>Updating…</source>
            <translation>Обновление…</translation>
        </message>
        <message numerus="yes">
            <source>Due within %n day(s)</source>
            <translation>
                <numerusform>Скоро срок: в течение %n дня</numerusform>
                <numerusform>Скоро срок: в течение %n дней</numerusform>
                <numerusform>Скоро срок: в течение %n дней</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Stale: nothing heard for %n day(s)</source>
            <translation>
                <numerusform>Без движения: нет новостей в течение %n дня</numerusform>
                <numerusform>Без движения: нет новостей в течение %n дней</numerusform>
                <numerusform>Без движения: нет новостей в течение %n дней</numerusform>
            </translation>
        </message>
        <message>
            <source>{title} ({total})</source>
            <translation>{title} ({total})</translation>
        </message>
        <message>
            <source>{title} ({total}, {shown} shown)</source>
            <translation>{title} ({total}, показано {shown})</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>пока нет</translation>
        </message>
        <message>
            <source>none</source>
            <translation>нет</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsEdit</name>
        <message>
            <source>Name of a person, organisation or state</source>
            <translation>Имя человека, название организации или государства</translation>
        </message>
        <message>
            <source>Participant name</source>
            <translation>Имя участника</translation>
        </message>
        <message>
            <source>Participant role</source>
            <translation>Роль участника</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Убрать</translation>
        </message>
        <message>
            <source>Remove this participant</source>
            <translation>Убрать этого участника</translation>
        </message>
        <message>
            <source>Remove participant</source>
            <translation>Убрать участника</translation>
        </message>
        <message>
            <source>Add partic&amp;ipant</source>
            <translation>Добавить у&amp;частника</translation>
        </message>
        <message>
            <source>Add a row for another participant</source>
            <translation>Добавить строку для ещё одного участника</translation>
        </message>
    </context>
    <context>
        <name>PathRow</name>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Обзор…</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Настройки</translation>
        </message>
        <message>
            <source>As the system has it ({language})</source>
            <translation>Как в системе ({language})</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Язык</translation>
        </message>
        <message>
            <source>A new language is used from the next start.</source>
            <translation>Новый язык будет применён при следующем запуске.</translation>
        </message>
        <message>
            <source>No font on this computer writes Urdu: install one (on Debian or Ubuntu, fonts-noto-core) for its letters to show.</source>
            <translation>На этом компьютере нет шрифта с буквами урду: установите его (в Debian или Ubuntu — fonts-noto-core), чтобы они отображались.</translation>
        </message>
        <message>
            <source>&amp;Colours</source>
            <translation>&amp;Цветовая схема</translation>
        </message>
        <message>
            <source>blank: {user}</source>
            <translation>если пусто: {user}</translation>
        </message>
        <message>
            <source>Your &amp;name</source>
            <translation>Ваше &amp;имя</translation>
        </message>
        <message>
            <source>Every change you make is recorded in each record's history under this name. Left blank, the name you are logged in with is used.</source>
            <translation>Каждое ваше изменение записывается в историю соответствующей записи под этим именем. Если поле оставить пустым, используется имя, под которым вы вошли в систему.</translation>
        </message>
        <message>
            <source> days</source>
            <translation> дн.</translation>
        </message>
        <message>
            <source>&amp;Due soon within</source>
            <translation>Срок истекает в &amp;течение</translation>
        </message>
        <message>
            <source>S&amp;tale after</source>
            <translation>Без &amp;движения свыше</translation>
        </message>
        <message>
            <source>The overview lists what falls due within the first number of days, and open items nothing has been heard of for the second.</source>
            <translation>Обзор показывает записи, срок которых наступает в течение первого числа дней, и открытые записи, о которых нет новостей дольше второго.</translation>
        </message>
        <message>
            <source>&amp;Backups to keep</source>
            <translation>Хранить &amp;резервных копий</translation>
        </message>
        <message>
            <source>A backup is made beside the database once a day and before every import or restore; older ones than this many are removed.</source>
            <translation>Резервная копия создаётся рядом с базой данных раз в сутки, а также перед каждым импортом или восстановлением; более старые копии сверх этого числа удаляются.</translation>
        </message>
        <message>
            <source>Discard the changed preferences?</source>
            <translation>Отказаться от изменённых настроек?</translation>
        </message>
    </context>
    <context>
        <name>ProjectStatus</name>
        <message>
            <source>proposed</source>
            <translation>предложен</translation>
        </message>
        <message>
            <source>agreed</source>
            <translation>согласован</translation>
        </message>
        <message>
            <source>under way</source>
            <translation>реализуется</translation>
        </message>
        <message>
            <source>completed</source>
            <translation>завершён</translation>
        </message>
        <message>
            <source>delayed</source>
            <translation>задерживается</translation>
        </message>
        <message>
            <source>suspended</source>
            <translation>приостановлен</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>отменён</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>ОК</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Сохранить</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Сохранить все</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Открыть</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Да</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Да для &amp;всех</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Нет</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>Н&amp;ет для всех</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Прервать</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Повторить</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Пропустить</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Не сохранять</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Справка</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Применить</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Сбросить</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>По умолчанию</translation>
        </message>
    </context>
    <context>
        <name>ReadOnlyMode</name>
        <message>
            <source>its file or its folder may not be written</source>
            <translation>её файл или папку нельзя изменять</translation>
        </message>
        <message>
            <source>your server role may only read it</source>
            <translation>ваша роль на сервере может её только читать</translation>
        </message>
        <message>
            <source>This database may only be read here ({reason}); editing is off.</source>
            <translation>Эту базу данных здесь можно только читать ({reason}); правка отключена.</translation>
        </message>
        <message>
            <source>Read-only database</source>
            <translation>База данных только для чтения</translation>
        </message>
    </context>
    <context>
        <name>RecordPages</name>
        <message>
            <source>List of actors</source>
            <translation>Список акторов</translation>
        </message>
        <message>
            <source>List of sources</source>
            <translation>Список источников</translation>
        </message>
        <message>
            <source>Filter</source>
            <translation>Фильтр</translation>
        </message>
        <message>
            <source>Filter  (Ctrl+F)</source>
            <translation>Фильтр  (Ctrl+F)</translation>
        </message>
    </context>
    <context>
        <name>ResultWords</name>
        <message numerus="yes">
            <source>{file}: %n row(s) can be imported</source>
            <translation>
                <numerusform>{file}: можно импортировать %n строку</numerusform>
                <numerusform>{file}: можно импортировать %n строки</numerusform>
                <numerusform>{file}: можно импортировать %n строк</numerusform>
            </translation>
        </message>
        <message>
            <source>{rows}: {added} to add, {updated} to update, {unchanged} unchanged</source>
            <translation>{rows}: добавить — {added}, обновить — {updated}, без изменений — {unchanged}</translation>
        </message>
        <message>
            <source>{file}: {added} added, {updated} updated, {unchanged} unchanged</source>
            <translation>{file}: добавлено — {added}, обновлено — {updated}, без изменений — {unchanged}</translation>
        </message>
        <message numerus="yes">
            <source> (%n new actor(s) to be created from participants)</source>
            <translation>
                <numerusform> (из участников будет создан %n новый актор)</numerusform>
                <numerusform> (из участников будут созданы %n новых актора)</numerusform>
                <numerusform> (из участников будут созданы %n новых акторов)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> (%n new actor(s) created from participants)</source>
            <translation>
                <numerusform> (из участников создан %n новый актор)</numerusform>
                <numerusform> (из участников созданы %n новых актора)</numerusform>
                <numerusform> (из участников созданы %n новых акторов)</numerusform>
            </translation>
        </message>
        <message>
            <source>{summary}; nothing was written (dry run).</source>
            <translation>{summary}; ничего не записано (проверка).</translation>
        </message>
        <message>
            <source>{summary}.</source>
            <translation>{summary}.</translation>
        </message>
        <message>
            <source>Stored the article as source {source}: {items}, {quotes}, {follow_ups}.</source>
            <translation>Статья сохранена как источник {source}: {items}, {quotes}, {follow_ups}.</translation>
        </message>
        <message numerus="yes">
            <source>%n new item(s)</source>
            <translation>
                <numerusform>%n новая запись</numerusform>
                <numerusform>%n новые записи</numerusform>
                <numerusform>%n новых записей</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n quote(s)</source>
            <translation>
                <numerusform>%n цитата</numerusform>
                <numerusform>%n цитаты</numerusform>
                <numerusform>%n цитат</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n follow-up(s)</source>
            <translation>
                <numerusform>%n отметка</numerusform>
                <numerusform>%n отметки</numerusform>
                <numerusform>%n отметок</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Role</name>
        <message>
            <source>participant</source>
            <translation>участник</translation>
        </message>
        <message>
            <source>host</source>
            <translation>принимающая сторона</translation>
        </message>
        <message>
            <source>guest</source>
            <translation>гость</translation>
        </message>
        <message>
            <source>signatory</source>
            <translation>подписант</translation>
        </message>
        <message>
            <source>committed-by</source>
            <translation>обязавшаяся сторона</translation>
        </message>
        <message>
            <source>committed-to</source>
            <translation>адресат обязательства</translation>
        </message>
        <message>
            <source>focal-point</source>
            <translation>координатор</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <source>{keys} or {key}</source>
            <translation>{keys} или {key}</translation>
        </message>
        <message>
            <source>New event (the cursor is in Title; Enter saves)</source>
            <translation>Новое событие (курсор в поле «Название»; Enter сохраняет)</translation>
        </message>
        <message>
            <source>Search everything (Up/Down, Enter opens a hit, Escape closes)</source>
            <translation>Поиск по всему (Вверх/Вниз, Enter открывает найденное, Escape закрывает)</translation>
        </message>
        <message>
            <source>Filter the current list</source>
            <translation>Фильтр текущего списка</translation>
        </message>
        <message>
            <source>Export CSV</source>
            <translation>Экспорт CSV</translation>
        </message>
        <message>
            <source>Import an article</source>
            <translation>Импорт статьи</translation>
        </message>
        <message>
            <source>Open a database</source>
            <translation>Открыть базу данных</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Отменить</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Повторить</translation>
        </message>
        <message>
            <source>Delete the selected item (in a list; asks first; undoable)</source>
            <translation>Удалить выбранную запись (в списке; с подтверждением; можно отменить)</translation>
        </message>
        <message>
            <source>Refresh every list from the database</source>
            <translation>Обновить все списки из базы данных</translation>
        </message>
        <message>
            <source>Back to where you were before following a link or a search hit</source>
            <translation>Назад, туда, где вы были до перехода по связи или результату поиска</translation>
        </message>
        <message>
            <source>Forward again</source>
            <translation>Снова вперёд</translation>
        </message>
        <message>
            <source>Show the overview</source>
            <translation>Показать обзор</translation>
        </message>
        <message>
            <source>Show the events</source>
            <translation>Показать события</translation>
        </message>
        <message>
            <source>Show the agreements</source>
            <translation>Показать соглашения</translation>
        </message>
        <message>
            <source>Show the projects</source>
            <translation>Показать проекты</translation>
        </message>
        <message>
            <source>Show the commitments</source>
            <translation>Показать обязательства</translation>
        </message>
        <message>
            <source>Show the actors</source>
            <translation>Показать акторов</translation>
        </message>
        <message>
            <source>Show the sources</source>
            <translation>Показать источники</translation>
        </message>
        <message>
            <source>Show the timeline</source>
            <translation>Показать хронологию</translation>
        </message>
        <message>
            <source>Preferences (language, colours, your name, backups)</source>
            <translation>Настройки (язык, цвета, ваше имя, резервные копии)</translation>
        </message>
        <message>
            <source>This list of keyboard shortcuts</source>
            <translation>Этот список сочетаний клавиш</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Выход</translation>
        </message>
        <message>
            <source>In a list: open the item, a quote's source or a linked item</source>
            <translation>В списке: открыть запись, источник цитаты или связанную запись</translation>
        </message>
        <message>
            <source>In a dialog's multi-line field: save</source>
            <translation>В многострочном поле диалога: сохранить</translation>
        </message>
        <message>
            <source>Close a dialog (asks before discarding what was typed)</source>
            <translation>Закрыть диалог (спрашивает, прежде чем отбросить введённое)</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Сочетания клавиш</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Клавиши</translation>
        </message>
        <message>
            <source>Does</source>
            <translation>Действие</translation>
        </message>
    </context>
    <context>
        <name>SourceDialog</name>
        <message>
            <source>Articles (*.txt *.html *.htm)</source>
            <translation>Статьи (*.txt *.html *.htm)</translation>
        </message>
        <message>
            <source>Text files (*.txt)</source>
            <translation>Текстовые файлы (*.txt)</translation>
        </message>
        <message>
            <source>Web pages (*.html *.htm)</source>
            <translation>Веб-страницы (*.html *.htm)</translation>
        </message>
        <message>
            <source>Edit source</source>
            <translation>Изменить источник</translation>
        </message>
        <message>
            <source>Add source</source>
            <translation>Добавить источник</translation>
        </message>
        <message>
            <source>The headline of the article</source>
            <translation>Заголовок статьи</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Заголовок</translation>
        </message>
        <message>
            <source>e.g. Dawn, TASS, APP, Foreign Office</source>
            <translation>например: Dawn, ТАСС, APP, МИД Пакистана</translation>
        </message>
        <message>
            <source>&amp;Publisher</source>
            <translation>&amp;Издание</translation>
        </message>
        <message>
            <source>https://… where it can be read</source>
            <translation>https://… где её можно прочитать</translation>
        </message>
        <message>
            <source>&amp;URL</source>
            <translation>&amp;URL</translation>
        </message>
        <message>
            <source>Publis&amp;hed</source>
            <translation>Опу&amp;бликовано</translation>
        </message>
        <message>
            <source>e.g. en, ru, ur, en-GB</source>
            <translation>например: en, ru, ur, en-GB</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Язык</translation>
        </message>
        <message>
            <source>Paste the article's full text here, or load it from a .txt file or a web page saved as .html. Quotes used as evidence are found in this text.</source>
            <translation>Вставьте сюда полный текст статьи или загрузите его из файла .txt или веб-страницы, сохранённой как .html. Цитаты-подтверждения ищутся в этом тексте.</translation>
        </message>
        <message>
            <source>Load from &amp;file…</source>
            <translation>Загрузить из &amp;файла…</translation>
        </message>
        <message>
            <source>Te&amp;xt</source>
            <translation>&amp;Текст</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Текст</translation>
        </message>
        <message>
            <source>The article's full text, in which quotes are found.</source>
            <translation>Полный текст статьи, в котором ищутся цитаты.</translation>
        </message>
        <message>
            <source>Load the article's text</source>
            <translation>Загрузить текст статьи</translation>
        </message>
        <message>
            <source>Replace the text?</source>
            <translation>Заменить текст?</translation>
        </message>
        <message>
            <source>Replace the text in the box with the text of {file}?</source>
            <translation>Заменить текст в поле текстом из {file}?</translation>
        </message>
        <message>
            <source>Discard the changes to this source?</source>
            <translation>Отказаться от изменений в этом источнике?</translation>
        </message>
        <message>
            <source>Discard this source?</source>
            <translation>Отказаться от этого источника?</translation>
        </message>
        <message numerus="yes">
            <source>%Ln character(s)</source>
            <translation>
                <numerusform>%Ln символ</numerusform>
                <numerusform>%Ln символа</numerusform>
                <numerusform>%Ln символов</numerusform>
            </translation>
        </message>
        <message>
            <source>No text yet</source>
            <translation>Текста пока нет</translation>
        </message>
    </context>
    <context>
        <name>SourceTextView</name>
        <message>
            <source>{date} (inferred)</source>
            <translation>{date} (предположительно)</translation>
        </message>
        <message>
            <source>date unknown</source>
            <translation>дата неизвестна</translation>
        </message>
        <message>
            <source>Source text</source>
            <translation>Текст источника</translation>
        </message>
    </context>
    <context>
        <name>SourceViewer</name>
        <message>
            <source>No text is stored for this source yet. Add the article's text to read it here and to quote it as evidence.</source>
            <translation>Для этого источника ещё не сохранён текст. Добавьте текст статьи, чтобы читать его здесь и цитировать как подтверждение.</translation>
        </message>
        <message>
            <source>&amp;Add text…</source>
            <translation>&amp;Добавить текст…</translation>
        </message>
        <message>
            <source>&amp;Find:</source>
            <translation>&amp;Найти:</translation>
        </message>
        <message>
            <source>Words in the text; Enter finds the next</source>
            <translation>Слова из текста; Enter — найти следующее совпадение</translation>
        </message>
        <message>
            <source>Find &amp;next</source>
            <translation>Найти да&amp;лее</translation>
        </message>
        <message>
            <source>&amp;Quote as evidence for…</source>
            <translation>&amp;Цитировать как подтверждение для…</translation>
        </message>
        <message>
            <source>Select words in the text, then record them as evidence.</source>
            <translation>Выделите слова в тексте, затем сохраните их как подтверждение.</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Источник</translation>
        </message>
        <message>
            <source>No match for “{words}”.</source>
            <translation>«{words}» не найдено.</translation>
        </message>
        <message>
            <source>Wrapped to the top.</source>
            <translation>Поиск продолжен с начала.</translation>
        </message>
    </context>
    <context>
        <name>SourcesPage</name>
        <message>
            <source>Double-click a source (or press Enter) to read its full text and quote it as evidence.</source>
            <translation>Дважды щёлкните источник (или нажмите Enter), чтобы прочитать полный текст и процитировать его как подтверждение.</translation>
        </message>
        <message>
            <source>Filter sources</source>
            <translation>Фильтр источников</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Добавить…</translation>
        </message>
        <message>
            <source>Add an article or document with its text</source>
            <translation>Добавить статью или документ вместе с текстом</translation>
        </message>
        <message>
            <source>Ed&amp;it…</source>
            <translation>&amp;Изменить…</translation>
        </message>
        <message>
            <source>Change the selected source's details or text</source>
            <translation>Изменить сведения или текст выбранного источника</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Удалить…</translation>
        </message>
        <message>
            <source>Delete the selected source if nothing quotes it (Delete)</source>
            <translation>Удалить выбранный источник, если из него нет цитат (Delete)</translation>
        </message>
        <message>
            <source>&amp;Read</source>
            <translation>&amp;Читать</translation>
        </message>
        <message>
            <source>Read the selected source and quote it (Enter)</source>
            <translation>Прочитать выбранный источник и процитировать его (Enter)</translation>
        </message>
        <message>
            <source>Delete source</source>
            <translation>Удаление источника</translation>
        </message>
        <message>
            <source>Delete the source “{title}”?
You can undo this with Ctrl+Z.</source>
            <translation>Удалить источник «{title}»?
Это можно отменить сочетанием Ctrl+Z.</translation>
        </message>
    </context>
    <context>
        <name>TagEdit</name>
        <message>
            <source>trade; energy</source>
            <translation>торговля; энергетика</translation>
        </message>
        <message>
            <source>Sectors separated by ; or , — e.g. trade; energy; connectivity</source>
            <translation>Сферы через ; или , — например: торговля; энергетика; транспортная связность</translation>
        </message>
    </context>
    <context>
        <name>Theme</name>
        <message>
            <source>As the system has it</source>
            <translation>Как в системе</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Светлая</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Тёмная</translation>
        </message>
    </context>
    <context>
        <name>TimelineExport</name>
        <message>
            <source>Could not write the image to {path}; check the folder and the disk.</source>
            <translation>Не удалось записать изображение в {path}; проверьте папку и диск.</translation>
        </message>
        <message>
            <source>Pakru timeline</source>
            <translation>Хронология Pakru</translation>
        </message>
        <message>
            <source>Items from {first} to {last}</source>
            <translation>Записи с {first} по {last}</translation>
        </message>
        <message>
            <source>Could not write the drawing to {path}; check the folder and the disk.</source>
            <translation>Не удалось записать рисунок в {path}; проверьте папку и диск.</translation>
        </message>
    </context>
    <context>
        <name>TimelineFilterBar</name>
        <message>
            <source>Kinds shown</source>
            <translation>Показываемые виды</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Все виды</translation>
        </message>
        <message>
            <source>A status of one kind shows only the kinds that have it</source>
            <translation>Если выбран статус одного вида, показываются только виды, у которых он есть</translation>
        </message>
    </context>
    <context>
        <name>TimelineHits</name>
        <message>
            <source>{kind} · {date} (inferred)</source>
            <translation>{kind} · {date} (предположительно)</translation>
        </message>
        <message>
            <source>{kind} · {date}</source>
            <translation>{kind} · {date}</translation>
        </message>
        <message>
            <source>Status: {status}</source>
            <translation>Статус: {status}</translation>
        </message>
        <message>
            <source>Due {date} · {lateness}</source>
            <translation>Срок: {date} · {lateness}</translation>
        </message>
        <message>
            <source>Due {date}</source>
            <translation>Срок: {date}</translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more</source>
            <translation>
                <numerusform>… и ещё %Ln</numerusform>
                <numerusform>… и ещё %Ln</numerusform>
                <numerusform>… и ещё %Ln</numerusform>
            </translation>
        </message>
        <message>
            <source>Click to zoom in.</source>
            <translation>Щёлкните, чтобы увеличить масштаб.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln more event(s) here:</source>
            <translation>
                <numerusform>Здесь ещё %Ln событие:</numerusform>
                <numerusform>Здесь ещё %Ln события:</numerusform>
                <numerusform>Здесь ещё %Ln событий:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln more agreement(s) here:</source>
            <translation>
                <numerusform>Здесь ещё %Ln соглашение:</numerusform>
                <numerusform>Здесь ещё %Ln соглашения:</numerusform>
                <numerusform>Здесь ещё %Ln соглашений:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln more project(s) here:</source>
            <translation>
                <numerusform>Здесь ещё %Ln проект:</numerusform>
                <numerusform>Здесь ещё %Ln проекта:</numerusform>
                <numerusform>Здесь ещё %Ln проектов:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln more commitment(s) here:</source>
            <translation>
                <numerusform>Здесь ещё %Ln обязательство:</numerusform>
                <numerusform>Здесь ещё %Ln обязательства:</numerusform>
                <numerusform>Здесь ещё %Ln обязательств:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln event(s) from {first} to {last}</source>
            <translation>
                <numerusform>%Ln событие с {first} по {last}</numerusform>
                <numerusform>%Ln события с {first} по {last}</numerusform>
                <numerusform>%Ln событий с {first} по {last}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln agreement(s) from {first} to {last}</source>
            <translation>
                <numerusform>%Ln соглашение с {first} по {last}</numerusform>
                <numerusform>%Ln соглашения с {first} по {last}</numerusform>
                <numerusform>%Ln соглашений с {first} по {last}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln project(s) from {first} to {last}</source>
            <translation>
                <numerusform>%Ln проект с {first} по {last}</numerusform>
                <numerusform>%Ln проекта с {first} по {last}</numerusform>
                <numerusform>%Ln проектов с {first} по {last}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln commitment(s) from {first} to {last}</source>
            <translation>
                <numerusform>%Ln обязательство с {first} по {last}</numerusform>
                <numerusform>%Ln обязательства с {first} по {last}</numerusform>
                <numerusform>%Ln обязательств с {first} по {last}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TimelineLoader</name>
        <message>
            <source>Unexpected error: {error}</source>
            <translation>Непредвиденная ошибка: {error}</translation>
        </message>
    </context>
    <context>
        <name>TimelinePage</name>
        <message>
            <source>Timeline summary</source>
            <translation>Сводка по хронологии</translation>
        </message>
        <message>
            <source>Open in list</source>
            <translation>Открыть в списке</translation>
        </message>
        <message>
            <source>today</source>
            <translation>сегодня</translation>
        </message>
        <message>
            <source>The day overdue items are judged on (empty: today)</source>
            <translation>День, на который определяется просрочка (пусто — сегодня)</translation>
        </message>
        <message>
            <source>Zoom out (−, or the wheel)</source>
            <translation>Уменьшить масштаб (− или колесо мыши)</translation>
        </message>
        <message>
            <source>Zoom in (+, or the wheel)</source>
            <translation>Увеличить масштаб (+ или колесо мыши)</translation>
        </message>
        <message>
            <source>Fit all</source>
            <translation>Показать всё</translation>
        </message>
        <message>
            <source>Show every item the filter shows (Home)</source>
            <translation>Показать все записи, отобранные фильтром (Home)</translation>
        </message>
        <message>
            <source>&amp;As of:</source>
            <translation>&amp;На дату:</translation>
        </message>
        <message>
            <source>Export PNG…</source>
            <translation>Экспорт PNG…</translation>
        </message>
        <message>
            <source>Export SVG…</source>
            <translation>Экспорт SVG…</translation>
        </message>
        <message>
            <source>Reading the timeline…</source>
            <translation>Загрузка хронологии…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln item(s) on the timeline</source>
            <translation>
                <numerusform>%Ln запись на хронологии</numerusform>
                <numerusform>%Ln записи на хронологии</numerusform>
                <numerusform>%Ln записей на хронологии</numerusform>
            </translation>
        </message>
        <message>
            <source>{first} – {last}</source>
            <translation>{first} – {last}</translation>
        </message>
        <message>
            <source>&lt;p&gt;Click a bar to see its item here; double-click it to open it in its list.&lt;/p&gt;&lt;p&gt;Wheel or &lt;b&gt;+&lt;/b&gt;/&lt;b&gt;−&lt;/b&gt; zoom, drag or arrow keys pan, &lt;b&gt;Home&lt;/b&gt; fits all.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Щёлкните полосу, чтобы увидеть здесь её запись; дважды щёлкните, чтобы открыть запись в её списке.&lt;/p&gt;&lt;p&gt;Колесо мыши или &lt;b&gt;+&lt;/b&gt;/&lt;b&gt;−&lt;/b&gt; — масштаб, перетаскивание или клавиши со стрелками — прокрутка, &lt;b&gt;Home&lt;/b&gt; — показать всё.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Export the timeline as SVG</source>
            <translation>Экспорт хронологии в SVG</translation>
        </message>
        <message>
            <source>SVG files (*.svg)</source>
            <translation>Файлы SVG (*.svg)</translation>
        </message>
        <message>
            <source>Export the timeline as PNG</source>
            <translation>Экспорт хронологии в PNG</translation>
        </message>
        <message>
            <source>PNG files (*.png)</source>
            <translation>Файлы PNG (*.png)</translation>
        </message>
        <message>
            <source>{kind} · {date} &lt;i&gt;(date inferred)&lt;/i&gt;</source>
            <translation>{kind} · {date} &lt;i&gt;(дата предположительная)&lt;/i&gt;</translation>
        </message>
        <message>
            <source>{kind} · {date}</source>
            <translation>{kind} · {date}</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Status:&lt;/b&gt; {status}</source>
            <translation>&lt;p&gt;&lt;b&gt;Статус:&lt;/b&gt; {status}</translation>
        </message>
        <message>
            <source>&lt;br&gt;&lt;b&gt;Due:&lt;/b&gt; {date}</source>
            <translation>&lt;br&gt;&lt;b&gt;Срок:&lt;/b&gt; {date}</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Where:&lt;/b&gt; {place}&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Место:&lt;/b&gt; {place}&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Sectors:&lt;/b&gt; {sectors}&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Сферы:&lt;/b&gt; {sectors}&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Linked items&lt;/b&gt; (drawn as connectors):&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Связанные записи&lt;/b&gt; (показаны соединительными линиями):&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>TimelinePainter</name>
        <message>
            <source>as of {date}</source>
            <translation>на {date}</translation>
        </message>
        <message>
            <source>Counts per period; zoom in for items</source>
            <translation>Число записей за период; увеличьте масштаб, чтобы увидеть записи</translation>
        </message>
        <message numerus="yes">
            <source>%Ln item(s)</source>
            <translation>
                <numerusform>%Ln запись</numerusform>
                <numerusform>%Ln записи</numerusform>
                <numerusform>%Ln записей</numerusform>
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
            <translation>{quarter} кв.</translation>
        </message>
    </context>
    <context>
        <name>TimelineView</name>
        <message>
            <source>Timeline</source>
            <translation>Хронология</translation>
        </message>
    </context>
    <context>
        <name>UndoCommands</name>
        <message>
            <source>Cannot undo or redo</source>
            <translation>Не удалось отменить или повторить</translation>
        </message>
        <message>
            <source>Add event “{title}”</source>
            <translation>добавление события «{title}»</translation>
        </message>
        <message>
            <source>Add agreement “{title}”</source>
            <translation>добавление соглашения «{title}»</translation>
        </message>
        <message>
            <source>Add project “{title}”</source>
            <translation>добавление проекта «{title}»</translation>
        </message>
        <message>
            <source>Add commitment “{title}”</source>
            <translation>добавление обязательства «{title}»</translation>
        </message>
        <message>
            <source>Delete event “{title}”</source>
            <translation>удаление события «{title}»</translation>
        </message>
        <message>
            <source>Delete agreement “{title}”</source>
            <translation>удаление соглашения «{title}»</translation>
        </message>
        <message>
            <source>Delete project “{title}”</source>
            <translation>удаление проекта «{title}»</translation>
        </message>
        <message>
            <source>Delete commitment “{title}”</source>
            <translation>удаление обязательства «{title}»</translation>
        </message>
        <message>
            <source>Edit “{title}”</source>
            <translation>изменение «{title}»</translation>
        </message>
        <message>
            <source>“{title}” was changed elsewhere since; this step was not undone.</source>
            <translation>Запись «{title}» с тех пор была изменена в другом месте; это действие не отменено.</translation>
        </message>
        <message>
            <source>Change status to {status} on “{title}”</source>
            <translation>изменение статуса «{title}» на «{status}»</translation>
        </message>
        <message>
            <source>Add follow-up on “{title}”</source>
            <translation>добавление отметки к «{title}»</translation>
        </message>
        <message>
            <source>Delete follow-up on “{title}”</source>
            <translation>удаление отметки к «{title}»</translation>
        </message>
        <message>
            <source>Edit follow-up on “{title}”</source>
            <translation>изменение отметки к «{title}»</translation>
        </message>
        <message>
            <source>Link {type} “{title}”</source>
            <translation>добавление связи «{type}» с «{title}»</translation>
        </message>
        <message>
            <source>Unlink {type} “{title}”</source>
            <translation>удаление связи «{type}» с «{title}»</translation>
        </message>
    </context>
    <context>
        <name>WindowCommands</name>
        <message>
            <source>Pakru databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
            <translation>Базы данных Pakru (*.sqlite3 *.sqlite *.db);;Все файлы (*)</translation>
        </message>
        <message>
            <source>Delete {kind}</source>
            <translation>Удаление: {kind}</translation>
        </message>
        <message>
            <source>Delete “{title}” with its evidence, follow-ups and links?
You can undo this with Ctrl+Z.</source>
            <translation>Удалить «{title}» вместе с подтверждениями, отметками и связями?
Это можно отменить сочетанием Ctrl+Z.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>Оставить</translation>
        </message>
        <message>
            <source>The database as it was is kept in {file}.</source>
            <translation>Прежнее состояние базы данных сохранено в {file}.</translation>
        </message>
        <message>
            <source>Loaded changes made elsewhere.</source>
            <translation>Загружены изменения, сделанные в другом месте.</translation>
        </message>
        <message>
            <source>Backup restored.</source>
            <translation>Резервная копия восстановлена.</translation>
        </message>
        <message>
            <source>About Pakru Desktop</source>
            <translation>О программе Pakru Desktop</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Pakru Desktop {version}&lt;/h3&gt;&lt;p&gt;A tracker of Pakistan–Russia meetings, agreements, projects and commitments, with the sentences they came from.&lt;/p&gt;&lt;p&gt;Database: &lt;code&gt;{database}&lt;/code&gt;&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Pakru Desktop {version}&lt;/h3&gt;&lt;p&gt;Учёт пакистано-российских встреч, соглашений, проектов и обязательств вместе с фразами источников, из которых о них известно.&lt;/p&gt;&lt;p&gt;База данных: &lt;code&gt;{database}&lt;/code&gt;&lt;/p&gt;</translation>
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
            <translation>{entry} (это окно)</translation>
        </message>
        <message>
            <source>No databases opened yet</source>
            <translation>Базы данных ещё не открывались</translation>
        </message>
        <message>
            <source>&amp;Clear the list</source>
            <translation>&amp;Очистить список</translation>
        </message>
        <message>
            <source>New database</source>
            <translation>Новая база данных</translation>
        </message>
        <message>
            <source>There is already a file at {path}; a new database never replaces one. Choose another name.</source>
            <translation>Файл {path} уже существует, а новая база данных никогда не заменяет существующий файл. Выберите другое имя.</translation>
        </message>
        <message>
            <source>Start {file} with the records of the three bundled articles, or empty?</source>
            <translation>Заполнить {file} записями из трёх прилагаемых статей или создать пустую базу?</translation>
        </message>
        <message>
            <source>With the articles' records</source>
            <translation>С записями из статей</translation>
        </message>
        <message>
            <source>Empty</source>
            <translation>Пустая база</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Open database</source>
            <translation>Открыть базу данных</translation>
        </message>
        <message>
            <source>{path} is no longer there; it was taken off the recent list.</source>
            <translation>{path} больше не существует; файл убран из списка недавних.</translation>
        </message>
        <message>
            <source>{file} is the database of this window.</source>
            <translation>{file} уже открыта в этом окне.</translation>
        </message>
        <message>
            <source>Could not start a new window for {path}.</source>
            <translation>Не удалось открыть новое окно для {path}.</translation>
        </message>
        <message>
            <source>Opening {file} in a new window…</source>
            <translation>Открытие {file} в новом окне…</translation>
        </message>
    </context>
    <context>
        <name>WorkerDatabase</name>
        <message>
            <source>Unexpected error: {error}</source>
            <translation>Непредвиденная ошибка: {error}</translation>
        </message>
    </context>
</TS>
