<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>es al menos</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>es como máximo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Customers scored</source>
        <translation>Clientes puntuados</translation>
    </message>
    <message>
        <source>Last edited</source>
        <translation>Última edición</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>Draft of a live profile</source>
        <translation>Borrador de un perfil publicado</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <source>Tend could not finish what you asked. Nothing else was changed.</source>
        <translation>Tend no pudo completar lo que pediste. No se cambió nada más.</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>Ir a</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>pestaña</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Move the selected cards</source>
        <translation>Mover las tarjetas seleccionadas</translation>
    </message>
    <message>
        <source>Undo the last move</source>
        <translation>Deshacer el último movimiento</translation>
    </message>
    <message>
        <source>Redo the move</source>
        <translation>Rehacer el movimiento</translation>
    </message>
    <message>
        <source>Create task</source>
        <translation>Crear tarea</translation>
    </message>
    <message>
        <source>Undo the last bulk action</source>
        <translation>Deshacer la última acción masiva</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>to-do</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>Create customer</source>
        <translation>Crear cliente</translation>
    </message>
    <message>
        <source>record</source>
        <translation>registro</translation>
    </message>
    <message>
        <source>Create dashboard</source>
        <translation>Crear panel</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Objects and properties</source>
        <translation>Objetos y propiedades</translation>
    </message>
    <message>
        <source>Health scores</source>
        <translation>Puntuaciones de salud</translation>
    </message>
    <message>
        <source>Team workspaces</source>
        <translation>Espacios de trabajo de equipo</translation>
    </message>
    <message>
        <source>Services tab settings</source>
        <translation>Configuración de la pestaña Servicios</translation>
    </message>
    <message>
        <source>Revenue tab settings</source>
        <translation>Configuración de la pestaña Ingresos</translation>
    </message>
    <message>
        <source>Users &amp; teams</source>
        <translation>Usuarios y equipos</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edición</translation>
    </message>
    <message>
        <source>Stage move</source>
        <translation>Cambio de etapa</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <source>Bulk action</source>
        <translation>Acción masiva</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusión</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Datos de demostración</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurado</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ver</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportando</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Associated record</source>
        <translation>Registro asociado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>To-do</source>
        <translation>Por hacer</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Permisos</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Equipos</translation>
    </message>
    <message>
        <source>+ Create</source>
        <translation>+ Crear</translation>
    </message>
    <message>
        <source>Pipeline (by name)</source>
        <translation>Pipeline (por nombre)</translation>
    </message>
    <message>
        <source>Stage (by name)</source>
        <translation>Etapa (por nombre)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Company, found by domain</source>
        <translation>Empresa, buscada por dominio</translation>
    </message>
    <message>
        <source>Company, found by name</source>
        <translation>Empresa, buscada por nombre</translation>
    </message>
    <message>
        <source>Company, found by source record ID</source>
        <translation>Empresa, buscada por ID del registro de origen</translation>
    </message>
    <message>
        <source>Source record ID</source>
        <translation>ID del registro de origen</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Saludable</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 registro</translation>
    </message>
    <message numerus="yes">
        <source>%Ln records</source>
        <translation>
            <numerusform>%Ln registro</numerusform>
            <numerusform>%Ln registros</numerusform>
        </translation>
    </message>
    <message>
        <source>Single-line text</source>
        <translation>Texto de una línea</translation>
    </message>
    <message>
        <source>Multi-line text</source>
        <translation>Texto de varias líneas</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation>Opción única</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>Opción múltiple</translation>
    </message>
    <message>
        <source>Checkbox</source>
        <translation>Casilla de verificación</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>From associations (read-only)</source>
        <translation>De asociaciones (solo lectura)</translation>
    </message>
    <message>
        <source>The name is at most {longest} characters.</source>
        <translation>El nombre puede tener como máximo {longest} caracteres.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Title *</source>
        <translation>Título *</translation>
    </message>
    <message>
        <source>Associated records</source>
        <translation>Registros asociados</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Recuento</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Suma</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Mínimo</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Máximo</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Por semana</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Por mes</translation>
    </message>
    <message>
        <source>By quarter</source>
        <translation>Por trimestre</translation>
    </message>
    <message>
        <source>Bar</source>
        <translation>Barras</translation>
    </message>
    <message>
        <source>Stacked bar</source>
        <translation>Barras apiladas</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <source>Donut</source>
        <translation>Anillo</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Single number</source>
        <translation>Una sola cifra</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Negocios</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Suscripciones</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>Paneles</translation>
    </message>
    <message>
        <source>Enter the note.</source>
        <translation>Introduce la nota.</translation>
    </message>
    <message>
        <source>Enter a subject.</source>
        <translation>Introduce un asunto.</translation>
    </message>
    <message>
        <source>Enter the call&apos;s length in whole minutes.</source>
        <translation>Introduce la duración de la llamada en minutos enteros.</translation>
    </message>
    <message>
        <source>A call lasts between 0 and 1,440 minutes.</source>
        <translation>Una llamada dura entre 0 y 1440 minutos.</translation>
    </message>
    <message>
        <source>Enter what the call was about.</source>
        <translation>Indica de qué trató la llamada.</translation>
    </message>
    <message>
        <source>Enter a title.</source>
        <translation>Introduce un título.</translation>
    </message>
    <message>
        <source>“{text}” is not a date (YYYY-MM-DD, optionally HH:MM).</source>
        <translation>“{text}” no es una fecha (AAAA-MM-DD y, opcionalmente, HH:MM).</translation>
    </message>
    <message>
        <source>“{text}” is not a date and time (YYYY-MM-DD HH:MM).</source>
        <translation>“{text}” no es una fecha y hora (AAAA-MM-DD HH:MM).</translation>
    </message>
    <message>
        <source>Enter the meeting&apos;s length in minutes.</source>
        <translation>Introduce la duración de la reunión en minutos.</translation>
    </message>
    <message>
        <source>A meeting lasts between 1 and 1,440 minutes.</source>
        <translation>Una reunión dura entre 1 y 1440 minutos.</translation>
    </message>
    <message>
        <source>A meeting link starts with https://</source>
        <translation>Un enlace de reunión empieza por https://</translation>
    </message>
    <message>
        <source>A record cannot be associated with itself.</source>
        <translation>Un registro no se puede asociar consigo mismo.</translation>
    </message>
    <message>
        <source>{name} is already associated.</source>
        <translation>Ya existe una asociación con {name}.</translation>
    </message>
    <message>
        <source>These records are not associated any more.</source>
        <translation>Estos registros ya no están asociados.</translation>
    </message>
    <message>
        <source>records</source>
        <translation>registros</translation>
    </message>
    <message>
        <source>The number of open {objects}, from the record&apos;s associations.</source>
        <translation>El número de {objects} sin cerrar, según las asociaciones del registro.</translation>
    </message>
    <message>
        <source>The number of associated {objects}, from the record&apos;s associations.</source>
        <translation>El número de {objects} en las asociaciones del registro.</translation>
    </message>
    <message>
        <source>The total amount of open {objects}, from the record&apos;s associations.</source>
        <translation>El importe total de {objects} sin cerrar, según las asociaciones del registro.</translation>
    </message>
    <message>
        <source>The total amount of associated {objects}, from the record&apos;s associations.</source>
        <translation>El importe total de {objects} en las asociaciones del registro.</translation>
    </message>
    <message>
        <source>Only the first {n} cards of a column can be arranged.</source>
        <translation>Solo se pueden ordenar las primeras {n} tarjetas de una columna.</translation>
    </message>
    <message>
        <source>There is no {object} pipeline “{pipeline}”.</source>
        <translation>No hay ningún pipeline “{pipeline}” de {object}.</translation>
    </message>
    <message>
        <source>“{stage}” is not a stage of the {pipeline} pipeline.</source>
        <translation>“{stage}” no es una etapa del pipeline {pipeline}.</translation>
    </message>
    <message>
        <source>“{stage}” is not a stage of any {object} pipeline.</source>
        <translation>“{stage}” no es una etapa de ningún pipeline de {object}.</translation>
    </message>
    <message>
        <source>“{stage}” is a stage of several pipelines: map a Pipeline column.</source>
        <translation>“{stage}” es una etapa de varios pipelines: asigna una columna a Pipeline.</translation>
    </message>
    <message>
        <source>There is no object “{key}”.</source>
        <translation>No existe el objeto “{key}”.</translation>
    </message>
    <message>
        <source>{objects} cannot be imported from a CSV file yet.</source>
        <translation>Todavía no se pueden importar {objects} desde un archivo CSV.</translation>
    </message>
    <message>
        <source>{field} is kept by Tend itself and is not imported.</source>
        <translation>Tend gestiona {field} por sí mismo, así que no se importa.</translation>
    </message>
    <message>
        <source>Tend keeps its own create and activity dates.</source>
        <translation>Tend gestiona sus propias fechas de creación y de actividad.</translation>
    </message>
    <message>
        <source>Another column already fills this property.</source>
        <translation>Otra columna ya rellena esta propiedad.</translation>
    </message>
    <message>
        <source>No sample parses: {reason}</source>
        <translation>Ninguna muestra es válida: {reason}</translation>
    </message>
    <message>
        <source>“{text}” is not a stage of any {object} pipeline.</source>
        <translation>“{text}” no es una etapa de ningún pipeline de {object}.</translation>
    </message>
    <message>
        <source>“{field}” is not a property of {objects}.</source>
        <translation>“{field}” no es una propiedad de {objects}.</translation>
    </message>
    <message>
        <source>This file is not a text (CSV) file.</source>
        <translation>Este archivo no es un archivo de texto (CSV).</translation>
    </message>
    <message>
        <source>The file could not be read: {reason}.</source>
        <translation>No se pudo leer el archivo: {reason}.</translation>
    </message>
    <message>
        <source>This file is empty.</source>
        <translation>Este archivo está vacío.</translation>
    </message>
    <message>
        <source>This file is not readable as {encoding}.</source>
        <translation>Este archivo no se puede leer como {encoding}.</translation>
    </message>
    <message>
        <source>The file has no header row naming its columns.</source>
        <translation>El archivo no tiene una fila de encabezado con los nombres de sus columnas.</translation>
    </message>
    <message>
        <source>This file is not readable as CSV: {reason}.</source>
        <translation>Este archivo no se puede leer como CSV: {reason}.</translation>
    </message>
    <message>
        <source>The file&apos;s first row has empty column names: no header.</source>
        <translation>La primera fila del archivo tiene nombres de columna vacíos: no hay encabezado.</translation>
    </message>
    <message>
        <source>The file&apos;s first row holds values, not column names: it has no header.</source>
        <translation>La primera fila del archivo contiene valores, no nombres de columna: no tiene encabezado.</translation>
    </message>
    <message>
        <source>Import problem</source>
        <translation>Problema de importación</translation>
    </message>
    <message>
        <source>“{column}”: {field} is not something to import into.</source>
        <translation>“{column}”: no se puede importar en {field}.</translation>
    </message>
    <message>
        <source>Two columns fill {field}.</source>
        <translation>Dos columnas rellenan {field}.</translation>
    </message>
    <message>
        <source>No column holds the key {key}.</source>
        <translation>Ninguna columna contiene la clave {key}.</translation>
    </message>
    <message>
        <source>{key} is not a user property to fill.</source>
        <translation>{key} no es una propiedad de usuario que se pueda rellenar.</translation>
    </message>
    <message>
        <source>The owner for rows without one is not an active user.</source>
        <translation>El propietario para las filas que no lo tienen no es un usuario activo.</translation>
    </message>
    <message>
        <source>Row {row} of this file has the same value.</source>
        <translation>La fila {row} de este archivo tiene el mismo valor.</translation>
    </message>
    <message>
        <source>{n} {object} records have this value.</source>
        <translation>{n} registros de {object} tienen este valor.</translation>
    </message>
    <message>
        <source>No company has “{text}”.</source>
        <translation>Ninguna empresa tiene “{text}”.</translation>
    </message>
    <message>
        <source>{n} companies have “{text}”.</source>
        <translation>{n} empresas tienen “{text}”.</translation>
    </message>
    <message>
        <source>A {object} needs a {field}.</source>
        <translation>Un registro de {object} necesita {field}.</translation>
    </message>
    <message>
        <source>{field} is required to enter its stage.</source>
        <translation>{field} es obligatorio para entrar en su etapa.</translation>
    </message>
    <message>
        <source>Moving a record to another pipeline needs its stage too.</source>
        <translation>Para mover un registro a otro pipeline también se necesita su etapa.</translation>
    </message>
    <message>
        <source>Row {row}: {reasons}</source>
        <translation>Fila {row}: {reasons}</translation>
    </message>
    <message>
        <source>“{text}” is not a number.</source>
        <translation>“{text}” no es un número.</translation>
    </message>
    <message>
        <source>“{text}” is not a finite number.</source>
        <translation>“{text}” no es un número finito.</translation>
    </message>
    <message>
        <source>“{text}” is not an amount.</source>
        <translation>“{text}” no es un importe.</translation>
    </message>
    <message>
        <source>“{text}” is not a valid date.</source>
        <translation>“{text}” no es una fecha válida.</translation>
    </message>
    <message>
        <source>“{text}” is not a date.</source>
        <translation>“{text}” no es una fecha.</translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation>día/mes/año</translation>
    </message>
    <message>
        <source>month/day/year</source>
        <translation>mes/día/año</translation>
    </message>
    <message>
        <source>“{text}” is not a valid date ({order}).</source>
        <translation>“{text}” no es una fecha válida ({order}).</translation>
    </message>
    <message>
        <source>“{text}” is not a date and time.</source>
        <translation>“{text}” no es una fecha y hora.</translation>
    </message>
    <message>
        <source>“{text}” is not a valid time.</source>
        <translation>“{text}” no es una hora válida.</translation>
    </message>
    <message>
        <source>“{text}” is not yes or no.</source>
        <translation>“{text}” no es ni sí ni no.</translation>
    </message>
    <message>
        <source>“{text}” is not one of {field}&apos;s options ({shown}).</source>
        <translation>“{text}” no es una de las opciones de {field} ({shown}).</translation>
    </message>
    <message>
        <source>No active user has the e-mail or name “{text}”.</source>
        <translation>Ningún usuario activo tiene el correo electrónico o el nombre “{text}”.</translation>
    </message>
    <message>
        <source>{field} is computed by Tend and cannot be imported.</source>
        <translation>Tend calcula {field}, así que no se puede importar.</translation>
    </message>
    <message>
        <source>Tick “I confirm users will have view access” first.</source>
        <translation>Marca primero “Confirmo que los usuarios tendrán acceso de lectura”.</translation>
    </message>
    <message>
        <source>This dashboard is not on your workspace&apos;s Dashboards tab.</source>
        <translation>Este panel no está en la pestaña Paneles de tu espacio de trabajo.</translation>
    </message>
    <message>
        <source>This dashboard was deleted.</source>
        <translation>Este panel se eliminó.</translation>
    </message>
    <message>
        <source>This dashboard is assigned to teams you are not in.</source>
        <translation>Este panel está asignado a equipos de los que no formas parte.</translation>
    </message>
    <message>
        <source>Choose the teams that may see it.</source>
        <translation>Elige los equipos que pueden verlo.</translation>
    </message>
    <message>
        <source>One of those teams no longer exists.</source>
        <translation>Uno de esos equipos ya no existe.</translation>
    </message>
    <message>
        <source>That dashboard is on this tab already.</source>
        <translation>Ese panel ya está en esta pestaña.</translation>
    </message>
    <message>
        <source>Give the dashboard a name.</source>
        <translation>Ponle un nombre al panel.</translation>
    </message>
    <message>
        <source>That dashboard was deleted.</source>
        <translation>Ese panel se eliminó.</translation>
    </message>
    <message>
        <source>That dashboard is no longer on this tab.</source>
        <translation>Ese panel ya no está en esta pestaña.</translation>
    </message>
    <message>
        <source>That report is no longer on the dashboard.</source>
        <translation>Ese informe ya no está en el panel.</translation>
    </message>
    <message>
        <source>A report is 1 to {columns} columns wide and 1 to {rows} rows tall.</source>
        <translation>Un informe ocupa de 1 a {columns} columnas de ancho y de 1 a {rows} filas de alto.</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} o {second}</translation>
    </message>
    <message>
        <source>The year needs two or four digits.</source>
        <translation>El año necesita dos o cuatro dígitos.</translation>
    </message>
    <message>
        <source>“{text}” is not a date. {detail} Write {hint}.</source>
        <translation>“{text}” no es una fecha. {detail} Escribe {hint}.</translation>
    </message>
    <message>
        <source>“{text}” is not a date. Write {hint}.</source>
        <translation>“{text}” no es una fecha. Escribe {hint}.</translation>
    </message>
    <message>
        <source>“{text}” is not a date on the calendar. Write {hint}.</source>
        <translation>“{text}” no es una fecha que exista en el calendario. Escribe {hint}.</translation>
    </message>
    <message>
        <source>“{text}” is not a time. Write {hint}.</source>
        <translation>“{text}” no es una hora. Escribe {hint}.</translation>
    </message>
    <message>
        <source>“{text}” needs a time too, such as {hint}.</source>
        <translation>“{text}” también necesita una hora, como {hint}.</translation>
    </message>
    <message>
        <source>“{text}” is not a date and time. Write {example}.</source>
        <translation>“{text}” no es una fecha y hora. Escribe {example}.</translation>
    </message>
    <message>
        <source>The demo is generated into a local database file.</source>
        <translation>La demostración se genera en un archivo de base de datos local.</translation>
    </message>
    <message>
        <source>The demo needs at least one company.</source>
        <translation>La demostración necesita al menos una empresa.</translation>
    </message>
    <message>
        <source>The demo has names for at most {n} companies.</source>
        <translation>La demostración tiene nombres para {n} empresas como máximo.</translation>
    </message>
    <message>
        <source>This database already has a workspace; choose a new file.</source>
        <translation>Esta base de datos ya tiene un espacio de trabajo; elige un archivo nuevo.</translation>
    </message>
    <message>
        <source>People and settings</source>
        <translation>Personas y configuración</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>E-mail opened</source>
        <translation>Correo abierto</translation>
    </message>
    <message>
        <source>E-mail clicked</source>
        <translation>Clic en un correo</translation>
    </message>
    <message>
        <source>E-mail replied</source>
        <translation>Correo respondido</translation>
    </message>
    <message>
        <source>Form submitted</source>
        <translation>Formulario enviado</translation>
    </message>
    <message>
        <source>Page visited</source>
        <translation>Página visitada</translation>
    </message>
    <message>
        <source>Meeting booked</source>
        <translation>Reunión reservada</translation>
    </message>
    <message>
        <source>Enrolled in sequence</source>
        <translation>Inscrito en una secuencia</translation>
    </message>
    <message>
        <source>Finished sequence</source>
        <translation>Secuencia terminada</translation>
    </message>
    <message>
        <source>Unenrolled from sequence</source>
        <translation>Dado de baja de una secuencia</translation>
    </message>
    <message>
        <source>This notification is in another CSM&apos;s feed.</source>
        <translation>Esta notificación está en la actividad de otro CSM.</translation>
    </message>
    <message>
        <source>That notification was already deleted.</source>
        <translation>Esa notificación ya se eliminó.</translation>
    </message>
    <message>
        <source>This health profile no longer exists.</source>
        <translation>Este perfil de salud ya no existe.</translation>
    </message>
    <message>
        <source>Choose what the group scores.</source>
        <translation>Elige qué puntúa el grupo.</translation>
    </message>
    <message>
        <source>Name the profile.</source>
        <translation>Ponle un nombre al perfil.</translation>
    </message>
    <message>
        <source>A profile&apos;s name has at most {n} characters.</source>
        <translation>El nombre de un perfil tiene como máximo {n} caracteres.</translation>
    </message>
    <message>
        <source>Name the group.</source>
        <translation>Ponle un nombre al grupo.</translation>
    </message>
    <message>
        <source>A group&apos;s name has at most {n} characters.</source>
        <translation>El nombre de un grupo tiene como máximo {n} caracteres.</translation>
    </message>
    <message>
        <source>{name}: add at least one rule.</source>
        <translation>{name}: añade al menos una regla.</translation>
    </message>
    <message>
        <source>Name the rule.</source>
        <translation>Ponle un nombre a la regla.</translation>
    </message>
    <message>
        <source>A rule&apos;s name has at most {n} characters.</source>
        <translation>El nombre de una regla tiene como máximo {n} caracteres.</translation>
    </message>
    <message>
        <source>A profile applies to at most {n} segments.</source>
        <translation>Un perfil se aplica como máximo a {n} segmentos.</translation>
    </message>
    <message>
        <source>A segment is listed twice.</source>
        <translation>Un segmento aparece dos veces.</translation>
    </message>
    <message>
        <source>A segment&apos;s saved view no longer exists.</source>
        <translation>La vista guardada de un segmento ya no existe.</translation>
    </message>
    <message>
        <source>“{name}” is not a saved view of Customers.</source>
        <translation>“{name}” no es una vista guardada de Clientes.</translation>
    </message>
    <message>
        <source>A live profile is already named “{name}”.</source>
        <translation>Ya hay un perfil publicado llamado “{name}”.</translation>
    </message>
    <message>
        <source>“{view}” is already the segment of “{profile}”.</source>
        <translation>“{view}” ya es el segmento de “{profile}”.</translation>
    </message>
    <message>
        <source>This health profile&apos;s workspace no longer exists.</source>
        <translation>El espacio de trabajo de este perfil de salud ya no existe.</translation>
    </message>
    <message>
        <source>This profile is a draft already.</source>
        <translation>Este perfil ya es un borrador.</translation>
    </message>
    <message>
        <source>This is the default profile, the one customers in no segment get: make another live profile the default before unpublishing it.</source>
        <translation>Este es el perfil predeterminado, el que reciben los clientes que no están en ningún segmento: haz que otro perfil publicado sea el predeterminado antes de despublicarlo.</translation>
    </message>
    <message>
        <source>Only a live profile is edited through a draft.</source>
        <translation>Solo los perfiles publicados se editan mediante un borrador.</translation>
    </message>
    <message>
        <source>This is the default profile, the one customers in no segment get: make another live profile the default before deleting it.</source>
        <translation>Este es el perfil predeterminado, el que reciben los clientes que no están en ningún segmento: haz que otro perfil publicado sea el predeterminado antes de eliminarlo.</translation>
    </message>
    <message>
        <source>Only a live profile can be the default.</source>
        <translation>Solo un perfil publicado puede ser el predeterminado.</translation>
    </message>
    <message>
        <source>{what}: enter a whole number.</source>
        <translation>{what}: introduce un número entero.</translation>
    </message>
    <message>
        <source>{what}: between {low} and {high}.</source>
        <translation>{what}: entre {low} y {high}.</translation>
    </message>
    <message>
        <source>At risk up to</source>
        <translation>En riesgo hasta</translation>
    </message>
    <message>
        <source>Neutral up to</source>
        <translation>Neutral hasta</translation>
    </message>
    <message>
        <source>Neutral must end above where At risk ends.</source>
        <translation>Neutral debe terminar por encima de donde termina En riesgo.</translation>
    </message>
    <message>
        <source>Add at least one group.</source>
        <translation>Añade al menos un grupo.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>{name}&apos;s maximum</source>
        <translation>Máximo de {name}</translation>
    </message>
    <message>
        <source>The groups&apos; maxima add up to {total}; they must add up to 100.</source>
        <translation>Los máximos de los grupos suman {total}; deben sumar 100.</translation>
    </message>
    <message>
        <source>{what}: add at least one band.</source>
        <translation>{what}: añade al menos un tramo.</translation>
    </message>
    <message>
        <source>{what}: a band is a lowest count and its points.</source>
        <translation>{what}: un tramo es un recuento mínimo y sus puntos.</translation>
    </message>
    <message>
        <source>{what}: a band&apos;s lowest count</source>
        <translation>{what}: el recuento mínimo de un tramo</translation>
    </message>
    <message>
        <source>{what}: a band&apos;s points</source>
        <translation>{what}: los puntos de un tramo</translation>
    </message>
    <message>
        <source>{what}: the bands&apos; lowest counts must rise.</source>
        <translation>{what}: los recuentos mínimos de los tramos deben ser crecientes.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>{what}: the rule is not readable.</source>
        <translation>{what}: no se puede leer la regla.</translation>
    </message>
    <message>
        <source>{what}: add at least one condition.</source>
        <translation>{what}: añade al menos una condición.</translation>
    </message>
    <message>
        <source>{what}: a condition needs a property.</source>
        <translation>{what}: una condición necesita una propiedad.</translation>
    </message>
    <message>
        <source>{what}: a rule gives or takes some points.</source>
        <translation>{what}: una regla suma o resta puntos.</translation>
    </message>
    <message>
        <source>{what}: “{event}” is not an event Tend counts.</source>
        <translation>{what}: “{event}” no es un evento que Tend cuente.</translation>
    </message>
    <message>
        <source>{what}: the window</source>
        <translation>{what}: el período</translation>
    </message>
    <message>
        <source>{what}: only calls have a length.</source>
        <translation>{what}: solo las llamadas tienen duración.</translation>
    </message>
    <message>
        <source>{what}: the length</source>
        <translation>{what}: la duración</translation>
    </message>
    <message>
        <source>A workspace has at most {n} live health profiles; this is one more.</source>
        <translation>Un espacio de trabajo admite como máximo {n} perfiles de salud publicados; este superaría el límite.</translation>
    </message>
    <message>
        <source>A workspace has at most {n} draft health profiles; this is one more.</source>
        <translation>Un espacio de trabajo admite como máximo {n} perfiles de salud en borrador; este superaría el límite.</translation>
    </message>
    <message>
        <source>This alert no longer exists.</source>
        <translation>Esta alerta ya no existe.</translation>
    </message>
    <message>
        <source>This alert is another user&apos;s: only they can dismiss it.</source>
        <translation>Esta alerta es de otro usuario: solo esa persona puede descartarla.</translation>
    </message>
    <message>
        <source>(No title)</source>
        <translation>(Sin título)</translation>
    </message>
    <message>
        <source>tasks in calendar files are not imported</source>
        <translation>las tareas de los archivos de calendario no se importan</translation>
    </message>
    <message>
        <source>was cancelled</source>
        <translation>se canceló</translation>
    </message>
    <message>
        <source>repeats more than {n} times in the days shown; the first {n} were imported</source>
        <translation>se repite más de {n} veces en los días mostrados; solo se importaron las {n} primeras</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>This is not an iCalendar (.ics) file: it has no BEGIN:VCALENDAR line.</source>
        <translation>Este no es un archivo iCalendar (.ics): no tiene ninguna línea BEGIN:VCALENDAR.</translation>
    </message>
    <message>
        <source>This iCalendar file cannot be read: {reason}</source>
        <translation>No se puede leer este archivo iCalendar: {reason}</translation>
    </message>
    <message>
        <source>The calendar in this file is incomplete: it has no END:VCALENDAR line (was the file cut short?).</source>
        <translation>El calendario de este archivo está incompleto: no tiene ninguna línea END:VCALENDAR (¿se cortó el archivo?).</translation>
    </message>
    <message>
        <source>the value of {name}</source>
        <translation>el valor de {name}</translation>
    </message>
    <message>
        <source>a line</source>
        <translation>una línea</translation>
    </message>
    <message>
        <source>{item}: {where} cannot be read ({reason}).</source>
        <translation>{item}: no se puede leer {where} ({reason}).</translation>
    </message>
    <message>
        <source>{title} on {day} (UID {uid})</source>
        <translation>{title} el {day} (UID {uid})</translation>
    </message>
    <message>
        <source>{title} on {day}</source>
        <translation>{title} el {day}</translation>
    </message>
    <message>
        <source>{title} (UID {uid})</source>
        <translation>{title} (UID {uid})</translation>
    </message>
    <message>
        <source>The calendar</source>
        <translation>El calendario</translation>
    </message>
    <message>
        <source>A {kind} in {item}</source>
        <translation>Un componente {kind} en {item}</translation>
    </message>
    <message>
        <source>its repeat rule cannot be worked out ({reason})</source>
        <translation>no se puede interpretar su regla de repetición ({reason})</translation>
    </message>
    <message>
        <source>has no start time</source>
        <translation>no tiene hora de inicio</translation>
    </message>
    <message>
        <source>its time zone “{zone}” is unknown</source>
        <translation>su zona horaria “{zone}” es desconocida</translation>
    </message>
    <message>
        <source>its times cannot be used ({reason})</source>
        <translation>sus horas no se pueden usar ({reason})</translation>
    </message>
    <message>
        <source>ends before it starts</source>
        <translation>termina antes de empezar</translation>
    </message>
    <message>
        <source>is already on your calendar, organized by {name}</source>
        <translation>ya está en tu calendario; organizador: {name}</translation>
    </message>
    <message>
        <source>Choose another record to merge with.</source>
        <translation>Elige otro registro con el que fusionar.</translation>
    </message>
    <message>
        <source>Only records of the same object can be merged.</source>
        <translation>Solo se pueden fusionar registros del mismo objeto.</translation>
    </message>
    <message>
        <source>Enter the singular name.</source>
        <translation>Introduce el nombre en singular.</translation>
    </message>
    <message>
        <source>The singular name must be a single line.</source>
        <translation>El nombre en singular debe tener una sola línea.</translation>
    </message>
    <message>
        <source>The singular name is longer than {n} characters.</source>
        <translation>El nombre en singular tiene más de {n} caracteres.</translation>
    </message>
    <message>
        <source>Enter the plural name.</source>
        <translation>Introduce el nombre en plural.</translation>
    </message>
    <message>
        <source>The plural name must be a single line.</source>
        <translation>El nombre en plural debe tener una sola línea.</translation>
    </message>
    <message>
        <source>The plural name is longer than {n} characters.</source>
        <translation>El nombre en plural tiene más de {n} caracteres.</translation>
    </message>
    <message>
        <source>Enter the property name.</source>
        <translation>Introduce el nombre de la propiedad.</translation>
    </message>
    <message>
        <source>The property name must be a single line.</source>
        <translation>El nombre de la propiedad debe tener una sola línea.</translation>
    </message>
    <message>
        <source>The property name is longer than {n} characters.</source>
        <translation>El nombre de la propiedad tiene más de {n} caracteres.</translation>
    </message>
    <message>
        <source>Enter the option.</source>
        <translation>Introduce la opción.</translation>
    </message>
    <message>
        <source>The option must be a single line.</source>
        <translation>La opción debe tener una sola línea.</translation>
    </message>
    <message>
        <source>The option is longer than {n} characters.</source>
        <translation>La opción tiene más de {n} caracteres.</translation>
    </message>
    <message>
        <source>That object no longer exists.</source>
        <translation>Ese objeto ya no existe.</translation>
    </message>
    <message>
        <source>That property no longer exists.</source>
        <translation>Esa propiedad ya no existe.</translation>
    </message>
    <message>
        <source>There already is an object called “{objects}”.</source>
        <translation>Ya existe un objeto llamado “{objects}”.</translation>
    </message>
    <message>
        <source>{objects} is a standard object: it keeps its name.</source>
        <translation>{objects} es un objeto estándar: conserva su nombre.</translation>
    </message>
    <message>
        <source>the customer object of “{name}”</source>
        <translation>el objeto de cliente de “{name}”</translation>
    </message>
    <message>
        <source>the service object of “{name}”</source>
        <translation>el objeto de servicio de “{name}”</translation>
    </message>
    <message>
        <source>a revenue object of “{name}”</source>
        <translation>un objeto de ingresos de “{name}”</translation>
    </message>
    <message>
        <source>{objects} is a standard object: it cannot be archived.</source>
        <translation>{objects} es un objeto estándar: no se puede archivar.</translation>
    </message>
    <message>
        <source>{objects} is {uses}: choose another object there first.</source>
        <translation>{objects} es {uses}: elige primero otro objeto allí.</translation>
    </message>
    <message>
        <source>{objects} already have a property called “{field}”.</source>
        <translation>{objects} ya tienen una propiedad llamada “{field}”.</translation>
    </message>
    <message>
        <source>Two options are called “{text}”.</source>
        <translation>Dos opciones se llaman “{text}”.</translation>
    </message>
    <message>
        <source>Choose a property type.</source>
        <translation>Elige un tipo de propiedad.</translation>
    </message>
    <message>
        <source>A choice property needs at least one option.</source>
        <translation>Una propiedad de opciones necesita al menos una opción.</translation>
    </message>
    <message>
        <source>Only choice properties have options.</source>
        <translation>Solo las propiedades de opciones tienen opciones.</translation>
    </message>
    <message>
        <source>A currency is a three-letter code such as USD.</source>
        <translation>Una moneda es un código de tres letras, como USD.</translation>
    </message>
    <message>
        <source>Give every property once to reorder them.</source>
        <translation>Indica cada propiedad una sola vez para reordenarlas.</translation>
    </message>
    <message>
        <source>the CSM property of “{name}”</source>
        <translation>la propiedad de CSM de “{name}”</translation>
    </message>
    <message>
        <source>the renewal date of “{name}”</source>
        <translation>la fecha de renovación de “{name}”</translation>
    </message>
    <message>
        <source>the services&apos; CSM property of “{name}”</source>
        <translation>la propiedad de CSM de los servicios de “{name}”</translation>
    </message>
    <message>
        <source>the services&apos; renewal date of “{name}”</source>
        <translation>la fecha de renovación de los servicios de “{name}”</translation>
    </message>
    <message>
        <source>a revenue setting of “{name}”</source>
        <translation>un ajuste de ingresos de “{name}”</translation>
    </message>
    <message>
        <source>“{field}” is kept by Tend: it cannot be archived.</source>
        <translation>Tend necesita “{field}”: no se puede archivar.</translation>
    </message>
    <message>
        <source>“{field}” is {uses}: choose another there first.</source>
        <translation>“{field}” es {uses}: elige primero otra propiedad allí.</translation>
    </message>
    <message>
        <source>That property was archived.</source>
        <translation>Esa propiedad se archivó.</translation>
    </message>
    <message>
        <source>“{field}” is not a choice property.</source>
        <translation>“{field}” no es una propiedad de opciones.</translation>
    </message>
    <message>
        <source>“{field}” already has the option “{text}”.</source>
        <translation>“{field}” ya tiene la opción “{text}”.</translation>
    </message>
    <message>
        <source>That option no longer exists.</source>
        <translation>Esa opción ya no existe.</translation>
    </message>
    <message>
        <source>Give every option once to reorder them.</source>
        <translation>Indica cada opción una sola vez para reordenarlas.</translation>
    </message>
    <message>
        <source>“{field}” keeps at least one option.</source>
        <translation>“{field}” debe conservar al menos una opción.</translation>
    </message>
    <message>
        <source>This user is deactivated.</source>
        <translation>Este usuario está desactivado.</translation>
    </message>
    <message>
        <source>You don&apos;t have access to the Customer Success workspace.</source>
        <translation>No tienes acceso al espacio de trabajo de Customer Success.</translation>
    </message>
    <message>
        <source>The Customer Success workspace needs a service seat. Ask an admin for one.</source>
        <translation>El espacio de trabajo de Customer Success necesita una licencia de servicio. Pide una a un administrador.</translation>
    </message>
    <message>
        <source>Without a service seat you can use the Summary tab only. Ask an admin for a seat.</source>
        <translation>Sin una licencia de servicio solo puedes usar la pestaña Resumen. Pide una licencia a un administrador.</translation>
    </message>
    <message>
        <source>Only super admins and users with Manage CS settings can change settings.</source>
        <translation>Solo los superadministradores y los usuarios con el permiso Gestionar la configuración de CS pueden cambiar la configuración.</translation>
    </message>
    <message>
        <source>Managing Customer Success settings needs a service seat.</source>
        <translation>Gestionar la configuración de Customer Success requiere una licencia de servicio.</translation>
    </message>
    <message>
        <source>Only super admins and users with Manage CS settings can share a view with Everyone.</source>
        <translation>Solo los superadministradores y los usuarios con el permiso Gestionar la configuración de CS pueden compartir una vista con todos.</translation>
    </message>
    <message>
        <source>Only super admins and users with Manage CS settings can set or remove default views.</source>
        <translation>Solo los superadministradores y los usuarios con el permiso Gestionar la configuración de CS pueden establecer o quitar vistas predeterminadas.</translation>
    </message>
    <message>
        <source>Only super admins and users with Manage CS settings can edit or delete shared views.</source>
        <translation>Solo los superadministradores y los usuarios con el permiso Gestionar la configuración de CS pueden editar o eliminar vistas compartidas.</translation>
    </message>
    <message>
        <source>Only the person who made this private view can edit it.</source>
        <translation>Solo la persona que creó esta vista privada puede editarla.</translation>
    </message>
    <message>
        <source>Only the person who made this private view can delete it.</source>
        <translation>Solo la persona que creó esta vista privada puede eliminarla.</translation>
    </message>
    <message>
        <source>Only super admins and users with Manage CS settings can see the workspace as another user.</source>
        <translation>Solo los superadministradores y los usuarios con el permiso Gestionar la configuración de CS pueden ver el espacio de trabajo como otro usuario.</translation>
    </message>
    <message>
        <source>Only super admins and users with Manage CS settings can reorder Summary cards.</source>
        <translation>Solo los superadministradores y los usuarios con el permiso Gestionar la configuración de CS pueden reordenar las tarjetas del Resumen.</translation>
    </message>
    <message>
        <source>Built-in views cannot be edited. Create a view of your own.</source>
        <translation>Las vistas integradas no se pueden editar. Crea una vista propia.</translation>
    </message>
    <message>
        <source>Creating or editing a health score needs a service seat.</source>
        <translation>Crear o editar una puntuación de salud requiere una licencia de servicio.</translation>
    </message>
    <message>
        <source>Only super admins and users with Manage CS settings can create or edit health scores.</source>
        <translation>Solo los superadministradores y los usuarios con el permiso Gestionar la configuración de CS pueden crear o editar puntuaciones de salud.</translation>
    </message>
    <message>
        <source>This workspace was deleted.</source>
        <translation>Este espacio de trabajo se eliminó.</translation>
    </message>
    <message>
        <source>You are not in the “{name}” workspace: it is another team&apos;s.</source>
        <translation>No perteneces al espacio de trabajo “{name}”: es de otro equipo.</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Super admin</source>
        <translation>Superadministrador</translation>
    </message>
    <message>
        <source>CSM</source>
        <translation>CSM</translation>
    </message>
    <message>
        <source>manages CS settings</source>
        <translation>gestiona la configuración de CS</translation>
    </message>
    <message>
        <source>no seat</source>
        <translation>sin licencia</translation>
    </message>
    <message>
        <source>no workspace access</source>
        <translation>sin acceso al espacio de trabajo</translation>
    </message>
    <message>
        <source>Only super admins can manage users and teams.</source>
        <translation>Solo los superadministradores pueden gestionar usuarios y equipos.</translation>
    </message>
    <message>
        <source>Enter the pipeline name.</source>
        <translation>Introduce el nombre del pipeline.</translation>
    </message>
    <message>
        <source>The pipeline name must be a single line.</source>
        <translation>El nombre del pipeline debe tener una sola línea.</translation>
    </message>
    <message>
        <source>The pipeline name is longer than {n} characters.</source>
        <translation>El nombre del pipeline tiene más de {n} caracteres.</translation>
    </message>
    <message>
        <source>Enter the stage name.</source>
        <translation>Introduce el nombre de la etapa.</translation>
    </message>
    <message>
        <source>The stage name must be a single line.</source>
        <translation>El nombre de la etapa debe tener una sola línea.</translation>
    </message>
    <message>
        <source>The stage name is longer than {n} characters.</source>
        <translation>El nombre de la etapa tiene más de {n} caracteres.</translation>
    </message>
    <message>
        <source>That pipeline no longer exists.</source>
        <translation>Ese pipeline ya no existe.</translation>
    </message>
    <message>
        <source>That stage no longer exists.</source>
        <translation>Esa etapa ya no existe.</translation>
    </message>
    <message>
        <source>{objects} have no stages.</source>
        <translation>{objects} no tienen etapas.</translation>
    </message>
    <message>
        <source>{objects} already have a pipeline “{name}”.</source>
        <translation>{objects} ya tienen un pipeline “{name}”.</translation>
    </message>
    <message>
        <source>A pipeline needs at least one stage.</source>
        <translation>Un pipeline necesita al menos una etapa.</translation>
    </message>
    <message>
        <source>Two stages have the same name.</source>
        <translation>Dos etapas tienen el mismo nombre.</translation>
    </message>
    <message>
        <source>Give every pipeline once to reorder them.</source>
        <translation>Indica cada pipeline una sola vez para reordenarlos.</translation>
    </message>
    <message>
        <source>{objects} keep at least one pipeline.</source>
        <translation>{objects} deben conservar al menos un pipeline.</translation>
    </message>
    <message>
        <source>{n} records are in “{name}”: move them to another first.</source>
        <translation>Hay {n} registros en “{name}”: muévelos primero a otro pipeline.</translation>
    </message>
    <message>
        <source>“{pipeline}” already has a stage “{stage}”.</source>
        <translation>“{pipeline}” ya tiene una etapa “{stage}”.</translation>
    </message>
    <message>
        <source>Give every stage once to reorder them.</source>
        <translation>Indica cada etapa una sola vez para reordenarlas.</translation>
    </message>
    <message>
        <source>“{name}” keeps at least one stage.</source>
        <translation>“{name}” debe conservar al menos una etapa.</translation>
    </message>
    <message>
        <source>{n} records are in “{name}”: move them to another stage first.</source>
        <translation>Hay {n} registros en “{name}”: muévelos primero a otra etapa.</translation>
    </message>
    <message>
        <source>A stage requires editable properties of its object.</source>
        <translation>Una etapa solo puede exigir propiedades editables de su objeto.</translation>
    </message>
    <message>
        <source>That stage does not exist.</source>
        <translation>Esa etapa no existe.</translation>
    </message>
    <message>
        <source>That stage is not in the record&apos;s pipeline.</source>
        <translation>Esa etapa no está en el pipeline del registro.</translation>
    </message>
    <message>
        <source>{field}: expects text.</source>
        <translation>{field}: se espera texto.</translation>
    </message>
    <message>
        <source>{field}: cannot hold a NUL character.</source>
        <translation>{field}: no puede contener un carácter NUL.</translation>
    </message>
    <message>
        <source>{field}: holds a character that is not valid Unicode.</source>
        <translation>{field}: contiene un carácter que no es Unicode válido.</translation>
    </message>
    <message>
        <source>{field}: must be a single line.</source>
        <translation>{field}: debe tener una sola línea.</translation>
    </message>
    <message>
        <source>{field}: is longer than {n} characters.</source>
        <translation>{field}: tiene más de {n} caracteres.</translation>
    </message>
    <message>
        <source>Write 12345.5.</source>
        <translation>Escribe 12345.5.</translation>
    </message>
    <message>
        <source>Write {grouped} or {plain}.</source>
        <translation>Escribe {grouped} o {plain}.</translation>
    </message>
    <message>
        <source>{field}: “{text}” is not a number. {hint}</source>
        <translation>{field}: “{text}” no es un número. {hint}</translation>
    </message>
    <message>
        <source>{field}: “{text}” is not an amount. {hint}</source>
        <translation>{field}: “{text}” no es un importe. {hint}</translation>
    </message>
    <message>
        <source>{field}: expects a finite number.</source>
        <translation>{field}: se espera un número finito.</translation>
    </message>
    <message>
        <source>{field}: expects a finite amount.</source>
        <translation>{field}: se espera un importe finito.</translation>
    </message>
    <message>
        <source>{field}: expects a number.</source>
        <translation>{field}: se espera un número.</translation>
    </message>
    <message>
        <source>{field}: expects an amount.</source>
        <translation>{field}: se espera un importe.</translation>
    </message>
    <message>
        <source>{field}: must be less than {n} in size.</source>
        <translation>{field}: debe ser menor que {n} en valor absoluto.</translation>
    </message>
    <message>
        <source>{field}: has more than {n} significant digits.</source>
        <translation>{field}: tiene más de {n} dígitos significativos.</translation>
    </message>
    <message>
        <source>{field}: is too small to keep.</source>
        <translation>{field}: el valor es demasiado pequeño para guardarlo.</translation>
    </message>
    <message>
        <source>{field}: has more than two decimal places.</source>
        <translation>{field}: tiene más de dos decimales.</translation>
    </message>
    <message>
        <source>{field}: expects a date without a time.</source>
        <translation>{field}: se espera una fecha sin hora.</translation>
    </message>
    <message>
        <source>{field}: expects a date.</source>
        <translation>{field}: se espera una fecha.</translation>
    </message>
    <message>
        <source>{field}: must be between {first} and {last}.</source>
        <translation>{field}: debe estar entre {first} y {last}.</translation>
    </message>
    <message>
        <source>{field}: “{text}” is not a valid date (YYYY-MM-DD).</source>
        <translation>{field}: “{text}” no es una fecha válida (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>{field}: {detail}</source>
        <translation>{field}: {detail}</translation>
    </message>
    <message>
        <source>{field}: expects a date and time.</source>
        <translation>{field}: se espera una fecha y hora.</translation>
    </message>
    <message>
        <source>{field}: needs a time zone.</source>
        <translation>{field}: necesita una zona horaria.</translation>
    </message>
    <message>
        <source>{field}: must be between {first} and {last} (UTC).</source>
        <translation>{field}: debe estar entre {first} y {last} (UTC).</translation>
    </message>
    <message>
        <source>{field}: “{text}” is not a valid date and time.</source>
        <translation>{field}: “{text}” no es una fecha y hora válida.</translation>
    </message>
    <message>
        <source>{field}: “{text}” is not one of its options.</source>
        <translation>{field}: “{text}” no es una de sus opciones.</translation>
    </message>
    <message>
        <source>{field}: expects a list of options.</source>
        <translation>{field}: se espera una lista de opciones.</translation>
    </message>
    <message>
        <source>{field}: “{text}” is not yes or no.</source>
        <translation>{field}: “{text}” no es ni sí ni no.</translation>
    </message>
    <message>
        <source>{field}: “{text}” is not a user.</source>
        <translation>{field}: “{text}” no es un usuario.</translation>
    </message>
    <message>
        <source>{field}: that user does not exist.</source>
        <translation>{field}: ese usuario no existe.</translation>
    </message>
    <message>
        <source>{field}: {name} is deactivated.</source>
        <translation>{field}: la cuenta de {name} está desactivada.</translation>
    </message>
    <message>
        <source>{field}: is read-only.</source>
        <translation>{field}: es de solo lectura.</translation>
    </message>
    <message>
        <source>{field}: is required.</source>
        <translation>{field}: es obligatorio.</translation>
    </message>
    <message>
        <source>{field}: cannot be set.</source>
        <translation>{field}: no se le puede asignar un valor.</translation>
    </message>
    <message>
        <source>That object does not exist.</source>
        <translation>Ese objeto no existe.</translation>
    </message>
    <message>
        <source>A change is written in its own user&apos;s batch.</source>
        <translation>Un cambio se escribe en el lote de su propio usuario.</translation>
    </message>
    <message>
        <source>That pipeline does not exist.</source>
        <translation>Ese pipeline no existe.</translation>
    </message>
    <message>
        <source>That pipeline is not one of this object&apos;s.</source>
        <translation>Ese pipeline no pertenece a este objeto.</translation>
    </message>
    <message>
        <source>{field}: choose at least one value.</source>
        <translation>{field}: elige al menos un valor.</translation>
    </message>
    <message>
        <source>{field}: enter a value to filter by.</source>
        <translation>{field}: introduce un valor por el que filtrar.</translation>
    </message>
    <message>
        <source>{field}: enter a number of days.</source>
        <translation>{field}: introduce un número de días.</translation>
    </message>
    <message>
        <source>{field}: the number of days cannot be negative.</source>
        <translation>{field}: el número de días no puede ser negativo.</translation>
    </message>
    <message>
        <source>{field}: at most {n} days.</source>
        <translation>{field}: como máximo {n} días.</translation>
    </message>
    <message>
        <source>{field}: enter a date.</source>
        <translation>{field}: introduce una fecha.</translation>
    </message>
    <message>
        <source>“{key}” is not a property of this object.</source>
        <translation>“{key}” no es una propiedad de este objeto.</translation>
    </message>
    <message>
        <source>{field}: “{op}” reads a record&apos;s history, so it does not fit here.</source>
        <translation>{field}: “{op}” lee el historial de un registro, así que aquí no encaja.</translation>
    </message>
    <message>
        <source>{field}: “{op}” does not fit this property.</source>
        <translation>{field}: “{op}” no encaja con esta propiedad.</translation>
    </message>
    <message>
        <source>{field}: enter a lowest and a highest value.</source>
        <translation>{field}: introduce un valor mínimo y uno máximo.</translation>
    </message>
    <message>
        <source>{field}: enter some text.</source>
        <translation>{field}: introduce algún texto.</translation>
    </message>
    <message>
        <source>{field}: enter a start and an end date.</source>
        <translation>{field}: introduce una fecha de inicio y una de fin.</translation>
    </message>
    <message>
        <source>{field}: the end is before the start.</source>
        <translation>{field}: el fin es anterior al inicio.</translation>
    </message>
    <message>
        <source>is</source>
        <translation>es</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>no es</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>contiene</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>empieza por</translation>
    </message>
    <message>
        <source>is any of</source>
        <translation>es cualquiera de</translation>
    </message>
    <message>
        <source>is none of</source>
        <translation>no es ninguno de</translation>
    </message>
    <message>
        <source>is known</source>
        <translation>tiene valor</translation>
    </message>
    <message>
        <source>is unknown</source>
        <translation>no tiene valor</translation>
    </message>
    <message>
        <source>is after / greater than</source>
        <translation>es posterior a / mayor que</translation>
    </message>
    <message>
        <source>is before / less than</source>
        <translation>es anterior a / menor que</translation>
    </message>
    <message>
        <source>is between</source>
        <translation>está entre</translation>
    </message>
    <message>
        <source>in the last N days</source>
        <translation>en los últimos N días</translation>
    </message>
    <message>
        <source>in the next N days</source>
        <translation>en los próximos N días</translation>
    </message>
    <message>
        <source>more than N days ago</source>
        <translation>hace más de N días</translation>
    </message>
    <message>
        <source>assigned in the last N days</source>
        <translation>asignado en los últimos N días</translation>
    </message>
    <message>
        <source>A {object} needs a name.</source>
        <translation>Un registro de {object} necesita un nombre.</translation>
    </message>
    <message>
        <source>{field} is required to enter this stage.</source>
        <translation>{field} es obligatorio para entrar en esta etapa.</translation>
    </message>
    <message>
        <source>{field} is required to enter {stage}.</source>
        <translation>{field} es obligatorio para entrar en {stage}.</translation>
    </message>
    <message>
        <source>This record was deleted.</source>
        <translation>Este registro se eliminó.</translation>
    </message>
    <message>
        <source>The name cannot be empty.</source>
        <translation>El nombre no puede estar vacío.</translation>
    </message>
    <message>
        <source>That record is not in the deleted records.</source>
        <translation>Ese registro no está entre los registros eliminados.</translation>
    </message>
    <message>
        <source>That record does not exist or was deleted.</source>
        <translation>Ese registro no existe o se eliminó.</translation>
    </message>
    <message>
        <source>(No value)</source>
        <translation>(Sin valor)</translation>
    </message>
    <message>
        <source>Choose a number or currency property to add up.</source>
        <translation>Elige una propiedad de número o de moneda para sumar.</translation>
    </message>
    <message>
        <source>A stacked bar needs a grouping and a second one.</source>
        <translation>Un gráfico de barras apiladas necesita una agrupación y una segunda.</translation>
    </message>
    <message>
        <source>Stack the bars by another property.</source>
        <translation>Apila las barras por otra propiedad.</translation>
    </message>
    <message>
        <source>Tasks have no stages.</source>
        <translation>Las tareas no tienen etapas.</translation>
    </message>
    <message>
        <source>Only a date grouping is cut by period.</source>
        <translation>Solo una agrupación por fecha se divide por período.</translation>
    </message>
    <message>
        <source>Group by a choice, owner, stage, checkbox or date property.</source>
        <translation>Agrupa por una propiedad de opciones, de propietario, de etapa, de casilla de verificación o de fecha.</translation>
    </message>
    <message>
        <source>Choose weeks, months or quarters.</source>
        <translation>Elige semanas, meses o trimestres.</translation>
    </message>
    <message>
        <source>Stack the bars by a choice, owner, stage or checkbox property.</source>
        <translation>Apila las barras por una propiedad de opciones, de propietario, de etapa o de casilla de verificación.</translation>
    </message>
    <message>
        <source>Unknown user</source>
        <translation>Usuario desconocido</translation>
    </message>
    <message>
        <source>Customers by health status</source>
        <translation>Clientes por estado de salud</translation>
    </message>
    <message>
        <source>ARR by CSM</source>
        <translation>ARR por CSM</translation>
    </message>
    <message>
        <source>Renewals by month</source>
        <translation>Renovaciones por mes</translation>
    </message>
    <message>
        <source>Deals by stage</source>
        <translation>Negocios por etapa</translation>
    </message>
    <message>
        <source>Tickets opened per week</source>
        <translation>Tickets abiertos cada semana</translation>
    </message>
    <message>
        <source>ARR by tier</source>
        <translation>ARR por nivel</translation>
    </message>
    <message>
        <source>Open tasks by owner</source>
        <translation>Tareas abiertas por responsable</translation>
    </message>
    <message>
        <source>Health by tier</source>
        <translation>Salud por nivel</translation>
    </message>
    <message>
        <source>Give the report a name.</source>
        <translation>Ponle un nombre al informe.</translation>
    </message>
    <message>
        <source>This report was deleted.</source>
        <translation>Este informe se eliminó.</translation>
    </message>
    <message>
        <source>The Summary shows up to {n} reports: remove one first.</source>
        <translation>El Resumen muestra hasta {n} informes: quita uno primero.</translation>
    </message>
    <message>
        <source>Owned by me</source>
        <translation>Míos</translation>
    </message>
    <message>
        <source>Customers where you are the CSM.</source>
        <translation>Clientes de los que eres el CSM.</translation>
    </message>
    <message>
        <source>Assigned in the last 30 days</source>
        <translation>Asignados en los últimos 30 días</translation>
    </message>
    <message>
        <source>Customers you became CSM of recently.</source>
        <translation>Clientes de los que te has convertido en CSM recientemente.</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Todos los clientes</translation>
    </message>
    <message>
        <source>Every customer of the workspace.</source>
        <translation>Todos los clientes del espacio de trabajo.</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Todos los registros</translation>
    </message>
    <message>
        <source>Every record of the pipeline.</source>
        <translation>Todos los registros del pipeline.</translation>
    </message>
    <message>
        <source>Records you own.</source>
        <translation>Registros que te pertenecen.</translation>
    </message>
    <message>
        <source>That view no longer exists.</source>
        <translation>Esa vista ya no existe.</translation>
    </message>
    <message>
        <source>Give the view a name.</source>
        <translation>Ponle un nombre a la vista.</translation>
    </message>
    <message>
        <source>A view name has at most {n} characters.</source>
        <translation>El nombre de una vista tiene como máximo {n} caracteres.</translation>
    </message>
    <message>
        <source>There is already a view called “{name}”.</source>
        <translation>Ya hay una vista llamada “{name}”.</translation>
    </message>
    <message>
        <source>Filters are groups of conditions.</source>
        <translation>Los filtros son grupos de condiciones.</translation>
    </message>
    <message>
        <source>That view&apos;s workspace no longer exists.</source>
        <translation>El espacio de trabajo de esa vista ya no existe.</translation>
    </message>
    <message>
        <source>A view of the Actions tab lists tasks.</source>
        <translation>Una vista de la pestaña Acciones muestra tareas.</translation>
    </message>
    <message>
        <source>Choose what the view lists.</source>
        <translation>Elige qué muestra la vista.</translation>
    </message>
    <message>
        <source>Default views are customer views: they feature on the Summary.</source>
        <translation>Las vistas predeterminadas son vistas de clientes: se destacan en el Resumen.</translation>
    </message>
    <message>
        <source>Only views shared with Everyone can be defaults on the Summary.</source>
        <translation>Solo las vistas compartidas con todos pueden ser predeterminadas en el Resumen.</translation>
    </message>
    <message>
        <source>Describe the view for its Summary card.</source>
        <translation>Describe la vista para su tarjeta del Resumen.</translation>
    </message>
    <message>
        <source>The Summary shows at most {n} default views: remove one first.</source>
        <translation>El Resumen muestra como máximo {n} vistas predeterminadas: quita una primero.</translation>
    </message>
    <message>
        <source>Tick “I&apos;m sure I want to delete this view” first.</source>
        <translation>Marca primero “Estoy seguro de que quiero eliminar esta vista”.</translation>
    </message>
    <message>
        <source>That task was deleted.</source>
        <translation>Esa tarea se eliminó.</translation>
    </message>
    <message>
        <source>The Summary&apos;s cards changed meanwhile: try again.</source>
        <translation>Las tarjetas del Resumen cambiaron mientras tanto: vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>That user no longer exists or was deactivated.</source>
        <translation>Ese usuario ya no existe o se desactivó.</translation>
    </message>
    <message>
        <source>This conflict is no longer kept.</source>
        <translation>Este conflicto ya no se conserva.</translation>
    </message>
    <message>
        <source>Only the person whose value was replaced can put it back.</source>
        <translation>Solo la persona cuyo valor se reemplazó puede restablecerlo.</translation>
    </message>
    <message>
        <source>That property was removed, so its old value cannot be put back.</source>
        <translation>Esa propiedad se quitó, así que no se puede restablecer su valor anterior.</translation>
    </message>
    <message>
        <source>“{url}” is not a server address: {reason}</source>
        <translation>“{url}” no es una dirección de servidor: {reason}</translation>
    </message>
    <message>
        <source>A team server is a PostgreSQL database: postgresql://LOGIN@HOST/DATABASE.</source>
        <translation>Un servidor de equipo es una base de datos PostgreSQL: postgresql://USUARIO@SERVIDOR/BASE_DE_DATOS.</translation>
    </message>
    <message>
        <source>This team server has a workspace already; a file can only start a new one.</source>
        <translation>Este servidor de equipo ya tiene un espacio de trabajo; un archivo solo puede iniciar uno nuevo.</translation>
    </message>
    <message>
        <source>A new team server needs its super admin&apos;s name and e-mail (--name and --email).</source>
        <translation>Un servidor de equipo nuevo necesita el nombre y el correo electrónico de su superadministrador (--name y --email).</translation>
    </message>
    <message>
        <source>The login “{login}” is not a user of this team server&apos;s workspace; run this as its super admin&apos;s login.</source>
        <translation>El usuario “{login}” no pertenece al espacio de trabajo de este servidor de equipo; ejecuta esto con el usuario de su superadministrador.</translation>
    </message>
    <message>
        <source>{source} does not exist.</source>
        <translation>{source} no existe.</translation>
    </message>
    <message>
        <source>{source} is a replica of a team server, not a workspace.</source>
        <translation>{source} es una réplica de un servidor de equipo, no un espacio de trabajo.</translation>
    </message>
    <message>
        <source>Uploading {table}</source>
        <translation>Subiendo {table}</translation>
    </message>
    <message>
        <source>The workspace has no super admin with the e-mail {email}.</source>
        <translation>El espacio de trabajo no tiene ningún superadministrador con el correo electrónico {email}.</translation>
    </message>
    <message>
        <source>The workspace has no active super admin to sign in as.</source>
        <translation>El espacio de trabajo no tiene ningún superadministrador activo con el que iniciar sesión.</translation>
    </message>
    <message>
        <source>No team is named {names}; teams: none yet</source>
        <translation>No hay ningún equipo llamado {names}; equipos: todavía ninguno</translation>
    </message>
    <message>
        <source>No team is named {names}; teams: {teams}</source>
        <translation>No hay ningún equipo llamado {names}; equipos: {teams}</translation>
    </message>
    <message>
        <source>A user needs a name.</source>
        <translation>Un usuario necesita un nombre.</translation>
    </message>
    <message>
        <source>“{email}” is not an e-mail address.</source>
        <translation>“{email}” no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>“{login}” cannot be a login: up to 63 lower-case letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>“{login}” no puede ser un nombre de usuario: hasta 63 letras minúsculas, dígitos, &apos;_&apos;, &apos;.&apos; o &apos;-&apos;, empezando por una letra.</translation>
    </message>
    <message>
        <source>A user needs a password to sign in.</source>
        <translation>Un usuario necesita una contraseña para iniciar sesión.</translation>
    </message>
    <message>
        <source>The login “{login}” is already a user.</source>
        <translation>El usuario “{login}” ya existe.</translation>
    </message>
    <message>
        <source>The server already has a login “{login}” (another database&apos;s?).</source>
        <translation>El servidor ya tiene un usuario “{login}” (¿de otra base de datos?).</translation>
    </message>
    <message>
        <source>The server refused to create the login “{login}”: {reason}. Ask whoever runs the server to give your PostgreSQL login the right to create logins (CREATEROLE).</source>
        <translation>El servidor se negó a crear el usuario “{login}”: {reason}. Pide a quien administre el servidor que dé a tu usuario de PostgreSQL el permiso para crear usuarios (CREATEROLE).</translation>
    </message>
    <message>
        <source>Could not open {target}: {reason}</source>
        <translation>No se pudo abrir {target}: {reason}</translation>
    </message>
    <message>
        <source>Only a super admin&apos;s login can add users (“{login}” is not one).</source>
        <translation>Solo el usuario de un superadministrador puede añadir usuarios (“{login}” no lo es).</translation>
    </message>
    <message>
        <source>Could not sign in: {reason}</source>
        <translation>No se pudo iniciar sesión: {reason}</translation>
    </message>
    <message>
        <source>Could not reach the server: {reason}</source>
        <translation>No se pudo conectar con el servidor: {reason}</translation>
    </message>
    <message>
        <source>{path} already exists; choose another file.</source>
        <translation>{path} ya existe; elige otro archivo.</translation>
    </message>
    <message>
        <source>The login “{login}” is not a user of this team&apos;s workspace.</source>
        <translation>El usuario “{login}” no pertenece al espacio de trabajo de este equipo.</translation>
    </message>
    <message>
        <source>Downloading {table}</source>
        <translation>Descargando {table}</translation>
    </message>
    <message>
        <source>Indexing</source>
        <translation>Indexando</translation>
    </message>
    <message>
        <source>Indexing the search</source>
        <translation>Indexando la búsqueda</translation>
    </message>
    <message>
        <source>Choose among this tab&apos;s pipelines.</source>
        <translation>Elige entre los pipelines de esta pestaña.</translation>
    </message>
    <message>
        <source>Choose at least one pipeline to show.</source>
        <translation>Elige al menos un pipeline para mostrar.</translation>
    </message>
    <message>
        <source>The default pipeline must be one shown.</source>
        <translation>El pipeline predeterminado debe ser uno de los mostrados.</translation>
    </message>
    <message>
        <source>The layout is a board or a table.</source>
        <translation>El diseño es un tablero o una tabla.</translation>
    </message>
    <message>
        <source>Services must be an object with stages.</source>
        <translation>Los servicios deben ser un objeto con etapas.</translation>
    </message>
    <message>
        <source>Choose at most two revenue objects.</source>
        <translation>Elige como máximo dos objetos de ingresos.</translation>
    </message>
    <message>
        <source>Revenue objects are deals or custom objects with stages.</source>
        <translation>Los objetos de ingresos son negocios u objetos personalizados con etapas.</translation>
    </message>
    <message>
        <source>{objects} are the service object: choose another.</source>
        <translation>{objects} son el objeto de servicio: elige otro.</translation>
    </message>
    <message>
        <source>That object is not shown in this tab.</source>
        <translation>Ese objeto no se muestra en esta pestaña.</translation>
    </message>
    <message>
        <source>“{kind}” is not a bulk action.</source>
        <translation>“{kind}” no es una acción masiva.</translation>
    </message>
    <message>
        <source>Choose someone who can sign in.</source>
        <translation>Elige a alguien que pueda iniciar sesión.</translation>
    </message>
    <message>
        <source>Choose to-do, call or e-mail.</source>
        <translation>Elige Por hacer, Llamada o Correo electrónico.</translation>
    </message>
    <message>
        <source>Choose a priority.</source>
        <translation>Elige una prioridad.</translation>
    </message>
    <message>
        <source>Choose a property to edit.</source>
        <translation>Elige una propiedad para editar.</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <source>Create date</source>
        <translation>Fecha de creación</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <source>The Tasks object is missing from this workspace.</source>
        <translation>Falta el objeto Tareas en este espacio de trabajo.</translation>
    </message>
    <message>
        <source>A due time needs a due date.</source>
        <translation>Una hora de vencimiento necesita una fecha de vencimiento.</translation>
    </message>
    <message>
        <source>“{text}” is not a date (YYYY-MM-DD).</source>
        <translation>“{text}” no es una fecha (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>“{text}” is not a time (HH:MM).</source>
        <translation>“{text}” no es una hora (HH:MM).</translation>
    </message>
    <message>
        <source>The due date must be between {first} and {last}.</source>
        <translation>La fecha de vencimiento debe estar entre {first} y {last}.</translation>
    </message>
    <message>
        <source>{field} cannot hold a NUL character.</source>
        <translation>{field} no puede contener un carácter NUL.</translation>
    </message>
    <message>
        <source>{field} holds a character that is not valid Unicode.</source>
        <translation>{field} contiene un carácter que no es Unicode válido.</translation>
    </message>
    <message>
        <source>{field} is longer than {n} characters.</source>
        <translation>{field} tiene más de {n} caracteres.</translation>
    </message>
    <message>
        <source>Choose open or completed.</source>
        <translation>Elige Abierta o Completada.</translation>
    </message>
    <message>
        <source>An associated record was deleted.</source>
        <translation>Se eliminó un registro asociado.</translation>
    </message>
    <message>
        <source>I understand that deleting this workspace cannot be undone</source>
        <translation>Entiendo que eliminar este espacio de trabajo no se puede deshacer</translation>
    </message>
    <message>
        <source>That workspace no longer exists.</source>
        <translation>Ese espacio de trabajo ya no existe.</translation>
    </message>
    <message>
        <source>The main workspace is not a team workspace.</source>
        <translation>El espacio de trabajo principal no es un espacio de trabajo de equipo.</translation>
    </message>
    <message>
        <source>Enter the workspace&apos;s name.</source>
        <translation>Introduce el nombre del espacio de trabajo.</translation>
    </message>
    <message>
        <source>The name is one line of at most 200 characters.</source>
        <translation>El nombre es una sola línea de 200 caracteres como máximo.</translation>
    </message>
    <message>
        <source>There already is a workspace called “{text}”.</source>
        <translation>Ya existe un espacio de trabajo llamado “{text}”.</translation>
    </message>
    <message>
        <source>The description is over {n} characters.</source>
        <translation>La descripción supera los {n} caracteres.</translation>
    </message>
    <message>
        <source>That team no longer exists.</source>
        <translation>Ese equipo ya no existe.</translation>
    </message>
    <message>
        <source>The team “{team}” belongs to the workspace “{workspace}”: remove it there first.</source>
        <translation>El equipo “{team}” pertenece al espacio de trabajo “{workspace}”: quítalo de allí primero.</translation>
    </message>
    <message>
        <source>There can be at most {n} team workspaces.</source>
        <translation>Puede haber como máximo {n} espacios de trabajo de equipo.</translation>
    </message>
    <message>
        <source>Tick “{confirmation}” to delete “{name}”.</source>
        <translation>Marca “{confirmation}” para eliminar “{name}”.</translation>
    </message>
    <message>
        <source>This person is no longer in the account.</source>
        <translation>Esta persona ya no está en la cuenta.</translation>
    </message>
    <message>
        <source>You cannot take super admin rights from yourself or deactivate yourself: ask another super admin.</source>
        <translation>No puedes quitarte a ti mismo los permisos de superadministrador ni desactivarte: pídeselo a otro superadministrador.</translation>
    </message>
    <message>
        <source>The account needs at least one active super admin.</source>
        <translation>La cuenta necesita al menos un superadministrador activo.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>Introduce el nombre de la persona.</translation>
    </message>
    <message>
        <source>The name is at most 200 characters.</source>
        <translation>El nombre tiene como máximo 200 caracteres.</translation>
    </message>
    <message>
        <source>Enter an e-mail address, like sam@company.com.</source>
        <translation>Introduce una dirección de correo electrónico, como sam@empresa.com.</translation>
    </message>
    <message>
        <source>{email} is already someone in the account.</source>
        <translation>{email} ya corresponde a alguien de la cuenta.</translation>
    </message>
    <message>
        <source>A chosen team no longer exists.</source>
        <translation>Uno de los equipos elegidos ya no existe.</translation>
    </message>
    <message>
        <source>A change needs the user who makes it.</source>
        <translation>Un cambio necesita el usuario que lo hace.</translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation>Este usuario ya no existe.</translation>
    </message>
    <message>
        <source>This database has no workspace yet.</source>
        <translation>Esta base de datos todavía no tiene un espacio de trabajo.</translation>
    </message>
    <message>
        <source>No customer object is set in the workspace settings.</source>
        <translation>No hay ningún objeto de cliente definido en la configuración del espacio de trabajo.</translation>
    </message>
    <message>
        <source>“{key}” is not a user property of {objects}.</source>
        <translation>“{key}” no es una propiedad de usuario de {objects}.</translation>
    </message>
    <message>
        <source>“{key}” is not a date property of {objects}.</source>
        <translation>“{key}” no es una propiedad de fecha de {objects}.</translation>
    </message>
    <message>
        <source>This database already has a workspace.</source>
        <translation>Esta base de datos ya tiene un espacio de trabajo.</translation>
    </message>
    <message>
        <source>Enter the super admin&apos;s name.</source>
        <translation>Introduce el nombre del superadministrador.</translation>
    </message>
    <message>
        <source>Enter a valid e-mail address.</source>
        <translation>Introduce una dirección de correo electrónico válida.</translation>
    </message>
    <message>
        <source>Choose Companies or Contacts.</source>
        <translation>Elige Empresas o Contactos.</translation>
    </message>
    <message>
        <source>Customers must be contacts, companies or a custom object.</source>
        <translation>Los clientes deben ser contactos, empresas o un objeto personalizado.</translation>
    </message>
    <message>
        <source>Choose a user property of {objects}.</source>
        <translation>Elige una propiedad de usuario de {objects}.</translation>
    </message>
    <message>
        <source>Choose a date property of {objects}.</source>
        <translation>Elige una propiedad de fecha de {objects}.</translation>
    </message>
    <message>
        <source>Team workspaces use the main workspace&apos;s customer object.</source>
        <translation>Los espacios de trabajo de equipo usan el objeto de cliente del espacio de trabajo principal.</translation>
    </message>
    <message>
        <source>In a team workspace you are signed in with your own login ({login}); you cannot sign in as {name}.</source>
        <translation>En un espacio de trabajo de equipo inicias sesión con tu propio usuario ({login}); no puedes iniciar sesión como {name}.</translation>
    </message>
    <message>
        <source>“{key}” cannot be sorted on.</source>
        <translation>“{key}” no se puede usar para ordenar.</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Vencen hoy</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidas</translation>
    </message>
    <message>
        <source>Due tomorrow</source>
        <translation>Vencen mañana</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Todas las abiertas</translation>
    </message>
    <message>
        <source>All completed</source>
        <translation>Todas las completadas</translation>
    </message>
    <message>
        <source>“{view}” is not a task view.</source>
        <translation>“{view}” no es una vista de tareas.</translation>
    </message>
    <message>
        <source>“{name}” is not a task view.</source>
        <translation>“{name}” no es una vista de tareas.</translation>
    </message>
    <message>
        <source>“{key}” is not a task view.</source>
        <translation>“{key}” no es una vista de tareas.</translation>
    </message>
    <message>
        <source>{reason}

This file was saved by an older version of Tend and must be upgraded before it opens, which needs a file Tend can write.</source>
        <translation>{reason}

Este archivo se guardó con una versión anterior de Tend y hay que actualizarlo antes de abrirlo, para lo que se necesita un archivo en el que Tend pueda escribir.</translation>
    </message>
    <message>
        <source>Tend could not back up {name} before upgrading it to this version ({reason}), so it left the file as it was.</source>
        <translation>Tend no pudo hacer una copia de seguridad de {name} antes de actualizarlo a esta versión ({reason}), así que dejó el archivo como estaba.</translation>
    </message>
    <message>
        <source>Tend cannot write this workspace file ({reason}).</source>
        <translation>Tend no puede escribir en este archivo de espacio de trabajo ({reason}).</translation>
    </message>
    <message>
        <source>{first}, {second}</source>
        <translation>{first}, {second}</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Tend (schema {current}). Update Tend to open it.</source>
        <translation>Esta base de datos la escribió una versión más reciente de Tend (esquema {current}). Actualiza Tend para abrirla.</translation>
    </message>
    <message>
        <source>{name} is not a Tend database (it is not a SQLite file).</source>
        <translation>{name} no es una base de datos de Tend (no es un archivo SQLite).</translation>
    </message>
    <message>
        <source>{name} is damaged: {reason}.</source>
        <translation>El archivo {name} está dañado: {reason}.</translation>
    </message>
    <message>
        <source>{name} cannot be read as a Tend database: {reason}</source>
        <translation>{name} no se puede leer como base de datos de Tend: {reason}</translation>
    </message>
    <message>
        <source>{name} is a database of another program, not a Tend workspace. Tend opens only its own files and leaves this one as it is.</source>
        <translation>{name} es una base de datos de otro programa, no un espacio de trabajo de Tend. Tend solo abre sus propios archivos y deja este como está.</translation>
    </message>
    <message>
        <source>{name} is damaged: it is shorter than SQLite&apos;s header says ({size} of {expected} bytes), as if cut off.</source>
        <translation>El archivo {name} está dañado: es más corto de lo que indica su encabezado SQLite ({size} de {expected} bytes), como si estuviera cortado.</translation>
    </message>
    <message>
        <source>{name} is damaged. SQLite&apos;s check found: {shown}</source>
        <translation>El archivo {name} está dañado. La comprobación de SQLite encontró: {shown}</translation>
    </message>
    <message>
        <source>This workspace file is read-only: you can look, but not change anything.</source>
        <translation>Este archivo de espacio de trabajo es de solo lectura: puedes consultarlo, pero no cambiar nada.</translation>
    </message>
    <message>
        <source>The folder of this workspace file is read-only, so Tend cannot save in it: you can look, but not change anything.</source>
        <translation>La carpeta de este archivo de espacio de trabajo es de solo lectura, así que Tend no puede guardar en ella: puedes consultarlo, pero no cambiar nada.</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>Notes, calls and e-mails</source>
        <translation>Notas, llamadas y correos electrónicos</translation>
    </message>
    <message>
        <source>Activity feed</source>
        <translation>Flujo de actividad</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Empresas</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Search index</source>
        <translation>Índice de búsqueda</translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation>Índices</translation>
    </message>
    <message>
        <source>“{name}”: {reason}</source>
        <translation>“{name}”: {reason}</translation>
    </message>
    <message>
        <source>Start from scratch</source>
        <translation>Empezar desde cero</translation>
    </message>
    <message>
        <source>A fit group and an engagement group, 50 points each: add their rules.</source>
        <translation>Un grupo de ajuste y un grupo de interacción, de 50 puntos cada uno: añade sus reglas.</translation>
    </message>
    <message>
        <source>Customer health</source>
        <translation>Salud de los clientes</translation>
    </message>
    <message>
        <source>One-to-one engagement, call engagement, supported tickets, CSM sentiment and NPS, days since last activity and renewal within 90 days.</source>
        <translation>Interacción individual, interacción por llamadas, tickets de soporte, percepción del CSM y NPS, días desde la última actividad y renovación en los próximos 90 días.</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Interacción</translation>
    </message>
    <message>
        <source>Meetings in the last 30 and 90 days, calls over 15 minutes, days since last activity.</source>
        <translation>Reuniones en los últimos 30 y 90 días, llamadas de más de 15 minutos, días desde la última actividad.</translation>
    </message>
    <message>
        <source>Support and sentiment</source>
        <translation>Soporte y percepción</translation>
    </message>
    <message>
        <source>Open tickets (fewer is better), NPS and CSM sentiment, renewal within 90 days.</source>
        <translation>Tickets abiertos (cuantos menos, mejor), NPS y percepción del CSM, renovación en los próximos 90 días.</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>a removed stage</source>
        <translation>una etapa eliminada</translation>
    </message>
    <message>
        <source>Moved to {stage}</source>
        <translation>Movido a {stage}</translation>
    </message>
    <message>
        <source>from {stage}</source>
        <translation>desde {stage}</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>The workspace no longer exists.</source>
        <translation>El espacio de trabajo ya no existe.</translation>
    </message>
    <message>
        <source>It is not a Tend database or it is damaged:
{reason}</source>
        <translation>No es una base de datos de Tend o está dañada:
{reason}</translation>
    </message>
    <message>
        <source>Tend cannot open {path}: the file is damaged.

{why}

Tend has not changed it.</source>
        <translation>Tend no puede abrir {path}: el archivo está dañado.

{why}

Tend no lo ha modificado.</translation>
    </message>
    <message>
        <source>Open the latest backup, from {when}, instead? The damaged file is kept beside it, renamed, as it is.</source>
        <translation>¿Abrir en su lugar la copia de seguridad más reciente, del {when}? El archivo dañado se conserva a su lado, renombrado, tal como está.</translation>
    </message>
    <message>
        <source>Tend cannot open {path}.

{why}</source>
        <translation>Tend no puede abrir {path}.

{why}</translation>
    </message>
    <message>
        <source>Tend cannot create the folder for its workspace file:
{folder}

{why}.

Start Tend with --db and a file in a folder you can write to.</source>
        <translation>Tend no puede crear la carpeta de su archivo de espacio de trabajo:
{folder}

{why}.

Inicia Tend con --db y un archivo en una carpeta en la que puedas escribir.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.

Create it and a new Tend workspace file {name} there?</source>
        <translation>La carpeta {folder} no existe.

¿Crearla y crear en ella un nuevo archivo de espacio de trabajo de Tend {name}?</translation>
    </message>
    <message>
        <source>The workspace file {path} is damaged, so today&apos;s backup was not taken.

{why}

Restore a backup from Settings, or quit Tend and open the file again to be offered the latest backup.</source>
        <translation>El archivo de espacio de trabajo {path} está dañado, así que no se hizo la copia de seguridad de hoy.

{why}

Restaura una copia de seguridad desde Configuración, o sal de Tend y vuelve a abrir el archivo para que se te ofrezca la copia más reciente.</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Diaria</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Antes de una actualización</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Antes de una restauración</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>Correos electrónicos</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>Tickets abiertos</translation>
    </message>
    <message>
        <source>Days since last activity</source>
        <translation>Días desde la última actividad</translation>
    </message>
    <message>
        <source>Renewal within</source>
        <translation>Renovación en</translation>
    </message>
    <message>
        <source>Fit (properties)</source>
        <translation>Ajuste (propiedades)</translation>
    </message>
    <message>
        <source>Engagement (events)</source>
        <translation>Interacción (eventos)</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Tend</source>
        <translation>Acerca de Tend</translation>
    </message>
    <message>
        <source>Tend {version}</source>
        <translation>Tend {version}</translation>
    </message>
    <message>
        <source>The customer-success workspace on your desktop.</source>
        <translation>El espacio de trabajo de éxito del cliente en tu escritorio.</translation>
    </message>
    <message>
        <source>Python {python} · Qt {qt} · PySide6 {pyside}
{system}
Workspace: {where}</source>
        <translation>Python {python} · Qt {qt} · PySide6 {pyside}
{system}
Espacio de trabajo: {where}</translation>
    </message>
</context>
<context>
    <name>AccessDialog</name>
    <message>
        <source>e.g. Renewals this quarter</source>
        <translation>p. ej., Renovaciones de este trimestre</translation>
    </message>
    <message>
        <source>Dashboard name</source>
        <translation>Nombre del panel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Available to everyone</source>
        <translation>Disponible para todos</translation>
    </message>
    <message>
        <source>Assign to teams</source>
        <translation>Asignar a equipos</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Equipos</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <source>I confirm users will have view access</source>
        <translation>Confirmo que los usuarios tendrán acceso de lectura</translation>
    </message>
</context>
<context>
    <name>ActionsTab</name>
    <message>
        <source>Task views</source>
        <translation>Vistas de tareas</translation>
    </message>
    <message>
        <source>My views</source>
        <translation>Mis vistas</translation>
    </message>
    <message>
        <source>Filter your tasks, then “+ Create view” keeps the list here.</source>
        <translation>Filtra tus tareas y, con “+ Crear vista”, la lista se guarda aquí.</translation>
    </message>
    <message>
        <source>Search task titles</source>
        <translation>Buscar por título de tarea</translation>
    </message>
    <message>
        <source>Search tasks</source>
        <translation>Buscar tareas</translation>
    </message>
    <message>
        <source>Export this view&apos;s tasks to a CSV file</source>
        <translation>Exportar las tareas de esta vista a un archivo CSV</translation>
    </message>
    <message>
        <source>Import tasks from a CSV file</source>
        <translation>Importar tareas desde un archivo CSV</translation>
    </message>
    <message>
        <source>Create task</source>
        <translation>Crear tarea</translation>
    </message>
    <message>
        <source>Create a task (Ctrl+N)</source>
        <translation>Crear una tarea (Ctrl+N)</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>From a report</source>
        <translation>De un informe</translation>
    </message>
    <message>
        <source>Showing the tasks of “{what}”. Choose a view to see others.</source>
        <translation>Se muestran las tareas de “{what}”. Elige una vista para ver otras.</translation>
    </message>
    <message>
        <source>1 task</source>
        <translation>1 tarea</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tasks</source>
        <translation>
            <numerusform>%Ln tarea</numerusform>
            <numerusform>%Ln tareas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks</source>
        <translation>
            <numerusform>%n tarea</numerusform>
            <numerusform>%n tareas</numerusform>
        </translation>
    </message>
    <message>
        <source>No tasks match “{text}”</source>
        <translation>Ninguna tarea coincide con “{text}”</translation>
    </message>
    <message>
        <source>Search looks at the titles of this view&apos;s tasks.</source>
        <translation>La búsqueda revisa los títulos de las tareas de esta vista.</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Borrar búsqueda</translation>
    </message>
    <message>
        <source>No tasks in “{view}”</source>
        <translation>No hay tareas en “{view}”</translation>
    </message>
    <message>
        <source>Tasks you create, or bring in from your CRM&apos;s CSV export, show here when they fit this view; the other views on the left may hold more.</source>
        <translation>Las tareas que crees, o que importes desde la exportación CSV de tu CRM, aparecen aquí cuando encajan en esta vista; las otras vistas de la izquierda pueden contener más.</translation>
    </message>
    <message>
        <source>Import tasks…</source>
        <translation>Importar tareas…</translation>
    </message>
</context>
<context>
    <name>AddPersonDialog</name>
    <message>
        <source>They sign in with a login and password of their own on the team server. Give them both, with the server&apos;s address, to connect from their laptop.</source>
        <translation>Inician sesión con un usuario y una contraseña propios en el servidor del equipo. Dales ambos, junto con la dirección del servidor, para que se conecten desde su portátil.</translation>
    </message>
    <message>
        <source>e.g. sam.rivera</source>
        <translation>p. ej., sam.rivera</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Repetir contraseña</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>The server did not add them: {e}</source>
        <translation>El servidor no añadió a esta persona: {e}</translation>
    </message>
</context>
<context>
    <name>AlertRow</name>
    <message>
        <source>Open {name}</source>
        <translation>Abrir {name}</translation>
    </message>
    <message>
        <source>Dismiss this alert</source>
        <translation>Descartar esta alerta</translation>
    </message>
    <message>
        <source>Dismiss alert: {name}</source>
        <translation>Descartar alerta: {name}</translation>
    </message>
</context>
<context>
    <name>AlertsDialog</name>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>Abrir cliente</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>1 live alert</source>
        <translation>1 alerta activa</translation>
    </message>
    <message numerus="yes">
        <source>%n live alerts</source>
        <translation>
            <numerusform>%n alerta activa</numerusform>
            <numerusform>%n alertas activas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssociationSection</name>
    <message>
        <source>+ Add</source>
        <translation>+ Añadir</translation>
    </message>
    <message>
        <source>Add an associated {o}</source>
        <translation>Añadir asociación: {o}</translation>
    </message>
    <message>
        <source>Find a {o} by name, domain or e-mail and associate it</source>
        <translation>Buscar {o} por nombre, dominio o correo electrónico y asociarlo</translation>
    </message>
    <message>
        <source>Type a name, domain or e-mail to find a {o}</source>
        <translation>Escribe un nombre, dominio o correo electrónico para buscar {o}</translation>
    </message>
    <message>
        <source>Find a {o}</source>
        <translation>Buscar {o}</translation>
    </message>
    <message>
        <source>Records found</source>
        <translation>Registros encontrados</translation>
    </message>
    <message>
        <source>No match.</source>
        <translation>Sin coincidencias.</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Todavía no hay ninguno.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the association with {r}</source>
        <translation>Quitar la asociación con {r}</translation>
    </message>
    <message>
        <source>Remove the association</source>
        <translation>Quitar la asociación</translation>
    </message>
</context>
<context>
    <name>BulkBar</name>
    <message>
        <source>Marked {tasks} complete.</source>
        <translation>Marcadas como completadas: {tasks}.</translation>
    </message>
    <message>
        <source>Marked {tasks} incomplete.</source>
        <translation>Marcadas como no completadas: {tasks}.</translation>
    </message>
    <message>
        <source>Assigned {tasks}.</source>
        <translation>Asignadas: {tasks}.</translation>
    </message>
    <message>
        <source>Changed {tasks}.</source>
        <translation>Modificadas: {tasks}.</translation>
    </message>
    <message>
        <source>Deleted {tasks}.</source>
        <translation>Eliminadas: {tasks}.</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Seleccionar todo</translation>
    </message>
    <message>
        <source>Tick every task on this page</source>
        <translation>Marcar todas las tareas de esta página</translation>
    </message>
    <message>
        <source>Mark complete</source>
        <translation>Marcar como completada</translation>
    </message>
    <message>
        <source>Mark incomplete</source>
        <translation>Marcar como no completada</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Asignar</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo the last bulk action (Ctrl+Z)</source>
        <translation>Deshacer la última acción masiva (Ctrl+Z)</translation>
    </message>
    <message>
        <source>1 task</source>
        <translation>1 tarea</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tasks</source>
        <translation>
            <numerusform>%Ln tarea</numerusform>
            <numerusform>%Ln tareas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln seleccionada</numerusform>
            <numerusform>%Ln seleccionadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln tasks are selected.</source>
        <translation>
            <numerusform>%Ln tarea está seleccionada.</numerusform>
            <numerusform>Las %Ln tareas están seleccionadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Select all %Ln tasks</source>
        <translation>
            <numerusform>Seleccionar %Ln tarea</numerusform>
            <numerusform>Seleccionar las %Ln tareas</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation>Borrar selección</translation>
    </message>
    <message>
        <source>All {k} tasks on this page are selected.</source>
        <translation>Las {k} tareas de esta página están seleccionadas.</translation>
    </message>
    <message>
        <source>Delete tasks</source>
        <translation>Eliminar tareas</translation>
    </message>
    <message>
        <source>Delete {tasks}? You can undo this right after.</source>
        <translation>¿Eliminar {tasks}? Puedes deshacerlo justo después.</translation>
    </message>
    <message>
        <source>Working on {tasks}…</source>
        <translation>Procesando {tasks}…</translation>
    </message>
    <message>
        <source>{k} were left as they were: already so, or not yours to change.</source>
        <translation>{k} se dejaron como estaban: ya lo estaban o no te corresponde cambiarlas.</translation>
    </message>
    <message>
        <source>Stopped: {done}</source>
        <translation>Detenido: {done}</translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation>Deshaciendo…</translation>
    </message>
    <message>
        <source>Undone: {tasks} put back.</source>
        <translation>Deshecho: se restablecieron {tasks}.</translation>
    </message>
    <message>
        <source>Undo stopped: {tasks} put back.</source>
        <translation>Deshacer detenido: se restablecieron {tasks}.</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message>
        <source>Edit tasks</source>
        <translation>Editar tareas</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propiedad</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <source>A date such as {example}; empty clears the due date</source>
        <translation>Una fecha como {example}; si se deja vacía, se borra la fecha de vencimiento</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
</context>
<context>
    <name>CalendarPopup</name>
    <message>
        <source>Pick a date</source>
        <translation>Elegir una fecha</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>overdue</source>
        <translation>vencida</translation>
    </message>
</context>
<context>
    <name>ColumnsDialog</name>
    <message>
        <source>Edit columns</source>
        <translation>Editar columnas</translation>
    </message>
    <message>
        <source>Tick the columns to show; drag them into order.</source>
        <translation>Marca las columnas que quieres mostrar; arrástralas para ordenarlas.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation>Paleta de comandos</translation>
    </message>
    <message>
        <source>Search records, views, tabs, settings and actions</source>
        <translation>Buscar registros, vistas, pestañas, configuración y acciones</translation>
    </message>
    <message>
        <source>Search commands and records</source>
        <translation>Buscar comandos y registros</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>↑↓ to choose · Enter to open · Esc to close</source>
        <translation>↑↓ para elegir · Enter para abrir · Esc para cerrar</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <source>Nothing matches “{text}”</source>
        <translation>Nada coincide con “{text}”</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
</context>
<context>
    <name>ConditionRow</name>
    <message>
        <source>Property</source>
        <translation>Propiedad</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation>Quitar condición</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Yo</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
</context>
<context>
    <name>ConflictRow</name>
    <message>
        <source>Put back</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <source>Set {field} to this value again</source>
        <translation>Volver a asignar este valor a {field}</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Keep the current value</source>
        <translation>Mantener el valor actual</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Tu valor</translation>
    </message>
    <message>
        <source>{name}&apos;s value</source>
        <translation>Valor de {name}</translation>
    </message>
    <message>
        <source>A teammate</source>
        <translation>Un compañero</translation>
    </message>
    <message>
        <source>{whose} {value} for {field} was refused by the team server: {why}</source>
        <translation>{whose} {value} para {field} fue rechazado por el servidor del equipo: {why}</translation>
    </message>
    <message>
        <source>{whose} {value} for {field} was replaced by {winner} from {name} at {when}.</source>
        <translation>{whose} {value} para {field} fue reemplazado por {winner} de {name} el {when}.</translation>
    </message>
    <message>
        <source>a teammate</source>
        <translation>un compañero</translation>
    </message>
    <message>
        <source>(resolved)</source>
        <translation>(resuelto)</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a team server</source>
        <translation>Conectar a un servidor de equipo</translation>
    </message>
    <message>
        <source>Your team&apos;s workspace is downloaded to this computer, so Tend works offline and sends your changes when the server answers. Your admin gives you the server&apos;s address, with your login in it, and your password.</source>
        <translation>El espacio de trabajo de tu equipo se descarga en este equipo, así que Tend funciona sin conexión y envía tus cambios cuando el servidor responde. Tu administrador te da la dirección del servidor, que incluye tu usuario, y tu contraseña.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>The password is kept in this computer&apos;s keyring.</source>
        <translation>La contraseña se guarda en el llavero de este equipo.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, as your admin gave it.</source>
        <translation>Introduce la dirección del servidor tal como te la dio tu administrador.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was downloaded.</source>
        <translation>Cancelado; no se descargó nada.</translation>
    </message>
    <message>
        <source>The download stopped: {e}</source>
        <translation>La descarga se detuvo: {e}</translation>
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
        <translation>por crear</translation>
    </message>
    <message>
        <source>created</source>
        <translation>creados</translation>
    </message>
    <message>
        <source>to update</source>
        <translation>por actualizar</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>actualizados</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazados</translation>
    </message>
</context>
<context>
    <name>CreateTaskPanel</name>
    <message>
        <source>Create task</source>
        <translation>Crear tarea</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>What needs doing</source>
        <translation>Qué hay que hacer</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <source>Due time</source>
        <translation>Hora de vencimiento</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Type a name to find a record</source>
        <translation>Escribe un nombre para buscar un registro</translation>
    </message>
    <message>
        <source>Find a record</source>
        <translation>Buscar un registro</translation>
    </message>
    <message>
        <source>Records found</source>
        <translation>Registros encontrados</translation>
    </message>
    <message>
        <source>Associated records</source>
        <translation>Registros asociados</translation>
    </message>
    <message>
        <source>Double-click a record to remove it</source>
        <translation>Haz doble clic en un registro para quitarlo</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Create and add another</source>
        <translation>Crear y añadir otra</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
</context>
<context>
    <name>CustomersTab</name>
    <message>
        <source>Search name or domain</source>
        <translation>Buscar por nombre o dominio</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Buscar clientes</translation>
    </message>
    <message>
        <source>Create a customer</source>
        <translation>Crear un cliente</translation>
    </message>
    <message>
        <source>Edit columns</source>
        <translation>Editar columnas</translation>
    </message>
    <message>
        <source>Export this view&apos;s customers to a CSV file</source>
        <translation>Exportar los clientes de esta vista a un archivo CSV</translation>
    </message>
    <message>
        <source>Import customers from a CSV file</source>
        <translation>Importar clientes desde un archivo CSV</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Showing the customers of “{what}”. Choose a view to see them all again.</source>
        <translation>Se muestran los clientes de “{what}”. Elige una vista para volver a verlos todos.</translation>
    </message>
    <message>
        <source>Showing the customers the “{profile}” health profile scores. Choose a view to see them all again.</source>
        <translation>Se muestran los clientes que puntúa el perfil de salud “{profile}”. Elige una vista para volver a verlos todos.</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <source>1 customer</source>
        <translation>1 cliente</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers</source>
        <translation>
            <numerusform>%Ln cliente</numerusform>
            <numerusform>%Ln clientes</numerusform>
        </translation>
    </message>
    <message>
        <source>No customers yet</source>
        <translation>Todavía no hay clientes</translation>
    </message>
    <message>
        <source>Customers are the accounts you look after. Bring them in from your CRM&apos;s CSV export, or add them one by one.</source>
        <translation>Los clientes son las cuentas que atiendes. Impórtalos desde la exportación CSV de tu CRM o añádelos uno a uno.</translation>
    </message>
    <message>
        <source>No customers match “{text}”</source>
        <translation>Ningún cliente coincide con “{text}”</translation>
    </message>
    <message>
        <source>Search looks at names and domains of this view&apos;s customers.</source>
        <translation>La búsqueda revisa los nombres y dominios de los clientes de esta vista.</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Borrar búsqueda</translation>
    </message>
    <message>
        <source>None of the workspace&apos;s {n} customers is assigned to you as CSM.</source>
        <translation>Ninguno de los {n} clientes del espacio de trabajo te tiene asignado como CSM.</translation>
    </message>
    <message>
        <source>None of the workspace&apos;s {n} customers matches this view&apos;s filters.</source>
        <translation>Ninguno de los {n} clientes del espacio de trabajo coincide con los filtros de esta vista.</translation>
    </message>
    <message>
        <source>Show all customers</source>
        <translation>Mostrar todos los clientes</translation>
    </message>
    <message>
        <source>No customers in “{view}”</source>
        <translation>No hay clientes en “{view}”</translation>
    </message>
    <message>
        <source>Import customers…</source>
        <translation>Importar clientes…</translation>
    </message>
    <message>
        <source>+ Create customer</source>
        <translation>+ Crear cliente</translation>
    </message>
    <message>
        <source>“{c}” is calculated from associations and cannot be sorted.</source>
        <translation>“{c}” se calcula a partir de asociaciones y no se puede ordenar.</translation>
    </message>
    <message numerus="yes">
        <source>%n customers</source>
        <translation>
            <numerusform>%n cliente</numerusform>
            <numerusform>%n clientes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardsTab</name>
    <message>
        <source>Dashboards</source>
        <translation>Paneles</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>+ Add report</source>
        <translation>+ Añadir informe</translation>
    </message>
    <message>
        <source>Dashboard actions</source>
        <translation>Acciones del panel</translation>
    </message>
    <message>
        <source>Who sees it…</source>
        <translation>Quién lo ve…</translation>
    </message>
    <message>
        <source>Remove from this tab</source>
        <translation>Quitar de esta pestaña</translation>
    </message>
    <message>
        <source>Create dashboard</source>
        <translation>Crear panel</translation>
    </message>
    <message>
        <source>Add dashboard</source>
        <translation>Añadir panel</translation>
    </message>
    <message>
        <source>No dashboards yet. Create one, then add reports to it.</source>
        <translation>Todavía no hay paneles. Crea uno y añádele informes.</translation>
    </message>
    <message>
        <source>No dashboard is shared with you yet. An admin can create one.</source>
        <translation>Todavía no se ha compartido ningún panel contigo. Un administrador puede crear uno.</translation>
    </message>
    <message>
        <source>Available to everyone</source>
        <translation>Disponible para todos</translation>
    </message>
    <message>
        <source>Assigned to {teams}</source>
        <translation>Asignado a {teams}</translation>
    </message>
    <message>
        <source>This dashboard has no reports yet: add one with “+ Add report”.</source>
        <translation>Este panel aún no tiene informes: añade uno con “+ Añadir informe”.</translation>
    </message>
    <message>
        <source>Every dashboard is on this tab already: create a new one.</source>
        <translation>Todos los paneles ya están en esta pestaña: crea uno nuevo.</translation>
    </message>
    <message>
        <source>Who sees “{name}”</source>
        <translation>Quién ve “{name}”</translation>
    </message>
    <message>
        <source>“{name}” is off this tab; “Add dashboard” puts it back.</source>
        <translation>“{name}” ya no está en esta pestaña; “Añadir panel” lo vuelve a poner.</translation>
    </message>
    <message>
        <source>New report…</source>
        <translation>Nuevo informe…</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>A date such as {example}</source>
        <translation>Una fecha como {example}</translation>
    </message>
    <message>
        <source>Pick a date from a calendar</source>
        <translation>Elegir una fecha en un calendario</translation>
    </message>
    <message>
        <source>Pick {name} from a calendar</source>
        <translation>Elegir {name} en un calendario</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>{name} time</source>
        <translation>Hora de {name}</translation>
    </message>
</context>
<context>
    <name>DayHeader</name>
    <message>
        <source>all day</source>
        <translation>todo el día</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n más</numerusform>
            <numerusform>+%n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DefaultDialog</name>
    <message>
        <source>Set “{name}” as default</source>
        <translation>Establecer “{name}” como predeterminada</translation>
    </message>
    <message>
        <source>What this view shows</source>
        <translation>Qué muestra esta vista</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message>
        <source>Delete “{name}”</source>
        <translation>Eliminar “{name}”</translation>
    </message>
    <message>
        <source>Everyone who sees this view loses it.</source>
        <translation>Todos los que ven esta vista la perderán.</translation>
    </message>
    <message>
        <source>I&apos;m sure I want to delete this view</source>
        <translation>Estoy seguro de que quiero eliminar esta vista</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>DeleteWorkspaceDialog</name>
    <message>
        <source>Delete workspace</source>
        <translation>Eliminar espacio de trabajo</translation>
    </message>
    <message>
        <source>Delete the workspace “{name}”? Its teams go back to the main workspace, and its views and settings are deleted.</source>
        <translation>¿Eliminar el espacio de trabajo “{name}”? Sus equipos vuelven al espacio de trabajo principal y se eliminan sus vistas y su configuración.</translation>
    </message>
    <message>
        <source>I understand that deleting this workspace cannot be undone</source>
        <translation>Entiendo que eliminar este espacio de trabajo no se puede deshacer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Tick the box above first.</source>
        <translation>Marca primero la casilla de arriba.</translation>
    </message>
</context>
<context>
    <name>DeletedRecordsDialog</name>
    <message>
        <source>Deleted records · {o}</source>
        <translation>Registros eliminados · {o}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Deleted records</source>
        <translation>Registros eliminados</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>{n} deleted. Select one and Restore to bring it back with its associations and history.</source>
        <translation>{n} eliminados. Selecciona uno y pulsa Restaurar para recuperarlo con sus asociaciones e historial.</translation>
    </message>
    <message>
        <source>Nothing deleted.</source>
        <translation>No hay nada eliminado.</translation>
    </message>
    <message>
        <source>Restored {names}.</source>
        <translation>Restaurados: {names}.</translation>
    </message>
</context>
<context>
    <name>EventSummary</name>
    <message>
        <source>Summary of {title}</source>
        <translation>Resumen de {title}</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Scheduled in {zone}</source>
        <translation>Programada en {zone}</translation>
    </message>
    <message>
        <source>Where: {place}</source>
        <translation>Lugar: {place}</translation>
    </message>
    <message>
        <source>Open {name} in the preview panel</source>
        <translation>Abrir {name} en el panel de vista previa</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>Start meeting</source>
        <translation>Iniciar reunión</translation>
    </message>
    <message>
        <source>Mark incomplete</source>
        <translation>Marcar como no completada</translation>
    </message>
    <message>
        <source>Mark complete</source>
        <translation>Marcar como completada</translation>
    </message>
    <message>
        <source>Task · {type}</source>
        <translation>Tarea · {type}</translation>
    </message>
    <message>
        <source>{p} priority</source>
        <translation>Prioridad {p}</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completada</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> y %n más</numerusform>
            <numerusform> y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>With {names}</source>
        <translation>Con {names}</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Asistentes</translation>
    </message>
</context>
<context>
    <name>ExportRangeDialog</name>
    <message>
        <source>Export schedule</source>
        <translation>Exportar agenda</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>The last day is before the first.</source>
        <translation>El último día es anterior al primero.</translation>
    </message>
</context>
<context>
    <name>ExportRow</name>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Exportar a CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting {n}…</source>
        <translation>Exportando {n}…</translation>
    </message>
    <message>
        <source>The export could not be written: {e}</source>
        <translation>No se pudo escribir la exportación: {e}</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>Exported {n} to {path}</source>
        <translation>Se exportaron {n} a {path}</translation>
    </message>
</context>
<context>
    <name>FeedTab</name>
    <message>
        <source>Activity type</source>
        <translation>Tipo de actividad</translation>
    </message>
    <message>
        <source>All activity types</source>
        <translation>Todos los tipos de actividad</translation>
    </message>
    <message>
        <source>Sequence enrollment</source>
        <translation>Inscripción en secuencias</translation>
    </message>
    <message>
        <source>Any enrollment</source>
        <translation>Cualquier inscripción</translation>
    </message>
    <message>
        <source>Enrolled in a sequence</source>
        <translation>Inscrito en una secuencia</translation>
    </message>
    <message>
        <source>Not in a sequence</source>
        <translation>Sin secuencia</translation>
    </message>
    <message>
        <source>Search activity</source>
        <translation>Buscar actividad</translation>
    </message>
    <message>
        <source>Search the feed</source>
        <translation>Buscar en la actividad</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Load older activities</source>
        <translation>Cargar actividades anteriores</translation>
    </message>
    <message>
        <source>Reading the feed…</source>
        <translation>Cargando la actividad…</translation>
    </message>
    <message>
        <source>Yesterday {time}</source>
        <translation>Ayer {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n activity types</source>
        <translation>
            <numerusform>%n tipo de actividad</numerusform>
            <numerusform>%n tipos de actividad</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown, older ones below</source>
        <translation>
            <numerusform>%Ln mostrada; las anteriores, más abajo</numerusform>
            <numerusform>%Ln mostradas; las anteriores, más abajo</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} notifications</source>
        <translation>{n} notificaciones</translation>
    </message>
    <message>
        <source>No activity matches these filters.</source>
        <translation>Ninguna actividad coincide con estos filtros.</translation>
    </message>
    <message>
        <source>No activity yet from the contacts of the customers you own. E-mails opened, pages visited and forms submitted by their contacts show up here.</source>
        <translation>Todavía no hay actividad de los contactos de los clientes que te pertenecen. Aquí aparecen los correos abiertos, las páginas visitadas y los formularios enviados por sus contactos.</translation>
    </message>
    <message>
        <source>Notification deleted: {title}</source>
        <translation>Notificación eliminada: {title}</translation>
    </message>
    <message>
        <source>Call with {name}</source>
        <translation>Llamada con {name}</translation>
    </message>
    <message>
        <source>Following up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Follow up with {name}</source>
        <translation>Hacer seguimiento a {name}</translation>
    </message>
    <message>
        <source>Meeting with {name}</source>
        <translation>Reunión con {name}</translation>
    </message>
    <message>
        <source>Logged against {name}.</source>
        <translation>Registrado en {name}.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Advanced filters</source>
        <translation>Filtros avanzados</translation>
    </message>
    <message>
        <source>Clear quick filters</source>
        <translation>Borrar filtros rápidos</translation>
    </message>
    <message numerus="yes">
        <source>Advanced filters (%n)</source>
        <translation>
            <numerusform>Filtros avanzados (%n)</numerusform>
            <numerusform>Filtros avanzados (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterEditor</name>
    <message>
        <source>Advanced filters</source>
        <translation>Filtros avanzados</translation>
    </message>
    <message>
        <source>{rows} match when every condition of a group holds, in any group.</source>
        <translation>{rows} coinciden cuando se cumplen todas las condiciones de cualquiera de los grupos.</translation>
    </message>
    <message>
        <source>+ Add an OR group</source>
        <translation>+ Añadir un grupo O</translation>
    </message>
    <message>
        <source>Or</source>
        <translation>O</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Donde</translation>
    </message>
    <message>
        <source>+ Add an AND condition</source>
        <translation>+ Añadir una condición Y</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to Tend</source>
        <translation>Te damos la bienvenida a Tend</translation>
    </message>
    <message>
        <source>Your customer success workspace lives in a file on this computer:</source>
        <translation>Tu espacio de trabajo de éxito del cliente se guarda en un archivo de este equipo:</translation>
    </message>
    <message>
        <source>Does your team share a Tend server?</source>
        <translation>¿Tu equipo comparte un servidor de Tend?</translation>
    </message>
    <message>
        <source>Connect to a team server…</source>
        <translation>Conectar a un servidor de equipo…</translation>
    </message>
    <message>
        <source>Explore the demo workspace</source>
        <translation>Explorar el espacio de trabajo de demostración</translation>
    </message>
    <message>
        <source>A realistic book of {n} customers with contacts, onboarding services, renewal deals, subscriptions, tickets, tasks and this week&apos;s meetings. Eight people in three teams, so you can sign in as a CSM, a team lead or an admin.</source>
        <translation>Una cartera realista de {n} clientes con contactos, servicios de onboarding, negocios de renovación, suscripciones, tickets, tareas y las reuniones de esta semana. Ocho personas en tres equipos, para que puedas iniciar sesión como CSM, jefe de equipo o administrador.</translation>
    </message>
    <message>
        <source>Open the demo workspace</source>
        <translation>Abrir el espacio de trabajo de demostración</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The demo could not be generated: {e}</source>
        <translation>No se pudo generar la demostración: {e}</translation>
    </message>
    <message>
        <source>Generating: {phase}…</source>
        <translation>Generando: {phase}…</translation>
    </message>
    <message>
        <source>Start an empty workspace</source>
        <translation>Empezar con un espacio de trabajo vacío</translation>
    </message>
    <message>
        <source>Choose what a customer is and which property names its CSM. You can change both later in Settings.</source>
        <translation>Elige qué es un cliente y qué propiedad indica su CSM. Puedes cambiar ambas cosas más adelante en Configuración.</translation>
    </message>
    <message>
        <source>Customer object</source>
        <translation>Objeto de cliente</translation>
    </message>
    <message>
        <source>CSM property</source>
        <translation>Propiedad de CSM</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <source>Super admin name</source>
        <translation>Nombre del superadministrador</translation>
    </message>
    <message>
        <source>you@company.com</source>
        <translation>tu@empresa.com</translation>
    </message>
    <message>
        <source>Super admin e-mail</source>
        <translation>Correo electrónico del superadministrador</translation>
    </message>
    <message>
        <source>Customers are</source>
        <translation>Los clientes son</translation>
    </message>
    <message>
        <source>Super admin</source>
        <translation>Superadministrador</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Create workspace</source>
        <translation>Crear espacio de trabajo</translation>
    </message>
</context>
<context>
    <name>FollowUpBar</name>
    <message>
        <source>Delete this notification</source>
        <translation>Eliminar esta notificación</translation>
    </message>
    <message>
        <source>{action}: {contact}</source>
        <translation>{action}: {contact}</translation>
    </message>
    <message>
        <source>Delete notification: {title}</source>
        <translation>Eliminar notificación: {title}</translation>
    </message>
</context>
<context>
    <name>GroupPage</name>
    <message>
        <source>Group name</source>
        <translation>Nombre del grupo</translation>
    </message>
    <message>
        <source>Group kind</source>
        <translation>Tipo de grupo</translation>
    </message>
    <message>
        <source>Maximum points</source>
        <translation>Puntos máximos</translation>
    </message>
    <message>
        <source> points</source>
        <translation> puntos</translation>
    </message>
    <message>
        <source>The most this group adds to the score</source>
        <translation>Lo máximo que este grupo suma a la puntuación</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Máximo</translation>
    </message>
    <message>
        <source>+ Add rule</source>
        <translation>+ Añadir regla</translation>
    </message>
    <message>
        <source>Each rule adds (or takes away) its points when every one of its conditions holds. The group gives at most its maximum and never less than 0.</source>
        <translation>Cada regla suma (o resta) sus puntos cuando se cumplen todas sus condiciones. El grupo aporta como mucho su máximo y nunca menos de 0.</translation>
    </message>
    <message>
        <source>Each rule counts the customer&apos;s events and gives the points of the highest band the count reaches. Inputs a customer lacks are left out and their weight spread over the group&apos;s other rules.</source>
        <translation>Cada regla cuenta los eventos del cliente y otorga los puntos del tramo más alto que alcanza el recuento. Los datos que le faltan a un cliente se omiten y su peso se reparte entre las demás reglas del grupo.</translation>
    </message>
</context>
<context>
    <name>HealthCardWidget</name>
    <message>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <source>Health score</source>
        <translation>Puntuación de salud</translation>
    </message>
    <message>
        <source>What moved it</source>
        <translation>Qué la ha cambiado</translation>
    </message>
    <message>
        <source>Not scored yet</source>
        <translation>Aún sin puntuar</translation>
    </message>
    <message>
        <source>No live health profile: publish one in Settings → Health scores.</source>
        <translation>No hay ningún perfil de salud publicado: publica uno en Configuración → Puntuaciones de salud.</translation>
    </message>
    <message>
        <source>None of the profile&apos;s rules has an input for this customer yet.</source>
        <translation>Ninguna de las reglas del perfil tiene todavía datos para este cliente.</translation>
    </message>
    <message>
        <source>Updated {at}</source>
        <translation>Actualizado {at}</translation>
    </message>
    <message>
        <source>{day} · first scored {score}</source>
        <translation>{day} · primera puntuación: {score}</translation>
    </message>
</context>
<context>
    <name>HealthEditorDialog</name>
    <message>
        <source>Health profile</source>
        <translation>Perfil de salud</translation>
    </message>
    <message>
        <source>You are editing a draft of the live profile “{name}”: customers keep their scores until you publish it.</source>
        <translation>Estás editando un borrador del perfil publicado “{name}”: los clientes conservan sus puntuaciones hasta que lo publiques.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Groups and rules</source>
        <translation>Grupos y reglas</translation>
    </message>
    <message>
        <source>Test a record</source>
        <translation>Probar un registro</translation>
    </message>
    <message>
        <source>Preview distribution</source>
        <translation>Vista previa de la distribución</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Guardar borrador</translation>
    </message>
    <message>
        <source>Keep this profile as a draft</source>
        <translation>Conservar este perfil como borrador</translation>
    </message>
    <message>
        <source>Save and publish</source>
        <translation>Guardar y publicar</translation>
    </message>
    <message>
        <source>Save, then score customers with this profile</source>
        <translation>Guardar y después puntuar a los clientes con este perfil</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nombre del perfil</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>What this score tells a CSM</source>
        <translation>Qué le indica esta puntuación a un CSM</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>At risk up to</source>
        <translation>En riesgo hasta</translation>
    </message>
    <message>
        <source>Neutral up to</source>
        <translation>Neutral hasta</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Umbrales</translation>
    </message>
    <message>
        <source>Up to {n} saved customer views. A customer in one of them is scored by this profile; a customer in no profile&apos;s segment by the default profile.</source>
        <translation>Hasta {n} vistas de clientes guardadas. Un cliente que esté en una de ellas se puntúa con este perfil; un cliente que no esté en el segmento de ningún perfil, con el perfil predeterminado.</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
    <message>
        <source>No saved customer views yet: save one on Customers.</source>
        <translation>Todavía no hay vistas de clientes guardadas: guarda una en Clientes.</translation>
    </message>
    <message>
        <source>Healthy above {m}</source>
        <translation>Saludable por encima de {m}</translation>
    </message>
    <message numerus="yes">
        <source>%n of {most} chosen</source>
        <translation>
            <numerusform>%n de {most} elegida</numerusform>
            <numerusform>%n de {most} elegidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n points</source>
        <translation>
            <numerusform>%n punto</numerusform>
            <numerusform>%n puntos</numerusform>
        </translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Sum of the groups&apos; maxima</source>
        <translation>Suma de los máximos de los grupos</translation>
    </message>
    <message>
        <source>+ Group</source>
        <translation>+ Grupo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected group and its rules</source>
        <translation>Quitar el grupo seleccionado y sus reglas</translation>
    </message>
    <message>
        <source>Add a group: a Fit group scores the customer&apos;s properties, an Engagement group counts meetings, calls, e-mails and tickets.</source>
        <translation>Añadir un grupo: un grupo de Ajuste puntúa las propiedades del cliente; un grupo de Interacción cuenta reuniones, llamadas, correos electrónicos y tickets.</translation>
    </message>
    <message>
        <source>Group {n}</source>
        <translation>Grupo {n}</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Interacción</translation>
    </message>
    <message>
        <source>Maxima: {n} of {total}</source>
        <translation>Máximos: {n} de {total}</translation>
    </message>
    <message>
        <source>New health profile</source>
        <translation>Nuevo perfil de salud</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Borrador guardado.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save your changes to this profile as a draft before closing?</source>
        <translation>¿Guardar los cambios de este perfil como borrador antes de cerrar?</translation>
    </message>
</context>
<context>
    <name>HealthProfilesPage</name>
    <message>
        <source>A health score adds up groups of rules to a score from 0 to 100: At risk, Neutral or Healthy. Each profile scores the customers of its segments; the default profile scores everyone else. Up to {live} live and {drafts} draft profiles; edit a draft, test it on a customer, preview it, then publish.</source>
        <translation>Una puntuación de salud suma grupos de reglas para obtener una puntuación de 0 a 100: En riesgo, Neutral o Saludable. Cada perfil puntúa a los clientes de sus segmentos; el perfil predeterminado puntúa a todos los demás. Hasta {live} perfiles publicados y {drafts} borradores; edita un borrador, pruébalo con un cliente, revisa la vista previa y luego publícalo.</translation>
    </message>
    <message>
        <source>New profile…</source>
        <translation>Nuevo perfil…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <source>Unpublish</source>
        <translation>Despublicar</translation>
    </message>
    <message>
        <source>Clone</source>
        <translation>Clonar</translation>
    </message>
    <message>
        <source>Set as default</source>
        <translation>Establecer como predeterminado</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Health profiles</source>
        <translation>Perfiles de salud</translation>
    </message>
    <message>
        <source>No health profiles yet. Start one from a template with New profile…</source>
        <translation>Todavía no hay perfiles de salud. Crea uno a partir de una plantilla con Nuevo perfil…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <source>“{name}” is live: its customers are scored by it.</source>
        <translation>“{name}” está publicado: puntúa a sus clientes.</translation>
    </message>
    <message>
        <source>Unpublish health profile</source>
        <translation>Despublicar perfil de salud</translation>
    </message>
    <message>
        <source>Unpublish “{name}”? Its customers stop being scored by it until it is published again.</source>
        <translation>¿Despublicar “{name}”? Sus clientes dejarán de puntuarse con él hasta que se vuelva a publicar.</translation>
    </message>
    <message>
        <source>“{name}” is a draft again.</source>
        <translation>“{name}” vuelve a ser un borrador.</translation>
    </message>
    <message>
        <source>A draft copy of “{name}” was made.</source>
        <translation>Se creó una copia en borrador de “{name}”.</translation>
    </message>
    <message>
        <source>“{name}” is the default: it scores customers in no profile&apos;s segment.</source>
        <translation>“{name}” es el predeterminado: puntúa a los clientes que no están en el segmento de ningún perfil.</translation>
    </message>
    <message>
        <source>Delete health profile</source>
        <translation>Eliminar perfil de salud</translation>
    </message>
    <message>
        <source>Delete “{name}”? This cannot be undone.</source>
        <translation>¿Eliminar “{name}”? Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>“{name}” was deleted.</source>
        <translation>Se eliminó “{name}”.</translation>
    </message>
</context>
<context>
    <name>HealthScoresDialog</name>
    <message>
        <source>Health scores</source>
        <translation>Puntuaciones de salud</translation>
    </message>
</context>
<context>
    <name>HealthSummaryCard</name>
    <message>
        <source>Customer health</source>
        <translation>Salud de los clientes</translation>
    </message>
    <message>
        <source>Health profile</source>
        <translation>Perfil de salud</translation>
    </message>
    <message>
        <source>The health profile shown</source>
        <translation>El perfil de salud que se muestra</translation>
    </message>
    <message>
        <source>Reading health scores…</source>
        <translation>Cargando puntuaciones de salud…</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation>Puntuación media</translation>
    </message>
    <message>
        <source>average score</source>
        <translation>puntuación media</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribución</translation>
    </message>
    <message>
        <source>Average over 12 months</source>
        <translation>Media de 12 meses</translation>
    </message>
    <message>
        <source>No health score is set up yet. A health score shows at a glance which customers need attention, from their data and your team&apos;s activity.</source>
        <translation>Todavía no hay ninguna puntuación de salud configurada. Una puntuación de salud muestra de un vistazo qué clientes necesitan atención, a partir de sus datos y de la actividad de tu equipo.</translation>
    </message>
    <message>
        <source>Set up health scores</source>
        <translation>Configurar puntuaciones de salud</translation>
    </message>
    <message>
        <source>Your {n} customers</source>
        <translation>Tus {n} clientes</translation>
    </message>
    <message>
        <source>All {n} customers</source>
        <translation>Los {n} clientes</translation>
    </message>
    <message>
        <source>{m} scored by {profile}</source>
        <translation>{m} puntuados por {profile}</translation>
    </message>
    <message>
        <source>{p} %</source>
        <translation>{p} %</translation>
    </message>
    <message>
        <source>1 customer</source>
        <translation>1 cliente</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers</source>
        <translation>
            <numerusform>%Ln cliente</numerusform>
            <numerusform>%Ln clientes</numerusform>
        </translation>
    </message>
    <message>
        <source>{band}: {n} customers, open in Customers</source>
        <translation>{band}: {n} clientes, abrir en Clientes</translation>
    </message>
</context>
<context>
    <name>HistogramChart</name>
    <message>
        <source>No customers scored yet</source>
        <translation>Aún no hay clientes puntuados</translation>
    </message>
    <message>
        <source>Score {low}–{high}: 1 customer</source>
        <translation>Puntuación {low}–{high}: 1 cliente</translation>
    </message>
    <message>
        <source>Score {low}–{high}: {n} customers</source>
        <translation>Puntuación {low}–{high}: {n} clientes</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Property history · {t}</source>
        <translation>Historial de la propiedad · {t}</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>No hay cambios registrados.</translation>
    </message>
</context>
<context>
    <name>IcsActions</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export schedule</source>
        <translation>Exportar agenda</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Archivos iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Exporting your schedule…</source>
        <translation>Exportando tu agenda…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>The file could not be written: {e}</source>
        <translation>No se pudo escribir el archivo: {e}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n items to {path}</source>
        <translation>
            <numerusform>Se exportó %n elemento a {path}</numerusform>
            <numerusform>Se exportaron %n elementos a {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Import meetings</source>
        <translation>Importar reuniones</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>Archivos iCalendar (*.ics);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Importando {name}…</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Importación cancelada; no se importó nada.</translation>
    </message>
    <message>
        <source>The file could not be read: {e}</source>
        <translation>No se pudo leer el archivo: {e}</translation>
    </message>
    <message>
        <source>Nothing was imported from {name}: {why}</source>
        <translation>No se importó nada de {name}: {why}</translation>
    </message>
    <message>
        <source>Imported {created} new and {updated} updated meetings from {name}.</source>
        <translation>Se importaron {created} reuniones nuevas y {updated} actualizadas de {name}.</translation>
    </message>
    <message numerus="yes">
        <source>%n items were skipped.</source>
        <translation>
            <numerusform>Se omitió %n elemento.</numerusform>
            <numerusform>Se omitieron %n elementos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportLauncher</name>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import report</source>
        <translation>Informe de importación</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Omitidos:</translation>
    </message>
    <message>
        <source>Skipped items</source>
        <translation>Elementos omitidos</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import from a CSV file</source>
        <translation>Importar desde un archivo CSV</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>A CSV file exported from a CRM or a spreadsheet</source>
        <translation>Un archivo CSV exportado desde un CRM o una hoja de cálculo</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Archivo CSV</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Import into</source>
        <translation>Importar en</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Simulación</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Step {n} of 4 · {name}</source>
        <translation>Paso {n} de 4 · {name}</translation>
    </message>
    <message>
        <source>Check rows</source>
        <translation>Comprobar filas</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Stopping after this batch…</source>
        <translation>Deteniendo tras este lote…</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt *.tsv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Leyendo {file}…</translation>
    </message>
    <message>
        <source>{rows} rows · {columns} columns · encoding {encoding} · delimiter {delimiter}</source>
        <translation>{rows} filas · {columns} columnas · codificación {encoding} · delimitador {delimiter}</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n rows…</source>
        <translation>
            <numerusform>Comprobando %n fila…</numerusform>
            <numerusform>Comprobando %n filas…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n will be linked to their company.</source>
        <translation>
            <numerusform>%n se vinculará a su empresa.</numerusform>
            <numerusform>%n se vincularán a su empresa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n rows…</source>
        <translation>
            <numerusform>Importando %n fila…</numerusform>
            <numerusform>Importando %n filas…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected rows saved to {path}.</source>
        <translation>
            <numerusform>%n fila rechazada guardada en {path}.</numerusform>
            <numerusform>%n filas rechazadas guardadas en {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The check was cancelled; nothing was imported.</source>
        <translation>Se canceló la comprobación; no se importó nada.</translation>
    </message>
    <message>
        <source>All {total} rows of the file were checked; nothing is written yet.</source>
        <translation>Se comprobaron las {total} filas del archivo; todavía no se ha escrito nada.</translation>
    </message>
    <message>
        <source>A rejected row is not imported at all; after the import, Save rejected rows… gives them back to fix and import again.</source>
        <translation>Una fila rechazada no se importa en absoluto; después de la importación, Guardar filas rechazadas… te las devuelve para que las corrijas y vuelvas a importarlas.</translation>
    </message>
    <message>
        <source>Every row can be imported.</source>
        <translation>Se pueden importar todas las filas.</translation>
    </message>
    <message>
        <source>No column finds existing records: importing this file again would create its rows again.</source>
        <translation>Ninguna columna busca registros existentes: si vuelves a importar este archivo, se volverán a crear sus filas.</translation>
    </message>
    <message>
        <source>The first {n} of {total} problems; Save rejected rows… writes them all.</source>
        <translation>Los primeros {n} de {total} problemas; Guardar filas rechazadas… los escribe todos.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>Guardar filas rechazadas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The file could not be written: {e}</source>
        <translation>No se pudo escribir el archivo: {e}</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>Deshaciendo la importación…</translation>
    </message>
</context>
<context>
    <name>LocalPersonDialog</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Settings (Ctrl+,)</source>
        <translation>Configuración (Ctrl+,)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>User menu</source>
        <translation>Menú de usuario</translation>
    </message>
    <message>
        <source>Signed in as {name}</source>
        <translation>Sesión iniciada como {name}</translation>
    </message>
    <message>
        <source>Team server: {url}</source>
        <translation>Servidor del equipo: {url}</translation>
    </message>
    <message>
        <source>Sign in as</source>
        <translation>Iniciar sesión como</translation>
    </message>
    <message>
        <source>{name} can&apos;t open the Customer Success workspace.
{reason}</source>
        <translation>{name} no puede abrir el espacio de trabajo de Customer Success.
{reason}</translation>
    </message>
    <message>
        <source>Ctrl+{n}</source>
        <translation>Ctrl+{n}</translation>
    </message>
    <message>
        <source>That view no longer exists.</source>
        <translation>Esa vista ya no existe.</translation>
    </message>
    <message>
        <source>Team workspace</source>
        <translation>Espacio de trabajo de equipo</translation>
    </message>
    <message>
        <source>A replica of {url}</source>
        <translation>Una réplica de {url}</translation>
    </message>
    <message>
        <source>Local mode · read-only</source>
        <translation>Modo local · solo lectura</translation>
    </message>
    <message>
        <source>Local mode</source>
        <translation>Modo local</translation>
    </message>
    <message>
        <source>Shared mode</source>
        <translation>Modo compartido</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop scoring; scores stored so far are kept</source>
        <translation>Detener la puntuación; se conservan las puntuaciones guardadas hasta ahora</translation>
    </message>
    <message>
        <source>Scoring customers…</source>
        <translation>Puntuando clientes…</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Columns of the file</source>
        <translation>Columnas del archivo</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>Import into</source>
        <translation>Importar en</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Primeros valores</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Leer como</translation>
    </message>
    <message>
        <source>Find existing records by</source>
        <translation>Buscar registros existentes por</translation>
    </message>
    <message>
        <source>A row whose value matches an existing record updates it instead of creating another.</source>
        <translation>Una fila cuyo valor coincide con un registro existente lo actualiza en lugar de crear otro.</translation>
    </message>
    <message>
        <source>Choose what each column of {file} fills. The check reads the first {n} rows.</source>
        <translation>Elige qué rellena cada columna de {file}. La comprobación lee las primeras {n} filas.</translation>
    </message>
    <message>
        <source>Import “{column}” into</source>
        <translation>Importar “{column}” en</translation>
    </message>
    <message>
        <source>Don&apos;t import</source>
        <translation>No importar</translation>
    </message>
    <message>
        <source>{owner} for rows without one</source>
        <translation>{owner} para las filas que no lo tienen</translation>
    </message>
    <message>
        <source>Leave empty</source>
        <translation>Dejar vacío</translation>
    </message>
    <message>
        <source>New property…</source>
        <translation>Nueva propiedad…</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>No se importa</translation>
    </message>
    <message>
        <source>No values in the first rows</source>
        <translation>No hay valores en las primeras filas</translation>
    </message>
    <message>
        <source>{parsed} of {filled} parse</source>
        <translation>{parsed} de {filled} válidos</translation>
    </message>
    <message>
        <source>row {row}: {reason}</source>
        <translation>fila {row}: {reason}</translation>
    </message>
    <message>
        <source>Day first</source>
        <translation>Día primero</translation>
    </message>
    <message>
        <source>Decimal comma</source>
        <translation>Coma decimal</translation>
    </message>
    <message>
        <source>Nothing: always create new records</source>
        <translation>Nada: crear siempre registros nuevos</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge with another record</source>
        <translation>Fusionar con otro registro</translation>
    </message>
    <message>
        <source>The record you pick is merged into “{name}”: its associations, activities and history move here, and its values fill the properties “{name}” lacks.</source>
        <translation>El registro que elijas se fusiona con “{name}”: sus asociaciones, actividades e historial pasan aquí, y sus valores rellenan las propiedades que le faltan a “{name}”.</translation>
    </message>
    <message>
        <source>Search by name or domain</source>
        <translation>Buscar por nombre o dominio</translation>
    </message>
    <message>
        <source>Find the record to merge</source>
        <translation>Buscar el registro que se fusionará</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Close message</source>
        <translation>Cerrar mensaje</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n más</numerusform>
            <numerusform>+%n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ObjectDialog</name>
    <message>
        <source>New object</source>
        <translation>Nuevo objeto</translation>
    </message>
    <message>
        <source>Rename object</source>
        <translation>Cambiar nombre del objeto</translation>
    </message>
    <message>
        <source>Singular name</source>
        <translation>Nombre en singular</translation>
    </message>
    <message>
        <source>e.g. Subscription</source>
        <translation>p. ej., Suscripción</translation>
    </message>
    <message>
        <source>Plural name</source>
        <translation>Nombre en plural</translation>
    </message>
    <message>
        <source>e.g. Subscriptions</source>
        <translation>p. ej., Suscripciones</translation>
    </message>
    <message>
        <source>Records move through stages (pipelines)</source>
        <translation>Los registros avanzan por etapas (pipelines)</translation>
    </message>
</context>
<context>
    <name>ObjectsDialog</name>
    <message>
        <source>Objects and properties</source>
        <translation>Objetos y propiedades</translation>
    </message>
</context>
<context>
    <name>ObjectsPage</name>
    <message>
        <source>Service object</source>
        <translation>Objeto de servicio</translation>
    </message>
    <message>
        <source>First revenue object</source>
        <translation>Primer objeto de ingresos</translation>
    </message>
    <message>
        <source>Second revenue object</source>
        <translation>Segundo objeto de ingresos</translation>
    </message>
    <message>
        <source>Services are</source>
        <translation>Los servicios son</translation>
    </message>
    <message>
        <source>Revenue is</source>
        <translation>Los ingresos son</translation>
    </message>
    <message>
        <source>then</source>
        <translation>y luego</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the tabs&apos; objects</source>
        <translation>Guardar los objetos de las pestañas</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objetos</translation>
    </message>
    <message>
        <source>New object…</source>
        <translation>Nuevo objeto…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propiedades</translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation>Pipelines</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>Add property…</source>
        <translation>Añadir propiedad…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurar…</translation>
    </message>
    <message>
        <source> (custom)</source>
        <translation> (personalizado)</translation>
    </message>
    <message>
        <source>Custom object</source>
        <translation>Objeto personalizado</translation>
    </message>
    <message>
        <source>Standard object</source>
        <translation>Objeto estándar</translation>
    </message>
    <message>
        <source>{obj} have no stages.</source>
        <translation>{obj} no tienen etapas.</translation>
    </message>
    <message>
        <source>Tend keeps this property: it cannot be archived.</source>
        <translation>Tend necesita esta propiedad: no se puede archivar.</translation>
    </message>
    <message>
        <source>Archive an object</source>
        <translation>Archivar un objeto</translation>
    </message>
    <message>
        <source>Archive {obj}? Its records and history are kept, but it is no longer offered anywhere.</source>
        <translation>¿Archivar {obj}? Se conservan sus registros e historial, pero deja de ofrecerse en cualquier parte.</translation>
    </message>
    <message>
        <source>Restore a property</source>
        <translation>Restaurar una propiedad</translation>
    </message>
    <message>
        <source>Archived property</source>
        <translation>Propiedad archivada</translation>
    </message>
</context>
<context>
    <name>PaintedDays</name>
    <message>
        <source>Calendar items</source>
        <translation>Elementos del calendario</translation>
    </message>
    <message>
        <source>The arrow keys move between items; Enter opens one.</source>
        <translation>Las flechas pasan de un elemento a otro; Intro abre uno.</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>todo el día</translation>
    </message>
    <message>
        <source>More items</source>
        <translation>Más elementos</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>{n} de {total}</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <source>Deactivated: cannot sign in or be assigned</source>
        <translation>Desactivado: no puede iniciar sesión ni recibir asignaciones</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Super admin</source>
        <translation>Superadministrador</translation>
    </message>
    <message>
        <source>CS settings</source>
        <translation>Configuración de CS</translation>
    </message>
    <message>
        <source>{team} (primary)</source>
        <translation>{team} (principal)</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Add a person</source>
        <translation>Añadir una persona</translation>
    </message>
    <message>
        <source>Service seat (uses every tab)</source>
        <translation>Licencia de servicio (usa todas las pestañas)</translation>
    </message>
    <message>
        <source>Manage Customer Success settings</source>
        <translation>Gestionar la configuración de Customer Success</translation>
    </message>
    <message>
        <source>Super admin</source>
        <translation>Superadministrador</translation>
    </message>
    <message>
        <source>Primary team</source>
        <translation>Equipo principal</translation>
    </message>
    <message>
        <source>None (the main workspace)</source>
        <translation>Ninguno (el espacio de trabajo principal)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>PipelineEditor</name>
    <message>
        <source>Pipelines</source>
        <translation>Pipelines</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Etapas</translation>
    </message>
    <message>
        <source>Required properties</source>
        <translation>Propiedades obligatorias</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Required to enter the stage</source>
        <translation>Obligatoria para entrar en la etapa</translation>
    </message>
    <message>
        <source>Save required</source>
        <translation>Guardar obligatorias</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>A closed stage marks won, lost or done.</source>
        <translation>Una etapa cerrada indica ganado, perdido o terminado.</translation>
    </message>
    <message>
        <source>CSM property</source>
        <translation>Propiedad de CSM</translation>
    </message>
    <message>
        <source>Renewal date property</source>
        <translation>Propiedad de fecha de renovación</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Renewal date</source>
        <translation>Fecha de renovación</translation>
    </message>
    <message>
        <source>  · closed</source>
        <translation>  · cerrada</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>In your workspace&apos;s {tab} tab</source>
        <translation>En la pestaña {tab} de tu espacio de trabajo</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Add a pipeline</source>
        <translation>Añadir un pipeline</translation>
    </message>
    <message>
        <source>Pipeline name</source>
        <translation>Nombre del pipeline</translation>
    </message>
    <message>
        <source>Rename the pipeline</source>
        <translation>Cambiar nombre del pipeline</translation>
    </message>
    <message>
        <source>Add a stage</source>
        <translation>Añadir una etapa</translation>
    </message>
    <message>
        <source>Stage name</source>
        <translation>Nombre de la etapa</translation>
    </message>
    <message>
        <source>Rename the stage</source>
        <translation>Cambiar nombre de la etapa</translation>
    </message>
</context>
<context>
    <name>PipelineTab</name>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Buscar por nombre</translation>
    </message>
    <message>
        <source>Search records</source>
        <translation>Buscar registros</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Tablero</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Show as {layout}</source>
        <translation>Mostrar como {layout}</translation>
    </message>
    <message>
        <source>Move to stage…</source>
        <translation>Mover a la etapa…</translation>
    </message>
    <message>
        <source>Move the selected cards (Ctrl+Shift+M)</source>
        <translation>Mover las tarjetas seleccionadas (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>Export this view&apos;s records to a CSV file</source>
        <translation>Exportar los registros de esta vista a un archivo CSV</translation>
    </message>
    <message>
        <source>Import records from a CSV file</source>
        <translation>Importar registros desde un archivo CSV</translation>
    </message>
    <message>
        <source>{tab} tab settings</source>
        <translation>Configuración de la pestaña {tab}</translation>
    </message>
    <message>
        <source>Create a record</source>
        <translation>Crear un registro</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>No pipeline shown here holds those records.</source>
        <translation>Ningún pipeline de los que se muestran aquí contiene esos registros.</translation>
    </message>
    <message>
        <source>Showing the records of “{what}”. Choose a view to see them all again.</source>
        <translation>Se muestran los registros de “{what}”. Elige una vista para volver a verlos todos.</translation>
    </message>
    <message>
        <source>No {object} in {pipeline} yet</source>
        <translation>Todavía no hay {object} en {pipeline}</translation>
    </message>
    <message>
        <source>Bring them in from your CRM&apos;s CSV export, or create them here: each lands in its stage of this pipeline.</source>
        <translation>Impórtalos desde la exportación CSV de tu CRM o créalos aquí: cada uno se coloca en su etapa de este pipeline.</translation>
    </message>
    <message>
        <source>Import {object}…</source>
        <translation>Importar {object}…</translation>
    </message>
    <message>
        <source>+ Create</source>
        <translation>+ Crear</translation>
    </message>
    <message>
        <source>No {object} match this view</source>
        <translation>Ningún registro de {object} coincide con esta vista</translation>
    </message>
    <message>
        <source>{n} in {pipeline}: the view&apos;s filters or search hide them.</source>
        <translation>{n} en {pipeline}: los filtros o la búsqueda de la vista los ocultan.</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Borrar búsqueda</translation>
    </message>
</context>
<context>
    <name>PreviewHost</name>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Actions ▾</source>
        <translation>Acciones ▾</translation>
    </message>
    <message>
        <source>Close the preview</source>
        <translation>Cerrar la vista previa</translation>
    </message>
    <message>
        <source>View record</source>
        <translation>Ver registro</translation>
    </message>
    <message>
        <source>The full record with its activity timeline</source>
        <translation>El registro completo con su cronología de actividad</translation>
    </message>
    <message>
        <source>Back to {r}</source>
        <translation>Volver a {r}</translation>
    </message>
    <message>
        <source>Unfollow</source>
        <translation>Dejar de seguir</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Property history</source>
        <translation>Historial de propiedades</translation>
    </message>
    <message>
        <source>Merge with another record…</source>
        <translation>Fusionar con otro registro…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Associations</source>
        <translation>Asociaciones</translation>
    </message>
    <message>
        <source>Associated {o} with {r}.</source>
        <translation>{o} asociado con {r}.</translation>
    </message>
    <message>
        <source>Removed {o} from {r}.</source>
        <translation>{o} quitado de {r}.</translation>
    </message>
    <message>
        <source>Delete record</source>
        <translation>Eliminar registro</translation>
    </message>
    <message>
        <source>Delete “{r}”? You can restore it from Deleted records.</source>
        <translation>¿Eliminar “{r}”? Puedes restaurarlo desde Registros eliminados.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Deleted {r}.</source>
        <translation>Se eliminó {r}.</translation>
    </message>
    <message>
        <source>This record was deleted.</source>
        <translation>Este registro se eliminó.</translation>
    </message>
    <message>
        <source>Before publishing, see how this draft would score every customer.</source>
        <translation>Antes de publicar, mira cómo puntuaría este borrador a cada cliente.</translation>
    </message>
    <message>
        <source>Run preview</source>
        <translation>Ejecutar vista previa</translation>
    </message>
    <message>
        <source>Scoring customers…</source>
        <translation>Puntuando clientes…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Distribution of scores</source>
        <translation>Distribución de las puntuaciones</translation>
    </message>
    <message>
        <source>Run the preview to see the distribution.</source>
        <translation>Ejecuta la vista previa para ver la distribución.</translation>
    </message>
    <message>
        <source>Preview cancelled.</source>
        <translation>Vista previa cancelada.</translation>
    </message>
    <message>
        <source>No customer has a score under this draft.</source>
        <translation>Ningún cliente tiene puntuación con este borrador.</translation>
    </message>
    <message>
        <source>Average score {n}</source>
        <translation>Puntuación media {n}</translation>
    </message>
    <message>
        <source>1 customer would change category</source>
        <translation>1 cliente cambiaría de categoría</translation>
    </message>
    <message>
        <source>{n} customers would change category</source>
        <translation>{n} clientes cambiarían de categoría</translation>
    </message>
    <message>
        <source>{n} of {total} customers have no input for any group (no score).</source>
        <translation>{n} de {total} clientes no tienen datos para ningún grupo (sin puntuación).</translation>
    </message>
    <message>
        <source>All {total} customers get a score.</source>
        <translation>Los {total} clientes obtienen una puntuación.</translation>
    </message>
    <message>
        <source>Scores are not stored until the profile is published.</source>
        <translation>Las puntuaciones no se guardan hasta que se publica el perfil.</translation>
    </message>
</context>
<context>
    <name>ProblemsTable</name>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>PropertyDialog</name>
    <message>
        <source>New property</source>
        <translation>Nueva propiedad</translation>
    </message>
    <message>
        <source>Edit property</source>
        <translation>Editar propiedad</translation>
    </message>
    <message>
        <source>Property name</source>
        <translation>Nombre de la propiedad</translation>
    </message>
    <message>
        <source>e.g. Contract tier</source>
        <translation>p. ej., Nivel de contrato</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Property type</source>
        <translation>Tipo de propiedad</translation>
    </message>
    <message>
        <source>A property keeps its type, so its values stay valid.</source>
        <translation>Una propiedad conserva su tipo para que sus valores sigan siendo válidos.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>Options, one a line</source>
        <translation>Opciones, una por línea</translation>
    </message>
    <message>
        <source>One option a line</source>
        <translation>Una opción por línea</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <source>Add an option</source>
        <translation>Añadir una opción</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Opción</translation>
    </message>
    <message>
        <source>Rename an option</source>
        <translation>Cambiar nombre de una opción</translation>
    </message>
    <message>
        <source>Records that hold “{old}” get the new name.</source>
        <translation>Los registros que tienen “{old}” reciben el nuevo nombre.</translation>
    </message>
</context>
<context>
    <name>PropertyRow</name>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>History of {p}</source>
        <translation>Historial de {p}</translation>
    </message>
    <message>
        <source>Edit {p}</source>
        <translation>Editar {p}</translation>
    </message>
    <message>
        <source>calculated</source>
        <translation>calculada</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>No hay cambios registrados.</translation>
    </message>
</context>
<context>
    <name>RecordFinder</name>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
</context>
<context>
    <name>RecordFormDialog</name>
    <message>
        <source>Create {object}</source>
        <translation>Crear {object}</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Los campos marcados con * son obligatorios.</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>{stage} needs these too:</source>
        <translation>{stage} también necesita estos:</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>No activity yet.</source>
        <translation>Todavía no hay actividad.</translation>
    </message>
</context>
<context>
    <name>RecordTestPanel</name>
    <message>
        <source>Pick a customer to see how this draft, as it is now, scores it.</source>
        <translation>Elige un cliente para ver cómo lo puntúa este borrador en su estado actual.</translation>
    </message>
    <message>
        <source>Type a customer&apos;s name or domain</source>
        <translation>Escribe el nombre o el dominio de un cliente</translation>
    </message>
    <message>
        <source>Find a customer to test</source>
        <translation>Buscar un cliente para probar</translation>
    </message>
    <message>
        <source>Test again</source>
        <translation>Volver a probar</translation>
    </message>
    <message>
        <source>Score the customer with the draft as edited now</source>
        <translation>Puntuar al cliente con el borrador tal como está editado ahora</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Score breakdown</source>
        <translation>Desglose de la puntuación</translation>
    </message>
    <message>
        <source>Group / rule</source>
        <translation>Grupo / regla</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Máx.</translation>
    </message>
    <message>
        <source>No customer picked</source>
        <translation>Ningún cliente elegido</translation>
    </message>
    <message>
        <source>Scoring {name}…</source>
        <translation>Puntuando {name}…</translation>
    </message>
    <message>
        <source>This customer has no input for any group, so this profile gives it no score.</source>
        <translation>Este cliente no tiene datos para ningún grupo, así que este perfil no le da puntuación.</translation>
    </message>
    <message>
        <source>Score = the groups&apos; points (each capped at its maximum, never below 0) out of the maxima of the groups with input, scaled to 100.</source>
        <translation>Puntuación = los puntos de los grupos (cada uno limitado a su máximo y nunca por debajo de 0) sobre los máximos de los grupos con datos, escalado a 100.</translation>
    </message>
    <message>
        <source>no input (weight spread)</source>
        <translation>sin datos (peso repartido)</translation>
    </message>
    <message>
        <source>capped at its maximum (raw {n})</source>
        <translation>limitado a su máximo (bruto {n})</translation>
    </message>
    <message>
        <source>floored at 0 (raw {n})</source>
        <translation>ajustado a 0 (bruto {n})</translation>
    </message>
    <message>
        <source>of {n}</source>
        <translation>de {n}</translation>
    </message>
    <message>
        <source>✓ matched</source>
        <translation>✓ cumple</translation>
    </message>
    <message>
        <source>✗ not matched</source>
        <translation>✗ no cumple</translation>
    </message>
    <message>
        <source>✓ renews in the window</source>
        <translation>✓ se renueva en el período</translation>
    </message>
    <message>
        <source>✗ no renewal in the window</source>
        <translation>✗ sin renovación en el período</translation>
    </message>
    <message>
        <source>1 meeting</source>
        <translation>1 reunión</translation>
    </message>
    <message>
        <source>{n} meetings</source>
        <translation>{n} reuniones</translation>
    </message>
    <message>
        <source>1 call</source>
        <translation>1 llamada</translation>
    </message>
    <message>
        <source>{n} calls</source>
        <translation>{n} llamadas</translation>
    </message>
    <message>
        <source>1 e-mail</source>
        <translation>1 correo electrónico</translation>
    </message>
    <message>
        <source>{n} e-mails</source>
        <translation>{n} correos electrónicos</translation>
    </message>
    <message>
        <source>1 open ticket</source>
        <translation>1 ticket abierto</translation>
    </message>
    <message>
        <source>{n} open tickets</source>
        <translation>{n} tickets abiertos</translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation>hace 1 día</translation>
    </message>
    <message>
        <source>{n} days ago</source>
        <translation>hace {n} días</translation>
    </message>
    <message>
        <source>{n} counted</source>
        <translation>{n} contabilizados</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>New report</source>
        <translation>Nuevo informe</translation>
    </message>
    <message>
        <source>Report name</source>
        <translation>Nombre del informe</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Report on</source>
        <translation>Informe sobre</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Property to add up</source>
        <translation>Propiedad que se suma</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Agrupar por</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <source>Stack by</source>
        <translation>Apilar por</translation>
    </message>
    <message>
        <source>stacked by</source>
        <translation>apilado por</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Add report</source>
        <translation>Añadir informe</translation>
    </message>
    <message>
        <source>Nothing (a single figure)</source>
        <translation>Nada (una sola cifra)</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>{measure} of {property}</source>
        <translation>{measure} de {property}</translation>
    </message>
    <message>
        <source>{what} by {group}</source>
        <translation>{what} por {group}</translation>
    </message>
    <message>
        <source>{name} and {stack}</source>
        <translation>{name} y {stack}</translation>
    </message>
</context>
<context>
    <name>ReportCard</name>
    <message>
        <source>Remove from the Summary</source>
        <translation>Quitar del Resumen</translation>
    </message>
    <message>
        <source>Remove {name} from the Summary</source>
        <translation>Quitar {name} del Resumen</translation>
    </message>
    <message>
        <source>This report cannot be shown: {why}</source>
        <translation>No se puede mostrar este informe: {why}</translation>
    </message>
</context>
<context>
    <name>ReportChart</name>
    <message>
        <source>No records match this report</source>
        <translation>Ningún registro coincide con este informe</translation>
    </message>
    <message>
        <source>Report table</source>
        <translation>Tabla del informe</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Q{n} {year}</source>
        <translation>T{n} {year}</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 registro</translation>
    </message>
    <message numerus="yes">
        <source>%Ln records</source>
        <translation>
            <numerusform>%Ln registro</numerusform>
            <numerusform>%Ln registros</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsSection</name>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>+ Add report</source>
        <translation>+ Añadir informe</translation>
    </message>
    <message>
        <source>No reports pinned.</source>
        <translation>No hay informes fijados.</translation>
    </message>
    <message>
        <source>Pin up to five reports here: customers by health, ARR by CSM, renewals…</source>
        <translation>Fija aquí hasta cinco informes: clientes por salud, ARR por CSM, renovaciones…</translation>
    </message>
    <message>
        <source>The Summary shows up to five reports: remove one first.</source>
        <translation>El Resumen muestra hasta cinco informes: quita uno primero.</translation>
    </message>
    <message>
        <source>Pin a ready report to your Summary</source>
        <translation>Fijar un informe predefinido en tu Resumen</translation>
    </message>
    <message>
        <source>New report…</source>
        <translation>Nuevo informe…</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Save rejected rows…</source>
        <translation>Guardar filas rechazadas…</translation>
    </message>
    <message>
        <source>The rows that were not imported, with their problems, to fix and import again</source>
        <translation>Las filas que no se importaron, con sus problemas, para corregirlas y volver a importarlas</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Deshacer importación</translation>
    </message>
    <message>
        <source>Remove what this import created and put back what it changed</source>
        <translation>Quitar lo que creó esta importación y restablecer lo que cambió</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Filas rechazadas</translation>
    </message>
    <message>
        <source>The import was cancelled. The rows imported before you cancelled stay; Undo import removes them.</source>
        <translation>Se canceló la importación. Las filas importadas antes de cancelar se conservan; Deshacer importación las quita.</translation>
    </message>
    <message>
        <source>The import is done.</source>
        <translation>La importación ha terminado.</translation>
    </message>
    <message>
        <source>The rejected rows below were not imported.</source>
        <translation>Las filas rechazadas de abajo no se importaron.</translation>
    </message>
    <message numerus="yes">
        <source>%n linked to their company.</source>
        <translation>
            <numerusform>%n vinculado a su empresa.</numerusform>
            <numerusform>%n vinculados a su empresa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Records without a {owner} are not in “Owned by me” views; other views show them.</source>
        <translation>Los registros sin {owner} no aparecen en las vistas “Míos”; las demás vistas sí los muestran.</translation>
    </message>
    <message>
        <source>New records without a {owner} in the file have {name}.</source>
        <translation>Los registros nuevos sin {owner} en el archivo tienen asignado a {name}.</translation>
    </message>
    <message>
        <source>Undo cancelled: {removed} removed, {restored} put back so far.</source>
        <translation>Deshacer cancelado: {removed} quitados y {restored} restablecidos hasta ahora.</translation>
    </message>
    <message>
        <source>Import undone: {removed} removed, {restored} put back.</source>
        <translation>Importación deshecha: {removed} quitados y {restored} restablecidos.</translation>
    </message>
    <message>
        <source>{n} changed or deleted since were left as they are.</source>
        <translation>{n} que se modificaron o eliminaron desde entonces se dejaron como están.</translation>
    </message>
</context>
<context>
    <name>RuleCard</name>
    <message>
        <source>Rule name, e.g. “NPS of 9 or more”</source>
        <translation>Nombre de la regla, p. ej., “NPS de 9 o más”</translation>
    </message>
    <message>
        <source>Rule name</source>
        <translation>Nombre de la regla</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Quitar regla</translation>
    </message>
    <message>
        <source>Remove this rule</source>
        <translation>Quitar esta regla</translation>
    </message>
    <message>
        <source>+ AND condition</source>
        <translation>+ Condición Y</translation>
    </message>
    <message>
        <source>Every condition must hold</source>
        <translation>Deben cumplirse todas las condiciones</translation>
    </message>
    <message>
        <source>Points when every condition holds</source>
        <translation>Puntos cuando se cumplen todas las condiciones</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Negative points take points away</source>
        <translation>Los puntos negativos restan puntos</translation>
    </message>
    <message>
        <source>“{key}” is no longer a property of customers: pick another.</source>
        <translation>“{key}” ya no es una propiedad de los clientes: elige otra.</translation>
    </message>
    <message>
        <source>A rule needs at least one condition.</source>
        <translation>Una regla necesita al menos una condición.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Donde</translation>
    </message>
    <message>
        <source>and</source>
        <translation>y</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Window in days</source>
        <translation>Período en días</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Calls of at least (minutes)</source>
        <translation>Llamadas de al menos (minutos)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>In the last</source>
        <translation>En los últimos</translation>
    </message>
    <message>
        <source>Calls of at least</source>
        <translation>Llamadas de al menos</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Recuentos</translation>
    </message>
    <message>
        <source>Points per band</source>
        <translation>Puntos por tramo</translation>
    </message>
    <message>
        <source>+ Band</source>
        <translation>+ Tramo</translation>
    </message>
    <message>
        <source>− Band</source>
        <translation>− Tramo</translation>
    </message>
    <message>
        <source>Remove the selected band</source>
        <translation>Quitar el tramo seleccionado</translation>
    </message>
    <message>
        <source>Within the next</source>
        <translation>En los próximos</translation>
    </message>
    <message>
        <source>From (days)</source>
        <translation>Desde (días)</translation>
    </message>
    <message>
        <source>1 = renews</source>
        <translation>1 = se renueva</translation>
    </message>
    <message>
        <source>From (count)</source>
        <translation>Desde (recuento)</translation>
    </message>
    <message>
        <source>Days since the customer&apos;s last activity; no activity at all is no input.</source>
        <translation>Días desde la última actividad del cliente; sin ninguna actividad, no hay datos.</translation>
    </message>
    <message>
        <source>Counts 1 when the renewal date falls in the window, else 0; no renewal date is no input.</source>
        <translation>Cuenta 1 cuando la fecha de renovación cae dentro del período y 0 en caso contrario; sin fecha de renovación, no hay datos.</translation>
    </message>
    <message>
        <source>Tickets associated with the customer whose stage is not closed.</source>
        <translation>Tickets asociados al cliente cuya etapa no está cerrada.</translation>
    </message>
    <message>
        <source>The customer&apos;s logged events in the window; the highest band the count reaches gives its points.</source>
        <translation>Los eventos registrados del cliente en el período; el tramo más alto que alcanza el recuento otorga sus puntos.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
</context>
<context>
    <name>SavedViewState</name>
    <message>
        <source>· Unsaved</source>
        <translation>· Sin guardar</translation>
    </message>
    <message>
        <source>This view has changes: Save view keeps them, Reset drops them.</source>
        <translation>Esta vista tiene cambios: Guardar vista los conserva y Restablecer los descarta.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Guardar vista</translation>
    </message>
    <message>
        <source>Use “+ Create view” to keep these changes as a new view.</source>
        <translation>Usa “+ Crear vista” para conservar estos cambios como una vista nueva.</translation>
    </message>
</context>
<context>
    <name>ScheduleModel</name>
    <message>
        <source>{day} · all day</source>
        <translation>{day} · todo el día</translation>
    </message>
    <message>
        <source>{first} – {last} · all day</source>
        <translation>{first} – {last} · todo el día</translation>
    </message>
    <message>
        <source>{day} · due {time}</source>
        <translation>{day} · vence a las {time}</translation>
    </message>
</context>
<context>
    <name>ScheduleTab</name>
    <message>
        <source>Calendar view</source>
        <translation>Vista de calendario</translation>
    </message>
    <message>
        <source>Day (D), week (W) or month (M)</source>
        <translation>Día (D), semana (W) o mes (M)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Go to today (T)</source>
        <translation>Ir a hoy (T)</translation>
    </message>
    <message>
        <source>Previous (Ctrl+Left)</source>
        <translation>Anterior (Ctrl+Left)</translation>
    </message>
    <message>
        <source>Next (Ctrl+Right)</source>
        <translation>Siguiente (Ctrl+Right)</translation>
    </message>
    <message>
        <source>Shown dates</source>
        <translation>Fechas mostradas</translation>
    </message>
    <message>
        <source>Hide weekends</source>
        <translation>Ocultar fines de semana</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Import meetings from an iCalendar (.ics) file</source>
        <translation>Importar reuniones desde un archivo iCalendar (.ics)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Export your schedule to an iCalendar (.ics) file</source>
        <translation>Exportar tu agenda a un archivo iCalendar (.ics)</translation>
    </message>
    <message>
        <source>Show times in another time zone; yours is {zone}</source>
        <translation>Mostrar las horas en otra zona horaria; la tuya es {zone}</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>You meet today</source>
        <translation>Hoy te reúnes con</translation>
    </message>
    <message>
        <source>Contacts you meet today</source>
        <translation>Contactos con los que te reúnes hoy</translation>
    </message>
    <message>
        <source>No contacts to meet today.</source>
        <translation>No tienes reuniones con contactos hoy.</translation>
    </message>
    <message>
        <source>Task marked complete.</source>
        <translation>Tarea marcada como completada.</translation>
    </message>
    <message>
        <source>Task marked incomplete.</source>
        <translation>Tarea marcada como no completada.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Customers settings · {ws}</source>
        <translation>Configuración de Clientes · {ws}</translation>
    </message>
    <message>
        <source>Customer object</source>
        <translation>Objeto de cliente</translation>
    </message>
    <message>
        <source>CSM property</source>
        <translation>Propiedad de CSM</translation>
    </message>
    <message>
        <source>Renewal date property</source>
        <translation>Propiedad de fecha de renovación</translation>
    </message>
    <message>
        <source>Customers are</source>
        <translation>Los clientes son</translation>
    </message>
    <message>
        <source>Renewal date</source>
        <translation>Fecha de renovación</translation>
    </message>
    <message>
        <source>{tab} tab…</source>
        <translation>Pestaña {tab}…</translation>
    </message>
    <message>
        <source>Tab settings</source>
        <translation>Configuración de pestañas</translation>
    </message>
    <message>
        <source>Objects and properties…</source>
        <translation>Objetos y propiedades…</translation>
    </message>
    <message>
        <source>Team workspaces…</source>
        <translation>Espacios de trabajo de equipo…</translation>
    </message>
    <message>
        <source>Health scores…</source>
        <translation>Puntuaciones de salud…</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espacio de trabajo</translation>
    </message>
    <message>
        <source>Users &amp;&amp; teams…</source>
        <translation>Usuarios &amp;&amp; equipos…</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Customer health</source>
        <translation>Salud de los clientes</translation>
    </message>
    <message>
        <source>Import records from a CSV file</source>
        <translation>Importar registros desde un archivo CSV</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importar CSV…</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation>Servidor del equipo</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>As my locale ({language})</source>
        <translation>Según mi configuración regional ({language})</translation>
    </message>
    <message>
        <source>This workspace is a replica of {url}</source>
        <translation>Este espacio de trabajo es una réplica de {url}</translation>
    </message>
    <message>
        <source>Connect to a team server…</source>
        <translation>Conectar a un servidor de equipo…</translation>
    </message>
    <message>
        <source>Download your team&apos;s workspace into a new file and work in it</source>
        <translation>Descargar el espacio de trabajo de tu equipo en un archivo nuevo y trabajar en él</translation>
    </message>
    <message>
        <source>Backups of this workspace file</source>
        <translation>Copias de seguridad de este archivo de espacio de trabajo</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>No backups yet: Tend takes one every day.</source>
        <translation>Todavía no hay copias de seguridad: Tend hace una cada día.</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurar…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Replace the workspace with the backup of {when}?

Tend first backs up the workspace as it is now, so this can be undone by restoring that backup.</source>
        <translation>¿Reemplazar el espacio de trabajo por la copia de seguridad del {when}?

Tend primero hace una copia de seguridad del espacio de trabajo en su estado actual, así que puedes deshacerlo restaurando esa copia.</translation>
    </message>
    <message>
        <source>The backup was not restored: {why}</source>
        <translation>No se restauró la copia de seguridad: {why}</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>En todas partes</translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message>
        <source>Create a record in {stage}</source>
        <translation>Crear un registro en {stage}</translation>
    </message>
</context>
<context>
    <name>StageMoving</name>
    <message>
        <source>Move to {stage}</source>
        <translation>Mover a {stage}</translation>
    </message>
    <message>
        <source>Select a card to move first.</source>
        <translation>Selecciona primero una tarjeta para moverla.</translation>
    </message>
</context>
<context>
    <name>StageValuesDialog</name>
    <message>
        <source>Move to {stage}</source>
        <translation>Mover a {stage}</translation>
    </message>
    <message>
        <source>{stage} needs these before a record can enter it.</source>
        <translation>{stage} necesita estos datos antes de que un registro pueda entrar.</translation>
    </message>
    <message>
        <source>{p} is required.</source>
        <translation>{p} es obligatorio.</translation>
    </message>
</context>
<context>
    <name>StatusPill</name>
    <message>
        <source>Health status: {s}</source>
        <translation>Estado de salud: {s}</translation>
    </message>
</context>
<context>
    <name>SummaryTab</name>
    <message>
        <source>Back to my Summary</source>
        <translation>Volver a mi Resumen</translation>
    </message>
    <message>
        <source>My Summary</source>
        <translation>Mi Resumen</translation>
    </message>
    <message>
        <source>Viewing: {name}</source>
        <translation>Viendo: {name}</translation>
    </message>
    <message>
        <source>See the Summary as another user</source>
        <translation>Ver el Resumen como otro usuario</translation>
    </message>
    <message>
        <source>{name} (you)</source>
        <translation>{name} (tú)</translation>
    </message>
    <message>
        <source>You are viewing the Summary of {name}, as they see it. Nothing here can be changed for them.</source>
        <translation>Estás viendo el Resumen de {name} tal como lo ve esa persona. Aquí no se puede cambiar nada en su nombre.</translation>
    </message>
    <message>
        <source>{name}&apos;s customers</source>
        <translation>Clientes de {name}</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message>
        <source>{n} min ago</source>
        <translation>hace {n} min</translation>
    </message>
    <message>
        <source>{n} h ago</source>
        <translation>hace {n} h</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Todo el día</translation>
    </message>
    <message>
        <source>Hello, {name}</source>
        <translation>Hola, {name}</translation>
    </message>
    <message>
        <source>{name}&apos;s day</source>
        <translation>El día de {name}</translation>
    </message>
    <message>
        <source>Tasks due today</source>
        <translation>Tareas que vencen hoy</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Tareas vencidas</translation>
    </message>
    <message>
        <source>Tasks due tomorrow</source>
        <translation>Tareas que vencen mañana</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>No alerts. A customer whose health changes band shows up here.</source>
        <translation>No hay alertas. Aquí aparece cualquier cliente cuya salud cambie de categoría.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>View more</source>
        <translation>Ver más</translation>
    </message>
    <message>
        <source>View more: Alerts</source>
        <translation>Ver más: Alertas</translation>
    </message>
    <message>
        <source>Task progress</source>
        <translation>Progreso de tareas</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Vencen hoy</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidas</translation>
    </message>
    <message>
        <source>Task progress: {which}</source>
        <translation>Progreso de tareas: {which}</translation>
    </message>
    <message>
        <source>{done} of {total} overdue tasks done today</source>
        <translation>{done} de {total} tareas vencidas completadas hoy</translation>
    </message>
    <message>
        <source>No overdue tasks</source>
        <translation>No hay tareas vencidas</translation>
    </message>
    <message>
        <source>{done} of {total} tasks due today done</source>
        <translation>{done} de {total} tareas que vencen hoy completadas</translation>
    </message>
    <message>
        <source>No tasks due today</source>
        <translation>No hay tareas que venzan hoy</translation>
    </message>
    <message>
        <source>Nothing here. Nice work.</source>
        <translation>Aquí no hay nada. ¡Buen trabajo!</translation>
    </message>
    <message>
        <source>View more: {list}</source>
        <translation>Ver más: {list}</translation>
    </message>
    <message>
        <source>Today&apos;s schedule</source>
        <translation>Agenda de hoy</translation>
    </message>
    <message>
        <source>Nothing scheduled today.</source>
        <translation>No hay nada programado para hoy.</translation>
    </message>
    <message>
        <source>Task · all day</source>
        <translation>Tarea · todo el día</translation>
    </message>
    <message>
        <source>Task · due {time}</source>
        <translation>Tarea · vence a las {time}</translation>
    </message>
    <message>
        <source>with {names}</source>
        <translation>con {names}</translation>
    </message>
    <message>
        <source>Start meeting</source>
        <translation>Iniciar reunión</translation>
    </message>
    <message>
        <source>Start meeting: {t}</source>
        <translation>Iniciar reunión: {t}</translation>
    </message>
    <message>
        <source>View in Schedule</source>
        <translation>Ver en Agenda</translation>
    </message>
    <message>
        <source>That item is no longer on today&apos;s schedule.</source>
        <translation>Ese elemento ya no está en la agenda de hoy.</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>Sync status</source>
        <translation>Estado de sincronización</translation>
    </message>
    <message>
        <source>Values of yours that a teammate&apos;s later edit replaced, or that the team server refused. Each record&apos;s Property history shows them, with Put back.</source>
        <translation>Valores tuyos que reemplazó una edición posterior de un compañero o que rechazó el servidor del equipo. El Historial de propiedades de cada registro los muestra, con Restablecer.</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Send your changes and fetch the team&apos;s now</source>
        <translation>Enviar tus cambios y obtener ahora los del equipo</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Iniciar sesión…</translation>
    </message>
    <message>
        <source>1 change waiting</source>
        <translation>1 cambio pendiente</translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes waiting</source>
        <translation>
            <numerusform>%Ln cambio pendiente</numerusform>
            <numerusform>%Ln cambios pendientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflicts</source>
        <translation>
            <numerusform>%Ln conflicto</numerusform>
            <numerusform>%Ln conflictos</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Sincronizado</translation>
    </message>
    <message>
        <source>Offline since {time}</source>
        <translation>Sin conexión desde {time}</translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation>Es necesario iniciar sesión</translation>
    </message>
    <message>
        <source>Last synced at {time}</source>
        <translation>Última sincronización a las {time}</translation>
    </message>
    <message>
        <source>1 conflict</source>
        <translation>1 conflicto</translation>
    </message>
    <message>
        <source>The team server refused a change: {why}</source>
        <translation>El servidor del equipo rechazó un cambio: {why}</translation>
    </message>
    <message>
        <source>Password for {url}</source>
        <translation>Contraseña para {url}</translation>
    </message>
    <message>
        <source>Sign in to the team server</source>
        <translation>Iniciar sesión en el servidor del equipo</translation>
    </message>
</context>
<context>
    <name>TabHeader</name>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Buscar (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>TabSettingsDialog</name>
    <message>
        <source>{tab} tab settings</source>
        <translation>Configuración de la pestaña {tab}</translation>
    </message>
    <message>
        <source>Show the {tab} tab</source>
        <translation>Mostrar la pestaña {tab}</translation>
    </message>
    <message>
        <source>Pipelines shown</source>
        <translation>Pipelines mostrados</translation>
    </message>
    <message>
        <source>Default pipeline</source>
        <translation>Pipeline predeterminado</translation>
    </message>
    <message>
        <source>Default layout</source>
        <translation>Diseño predeterminado</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Tablero</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>New health profile</source>
        <translation>Nuevo perfil de salud</translation>
    </message>
    <message>
        <source>Start from a template</source>
        <translation>Empezar con una plantilla</translation>
    </message>
    <message>
        <source>A template fills in groups and rules over your customers&apos; standard properties and activities; change anything before you publish.</source>
        <translation>Una plantilla rellena grupos y reglas a partir de las propiedades estándar y las actividades de tus clientes; puedes cambiar cualquier cosa antes de publicar.</translation>
    </message>
    <message>
        <source>Start from scratch</source>
        <translation>Empezar desde cero</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
</context>
<context>
    <name>ThresholdBar</name>
    <message>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Saludable</translation>
    </message>
</context>
<context>
    <name>TileCard</name>
    <message>
        <source>Arrange {name}</source>
        <translation>Organizar {name}</translation>
    </message>
    <message>
        <source>Wider</source>
        <translation>Más ancho</translation>
    </message>
    <message>
        <source>Narrower</source>
        <translation>Más estrecho</translation>
    </message>
    <message>
        <source>Taller</source>
        <translation>Más alto</translation>
    </message>
    <message>
        <source>Shorter</source>
        <translation>Más bajo</translation>
    </message>
    <message>
        <source>Remove from the dashboard</source>
        <translation>Quitar del panel</translation>
    </message>
    <message>
        <source>Drag to move this report</source>
        <translation>Arrastra para mover este informe</translation>
    </message>
    <message>
        <source>This report cannot be shown: {why}</source>
        <translation>No se puede mostrar este informe: {why}</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>A time such as 3:30 PM, 3pm or 15:30</source>
        <translation>Una hora como 3:30 PM, 3pm o 15:30</translation>
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
        <translation>Todavía no hay historial de puntuaciones</translation>
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
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Cerrar mensaje</translation>
    </message>
</context>
<context>
    <name>UsersTeamsDialog</name>
    <message>
        <source>Users &amp; teams</source>
        <translation>Usuarios y equipos</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation>Añadir una persona…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Service seat (uses every tab)</source>
        <translation>Licencia de servicio (usa todas las pestañas)</translation>
    </message>
    <message>
        <source>Manage Customer Success settings</source>
        <translation>Gestionar la configuración de Customer Success</translation>
    </message>
    <message>
        <source>Super admin</source>
        <translation>Superadministrador</translation>
    </message>
    <message>
        <source>Active (can sign in)</source>
        <translation>Activo (puede iniciar sesión)</translation>
    </message>
    <message>
        <source>Primary team</source>
        <translation>Equipo principal</translation>
    </message>
    <message>
        <source>Other teams</source>
        <translation>Otros equipos</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>No one selected</source>
        <translation>No hay nadie seleccionado</translation>
    </message>
    <message>
        <source>None (the main workspace)</source>
        <translation>Ninguno (el espacio de trabajo principal)</translation>
    </message>
</context>
<context>
    <name>ViewCardWidget</name>
    <message>
        <source>Drag to reorder the cards</source>
        <translation>Arrastra para reordenar las tarjetas</translation>
    </message>
    <message numerus="yes">
        <source>%n customers</source>
        <translation>
            <numerusform>%n cliente</numerusform>
            <numerusform>%n clientes</numerusform>
        </translation>
    </message>
    <message>
        <source>View records</source>
        <translation>Ver registros</translation>
    </message>
    <message>
        <source>View records: {name}</source>
        <translation>Ver registros: {name}</translation>
    </message>
</context>
<context>
    <name>ViewFormDialog</name>
    <message>
        <source>e.g. Renewals this quarter</source>
        <translation>p. ej., Renovaciones de este trimestre</translation>
    </message>
    <message>
        <source>View name</source>
        <translation>Nombre de la vista</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Private: only you</source>
        <translation>Privada: solo tú</translation>
    </message>
    <message>
        <source>Everyone in the workspace</source>
        <translation>Todos en el espacio de trabajo</translation>
    </message>
    <message>
        <source>Share with</source>
        <translation>Compartir con</translation>
    </message>
    <message>
        <source>Set as default and feature on the Summary</source>
        <translation>Establecer como predeterminada y destacar en el Resumen</translation>
    </message>
    <message>
        <source>What this view shows</source>
        <translation>Qué muestra esta vista</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
</context>
<context>
    <name>ViewSidebar</name>
    <message>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <source>Collapse the views</source>
        <translation>Contraer las vistas</translation>
    </message>
    <message>
        <source>Collapse or expand the views</source>
        <translation>Contraer o expandir las vistas</translation>
    </message>
    <message>
        <source>+ Create view</source>
        <translation>+ Crear vista</translation>
    </message>
    <message>
        <source>Deleted records…</source>
        <translation>Registros eliminados…</translation>
    </message>
    <message>
        <source>Records that were deleted, to restore them</source>
        <translation>Registros que se eliminaron, para restaurarlos</translation>
    </message>
    <message>
        <source>Default view: featured on the Summary</source>
        <translation>Vista predeterminada: destacada en el Resumen</translation>
    </message>
    <message>
        <source>Default view</source>
        <translation>Vista predeterminada</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privada</translation>
    </message>
    <message>
        <source>Actions for {name}</source>
        <translation>Acciones de {name}</translation>
    </message>
    <message>
        <source>Remove as default</source>
        <translation>Quitar como predeterminada</translation>
    </message>
    <message>
        <source>Set as default</source>
        <translation>Establecer como predeterminada</translation>
    </message>
    <message>
        <source>Edit view</source>
        <translation>Editar vista</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Eliminar vista</translation>
    </message>
    <message>
        <source>Create view</source>
        <translation>Crear vista</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>Menu bar</source>
        <translation>Barra de menús</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importar CSV…</translation>
    </message>
    <message>
        <source>Export this view…</source>
        <translation>Exportar esta vista…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Configuración…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Command palette…</source>
        <translation>Paleta de comandos…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Pantalla completa</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>About Tend</source>
        <translation>Acerca de Tend</translation>
    </message>
</context>
<context>
    <name>WorkspacesDialog</name>
    <message>
        <source>Team workspaces</source>
        <translation>Espacios de trabajo de equipo</translation>
    </message>
</context>
<context>
    <name>WorkspacesPage</name>
    <message>
        <source>Besides the main workspace, up to {n} team workspaces. A user sees the workspace of their primary team, otherwise the main one.</source>
        <translation>Además del espacio de trabajo principal, hasta {n} espacios de trabajo de equipo. Cada usuario ve el espacio de trabajo de su equipo principal o, si no, el principal.</translation>
    </message>
    <message>
        <source>Team workspaces</source>
        <translation>Espacios de trabajo de equipo</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Nuevo espacio de trabajo</translation>
    </message>
    <message>
        <source>Workspace name</source>
        <translation>Nombre del espacio de trabajo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Equipos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>There can be at most {n} team workspaces.</source>
        <translation>Puede haber como máximo {n} espacios de trabajo de equipo.</translation>
    </message>
    <message>
        <source>  · in {ws}</source>
        <translation>  · en {ws}</translation>
    </message>
    <message>
        <source>Team workspace {n}</source>
        <translation>Espacio de trabajo de equipo {n}</translation>
    </message>
</context>
<context>
    <name>_Donut</name>
    <message>
        <source>Donut chart</source>
        <translation>Gráfico de anillo</translation>
    </message>
</context>
</TS>
