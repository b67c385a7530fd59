<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>wynosi co najmniej</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>wynosi co najwyżej</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmenty</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupy</translation>
    </message>
    <message>
        <source>Customers scored</source>
        <translation>Ocenieni klienci</translation>
    </message>
    <message>
        <source>Last edited</source>
        <translation>Ostatnia edycja</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Aktywny</translation>
    </message>
    <message>
        <source>Draft of a live profile</source>
        <translation>Wersja robocza aktywnego profilu</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Wersja robocza</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Domyślny</translation>
    </message>
    <message>
        <source>Tend could not finish what you asked. Nothing else was changed.</source>
        <translation>Tend nie mógł dokończyć tej operacji. Nic więcej nie zostało zmienione.</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>Przejdź do</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>karta</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Utwórz</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Szukaj</translation>
    </message>
    <message>
        <source>Move the selected cards</source>
        <translation>Przenieś zaznaczone karty</translation>
    </message>
    <message>
        <source>Undo the last move</source>
        <translation>Cofnij ostatnie przeniesienie</translation>
    </message>
    <message>
        <source>Redo the move</source>
        <translation>Ponów przeniesienie</translation>
    </message>
    <message>
        <source>Create task</source>
        <translation>Utwórz zadanie</translation>
    </message>
    <message>
        <source>Undo the last bulk action</source>
        <translation>Cofnij ostatnią akcję zbiorczą</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dzień</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Tydzień</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Miesiąc</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Dzisiaj</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Poprzedni</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Następny</translation>
    </message>
    <message>
        <source>to-do</source>
        <translation>do zrobienia</translation>
    </message>
    <message>
        <source>Create customer</source>
        <translation>Utwórz klienta</translation>
    </message>
    <message>
        <source>record</source>
        <translation>rekord</translation>
    </message>
    <message>
        <source>Create dashboard</source>
        <translation>Utwórz pulpit</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>Objects and properties</source>
        <translation>Obiekty i właściwości</translation>
    </message>
    <message>
        <source>Health scores</source>
        <translation>Wskaźniki kondycji</translation>
    </message>
    <message>
        <source>Team workspaces</source>
        <translation>Obszary robocze zespołów</translation>
    </message>
    <message>
        <source>Services tab settings</source>
        <translation>Ustawienia karty Usługi</translation>
    </message>
    <message>
        <source>Revenue tab settings</source>
        <translation>Ustawienia karty Przychody</translation>
    </message>
    <message>
        <source>Users &amp; teams</source>
        <translation>Użytkownicy i zespoły</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Zadanie</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Spotkanie</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edycja</translation>
    </message>
    <message>
        <source>Stage move</source>
        <translation>Zmiana etapu</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Bulk action</source>
        <translation>Akcja zbiorcza</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Scalenie</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Cofnięcie</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronizacja</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatycznie</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Dane demonstracyjne</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Usunięto</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Przywrócono</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Widok</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Pomoc</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Eksportowanie</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorytet</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Osoba przypisana</translation>
    </message>
    <message>
        <source>Associated record</source>
        <translation>Powiązany rekord</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>To-do</source>
        <translation>Do zrobienia</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Połączenie</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niski</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Średni</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Wysoki</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwarte</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Ukończone</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Zmiana</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Licencja</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Uprawnienia</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Zespoły</translation>
    </message>
    <message>
        <source>+ Create</source>
        <translation>+ Utwórz</translation>
    </message>
    <message>
        <source>Pipeline (by name)</source>
        <translation>Lejek (według nazwy)</translation>
    </message>
    <message>
        <source>Stage (by name)</source>
        <translation>Etap (według nazwy)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>Company, found by domain</source>
        <translation>Firma, wyszukana po domenie</translation>
    </message>
    <message>
        <source>Company, found by name</source>
        <translation>Firma, wyszukana po nazwie</translation>
    </message>
    <message>
        <source>Company, found by source record ID</source>
        <translation>Firma, wyszukana po ID rekordu źródłowego</translation>
    </message>
    <message>
        <source>Source record ID</source>
        <translation>ID rekordu źródłowego</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Zagrożony</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutralny</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>W dobrej kondycji</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 rekord</translation>
    </message>
    <message numerus="yes">
        <source>%Ln records</source>
        <translation>
            <numerusform>%Ln rekord</numerusform>
            <numerusform>%Ln rekordy</numerusform>
            <numerusform>%Ln rekordów</numerusform>
        </translation>
    </message>
    <message>
        <source>Single-line text</source>
        <translation>Tekst jednowierszowy</translation>
    </message>
    <message>
        <source>Multi-line text</source>
        <translation>Tekst wielowierszowy</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Liczba</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Data i godzina</translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation>Pojedynczy wybór</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>Wielokrotny wybór</translation>
    </message>
    <message>
        <source>Checkbox</source>
        <translation>Pole wyboru</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Użytkownik</translation>
    </message>
    <message>
        <source>From associations (read-only)</source>
        <translation>Z powiązań (tylko do odczytu)</translation>
    </message>
    <message>
        <source>The name is at most {longest} characters.</source>
        <translation>Nazwa może mieć maksymalnie {longest} znaków.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Brak</translation>
    </message>
    <message>
        <source>Title *</source>
        <translation>Tytuł *</translation>
    </message>
    <message>
        <source>Associated records</source>
        <translation>Powiązane rekordy</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Jak w systemie</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Jasny</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Ciemny</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Liczba</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Suma</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Średnia</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Maksimum</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Według tygodni</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Według miesięcy</translation>
    </message>
    <message>
        <source>By quarter</source>
        <translation>Według kwartałów</translation>
    </message>
    <message>
        <source>Bar</source>
        <translation>Wykres słupkowy</translation>
    </message>
    <message>
        <source>Stacked bar</source>
        <translation>Wykres słupkowy skumulowany</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Wykres liniowy</translation>
    </message>
    <message>
        <source>Donut</source>
        <translation>Wykres pierścieniowy</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabela</translation>
    </message>
    <message>
        <source>Single number</source>
        <translation>Pojedyncza liczba</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Transakcje</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Usługi</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Subskrypcje</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Zgłoszenia</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Przychody</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Akcje</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Harmonogram</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Kanał aktywności</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>Pulpity</translation>
    </message>
    <message>
        <source>Enter the note.</source>
        <translation>Wpisz notatkę.</translation>
    </message>
    <message>
        <source>Enter a subject.</source>
        <translation>Wpisz temat.</translation>
    </message>
    <message>
        <source>Enter the call&apos;s length in whole minutes.</source>
        <translation>Wpisz czas trwania połączenia w pełnych minutach.</translation>
    </message>
    <message>
        <source>A call lasts between 0 and 1,440 minutes.</source>
        <translation>Połączenie może trwać od 0 do 1440 minut.</translation>
    </message>
    <message>
        <source>Enter what the call was about.</source>
        <translation>Wpisz, czego dotyczyło połączenie.</translation>
    </message>
    <message>
        <source>Enter a title.</source>
        <translation>Wpisz tytuł.</translation>
    </message>
    <message>
        <source>“{text}” is not a date (YYYY-MM-DD, optionally HH:MM).</source>
        <translation>„{text}” nie jest datą (RRRR-MM-DD, opcjonalnie GG:MM).</translation>
    </message>
    <message>
        <source>“{text}” is not a date and time (YYYY-MM-DD HH:MM).</source>
        <translation>„{text}” nie jest datą i godziną (RRRR-MM-DD GG:MM).</translation>
    </message>
    <message>
        <source>Enter the meeting&apos;s length in minutes.</source>
        <translation>Wpisz czas trwania spotkania w minutach.</translation>
    </message>
    <message>
        <source>A meeting lasts between 1 and 1,440 minutes.</source>
        <translation>Spotkanie może trwać od 1 do 1440 minut.</translation>
    </message>
    <message>
        <source>A meeting link starts with https://</source>
        <translation>Link do spotkania musi zaczynać się od https://</translation>
    </message>
    <message>
        <source>A record cannot be associated with itself.</source>
        <translation>Rekordu nie można powiązać z nim samym.</translation>
    </message>
    <message>
        <source>{name} is already associated.</source>
        <translation>Już powiązano: {name}.</translation>
    </message>
    <message>
        <source>These records are not associated any more.</source>
        <translation>Te rekordy nie są już powiązane.</translation>
    </message>
    <message>
        <source>records</source>
        <translation>rekordy</translation>
    </message>
    <message>
        <source>The number of open {objects}, from the record&apos;s associations.</source>
        <translation>Liczba otwartych rekordów ({objects}), obliczana z powiązań rekordu.</translation>
    </message>
    <message>
        <source>The number of associated {objects}, from the record&apos;s associations.</source>
        <translation>Liczba powiązanych rekordów ({objects}), obliczana z powiązań rekordu.</translation>
    </message>
    <message>
        <source>The total amount of open {objects}, from the record&apos;s associations.</source>
        <translation>Łączna kwota otwartych rekordów ({objects}), obliczana z powiązań rekordu.</translation>
    </message>
    <message>
        <source>The total amount of associated {objects}, from the record&apos;s associations.</source>
        <translation>Łączna kwota powiązanych rekordów ({objects}), obliczana z powiązań rekordu.</translation>
    </message>
    <message>
        <source>Only the first {n} cards of a column can be arranged.</source>
        <translation>Kolejność można zmieniać tylko dla pierwszych {n} kart w kolumnie.</translation>
    </message>
    <message>
        <source>There is no {object} pipeline “{pipeline}”.</source>
        <translation>Brak lejka „{pipeline}” dla obiektu {object}.</translation>
    </message>
    <message>
        <source>“{stage}” is not a stage of the {pipeline} pipeline.</source>
        <translation>„{stage}” nie jest etapem lejka {pipeline}.</translation>
    </message>
    <message>
        <source>“{stage}” is not a stage of any {object} pipeline.</source>
        <translation>„{stage}” nie jest etapem żadnego lejka obiektu {object}.</translation>
    </message>
    <message>
        <source>“{stage}” is a stage of several pipelines: map a Pipeline column.</source>
        <translation>„{stage}” jest etapem kilku lejków: przypisz kolumnę Lejek.</translation>
    </message>
    <message>
        <source>There is no object “{key}”.</source>
        <translation>Brak obiektu „{key}”.</translation>
    </message>
    <message>
        <source>{objects} cannot be imported from a CSV file yet.</source>
        <translation>{objects}: import z pliku CSV nie jest jeszcze dostępny.</translation>
    </message>
    <message>
        <source>{field} is kept by Tend itself and is not imported.</source>
        <translation>Właściwość {field} jest prowadzona przez sam Tend i nie jest importowana.</translation>
    </message>
    <message>
        <source>Tend keeps its own create and activity dates.</source>
        <translation>Tend sam prowadzi daty utworzenia i aktywności.</translation>
    </message>
    <message>
        <source>Another column already fills this property.</source>
        <translation>Inna kolumna już wypełnia tę właściwość.</translation>
    </message>
    <message>
        <source>No sample parses: {reason}</source>
        <translation>Nie udało się odczytać żadnej próbki: {reason}</translation>
    </message>
    <message>
        <source>“{text}” is not a stage of any {object} pipeline.</source>
        <translation>„{text}” nie jest etapem żadnego lejka obiektu {object}.</translation>
    </message>
    <message>
        <source>“{field}” is not a property of {objects}.</source>
        <translation>„{field}” nie jest właściwością obiektu {objects}.</translation>
    </message>
    <message>
        <source>This file is not a text (CSV) file.</source>
        <translation>Ten plik nie jest plikiem tekstowym (CSV).</translation>
    </message>
    <message>
        <source>The file could not be read: {reason}.</source>
        <translation>Nie udało się odczytać pliku: {reason}.</translation>
    </message>
    <message>
        <source>This file is empty.</source>
        <translation>Ten plik jest pusty.</translation>
    </message>
    <message>
        <source>This file is not readable as {encoding}.</source>
        <translation>Tego pliku nie można odczytać w kodowaniu {encoding}.</translation>
    </message>
    <message>
        <source>The file has no header row naming its columns.</source>
        <translation>Plik nie ma wiersza nagłówka z nazwami kolumn.</translation>
    </message>
    <message>
        <source>This file is not readable as CSV: {reason}.</source>
        <translation>Tego pliku nie można odczytać jako CSV: {reason}.</translation>
    </message>
    <message>
        <source>The file&apos;s first row has empty column names: no header.</source>
        <translation>Pierwszy wiersz pliku zawiera puste nazwy kolumn: brak nagłówka.</translation>
    </message>
    <message>
        <source>The file&apos;s first row holds values, not column names: it has no header.</source>
        <translation>Pierwszy wiersz pliku zawiera wartości, a nie nazwy kolumn: plik nie ma nagłówka.</translation>
    </message>
    <message>
        <source>Import problem</source>
        <translation>Problem z importem</translation>
    </message>
    <message>
        <source>“{column}”: {field} is not something to import into.</source>
        <translation>„{column}”: do pola {field} nie można importować.</translation>
    </message>
    <message>
        <source>Two columns fill {field}.</source>
        <translation>Dwie kolumny wypełniają pole {field}.</translation>
    </message>
    <message>
        <source>No column holds the key {key}.</source>
        <translation>Żadna kolumna nie zawiera klucza {key}.</translation>
    </message>
    <message>
        <source>{key} is not a user property to fill.</source>
        <translation>{key} nie jest właściwością typu Użytkownik, którą można wypełnić.</translation>
    </message>
    <message>
        <source>The owner for rows without one is not an active user.</source>
        <translation>Właściciel wskazany dla wierszy bez właściciela nie jest aktywnym użytkownikiem.</translation>
    </message>
    <message>
        <source>Row {row} of this file has the same value.</source>
        <translation>Wiersz {row} tego pliku ma tę samą wartość.</translation>
    </message>
    <message>
        <source>{n} {object} records have this value.</source>
        <translation>Rekordy obiektu {object} z tą wartością: {n}.</translation>
    </message>
    <message>
        <source>No company has “{text}”.</source>
        <translation>Żadna firma nie ma wartości „{text}”.</translation>
    </message>
    <message>
        <source>{n} companies have “{text}”.</source>
        <translation>Firmy z wartością „{text}”: {n}.</translation>
    </message>
    <message>
        <source>A {object} needs a {field}.</source>
        <translation>Rekord ({object}) wymaga pola {field}.</translation>
    </message>
    <message>
        <source>{field} is required to enter its stage.</source>
        <translation>Pole {field} jest wymagane do wejścia na etap rekordu.</translation>
    </message>
    <message>
        <source>Moving a record to another pipeline needs its stage too.</source>
        <translation>Przeniesienie rekordu do innego lejka wymaga także podania etapu.</translation>
    </message>
    <message>
        <source>Row {row}: {reasons}</source>
        <translation>Wiersz {row}: {reasons}</translation>
    </message>
    <message>
        <source>“{text}” is not a number.</source>
        <translation>„{text}” nie jest liczbą.</translation>
    </message>
    <message>
        <source>“{text}” is not a finite number.</source>
        <translation>„{text}” nie jest liczbą skończoną.</translation>
    </message>
    <message>
        <source>“{text}” is not an amount.</source>
        <translation>„{text}” nie jest kwotą.</translation>
    </message>
    <message>
        <source>“{text}” is not a valid date.</source>
        <translation>„{text}” nie jest prawidłową datą.</translation>
    </message>
    <message>
        <source>“{text}” is not a date.</source>
        <translation>„{text}” nie jest datą.</translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation>dzień/miesiąc/rok</translation>
    </message>
    <message>
        <source>month/day/year</source>
        <translation>miesiąc/dzień/rok</translation>
    </message>
    <message>
        <source>“{text}” is not a valid date ({order}).</source>
        <translation>„{text}” nie jest prawidłową datą ({order}).</translation>
    </message>
    <message>
        <source>“{text}” is not a date and time.</source>
        <translation>„{text}” nie jest datą i godziną.</translation>
    </message>
    <message>
        <source>“{text}” is not a valid time.</source>
        <translation>„{text}” nie jest prawidłową godziną.</translation>
    </message>
    <message>
        <source>“{text}” is not yes or no.</source>
        <translation>„{text}” nie jest wartością tak lub nie.</translation>
    </message>
    <message>
        <source>“{text}” is not one of {field}&apos;s options ({shown}).</source>
        <translation>„{text}” nie jest jedną z opcji pola {field} ({shown}).</translation>
    </message>
    <message>
        <source>No active user has the e-mail or name “{text}”.</source>
        <translation>Żaden aktywny użytkownik nie ma adresu e-mail ani imienia i nazwiska „{text}”.</translation>
    </message>
    <message>
        <source>{field} is computed by Tend and cannot be imported.</source>
        <translation>Pole {field} jest obliczane przez Tend i nie można go importować.</translation>
    </message>
    <message>
        <source>Tick “I confirm users will have view access” first.</source>
        <translation>Najpierw zaznacz „Potwierdzam, że użytkownicy będą mieli uprawnienia do wyświetlania”.</translation>
    </message>
    <message>
        <source>This dashboard is not on your workspace&apos;s Dashboards tab.</source>
        <translation>Tego pulpitu nie ma na karcie Pulpity w Twoim obszarze roboczym.</translation>
    </message>
    <message>
        <source>This dashboard was deleted.</source>
        <translation>Ten pulpit został usunięty.</translation>
    </message>
    <message>
        <source>This dashboard is assigned to teams you are not in.</source>
        <translation>Ten pulpit jest przypisany do zespołów, do których nie należysz.</translation>
    </message>
    <message>
        <source>Choose the teams that may see it.</source>
        <translation>Wybierz zespoły, które mogą go widzieć.</translation>
    </message>
    <message>
        <source>One of those teams no longer exists.</source>
        <translation>Jeden z tych zespołów już nie istnieje.</translation>
    </message>
    <message>
        <source>That dashboard is on this tab already.</source>
        <translation>Ten pulpit jest już na tej karcie.</translation>
    </message>
    <message>
        <source>Give the dashboard a name.</source>
        <translation>Nadaj pulpitowi nazwę.</translation>
    </message>
    <message>
        <source>That dashboard was deleted.</source>
        <translation>Ten pulpit został usunięty.</translation>
    </message>
    <message>
        <source>That dashboard is no longer on this tab.</source>
        <translation>Tego pulpitu nie ma już na tej karcie.</translation>
    </message>
    <message>
        <source>That report is no longer on the dashboard.</source>
        <translation>Tego raportu nie ma już na pulpicie.</translation>
    </message>
    <message>
        <source>A report is 1 to {columns} columns wide and 1 to {rows} rows tall.</source>
        <translation>Raport ma szerokość od 1 do {columns} kolumn i wysokość od 1 do {rows} wierszy.</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} lub {second}</translation>
    </message>
    <message>
        <source>The year needs two or four digits.</source>
        <translation>Rok musi mieć dwie lub cztery cyfry.</translation>
    </message>
    <message>
        <source>“{text}” is not a date. {detail} Write {hint}.</source>
        <translation>„{text}” nie jest datą. {detail} Wpisz {hint}.</translation>
    </message>
    <message>
        <source>“{text}” is not a date. Write {hint}.</source>
        <translation>„{text}” nie jest datą. Wpisz {hint}.</translation>
    </message>
    <message>
        <source>“{text}” is not a date on the calendar. Write {hint}.</source>
        <translation>„{text}” to nieistniejąca data. Wpisz {hint}.</translation>
    </message>
    <message>
        <source>“{text}” is not a time. Write {hint}.</source>
        <translation>„{text}” nie jest godziną. Wpisz {hint}.</translation>
    </message>
    <message>
        <source>“{text}” needs a time too, such as {hint}.</source>
        <translation>„{text}” wymaga także godziny, np. {hint}.</translation>
    </message>
    <message>
        <source>“{text}” is not a date and time. Write {example}.</source>
        <translation>„{text}” nie jest datą i godziną. Wpisz {example}.</translation>
    </message>
    <message>
        <source>The demo is generated into a local database file.</source>
        <translation>Wersja demonstracyjna jest generowana w lokalnym pliku bazy danych.</translation>
    </message>
    <message>
        <source>The demo needs at least one company.</source>
        <translation>Wersja demonstracyjna wymaga co najmniej jednej firmy.</translation>
    </message>
    <message>
        <source>The demo has names for at most {n} companies.</source>
        <translation>Demo ma nazwy dla najwyżej {n} firm.</translation>
    </message>
    <message>
        <source>This database already has a workspace; choose a new file.</source>
        <translation>Ta baza danych ma już obszar roboczy; wybierz nowy plik.</translation>
    </message>
    <message>
        <source>People and settings</source>
        <translation>Osoby i ustawienia</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <source>E-mail opened</source>
        <translation>Otwarto e-mail</translation>
    </message>
    <message>
        <source>E-mail clicked</source>
        <translation>Kliknięto link w e-mailu</translation>
    </message>
    <message>
        <source>E-mail replied</source>
        <translation>Odpowiedziano na e-mail</translation>
    </message>
    <message>
        <source>Form submitted</source>
        <translation>Przesłano formularz</translation>
    </message>
    <message>
        <source>Page visited</source>
        <translation>Odwiedzono stronę</translation>
    </message>
    <message>
        <source>Meeting booked</source>
        <translation>Zarezerwowano spotkanie</translation>
    </message>
    <message>
        <source>Enrolled in sequence</source>
        <translation>Zapisano do sekwencji</translation>
    </message>
    <message>
        <source>Finished sequence</source>
        <translation>Ukończono sekwencję</translation>
    </message>
    <message>
        <source>Unenrolled from sequence</source>
        <translation>Wypisano z sekwencji</translation>
    </message>
    <message>
        <source>This notification is in another CSM&apos;s feed.</source>
        <translation>To powiadomienie jest w kanale aktywności innego CSM.</translation>
    </message>
    <message>
        <source>That notification was already deleted.</source>
        <translation>To powiadomienie zostało już usunięte.</translation>
    </message>
    <message>
        <source>This health profile no longer exists.</source>
        <translation>Ten profil kondycji już nie istnieje.</translation>
    </message>
    <message>
        <source>Choose what the group scores.</source>
        <translation>Wybierz, co ocenia grupa.</translation>
    </message>
    <message>
        <source>Name the profile.</source>
        <translation>Nadaj profilowi nazwę.</translation>
    </message>
    <message>
        <source>A profile&apos;s name has at most {n} characters.</source>
        <translation>Nazwa profilu może mieć maksymalnie {n} znaków.</translation>
    </message>
    <message>
        <source>Name the group.</source>
        <translation>Nadaj grupie nazwę.</translation>
    </message>
    <message>
        <source>A group&apos;s name has at most {n} characters.</source>
        <translation>Nazwa grupy może mieć maksymalnie {n} znaków.</translation>
    </message>
    <message>
        <source>{name}: add at least one rule.</source>
        <translation>{name}: dodaj co najmniej jedną regułę.</translation>
    </message>
    <message>
        <source>Name the rule.</source>
        <translation>Nadaj regule nazwę.</translation>
    </message>
    <message>
        <source>A rule&apos;s name has at most {n} characters.</source>
        <translation>Nazwa reguły może mieć maksymalnie {n} znaków.</translation>
    </message>
    <message>
        <source>A profile applies to at most {n} segments.</source>
        <translation>Limit segmentów profilu: {n}.</translation>
    </message>
    <message>
        <source>A segment is listed twice.</source>
        <translation>Segment występuje dwukrotnie.</translation>
    </message>
    <message>
        <source>A segment&apos;s saved view no longer exists.</source>
        <translation>Zapisany widok segmentu już nie istnieje.</translation>
    </message>
    <message>
        <source>“{name}” is not a saved view of Customers.</source>
        <translation>„{name}” nie jest zapisanym widokiem klientów.</translation>
    </message>
    <message>
        <source>A live profile is already named “{name}”.</source>
        <translation>Istnieje już aktywny profil o nazwie „{name}”.</translation>
    </message>
    <message>
        <source>“{view}” is already the segment of “{profile}”.</source>
        <translation>Widok „{view}” jest już segmentem profilu „{profile}”.</translation>
    </message>
    <message>
        <source>This health profile&apos;s workspace no longer exists.</source>
        <translation>Obszar roboczy tego profilu kondycji już nie istnieje.</translation>
    </message>
    <message>
        <source>This profile is a draft already.</source>
        <translation>Ten profil jest już wersją roboczą.</translation>
    </message>
    <message>
        <source>This is the default profile, the one customers in no segment get: make another live profile the default before unpublishing it.</source>
        <translation>To profil domyślny, przypisywany klientom spoza segmentów: przed cofnięciem jego publikacji ustaw jako domyślny inny aktywny profil.</translation>
    </message>
    <message>
        <source>Only a live profile is edited through a draft.</source>
        <translation>Tylko aktywny profil edytuje się za pomocą wersji roboczej.</translation>
    </message>
    <message>
        <source>This is the default profile, the one customers in no segment get: make another live profile the default before deleting it.</source>
        <translation>To profil domyślny, przypisywany klientom spoza segmentów: przed jego usunięciem ustaw jako domyślny inny aktywny profil.</translation>
    </message>
    <message>
        <source>Only a live profile can be the default.</source>
        <translation>Tylko aktywny profil może być domyślny.</translation>
    </message>
    <message>
        <source>{what}: enter a whole number.</source>
        <translation>{what}: wpisz liczbę całkowitą.</translation>
    </message>
    <message>
        <source>{what}: between {low} and {high}.</source>
        <translation>{what}: od {low} do {high}.</translation>
    </message>
    <message>
        <source>At risk up to</source>
        <translation>Zagrożony do</translation>
    </message>
    <message>
        <source>Neutral up to</source>
        <translation>Neutralny do</translation>
    </message>
    <message>
        <source>Neutral must end above where At risk ends.</source>
        <translation>Górna granica kategorii Neutralny musi być wyższa niż górna granica kategorii Zagrożony.</translation>
    </message>
    <message>
        <source>Add at least one group.</source>
        <translation>Dodaj co najmniej jedną grupę.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <source>{name}&apos;s maximum</source>
        <translation>Maksimum grupy {name}</translation>
    </message>
    <message>
        <source>The groups&apos; maxima add up to {total}; they must add up to 100.</source>
        <translation>Maksima grup sumują się do {total}; ich suma musi wynosić 100.</translation>
    </message>
    <message>
        <source>{what}: add at least one band.</source>
        <translation>{what}: dodaj co najmniej jeden przedział.</translation>
    </message>
    <message>
        <source>{what}: a band is a lowest count and its points.</source>
        <translation>{what}: przedział składa się z najniższej liczby i jej punktów.</translation>
    </message>
    <message>
        <source>{what}: a band&apos;s lowest count</source>
        <translation>{what}: najniższa liczba przedziału</translation>
    </message>
    <message>
        <source>{what}: a band&apos;s points</source>
        <translation>{what}: punkty przedziału</translation>
    </message>
    <message>
        <source>{what}: the bands&apos; lowest counts must rise.</source>
        <translation>{what}: najniższe liczby kolejnych przedziałów muszą rosnąć.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Reguła</translation>
    </message>
    <message>
        <source>{what}: the rule is not readable.</source>
        <translation>{what}: nie można odczytać reguły.</translation>
    </message>
    <message>
        <source>{what}: add at least one condition.</source>
        <translation>{what}: dodaj co najmniej jeden warunek.</translation>
    </message>
    <message>
        <source>{what}: a condition needs a property.</source>
        <translation>{what}: warunek wymaga właściwości.</translation>
    </message>
    <message>
        <source>{what}: a rule gives or takes some points.</source>
        <translation>{what}: reguła musi dodawać lub odejmować punkty.</translation>
    </message>
    <message>
        <source>{what}: “{event}” is not an event Tend counts.</source>
        <translation>{what}: „{event}” nie jest zdarzeniem zliczanym przez Tend.</translation>
    </message>
    <message>
        <source>{what}: the window</source>
        <translation>{what}: przedział czasu</translation>
    </message>
    <message>
        <source>{what}: only calls have a length.</source>
        <translation>{what}: tylko połączenia mają czas trwania.</translation>
    </message>
    <message>
        <source>{what}: the length</source>
        <translation>{what}: czas trwania</translation>
    </message>
    <message>
        <source>A workspace has at most {n} live health profiles; this is one more.</source>
        <translation>Limit aktywnych profili kondycji w obszarze roboczym: {n}; ten byłby o jeden za dużo.</translation>
    </message>
    <message>
        <source>A workspace has at most {n} draft health profiles; this is one more.</source>
        <translation>Limit wersji roboczych profili kondycji w obszarze roboczym: {n}; ta byłaby o jedną za dużo.</translation>
    </message>
    <message>
        <source>This alert no longer exists.</source>
        <translation>Ten alert już nie istnieje.</translation>
    </message>
    <message>
        <source>This alert is another user&apos;s: only they can dismiss it.</source>
        <translation>Ten alert należy do innego użytkownika: tylko on może go odrzucić.</translation>
    </message>
    <message>
        <source>(No title)</source>
        <translation>(Bez tytułu)</translation>
    </message>
    <message>
        <source>tasks in calendar files are not imported</source>
        <translation>zadania z plików kalendarza nie są importowane</translation>
    </message>
    <message>
        <source>was cancelled</source>
        <translation>odwołano</translation>
    </message>
    <message>
        <source>repeats more than {n} times in the days shown; the first {n} were imported</source>
        <translation>powtarza się ponad {n} razy w wyświetlanym okresie; zaimportowano tylko pierwsze wystąpienia ({n})</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Plik jest pusty.</translation>
    </message>
    <message>
        <source>This is not an iCalendar (.ics) file: it has no BEGIN:VCALENDAR line.</source>
        <translation>To nie jest plik iCalendar (.ics): brak wiersza BEGIN:VCALENDAR.</translation>
    </message>
    <message>
        <source>This iCalendar file cannot be read: {reason}</source>
        <translation>Nie można odczytać tego pliku iCalendar: {reason}</translation>
    </message>
    <message>
        <source>The calendar in this file is incomplete: it has no END:VCALENDAR line (was the file cut short?).</source>
        <translation>Kalendarz w tym pliku jest niekompletny: brak wiersza END:VCALENDAR (czy plik został ucięty?).</translation>
    </message>
    <message>
        <source>the value of {name}</source>
        <translation>wartość właściwości {name}</translation>
    </message>
    <message>
        <source>a line</source>
        <translation>wiersz</translation>
    </message>
    <message>
        <source>{item}: {where} cannot be read ({reason}).</source>
        <translation>{item}: {where} – nie można odczytać ({reason}).</translation>
    </message>
    <message>
        <source>{title} on {day} (UID {uid})</source>
        <translation>{title}, {day} (UID {uid})</translation>
    </message>
    <message>
        <source>{title} on {day}</source>
        <translation>{title}, {day}</translation>
    </message>
    <message>
        <source>{title} (UID {uid})</source>
        <translation>{title} (UID {uid})</translation>
    </message>
    <message>
        <source>The calendar</source>
        <translation>Kalendarz</translation>
    </message>
    <message>
        <source>A {kind} in {item}</source>
        <translation>Składnik {kind} w: {item}</translation>
    </message>
    <message>
        <source>its repeat rule cannot be worked out ({reason})</source>
        <translation>nie można ustalić reguły powtarzania ({reason})</translation>
    </message>
    <message>
        <source>has no start time</source>
        <translation>brak godziny rozpoczęcia</translation>
    </message>
    <message>
        <source>its time zone “{zone}” is unknown</source>
        <translation>nieznana strefa czasowa „{zone}”</translation>
    </message>
    <message>
        <source>its times cannot be used ({reason})</source>
        <translation>nie można użyć podanych godzin ({reason})</translation>
    </message>
    <message>
        <source>ends before it starts</source>
        <translation>kończy się przed rozpoczęciem</translation>
    </message>
    <message>
        <source>is already on your calendar, organized by {name}</source>
        <translation>jest już w Twoim kalendarzu (organizator: {name})</translation>
    </message>
    <message>
        <source>Choose another record to merge with.</source>
        <translation>Wybierz inny rekord do scalenia.</translation>
    </message>
    <message>
        <source>Only records of the same object can be merged.</source>
        <translation>Scalać można tylko rekordy tego samego obiektu.</translation>
    </message>
    <message>
        <source>Enter the singular name.</source>
        <translation>Wpisz nazwę w liczbie pojedynczej.</translation>
    </message>
    <message>
        <source>The singular name must be a single line.</source>
        <translation>Nazwa w liczbie pojedynczej musi mieścić się w jednym wierszu.</translation>
    </message>
    <message>
        <source>The singular name is longer than {n} characters.</source>
        <translation>Nazwa w liczbie pojedynczej jest dłuższa niż {n} znaków.</translation>
    </message>
    <message>
        <source>Enter the plural name.</source>
        <translation>Wpisz nazwę w liczbie mnogiej.</translation>
    </message>
    <message>
        <source>The plural name must be a single line.</source>
        <translation>Nazwa w liczbie mnogiej musi mieścić się w jednym wierszu.</translation>
    </message>
    <message>
        <source>The plural name is longer than {n} characters.</source>
        <translation>Nazwa w liczbie mnogiej jest dłuższa niż {n} znaków.</translation>
    </message>
    <message>
        <source>Enter the property name.</source>
        <translation>Wpisz nazwę właściwości.</translation>
    </message>
    <message>
        <source>The property name must be a single line.</source>
        <translation>Nazwa właściwości musi mieścić się w jednym wierszu.</translation>
    </message>
    <message>
        <source>The property name is longer than {n} characters.</source>
        <translation>Nazwa właściwości jest dłuższa niż {n} znaków.</translation>
    </message>
    <message>
        <source>Enter the option.</source>
        <translation>Wpisz opcję.</translation>
    </message>
    <message>
        <source>The option must be a single line.</source>
        <translation>Opcja musi mieścić się w jednym wierszu.</translation>
    </message>
    <message>
        <source>The option is longer than {n} characters.</source>
        <translation>Opcja jest dłuższa niż {n} znaków.</translation>
    </message>
    <message>
        <source>That object no longer exists.</source>
        <translation>Ten obiekt już nie istnieje.</translation>
    </message>
    <message>
        <source>That property no longer exists.</source>
        <translation>Ta właściwość już nie istnieje.</translation>
    </message>
    <message>
        <source>There already is an object called “{objects}”.</source>
        <translation>Istnieje już obiekt o nazwie „{objects}”.</translation>
    </message>
    <message>
        <source>{objects} is a standard object: it keeps its name.</source>
        <translation>{objects} to obiekt standardowy: jego nazwy nie można zmienić.</translation>
    </message>
    <message>
        <source>the customer object of “{name}”</source>
        <translation>obiekt klienta w obszarze roboczym „{name}”</translation>
    </message>
    <message>
        <source>the service object of “{name}”</source>
        <translation>obiekt usługi w obszarze roboczym „{name}”</translation>
    </message>
    <message>
        <source>a revenue object of “{name}”</source>
        <translation>obiekt przychodów w obszarze roboczym „{name}”</translation>
    </message>
    <message>
        <source>{objects} is a standard object: it cannot be archived.</source>
        <translation>{objects} to obiekt standardowy: nie można go zarchiwizować.</translation>
    </message>
    <message>
        <source>{objects} is {uses}: choose another object there first.</source>
        <translation>Obiekt {objects} jest używany jako: {uses}. Najpierw wybierz tam inny obiekt.</translation>
    </message>
    <message>
        <source>{objects} already have a property called “{field}”.</source>
        <translation>Obiekt {objects} ma już właściwość o nazwie „{field}”.</translation>
    </message>
    <message>
        <source>Two options are called “{text}”.</source>
        <translation>Dwie opcje mają nazwę „{text}”.</translation>
    </message>
    <message>
        <source>Choose a property type.</source>
        <translation>Wybierz typ właściwości.</translation>
    </message>
    <message>
        <source>A choice property needs at least one option.</source>
        <translation>Właściwość wyboru wymaga co najmniej jednej opcji.</translation>
    </message>
    <message>
        <source>Only choice properties have options.</source>
        <translation>Opcje mają tylko właściwości wyboru.</translation>
    </message>
    <message>
        <source>A currency is a three-letter code such as USD.</source>
        <translation>Waluta to trzyliterowy kod, np. USD.</translation>
    </message>
    <message>
        <source>Give every property once to reorder them.</source>
        <translation>Aby zmienić kolejność, podaj każdą właściwość dokładnie raz.</translation>
    </message>
    <message>
        <source>the CSM property of “{name}”</source>
        <translation>właściwość CSM w obszarze roboczym „{name}”</translation>
    </message>
    <message>
        <source>the renewal date of “{name}”</source>
        <translation>data odnowienia w obszarze roboczym „{name}”</translation>
    </message>
    <message>
        <source>the services&apos; CSM property of “{name}”</source>
        <translation>właściwość CSM usług w obszarze roboczym „{name}”</translation>
    </message>
    <message>
        <source>the services&apos; renewal date of “{name}”</source>
        <translation>data odnowienia usług w obszarze roboczym „{name}”</translation>
    </message>
    <message>
        <source>a revenue setting of “{name}”</source>
        <translation>ustawienie przychodów w obszarze roboczym „{name}”</translation>
    </message>
    <message>
        <source>“{field}” is kept by Tend: it cannot be archived.</source>
        <translation>Tend wymaga właściwości „{field}”: nie można jej zarchiwizować.</translation>
    </message>
    <message>
        <source>“{field}” is {uses}: choose another there first.</source>
        <translation>Właściwość „{field}” jest używana jako: {uses}. Najpierw wybierz tam inną właściwość.</translation>
    </message>
    <message>
        <source>That property was archived.</source>
        <translation>Ta właściwość została zarchiwizowana.</translation>
    </message>
    <message>
        <source>“{field}” is not a choice property.</source>
        <translation>„{field}” nie jest właściwością wyboru.</translation>
    </message>
    <message>
        <source>“{field}” already has the option “{text}”.</source>
        <translation>Właściwość „{field}” ma już opcję „{text}”.</translation>
    </message>
    <message>
        <source>That option no longer exists.</source>
        <translation>Ta opcja już nie istnieje.</translation>
    </message>
    <message>
        <source>Give every option once to reorder them.</source>
        <translation>Aby zmienić kolejność, podaj każdą opcję dokładnie raz.</translation>
    </message>
    <message>
        <source>“{field}” keeps at least one option.</source>
        <translation>Właściwość „{field}” musi mieć co najmniej jedną opcję.</translation>
    </message>
    <message>
        <source>This user is deactivated.</source>
        <translation>Ten użytkownik jest dezaktywowany.</translation>
    </message>
    <message>
        <source>You don&apos;t have access to the Customer Success workspace.</source>
        <translation>Nie masz dostępu do obszaru roboczego Customer Success.</translation>
    </message>
    <message>
        <source>The Customer Success workspace needs a service seat. Ask an admin for one.</source>
        <translation>Obszar roboczy Customer Success wymaga licencji Service. Poproś administratora o jej przydzielenie.</translation>
    </message>
    <message>
        <source>Without a service seat you can use the Summary tab only. Ask an admin for a seat.</source>
        <translation>Bez licencji Service możesz korzystać tylko z karty Podsumowanie. Poproś administratora o licencję.</translation>
    </message>
    <message>
        <source>Only super admins and users with Manage CS settings can change settings.</source>
        <translation>Tylko superadministratorzy i użytkownicy z uprawnieniem „Zarządzanie ustawieniami Customer Success” mogą zmieniać ustawienia.</translation>
    </message>
    <message>
        <source>Managing Customer Success settings needs a service seat.</source>
        <translation>Zarządzanie ustawieniami Customer Success wymaga licencji Service.</translation>
    </message>
    <message>
        <source>Only super admins and users with Manage CS settings can share a view with Everyone.</source>
        <translation>Tylko superadministratorzy i użytkownicy z uprawnieniem „Zarządzanie ustawieniami Customer Success” mogą udostępniać widoki wszystkim w obszarze roboczym.</translation>
    </message>
    <message>
        <source>Only super admins and users with Manage CS settings can set or remove default views.</source>
        <translation>Tylko superadministratorzy i użytkownicy z uprawnieniem „Zarządzanie ustawieniami Customer Success” mogą ustawiać lub usuwać widoki domyślne.</translation>
    </message>
    <message>
        <source>Only super admins and users with Manage CS settings can edit or delete shared views.</source>
        <translation>Tylko superadministratorzy i użytkownicy z uprawnieniem „Zarządzanie ustawieniami Customer Success” mogą edytować lub usuwać udostępnione widoki.</translation>
    </message>
    <message>
        <source>Only the person who made this private view can edit it.</source>
        <translation>Tylko osoba, która utworzyła ten prywatny widok, może go edytować.</translation>
    </message>
    <message>
        <source>Only the person who made this private view can delete it.</source>
        <translation>Tylko osoba, która utworzyła ten prywatny widok, może go usunąć.</translation>
    </message>
    <message>
        <source>Only super admins and users with Manage CS settings can see the workspace as another user.</source>
        <translation>Tylko superadministratorzy i użytkownicy z uprawnieniem „Zarządzanie ustawieniami Customer Success” mogą wyświetlać obszar roboczy jako inny użytkownik.</translation>
    </message>
    <message>
        <source>Only super admins and users with Manage CS settings can reorder Summary cards.</source>
        <translation>Tylko superadministratorzy i użytkownicy z uprawnieniem „Zarządzanie ustawieniami Customer Success” mogą zmieniać kolejność kart Podsumowania.</translation>
    </message>
    <message>
        <source>Built-in views cannot be edited. Create a view of your own.</source>
        <translation>Wbudowanych widoków nie można edytować. Utwórz własny widok.</translation>
    </message>
    <message>
        <source>Creating or editing a health score needs a service seat.</source>
        <translation>Tworzenie lub edytowanie wskaźników kondycji wymaga licencji Service.</translation>
    </message>
    <message>
        <source>Only super admins and users with Manage CS settings can create or edit health scores.</source>
        <translation>Tylko superadministratorzy i użytkownicy z uprawnieniem „Zarządzanie ustawieniami Customer Success” mogą tworzyć lub edytować wskaźniki kondycji.</translation>
    </message>
    <message>
        <source>This workspace was deleted.</source>
        <translation>Ten obszar roboczy został usunięty.</translation>
    </message>
    <message>
        <source>You are not in the “{name}” workspace: it is another team&apos;s.</source>
        <translation>Nie należysz do obszaru roboczego „{name}”: należy on do innego zespołu.</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Dezaktywowany</translation>
    </message>
    <message>
        <source>Super admin</source>
        <translation>Superadministrator</translation>
    </message>
    <message>
        <source>CSM</source>
        <translation>CSM</translation>
    </message>
    <message>
        <source>manages CS settings</source>
        <translation>zarządza ustawieniami CS</translation>
    </message>
    <message>
        <source>no seat</source>
        <translation>brak licencji</translation>
    </message>
    <message>
        <source>no workspace access</source>
        <translation>brak dostępu do obszaru roboczego</translation>
    </message>
    <message>
        <source>Only super admins can manage users and teams.</source>
        <translation>Tylko superadministratorzy mogą zarządzać użytkownikami i zespołami.</translation>
    </message>
    <message>
        <source>Enter the pipeline name.</source>
        <translation>Wpisz nazwę lejka.</translation>
    </message>
    <message>
        <source>The pipeline name must be a single line.</source>
        <translation>Nazwa lejka musi mieścić się w jednym wierszu.</translation>
    </message>
    <message>
        <source>The pipeline name is longer than {n} characters.</source>
        <translation>Nazwa lejka jest dłuższa niż {n} znaków.</translation>
    </message>
    <message>
        <source>Enter the stage name.</source>
        <translation>Wpisz nazwę etapu.</translation>
    </message>
    <message>
        <source>The stage name must be a single line.</source>
        <translation>Nazwa etapu musi mieścić się w jednym wierszu.</translation>
    </message>
    <message>
        <source>The stage name is longer than {n} characters.</source>
        <translation>Nazwa etapu jest dłuższa niż {n} znaków.</translation>
    </message>
    <message>
        <source>That pipeline no longer exists.</source>
        <translation>Ten lejek już nie istnieje.</translation>
    </message>
    <message>
        <source>That stage no longer exists.</source>
        <translation>Ten etap już nie istnieje.</translation>
    </message>
    <message>
        <source>{objects} have no stages.</source>
        <translation>{objects}: brak etapów.</translation>
    </message>
    <message>
        <source>{objects} already have a pipeline “{name}”.</source>
        <translation>Obiekt {objects} ma już lejek „{name}”.</translation>
    </message>
    <message>
        <source>A pipeline needs at least one stage.</source>
        <translation>Lejek wymaga co najmniej jednego etapu.</translation>
    </message>
    <message>
        <source>Two stages have the same name.</source>
        <translation>Dwa etapy mają tę samą nazwę.</translation>
    </message>
    <message>
        <source>Give every pipeline once to reorder them.</source>
        <translation>Aby zmienić kolejność, podaj każdy lejek dokładnie raz.</translation>
    </message>
    <message>
        <source>{objects} keep at least one pipeline.</source>
        <translation>Obiekt {objects} musi mieć co najmniej jeden lejek.</translation>
    </message>
    <message>
        <source>{n} records are in “{name}”: move them to another first.</source>
        <translation>W lejku „{name}” są rekordy ({n}): najpierw przenieś je do innego lejka.</translation>
    </message>
    <message>
        <source>“{pipeline}” already has a stage “{stage}”.</source>
        <translation>Lejek „{pipeline}” ma już etap „{stage}”.</translation>
    </message>
    <message>
        <source>Give every stage once to reorder them.</source>
        <translation>Aby zmienić kolejność, podaj każdy etap dokładnie raz.</translation>
    </message>
    <message>
        <source>“{name}” keeps at least one stage.</source>
        <translation>Lejek „{name}” musi mieć co najmniej jeden etap.</translation>
    </message>
    <message>
        <source>{n} records are in “{name}”: move them to another stage first.</source>
        <translation>W etapie „{name}” są rekordy ({n}): najpierw przenieś je do innego etapu.</translation>
    </message>
    <message>
        <source>A stage requires editable properties of its object.</source>
        <translation>Etap może wymagać tylko edytowalnych właściwości swojego obiektu.</translation>
    </message>
    <message>
        <source>That stage does not exist.</source>
        <translation>Ten etap nie istnieje.</translation>
    </message>
    <message>
        <source>That stage is not in the record&apos;s pipeline.</source>
        <translation>Ten etap nie należy do lejka rekordu.</translation>
    </message>
    <message>
        <source>{field}: expects text.</source>
        <translation>{field}: oczekiwano tekstu.</translation>
    </message>
    <message>
        <source>{field}: cannot hold a NUL character.</source>
        <translation>{field}: nie może zawierać znaku NUL.</translation>
    </message>
    <message>
        <source>{field}: holds a character that is not valid Unicode.</source>
        <translation>{field}: zawiera znak, który nie jest prawidłowym znakiem Unicode.</translation>
    </message>
    <message>
        <source>{field}: must be a single line.</source>
        <translation>{field}: musi mieścić się w jednym wierszu.</translation>
    </message>
    <message>
        <source>{field}: is longer than {n} characters.</source>
        <translation>{field}: wartość jest dłuższa niż {n} znaków.</translation>
    </message>
    <message>
        <source>Write 12345.5.</source>
        <translation>Wpisz 12345.5.</translation>
    </message>
    <message>
        <source>Write {grouped} or {plain}.</source>
        <translation>Wpisz {grouped} lub {plain}.</translation>
    </message>
    <message>
        <source>{field}: “{text}” is not a number. {hint}</source>
        <translation>{field}: „{text}” nie jest liczbą. {hint}</translation>
    </message>
    <message>
        <source>{field}: “{text}” is not an amount. {hint}</source>
        <translation>{field}: „{text}” nie jest kwotą. {hint}</translation>
    </message>
    <message>
        <source>{field}: expects a finite number.</source>
        <translation>{field}: oczekiwano liczby skończonej.</translation>
    </message>
    <message>
        <source>{field}: expects a finite amount.</source>
        <translation>{field}: oczekiwano skończonej kwoty.</translation>
    </message>
    <message>
        <source>{field}: expects a number.</source>
        <translation>{field}: oczekiwano liczby.</translation>
    </message>
    <message>
        <source>{field}: expects an amount.</source>
        <translation>{field}: oczekiwano kwoty.</translation>
    </message>
    <message>
        <source>{field}: must be less than {n} in size.</source>
        <translation>{field}: wartość bezwzględna musi być mniejsza niż {n}.</translation>
    </message>
    <message>
        <source>{field}: has more than {n} significant digits.</source>
        <translation>{field}: ma więcej niż {n} cyfr znaczących.</translation>
    </message>
    <message>
        <source>{field}: is too small to keep.</source>
        <translation>{field}: wartość jest zbyt mała, aby ją zapisać.</translation>
    </message>
    <message>
        <source>{field}: has more than two decimal places.</source>
        <translation>{field}: ma więcej niż dwa miejsca po przecinku.</translation>
    </message>
    <message>
        <source>{field}: expects a date without a time.</source>
        <translation>{field}: oczekiwano daty bez godziny.</translation>
    </message>
    <message>
        <source>{field}: expects a date.</source>
        <translation>{field}: oczekiwano daty.</translation>
    </message>
    <message>
        <source>{field}: must be between {first} and {last}.</source>
        <translation>{field}: wartość musi mieścić się w zakresie od {first} do {last}.</translation>
    </message>
    <message>
        <source>{field}: “{text}” is not a valid date (YYYY-MM-DD).</source>
        <translation>{field}: „{text}” nie jest prawidłową datą (RRRR-MM-DD).</translation>
    </message>
    <message>
        <source>{field}: {detail}</source>
        <translation>{field}: {detail}</translation>
    </message>
    <message>
        <source>{field}: expects a date and time.</source>
        <translation>{field}: oczekiwano daty i godziny.</translation>
    </message>
    <message>
        <source>{field}: needs a time zone.</source>
        <translation>{field}: wymagana jest strefa czasowa.</translation>
    </message>
    <message>
        <source>{field}: must be between {first} and {last} (UTC).</source>
        <translation>{field}: wartość musi mieścić się w zakresie od {first} do {last} (UTC).</translation>
    </message>
    <message>
        <source>{field}: “{text}” is not a valid date and time.</source>
        <translation>{field}: „{text}” nie jest prawidłową datą i godziną.</translation>
    </message>
    <message>
        <source>{field}: “{text}” is not one of its options.</source>
        <translation>{field}: „{text}” nie jest jedną z dostępnych opcji.</translation>
    </message>
    <message>
        <source>{field}: expects a list of options.</source>
        <translation>{field}: oczekiwano listy opcji.</translation>
    </message>
    <message>
        <source>{field}: “{text}” is not yes or no.</source>
        <translation>{field}: „{text}” nie jest wartością tak lub nie.</translation>
    </message>
    <message>
        <source>{field}: “{text}” is not a user.</source>
        <translation>{field}: „{text}” nie jest użytkownikiem.</translation>
    </message>
    <message>
        <source>{field}: that user does not exist.</source>
        <translation>{field}: ten użytkownik nie istnieje.</translation>
    </message>
    <message>
        <source>{field}: {name} is deactivated.</source>
        <translation>{field}: użytkownik {name} jest dezaktywowany.</translation>
    </message>
    <message>
        <source>{field}: is read-only.</source>
        <translation>{field}: tylko do odczytu.</translation>
    </message>
    <message>
        <source>{field}: is required.</source>
        <translation>{field}: pole jest wymagane.</translation>
    </message>
    <message>
        <source>{field}: cannot be set.</source>
        <translation>{field}: nie można ustawić wartości.</translation>
    </message>
    <message>
        <source>That object does not exist.</source>
        <translation>Ten obiekt nie istnieje.</translation>
    </message>
    <message>
        <source>A change is written in its own user&apos;s batch.</source>
        <translation>Zmianę zapisuje się w partii zmian użytkownika, który ją wprowadza.</translation>
    </message>
    <message>
        <source>That pipeline does not exist.</source>
        <translation>Ten lejek nie istnieje.</translation>
    </message>
    <message>
        <source>That pipeline is not one of this object&apos;s.</source>
        <translation>Ten lejek nie należy do tego obiektu.</translation>
    </message>
    <message>
        <source>{field}: choose at least one value.</source>
        <translation>{field}: wybierz co najmniej jedną wartość.</translation>
    </message>
    <message>
        <source>{field}: enter a value to filter by.</source>
        <translation>{field}: wpisz wartość do filtrowania.</translation>
    </message>
    <message>
        <source>{field}: enter a number of days.</source>
        <translation>{field}: wpisz liczbę dni.</translation>
    </message>
    <message>
        <source>{field}: the number of days cannot be negative.</source>
        <translation>{field}: liczba dni nie może być ujemna.</translation>
    </message>
    <message>
        <source>{field}: at most {n} days.</source>
        <translation>{field}: maksymalnie {n} dni.</translation>
    </message>
    <message>
        <source>{field}: enter a date.</source>
        <translation>{field}: wpisz datę.</translation>
    </message>
    <message>
        <source>“{key}” is not a property of this object.</source>
        <translation>„{key}” nie jest właściwością tego obiektu.</translation>
    </message>
    <message>
        <source>{field}: “{op}” reads a record&apos;s history, so it does not fit here.</source>
        <translation>{field}: operator „{op}” korzysta z historii rekordu, więc nie pasuje tutaj.</translation>
    </message>
    <message>
        <source>{field}: “{op}” does not fit this property.</source>
        <translation>{field}: operator „{op}” nie pasuje do tej właściwości.</translation>
    </message>
    <message>
        <source>{field}: enter a lowest and a highest value.</source>
        <translation>{field}: wpisz wartość najniższą i najwyższą.</translation>
    </message>
    <message>
        <source>{field}: enter some text.</source>
        <translation>{field}: wpisz tekst.</translation>
    </message>
    <message>
        <source>{field}: enter a start and an end date.</source>
        <translation>{field}: wpisz datę początkową i końcową.</translation>
    </message>
    <message>
        <source>{field}: the end is before the start.</source>
        <translation>{field}: koniec jest wcześniejszy niż początek.</translation>
    </message>
    <message>
        <source>is</source>
        <translation>jest</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>nie jest</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>zawiera</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>zaczyna się od</translation>
    </message>
    <message>
        <source>is any of</source>
        <translation>jest jednym z</translation>
    </message>
    <message>
        <source>is none of</source>
        <translation>nie jest żadnym z</translation>
    </message>
    <message>
        <source>is known</source>
        <translation>ma wartość</translation>
    </message>
    <message>
        <source>is unknown</source>
        <translation>nie ma wartości</translation>
    </message>
    <message>
        <source>is after / greater than</source>
        <translation>jest po / większe niż</translation>
    </message>
    <message>
        <source>is before / less than</source>
        <translation>jest przed / mniejsze niż</translation>
    </message>
    <message>
        <source>is between</source>
        <translation>jest między</translation>
    </message>
    <message>
        <source>in the last N days</source>
        <translation>w ciągu ostatnich N dni</translation>
    </message>
    <message>
        <source>in the next N days</source>
        <translation>w ciągu najbliższych N dni</translation>
    </message>
    <message>
        <source>more than N days ago</source>
        <translation>ponad N dni temu</translation>
    </message>
    <message>
        <source>assigned in the last N days</source>
        <translation>przypisano w ciągu ostatnich N dni</translation>
    </message>
    <message>
        <source>A {object} needs a name.</source>
        <translation>Rekord ({object}) wymaga nazwy.</translation>
    </message>
    <message>
        <source>{field} is required to enter this stage.</source>
        <translation>Pole {field} jest wymagane do wejścia na ten etap.</translation>
    </message>
    <message>
        <source>{field} is required to enter {stage}.</source>
        <translation>Pole {field} jest wymagane do wejścia na etap {stage}.</translation>
    </message>
    <message>
        <source>This record was deleted.</source>
        <translation>Ten rekord został usunięty.</translation>
    </message>
    <message>
        <source>The name cannot be empty.</source>
        <translation>Nazwa nie może być pusta.</translation>
    </message>
    <message>
        <source>That record is not in the deleted records.</source>
        <translation>Tego rekordu nie ma wśród usuniętych rekordów.</translation>
    </message>
    <message>
        <source>That record does not exist or was deleted.</source>
        <translation>Ten rekord nie istnieje lub został usunięty.</translation>
    </message>
    <message>
        <source>(No value)</source>
        <translation>(Brak wartości)</translation>
    </message>
    <message>
        <source>Choose a number or currency property to add up.</source>
        <translation>Wybierz właściwość liczbową lub walutową do zsumowania.</translation>
    </message>
    <message>
        <source>A stacked bar needs a grouping and a second one.</source>
        <translation>Wykres słupkowy skumulowany wymaga grupowania i drugiego grupowania.</translation>
    </message>
    <message>
        <source>Stack the bars by another property.</source>
        <translation>Nakładaj słupki według innej właściwości.</translation>
    </message>
    <message>
        <source>Tasks have no stages.</source>
        <translation>Zadania nie mają etapów.</translation>
    </message>
    <message>
        <source>Only a date grouping is cut by period.</source>
        <translation>Na okresy można dzielić tylko grupowanie według daty.</translation>
    </message>
    <message>
        <source>Group by a choice, owner, stage, checkbox or date property.</source>
        <translation>Grupuj według właściwości wyboru, właściciela, etapu, pola wyboru lub daty.</translation>
    </message>
    <message>
        <source>Choose weeks, months or quarters.</source>
        <translation>Wybierz tygodnie, miesiące lub kwartały.</translation>
    </message>
    <message>
        <source>Stack the bars by a choice, owner, stage or checkbox property.</source>
        <translation>Nakładaj słupki według właściwości wyboru, właściciela, etapu lub pola wyboru.</translation>
    </message>
    <message>
        <source>Unknown user</source>
        <translation>Nieznany użytkownik</translation>
    </message>
    <message>
        <source>Customers by health status</source>
        <translation>Klienci według kondycji</translation>
    </message>
    <message>
        <source>ARR by CSM</source>
        <translation>ARR według CSM</translation>
    </message>
    <message>
        <source>Renewals by month</source>
        <translation>Odnowienia według miesięcy</translation>
    </message>
    <message>
        <source>Deals by stage</source>
        <translation>Transakcje według etapów</translation>
    </message>
    <message>
        <source>Tickets opened per week</source>
        <translation>Zgłoszenia otwarte w poszczególnych tygodniach</translation>
    </message>
    <message>
        <source>ARR by tier</source>
        <translation>ARR według poziomu</translation>
    </message>
    <message>
        <source>Open tasks by owner</source>
        <translation>Otwarte zadania według właściciela</translation>
    </message>
    <message>
        <source>Health by tier</source>
        <translation>Kondycja według poziomu</translation>
    </message>
    <message>
        <source>Give the report a name.</source>
        <translation>Nadaj raportowi nazwę.</translation>
    </message>
    <message>
        <source>This report was deleted.</source>
        <translation>Ten raport został usunięty.</translation>
    </message>
    <message>
        <source>The Summary shows up to {n} reports: remove one first.</source>
        <translation>Limit raportów w Podsumowaniu: {n}. Najpierw usuń jeden z nich.</translation>
    </message>
    <message>
        <source>Owned by me</source>
        <translation>Należące do mnie</translation>
    </message>
    <message>
        <source>Customers where you are the CSM.</source>
        <translation>Klienci, których jesteś CSM.</translation>
    </message>
    <message>
        <source>Assigned in the last 30 days</source>
        <translation>Przypisani w ciągu ostatnich 30 dni</translation>
    </message>
    <message>
        <source>Customers you became CSM of recently.</source>
        <translation>Klienci niedawno przypisani do Ciebie jako CSM.</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Wszyscy klienci</translation>
    </message>
    <message>
        <source>Every customer of the workspace.</source>
        <translation>Wszyscy klienci obszaru roboczego.</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Wszystkie rekordy</translation>
    </message>
    <message>
        <source>Every record of the pipeline.</source>
        <translation>Wszystkie rekordy lejka.</translation>
    </message>
    <message>
        <source>Records you own.</source>
        <translation>Rekordy, których jesteś właścicielem.</translation>
    </message>
    <message>
        <source>That view no longer exists.</source>
        <translation>Ten widok już nie istnieje.</translation>
    </message>
    <message>
        <source>Give the view a name.</source>
        <translation>Nadaj widokowi nazwę.</translation>
    </message>
    <message>
        <source>A view name has at most {n} characters.</source>
        <translation>Nazwa widoku może mieć maksymalnie {n} znaków.</translation>
    </message>
    <message>
        <source>There is already a view called “{name}”.</source>
        <translation>Istnieje już widok o nazwie „{name}”.</translation>
    </message>
    <message>
        <source>Filters are groups of conditions.</source>
        <translation>Filtry to grupy warunków.</translation>
    </message>
    <message>
        <source>That view&apos;s workspace no longer exists.</source>
        <translation>Obszar roboczy tego widoku już nie istnieje.</translation>
    </message>
    <message>
        <source>A view of the Actions tab lists tasks.</source>
        <translation>Widok karty Akcje wyświetla zadania.</translation>
    </message>
    <message>
        <source>Choose what the view lists.</source>
        <translation>Wybierz, co wyświetla widok.</translation>
    </message>
    <message>
        <source>Default views are customer views: they feature on the Summary.</source>
        <translation>Widoki domyślne to widoki klientów: są wyróżniane w Podsumowaniu.</translation>
    </message>
    <message>
        <source>Only views shared with Everyone can be defaults on the Summary.</source>
        <translation>Widokami domyślnymi w Podsumowaniu mogą być tylko widoki udostępnione wszystkim w obszarze roboczym.</translation>
    </message>
    <message>
        <source>Describe the view for its Summary card.</source>
        <translation>Opisz widok na potrzeby jego karty w Podsumowaniu.</translation>
    </message>
    <message>
        <source>The Summary shows at most {n} default views: remove one first.</source>
        <translation>Limit widoków domyślnych w Podsumowaniu: {n}. Najpierw usuń jeden z nich.</translation>
    </message>
    <message>
        <source>Tick “I&apos;m sure I want to delete this view” first.</source>
        <translation>Najpierw zaznacz „Na pewno chcę usunąć ten widok”.</translation>
    </message>
    <message>
        <source>That task was deleted.</source>
        <translation>To zadanie zostało usunięte.</translation>
    </message>
    <message>
        <source>The Summary&apos;s cards changed meanwhile: try again.</source>
        <translation>Karty Podsumowania zmieniły się w międzyczasie: spróbuj ponownie.</translation>
    </message>
    <message>
        <source>That user no longer exists or was deactivated.</source>
        <translation>Ten użytkownik już nie istnieje lub został dezaktywowany.</translation>
    </message>
    <message>
        <source>This conflict is no longer kept.</source>
        <translation>Ten konflikt nie jest już przechowywany.</translation>
    </message>
    <message>
        <source>Only the person whose value was replaced can put it back.</source>
        <translation>Tylko osoba, której wartość została zastąpiona, może ją przywrócić.</translation>
    </message>
    <message>
        <source>That property was removed, so its old value cannot be put back.</source>
        <translation>Ta właściwość została usunięta, więc nie można przywrócić jej poprzedniej wartości.</translation>
    </message>
    <message>
        <source>“{url}” is not a server address: {reason}</source>
        <translation>„{url}” nie jest adresem serwera: {reason}</translation>
    </message>
    <message>
        <source>A team server is a PostgreSQL database: postgresql://LOGIN@HOST/DATABASE.</source>
        <translation>Serwer zespołu to baza danych PostgreSQL: postgresql://LOGIN@HOST/DATABASE.</translation>
    </message>
    <message>
        <source>This team server has a workspace already; a file can only start a new one.</source>
        <translation>Ten serwer zespołu ma już obszar roboczy; z pliku można utworzyć tylko nowy.</translation>
    </message>
    <message>
        <source>A new team server needs its super admin&apos;s name and e-mail (--name and --email).</source>
        <translation>Nowy serwer zespołu wymaga imienia i nazwiska oraz adresu e-mail superadministratora (--name i --email).</translation>
    </message>
    <message>
        <source>The login “{login}” is not a user of this team server&apos;s workspace; run this as its super admin&apos;s login.</source>
        <translation>Login „{login}” nie jest użytkownikiem obszaru roboczego tego serwera zespołu; uruchom to polecenie z loginem superadministratora.</translation>
    </message>
    <message>
        <source>{source} does not exist.</source>
        <translation>{source} nie istnieje.</translation>
    </message>
    <message>
        <source>{source} is a replica of a team server, not a workspace.</source>
        <translation>{source} jest repliką serwera zespołu, a nie obszarem roboczym.</translation>
    </message>
    <message>
        <source>Uploading {table}</source>
        <translation>Przesyłanie: {table}</translation>
    </message>
    <message>
        <source>The workspace has no super admin with the e-mail {email}.</source>
        <translation>Obszar roboczy nie ma superadministratora z adresem e-mail {email}.</translation>
    </message>
    <message>
        <source>The workspace has no active super admin to sign in as.</source>
        <translation>W obszarze roboczym nie ma aktywnego superadministratora, na którego konto można się zalogować.</translation>
    </message>
    <message>
        <source>No team is named {names}; teams: none yet</source>
        <translation>Brak zespołu o nazwie {names}; zespoły: jeszcze brak</translation>
    </message>
    <message>
        <source>No team is named {names}; teams: {teams}</source>
        <translation>Brak zespołu o nazwie {names}; zespoły: {teams}</translation>
    </message>
    <message>
        <source>A user needs a name.</source>
        <translation>Użytkownik musi mieć imię i nazwisko.</translation>
    </message>
    <message>
        <source>“{email}” is not an e-mail address.</source>
        <translation>„{email}” nie jest adresem e-mail.</translation>
    </message>
    <message>
        <source>“{login}” cannot be a login: up to 63 lower-case letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>„{login}” nie może być loginem: dozwolone jest do 63 znaków – małe litery, cyfry, „_”, „.” lub „-”, a pierwszym znakiem musi być litera.</translation>
    </message>
    <message>
        <source>A user needs a password to sign in.</source>
        <translation>Użytkownik potrzebuje hasła, aby się zalogować.</translation>
    </message>
    <message>
        <source>The login “{login}” is already a user.</source>
        <translation>Użytkownik z loginem „{login}” już istnieje.</translation>
    </message>
    <message>
        <source>The server already has a login “{login}” (another database&apos;s?).</source>
        <translation>Serwer ma już login „{login}” (może z innej bazy danych?).</translation>
    </message>
    <message>
        <source>The server refused to create the login “{login}”: {reason}. Ask whoever runs the server to give your PostgreSQL login the right to create logins (CREATEROLE).</source>
        <translation>Serwer odmówił utworzenia loginu „{login}”: {reason}. Poproś osobę zarządzającą serwerem o nadanie Twojemu loginowi PostgreSQL uprawnienia do tworzenia loginów (CREATEROLE).</translation>
    </message>
    <message>
        <source>Could not open {target}: {reason}</source>
        <translation>Nie udało się otworzyć {target}: {reason}</translation>
    </message>
    <message>
        <source>Only a super admin&apos;s login can add users (“{login}” is not one).</source>
        <translation>Tylko login superadministratora może dodawać użytkowników („{login}” nim nie jest).</translation>
    </message>
    <message>
        <source>Could not sign in: {reason}</source>
        <translation>Nie udało się zalogować: {reason}</translation>
    </message>
    <message>
        <source>Could not reach the server: {reason}</source>
        <translation>Nie udało się połączyć z serwerem: {reason}</translation>
    </message>
    <message>
        <source>{path} already exists; choose another file.</source>
        <translation>{path} już istnieje; wybierz inny plik.</translation>
    </message>
    <message>
        <source>The login “{login}” is not a user of this team&apos;s workspace.</source>
        <translation>Login „{login}” nie jest użytkownikiem obszaru roboczego tego zespołu.</translation>
    </message>
    <message>
        <source>Downloading {table}</source>
        <translation>Pobieranie: {table}</translation>
    </message>
    <message>
        <source>Indexing</source>
        <translation>Indeksowanie</translation>
    </message>
    <message>
        <source>Indexing the search</source>
        <translation>Indeksowanie wyszukiwania</translation>
    </message>
    <message>
        <source>Choose among this tab&apos;s pipelines.</source>
        <translation>Wybierz spośród lejków tej karty.</translation>
    </message>
    <message>
        <source>Choose at least one pipeline to show.</source>
        <translation>Wybierz co najmniej jeden lejek do wyświetlenia.</translation>
    </message>
    <message>
        <source>The default pipeline must be one shown.</source>
        <translation>Domyślny lejek musi być jednym z wyświetlanych.</translation>
    </message>
    <message>
        <source>The layout is a board or a table.</source>
        <translation>Układ to tablica lub tabela.</translation>
    </message>
    <message>
        <source>Services must be an object with stages.</source>
        <translation>Usługi muszą być obiektem z etapami.</translation>
    </message>
    <message>
        <source>Choose at most two revenue objects.</source>
        <translation>Wybierz maksymalnie dwa obiekty przychodów.</translation>
    </message>
    <message>
        <source>Revenue objects are deals or custom objects with stages.</source>
        <translation>Obiekty przychodów to transakcje lub obiekty niestandardowe z etapami.</translation>
    </message>
    <message>
        <source>{objects} are the service object: choose another.</source>
        <translation>{objects} to obiekt usługi: wybierz inny.</translation>
    </message>
    <message>
        <source>That object is not shown in this tab.</source>
        <translation>Ten obiekt nie jest wyświetlany na tej karcie.</translation>
    </message>
    <message>
        <source>“{kind}” is not a bulk action.</source>
        <translation>„{kind}” nie jest akcją zbiorczą.</translation>
    </message>
    <message>
        <source>Choose someone who can sign in.</source>
        <translation>Wybierz osobę, która może się logować.</translation>
    </message>
    <message>
        <source>Choose to-do, call or e-mail.</source>
        <translation>Wybierz: do zrobienia, połączenie lub e-mail.</translation>
    </message>
    <message>
        <source>Choose a priority.</source>
        <translation>Wybierz priorytet.</translation>
    </message>
    <message>
        <source>Choose a property to edit.</source>
        <translation>Wybierz właściwość do edycji.</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Create date</source>
        <translation>Data utworzenia</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Przypisano do</translation>
    </message>
    <message>
        <source>The Tasks object is missing from this workspace.</source>
        <translation>W tym obszarze roboczym brakuje obiektu Zadania.</translation>
    </message>
    <message>
        <source>A due time needs a due date.</source>
        <translation>Godzina terminu wymaga podania terminu.</translation>
    </message>
    <message>
        <source>“{text}” is not a date (YYYY-MM-DD).</source>
        <translation>„{text}” nie jest datą (RRRR-MM-DD).</translation>
    </message>
    <message>
        <source>“{text}” is not a time (HH:MM).</source>
        <translation>„{text}” nie jest godziną (GG:MM).</translation>
    </message>
    <message>
        <source>The due date must be between {first} and {last}.</source>
        <translation>Termin musi przypadać między {first} a {last}.</translation>
    </message>
    <message>
        <source>{field} cannot hold a NUL character.</source>
        <translation>Pole {field} nie może zawierać znaku NUL.</translation>
    </message>
    <message>
        <source>{field} holds a character that is not valid Unicode.</source>
        <translation>Pole {field} zawiera znak, który nie jest prawidłowym znakiem Unicode.</translation>
    </message>
    <message>
        <source>{field} is longer than {n} characters.</source>
        <translation>Pole {field} jest dłuższe niż {n} znaków.</translation>
    </message>
    <message>
        <source>Choose open or completed.</source>
        <translation>Wybierz: otwarte lub ukończone.</translation>
    </message>
    <message>
        <source>An associated record was deleted.</source>
        <translation>Powiązany rekord został usunięty.</translation>
    </message>
    <message>
        <source>I understand that deleting this workspace cannot be undone</source>
        <translation>Rozumiem, że usunięcia tego obszaru roboczego nie można cofnąć</translation>
    </message>
    <message>
        <source>That workspace no longer exists.</source>
        <translation>Ten obszar roboczy już nie istnieje.</translation>
    </message>
    <message>
        <source>The main workspace is not a team workspace.</source>
        <translation>Główny obszar roboczy nie jest obszarem roboczym zespołu.</translation>
    </message>
    <message>
        <source>Enter the workspace&apos;s name.</source>
        <translation>Wpisz nazwę obszaru roboczego.</translation>
    </message>
    <message>
        <source>The name is one line of at most 200 characters.</source>
        <translation>Nazwa musi mieścić się w jednym wierszu i mieć maksymalnie 200 znaków.</translation>
    </message>
    <message>
        <source>There already is a workspace called “{text}”.</source>
        <translation>Istnieje już obszar roboczy o nazwie „{text}”.</translation>
    </message>
    <message>
        <source>The description is over {n} characters.</source>
        <translation>Opis jest dłuższy niż {n} znaków.</translation>
    </message>
    <message>
        <source>That team no longer exists.</source>
        <translation>Ten zespół już nie istnieje.</translation>
    </message>
    <message>
        <source>The team “{team}” belongs to the workspace “{workspace}”: remove it there first.</source>
        <translation>Zespół „{team}” należy do obszaru roboczego „{workspace}”: najpierw usuń go stamtąd.</translation>
    </message>
    <message>
        <source>There can be at most {n} team workspaces.</source>
        <translation>Limit obszarów roboczych zespołów: {n}.</translation>
    </message>
    <message>
        <source>Tick “{confirmation}” to delete “{name}”.</source>
        <translation>Zaznacz „{confirmation}”, aby usunąć „{name}”.</translation>
    </message>
    <message>
        <source>This person is no longer in the account.</source>
        <translation>Tej osoby nie ma już na koncie.</translation>
    </message>
    <message>
        <source>You cannot take super admin rights from yourself or deactivate yourself: ask another super admin.</source>
        <translation>Nie możesz odebrać sobie uprawnień superadministratora ani dezaktywować własnego konta: poproś o to innego superadministratora.</translation>
    </message>
    <message>
        <source>The account needs at least one active super admin.</source>
        <translation>Konto musi mieć co najmniej jednego aktywnego superadministratora.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>Wpisz imię i nazwisko osoby.</translation>
    </message>
    <message>
        <source>The name is at most 200 characters.</source>
        <translation>Imię i nazwisko może mieć maksymalnie 200 znaków.</translation>
    </message>
    <message>
        <source>Enter an e-mail address, like sam@company.com.</source>
        <translation>Wpisz adres e-mail, np. jan@firma.pl.</translation>
    </message>
    <message>
        <source>{email} is already someone in the account.</source>
        <translation>Adres {email} należy już do kogoś na koncie.</translation>
    </message>
    <message>
        <source>A chosen team no longer exists.</source>
        <translation>Jeden z wybranych zespołów już nie istnieje.</translation>
    </message>
    <message>
        <source>A change needs the user who makes it.</source>
        <translation>Zmiana wymaga wskazania użytkownika, który ją wprowadza.</translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation>Ten użytkownik już nie istnieje.</translation>
    </message>
    <message>
        <source>This database has no workspace yet.</source>
        <translation>Ta baza danych nie ma jeszcze obszaru roboczego.</translation>
    </message>
    <message>
        <source>No customer object is set in the workspace settings.</source>
        <translation>W ustawieniach obszaru roboczego nie ustawiono obiektu klienta.</translation>
    </message>
    <message>
        <source>“{key}” is not a user property of {objects}.</source>
        <translation>„{key}” nie jest właściwością typu Użytkownik obiektu {objects}.</translation>
    </message>
    <message>
        <source>“{key}” is not a date property of {objects}.</source>
        <translation>„{key}” nie jest właściwością typu Data obiektu {objects}.</translation>
    </message>
    <message>
        <source>This database already has a workspace.</source>
        <translation>Ta baza danych ma już obszar roboczy.</translation>
    </message>
    <message>
        <source>Enter the super admin&apos;s name.</source>
        <translation>Wpisz imię i nazwisko superadministratora.</translation>
    </message>
    <message>
        <source>Enter a valid e-mail address.</source>
        <translation>Wpisz prawidłowy adres e-mail.</translation>
    </message>
    <message>
        <source>Choose Companies or Contacts.</source>
        <translation>Wybierz Firmy lub Kontakty.</translation>
    </message>
    <message>
        <source>Customers must be contacts, companies or a custom object.</source>
        <translation>Klienci muszą być kontaktami, firmami lub obiektem niestandardowym.</translation>
    </message>
    <message>
        <source>Choose a user property of {objects}.</source>
        <translation>Wybierz właściwość typu Użytkownik obiektu {objects}.</translation>
    </message>
    <message>
        <source>Choose a date property of {objects}.</source>
        <translation>Wybierz właściwość typu Data obiektu {objects}.</translation>
    </message>
    <message>
        <source>Team workspaces use the main workspace&apos;s customer object.</source>
        <translation>Obszary robocze zespołów używają obiektu klienta z głównego obszaru roboczego.</translation>
    </message>
    <message>
        <source>In a team workspace you are signed in with your own login ({login}); you cannot sign in as {name}.</source>
        <translation>W obszarze roboczym zespołu logujesz się własnym loginem ({login}); nie możesz zalogować się jako {name}.</translation>
    </message>
    <message>
        <source>“{key}” cannot be sorted on.</source>
        <translation>Nie można sortować według „{key}”.</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Na dziś</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Zaległe</translation>
    </message>
    <message>
        <source>Due tomorrow</source>
        <translation>Na jutro</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Wszystkie otwarte</translation>
    </message>
    <message>
        <source>All completed</source>
        <translation>Wszystkie ukończone</translation>
    </message>
    <message>
        <source>“{view}” is not a task view.</source>
        <translation>„{view}” nie jest widokiem zadań.</translation>
    </message>
    <message>
        <source>“{name}” is not a task view.</source>
        <translation>„{name}” nie jest widokiem zadań.</translation>
    </message>
    <message>
        <source>“{key}” is not a task view.</source>
        <translation>„{key}” nie jest widokiem zadań.</translation>
    </message>
    <message>
        <source>{reason}

This file was saved by an older version of Tend and must be upgraded before it opens, which needs a file Tend can write.</source>
        <translation>{reason}

Ten plik został zapisany przez starszą wersję programu Tend i przed otwarciem musi zostać zaktualizowany, a do tego Tend musi mieć możliwość zapisu w pliku.</translation>
    </message>
    <message>
        <source>Tend could not back up {name} before upgrading it to this version ({reason}), so it left the file as it was.</source>
        <translation>Tend nie mógł utworzyć kopii zapasowej pliku {name} przed jego aktualizacją do tej wersji ({reason}), więc pozostawił plik bez zmian.</translation>
    </message>
    <message>
        <source>Tend cannot write this workspace file ({reason}).</source>
        <translation>Tend nie może zapisywać w tym pliku obszaru roboczego ({reason}).</translation>
    </message>
    <message>
        <source>{first}, {second}</source>
        <translation>{first}, {second}</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Tend (schema {current}). Update Tend to open it.</source>
        <translation>Ta baza danych została zapisana przez nowszą wersję programu Tend (schemat {current}). Zaktualizuj Tend, aby ją otworzyć.</translation>
    </message>
    <message>
        <source>{name} is not a Tend database (it is not a SQLite file).</source>
        <translation>Plik {name} nie jest bazą danych Tend (to nie jest plik SQLite).</translation>
    </message>
    <message>
        <source>{name} is damaged: {reason}.</source>
        <translation>Plik {name} jest uszkodzony: {reason}.</translation>
    </message>
    <message>
        <source>{name} cannot be read as a Tend database: {reason}</source>
        <translation>Nie można odczytać pliku {name} jako bazy danych Tend: {reason}</translation>
    </message>
    <message>
        <source>{name} is a database of another program, not a Tend workspace. Tend opens only its own files and leaves this one as it is.</source>
        <translation>Plik {name} jest bazą danych innego programu, a nie obszarem roboczym Tend. Tend otwiera tylko własne pliki i pozostawia ten plik bez zmian.</translation>
    </message>
    <message>
        <source>{name} is damaged: it is shorter than SQLite&apos;s header says ({size} of {expected} bytes), as if cut off.</source>
        <translation>Plik {name} jest uszkodzony: jest krótszy, niż wskazuje nagłówek SQLite ({size} z {expected} bajtów), jakby został ucięty.</translation>
    </message>
    <message>
        <source>{name} is damaged. SQLite&apos;s check found: {shown}</source>
        <translation>Plik {name} jest uszkodzony. Sprawdzenie SQLite wykazało: {shown}</translation>
    </message>
    <message>
        <source>This workspace file is read-only: you can look, but not change anything.</source>
        <translation>Ten plik obszaru roboczego jest tylko do odczytu: możesz przeglądać dane, ale nie możesz niczego zmieniać.</translation>
    </message>
    <message>
        <source>The folder of this workspace file is read-only, so Tend cannot save in it: you can look, but not change anything.</source>
        <translation>Folder tego pliku obszaru roboczego jest tylko do odczytu, więc Tend nie może w nim zapisywać: możesz przeglądać dane, ale nie możesz niczego zmieniać.</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Zadania</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Spotkania</translation>
    </message>
    <message>
        <source>Notes, calls and e-mails</source>
        <translation>Notatki, połączenia i e-maile</translation>
    </message>
    <message>
        <source>Activity feed</source>
        <translation>Kanał aktywności</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Firmy</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <source>Search index</source>
        <translation>Indeks wyszukiwania</translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation>Indeksy</translation>
    </message>
    <message>
        <source>“{name}”: {reason}</source>
        <translation>„{name}”: {reason}</translation>
    </message>
    <message>
        <source>Start from scratch</source>
        <translation>Zacznij od zera</translation>
    </message>
    <message>
        <source>A fit group and an engagement group, 50 points each: add their rules.</source>
        <translation>Grupa Dopasowanie i grupa Zaangażowanie, po 50 punktów każda: dodaj ich reguły.</translation>
    </message>
    <message>
        <source>Customer health</source>
        <translation>Kondycja klientów</translation>
    </message>
    <message>
        <source>One-to-one engagement, call engagement, supported tickets, CSM sentiment and NPS, days since last activity and renewal within 90 days.</source>
        <translation>Zaangażowanie w spotkaniach indywidualnych, zaangażowanie w połączeniach, zgłoszenia do wsparcia, opinia CSM i NPS, dni od ostatniej aktywności oraz odnowienie w ciągu 90 dni.</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Zaangażowanie</translation>
    </message>
    <message>
        <source>Meetings in the last 30 and 90 days, calls over 15 minutes, days since last activity.</source>
        <translation>Spotkania w ciągu ostatnich 30 i 90 dni, połączenia dłuższe niż 15 minut, dni od ostatniej aktywności.</translation>
    </message>
    <message>
        <source>Support and sentiment</source>
        <translation>Wsparcie i opinie</translation>
    </message>
    <message>
        <source>Open tickets (fewer is better), NPS and CSM sentiment, renewal within 90 days.</source>
        <translation>Otwarte zgłoszenia (im mniej, tym lepiej), NPS i opinia CSM, odnowienie w ciągu 90 dni.</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Lejek</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Rekord</translation>
    </message>
    <message>
        <source>a removed stage</source>
        <translation>usunięty etap</translation>
    </message>
    <message>
        <source>Moved to {stage}</source>
        <translation>Przeniesiono do etapu {stage}</translation>
    </message>
    <message>
        <source>from {stage}</source>
        <translation>z etapu {stage}</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>The workspace no longer exists.</source>
        <translation>Obszar roboczy już nie istnieje.</translation>
    </message>
    <message>
        <source>It is not a Tend database or it is damaged:
{reason}</source>
        <translation>To nie jest baza danych Tend albo jest uszkodzona:
{reason}</translation>
    </message>
    <message>
        <source>Tend cannot open {path}: the file is damaged.

{why}

Tend has not changed it.</source>
        <translation>Tend nie może otworzyć pliku {path}: plik jest uszkodzony.

{why}

Tend go nie zmienił.</translation>
    </message>
    <message>
        <source>Open the latest backup, from {when}, instead? The damaged file is kept beside it, renamed, as it is.</source>
        <translation>Otworzyć zamiast niego najnowszą kopię zapasową z {when}? Uszkodzony plik zostanie zachowany obok, pod zmienioną nazwą, bez zmian.</translation>
    </message>
    <message>
        <source>Tend cannot open {path}.

{why}</source>
        <translation>Tend nie może otworzyć pliku {path}.

{why}</translation>
    </message>
    <message>
        <source>Tend cannot create the folder for its workspace file:
{folder}

{why}.

Start Tend with --db and a file in a folder you can write to.</source>
        <translation>Tend nie może utworzyć folderu na plik obszaru roboczego:
{folder}

{why}.

Uruchom Tend z opcją --db i plikiem w folderze, do którego możesz zapisywać.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.

Create it and a new Tend workspace file {name} there?</source>
        <translation>Folder {folder} nie istnieje.

Utworzyć go i nowy plik obszaru roboczego Tend {name} w nim?</translation>
    </message>
    <message>
        <source>The workspace file {path} is damaged, so today&apos;s backup was not taken.

{why}

Restore a backup from Settings, or quit Tend and open the file again to be offered the latest backup.</source>
        <translation>Plik obszaru roboczego {path} jest uszkodzony, więc dzisiejsza kopia zapasowa nie została wykonana.

{why}

Przywróć kopię zapasową w Ustawieniach albo zamknij Tend i otwórz plik ponownie, aby otrzymać propozycję najnowszej kopii.</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Codzienna</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Przed aktualizacją</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Przed przywróceniem</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Połączenia</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-maile</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>Otwarte zgłoszenia</translation>
    </message>
    <message>
        <source>Days since last activity</source>
        <translation>Dni od ostatniej aktywności</translation>
    </message>
    <message>
        <source>Renewal within</source>
        <translation>Odnowienie w ciągu</translation>
    </message>
    <message>
        <source>Fit (properties)</source>
        <translation>Dopasowanie (właściwości)</translation>
    </message>
    <message>
        <source>Engagement (events)</source>
        <translation>Zaangażowanie (zdarzenia)</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Tend</source>
        <translation>O programie Tend</translation>
    </message>
    <message>
        <source>Tend {version}</source>
        <translation>Tend {version}</translation>
    </message>
    <message>
        <source>The customer-success workspace on your desktop.</source>
        <translation>Obszar roboczy customer success na Twoim komputerze.</translation>
    </message>
    <message>
        <source>Python {python} · Qt {qt} · PySide6 {pyside}
{system}
Workspace: {where}</source>
        <translation>Python {python} · Qt {qt} · PySide6 {pyside}
{system}
Obszar roboczy: {where}</translation>
    </message>
</context>
<context>
    <name>AccessDialog</name>
    <message>
        <source>e.g. Renewals this quarter</source>
        <translation>np. Odnowienia w tym kwartale</translation>
    </message>
    <message>
        <source>Dashboard name</source>
        <translation>Nazwa pulpitu</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Pulpit</translation>
    </message>
    <message>
        <source>Available to everyone</source>
        <translation>Dostępny dla wszystkich</translation>
    </message>
    <message>
        <source>Assign to teams</source>
        <translation>Przypisz do zespołów</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Zespoły</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Dostęp</translation>
    </message>
    <message>
        <source>I confirm users will have view access</source>
        <translation>Potwierdzam, że użytkownicy będą mieli uprawnienia do wyświetlania</translation>
    </message>
</context>
<context>
    <name>ActionsTab</name>
    <message>
        <source>Task views</source>
        <translation>Widoki zadań</translation>
    </message>
    <message>
        <source>My views</source>
        <translation>Moje widoki</translation>
    </message>
    <message>
        <source>Filter your tasks, then “+ Create view” keeps the list here.</source>
        <translation>Przefiltruj zadania, a „+ Utwórz widok” zachowa tę listę tutaj.</translation>
    </message>
    <message>
        <source>Search task titles</source>
        <translation>Szukaj w tytułach zadań</translation>
    </message>
    <message>
        <source>Search tasks</source>
        <translation>Szukaj zadań</translation>
    </message>
    <message>
        <source>Export this view&apos;s tasks to a CSV file</source>
        <translation>Eksportuj zadania z tego widoku do pliku CSV</translation>
    </message>
    <message>
        <source>Import tasks from a CSV file</source>
        <translation>Importuj zadania z pliku CSV</translation>
    </message>
    <message>
        <source>Create task</source>
        <translation>Utwórz zadanie</translation>
    </message>
    <message>
        <source>Create a task (Ctrl+N)</source>
        <translation>Utwórz zadanie (Ctrl+N)</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Zadania</translation>
    </message>
    <message>
        <source>From a report</source>
        <translation>Z raportu</translation>
    </message>
    <message>
        <source>Showing the tasks of “{what}”. Choose a view to see others.</source>
        <translation>Wyświetlane są zadania z „{what}”. Wybierz widok, aby zobaczyć inne.</translation>
    </message>
    <message>
        <source>1 task</source>
        <translation>1 zadanie</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tasks</source>
        <translation>
            <numerusform>%Ln zadanie</numerusform>
            <numerusform>%Ln zadania</numerusform>
            <numerusform>%Ln zadań</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks</source>
        <translation>
            <numerusform>%n zadanie</numerusform>
            <numerusform>%n zadania</numerusform>
            <numerusform>%n zadań</numerusform>
        </translation>
    </message>
    <message>
        <source>No tasks match “{text}”</source>
        <translation>Brak zadań pasujących do „{text}”</translation>
    </message>
    <message>
        <source>Search looks at the titles of this view&apos;s tasks.</source>
        <translation>Wyszukiwanie obejmuje tytuły zadań w tym widoku.</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Wyczyść wyszukiwanie</translation>
    </message>
    <message>
        <source>No tasks in “{view}”</source>
        <translation>Brak zadań w widoku „{view}”</translation>
    </message>
    <message>
        <source>Tasks you create, or bring in from your CRM&apos;s CSV export, show here when they fit this view; the other views on the left may hold more.</source>
        <translation>Tu pojawiają się zadania utworzone przez Ciebie lub zaimportowane z eksportu CSV z CRM, jeśli pasują do tego widoku. Więcej może być w pozostałych widokach po lewej.</translation>
    </message>
    <message>
        <source>Import tasks…</source>
        <translation>Importuj zadania…</translation>
    </message>
</context>
<context>
    <name>AddPersonDialog</name>
    <message>
        <source>They sign in with a login and password of their own on the team server. Give them both, with the server&apos;s address, to connect from their laptop.</source>
        <translation>Logują się własnym loginem i hasłem na serwerze zespołu. Przekaż im oba wraz z adresem serwera, aby mogli połączyć się ze swojego laptopa.</translation>
    </message>
    <message>
        <source>e.g. sam.rivera</source>
        <translation>np. jan.kowalski</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Powtórz hasło</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Hasła się różnią.</translation>
    </message>
    <message>
        <source>The server did not add them: {e}</source>
        <translation>Serwer nie dodał tej osoby: {e}</translation>
    </message>
</context>
<context>
    <name>AlertRow</name>
    <message>
        <source>Open {name}</source>
        <translation>Otwórz {name}</translation>
    </message>
    <message>
        <source>Dismiss this alert</source>
        <translation>Odrzuć ten alert</translation>
    </message>
    <message>
        <source>Dismiss alert: {name}</source>
        <translation>Odrzuć alert: {name}</translation>
    </message>
</context>
<context>
    <name>AlertsDialog</name>
    <message>
        <source>Alerts</source>
        <translation>Alerty</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>Otwórz klienta</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Odrzuć</translation>
    </message>
    <message>
        <source>1 live alert</source>
        <translation>1 aktywny alert</translation>
    </message>
    <message numerus="yes">
        <source>%n live alerts</source>
        <translation>
            <numerusform>%n aktywny alert</numerusform>
            <numerusform>%n aktywne alerty</numerusform>
            <numerusform>%n aktywnych alertów</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssociationSection</name>
    <message>
        <source>+ Add</source>
        <translation>+ Dodaj</translation>
    </message>
    <message>
        <source>Add an associated {o}</source>
        <translation>Dodaj powiązanie: {o}</translation>
    </message>
    <message>
        <source>Find a {o} by name, domain or e-mail and associate it</source>
        <translation>Znajdź rekord ({o}) według nazwy, domeny lub adresu e-mail i powiąż go</translation>
    </message>
    <message>
        <source>Type a name, domain or e-mail to find a {o}</source>
        <translation>Wpisz nazwę, domenę lub adres e-mail, aby znaleźć rekord ({o})</translation>
    </message>
    <message>
        <source>Find a {o}</source>
        <translation>Znajdź rekord ({o})</translation>
    </message>
    <message>
        <source>Records found</source>
        <translation>Znalezione rekordy</translation>
    </message>
    <message>
        <source>No match.</source>
        <translation>Brak wyników.</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Jeszcze brak.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>i jeszcze %n</numerusform>
            <numerusform>i jeszcze %n</numerusform>
            <numerusform>i jeszcze %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the association with {r}</source>
        <translation>Usuń powiązanie z {r}</translation>
    </message>
    <message>
        <source>Remove the association</source>
        <translation>Usuń powiązanie</translation>
    </message>
</context>
<context>
    <name>BulkBar</name>
    <message>
        <source>Marked {tasks} complete.</source>
        <translation>Oznaczono {tasks} jako ukończone.</translation>
    </message>
    <message>
        <source>Marked {tasks} incomplete.</source>
        <translation>Oznaczono {tasks} jako nieukończone.</translation>
    </message>
    <message>
        <source>Assigned {tasks}.</source>
        <translation>Przypisano {tasks}.</translation>
    </message>
    <message>
        <source>Changed {tasks}.</source>
        <translation>Zmieniono {tasks}.</translation>
    </message>
    <message>
        <source>Deleted {tasks}.</source>
        <translation>Usunięto {tasks}.</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Zaznacz wszystko</translation>
    </message>
    <message>
        <source>Tick every task on this page</source>
        <translation>Zaznacz wszystkie zadania na tej stronie</translation>
    </message>
    <message>
        <source>Mark complete</source>
        <translation>Oznacz jako ukończone</translation>
    </message>
    <message>
        <source>Mark incomplete</source>
        <translation>Oznacz jako nieukończone</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Przypisz</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edytuj…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <source>Undo the last bulk action (Ctrl+Z)</source>
        <translation>Cofnij ostatnią akcję zbiorczą (Ctrl+Z)</translation>
    </message>
    <message>
        <source>1 task</source>
        <translation>1 zadanie</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tasks</source>
        <translation>
            <numerusform>%Ln zadanie</numerusform>
            <numerusform>%Ln zadania</numerusform>
            <numerusform>%Ln zadań</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>Zaznaczono: %Ln</numerusform>
            <numerusform>Zaznaczono: %Ln</numerusform>
            <numerusform>Zaznaczono: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln tasks are selected.</source>
        <translation>
            <numerusform>Zaznaczono wszystkie zadania (%Ln).</numerusform>
            <numerusform>Zaznaczono wszystkie zadania (%Ln).</numerusform>
            <numerusform>Zaznaczono wszystkie zadania (%Ln).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Select all %Ln tasks</source>
        <translation>
            <numerusform>Zaznacz wszystkie zadania (%Ln)</numerusform>
            <numerusform>Zaznacz wszystkie zadania (%Ln)</numerusform>
            <numerusform>Zaznacz wszystkie zadania (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation>Wyczyść zaznaczenie</translation>
    </message>
    <message>
        <source>All {k} tasks on this page are selected.</source>
        <translation>Zaznaczono wszystkie zadania na tej stronie ({k}).</translation>
    </message>
    <message>
        <source>Delete tasks</source>
        <translation>Usuń zadania</translation>
    </message>
    <message>
        <source>Delete {tasks}? You can undo this right after.</source>
        <translation>Usunąć {tasks}? Możesz to cofnąć od razu po usunięciu.</translation>
    </message>
    <message>
        <source>Working on {tasks}…</source>
        <translation>Przetwarzanie: {tasks}…</translation>
    </message>
    <message>
        <source>{k} were left as they were: already so, or not yours to change.</source>
        <translation>Bez zmian: {k} (już były w tym stanie lub nie możesz ich zmieniać).</translation>
    </message>
    <message>
        <source>Stopped: {done}</source>
        <translation>Przerwano: {done}</translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation>Cofanie…</translation>
    </message>
    <message>
        <source>Undone: {tasks} put back.</source>
        <translation>Cofnięto: przywrócono {tasks}.</translation>
    </message>
    <message>
        <source>Undo stopped: {tasks} put back.</source>
        <translation>Cofanie przerwane: przywrócono {tasks}.</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message>
        <source>Edit tasks</source>
        <translation>Edytuj zadania</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Właściwość</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>A date such as {example}; empty clears the due date</source>
        <translation>Data, np. {example}; puste pole usuwa termin</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Zastosuj</translation>
    </message>
</context>
<context>
    <name>CalendarPopup</name>
    <message>
        <source>Pick a date</source>
        <translation>Wybierz datę</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>overdue</source>
        <translation>po terminie</translation>
    </message>
</context>
<context>
    <name>ColumnsDialog</name>
    <message>
        <source>Edit columns</source>
        <translation>Edytuj kolumny</translation>
    </message>
    <message>
        <source>Tick the columns to show; drag them into order.</source>
        <translation>Zaznacz kolumny do wyświetlenia; przeciągnij, aby zmienić ich kolejność.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolumny</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation>Paleta poleceń</translation>
    </message>
    <message>
        <source>Search records, views, tabs, settings and actions</source>
        <translation>Szukaj rekordów, widoków, kart, ustawień i akcji</translation>
    </message>
    <message>
        <source>Search commands and records</source>
        <translation>Szukaj poleceń i rekordów</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Wyniki</translation>
    </message>
    <message>
        <source>↑↓ to choose · Enter to open · Esc to close</source>
        <translation>↑↓ – wybierz · Enter – otwórz · Esc – zamknij</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Rekordy</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Widoki</translation>
    </message>
    <message>
        <source>Nothing matches “{text}”</source>
        <translation>Brak wyników dla „{text}”</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Wyszukiwanie…</translation>
    </message>
</context>
<context>
    <name>ConditionRow</name>
    <message>
        <source>Property</source>
        <translation>Właściwość</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Data końcowa</translation>
    </message>
    <message>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Wartości</translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation>Usuń warunek</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Data początkowa</translation>
    </message>
    <message>
        <source>from</source>
        <translation>od</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dni</translation>
    </message>
</context>
<context>
    <name>ConflictRow</name>
    <message>
        <source>Put back</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <source>Set {field} to this value again</source>
        <translation>Ponownie ustaw tę wartość w polu {field}</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Odrzuć</translation>
    </message>
    <message>
        <source>Keep the current value</source>
        <translation>Zachowaj bieżącą wartość</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(puste)</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Twoja wartość</translation>
    </message>
    <message>
        <source>{name}&apos;s value</source>
        <translation>Wartość użytkownika {name}</translation>
    </message>
    <message>
        <source>A teammate</source>
        <translation>z zespołu</translation>
    </message>
    <message>
        <source>{whose} {value} for {field} was refused by the team server: {why}</source>
        <translation>{whose} {value} w polu {field} została odrzucona przez serwer zespołu: {why}</translation>
    </message>
    <message>
        <source>{whose} {value} for {field} was replaced by {winner} from {name} at {when}.</source>
        <translation>{whose} {value} w polu {field} została zastąpiona wartością {winner} wprowadzoną przez użytkownika {name} ({when}).</translation>
    </message>
    <message>
        <source>a teammate</source>
        <translation>z zespołu</translation>
    </message>
    <message>
        <source>(resolved)</source>
        <translation>(rozwiązano)</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a team server</source>
        <translation>Połącz z serwerem zespołu</translation>
    </message>
    <message>
        <source>Your team&apos;s workspace is downloaded to this computer, so Tend works offline and sends your changes when the server answers. Your admin gives you the server&apos;s address, with your login in it, and your password.</source>
        <translation>Obszar roboczy Twojego zespołu zostanie pobrany na ten komputer, dzięki czemu Tend działa offline i wysyła Twoje zmiany, gdy serwer odpowie. Administrator przekaże Ci adres serwera (zawierający Twój login) oraz hasło.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adres serwera</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>The password is kept in this computer&apos;s keyring.</source>
        <translation>Hasło jest przechowywane w pęku kluczy tego komputera.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Połącz</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, as your admin gave it.</source>
        <translation>Wpisz adres serwera otrzymany od administratora.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was downloaded.</source>
        <translation>Anulowano; nic nie zostało pobrane.</translation>
    </message>
    <message>
        <source>The download stopped: {e}</source>
        <translation>Pobieranie przerwane: {e}</translation>
    </message>
    <message>
        <source>{phase}…</source>
        <translation>{phase}…</translation>
    </message>
</context>
<context>
    <name>CountsStrip</name>
    <message>
        <source>to create</source>
        <translation>do utworzenia</translation>
    </message>
    <message>
        <source>created</source>
        <translation>utworzone</translation>
    </message>
    <message>
        <source>to update</source>
        <translation>do aktualizacji</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>zaktualizowane</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>bez zmian</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>odrzucone</translation>
    </message>
</context>
<context>
    <name>CreateTaskPanel</name>
    <message>
        <source>Create task</source>
        <translation>Utwórz zadanie</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>What needs doing</source>
        <translation>Co trzeba zrobić</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorytet</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Due time</source>
        <translation>Godzina terminu</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Osoba przypisana</translation>
    </message>
    <message>
        <source>Type a name to find a record</source>
        <translation>Wpisz nazwę, aby znaleźć rekord</translation>
    </message>
    <message>
        <source>Find a record</source>
        <translation>Znajdź rekord</translation>
    </message>
    <message>
        <source>Records found</source>
        <translation>Znalezione rekordy</translation>
    </message>
    <message>
        <source>Associated records</source>
        <translation>Powiązane rekordy</translation>
    </message>
    <message>
        <source>Double-click a record to remove it</source>
        <translation>Kliknij dwukrotnie rekord, aby go usunąć</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>Create and add another</source>
        <translation>Utwórz i dodaj kolejne</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Utwórz</translation>
    </message>
</context>
<context>
    <name>CustomersTab</name>
    <message>
        <source>Search name or domain</source>
        <translation>Szukaj po nazwie lub domenie</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Szukaj klientów</translation>
    </message>
    <message>
        <source>Create a customer</source>
        <translation>Utwórz klienta</translation>
    </message>
    <message>
        <source>Edit columns</source>
        <translation>Edytuj kolumny</translation>
    </message>
    <message>
        <source>Export this view&apos;s customers to a CSV file</source>
        <translation>Eksportuj klientów z tego widoku do pliku CSV</translation>
    </message>
    <message>
        <source>Import customers from a CSV file</source>
        <translation>Importuj klientów z pliku CSV</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <source>Showing the customers of “{what}”. Choose a view to see them all again.</source>
        <translation>Wyświetlani są klienci z „{what}”. Wybierz widok, aby znów zobaczyć wszystkich.</translation>
    </message>
    <message>
        <source>Showing the customers the “{profile}” health profile scores. Choose a view to see them all again.</source>
        <translation>Wyświetlani są klienci oceniani przez profil kondycji „{profile}”. Wybierz widok, aby znów zobaczyć wszystkich.</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Kondycja</translation>
    </message>
    <message>
        <source>1 customer</source>
        <translation>1 klient</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers</source>
        <translation>
            <numerusform>%Ln klient</numerusform>
            <numerusform>%Ln klientów</numerusform>
            <numerusform>%Ln klientów</numerusform>
        </translation>
    </message>
    <message>
        <source>No customers yet</source>
        <translation>Brak klientów</translation>
    </message>
    <message>
        <source>Customers are the accounts you look after. Bring them in from your CRM&apos;s CSV export, or add them one by one.</source>
        <translation>Klienci to konta, którymi się opiekujesz. Zaimportuj ich z eksportu CSV z CRM lub dodawaj pojedynczo.</translation>
    </message>
    <message>
        <source>No customers match “{text}”</source>
        <translation>Brak klientów pasujących do „{text}”</translation>
    </message>
    <message>
        <source>Search looks at names and domains of this view&apos;s customers.</source>
        <translation>Wyszukiwanie obejmuje nazwy i domeny klientów w tym widoku.</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Wyczyść wyszukiwanie</translation>
    </message>
    <message>
        <source>None of the workspace&apos;s {n} customers is assigned to you as CSM.</source>
        <translation>Żaden z klientów obszaru roboczego ({n}) nie jest przypisany do Ciebie jako CSM.</translation>
    </message>
    <message>
        <source>None of the workspace&apos;s {n} customers matches this view&apos;s filters.</source>
        <translation>Żaden z klientów obszaru roboczego ({n}) nie pasuje do filtrów tego widoku.</translation>
    </message>
    <message>
        <source>Show all customers</source>
        <translation>Pokaż wszystkich klientów</translation>
    </message>
    <message>
        <source>No customers in “{view}”</source>
        <translation>Brak klientów w widoku „{view}”</translation>
    </message>
    <message>
        <source>Import customers…</source>
        <translation>Importuj klientów…</translation>
    </message>
    <message>
        <source>+ Create customer</source>
        <translation>+ Utwórz klienta</translation>
    </message>
    <message>
        <source>“{c}” is calculated from associations and cannot be sorted.</source>
        <translation>Kolumna „{c}” jest obliczana z powiązań i nie można według niej sortować.</translation>
    </message>
    <message numerus="yes">
        <source>%n customers</source>
        <translation>
            <numerusform>%n klient</numerusform>
            <numerusform>%n klientów</numerusform>
            <numerusform>%n klientów</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardsTab</name>
    <message>
        <source>Dashboards</source>
        <translation>Pulpity</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Pulpit</translation>
    </message>
    <message>
        <source>+ Add report</source>
        <translation>+ Dodaj raport</translation>
    </message>
    <message>
        <source>Dashboard actions</source>
        <translation>Akcje pulpitu</translation>
    </message>
    <message>
        <source>Who sees it…</source>
        <translation>Kto go widzi…</translation>
    </message>
    <message>
        <source>Remove from this tab</source>
        <translation>Usuń z tej karty</translation>
    </message>
    <message>
        <source>Create dashboard</source>
        <translation>Utwórz pulpit</translation>
    </message>
    <message>
        <source>Add dashboard</source>
        <translation>Dodaj pulpit</translation>
    </message>
    <message>
        <source>No dashboards yet. Create one, then add reports to it.</source>
        <translation>Brak pulpitów. Utwórz pulpit, a potem dodaj do niego raporty.</translation>
    </message>
    <message>
        <source>No dashboard is shared with you yet. An admin can create one.</source>
        <translation>Żaden pulpit nie został Ci jeszcze udostępniony. Administrator może go utworzyć.</translation>
    </message>
    <message>
        <source>Available to everyone</source>
        <translation>Dostępny dla wszystkich</translation>
    </message>
    <message>
        <source>Assigned to {teams}</source>
        <translation>Przypisany do: {teams}</translation>
    </message>
    <message>
        <source>This dashboard has no reports yet: add one with “+ Add report”.</source>
        <translation>Ten pulpit nie ma jeszcze raportów: dodaj raport przyciskiem „+ Dodaj raport”.</translation>
    </message>
    <message>
        <source>Every dashboard is on this tab already: create a new one.</source>
        <translation>Wszystkie pulpity są już na tej karcie: utwórz nowy.</translation>
    </message>
    <message>
        <source>Who sees “{name}”</source>
        <translation>Kto widzi pulpit „{name}”</translation>
    </message>
    <message>
        <source>“{name}” is off this tab; “Add dashboard” puts it back.</source>
        <translation>Pulpit „{name}” został usunięty z tej karty; „Dodaj pulpit” przywróci go.</translation>
    </message>
    <message>
        <source>New report…</source>
        <translation>Nowy raport…</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>A date such as {example}</source>
        <translation>Data, np. {example}</translation>
    </message>
    <message>
        <source>Pick a date from a calendar</source>
        <translation>Wybierz datę z kalendarza</translation>
    </message>
    <message>
        <source>Pick {name} from a calendar</source>
        <translation>Wybierz z kalendarza: {name}</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>{name} time</source>
        <translation>{name} – godzina</translation>
    </message>
</context>
<context>
    <name>DayHeader</name>
    <message>
        <source>all day</source>
        <translation>cały dzień</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n więcej</numerusform>
            <numerusform>+%n więcej</numerusform>
            <numerusform>+%n więcej</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DefaultDialog</name>
    <message>
        <source>Set “{name}” as default</source>
        <translation>Ustaw „{name}” jako domyślny</translation>
    </message>
    <message>
        <source>What this view shows</source>
        <translation>Co pokazuje ten widok</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message>
        <source>Delete “{name}”</source>
        <translation>Usuń „{name}”</translation>
    </message>
    <message>
        <source>Everyone who sees this view loses it.</source>
        <translation>Wszyscy, którzy widzą ten widok, stracą do niego dostęp.</translation>
    </message>
    <message>
        <source>I&apos;m sure I want to delete this view</source>
        <translation>Na pewno chcę usunąć ten widok</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
</context>
<context>
    <name>DeleteWorkspaceDialog</name>
    <message>
        <source>Delete workspace</source>
        <translation>Usuń obszar roboczy</translation>
    </message>
    <message>
        <source>Delete the workspace “{name}”? Its teams go back to the main workspace, and its views and settings are deleted.</source>
        <translation>Usunąć obszar roboczy „{name}”? Jego zespoły wrócą do głównego obszaru roboczego, a jego widoki i ustawienia zostaną usunięte.</translation>
    </message>
    <message>
        <source>I understand that deleting this workspace cannot be undone</source>
        <translation>Rozumiem, że usunięcia tego obszaru roboczego nie można cofnąć</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Tick the box above first.</source>
        <translation>Najpierw zaznacz pole powyżej.</translation>
    </message>
</context>
<context>
    <name>DeletedRecordsDialog</name>
    <message>
        <source>Deleted records · {o}</source>
        <translation>Usunięte rekordy · {o}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Usunięto</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Przez</translation>
    </message>
    <message>
        <source>Deleted records</source>
        <translation>Usunięte rekordy</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <source>{n} deleted. Select one and Restore to bring it back with its associations and history.</source>
        <translation>Usunięte: {n}. Zaznacz rekord i kliknij Przywróć, aby przywrócić go wraz z powiązaniami i historią.</translation>
    </message>
    <message>
        <source>Nothing deleted.</source>
        <translation>Nic nie zostało usunięte.</translation>
    </message>
    <message>
        <source>Restored {names}.</source>
        <translation>Przywrócono: {names}.</translation>
    </message>
</context>
<context>
    <name>EventSummary</name>
    <message>
        <source>Summary of {title}</source>
        <translation>Podsumowanie: {title}</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Spotkanie</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Scheduled in {zone}</source>
        <translation>Zaplanowano w strefie {zone}</translation>
    </message>
    <message>
        <source>Where: {place}</source>
        <translation>Miejsce: {place}</translation>
    </message>
    <message>
        <source>Open {name} in the preview panel</source>
        <translation>Otwórz {name} w panelu podglądu</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Dla:</translation>
    </message>
    <message>
        <source>Start meeting</source>
        <translation>Rozpocznij spotkanie</translation>
    </message>
    <message>
        <source>Mark incomplete</source>
        <translation>Oznacz jako nieukończone</translation>
    </message>
    <message>
        <source>Mark complete</source>
        <translation>Oznacz jako ukończone</translation>
    </message>
    <message>
        <source>Task · {type}</source>
        <translation>Zadanie · {type}</translation>
    </message>
    <message>
        <source>{p} priority</source>
        <translation>Priorytet: {p}</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>ukończone</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> i jeszcze %n</numerusform>
            <numerusform> i jeszcze %n</numerusform>
            <numerusform> i jeszcze %n</numerusform>
        </translation>
    </message>
    <message>
        <source>With {names}</source>
        <translation>Z udziałem: {names}</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Uczestnicy</translation>
    </message>
</context>
<context>
    <name>ExportRangeDialog</name>
    <message>
        <source>Export schedule</source>
        <translation>Eksportuj harmonogram</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Pierwszy dzień</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Ostatni dzień</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>The last day is before the first.</source>
        <translation>Ostatni dzień jest wcześniejszy niż pierwszy.</translation>
    </message>
</context>
<context>
    <name>ExportRow</name>
    <message>
        <source>Export</source>
        <translation>Eksportuj</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Eksportuj do CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting {n}…</source>
        <translation>Eksportowanie ({n})…</translation>
    </message>
    <message>
        <source>The export could not be written: {e}</source>
        <translation>Nie udało się zapisać eksportu: {e}</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Eksport anulowany; nie zapisano żadnego pliku.</translation>
    </message>
    <message>
        <source>Exported {n} to {path}</source>
        <translation>Wyeksportowano ({n}) do pliku {path}</translation>
    </message>
</context>
<context>
    <name>FeedTab</name>
    <message>
        <source>Activity type</source>
        <translation>Typ aktywności</translation>
    </message>
    <message>
        <source>All activity types</source>
        <translation>Wszystkie typy aktywności</translation>
    </message>
    <message>
        <source>Sequence enrollment</source>
        <translation>Zapisanie do sekwencji</translation>
    </message>
    <message>
        <source>Any enrollment</source>
        <translation>Dowolny status sekwencji</translation>
    </message>
    <message>
        <source>Enrolled in a sequence</source>
        <translation>Zapisany do sekwencji</translation>
    </message>
    <message>
        <source>Not in a sequence</source>
        <translation>Poza sekwencją</translation>
    </message>
    <message>
        <source>Search activity</source>
        <translation>Szukaj aktywności</translation>
    </message>
    <message>
        <source>Search the feed</source>
        <translation>Przeszukaj kanał aktywności</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Kanał aktywności</translation>
    </message>
    <message>
        <source>Load older activities</source>
        <translation>Wczytaj starsze aktywności</translation>
    </message>
    <message>
        <source>Reading the feed…</source>
        <translation>Wczytywanie kanału aktywności…</translation>
    </message>
    <message>
        <source>Yesterday {time}</source>
        <translation>Wczoraj {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n activity types</source>
        <translation>
            <numerusform>%n typ aktywności</numerusform>
            <numerusform>%n typy aktywności</numerusform>
            <numerusform>%n typów aktywności</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown, older ones below</source>
        <translation>
            <numerusform>Wyświetlone: %Ln, starsze poniżej</numerusform>
            <numerusform>Wyświetlone: %Ln, starsze poniżej</numerusform>
            <numerusform>Wyświetlone: %Ln, starsze poniżej</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} notifications</source>
        <translation>Powiadomienia: {n}</translation>
    </message>
    <message>
        <source>No activity matches these filters.</source>
        <translation>Brak aktywności pasujących do tych filtrów.</translation>
    </message>
    <message>
        <source>No activity yet from the contacts of the customers you own. E-mails opened, pages visited and forms submitted by their contacts show up here.</source>
        <translation>Brak aktywności kontaktów Twoich klientów. Tu pojawiają się otwarte e-maile, odwiedzone strony i przesłane formularze ich kontaktów.</translation>
    </message>
    <message>
        <source>Notification deleted: {title}</source>
        <translation>Usunięto powiadomienie: {title}</translation>
    </message>
    <message>
        <source>Call with {name}</source>
        <translation>Połączenie: {name}</translation>
    </message>
    <message>
        <source>Following up</source>
        <translation>Dalsze kroki</translation>
    </message>
    <message>
        <source>Follow up with {name}</source>
        <translation>Skontaktuj się ponownie: {name}</translation>
    </message>
    <message>
        <source>Meeting with {name}</source>
        <translation>Spotkanie: {name}</translation>
    </message>
    <message>
        <source>Logged against {name}.</source>
        <translation>Zarejestrowano dla: {name}.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Advanced filters</source>
        <translation>Filtry zaawansowane</translation>
    </message>
    <message>
        <source>Clear quick filters</source>
        <translation>Wyczyść szybkie filtry</translation>
    </message>
    <message numerus="yes">
        <source>Advanced filters (%n)</source>
        <translation>
            <numerusform>Filtry zaawansowane (%n)</numerusform>
            <numerusform>Filtry zaawansowane (%n)</numerusform>
            <numerusform>Filtry zaawansowane (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterEditor</name>
    <message>
        <source>Advanced filters</source>
        <translation>Filtry zaawansowane</translation>
    </message>
    <message>
        <source>{rows} match when every condition of a group holds, in any group.</source>
        <translation>{rows} pasują, gdy spełniają wszystkie warunki co najmniej jednej grupy.</translation>
    </message>
    <message>
        <source>+ Add an OR group</source>
        <translation>+ Dodaj grupę LUB</translation>
    </message>
    <message>
        <source>Or</source>
        <translation>Lub</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Gdzie</translation>
    </message>
    <message>
        <source>+ Add an AND condition</source>
        <translation>+ Dodaj warunek ORAZ</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to Tend</source>
        <translation>Witamy w Tend</translation>
    </message>
    <message>
        <source>Your customer success workspace lives in a file on this computer:</source>
        <translation>Twój obszar roboczy customer success jest zapisany w pliku na tym komputerze:</translation>
    </message>
    <message>
        <source>Does your team share a Tend server?</source>
        <translation>Czy Twój zespół korzysta ze wspólnego serwera Tend?</translation>
    </message>
    <message>
        <source>Connect to a team server…</source>
        <translation>Połącz z serwerem zespołu…</translation>
    </message>
    <message>
        <source>Explore the demo workspace</source>
        <translation>Poznaj demonstracyjny obszar roboczy</translation>
    </message>
    <message>
        <source>A realistic book of {n} customers with contacts, onboarding services, renewal deals, subscriptions, tickets, tasks and this week&apos;s meetings. Eight people in three teams, so you can sign in as a CSM, a team lead or an admin.</source>
        <translation>Realistyczny portfel {n} klientów z kontaktami, usługami wdrożeniowymi, transakcjami odnowień, subskrypcjami, zgłoszeniami, zadaniami i spotkaniami w tym tygodniu. Osiem osób w trzech zespołach, więc możesz zalogować się jako CSM, lider zespołu lub administrator.</translation>
    </message>
    <message>
        <source>Open the demo workspace</source>
        <translation>Otwórz demonstracyjny obszar roboczy</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>The demo could not be generated: {e}</source>
        <translation>Nie udało się wygenerować wersji demonstracyjnej: {e}</translation>
    </message>
    <message>
        <source>Generating: {phase}…</source>
        <translation>Generowanie: {phase}…</translation>
    </message>
    <message>
        <source>Start an empty workspace</source>
        <translation>Zacznij od pustego obszaru roboczego</translation>
    </message>
    <message>
        <source>Choose what a customer is and which property names its CSM. You can change both later in Settings.</source>
        <translation>Wybierz, czym jest klient i która właściwość wskazuje jego CSM. Oba ustawienia możesz później zmienić w Ustawieniach.</translation>
    </message>
    <message>
        <source>Customer object</source>
        <translation>Obiekt klienta</translation>
    </message>
    <message>
        <source>CSM property</source>
        <translation>Właściwość CSM</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Twoje imię i nazwisko</translation>
    </message>
    <message>
        <source>Super admin name</source>
        <translation>Imię i nazwisko superadministratora</translation>
    </message>
    <message>
        <source>you@company.com</source>
        <translation>ty@firma.pl</translation>
    </message>
    <message>
        <source>Super admin e-mail</source>
        <translation>E-mail superadministratora</translation>
    </message>
    <message>
        <source>Customers are</source>
        <translation>Klienci to</translation>
    </message>
    <message>
        <source>Super admin</source>
        <translation>Superadministrator</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Create workspace</source>
        <translation>Utwórz obszar roboczy</translation>
    </message>
</context>
<context>
    <name>FollowUpBar</name>
    <message>
        <source>Delete this notification</source>
        <translation>Usuń to powiadomienie</translation>
    </message>
    <message>
        <source>{action}: {contact}</source>
        <translation>{action}: {contact}</translation>
    </message>
    <message>
        <source>Delete notification: {title}</source>
        <translation>Usuń powiadomienie: {title}</translation>
    </message>
</context>
<context>
    <name>GroupPage</name>
    <message>
        <source>Group name</source>
        <translation>Nazwa grupy</translation>
    </message>
    <message>
        <source>Group kind</source>
        <translation>Rodzaj grupy</translation>
    </message>
    <message>
        <source>Maximum points</source>
        <translation>Maksymalna liczba punktów</translation>
    </message>
    <message>
        <source> points</source>
        <translation> pkt</translation>
    </message>
    <message>
        <source>The most this group adds to the score</source>
        <translation>Najwięcej, ile ta grupa dodaje do wyniku</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maksimum</translation>
    </message>
    <message>
        <source>+ Add rule</source>
        <translation>+ Dodaj regułę</translation>
    </message>
    <message>
        <source>Each rule adds (or takes away) its points when every one of its conditions holds. The group gives at most its maximum and never less than 0.</source>
        <translation>Każda reguła dodaje (lub odejmuje) swoje punkty, gdy spełnione są wszystkie jej warunki. Grupa daje najwyżej swoje maksimum i nigdy mniej niż 0.</translation>
    </message>
    <message>
        <source>Each rule counts the customer&apos;s events and gives the points of the highest band the count reaches. Inputs a customer lacks are left out and their weight spread over the group&apos;s other rules.</source>
        <translation>Każda reguła zlicza zdarzenia klienta i przyznaje punkty najwyższego przedziału, jaki osiąga ta liczba. Dane wejściowe, których klient nie ma, są pomijane, a ich waga rozkłada się na pozostałe reguły grupy.</translation>
    </message>
</context>
<context>
    <name>HealthCardWidget</name>
    <message>
        <source>Health</source>
        <translation>Kondycja</translation>
    </message>
    <message>
        <source>Health score</source>
        <translation>Wskaźnik kondycji</translation>
    </message>
    <message>
        <source>What moved it</source>
        <translation>Co na niego wpłynęło</translation>
    </message>
    <message>
        <source>Not scored yet</source>
        <translation>Jeszcze nieoceniony</translation>
    </message>
    <message>
        <source>No live health profile: publish one in Settings → Health scores.</source>
        <translation>Brak aktywnego profilu kondycji: opublikuj go w Ustawienia → Wskaźniki kondycji.</translation>
    </message>
    <message>
        <source>None of the profile&apos;s rules has an input for this customer yet.</source>
        <translation>Żadna z reguł profilu nie ma jeszcze danych wejściowych dla tego klienta.</translation>
    </message>
    <message>
        <source>Updated {at}</source>
        <translation>Zaktualizowano {at}</translation>
    </message>
    <message>
        <source>{day} · first scored {score}</source>
        <translation>{day} · pierwsza ocena: {score}</translation>
    </message>
</context>
<context>
    <name>HealthEditorDialog</name>
    <message>
        <source>Health profile</source>
        <translation>Profil kondycji</translation>
    </message>
    <message>
        <source>You are editing a draft of the live profile “{name}”: customers keep their scores until you publish it.</source>
        <translation>Edytujesz wersję roboczą aktywnego profilu „{name}”: klienci zachowują swoje wyniki, dopóki jej nie opublikujesz.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Groups and rules</source>
        <translation>Grupy i reguły</translation>
    </message>
    <message>
        <source>Test a record</source>
        <translation>Przetestuj rekord</translation>
    </message>
    <message>
        <source>Preview distribution</source>
        <translation>Podgląd rozkładu</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Zapisz wersję roboczą</translation>
    </message>
    <message>
        <source>Keep this profile as a draft</source>
        <translation>Zachowaj ten profil jako wersję roboczą</translation>
    </message>
    <message>
        <source>Save and publish</source>
        <translation>Zapisz i opublikuj</translation>
    </message>
    <message>
        <source>Save, then score customers with this profile</source>
        <translation>Zapisz, a następnie oceń klientów tym profilem</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nazwa profilu</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>What this score tells a CSM</source>
        <translation>Co ten wynik mówi CSM</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>At risk up to</source>
        <translation>Zagrożony do</translation>
    </message>
    <message>
        <source>Neutral up to</source>
        <translation>Neutralny do</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Progi</translation>
    </message>
    <message>
        <source>Up to {n} saved customer views. A customer in one of them is scored by this profile; a customer in no profile&apos;s segment by the default profile.</source>
        <translation>Do {n} zapisanych widoków klientów. Klient należący do jednego z nich jest oceniany przez ten profil; klient spoza segmentów wszystkich profili – przez profil domyślny.</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmenty</translation>
    </message>
    <message>
        <source>No saved customer views yet: save one on Customers.</source>
        <translation>Brak zapisanych widoków klientów: zapisz widok na karcie Klienci.</translation>
    </message>
    <message>
        <source>Healthy above {m}</source>
        <translation>W dobrej kondycji powyżej {m}</translation>
    </message>
    <message numerus="yes">
        <source>%n of {most} chosen</source>
        <translation>
            <numerusform>Wybrano %n z {most}</numerusform>
            <numerusform>Wybrano %n z {most}</numerusform>
            <numerusform>Wybrano %n z {most}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n points</source>
        <translation>
            <numerusform>%n pkt</numerusform>
            <numerusform>%n pkt</numerusform>
            <numerusform>%n pkt</numerusform>
        </translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupy</translation>
    </message>
    <message>
        <source>Sum of the groups&apos; maxima</source>
        <translation>Suma maksimów grup</translation>
    </message>
    <message>
        <source>+ Group</source>
        <translation>+ Grupa</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Remove the selected group and its rules</source>
        <translation>Usuń zaznaczoną grupę wraz z jej regułami</translation>
    </message>
    <message>
        <source>Add a group: a Fit group scores the customer&apos;s properties, an Engagement group counts meetings, calls, e-mails and tickets.</source>
        <translation>Dodaj grupę: grupa Dopasowanie ocenia właściwości klienta, a grupa Zaangażowanie zlicza spotkania, połączenia, e-maile i zgłoszenia.</translation>
    </message>
    <message>
        <source>Group {n}</source>
        <translation>Grupa {n}</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Dopasowanie</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Zaangażowanie</translation>
    </message>
    <message>
        <source>Maxima: {n} of {total}</source>
        <translation>Maksima: {n} z {total}</translation>
    </message>
    <message>
        <source>New health profile</source>
        <translation>Nowy profil kondycji</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Zapisano wersję roboczą.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niezapisane zmiany</translation>
    </message>
    <message>
        <source>Save your changes to this profile as a draft before closing?</source>
        <translation>Zapisać zmiany w tym profilu jako wersję roboczą przed zamknięciem?</translation>
    </message>
</context>
<context>
    <name>HealthProfilesPage</name>
    <message>
        <source>A health score adds up groups of rules to a score from 0 to 100: At risk, Neutral or Healthy. Each profile scores the customers of its segments; the default profile scores everyone else. Up to {live} live and {drafts} draft profiles; edit a draft, test it on a customer, preview it, then publish.</source>
        <translation>Wskaźnik kondycji sumuje grupy reguł w wynik od 0 do 100: Zagrożony, Neutralny lub W dobrej kondycji. Każdy profil ocenia klientów ze swoich segmentów; profil domyślny ocenia wszystkich pozostałych. Maksymalnie aktywne profile: {live}, wersje robocze: {drafts}. Edytuj wersję roboczą, przetestuj ją na kliencie, obejrzyj podgląd, a następnie opublikuj.</translation>
    </message>
    <message>
        <source>New profile…</source>
        <translation>Nowy profil…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edytuj…</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Opublikuj</translation>
    </message>
    <message>
        <source>Unpublish</source>
        <translation>Cofnij publikację</translation>
    </message>
    <message>
        <source>Clone</source>
        <translation>Klonuj</translation>
    </message>
    <message>
        <source>Set as default</source>
        <translation>Ustaw jako domyślny</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Usuń…</translation>
    </message>
    <message>
        <source>Health profiles</source>
        <translation>Profile kondycji</translation>
    </message>
    <message>
        <source>No health profiles yet. Start one from a template with New profile…</source>
        <translation>Brak profili kondycji. Utwórz pierwszy z szablonu, wybierając Nowy profil…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Otwórz…</translation>
    </message>
    <message>
        <source>“{name}” is live: its customers are scored by it.</source>
        <translation>Profil „{name}” jest aktywny: ocenia swoich klientów.</translation>
    </message>
    <message>
        <source>Unpublish health profile</source>
        <translation>Cofnij publikację profilu kondycji</translation>
    </message>
    <message>
        <source>Unpublish “{name}”? Its customers stop being scored by it until it is published again.</source>
        <translation>Cofnąć publikację profilu „{name}”? Jego klienci przestaną być przez niego oceniani, dopóki nie zostanie ponownie opublikowany.</translation>
    </message>
    <message>
        <source>“{name}” is a draft again.</source>
        <translation>Profil „{name}” jest znowu wersją roboczą.</translation>
    </message>
    <message>
        <source>A draft copy of “{name}” was made.</source>
        <translation>Utworzono roboczą kopię profilu „{name}”.</translation>
    </message>
    <message>
        <source>“{name}” is the default: it scores customers in no profile&apos;s segment.</source>
        <translation>Profil „{name}” jest domyślny: ocenia klientów spoza segmentów wszystkich profili.</translation>
    </message>
    <message>
        <source>Delete health profile</source>
        <translation>Usuń profil kondycji</translation>
    </message>
    <message>
        <source>Delete “{name}”? This cannot be undone.</source>
        <translation>Usunąć profil „{name}”? Tej operacji nie można cofnąć.</translation>
    </message>
    <message>
        <source>“{name}” was deleted.</source>
        <translation>Usunięto profil „{name}”.</translation>
    </message>
</context>
<context>
    <name>HealthScoresDialog</name>
    <message>
        <source>Health scores</source>
        <translation>Wskaźniki kondycji</translation>
    </message>
</context>
<context>
    <name>HealthSummaryCard</name>
    <message>
        <source>Customer health</source>
        <translation>Kondycja klientów</translation>
    </message>
    <message>
        <source>Health profile</source>
        <translation>Profil kondycji</translation>
    </message>
    <message>
        <source>The health profile shown</source>
        <translation>Wyświetlany profil kondycji</translation>
    </message>
    <message>
        <source>Reading health scores…</source>
        <translation>Wczytywanie wskaźników kondycji…</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation>Średni wynik</translation>
    </message>
    <message>
        <source>average score</source>
        <translation>średni wynik</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Rozkład</translation>
    </message>
    <message>
        <source>Average over 12 months</source>
        <translation>Średnia z 12 miesięcy</translation>
    </message>
    <message>
        <source>No health score is set up yet. A health score shows at a glance which customers need attention, from their data and your team&apos;s activity.</source>
        <translation>Wskaźnik kondycji nie jest jeszcze skonfigurowany. Pokazuje on na pierwszy rzut oka, którzy klienci wymagają uwagi – na podstawie ich danych i aktywności Twojego zespołu.</translation>
    </message>
    <message>
        <source>Set up health scores</source>
        <translation>Skonfiguruj wskaźniki kondycji</translation>
    </message>
    <message>
        <source>Your {n} customers</source>
        <translation>Twoi klienci ({n})</translation>
    </message>
    <message>
        <source>All {n} customers</source>
        <translation>Wszyscy klienci ({n})</translation>
    </message>
    <message>
        <source>{m} scored by {profile}</source>
        <translation>Oceniani przez profil {profile}: {m}</translation>
    </message>
    <message>
        <source>{p} %</source>
        <translation>{p} %</translation>
    </message>
    <message>
        <source>1 customer</source>
        <translation>1 klient</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers</source>
        <translation>
            <numerusform>%Ln klient</numerusform>
            <numerusform>%Ln klientów</numerusform>
            <numerusform>%Ln klientów</numerusform>
        </translation>
    </message>
    <message>
        <source>{band}: {n} customers, open in Customers</source>
        <translation>{band}: klienci – {n}. Otwórz na karcie Klienci</translation>
    </message>
</context>
<context>
    <name>HistogramChart</name>
    <message>
        <source>No customers scored yet</source>
        <translation>Brak ocenionych klientów</translation>
    </message>
    <message>
        <source>Score {low}–{high}: 1 customer</source>
        <translation>Wynik {low}–{high}: 1 klient</translation>
    </message>
    <message>
        <source>Score {low}–{high}: {n} customers</source>
        <translation>Wynik {low}–{high}: {n} klientów</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Property history · {t}</source>
        <translation>Historia właściwości · {t}</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>Brak zarejestrowanych zmian.</translation>
    </message>
</context>
<context>
    <name>IcsActions</name>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Export schedule</source>
        <translation>Eksportuj harmonogram</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Pliki iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Exporting your schedule…</source>
        <translation>Eksportowanie harmonogramu…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Eksport anulowany; nie zapisano żadnego pliku.</translation>
    </message>
    <message>
        <source>The file could not be written: {e}</source>
        <translation>Nie udało się zapisać pliku: {e}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n items to {path}</source>
        <translation>
            <numerusform>Wyeksportowano %n element do pliku {path}</numerusform>
            <numerusform>Wyeksportowano %n elementy do pliku {path}</numerusform>
            <numerusform>Wyeksportowano %n elementów do pliku {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Import meetings</source>
        <translation>Importuj spotkania</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>Pliki iCalendar (*.ics);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Importowanie {name}…</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Import anulowany; nic nie zostało zaimportowane.</translation>
    </message>
    <message>
        <source>The file could not be read: {e}</source>
        <translation>Nie udało się odczytać pliku: {e}</translation>
    </message>
    <message>
        <source>Nothing was imported from {name}: {why}</source>
        <translation>Nic nie zostało zaimportowane z {name}: {why}</translation>
    </message>
    <message>
        <source>Imported {created} new and {updated} updated meetings from {name}.</source>
        <translation>Zaimportowano spotkania z {name}: nowe – {created}, zaktualizowane – {updated}.</translation>
    </message>
    <message numerus="yes">
        <source>%n items were skipped.</source>
        <translation>
            <numerusform>Pominięto %n element.</numerusform>
            <numerusform>Pominięto %n elementy.</numerusform>
            <numerusform>Pominięto %n elementów.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportLauncher</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import report</source>
        <translation>Raport importu</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Pominięto:</translation>
    </message>
    <message>
        <source>Skipped items</source>
        <translation>Pominięte elementy</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import from a CSV file</source>
        <translation>Import z pliku CSV</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>A CSV file exported from a CRM or a spreadsheet</source>
        <translation>Plik CSV wyeksportowany z CRM lub arkusza kalkulacyjnego</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Plik CSV</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>Import into</source>
        <translation>Importuj do</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolumny</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Przebieg testowy</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Step {n} of 4 · {name}</source>
        <translation>Krok {n} z 4 · {name}</translation>
    </message>
    <message>
        <source>Check rows</source>
        <translation>Sprawdź wiersze</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <source>Stopping after this batch…</source>
        <translation>Zatrzymywanie po tej partii…</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Pliki CSV (*.csv *.txt *.tsv);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Odczytywanie {file}…</translation>
    </message>
    <message>
        <source>{rows} rows · {columns} columns · encoding {encoding} · delimiter {delimiter}</source>
        <translation>Wiersze: {rows} · kolumny: {columns} · kodowanie: {encoding} · separator: {delimiter}</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n rows…</source>
        <translation>
            <numerusform>Sprawdzanie %n wiersza…</numerusform>
            <numerusform>Sprawdzanie %n wierszy…</numerusform>
            <numerusform>Sprawdzanie %n wierszy…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n will be linked to their company.</source>
        <translation>
            <numerusform>Z firmą zostanie powiązany %n rekord.</numerusform>
            <numerusform>Z firmą zostaną powiązane %n rekordy.</numerusform>
            <numerusform>Z firmą zostanie powiązanych %n rekordów.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n rows…</source>
        <translation>
            <numerusform>Importowanie %n wiersza…</numerusform>
            <numerusform>Importowanie %n wierszy…</numerusform>
            <numerusform>Importowanie %n wierszy…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected rows saved to {path}.</source>
        <translation>
            <numerusform>Zapisano %n odrzucony wiersz w pliku {path}.</numerusform>
            <numerusform>Zapisano %n odrzucone wiersze w pliku {path}.</numerusform>
            <numerusform>Zapisano %n odrzuconych wierszy w pliku {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The check was cancelled; nothing was imported.</source>
        <translation>Sprawdzanie anulowane; nic nie zostało zaimportowane.</translation>
    </message>
    <message>
        <source>All {total} rows of the file were checked; nothing is written yet.</source>
        <translation>Sprawdzono wszystkie wiersze pliku ({total}); nic nie zostało jeszcze zapisane.</translation>
    </message>
    <message>
        <source>A rejected row is not imported at all; after the import, Save rejected rows… gives them back to fix and import again.</source>
        <translation>Odrzucony wiersz nie jest w ogóle importowany; po imporcie opcja „Zapisz odrzucone wiersze…” zwraca je do poprawienia i ponownego importu.</translation>
    </message>
    <message>
        <source>Every row can be imported.</source>
        <translation>Wszystkie wiersze można zaimportować.</translation>
    </message>
    <message>
        <source>No column finds existing records: importing this file again would create its rows again.</source>
        <translation>Żadna kolumna nie wyszukuje istniejących rekordów: ponowny import tego pliku utworzy jego wiersze jeszcze raz.</translation>
    </message>
    <message>
        <source>The first {n} of {total} problems; Save rejected rows… writes them all.</source>
        <translation>Pierwsze problemy ({n} z {total}); „Zapisz odrzucone wiersze…” zapisuje wszystkie.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nic nie zostało zaimportowane.</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>Zapisz odrzucone wiersze</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <source>The file could not be written: {e}</source>
        <translation>Nie udało się zapisać pliku: {e}</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>Cofanie importu…</translation>
    </message>
</context>
<context>
    <name>LocalPersonDialog</name>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Settings (Ctrl+,)</source>
        <translation>Ustawienia (Ctrl+,)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>User menu</source>
        <translation>Menu użytkownika</translation>
    </message>
    <message>
        <source>Signed in as {name}</source>
        <translation>Zalogowano jako {name}</translation>
    </message>
    <message>
        <source>Team server: {url}</source>
        <translation>Serwer zespołu: {url}</translation>
    </message>
    <message>
        <source>Sign in as</source>
        <translation>Zaloguj jako</translation>
    </message>
    <message>
        <source>{name} can&apos;t open the Customer Success workspace.
{reason}</source>
        <translation>{name} nie może otworzyć obszaru roboczego Customer Success.
{reason}</translation>
    </message>
    <message>
        <source>Ctrl+{n}</source>
        <translation>Ctrl+{n}</translation>
    </message>
    <message>
        <source>That view no longer exists.</source>
        <translation>Ten widok już nie istnieje.</translation>
    </message>
    <message>
        <source>Team workspace</source>
        <translation>Obszar roboczy zespołu</translation>
    </message>
    <message>
        <source>A replica of {url}</source>
        <translation>Replika {url}</translation>
    </message>
    <message>
        <source>Local mode · read-only</source>
        <translation>Tryb lokalny · tylko do odczytu</translation>
    </message>
    <message>
        <source>Local mode</source>
        <translation>Tryb lokalny</translation>
    </message>
    <message>
        <source>Shared mode</source>
        <translation>Tryb współdzielony</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Stop scoring; scores stored so far are kept</source>
        <translation>Zatrzymaj ocenianie; dotychczas zapisane wyniki zostaną zachowane</translation>
    </message>
    <message>
        <source>Scoring customers…</source>
        <translation>Ocenianie klientów…</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Columns of the file</source>
        <translation>Kolumny pliku</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolumna w pliku</translation>
    </message>
    <message>
        <source>Import into</source>
        <translation>Importuj do</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Pierwsze wartości</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Sprawdzenie</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Odczytuj jako</translation>
    </message>
    <message>
        <source>Find existing records by</source>
        <translation>Wyszukuj istniejące rekordy według</translation>
    </message>
    <message>
        <source>A row whose value matches an existing record updates it instead of creating another.</source>
        <translation>Wiersz, którego wartość pasuje do istniejącego rekordu, aktualizuje go zamiast tworzyć nowy.</translation>
    </message>
    <message>
        <source>Choose what each column of {file} fills. The check reads the first {n} rows.</source>
        <translation>Wybierz, co wypełnia każda kolumna pliku {file}. Sprawdzenie obejmuje pierwsze wiersze ({n}).</translation>
    </message>
    <message>
        <source>Import “{column}” into</source>
        <translation>Importuj „{column}” do</translation>
    </message>
    <message>
        <source>Don&apos;t import</source>
        <translation>Nie importuj</translation>
    </message>
    <message>
        <source>{owner} for rows without one</source>
        <translation>{owner} dla wierszy bez tej wartości</translation>
    </message>
    <message>
        <source>Leave empty</source>
        <translation>Pozostaw puste</translation>
    </message>
    <message>
        <source>New property…</source>
        <translation>Nowa właściwość…</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Nie importowane</translation>
    </message>
    <message>
        <source>No values in the first rows</source>
        <translation>Brak wartości w pierwszych wierszach</translation>
    </message>
    <message>
        <source>{parsed} of {filled} parse</source>
        <translation>Odczytano {parsed} z {filled}</translation>
    </message>
    <message>
        <source>row {row}: {reason}</source>
        <translation>wiersz {row}: {reason}</translation>
    </message>
    <message>
        <source>Day first</source>
        <translation>Najpierw dzień</translation>
    </message>
    <message>
        <source>Decimal comma</source>
        <translation>Przecinek dziesiętny</translation>
    </message>
    <message>
        <source>Nothing: always create new records</source>
        <translation>Nic: zawsze twórz nowe rekordy</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge with another record</source>
        <translation>Scal z innym rekordem</translation>
    </message>
    <message>
        <source>The record you pick is merged into “{name}”: its associations, activities and history move here, and its values fill the properties “{name}” lacks.</source>
        <translation>Wybrany rekord zostanie scalony z rekordem „{name}”: jego powiązania, aktywności i historia zostaną tu przeniesione, a jego wartości uzupełnią właściwości, których brakuje rekordowi „{name}”.</translation>
    </message>
    <message>
        <source>Search by name or domain</source>
        <translation>Szukaj po nazwie lub domenie</translation>
    </message>
    <message>
        <source>Find the record to merge</source>
        <translation>Znajdź rekord do scalenia</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Znajdź</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Scal</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Close message</source>
        <translation>Zamknij komunikat</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n więcej</numerusform>
            <numerusform>+%n więcej</numerusform>
            <numerusform>+%n więcej</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ObjectDialog</name>
    <message>
        <source>New object</source>
        <translation>Nowy obiekt</translation>
    </message>
    <message>
        <source>Rename object</source>
        <translation>Zmień nazwę obiektu</translation>
    </message>
    <message>
        <source>Singular name</source>
        <translation>Nazwa w liczbie pojedynczej</translation>
    </message>
    <message>
        <source>e.g. Subscription</source>
        <translation>np. Subskrypcja</translation>
    </message>
    <message>
        <source>Plural name</source>
        <translation>Nazwa w liczbie mnogiej</translation>
    </message>
    <message>
        <source>e.g. Subscriptions</source>
        <translation>np. Subskrypcje</translation>
    </message>
    <message>
        <source>Records move through stages (pipelines)</source>
        <translation>Rekordy przechodzą przez etapy (lejki)</translation>
    </message>
</context>
<context>
    <name>ObjectsDialog</name>
    <message>
        <source>Objects and properties</source>
        <translation>Obiekty i właściwości</translation>
    </message>
</context>
<context>
    <name>ObjectsPage</name>
    <message>
        <source>Service object</source>
        <translation>Obiekt usługi</translation>
    </message>
    <message>
        <source>First revenue object</source>
        <translation>Pierwszy obiekt przychodów</translation>
    </message>
    <message>
        <source>Second revenue object</source>
        <translation>Drugi obiekt przychodów</translation>
    </message>
    <message>
        <source>Services are</source>
        <translation>Usługi to</translation>
    </message>
    <message>
        <source>Revenue is</source>
        <translation>Przychody to</translation>
    </message>
    <message>
        <source>then</source>
        <translation>następnie</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Save the tabs&apos; objects</source>
        <translation>Zapisz obiekty kart</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Brak</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Obiekty</translation>
    </message>
    <message>
        <source>New object…</source>
        <translation>Nowy obiekt…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Zmień nazwę…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiwizuj</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Właściwości</translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation>Lejki</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opcje</translation>
    </message>
    <message>
        <source>Add property…</source>
        <translation>Dodaj właściwość…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edytuj…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Przenieś w górę</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Przenieś w dół</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Przywróć…</translation>
    </message>
    <message>
        <source> (custom)</source>
        <translation> (niestandardowa)</translation>
    </message>
    <message>
        <source>Custom object</source>
        <translation>Obiekt niestandardowy</translation>
    </message>
    <message>
        <source>Standard object</source>
        <translation>Obiekt standardowy</translation>
    </message>
    <message>
        <source>{obj} have no stages.</source>
        <translation>{obj}: brak etapów.</translation>
    </message>
    <message>
        <source>Tend keeps this property: it cannot be archived.</source>
        <translation>Tend wymaga tej właściwości: nie można jej zarchiwizować.</translation>
    </message>
    <message>
        <source>Archive an object</source>
        <translation>Archiwizuj obiekt</translation>
    </message>
    <message>
        <source>Archive {obj}? Its records and history are kept, but it is no longer offered anywhere.</source>
        <translation>Zarchiwizować obiekt „{obj}”? Jego rekordy i historia zostaną zachowane, ale nie będzie już nigdzie dostępny.</translation>
    </message>
    <message>
        <source>Restore a property</source>
        <translation>Przywróć właściwość</translation>
    </message>
    <message>
        <source>Archived property</source>
        <translation>Zarchiwizowana właściwość</translation>
    </message>
</context>
<context>
    <name>PaintedDays</name>
    <message>
        <source>Calendar items</source>
        <translation>Elementy kalendarza</translation>
    </message>
    <message>
        <source>The arrow keys move between items; Enter opens one.</source>
        <translation>Strzałki przechodzą między elementami; Enter otwiera element.</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>cały dzień</translation>
    </message>
    <message>
        <source>More items</source>
        <translation>Więcej elementów</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>i jeszcze %n</numerusform>
            <numerusform>i jeszcze %n</numerusform>
            <numerusform>i jeszcze %n</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>{n} z {total}</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <source>Deactivated: cannot sign in or be assigned</source>
        <translation>Dezaktywowany: nie może się logować ani być przypisywany</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Brak</translation>
    </message>
    <message>
        <source>Super admin</source>
        <translation>Superadministrator</translation>
    </message>
    <message>
        <source>CS settings</source>
        <translation>Ustawienia CS</translation>
    </message>
    <message>
        <source>{team} (primary)</source>
        <translation>{team} (główny)</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Add a person</source>
        <translation>Dodaj osobę</translation>
    </message>
    <message>
        <source>Service seat (uses every tab)</source>
        <translation>Licencja Service (dostęp do wszystkich kart)</translation>
    </message>
    <message>
        <source>Manage Customer Success settings</source>
        <translation>Zarządzanie ustawieniami Customer Success</translation>
    </message>
    <message>
        <source>Super admin</source>
        <translation>Superadministrator</translation>
    </message>
    <message>
        <source>Primary team</source>
        <translation>Zespół główny</translation>
    </message>
    <message>
        <source>None (the main workspace)</source>
        <translation>Brak (główny obszar roboczy)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>PipelineEditor</name>
    <message>
        <source>Pipelines</source>
        <translation>Lejki</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Etapy</translation>
    </message>
    <message>
        <source>Required properties</source>
        <translation>Wymagane właściwości</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Dodaj…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Zmień nazwę…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiwizuj</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Zamknięty</translation>
    </message>
    <message>
        <source>Required to enter the stage</source>
        <translation>Wymagane do wejścia na etap</translation>
    </message>
    <message>
        <source>Save required</source>
        <translation>Zapisz wymagane</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Przenieś w górę</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Przenieś w dół</translation>
    </message>
    <message>
        <source>A closed stage marks won, lost or done.</source>
        <translation>Etap zamknięty oznacza wygraną, przegraną lub zakończenie.</translation>
    </message>
    <message>
        <source>CSM property</source>
        <translation>Właściwość CSM</translation>
    </message>
    <message>
        <source>Renewal date property</source>
        <translation>Właściwość daty odnowienia</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Renewal date</source>
        <translation>Data odnowienia</translation>
    </message>
    <message>
        <source>  · closed</source>
        <translation>  · zamknięty</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Usługi</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Przychody</translation>
    </message>
    <message>
        <source>In your workspace&apos;s {tab} tab</source>
        <translation>Na karcie {tab} w Twoim obszarze roboczym</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Brak</translation>
    </message>
    <message>
        <source>Add a pipeline</source>
        <translation>Dodaj lejek</translation>
    </message>
    <message>
        <source>Pipeline name</source>
        <translation>Nazwa lejka</translation>
    </message>
    <message>
        <source>Rename the pipeline</source>
        <translation>Zmień nazwę lejka</translation>
    </message>
    <message>
        <source>Add a stage</source>
        <translation>Dodaj etap</translation>
    </message>
    <message>
        <source>Stage name</source>
        <translation>Nazwa etapu</translation>
    </message>
    <message>
        <source>Rename the stage</source>
        <translation>Zmień nazwę etapu</translation>
    </message>
</context>
<context>
    <name>PipelineTab</name>
    <message>
        <source>Pipeline</source>
        <translation>Lejek</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Szukaj po nazwie</translation>
    </message>
    <message>
        <source>Search records</source>
        <translation>Szukaj rekordów</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Tablica</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabela</translation>
    </message>
    <message>
        <source>Show as {layout}</source>
        <translation>Pokaż jako: {layout}</translation>
    </message>
    <message>
        <source>Move to stage…</source>
        <translation>Przenieś do etapu…</translation>
    </message>
    <message>
        <source>Move the selected cards (Ctrl+Shift+M)</source>
        <translation>Przenieś zaznaczone karty (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>Export this view&apos;s records to a CSV file</source>
        <translation>Eksportuj rekordy z tego widoku do pliku CSV</translation>
    </message>
    <message>
        <source>Import records from a CSV file</source>
        <translation>Importuj rekordy z pliku CSV</translation>
    </message>
    <message>
        <source>{tab} tab settings</source>
        <translation>Ustawienia karty {tab}</translation>
    </message>
    <message>
        <source>Create a record</source>
        <translation>Utwórz rekord</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Rekordy</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ponów</translation>
    </message>
    <message>
        <source>No pipeline shown here holds those records.</source>
        <translation>Żaden z wyświetlanych tu lejków nie zawiera tych rekordów.</translation>
    </message>
    <message>
        <source>Showing the records of “{what}”. Choose a view to see them all again.</source>
        <translation>Wyświetlane są rekordy z „{what}”. Wybierz widok, aby znów zobaczyć wszystkie.</translation>
    </message>
    <message>
        <source>No {object} in {pipeline} yet</source>
        <translation>Brak rekordów ({object}) w lejku {pipeline}</translation>
    </message>
    <message>
        <source>Bring them in from your CRM&apos;s CSV export, or create them here: each lands in its stage of this pipeline.</source>
        <translation>Zaimportuj je z eksportu CSV z CRM lub utwórz tutaj: każdy trafi do swojego etapu w tym lejku.</translation>
    </message>
    <message>
        <source>Import {object}…</source>
        <translation>Importuj: {object}…</translation>
    </message>
    <message>
        <source>+ Create</source>
        <translation>+ Utwórz</translation>
    </message>
    <message>
        <source>No {object} match this view</source>
        <translation>Brak rekordów ({object}) pasujących do tego widoku</translation>
    </message>
    <message>
        <source>{n} in {pipeline}: the view&apos;s filters or search hide them.</source>
        <translation>W lejku {pipeline}: {n}. Ukrywają je filtry lub wyszukiwanie widoku.</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Wyczyść wyszukiwanie</translation>
    </message>
</context>
<context>
    <name>PreviewHost</name>
    <message>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Usuń…</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Actions ▾</source>
        <translation>Akcje ▾</translation>
    </message>
    <message>
        <source>Close the preview</source>
        <translation>Zamknij podgląd</translation>
    </message>
    <message>
        <source>View record</source>
        <translation>Wyświetl rekord</translation>
    </message>
    <message>
        <source>The full record with its activity timeline</source>
        <translation>Pełny rekord wraz z osią czasu aktywności</translation>
    </message>
    <message>
        <source>Back to {r}</source>
        <translation>Wróć do: {r}</translation>
    </message>
    <message>
        <source>Unfollow</source>
        <translation>Przestań obserwować</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Obserwuj</translation>
    </message>
    <message>
        <source>Property history</source>
        <translation>Historia właściwości</translation>
    </message>
    <message>
        <source>Merge with another record…</source>
        <translation>Scal z innym rekordem…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Usuń…</translation>
    </message>
    <message>
        <source>Associations</source>
        <translation>Powiązania</translation>
    </message>
    <message>
        <source>Associated {o} with {r}.</source>
        <translation>Powiązano {o} z {r}.</translation>
    </message>
    <message>
        <source>Removed {o} from {r}.</source>
        <translation>Usunięto powiązanie {o} z {r}.</translation>
    </message>
    <message>
        <source>Delete record</source>
        <translation>Usuń rekord</translation>
    </message>
    <message>
        <source>Delete “{r}”? You can restore it from Deleted records.</source>
        <translation>Usunąć „{r}”? Możesz go przywrócić z listy Usunięte rekordy.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Deleted {r}.</source>
        <translation>Usunięto: {r}.</translation>
    </message>
    <message>
        <source>This record was deleted.</source>
        <translation>Ten rekord został usunięty.</translation>
    </message>
    <message>
        <source>Before publishing, see how this draft would score every customer.</source>
        <translation>Przed publikacją sprawdź, jak ta wersja robocza oceniłaby każdego klienta.</translation>
    </message>
    <message>
        <source>Run preview</source>
        <translation>Uruchom podgląd</translation>
    </message>
    <message>
        <source>Scoring customers…</source>
        <translation>Ocenianie klientów…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Distribution of scores</source>
        <translation>Rozkład wyników</translation>
    </message>
    <message>
        <source>Run the preview to see the distribution.</source>
        <translation>Uruchom podgląd, aby zobaczyć rozkład.</translation>
    </message>
    <message>
        <source>Preview cancelled.</source>
        <translation>Podgląd anulowany.</translation>
    </message>
    <message>
        <source>No customer has a score under this draft.</source>
        <translation>Żaden klient nie ma wyniku w tej wersji roboczej.</translation>
    </message>
    <message>
        <source>Average score {n}</source>
        <translation>Średni wynik: {n}</translation>
    </message>
    <message>
        <source>1 customer would change category</source>
        <translation>1 klient zmieniłby kategorię</translation>
    </message>
    <message>
        <source>{n} customers would change category</source>
        <translation>{n} klientów zmieniłoby kategorię</translation>
    </message>
    <message>
        <source>{n} of {total} customers have no input for any group (no score).</source>
        <translation>{n} z {total} klientów nie ma danych wejściowych dla żadnej grupy (brak wyniku).</translation>
    </message>
    <message>
        <source>All {total} customers get a score.</source>
        <translation>Wszyscy klienci ({total}) otrzymują wynik.</translation>
    </message>
    <message>
        <source>Scores are not stored until the profile is published.</source>
        <translation>Wyniki nie są zapisywane, dopóki profil nie zostanie opublikowany.</translation>
    </message>
</context>
<context>
    <name>ProblemsTable</name>
    <message>
        <source>Problems</source>
        <translation>Problemy</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolumna</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>PropertyDialog</name>
    <message>
        <source>New property</source>
        <translation>Nowa właściwość</translation>
    </message>
    <message>
        <source>Edit property</source>
        <translation>Edytuj właściwość</translation>
    </message>
    <message>
        <source>Property name</source>
        <translation>Nazwa właściwości</translation>
    </message>
    <message>
        <source>e.g. Contract tier</source>
        <translation>np. Poziom umowy</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Property type</source>
        <translation>Typ właściwości</translation>
    </message>
    <message>
        <source>A property keeps its type, so its values stay valid.</source>
        <translation>Właściwość zachowuje swój typ, dzięki czemu jej wartości pozostają prawidłowe.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Klucz</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opcje</translation>
    </message>
    <message>
        <source>Options, one a line</source>
        <translation>Opcje, po jednej w wierszu</translation>
    </message>
    <message>
        <source>One option a line</source>
        <translation>Jedna opcja w wierszu</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Dodaj…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Zmień nazwę…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Przenieś w górę</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Przenieś w dół</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiwizuj</translation>
    </message>
    <message>
        <source>Add an option</source>
        <translation>Dodaj opcję</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Opcja</translation>
    </message>
    <message>
        <source>Rename an option</source>
        <translation>Zmień nazwę opcji</translation>
    </message>
    <message>
        <source>Records that hold “{old}” get the new name.</source>
        <translation>Rekordy z wartością „{old}” otrzymają nową nazwę.</translation>
    </message>
</context>
<context>
    <name>PropertyRow</name>
    <message>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <source>History of {p}</source>
        <translation>Historia: {p}</translation>
    </message>
    <message>
        <source>Edit {p}</source>
        <translation>Edytuj: {p}</translation>
    </message>
    <message>
        <source>calculated</source>
        <translation>obliczana</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>Brak zarejestrowanych zmian.</translation>
    </message>
</context>
<context>
    <name>RecordFinder</name>
    <message>
        <source>Records</source>
        <translation>Rekordy</translation>
    </message>
</context>
<context>
    <name>RecordFormDialog</name>
    <message>
        <source>Create {object}</source>
        <translation>Utwórz: {object}</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Pola oznaczone * są wymagane.</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Lejek</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Utwórz</translation>
    </message>
    <message>
        <source>{stage} needs these too:</source>
        <translation>{stage} wymaga także tych pól:</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>Activity</source>
        <translation>Aktywność</translation>
    </message>
    <message>
        <source>No activity yet.</source>
        <translation>Brak aktywności.</translation>
    </message>
</context>
<context>
    <name>RecordTestPanel</name>
    <message>
        <source>Pick a customer to see how this draft, as it is now, scores it.</source>
        <translation>Wybierz klienta, aby zobaczyć, jak ocenia go ta wersja robocza w obecnej postaci.</translation>
    </message>
    <message>
        <source>Type a customer&apos;s name or domain</source>
        <translation>Wpisz nazwę lub domenę klienta</translation>
    </message>
    <message>
        <source>Find a customer to test</source>
        <translation>Znajdź klienta do testu</translation>
    </message>
    <message>
        <source>Test again</source>
        <translation>Testuj ponownie</translation>
    </message>
    <message>
        <source>Score the customer with the draft as edited now</source>
        <translation>Oceń klienta wersją roboczą w obecnej postaci</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Score breakdown</source>
        <translation>Szczegóły wyniku</translation>
    </message>
    <message>
        <source>Group / rule</source>
        <translation>Grupa / reguła</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Rezultat</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkty</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Maks.</translation>
    </message>
    <message>
        <source>No customer picked</source>
        <translation>Nie wybrano klienta</translation>
    </message>
    <message>
        <source>Scoring {name}…</source>
        <translation>Ocenianie: {name}…</translation>
    </message>
    <message>
        <source>This customer has no input for any group, so this profile gives it no score.</source>
        <translation>Ten klient nie ma danych wejściowych dla żadnej grupy, więc ten profil nie przyznaje mu wyniku.</translation>
    </message>
    <message>
        <source>Score = the groups&apos; points (each capped at its maximum, never below 0) out of the maxima of the groups with input, scaled to 100.</source>
        <translation>Wynik = punkty grup (każda ograniczona do swojego maksimum, nigdy poniżej 0) względem sumy maksimów grup z danymi wejściowymi, przeskalowane do 100.</translation>
    </message>
    <message>
        <source>no input (weight spread)</source>
        <translation>brak danych (waga rozłożona)</translation>
    </message>
    <message>
        <source>capped at its maximum (raw {n})</source>
        <translation>ograniczono do maksimum (surowo {n})</translation>
    </message>
    <message>
        <source>floored at 0 (raw {n})</source>
        <translation>podniesiono do 0 (surowo {n})</translation>
    </message>
    <message>
        <source>of {n}</source>
        <translation>z {n}</translation>
    </message>
    <message>
        <source>✓ matched</source>
        <translation>✓ spełniona</translation>
    </message>
    <message>
        <source>✗ not matched</source>
        <translation>✗ niespełniona</translation>
    </message>
    <message>
        <source>✓ renews in the window</source>
        <translation>✓ odnowienie w przedziale czasu</translation>
    </message>
    <message>
        <source>✗ no renewal in the window</source>
        <translation>✗ brak odnowienia w przedziale czasu</translation>
    </message>
    <message>
        <source>1 meeting</source>
        <translation>1 spotkanie</translation>
    </message>
    <message>
        <source>{n} meetings</source>
        <translation>Spotkania: {n}</translation>
    </message>
    <message>
        <source>1 call</source>
        <translation>1 połączenie</translation>
    </message>
    <message>
        <source>{n} calls</source>
        <translation>Połączenia: {n}</translation>
    </message>
    <message>
        <source>1 e-mail</source>
        <translation>1 e-mail</translation>
    </message>
    <message>
        <source>{n} e-mails</source>
        <translation>E-maile: {n}</translation>
    </message>
    <message>
        <source>1 open ticket</source>
        <translation>1 otwarte zgłoszenie</translation>
    </message>
    <message>
        <source>{n} open tickets</source>
        <translation>Otwarte zgłoszenia: {n}</translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation>1 dzień temu</translation>
    </message>
    <message>
        <source>{n} days ago</source>
        <translation>{n} dni temu</translation>
    </message>
    <message>
        <source>{n} counted</source>
        <translation>Zliczono: {n}</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>New report</source>
        <translation>Nowy raport</translation>
    </message>
    <message>
        <source>Report name</source>
        <translation>Nazwa raportu</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Report on</source>
        <translation>Raport dotyczy</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Miara</translation>
    </message>
    <message>
        <source>Property to add up</source>
        <translation>Właściwość do zsumowania</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Grupuj według</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Okres</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Wykres</translation>
    </message>
    <message>
        <source>Stack by</source>
        <translation>Nakładaj według</translation>
    </message>
    <message>
        <source>stacked by</source>
        <translation>nakładane według</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtry</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Podgląd</translation>
    </message>
    <message>
        <source>Add report</source>
        <translation>Dodaj raport</translation>
    </message>
    <message>
        <source>Nothing (a single figure)</source>
        <translation>Brak (pojedyncza wartość)</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <source>{measure} of {property}</source>
        <translation>{measure}: {property}</translation>
    </message>
    <message>
        <source>{what} by {group}</source>
        <translation>{what} według: {group}</translation>
    </message>
    <message>
        <source>{name} and {stack}</source>
        <translation>{name} i {stack}</translation>
    </message>
</context>
<context>
    <name>ReportCard</name>
    <message>
        <source>Remove from the Summary</source>
        <translation>Usuń z Podsumowania</translation>
    </message>
    <message>
        <source>Remove {name} from the Summary</source>
        <translation>Usuń {name} z Podsumowania</translation>
    </message>
    <message>
        <source>This report cannot be shown: {why}</source>
        <translation>Nie można wyświetlić tego raportu: {why}</translation>
    </message>
</context>
<context>
    <name>ReportChart</name>
    <message>
        <source>No records match this report</source>
        <translation>Brak rekordów pasujących do tego raportu</translation>
    </message>
    <message>
        <source>Report table</source>
        <translation>Tabela raportu</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Rekordy</translation>
    </message>
    <message>
        <source>Q{n} {year}</source>
        <translation>Q{n} {year}</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 rekord</translation>
    </message>
    <message numerus="yes">
        <source>%Ln records</source>
        <translation>
            <numerusform>%Ln rekord</numerusform>
            <numerusform>%Ln rekordy</numerusform>
            <numerusform>%Ln rekordów</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsSection</name>
    <message>
        <source>Reports</source>
        <translation>Raporty</translation>
    </message>
    <message>
        <source>+ Add report</source>
        <translation>+ Dodaj raport</translation>
    </message>
    <message>
        <source>No reports pinned.</source>
        <translation>Brak przypiętych raportów.</translation>
    </message>
    <message>
        <source>Pin up to five reports here: customers by health, ARR by CSM, renewals…</source>
        <translation>Przypnij tu maksymalnie pięć raportów: klienci według kondycji, ARR według CSM, odnowienia…</translation>
    </message>
    <message>
        <source>The Summary shows up to five reports: remove one first.</source>
        <translation>Podsumowanie wyświetla maksymalnie pięć raportów: najpierw usuń jeden z nich.</translation>
    </message>
    <message>
        <source>Pin a ready report to your Summary</source>
        <translation>Przypnij gotowy raport do Podsumowania</translation>
    </message>
    <message>
        <source>New report…</source>
        <translation>Nowy raport…</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Save rejected rows…</source>
        <translation>Zapisz odrzucone wiersze…</translation>
    </message>
    <message>
        <source>The rows that were not imported, with their problems, to fix and import again</source>
        <translation>Wiersze, które nie zostały zaimportowane, wraz z problemami – do poprawienia i ponownego importu</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Cofnij import</translation>
    </message>
    <message>
        <source>Remove what this import created and put back what it changed</source>
        <translation>Usuń to, co utworzył ten import, i przywróć to, co zmienił</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Odrzucone wiersze</translation>
    </message>
    <message>
        <source>The import was cancelled. The rows imported before you cancelled stay; Undo import removes them.</source>
        <translation>Import został anulowany. Wiersze zaimportowane przed anulowaniem pozostają; „Cofnij import” je usuwa.</translation>
    </message>
    <message>
        <source>The import is done.</source>
        <translation>Import zakończony.</translation>
    </message>
    <message>
        <source>The rejected rows below were not imported.</source>
        <translation>Odrzucone wiersze poniżej nie zostały zaimportowane.</translation>
    </message>
    <message numerus="yes">
        <source>%n linked to their company.</source>
        <translation>
            <numerusform>Powiązano z firmą %n rekord.</numerusform>
            <numerusform>Powiązano z firmą %n rekordy.</numerusform>
            <numerusform>Powiązano z firmą %n rekordów.</numerusform>
        </translation>
    </message>
    <message>
        <source>Records without a {owner} are not in “Owned by me” views; other views show them.</source>
        <translation>Rekordy bez wartości „{owner}” nie pojawiają się w widokach „Należące do mnie”; inne widoki je pokazują.</translation>
    </message>
    <message>
        <source>New records without a {owner} in the file have {name}.</source>
        <translation>Nowe rekordy bez wartości „{owner}” w pliku otrzymują wartość {name}.</translation>
    </message>
    <message>
        <source>Undo cancelled: {removed} removed, {restored} put back so far.</source>
        <translation>Cofanie przerwane. Dotąd usunięto: {removed}, przywrócono: {restored}.</translation>
    </message>
    <message>
        <source>Import undone: {removed} removed, {restored} put back.</source>
        <translation>Import cofnięty. Usunięto: {removed}, przywrócono: {restored}.</translation>
    </message>
    <message>
        <source>{n} changed or deleted since were left as they are.</source>
        <translation>Pozostawiono bez zmian rekordy zmienione lub usunięte w międzyczasie: {n}.</translation>
    </message>
</context>
<context>
    <name>RuleCard</name>
    <message>
        <source>Rule name, e.g. “NPS of 9 or more”</source>
        <translation>Nazwa reguły, np. „NPS 9 lub więcej”</translation>
    </message>
    <message>
        <source>Rule name</source>
        <translation>Nazwa reguły</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Usuń regułę</translation>
    </message>
    <message>
        <source>Remove this rule</source>
        <translation>Usuń tę regułę</translation>
    </message>
    <message>
        <source>+ AND condition</source>
        <translation>+ Warunek ORAZ</translation>
    </message>
    <message>
        <source>Every condition must hold</source>
        <translation>Wszystkie warunki muszą być spełnione</translation>
    </message>
    <message>
        <source>Points when every condition holds</source>
        <translation>Punkty, gdy wszystkie warunki są spełnione</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkty</translation>
    </message>
    <message>
        <source>Negative points take points away</source>
        <translation>Punkty ujemne odejmują punkty</translation>
    </message>
    <message>
        <source>“{key}” is no longer a property of customers: pick another.</source>
        <translation>„{key}” nie jest już właściwością klientów: wybierz inną.</translation>
    </message>
    <message>
        <source>A rule needs at least one condition.</source>
        <translation>Reguła wymaga co najmniej jednego warunku.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Gdzie</translation>
    </message>
    <message>
        <source>and</source>
        <translation>oraz</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Zdarzenie</translation>
    </message>
    <message>
        <source>Window in days</source>
        <translation>Przedział czasu w dniach</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dni</translation>
    </message>
    <message>
        <source>Calls of at least (minutes)</source>
        <translation>Połączenia trwające co najmniej (minuty)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>In the last</source>
        <translation>W ciągu ostatnich</translation>
    </message>
    <message>
        <source>Calls of at least</source>
        <translation>Połączenia trwające co najmniej</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Zlicza</translation>
    </message>
    <message>
        <source>Points per band</source>
        <translation>Punkty za przedział</translation>
    </message>
    <message>
        <source>+ Band</source>
        <translation>+ Przedział</translation>
    </message>
    <message>
        <source>− Band</source>
        <translation>− Przedział</translation>
    </message>
    <message>
        <source>Remove the selected band</source>
        <translation>Usuń zaznaczony przedział</translation>
    </message>
    <message>
        <source>Within the next</source>
        <translation>W ciągu najbliższych</translation>
    </message>
    <message>
        <source>From (days)</source>
        <translation>Od (dni)</translation>
    </message>
    <message>
        <source>1 = renews</source>
        <translation>1 = odnawia</translation>
    </message>
    <message>
        <source>From (count)</source>
        <translation>Od (liczba)</translation>
    </message>
    <message>
        <source>Days since the customer&apos;s last activity; no activity at all is no input.</source>
        <translation>Dni od ostatniej aktywności klienta; brak jakiejkolwiek aktywności oznacza brak danych.</translation>
    </message>
    <message>
        <source>Counts 1 when the renewal date falls in the window, else 0; no renewal date is no input.</source>
        <translation>Zlicza 1, gdy data odnowienia przypada w przedziale czasu, w przeciwnym razie 0; brak daty odnowienia oznacza brak danych.</translation>
    </message>
    <message>
        <source>Tickets associated with the customer whose stage is not closed.</source>
        <translation>Zgłoszenia powiązane z klientem, których etap nie jest zamknięty.</translation>
    </message>
    <message>
        <source>The customer&apos;s logged events in the window; the highest band the count reaches gives its points.</source>
        <translation>Zarejestrowane zdarzenia klienta w przedziale czasu; najwyższy przedział, jaki osiąga ich liczba, przyznaje swoje punkty.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
</context>
<context>
    <name>SavedViewState</name>
    <message>
        <source>· Unsaved</source>
        <translation>· Niezapisany</translation>
    </message>
    <message>
        <source>This view has changes: Save view keeps them, Reset drops them.</source>
        <translation>Ten widok ma zmiany: „Zapisz widok” je zachowa, „Resetuj” je odrzuci.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Resetuj</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Zapisz widok</translation>
    </message>
    <message>
        <source>Use “+ Create view” to keep these changes as a new view.</source>
        <translation>Użyj „+ Utwórz widok”, aby zachować te zmiany jako nowy widok.</translation>
    </message>
</context>
<context>
    <name>ScheduleModel</name>
    <message>
        <source>{day} · all day</source>
        <translation>{day} · cały dzień</translation>
    </message>
    <message>
        <source>{first} – {last} · all day</source>
        <translation>{first} – {last} · cały dzień</translation>
    </message>
    <message>
        <source>{day} · due {time}</source>
        <translation>{day} · termin {time}</translation>
    </message>
</context>
<context>
    <name>ScheduleTab</name>
    <message>
        <source>Calendar view</source>
        <translation>Widok kalendarza</translation>
    </message>
    <message>
        <source>Day (D), week (W) or month (M)</source>
        <translation>Dzień (D), tydzień (W) lub miesiąc (M)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Dzisiaj</translation>
    </message>
    <message>
        <source>Go to today (T)</source>
        <translation>Przejdź do dzisiaj (T)</translation>
    </message>
    <message>
        <source>Previous (Ctrl+Left)</source>
        <translation>Poprzedni (Ctrl+Left)</translation>
    </message>
    <message>
        <source>Next (Ctrl+Right)</source>
        <translation>Następny (Ctrl+Right)</translation>
    </message>
    <message>
        <source>Shown dates</source>
        <translation>Wyświetlane daty</translation>
    </message>
    <message>
        <source>Hide weekends</source>
        <translation>Ukryj weekendy</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Strefa czasowa</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importuj…</translation>
    </message>
    <message>
        <source>Import meetings from an iCalendar (.ics) file</source>
        <translation>Importuj spotkania z pliku iCalendar (.ics)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksportuj…</translation>
    </message>
    <message>
        <source>Export your schedule to an iCalendar (.ics) file</source>
        <translation>Eksportuj harmonogram do pliku iCalendar (.ics)</translation>
    </message>
    <message>
        <source>Show times in another time zone; yours is {zone}</source>
        <translation>Pokaż godziny w innej strefie czasowej; Twoja to {zone}</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Pokaż</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Spotkania</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Zadania</translation>
    </message>
    <message>
        <source>You meet today</source>
        <translation>Twoje dzisiejsze spotkania</translation>
    </message>
    <message>
        <source>Contacts you meet today</source>
        <translation>Kontakty, z którymi spotykasz się dzisiaj</translation>
    </message>
    <message>
        <source>No contacts to meet today.</source>
        <translation>Brak kontaktów do spotkania dzisiaj.</translation>
    </message>
    <message>
        <source>Task marked complete.</source>
        <translation>Zadanie oznaczono jako ukończone.</translation>
    </message>
    <message>
        <source>Task marked incomplete.</source>
        <translation>Zadanie oznaczono jako nieukończone.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>Customers settings · {ws}</source>
        <translation>Ustawienia klientów · {ws}</translation>
    </message>
    <message>
        <source>Customer object</source>
        <translation>Obiekt klienta</translation>
    </message>
    <message>
        <source>CSM property</source>
        <translation>Właściwość CSM</translation>
    </message>
    <message>
        <source>Renewal date property</source>
        <translation>Właściwość daty odnowienia</translation>
    </message>
    <message>
        <source>Customers are</source>
        <translation>Klienci to</translation>
    </message>
    <message>
        <source>Renewal date</source>
        <translation>Data odnowienia</translation>
    </message>
    <message>
        <source>{tab} tab…</source>
        <translation>Karta {tab}…</translation>
    </message>
    <message>
        <source>Tab settings</source>
        <translation>Ustawienia kart</translation>
    </message>
    <message>
        <source>Objects and properties…</source>
        <translation>Obiekty i właściwości…</translation>
    </message>
    <message>
        <source>Team workspaces…</source>
        <translation>Obszary robocze zespołów…</translation>
    </message>
    <message>
        <source>Health scores…</source>
        <translation>Wskaźniki kondycji…</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Obszar roboczy</translation>
    </message>
    <message>
        <source>Users &amp;&amp; teams…</source>
        <translation>Użytkownicy &amp;&amp; zespoły…</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>Customer health</source>
        <translation>Kondycja klientów</translation>
    </message>
    <message>
        <source>Import records from a CSV file</source>
        <translation>Importuj rekordy z pliku CSV</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importuj CSV…</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dane</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation>Serwer zespołu</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Wygląd</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>As my locale ({language})</source>
        <translation>Zgodnie z ustawieniami regionalnymi ({language})</translation>
    </message>
    <message>
        <source>This workspace is a replica of {url}</source>
        <translation>Ten obszar roboczy jest repliką {url}</translation>
    </message>
    <message>
        <source>Connect to a team server…</source>
        <translation>Połącz z serwerem zespołu…</translation>
    </message>
    <message>
        <source>Download your team&apos;s workspace into a new file and work in it</source>
        <translation>Pobierz obszar roboczy zespołu do nowego pliku i pracuj w nim</translation>
    </message>
    <message>
        <source>Backups of this workspace file</source>
        <translation>Kopie zapasowe tego pliku obszaru roboczego</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Kopie zapasowe</translation>
    </message>
    <message>
        <source>No backups yet: Tend takes one every day.</source>
        <translation>Brak kopii zapasowych: Tend tworzy jedną codziennie.</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Przywróć…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Przywróć kopię zapasową</translation>
    </message>
    <message>
        <source>Replace the workspace with the backup of {when}?

Tend first backs up the workspace as it is now, so this can be undone by restoring that backup.</source>
        <translation>Zastąpić obszar roboczy kopią zapasową z {when}?

Tend najpierw utworzy kopię zapasową obecnego stanu obszaru roboczego, więc możesz to cofnąć, przywracając tę kopię.</translation>
    </message>
    <message>
        <source>The backup was not restored: {why}</source>
        <translation>Nie przywrócono kopii zapasowej: {why}</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Brak</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Skróty klawiaturowe</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Wszędzie</translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message>
        <source>Create a record in {stage}</source>
        <translation>Utwórz rekord w etapie {stage}</translation>
    </message>
</context>
<context>
    <name>StageMoving</name>
    <message>
        <source>Move to {stage}</source>
        <translation>Przenieś do etapu {stage}</translation>
    </message>
    <message>
        <source>Select a card to move first.</source>
        <translation>Najpierw zaznacz kartę do przeniesienia.</translation>
    </message>
</context>
<context>
    <name>StageValuesDialog</name>
    <message>
        <source>Move to {stage}</source>
        <translation>Przenieś do etapu {stage}</translation>
    </message>
    <message>
        <source>{stage} needs these before a record can enter it.</source>
        <translation>Etap {stage} wymaga tych wartości, zanim rekord będzie mógł do niego trafić.</translation>
    </message>
    <message>
        <source>{p} is required.</source>
        <translation>Pole {p} jest wymagane.</translation>
    </message>
</context>
<context>
    <name>StatusPill</name>
    <message>
        <source>Health status: {s}</source>
        <translation>Kondycja: {s}</translation>
    </message>
</context>
<context>
    <name>SummaryTab</name>
    <message>
        <source>Back to my Summary</source>
        <translation>Wróć do mojego Podsumowania</translation>
    </message>
    <message>
        <source>My Summary</source>
        <translation>Moje Podsumowanie</translation>
    </message>
    <message>
        <source>Viewing: {name}</source>
        <translation>Wyświetlane: {name}</translation>
    </message>
    <message>
        <source>See the Summary as another user</source>
        <translation>Zobacz Podsumowanie jako inny użytkownik</translation>
    </message>
    <message>
        <source>{name} (you)</source>
        <translation>{name} (Ty)</translation>
    </message>
    <message>
        <source>You are viewing the Summary of {name}, as they see it. Nothing here can be changed for them.</source>
        <translation>Wyświetlasz Podsumowanie użytkownika {name} w takiej postaci, w jakiej widzi je ta osoba. Niczego nie można tu zmienić w jej imieniu.</translation>
    </message>
    <message>
        <source>{name}&apos;s customers</source>
        <translation>Klienci użytkownika {name}</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>przed chwilą</translation>
    </message>
    <message>
        <source>{n} min ago</source>
        <translation>{n} min temu</translation>
    </message>
    <message>
        <source>{n} h ago</source>
        <translation>{n} godz. temu</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Cały dzień</translation>
    </message>
    <message>
        <source>Hello, {name}</source>
        <translation>Witaj, {name}</translation>
    </message>
    <message>
        <source>{name}&apos;s day</source>
        <translation>Plan dnia: {name}</translation>
    </message>
    <message>
        <source>Tasks due today</source>
        <translation>Zadania na dziś</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Zaległe zadania</translation>
    </message>
    <message>
        <source>Tasks due tomorrow</source>
        <translation>Zadania na jutro</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerty</translation>
    </message>
    <message>
        <source>No alerts. A customer whose health changes band shows up here.</source>
        <translation>Brak alertów. Pojawi się tu klient, którego kondycja zmieni kategorię.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>i jeszcze %n</numerusform>
            <numerusform>i jeszcze %n</numerusform>
            <numerusform>i jeszcze %n</numerusform>
        </translation>
    </message>
    <message>
        <source>View more</source>
        <translation>Zobacz więcej</translation>
    </message>
    <message>
        <source>View more: Alerts</source>
        <translation>Zobacz więcej: Alerty</translation>
    </message>
    <message>
        <source>Task progress</source>
        <translation>Postęp zadań</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Na dziś</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Zaległe</translation>
    </message>
    <message>
        <source>Task progress: {which}</source>
        <translation>Postęp zadań: {which}</translation>
    </message>
    <message>
        <source>{done} of {total} overdue tasks done today</source>
        <translation>Zaległe zadania wykonane dzisiaj: {done} z {total}</translation>
    </message>
    <message>
        <source>No overdue tasks</source>
        <translation>Brak zaległych zadań</translation>
    </message>
    <message>
        <source>{done} of {total} tasks due today done</source>
        <translation>Wykonane zadania na dziś: {done} z {total}</translation>
    </message>
    <message>
        <source>No tasks due today</source>
        <translation>Brak zadań na dziś</translation>
    </message>
    <message>
        <source>Nothing here. Nice work.</source>
        <translation>Nic tu nie ma. Dobra robota.</translation>
    </message>
    <message>
        <source>View more: {list}</source>
        <translation>Zobacz więcej: {list}</translation>
    </message>
    <message>
        <source>Today&apos;s schedule</source>
        <translation>Dzisiejszy harmonogram</translation>
    </message>
    <message>
        <source>Nothing scheduled today.</source>
        <translation>Nic nie zaplanowano na dziś.</translation>
    </message>
    <message>
        <source>Task · all day</source>
        <translation>Zadanie · cały dzień</translation>
    </message>
    <message>
        <source>Task · due {time}</source>
        <translation>Zadanie · termin {time}</translation>
    </message>
    <message>
        <source>with {names}</source>
        <translation>z udziałem: {names}</translation>
    </message>
    <message>
        <source>Start meeting</source>
        <translation>Rozpocznij spotkanie</translation>
    </message>
    <message>
        <source>Start meeting: {t}</source>
        <translation>Rozpocznij spotkanie: {t}</translation>
    </message>
    <message>
        <source>View in Schedule</source>
        <translation>Wyświetl w Harmonogramie</translation>
    </message>
    <message>
        <source>That item is no longer on today&apos;s schedule.</source>
        <translation>Tego elementu nie ma już w dzisiejszym harmonogramie.</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>Sync status</source>
        <translation>Stan synchronizacji</translation>
    </message>
    <message>
        <source>Values of yours that a teammate&apos;s later edit replaced, or that the team server refused. Each record&apos;s Property history shows them, with Put back.</source>
        <translation>Twoje wartości, które zastąpiła późniejsza edycja członka zespołu lub które odrzucił serwer zespołu. Historia właściwości każdego rekordu pokazuje je wraz z opcją Przywróć.</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchronizuj teraz</translation>
    </message>
    <message>
        <source>Send your changes and fetch the team&apos;s now</source>
        <translation>Wyślij teraz swoje zmiany i pobierz zmiany zespołu</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Zaloguj się…</translation>
    </message>
    <message>
        <source>1 change waiting</source>
        <translation>1 zmiana oczekuje</translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes waiting</source>
        <translation>
            <numerusform>%Ln zmiana oczekuje</numerusform>
            <numerusform>%Ln zmiany oczekują</numerusform>
            <numerusform>%Ln zmian oczekuje</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflicts</source>
        <translation>
            <numerusform>%Ln konflikt</numerusform>
            <numerusform>%Ln konflikty</numerusform>
            <numerusform>%Ln konfliktów</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronizowanie…</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Zsynchronizowano</translation>
    </message>
    <message>
        <source>Offline since {time}</source>
        <translation>Offline od {time}</translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation>Wymagane logowanie</translation>
    </message>
    <message>
        <source>Last synced at {time}</source>
        <translation>Ostatnia synchronizacja: {time}</translation>
    </message>
    <message>
        <source>1 conflict</source>
        <translation>1 konflikt</translation>
    </message>
    <message>
        <source>The team server refused a change: {why}</source>
        <translation>Serwer zespołu odrzucił zmianę: {why}</translation>
    </message>
    <message>
        <source>Password for {url}</source>
        <translation>Hasło do {url}</translation>
    </message>
    <message>
        <source>Sign in to the team server</source>
        <translation>Zaloguj się do serwera zespołu</translation>
    </message>
</context>
<context>
    <name>TabHeader</name>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Szukaj (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>TabSettingsDialog</name>
    <message>
        <source>{tab} tab settings</source>
        <translation>Ustawienia karty {tab}</translation>
    </message>
    <message>
        <source>Show the {tab} tab</source>
        <translation>Pokaż kartę {tab}</translation>
    </message>
    <message>
        <source>Pipelines shown</source>
        <translation>Wyświetlane lejki</translation>
    </message>
    <message>
        <source>Default pipeline</source>
        <translation>Domyślny lejek</translation>
    </message>
    <message>
        <source>Default layout</source>
        <translation>Domyślny układ</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Tablica</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabela</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>New health profile</source>
        <translation>Nowy profil kondycji</translation>
    </message>
    <message>
        <source>Start from a template</source>
        <translation>Zacznij od szablonu</translation>
    </message>
    <message>
        <source>A template fills in groups and rules over your customers&apos; standard properties and activities; change anything before you publish.</source>
        <translation>Szablon wypełnia grupy i reguły na podstawie standardowych właściwości i aktywności Twoich klientów; przed publikacją możesz zmienić wszystko.</translation>
    </message>
    <message>
        <source>Start from scratch</source>
        <translation>Zacznij od zera</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Utwórz</translation>
    </message>
</context>
<context>
    <name>ThresholdBar</name>
    <message>
        <source>At risk</source>
        <translation>Zagrożony</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutralny</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>W dobrej kondycji</translation>
    </message>
</context>
<context>
    <name>TileCard</name>
    <message>
        <source>Arrange {name}</source>
        <translation>Rozmieść: {name}</translation>
    </message>
    <message>
        <source>Wider</source>
        <translation>Szerszy</translation>
    </message>
    <message>
        <source>Narrower</source>
        <translation>Węższy</translation>
    </message>
    <message>
        <source>Taller</source>
        <translation>Wyższy</translation>
    </message>
    <message>
        <source>Shorter</source>
        <translation>Niższy</translation>
    </message>
    <message>
        <source>Remove from the dashboard</source>
        <translation>Usuń z pulpitu</translation>
    </message>
    <message>
        <source>Drag to move this report</source>
        <translation>Przeciągnij, aby przenieść ten raport</translation>
    </message>
    <message>
        <source>This report cannot be shown: {why}</source>
        <translation>Nie można wyświetlić tego raportu: {why}</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <source>Time</source>
        <translation>Godzina</translation>
    </message>
    <message>
        <source>A time such as 3:30 PM, 3pm or 15:30</source>
        <translation>Godzina, np. 15:30, 3:30 PM lub 3pm</translation>
    </message>
</context>
<context>
    <name>TimeGrid</name>
    <message>
        <source>+{n}</source>
        <translation>+{n}</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>No score history yet</source>
        <translation>Brak historii wyników</translation>
    </message>
    <message>
        <source>{date}: {score} ({status})</source>
        <translation>{date}: {score} ({status})</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Zamknij komunikat</translation>
    </message>
</context>
<context>
    <name>UsersTeamsDialog</name>
    <message>
        <source>Users &amp; teams</source>
        <translation>Użytkownicy i zespoły</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation>Dodaj osobę…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Service seat (uses every tab)</source>
        <translation>Licencja Service (dostęp do wszystkich kart)</translation>
    </message>
    <message>
        <source>Manage Customer Success settings</source>
        <translation>Zarządzanie ustawieniami Customer Success</translation>
    </message>
    <message>
        <source>Super admin</source>
        <translation>Superadministrator</translation>
    </message>
    <message>
        <source>Active (can sign in)</source>
        <translation>Aktywny (może się logować)</translation>
    </message>
    <message>
        <source>Primary team</source>
        <translation>Zespół główny</translation>
    </message>
    <message>
        <source>Other teams</source>
        <translation>Inne zespoły</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>No one selected</source>
        <translation>Nikogo nie wybrano</translation>
    </message>
    <message>
        <source>None (the main workspace)</source>
        <translation>Brak (główny obszar roboczy)</translation>
    </message>
</context>
<context>
    <name>ViewCardWidget</name>
    <message>
        <source>Drag to reorder the cards</source>
        <translation>Przeciągnij, aby zmienić kolejność kart</translation>
    </message>
    <message numerus="yes">
        <source>%n customers</source>
        <translation>
            <numerusform>%n klient</numerusform>
            <numerusform>%n klientów</numerusform>
            <numerusform>%n klientów</numerusform>
        </translation>
    </message>
    <message>
        <source>View records</source>
        <translation>Wyświetl rekordy</translation>
    </message>
    <message>
        <source>View records: {name}</source>
        <translation>Wyświetl rekordy: {name}</translation>
    </message>
</context>
<context>
    <name>ViewFormDialog</name>
    <message>
        <source>e.g. Renewals this quarter</source>
        <translation>np. Odnowienia w tym kwartale</translation>
    </message>
    <message>
        <source>View name</source>
        <translation>Nazwa widoku</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Private: only you</source>
        <translation>Prywatny: tylko Ty</translation>
    </message>
    <message>
        <source>Everyone in the workspace</source>
        <translation>Wszyscy w obszarze roboczym</translation>
    </message>
    <message>
        <source>Share with</source>
        <translation>Udostępnij</translation>
    </message>
    <message>
        <source>Set as default and feature on the Summary</source>
        <translation>Ustaw jako domyślny i wyróżnij w Podsumowaniu</translation>
    </message>
    <message>
        <source>What this view shows</source>
        <translation>Co pokazuje ten widok</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
</context>
<context>
    <name>ViewSidebar</name>
    <message>
        <source>Views</source>
        <translation>Widoki</translation>
    </message>
    <message>
        <source>Collapse the views</source>
        <translation>Zwiń widoki</translation>
    </message>
    <message>
        <source>Collapse or expand the views</source>
        <translation>Zwiń lub rozwiń widoki</translation>
    </message>
    <message>
        <source>+ Create view</source>
        <translation>+ Utwórz widok</translation>
    </message>
    <message>
        <source>Deleted records…</source>
        <translation>Usunięte rekordy…</translation>
    </message>
    <message>
        <source>Records that were deleted, to restore them</source>
        <translation>Rekordy, które zostały usunięte – aby je przywrócić</translation>
    </message>
    <message>
        <source>Default view: featured on the Summary</source>
        <translation>Widok domyślny: wyróżniony w Podsumowaniu</translation>
    </message>
    <message>
        <source>Default view</source>
        <translation>Widok domyślny</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Prywatny</translation>
    </message>
    <message>
        <source>Actions for {name}</source>
        <translation>Akcje dla: {name}</translation>
    </message>
    <message>
        <source>Remove as default</source>
        <translation>Usuń jako domyślny</translation>
    </message>
    <message>
        <source>Set as default</source>
        <translation>Ustaw jako domyślny</translation>
    </message>
    <message>
        <source>Edit view</source>
        <translation>Edytuj widok</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Usuń widok</translation>
    </message>
    <message>
        <source>Create view</source>
        <translation>Utwórz widok</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>Menu bar</source>
        <translation>Pasek menu</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importuj CSV…</translation>
    </message>
    <message>
        <source>Export this view…</source>
        <translation>Eksportuj ten widok…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchronizuj teraz</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Ustawienia…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Znajdź</translation>
    </message>
    <message>
        <source>Command palette…</source>
        <translation>Paleta poleceń…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Pełny ekran</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>P&amp;rzejdź</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Skróty klawiaturowe</translation>
    </message>
    <message>
        <source>About Tend</source>
        <translation>O programie Tend</translation>
    </message>
</context>
<context>
    <name>WorkspacesDialog</name>
    <message>
        <source>Team workspaces</source>
        <translation>Obszary robocze zespołów</translation>
    </message>
</context>
<context>
    <name>WorkspacesPage</name>
    <message>
        <source>Besides the main workspace, up to {n} team workspaces. A user sees the workspace of their primary team, otherwise the main one.</source>
        <translation>Oprócz głównego obszaru roboczego można utworzyć do {n} obszarów roboczych zespołów. Użytkownik widzi obszar roboczy swojego zespołu głównego, a w przeciwnym razie – główny.</translation>
    </message>
    <message>
        <source>Team workspaces</source>
        <translation>Obszary robocze zespołów</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Nowy obszar roboczy</translation>
    </message>
    <message>
        <source>Workspace name</source>
        <translation>Nazwa obszaru roboczego</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Zespoły</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Usuń…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>There can be at most {n} team workspaces.</source>
        <translation>Limit obszarów roboczych zespołów: {n}.</translation>
    </message>
    <message>
        <source>  · in {ws}</source>
        <translation>  · w obszarze {ws}</translation>
    </message>
    <message>
        <source>Team workspace {n}</source>
        <translation>Obszar roboczy zespołu {n}</translation>
    </message>
</context>
<context>
    <name>_Donut</name>
    <message>
        <source>Donut chart</source>
        <translation>Wykres pierścieniowy</translation>
    </message>
</context>
</TS>
