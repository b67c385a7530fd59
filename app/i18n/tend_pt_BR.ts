<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>é pelo menos</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>é no máximo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
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
        <translation>Clientes com pontuação</translation>
    </message>
    <message>
        <source>Last edited</source>
        <translation>Última edição</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>Draft of a live profile</source>
        <translation>Rascunho de um perfil publicado</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Rascunho</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Padrão</translation>
    </message>
    <message>
        <source>Tend could not finish what you asked. Nothing else was changed.</source>
        <translation>O Tend não conseguiu concluir o que você pediu. Nada mais foi alterado.</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>Ir para</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>aba</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Criar</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <source>Move the selected cards</source>
        <translation>Mover os cartões selecionados</translation>
    </message>
    <message>
        <source>Undo the last move</source>
        <translation>Desfazer a última movimentação</translation>
    </message>
    <message>
        <source>Redo the move</source>
        <translation>Refazer a movimentação</translation>
    </message>
    <message>
        <source>Create task</source>
        <translation>Criar tarefa</translation>
    </message>
    <message>
        <source>Undo the last bulk action</source>
        <translation>Desfazer a última ação em massa</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mês</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Próximo</translation>
    </message>
    <message>
        <source>to-do</source>
        <translation>a fazer</translation>
    </message>
    <message>
        <source>Create customer</source>
        <translation>Criar cliente</translation>
    </message>
    <message>
        <source>record</source>
        <translation>registro</translation>
    </message>
    <message>
        <source>Create dashboard</source>
        <translation>Criar painel</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Objects and properties</source>
        <translation>Objetos e propriedades</translation>
    </message>
    <message>
        <source>Health scores</source>
        <translation>Pontuações de saúde</translation>
    </message>
    <message>
        <source>Team workspaces</source>
        <translation>Espaços de trabalho de equipe</translation>
    </message>
    <message>
        <source>Services tab settings</source>
        <translation>Configurações da aba Serviços</translation>
    </message>
    <message>
        <source>Revenue tab settings</source>
        <translation>Configurações da aba Receita</translation>
    </message>
    <message>
        <source>Users &amp; teams</source>
        <translation>Usuários &amp; equipes</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarefa</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunião</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Stage move</source>
        <translation>Mudança de etapa</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importação</translation>
    </message>
    <message>
        <source>Bulk action</source>
        <translation>Ação em massa</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Mesclagem</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronização</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Dados de demonstração</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Excluído</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurado</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Exibir</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ajuda</translation>
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
        <translation>Prioridade</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimento</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Associated record</source>
        <translation>Registro associado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>To-do</source>
        <translation>A fazer</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Ligação</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baixa</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aberta</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Concluída</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Alteração</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Licença</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Permissões</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Equipes</translation>
    </message>
    <message>
        <source>+ Create</source>
        <translation>+ Criar</translation>
    </message>
    <message>
        <source>Pipeline (by name)</source>
        <translation>Pipeline (pelo nome)</translation>
    </message>
    <message>
        <source>Stage (by name)</source>
        <translation>Etapa (pelo nome)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Sobrenome</translation>
    </message>
    <message>
        <source>Company, found by domain</source>
        <translation>Empresa, localizada pelo domínio</translation>
    </message>
    <message>
        <source>Company, found by name</source>
        <translation>Empresa, localizada pelo nome</translation>
    </message>
    <message>
        <source>Company, found by source record ID</source>
        <translation>Empresa, localizada pelo ID do registro de origem</translation>
    </message>
    <message>
        <source>Source record ID</source>
        <translation>ID do registro de origem</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Em risco</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutro</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Saudável</translation>
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
        <translation>Texto de uma linha</translation>
    </message>
    <message>
        <source>Multi-line text</source>
        <translation>Texto de várias linhas</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Data e hora</translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation>Escolha única</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>Múltipla escolha</translation>
    </message>
    <message>
        <source>Checkbox</source>
        <translation>Caixa de seleção</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <source>From associations (read-only)</source>
        <translation>De associações (somente leitura)</translation>
    </message>
    <message>
        <source>The name is at most {longest} characters.</source>
        <translation>O nome tem no máximo {longest} caracteres.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
    <message>
        <source>Title *</source>
        <translation>Título *</translation>
    </message>
    <message>
        <source>Associated records</source>
        <translation>Registros associados</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como o sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Contagem</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Soma</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Média</translation>
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
        <translation>Por mês</translation>
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
        <translation>Barras empilhadas</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Donut</source>
        <translation>Rosca</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabela</translation>
    </message>
    <message>
        <source>Single number</source>
        <translation>Número único</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Negócios</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Serviços</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Assinaturas</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Receita</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Ações</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Atividades</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>Painéis</translation>
    </message>
    <message>
        <source>Enter the note.</source>
        <translation>Digite a nota.</translation>
    </message>
    <message>
        <source>Enter a subject.</source>
        <translation>Digite um assunto.</translation>
    </message>
    <message>
        <source>Enter the call&apos;s length in whole minutes.</source>
        <translation>Digite a duração da ligação em minutos inteiros.</translation>
    </message>
    <message>
        <source>A call lasts between 0 and 1,440 minutes.</source>
        <translation>Uma ligação dura entre 0 e 1.440 minutos.</translation>
    </message>
    <message>
        <source>Enter what the call was about.</source>
        <translation>Descreva o assunto da ligação.</translation>
    </message>
    <message>
        <source>Enter a title.</source>
        <translation>Digite um título.</translation>
    </message>
    <message>
        <source>“{text}” is not a date (YYYY-MM-DD, optionally HH:MM).</source>
        <translation>“{text}” não é uma data (AAAA-MM-DD, opcionalmente HH:MM).</translation>
    </message>
    <message>
        <source>“{text}” is not a date and time (YYYY-MM-DD HH:MM).</source>
        <translation>“{text}” não é uma data e hora (AAAA-MM-DD HH:MM).</translation>
    </message>
    <message>
        <source>Enter the meeting&apos;s length in minutes.</source>
        <translation>Digite a duração da reunião em minutos.</translation>
    </message>
    <message>
        <source>A meeting lasts between 1 and 1,440 minutes.</source>
        <translation>Uma reunião dura entre 1 e 1.440 minutos.</translation>
    </message>
    <message>
        <source>A meeting link starts with https://</source>
        <translation>Um link de reunião começa com https://</translation>
    </message>
    <message>
        <source>A record cannot be associated with itself.</source>
        <translation>Um registro não pode ser associado a si mesmo.</translation>
    </message>
    <message>
        <source>{name} is already associated.</source>
        <translation>A associação com {name} já existe.</translation>
    </message>
    <message>
        <source>These records are not associated any more.</source>
        <translation>Esses registros não estão mais associados.</translation>
    </message>
    <message>
        <source>records</source>
        <translation>registros</translation>
    </message>
    <message>
        <source>The number of open {objects}, from the record&apos;s associations.</source>
        <translation>O número de {objects} em aberto, calculado a partir das associações do registro.</translation>
    </message>
    <message>
        <source>The number of associated {objects}, from the record&apos;s associations.</source>
        <translation>O número de registros de {objects} associados, calculado a partir das associações do registro.</translation>
    </message>
    <message>
        <source>The total amount of open {objects}, from the record&apos;s associations.</source>
        <translation>O valor total de {objects} em aberto, calculado a partir das associações do registro.</translation>
    </message>
    <message>
        <source>The total amount of associated {objects}, from the record&apos;s associations.</source>
        <translation>O valor total dos registros de {objects} associados, calculado a partir das associações do registro.</translation>
    </message>
    <message>
        <source>Only the first {n} cards of a column can be arranged.</source>
        <translation>Apenas os primeiros {n} cartões de uma coluna podem ser organizados.</translation>
    </message>
    <message>
        <source>There is no {object} pipeline “{pipeline}”.</source>
        <translation>Não há um pipeline “{pipeline}” de {object}.</translation>
    </message>
    <message>
        <source>“{stage}” is not a stage of the {pipeline} pipeline.</source>
        <translation>“{stage}” não é uma etapa do pipeline {pipeline}.</translation>
    </message>
    <message>
        <source>“{stage}” is not a stage of any {object} pipeline.</source>
        <translation>“{stage}” não é uma etapa de nenhum pipeline de {object}.</translation>
    </message>
    <message>
        <source>“{stage}” is a stage of several pipelines: map a Pipeline column.</source>
        <translation>“{stage}” é uma etapa de vários pipelines: mapeie uma coluna Pipeline.</translation>
    </message>
    <message>
        <source>There is no object “{key}”.</source>
        <translation>Não há um objeto “{key}”.</translation>
    </message>
    <message>
        <source>{objects} cannot be imported from a CSV file yet.</source>
        <translation>Ainda não é possível importar {objects} de um arquivo CSV.</translation>
    </message>
    <message>
        <source>{field} is kept by Tend itself and is not imported.</source>
        <translation>O campo {field} é mantido pelo próprio Tend e não é importado.</translation>
    </message>
    <message>
        <source>Tend keeps its own create and activity dates.</source>
        <translation>O Tend mantém as próprias datas de criação e de atividade.</translation>
    </message>
    <message>
        <source>Another column already fills this property.</source>
        <translation>Outra coluna já preenche esta propriedade.</translation>
    </message>
    <message>
        <source>No sample parses: {reason}</source>
        <translation>Nenhum valor de amostra pôde ser interpretado: {reason}</translation>
    </message>
    <message>
        <source>“{text}” is not a stage of any {object} pipeline.</source>
        <translation>“{text}” não é uma etapa de nenhum pipeline de {object}.</translation>
    </message>
    <message>
        <source>“{field}” is not a property of {objects}.</source>
        <translation>“{field}” não é uma propriedade de {objects}.</translation>
    </message>
    <message>
        <source>This file is not a text (CSV) file.</source>
        <translation>Este arquivo não é um arquivo de texto (CSV).</translation>
    </message>
    <message>
        <source>The file could not be read: {reason}.</source>
        <translation>Não foi possível ler o arquivo: {reason}.</translation>
    </message>
    <message>
        <source>This file is empty.</source>
        <translation>Este arquivo está vazio.</translation>
    </message>
    <message>
        <source>This file is not readable as {encoding}.</source>
        <translation>Este arquivo não pode ser lido como {encoding}.</translation>
    </message>
    <message>
        <source>The file has no header row naming its columns.</source>
        <translation>O arquivo não tem uma linha de cabeçalho com os nomes das colunas.</translation>
    </message>
    <message>
        <source>This file is not readable as CSV: {reason}.</source>
        <translation>Este arquivo não pode ser lido como CSV: {reason}.</translation>
    </message>
    <message>
        <source>The file&apos;s first row has empty column names: no header.</source>
        <translation>A primeira linha do arquivo tem nomes de coluna vazios: não há cabeçalho.</translation>
    </message>
    <message>
        <source>The file&apos;s first row holds values, not column names: it has no header.</source>
        <translation>A primeira linha do arquivo contém valores, não nomes de coluna: não há cabeçalho.</translation>
    </message>
    <message>
        <source>Import problem</source>
        <translation>Problema de importação</translation>
    </message>
    <message>
        <source>“{column}”: {field} is not something to import into.</source>
        <translation>“{column}”: não é possível importar para {field}.</translation>
    </message>
    <message>
        <source>Two columns fill {field}.</source>
        <translation>Duas colunas preenchem {field}.</translation>
    </message>
    <message>
        <source>No column holds the key {key}.</source>
        <translation>Nenhuma coluna contém a chave {key}.</translation>
    </message>
    <message>
        <source>{key} is not a user property to fill.</source>
        <translation>{key} não é uma propriedade de usuário que possa ser preenchida.</translation>
    </message>
    <message>
        <source>The owner for rows without one is not an active user.</source>
        <translation>O proprietário para as linhas sem valor não é um usuário ativo.</translation>
    </message>
    <message>
        <source>Row {row} of this file has the same value.</source>
        <translation>A linha {row} deste arquivo tem o mesmo valor.</translation>
    </message>
    <message>
        <source>{n} {object} records have this value.</source>
        <translation>{n} registros de {object} têm este valor.</translation>
    </message>
    <message>
        <source>No company has “{text}”.</source>
        <translation>Nenhuma empresa tem “{text}”.</translation>
    </message>
    <message>
        <source>{n} companies have “{text}”.</source>
        <translation>{n} empresas têm “{text}”.</translation>
    </message>
    <message>
        <source>A {object} needs a {field}.</source>
        <translation>Um registro de {object} precisa de um valor em {field}.</translation>
    </message>
    <message>
        <source>{field} is required to enter its stage.</source>
        <translation>O campo {field} é obrigatório para entrar na etapa.</translation>
    </message>
    <message>
        <source>Moving a record to another pipeline needs its stage too.</source>
        <translation>Mover um registro para outro pipeline também exige a etapa.</translation>
    </message>
    <message>
        <source>Row {row}: {reasons}</source>
        <translation>Linha {row}: {reasons}</translation>
    </message>
    <message>
        <source>“{text}” is not a number.</source>
        <translation>“{text}” não é um número.</translation>
    </message>
    <message>
        <source>“{text}” is not a finite number.</source>
        <translation>“{text}” não é um número finito.</translation>
    </message>
    <message>
        <source>“{text}” is not an amount.</source>
        <translation>“{text}” não é um valor monetário.</translation>
    </message>
    <message>
        <source>“{text}” is not a valid date.</source>
        <translation>“{text}” não é uma data válida.</translation>
    </message>
    <message>
        <source>“{text}” is not a date.</source>
        <translation>“{text}” não é uma data.</translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation>dia/mês/ano</translation>
    </message>
    <message>
        <source>month/day/year</source>
        <translation>mês/dia/ano</translation>
    </message>
    <message>
        <source>“{text}” is not a valid date ({order}).</source>
        <translation>“{text}” não é uma data válida ({order}).</translation>
    </message>
    <message>
        <source>“{text}” is not a date and time.</source>
        <translation>“{text}” não é uma data e hora.</translation>
    </message>
    <message>
        <source>“{text}” is not a valid time.</source>
        <translation>“{text}” não é um horário válido.</translation>
    </message>
    <message>
        <source>“{text}” is not yes or no.</source>
        <translation>“{text}” não é sim ou não.</translation>
    </message>
    <message>
        <source>“{text}” is not one of {field}&apos;s options ({shown}).</source>
        <translation>“{text}” não é uma das opções de {field} ({shown}).</translation>
    </message>
    <message>
        <source>No active user has the e-mail or name “{text}”.</source>
        <translation>Nenhum usuário ativo tem o e-mail ou nome “{text}”.</translation>
    </message>
    <message>
        <source>{field} is computed by Tend and cannot be imported.</source>
        <translation>O campo {field} é calculado pelo Tend e não pode ser importado.</translation>
    </message>
    <message>
        <source>Tick “I confirm users will have view access” first.</source>
        <translation>Marque “Confirmo que os usuários terão acesso de visualização” primeiro.</translation>
    </message>
    <message>
        <source>This dashboard is not on your workspace&apos;s Dashboards tab.</source>
        <translation>Este painel não está na aba Painéis do seu espaço de trabalho.</translation>
    </message>
    <message>
        <source>This dashboard was deleted.</source>
        <translation>Este painel foi excluído.</translation>
    </message>
    <message>
        <source>This dashboard is assigned to teams you are not in.</source>
        <translation>Este painel está atribuído a equipes das quais você não faz parte.</translation>
    </message>
    <message>
        <source>Choose the teams that may see it.</source>
        <translation>Escolha as equipes que podem vê-lo.</translation>
    </message>
    <message>
        <source>One of those teams no longer exists.</source>
        <translation>Uma dessas equipes não existe mais.</translation>
    </message>
    <message>
        <source>That dashboard is on this tab already.</source>
        <translation>Esse painel já está nesta aba.</translation>
    </message>
    <message>
        <source>Give the dashboard a name.</source>
        <translation>Dê um nome ao painel.</translation>
    </message>
    <message>
        <source>That dashboard was deleted.</source>
        <translation>Esse painel foi excluído.</translation>
    </message>
    <message>
        <source>That dashboard is no longer on this tab.</source>
        <translation>Esse painel não está mais nesta aba.</translation>
    </message>
    <message>
        <source>That report is no longer on the dashboard.</source>
        <translation>Esse relatório não está mais no painel.</translation>
    </message>
    <message>
        <source>A report is 1 to {columns} columns wide and 1 to {rows} rows tall.</source>
        <translation>Um relatório tem de 1 a {columns} colunas de largura e de 1 a {rows} linhas de altura.</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} ou {second}</translation>
    </message>
    <message>
        <source>The year needs two or four digits.</source>
        <translation>O ano precisa ter dois ou quatro dígitos.</translation>
    </message>
    <message>
        <source>“{text}” is not a date. {detail} Write {hint}.</source>
        <translation>“{text}” não é uma data. {detail} Digite {hint}.</translation>
    </message>
    <message>
        <source>“{text}” is not a date. Write {hint}.</source>
        <translation>“{text}” não é uma data. Digite {hint}.</translation>
    </message>
    <message>
        <source>“{text}” is not a date on the calendar. Write {hint}.</source>
        <translation>“{text}” não é uma data válida no calendário. Digite {hint}.</translation>
    </message>
    <message>
        <source>“{text}” is not a time. Write {hint}.</source>
        <translation>“{text}” não é um horário. Digite {hint}.</translation>
    </message>
    <message>
        <source>“{text}” needs a time too, such as {hint}.</source>
        <translation>“{text}” também precisa de um horário, como {hint}.</translation>
    </message>
    <message>
        <source>“{text}” is not a date and time. Write {example}.</source>
        <translation>“{text}” não é uma data e hora. Digite {example}.</translation>
    </message>
    <message>
        <source>The demo is generated into a local database file.</source>
        <translation>A demonstração é gerada em um arquivo de banco de dados local.</translation>
    </message>
    <message>
        <source>The demo needs at least one company.</source>
        <translation>A demonstração precisa de pelo menos uma empresa.</translation>
    </message>
    <message>
        <source>The demo has names for at most {n} companies.</source>
        <translation>A demonstração tem nomes para no máximo {n} empresas.</translation>
    </message>
    <message>
        <source>This database already has a workspace; choose a new file.</source>
        <translation>Este banco de dados já tem um espaço de trabalho; escolha um novo arquivo.</translation>
    </message>
    <message>
        <source>People and settings</source>
        <translation>Pessoas e configurações</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>E-mail opened</source>
        <translation>E-mail aberto</translation>
    </message>
    <message>
        <source>E-mail clicked</source>
        <translation>E-mail clicado</translation>
    </message>
    <message>
        <source>E-mail replied</source>
        <translation>E-mail respondido</translation>
    </message>
    <message>
        <source>Form submitted</source>
        <translation>Formulário enviado</translation>
    </message>
    <message>
        <source>Page visited</source>
        <translation>Página visitada</translation>
    </message>
    <message>
        <source>Meeting booked</source>
        <translation>Reunião agendada</translation>
    </message>
    <message>
        <source>Enrolled in sequence</source>
        <translation>Inscrito em sequência</translation>
    </message>
    <message>
        <source>Finished sequence</source>
        <translation>Sequência concluída</translation>
    </message>
    <message>
        <source>Unenrolled from sequence</source>
        <translation>Removido da sequência</translation>
    </message>
    <message>
        <source>This notification is in another CSM&apos;s feed.</source>
        <translation>Esta notificação está nas Atividades de outro CSM.</translation>
    </message>
    <message>
        <source>That notification was already deleted.</source>
        <translation>Essa notificação já foi excluída.</translation>
    </message>
    <message>
        <source>This health profile no longer exists.</source>
        <translation>Este perfil de saúde não existe mais.</translation>
    </message>
    <message>
        <source>Choose what the group scores.</source>
        <translation>Escolha o que o grupo pontua.</translation>
    </message>
    <message>
        <source>Name the profile.</source>
        <translation>Dê um nome ao perfil.</translation>
    </message>
    <message>
        <source>A profile&apos;s name has at most {n} characters.</source>
        <translation>O nome de um perfil tem no máximo {n} caracteres.</translation>
    </message>
    <message>
        <source>Name the group.</source>
        <translation>Dê um nome ao grupo.</translation>
    </message>
    <message>
        <source>A group&apos;s name has at most {n} characters.</source>
        <translation>O nome de um grupo tem no máximo {n} caracteres.</translation>
    </message>
    <message>
        <source>{name}: add at least one rule.</source>
        <translation>{name}: adicione pelo menos uma regra.</translation>
    </message>
    <message>
        <source>Name the rule.</source>
        <translation>Dê um nome à regra.</translation>
    </message>
    <message>
        <source>A rule&apos;s name has at most {n} characters.</source>
        <translation>O nome de uma regra tem no máximo {n} caracteres.</translation>
    </message>
    <message>
        <source>A profile applies to at most {n} segments.</source>
        <translation>Um perfil se aplica a no máximo {n} segmentos.</translation>
    </message>
    <message>
        <source>A segment is listed twice.</source>
        <translation>Um segmento está listado duas vezes.</translation>
    </message>
    <message>
        <source>A segment&apos;s saved view no longer exists.</source>
        <translation>A visualização salva de um segmento não existe mais.</translation>
    </message>
    <message>
        <source>“{name}” is not a saved view of Customers.</source>
        <translation>“{name}” não é uma visualização salva de Clientes.</translation>
    </message>
    <message>
        <source>A live profile is already named “{name}”.</source>
        <translation>Já existe um perfil publicado chamado “{name}”.</translation>
    </message>
    <message>
        <source>“{view}” is already the segment of “{profile}”.</source>
        <translation>“{view}” já é o segmento de “{profile}”.</translation>
    </message>
    <message>
        <source>This health profile&apos;s workspace no longer exists.</source>
        <translation>O espaço de trabalho deste perfil de saúde não existe mais.</translation>
    </message>
    <message>
        <source>This profile is a draft already.</source>
        <translation>Este perfil já é um rascunho.</translation>
    </message>
    <message>
        <source>This is the default profile, the one customers in no segment get: make another live profile the default before unpublishing it.</source>
        <translation>Este é o perfil padrão, aplicado aos clientes que não estão em nenhum segmento: defina outro perfil publicado como padrão antes de despublicá-lo.</translation>
    </message>
    <message>
        <source>Only a live profile is edited through a draft.</source>
        <translation>Somente um perfil publicado é editado por meio de um rascunho.</translation>
    </message>
    <message>
        <source>This is the default profile, the one customers in no segment get: make another live profile the default before deleting it.</source>
        <translation>Este é o perfil padrão, aplicado aos clientes que não estão em nenhum segmento: defina outro perfil publicado como padrão antes de excluí-lo.</translation>
    </message>
    <message>
        <source>Only a live profile can be the default.</source>
        <translation>Somente um perfil publicado pode ser o padrão.</translation>
    </message>
    <message>
        <source>{what}: enter a whole number.</source>
        <translation>{what}: digite um número inteiro.</translation>
    </message>
    <message>
        <source>{what}: between {low} and {high}.</source>
        <translation>{what}: entre {low} e {high}.</translation>
    </message>
    <message>
        <source>At risk up to</source>
        <translation>Em risco até</translation>
    </message>
    <message>
        <source>Neutral up to</source>
        <translation>Neutro até</translation>
    </message>
    <message>
        <source>Neutral must end above where At risk ends.</source>
        <translation>A faixa Neutro deve terminar acima do fim da faixa Em risco.</translation>
    </message>
    <message>
        <source>Add at least one group.</source>
        <translation>Adicione pelo menos um grupo.</translation>
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
        <translation>Os máximos dos grupos somam {total}; eles devem somar 100.</translation>
    </message>
    <message>
        <source>{what}: add at least one band.</source>
        <translation>{what}: adicione pelo menos uma faixa.</translation>
    </message>
    <message>
        <source>{what}: a band is a lowest count and its points.</source>
        <translation>{what}: uma faixa é uma contagem mínima e seus pontos.</translation>
    </message>
    <message>
        <source>{what}: a band&apos;s lowest count</source>
        <translation>{what}: a contagem mínima de uma faixa</translation>
    </message>
    <message>
        <source>{what}: a band&apos;s points</source>
        <translation>{what}: os pontos de uma faixa</translation>
    </message>
    <message>
        <source>{what}: the bands&apos; lowest counts must rise.</source>
        <translation>{what}: as contagens mínimas das faixas devem ser crescentes.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regra</translation>
    </message>
    <message>
        <source>{what}: the rule is not readable.</source>
        <translation>{what}: não é possível ler a regra.</translation>
    </message>
    <message>
        <source>{what}: add at least one condition.</source>
        <translation>{what}: adicione pelo menos uma condição.</translation>
    </message>
    <message>
        <source>{what}: a condition needs a property.</source>
        <translation>{what}: uma condição precisa de uma propriedade.</translation>
    </message>
    <message>
        <source>{what}: a rule gives or takes some points.</source>
        <translation>{what}: uma regra soma ou subtrai pontos.</translation>
    </message>
    <message>
        <source>{what}: “{event}” is not an event Tend counts.</source>
        <translation>{what}: “{event}” não é um evento que o Tend contabiliza.</translation>
    </message>
    <message>
        <source>{what}: the window</source>
        <translation>{what}: o período</translation>
    </message>
    <message>
        <source>{what}: only calls have a length.</source>
        <translation>{what}: somente ligações têm duração.</translation>
    </message>
    <message>
        <source>{what}: the length</source>
        <translation>{what}: a duração</translation>
    </message>
    <message>
        <source>A workspace has at most {n} live health profiles; this is one more.</source>
        <translation>Um espaço de trabalho tem no máximo {n} perfis de saúde publicados; este ultrapassaria o limite.</translation>
    </message>
    <message>
        <source>A workspace has at most {n} draft health profiles; this is one more.</source>
        <translation>Um espaço de trabalho tem no máximo {n} perfis de saúde em rascunho; este ultrapassaria o limite.</translation>
    </message>
    <message>
        <source>This alert no longer exists.</source>
        <translation>Este alerta não existe mais.</translation>
    </message>
    <message>
        <source>This alert is another user&apos;s: only they can dismiss it.</source>
        <translation>Este alerta é de outro usuário: só essa pessoa pode dispensá-lo.</translation>
    </message>
    <message>
        <source>(No title)</source>
        <translation>(Sem título)</translation>
    </message>
    <message>
        <source>tasks in calendar files are not imported</source>
        <translation>tarefas em arquivos de calendário não são importadas</translation>
    </message>
    <message>
        <source>was cancelled</source>
        <translation>foi cancelado</translation>
    </message>
    <message>
        <source>repeats more than {n} times in the days shown; the first {n} were imported</source>
        <translation>se repete mais de {n} vezes nos dias exibidos; as primeiras {n} ocorrências foram importadas</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>O arquivo está vazio.</translation>
    </message>
    <message>
        <source>This is not an iCalendar (.ics) file: it has no BEGIN:VCALENDAR line.</source>
        <translation>Este não é um arquivo iCalendar (.ics): não tem a linha BEGIN:VCALENDAR.</translation>
    </message>
    <message>
        <source>This iCalendar file cannot be read: {reason}</source>
        <translation>Não é possível ler este arquivo iCalendar: {reason}</translation>
    </message>
    <message>
        <source>The calendar in this file is incomplete: it has no END:VCALENDAR line (was the file cut short?).</source>
        <translation>O calendário deste arquivo está incompleto: não tem a linha END:VCALENDAR (o arquivo foi cortado?).</translation>
    </message>
    <message>
        <source>the value of {name}</source>
        <translation>o valor de {name}</translation>
    </message>
    <message>
        <source>a line</source>
        <translation>uma linha</translation>
    </message>
    <message>
        <source>{item}: {where} cannot be read ({reason}).</source>
        <translation>{item}: não é possível ler {where} ({reason}).</translation>
    </message>
    <message>
        <source>{title} on {day} (UID {uid})</source>
        <translation>{title} em {day} (UID {uid})</translation>
    </message>
    <message>
        <source>{title} on {day}</source>
        <translation>{title} em {day}</translation>
    </message>
    <message>
        <source>{title} (UID {uid})</source>
        <translation>{title} (UID {uid})</translation>
    </message>
    <message>
        <source>The calendar</source>
        <translation>O calendário</translation>
    </message>
    <message>
        <source>A {kind} in {item}</source>
        <translation>{kind} em {item}</translation>
    </message>
    <message>
        <source>its repeat rule cannot be worked out ({reason})</source>
        <translation>não é possível interpretar a regra de repetição ({reason})</translation>
    </message>
    <message>
        <source>has no start time</source>
        <translation>não tem horário de início</translation>
    </message>
    <message>
        <source>its time zone “{zone}” is unknown</source>
        <translation>o fuso horário “{zone}” é desconhecido</translation>
    </message>
    <message>
        <source>its times cannot be used ({reason})</source>
        <translation>os horários não podem ser usados ({reason})</translation>
    </message>
    <message>
        <source>ends before it starts</source>
        <translation>termina antes de começar</translation>
    </message>
    <message>
        <source>is already on your calendar, organized by {name}</source>
        <translation>já está na sua agenda; organizador: {name}</translation>
    </message>
    <message>
        <source>Choose another record to merge with.</source>
        <translation>Escolha outro registro para mesclar.</translation>
    </message>
    <message>
        <source>Only records of the same object can be merged.</source>
        <translation>Só é possível mesclar registros do mesmo objeto.</translation>
    </message>
    <message>
        <source>Enter the singular name.</source>
        <translation>Digite o nome no singular.</translation>
    </message>
    <message>
        <source>The singular name must be a single line.</source>
        <translation>O nome no singular deve ter uma única linha.</translation>
    </message>
    <message>
        <source>The singular name is longer than {n} characters.</source>
        <translation>O nome no singular tem mais de {n} caracteres.</translation>
    </message>
    <message>
        <source>Enter the plural name.</source>
        <translation>Digite o nome no plural.</translation>
    </message>
    <message>
        <source>The plural name must be a single line.</source>
        <translation>O nome no plural deve ter uma única linha.</translation>
    </message>
    <message>
        <source>The plural name is longer than {n} characters.</source>
        <translation>O nome no plural tem mais de {n} caracteres.</translation>
    </message>
    <message>
        <source>Enter the property name.</source>
        <translation>Digite o nome da propriedade.</translation>
    </message>
    <message>
        <source>The property name must be a single line.</source>
        <translation>O nome da propriedade deve ter uma única linha.</translation>
    </message>
    <message>
        <source>The property name is longer than {n} characters.</source>
        <translation>O nome da propriedade tem mais de {n} caracteres.</translation>
    </message>
    <message>
        <source>Enter the option.</source>
        <translation>Digite a opção.</translation>
    </message>
    <message>
        <source>The option must be a single line.</source>
        <translation>A opção deve ter uma única linha.</translation>
    </message>
    <message>
        <source>The option is longer than {n} characters.</source>
        <translation>A opção tem mais de {n} caracteres.</translation>
    </message>
    <message>
        <source>That object no longer exists.</source>
        <translation>Esse objeto não existe mais.</translation>
    </message>
    <message>
        <source>That property no longer exists.</source>
        <translation>Essa propriedade não existe mais.</translation>
    </message>
    <message>
        <source>There already is an object called “{objects}”.</source>
        <translation>Já existe um objeto chamado “{objects}”.</translation>
    </message>
    <message>
        <source>{objects} is a standard object: it keeps its name.</source>
        <translation>O objeto {objects} é padrão: ele mantém o nome.</translation>
    </message>
    <message>
        <source>the customer object of “{name}”</source>
        <translation>o objeto de clientes de “{name}”</translation>
    </message>
    <message>
        <source>the service object of “{name}”</source>
        <translation>o objeto de serviços de “{name}”</translation>
    </message>
    <message>
        <source>a revenue object of “{name}”</source>
        <translation>um objeto de receita de “{name}”</translation>
    </message>
    <message>
        <source>{objects} is a standard object: it cannot be archived.</source>
        <translation>O objeto {objects} é padrão: ele não pode ser arquivado.</translation>
    </message>
    <message>
        <source>{objects} is {uses}: choose another object there first.</source>
        <translation>O objeto {objects} é {uses}: escolha outro objeto lá primeiro.</translation>
    </message>
    <message>
        <source>{objects} already have a property called “{field}”.</source>
        <translation>O objeto {objects} já tem uma propriedade chamada “{field}”.</translation>
    </message>
    <message>
        <source>Two options are called “{text}”.</source>
        <translation>Duas opções se chamam “{text}”.</translation>
    </message>
    <message>
        <source>Choose a property type.</source>
        <translation>Escolha um tipo de propriedade.</translation>
    </message>
    <message>
        <source>A choice property needs at least one option.</source>
        <translation>Uma propriedade de escolha precisa de pelo menos uma opção.</translation>
    </message>
    <message>
        <source>Only choice properties have options.</source>
        <translation>Somente propriedades de escolha têm opções.</translation>
    </message>
    <message>
        <source>A currency is a three-letter code such as USD.</source>
        <translation>Uma moeda é um código de três letras, como USD.</translation>
    </message>
    <message>
        <source>Give every property once to reorder them.</source>
        <translation>Informe cada propriedade uma única vez para reordená-las.</translation>
    </message>
    <message>
        <source>the CSM property of “{name}”</source>
        <translation>a propriedade do CSM de “{name}”</translation>
    </message>
    <message>
        <source>the renewal date of “{name}”</source>
        <translation>a data de renovação de “{name}”</translation>
    </message>
    <message>
        <source>the services&apos; CSM property of “{name}”</source>
        <translation>a propriedade do CSM dos serviços de “{name}”</translation>
    </message>
    <message>
        <source>the services&apos; renewal date of “{name}”</source>
        <translation>a data de renovação dos serviços de “{name}”</translation>
    </message>
    <message>
        <source>a revenue setting of “{name}”</source>
        <translation>uma configuração de receita de “{name}”</translation>
    </message>
    <message>
        <source>“{field}” is kept by Tend: it cannot be archived.</source>
        <translation>A propriedade “{field}” é mantida pelo Tend: ela não pode ser arquivada.</translation>
    </message>
    <message>
        <source>“{field}” is {uses}: choose another there first.</source>
        <translation>A propriedade “{field}” é {uses}: escolha outra lá primeiro.</translation>
    </message>
    <message>
        <source>That property was archived.</source>
        <translation>Essa propriedade foi arquivada.</translation>
    </message>
    <message>
        <source>“{field}” is not a choice property.</source>
        <translation>“{field}” não é uma propriedade de escolha.</translation>
    </message>
    <message>
        <source>“{field}” already has the option “{text}”.</source>
        <translation>“{field}” já tem a opção “{text}”.</translation>
    </message>
    <message>
        <source>That option no longer exists.</source>
        <translation>Essa opção não existe mais.</translation>
    </message>
    <message>
        <source>Give every option once to reorder them.</source>
        <translation>Informe cada opção uma única vez para reordená-las.</translation>
    </message>
    <message>
        <source>“{field}” keeps at least one option.</source>
        <translation>“{field}” precisa manter pelo menos uma opção.</translation>
    </message>
    <message>
        <source>This user is deactivated.</source>
        <translation>Este usuário está desativado.</translation>
    </message>
    <message>
        <source>You don&apos;t have access to the Customer Success workspace.</source>
        <translation>Você não tem acesso ao espaço de trabalho de Customer Success.</translation>
    </message>
    <message>
        <source>The Customer Success workspace needs a service seat. Ask an admin for one.</source>
        <translation>O espaço de trabalho de Customer Success exige uma licença de serviço. Peça uma a um administrador.</translation>
    </message>
    <message>
        <source>Without a service seat you can use the Summary tab only. Ask an admin for a seat.</source>
        <translation>Sem uma licença de serviço, você só pode usar a aba Resumo. Peça uma licença a um administrador.</translation>
    </message>
    <message>
        <source>Only super admins and users with Manage CS settings can change settings.</source>
        <translation>Somente superadministradores e usuários com a permissão Gerenciar configurações de CS podem alterar as configurações.</translation>
    </message>
    <message>
        <source>Managing Customer Success settings needs a service seat.</source>
        <translation>Gerenciar as configurações de Customer Success exige uma licença de serviço.</translation>
    </message>
    <message>
        <source>Only super admins and users with Manage CS settings can share a view with Everyone.</source>
        <translation>Somente superadministradores e usuários com a permissão Gerenciar configurações de CS podem compartilhar uma visualização com Todos.</translation>
    </message>
    <message>
        <source>Only super admins and users with Manage CS settings can set or remove default views.</source>
        <translation>Somente superadministradores e usuários com a permissão Gerenciar configurações de CS podem definir ou remover visualizações padrão.</translation>
    </message>
    <message>
        <source>Only super admins and users with Manage CS settings can edit or delete shared views.</source>
        <translation>Somente superadministradores e usuários com a permissão Gerenciar configurações de CS podem editar ou excluir visualizações compartilhadas.</translation>
    </message>
    <message>
        <source>Only the person who made this private view can edit it.</source>
        <translation>Somente a pessoa que criou esta visualização privada pode editá-la.</translation>
    </message>
    <message>
        <source>Only the person who made this private view can delete it.</source>
        <translation>Somente a pessoa que criou esta visualização privada pode excluí-la.</translation>
    </message>
    <message>
        <source>Only super admins and users with Manage CS settings can see the workspace as another user.</source>
        <translation>Somente superadministradores e usuários com a permissão Gerenciar configurações de CS podem ver o espaço de trabalho como outro usuário.</translation>
    </message>
    <message>
        <source>Only super admins and users with Manage CS settings can reorder Summary cards.</source>
        <translation>Somente superadministradores e usuários com a permissão Gerenciar configurações de CS podem reordenar os cartões do Resumo.</translation>
    </message>
    <message>
        <source>Built-in views cannot be edited. Create a view of your own.</source>
        <translation>Visualizações integradas não podem ser editadas. Crie uma visualização própria.</translation>
    </message>
    <message>
        <source>Creating or editing a health score needs a service seat.</source>
        <translation>Criar ou editar uma pontuação de saúde exige uma licença de serviço.</translation>
    </message>
    <message>
        <source>Only super admins and users with Manage CS settings can create or edit health scores.</source>
        <translation>Somente superadministradores e usuários com a permissão Gerenciar configurações de CS podem criar ou editar pontuações de saúde.</translation>
    </message>
    <message>
        <source>This workspace was deleted.</source>
        <translation>Este espaço de trabalho foi excluído.</translation>
    </message>
    <message>
        <source>You are not in the “{name}” workspace: it is another team&apos;s.</source>
        <translation>Você não está no espaço de trabalho “{name}”: ele é de outra equipe.</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Desativado</translation>
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
        <translation>gerencia as configurações de CS</translation>
    </message>
    <message>
        <source>no seat</source>
        <translation>sem licença</translation>
    </message>
    <message>
        <source>no workspace access</source>
        <translation>sem acesso ao espaço de trabalho</translation>
    </message>
    <message>
        <source>Only super admins can manage users and teams.</source>
        <translation>Somente superadministradores podem gerenciar usuários e equipes.</translation>
    </message>
    <message>
        <source>Enter the pipeline name.</source>
        <translation>Digite o nome do pipeline.</translation>
    </message>
    <message>
        <source>The pipeline name must be a single line.</source>
        <translation>O nome do pipeline deve ter uma única linha.</translation>
    </message>
    <message>
        <source>The pipeline name is longer than {n} characters.</source>
        <translation>O nome do pipeline tem mais de {n} caracteres.</translation>
    </message>
    <message>
        <source>Enter the stage name.</source>
        <translation>Digite o nome da etapa.</translation>
    </message>
    <message>
        <source>The stage name must be a single line.</source>
        <translation>O nome da etapa deve ter uma única linha.</translation>
    </message>
    <message>
        <source>The stage name is longer than {n} characters.</source>
        <translation>O nome da etapa tem mais de {n} caracteres.</translation>
    </message>
    <message>
        <source>That pipeline no longer exists.</source>
        <translation>Esse pipeline não existe mais.</translation>
    </message>
    <message>
        <source>That stage no longer exists.</source>
        <translation>Essa etapa não existe mais.</translation>
    </message>
    <message>
        <source>{objects} have no stages.</source>
        <translation>{objects} não têm etapas.</translation>
    </message>
    <message>
        <source>{objects} already have a pipeline “{name}”.</source>
        <translation>{objects} já têm um pipeline chamado “{name}”.</translation>
    </message>
    <message>
        <source>A pipeline needs at least one stage.</source>
        <translation>Um pipeline precisa de pelo menos uma etapa.</translation>
    </message>
    <message>
        <source>Two stages have the same name.</source>
        <translation>Duas etapas têm o mesmo nome.</translation>
    </message>
    <message>
        <source>Give every pipeline once to reorder them.</source>
        <translation>Informe cada pipeline uma única vez para reordená-los.</translation>
    </message>
    <message>
        <source>{objects} keep at least one pipeline.</source>
        <translation>{objects} precisam manter pelo menos um pipeline.</translation>
    </message>
    <message>
        <source>{n} records are in “{name}”: move them to another first.</source>
        <translation>{n} registros estão em “{name}”: mova-os para outro pipeline primeiro.</translation>
    </message>
    <message>
        <source>“{pipeline}” already has a stage “{stage}”.</source>
        <translation>“{pipeline}” já tem uma etapa chamada “{stage}”.</translation>
    </message>
    <message>
        <source>Give every stage once to reorder them.</source>
        <translation>Informe cada etapa uma única vez para reordená-las.</translation>
    </message>
    <message>
        <source>“{name}” keeps at least one stage.</source>
        <translation>“{name}” precisa manter pelo menos uma etapa.</translation>
    </message>
    <message>
        <source>{n} records are in “{name}”: move them to another stage first.</source>
        <translation>{n} registros estão em “{name}”: mova-os para outra etapa primeiro.</translation>
    </message>
    <message>
        <source>A stage requires editable properties of its object.</source>
        <translation>Uma etapa só pode exigir propriedades editáveis do seu objeto.</translation>
    </message>
    <message>
        <source>That stage does not exist.</source>
        <translation>Essa etapa não existe.</translation>
    </message>
    <message>
        <source>That stage is not in the record&apos;s pipeline.</source>
        <translation>Essa etapa não está no pipeline do registro.</translation>
    </message>
    <message>
        <source>{field}: expects text.</source>
        <translation>{field}: espera um texto.</translation>
    </message>
    <message>
        <source>{field}: cannot hold a NUL character.</source>
        <translation>{field}: não pode conter um caractere NUL.</translation>
    </message>
    <message>
        <source>{field}: holds a character that is not valid Unicode.</source>
        <translation>{field}: contém um caractere que não é Unicode válido.</translation>
    </message>
    <message>
        <source>{field}: must be a single line.</source>
        <translation>{field}: deve ter uma única linha.</translation>
    </message>
    <message>
        <source>{field}: is longer than {n} characters.</source>
        <translation>{field}: tem mais de {n} caracteres.</translation>
    </message>
    <message>
        <source>Write 12345.5.</source>
        <translation>Digite 12345.5.</translation>
    </message>
    <message>
        <source>Write {grouped} or {plain}.</source>
        <translation>Digite {grouped} ou {plain}.</translation>
    </message>
    <message>
        <source>{field}: “{text}” is not a number. {hint}</source>
        <translation>{field}: “{text}” não é um número. {hint}</translation>
    </message>
    <message>
        <source>{field}: “{text}” is not an amount. {hint}</source>
        <translation>{field}: “{text}” não é um valor monetário. {hint}</translation>
    </message>
    <message>
        <source>{field}: expects a finite number.</source>
        <translation>{field}: espera um número finito.</translation>
    </message>
    <message>
        <source>{field}: expects a finite amount.</source>
        <translation>{field}: espera um valor monetário finito.</translation>
    </message>
    <message>
        <source>{field}: expects a number.</source>
        <translation>{field}: espera um número.</translation>
    </message>
    <message>
        <source>{field}: expects an amount.</source>
        <translation>{field}: espera um valor monetário.</translation>
    </message>
    <message>
        <source>{field}: must be less than {n} in size.</source>
        <translation>{field}: deve ser menor que {n} em valor absoluto.</translation>
    </message>
    <message>
        <source>{field}: has more than {n} significant digits.</source>
        <translation>{field}: tem mais de {n} dígitos significativos.</translation>
    </message>
    <message>
        <source>{field}: is too small to keep.</source>
        <translation>{field}: é pequeno demais para ser armazenado.</translation>
    </message>
    <message>
        <source>{field}: has more than two decimal places.</source>
        <translation>{field}: tem mais de duas casas decimais.</translation>
    </message>
    <message>
        <source>{field}: expects a date without a time.</source>
        <translation>{field}: espera uma data sem horário.</translation>
    </message>
    <message>
        <source>{field}: expects a date.</source>
        <translation>{field}: espera uma data.</translation>
    </message>
    <message>
        <source>{field}: must be between {first} and {last}.</source>
        <translation>{field}: deve estar entre {first} e {last}.</translation>
    </message>
    <message>
        <source>{field}: “{text}” is not a valid date (YYYY-MM-DD).</source>
        <translation>{field}: “{text}” não é uma data válida (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>{field}: {detail}</source>
        <translation>{field}: {detail}</translation>
    </message>
    <message>
        <source>{field}: expects a date and time.</source>
        <translation>{field}: espera uma data e hora.</translation>
    </message>
    <message>
        <source>{field}: needs a time zone.</source>
        <translation>{field}: precisa de um fuso horário.</translation>
    </message>
    <message>
        <source>{field}: must be between {first} and {last} (UTC).</source>
        <translation>{field}: deve estar entre {first} e {last} (UTC).</translation>
    </message>
    <message>
        <source>{field}: “{text}” is not a valid date and time.</source>
        <translation>{field}: “{text}” não é uma data e hora válida.</translation>
    </message>
    <message>
        <source>{field}: “{text}” is not one of its options.</source>
        <translation>{field}: “{text}” não é uma das opções.</translation>
    </message>
    <message>
        <source>{field}: expects a list of options.</source>
        <translation>{field}: espera uma lista de opções.</translation>
    </message>
    <message>
        <source>{field}: “{text}” is not yes or no.</source>
        <translation>{field}: “{text}” não é sim ou não.</translation>
    </message>
    <message>
        <source>{field}: “{text}” is not a user.</source>
        <translation>{field}: “{text}” não é um usuário.</translation>
    </message>
    <message>
        <source>{field}: that user does not exist.</source>
        <translation>{field}: esse usuário não existe.</translation>
    </message>
    <message>
        <source>{field}: {name} is deactivated.</source>
        <translation>{field}: o usuário {name} está desativado.</translation>
    </message>
    <message>
        <source>{field}: is read-only.</source>
        <translation>{field}: é somente leitura.</translation>
    </message>
    <message>
        <source>{field}: is required.</source>
        <translation>{field}: é obrigatório.</translation>
    </message>
    <message>
        <source>{field}: cannot be set.</source>
        <translation>{field}: não pode ser definido.</translation>
    </message>
    <message>
        <source>That object does not exist.</source>
        <translation>Esse objeto não existe.</translation>
    </message>
    <message>
        <source>A change is written in its own user&apos;s batch.</source>
        <translation>Cada alteração é gravada no lote do próprio usuário.</translation>
    </message>
    <message>
        <source>That pipeline does not exist.</source>
        <translation>Esse pipeline não existe.</translation>
    </message>
    <message>
        <source>That pipeline is not one of this object&apos;s.</source>
        <translation>Esse pipeline não pertence a este objeto.</translation>
    </message>
    <message>
        <source>{field}: choose at least one value.</source>
        <translation>{field}: escolha pelo menos um valor.</translation>
    </message>
    <message>
        <source>{field}: enter a value to filter by.</source>
        <translation>{field}: digite um valor para filtrar.</translation>
    </message>
    <message>
        <source>{field}: enter a number of days.</source>
        <translation>{field}: digite um número de dias.</translation>
    </message>
    <message>
        <source>{field}: the number of days cannot be negative.</source>
        <translation>{field}: o número de dias não pode ser negativo.</translation>
    </message>
    <message>
        <source>{field}: at most {n} days.</source>
        <translation>{field}: no máximo {n} dias.</translation>
    </message>
    <message>
        <source>{field}: enter a date.</source>
        <translation>{field}: digite uma data.</translation>
    </message>
    <message>
        <source>“{key}” is not a property of this object.</source>
        <translation>“{key}” não é uma propriedade deste objeto.</translation>
    </message>
    <message>
        <source>{field}: “{op}” reads a record&apos;s history, so it does not fit here.</source>
        <translation>{field}: “{op}” lê o histórico de um registro, então não se aplica aqui.</translation>
    </message>
    <message>
        <source>{field}: “{op}” does not fit this property.</source>
        <translation>{field}: “{op}” não se aplica a esta propriedade.</translation>
    </message>
    <message>
        <source>{field}: enter a lowest and a highest value.</source>
        <translation>{field}: digite um valor mínimo e um máximo.</translation>
    </message>
    <message>
        <source>{field}: enter some text.</source>
        <translation>{field}: digite algum texto.</translation>
    </message>
    <message>
        <source>{field}: enter a start and an end date.</source>
        <translation>{field}: digite uma data inicial e uma final.</translation>
    </message>
    <message>
        <source>{field}: the end is before the start.</source>
        <translation>{field}: o fim é anterior ao início.</translation>
    </message>
    <message>
        <source>is</source>
        <translation>é</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>não é</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>contém</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>começa com</translation>
    </message>
    <message>
        <source>is any of</source>
        <translation>é qualquer um de</translation>
    </message>
    <message>
        <source>is none of</source>
        <translation>não é nenhum de</translation>
    </message>
    <message>
        <source>is known</source>
        <translation>tem valor</translation>
    </message>
    <message>
        <source>is unknown</source>
        <translation>não tem valor</translation>
    </message>
    <message>
        <source>is after / greater than</source>
        <translation>é posterior a / maior que</translation>
    </message>
    <message>
        <source>is before / less than</source>
        <translation>é anterior a / menor que</translation>
    </message>
    <message>
        <source>is between</source>
        <translation>está entre</translation>
    </message>
    <message>
        <source>in the last N days</source>
        <translation>nos últimos N dias</translation>
    </message>
    <message>
        <source>in the next N days</source>
        <translation>nos próximos N dias</translation>
    </message>
    <message>
        <source>more than N days ago</source>
        <translation>há mais de N dias</translation>
    </message>
    <message>
        <source>assigned in the last N days</source>
        <translation>com atribuição nos últimos N dias</translation>
    </message>
    <message>
        <source>A {object} needs a name.</source>
        <translation>Um registro de {object} precisa de um nome.</translation>
    </message>
    <message>
        <source>{field} is required to enter this stage.</source>
        <translation>O campo {field} é obrigatório para entrar nesta etapa.</translation>
    </message>
    <message>
        <source>{field} is required to enter {stage}.</source>
        <translation>O campo {field} é obrigatório para entrar em {stage}.</translation>
    </message>
    <message>
        <source>This record was deleted.</source>
        <translation>Este registro foi excluído.</translation>
    </message>
    <message>
        <source>The name cannot be empty.</source>
        <translation>O nome não pode ficar vazio.</translation>
    </message>
    <message>
        <source>That record is not in the deleted records.</source>
        <translation>Esse registro não está entre os registros excluídos.</translation>
    </message>
    <message>
        <source>That record does not exist or was deleted.</source>
        <translation>Esse registro não existe ou foi excluído.</translation>
    </message>
    <message>
        <source>(No value)</source>
        <translation>(Sem valor)</translation>
    </message>
    <message>
        <source>Choose a number or currency property to add up.</source>
        <translation>Escolha uma propriedade de número ou de moeda para somar.</translation>
    </message>
    <message>
        <source>A stacked bar needs a grouping and a second one.</source>
        <translation>Um gráfico de barras empilhadas precisa de um agrupamento e de um segundo agrupamento.</translation>
    </message>
    <message>
        <source>Stack the bars by another property.</source>
        <translation>Empilhe as barras por outra propriedade.</translation>
    </message>
    <message>
        <source>Tasks have no stages.</source>
        <translation>Tarefas não têm etapas.</translation>
    </message>
    <message>
        <source>Only a date grouping is cut by period.</source>
        <translation>Somente um agrupamento por data é dividido por período.</translation>
    </message>
    <message>
        <source>Group by a choice, owner, stage, checkbox or date property.</source>
        <translation>Agrupe por uma propriedade de escolha, proprietário, etapa, caixa de seleção ou data.</translation>
    </message>
    <message>
        <source>Choose weeks, months or quarters.</source>
        <translation>Escolha semanas, meses ou trimestres.</translation>
    </message>
    <message>
        <source>Stack the bars by a choice, owner, stage or checkbox property.</source>
        <translation>Empilhe as barras por uma propriedade de escolha, proprietário, etapa ou caixa de seleção.</translation>
    </message>
    <message>
        <source>Unknown user</source>
        <translation>Usuário desconhecido</translation>
    </message>
    <message>
        <source>Customers by health status</source>
        <translation>Clientes por status de saúde</translation>
    </message>
    <message>
        <source>ARR by CSM</source>
        <translation>ARR por CSM</translation>
    </message>
    <message>
        <source>Renewals by month</source>
        <translation>Renovações por mês</translation>
    </message>
    <message>
        <source>Deals by stage</source>
        <translation>Negócios por etapa</translation>
    </message>
    <message>
        <source>Tickets opened per week</source>
        <translation>Tickets abertos por semana</translation>
    </message>
    <message>
        <source>ARR by tier</source>
        <translation>ARR por nível</translation>
    </message>
    <message>
        <source>Open tasks by owner</source>
        <translation>Tarefas em aberto por responsável</translation>
    </message>
    <message>
        <source>Health by tier</source>
        <translation>Saúde por nível</translation>
    </message>
    <message>
        <source>Give the report a name.</source>
        <translation>Dê um nome ao relatório.</translation>
    </message>
    <message>
        <source>This report was deleted.</source>
        <translation>Este relatório foi excluído.</translation>
    </message>
    <message>
        <source>The Summary shows up to {n} reports: remove one first.</source>
        <translation>O Resumo mostra até {n} relatórios: remova um primeiro.</translation>
    </message>
    <message>
        <source>Owned by me</source>
        <translation>De minha propriedade</translation>
    </message>
    <message>
        <source>Customers where you are the CSM.</source>
        <translation>Clientes dos quais você é o CSM.</translation>
    </message>
    <message>
        <source>Assigned in the last 30 days</source>
        <translation>Atribuídos nos últimos 30 dias</translation>
    </message>
    <message>
        <source>Customers you became CSM of recently.</source>
        <translation>Clientes dos quais você se tornou CSM recentemente.</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Todos os clientes</translation>
    </message>
    <message>
        <source>Every customer of the workspace.</source>
        <translation>Todos os clientes do espaço de trabalho.</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Todos os registros</translation>
    </message>
    <message>
        <source>Every record of the pipeline.</source>
        <translation>Todos os registros do pipeline.</translation>
    </message>
    <message>
        <source>Records you own.</source>
        <translation>Registros de sua propriedade.</translation>
    </message>
    <message>
        <source>That view no longer exists.</source>
        <translation>Essa visualização não existe mais.</translation>
    </message>
    <message>
        <source>Give the view a name.</source>
        <translation>Dê um nome à visualização.</translation>
    </message>
    <message>
        <source>A view name has at most {n} characters.</source>
        <translation>O nome de uma visualização tem no máximo {n} caracteres.</translation>
    </message>
    <message>
        <source>There is already a view called “{name}”.</source>
        <translation>Já existe uma visualização chamada “{name}”.</translation>
    </message>
    <message>
        <source>Filters are groups of conditions.</source>
        <translation>Os filtros são grupos de condições.</translation>
    </message>
    <message>
        <source>That view&apos;s workspace no longer exists.</source>
        <translation>O espaço de trabalho dessa visualização não existe mais.</translation>
    </message>
    <message>
        <source>A view of the Actions tab lists tasks.</source>
        <translation>Uma visualização da aba Ações lista tarefas.</translation>
    </message>
    <message>
        <source>Choose what the view lists.</source>
        <translation>Escolha o que a visualização lista.</translation>
    </message>
    <message>
        <source>Default views are customer views: they feature on the Summary.</source>
        <translation>Visualizações padrão são visualizações de clientes: elas aparecem em destaque no Resumo.</translation>
    </message>
    <message>
        <source>Only views shared with Everyone can be defaults on the Summary.</source>
        <translation>Somente visualizações compartilhadas com Todos podem ser padrão no Resumo.</translation>
    </message>
    <message>
        <source>Describe the view for its Summary card.</source>
        <translation>Descreva a visualização para o cartão dela no Resumo.</translation>
    </message>
    <message>
        <source>The Summary shows at most {n} default views: remove one first.</source>
        <translation>O Resumo mostra no máximo {n} visualizações padrão: remova uma primeiro.</translation>
    </message>
    <message>
        <source>Tick “I&apos;m sure I want to delete this view” first.</source>
        <translation>Marque “Tenho certeza de que quero excluir esta visualização” primeiro.</translation>
    </message>
    <message>
        <source>That task was deleted.</source>
        <translation>Essa tarefa foi excluída.</translation>
    </message>
    <message>
        <source>The Summary&apos;s cards changed meanwhile: try again.</source>
        <translation>Os cartões do Resumo foram alterados nesse meio-tempo: tente novamente.</translation>
    </message>
    <message>
        <source>That user no longer exists or was deactivated.</source>
        <translation>Esse usuário não existe mais ou foi desativado.</translation>
    </message>
    <message>
        <source>This conflict is no longer kept.</source>
        <translation>Este conflito não está mais armazenado.</translation>
    </message>
    <message>
        <source>Only the person whose value was replaced can put it back.</source>
        <translation>Somente a pessoa cujo valor foi substituído pode repô-lo.</translation>
    </message>
    <message>
        <source>That property was removed, so its old value cannot be put back.</source>
        <translation>Essa propriedade foi removida, então o valor antigo dela não pode ser reposto.</translation>
    </message>
    <message>
        <source>“{url}” is not a server address: {reason}</source>
        <translation>“{url}” não é um endereço de servidor: {reason}</translation>
    </message>
    <message>
        <source>A team server is a PostgreSQL database: postgresql://LOGIN@HOST/DATABASE.</source>
        <translation>Um servidor da equipe é um banco de dados PostgreSQL: postgresql://LOGIN@HOST/DATABASE.</translation>
    </message>
    <message>
        <source>This team server has a workspace already; a file can only start a new one.</source>
        <translation>Este servidor da equipe já tem um espaço de trabalho; um arquivo só pode iniciar um novo.</translation>
    </message>
    <message>
        <source>A new team server needs its super admin&apos;s name and e-mail (--name and --email).</source>
        <translation>Um novo servidor da equipe precisa do nome e do e-mail do superadministrador (--name e --email).</translation>
    </message>
    <message>
        <source>The login “{login}” is not a user of this team server&apos;s workspace; run this as its super admin&apos;s login.</source>
        <translation>O login “{login}” não é um usuário do espaço de trabalho deste servidor da equipe; execute isto com o login do superadministrador.</translation>
    </message>
    <message>
        <source>{source} does not exist.</source>
        <translation>{source} não existe.</translation>
    </message>
    <message>
        <source>{source} is a replica of a team server, not a workspace.</source>
        <translation>{source} é uma réplica de um servidor da equipe, não um espaço de trabalho.</translation>
    </message>
    <message>
        <source>Uploading {table}</source>
        <translation>Enviando {table}</translation>
    </message>
    <message>
        <source>The workspace has no super admin with the e-mail {email}.</source>
        <translation>O espaço de trabalho não tem um superadministrador com o e-mail {email}.</translation>
    </message>
    <message>
        <source>The workspace has no active super admin to sign in as.</source>
        <translation>O espaço de trabalho não tem um superadministrador ativo com o qual entrar.</translation>
    </message>
    <message>
        <source>No team is named {names}; teams: none yet</source>
        <translation>Nenhuma equipe se chama {names}; equipes: nenhuma ainda</translation>
    </message>
    <message>
        <source>No team is named {names}; teams: {teams}</source>
        <translation>Nenhuma equipe se chama {names}; equipes: {teams}</translation>
    </message>
    <message>
        <source>A user needs a name.</source>
        <translation>Um usuário precisa de um nome.</translation>
    </message>
    <message>
        <source>“{email}” is not an e-mail address.</source>
        <translation>“{email}” não é um endereço de e-mail.</translation>
    </message>
    <message>
        <source>“{login}” cannot be a login: up to 63 lower-case letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>“{login}” não pode ser um login: até 63 letras minúsculas, dígitos, &apos;_&apos;, &apos;.&apos; ou &apos;-&apos;, começando com uma letra.</translation>
    </message>
    <message>
        <source>A user needs a password to sign in.</source>
        <translation>Um usuário precisa de uma senha para entrar.</translation>
    </message>
    <message>
        <source>The login “{login}” is already a user.</source>
        <translation>O login “{login}” já é um usuário.</translation>
    </message>
    <message>
        <source>The server already has a login “{login}” (another database&apos;s?).</source>
        <translation>O servidor já tem um login “{login}” (de outro banco de dados?).</translation>
    </message>
    <message>
        <source>The server refused to create the login “{login}”: {reason}. Ask whoever runs the server to give your PostgreSQL login the right to create logins (CREATEROLE).</source>
        <translation>O servidor se recusou a criar o login “{login}”: {reason}. Peça a quem administra o servidor que dê ao seu login do PostgreSQL a permissão de criar logins (CREATEROLE).</translation>
    </message>
    <message>
        <source>Could not open {target}: {reason}</source>
        <translation>Não foi possível abrir {target}: {reason}</translation>
    </message>
    <message>
        <source>Only a super admin&apos;s login can add users (“{login}” is not one).</source>
        <translation>Somente o login de um superadministrador pode adicionar usuários (“{login}” não é).</translation>
    </message>
    <message>
        <source>Could not sign in: {reason}</source>
        <translation>Não foi possível entrar: {reason}</translation>
    </message>
    <message>
        <source>Could not reach the server: {reason}</source>
        <translation>Não foi possível acessar o servidor: {reason}</translation>
    </message>
    <message>
        <source>{path} already exists; choose another file.</source>
        <translation>{path} já existe; escolha outro arquivo.</translation>
    </message>
    <message>
        <source>The login “{login}” is not a user of this team&apos;s workspace.</source>
        <translation>O login “{login}” não é um usuário do espaço de trabalho desta equipe.</translation>
    </message>
    <message>
        <source>Downloading {table}</source>
        <translation>Baixando {table}</translation>
    </message>
    <message>
        <source>Indexing</source>
        <translation>Indexando</translation>
    </message>
    <message>
        <source>Indexing the search</source>
        <translation>Indexando a pesquisa</translation>
    </message>
    <message>
        <source>Choose among this tab&apos;s pipelines.</source>
        <translation>Escolha entre os pipelines desta aba.</translation>
    </message>
    <message>
        <source>Choose at least one pipeline to show.</source>
        <translation>Escolha pelo menos um pipeline para mostrar.</translation>
    </message>
    <message>
        <source>The default pipeline must be one shown.</source>
        <translation>O pipeline padrão deve estar entre os exibidos.</translation>
    </message>
    <message>
        <source>The layout is a board or a table.</source>
        <translation>O layout deve ser quadro ou tabela.</translation>
    </message>
    <message>
        <source>Services must be an object with stages.</source>
        <translation>O objeto de serviços deve ter etapas.</translation>
    </message>
    <message>
        <source>Choose at most two revenue objects.</source>
        <translation>Escolha no máximo dois objetos de receita.</translation>
    </message>
    <message>
        <source>Revenue objects are deals or custom objects with stages.</source>
        <translation>Objetos de receita são negócios ou objetos personalizados com etapas.</translation>
    </message>
    <message>
        <source>{objects} are the service object: choose another.</source>
        <translation>O objeto {objects} já é o objeto de serviços: escolha outro.</translation>
    </message>
    <message>
        <source>That object is not shown in this tab.</source>
        <translation>Esse objeto não é exibido nesta aba.</translation>
    </message>
    <message>
        <source>“{kind}” is not a bulk action.</source>
        <translation>“{kind}” não é uma ação em massa.</translation>
    </message>
    <message>
        <source>Choose someone who can sign in.</source>
        <translation>Escolha alguém que possa entrar.</translation>
    </message>
    <message>
        <source>Choose to-do, call or e-mail.</source>
        <translation>Escolha A fazer, Ligação ou E-mail.</translation>
    </message>
    <message>
        <source>Choose a priority.</source>
        <translation>Escolha uma prioridade.</translation>
    </message>
    <message>
        <source>Choose a property to edit.</source>
        <translation>Escolha uma propriedade para editar.</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Data de vencimento</translation>
    </message>
    <message>
        <source>Create date</source>
        <translation>Data de criação</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Atribuído a</translation>
    </message>
    <message>
        <source>The Tasks object is missing from this workspace.</source>
        <translation>O objeto Tarefas não existe neste espaço de trabalho.</translation>
    </message>
    <message>
        <source>A due time needs a due date.</source>
        <translation>Uma hora de vencimento precisa de uma data de vencimento.</translation>
    </message>
    <message>
        <source>“{text}” is not a date (YYYY-MM-DD).</source>
        <translation>“{text}” não é uma data (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>“{text}” is not a time (HH:MM).</source>
        <translation>“{text}” não é um horário (HH:MM).</translation>
    </message>
    <message>
        <source>The due date must be between {first} and {last}.</source>
        <translation>A data de vencimento deve estar entre {first} e {last}.</translation>
    </message>
    <message>
        <source>{field} cannot hold a NUL character.</source>
        <translation>O campo {field} não pode conter um caractere NUL.</translation>
    </message>
    <message>
        <source>{field} holds a character that is not valid Unicode.</source>
        <translation>O campo {field} contém um caractere que não é Unicode válido.</translation>
    </message>
    <message>
        <source>{field} is longer than {n} characters.</source>
        <translation>O campo {field} tem mais de {n} caracteres.</translation>
    </message>
    <message>
        <source>Choose open or completed.</source>
        <translation>Escolha em aberto ou concluída.</translation>
    </message>
    <message>
        <source>An associated record was deleted.</source>
        <translation>Um registro associado foi excluído.</translation>
    </message>
    <message>
        <source>I understand that deleting this workspace cannot be undone</source>
        <translation>Entendo que a exclusão deste espaço de trabalho não pode ser desfeita</translation>
    </message>
    <message>
        <source>That workspace no longer exists.</source>
        <translation>Esse espaço de trabalho não existe mais.</translation>
    </message>
    <message>
        <source>The main workspace is not a team workspace.</source>
        <translation>O espaço de trabalho principal não é um espaço de trabalho de equipe.</translation>
    </message>
    <message>
        <source>Enter the workspace&apos;s name.</source>
        <translation>Digite o nome do espaço de trabalho.</translation>
    </message>
    <message>
        <source>The name is one line of at most 200 characters.</source>
        <translation>O nome deve ter uma única linha de no máximo 200 caracteres.</translation>
    </message>
    <message>
        <source>There already is a workspace called “{text}”.</source>
        <translation>Já existe um espaço de trabalho chamado “{text}”.</translation>
    </message>
    <message>
        <source>The description is over {n} characters.</source>
        <translation>A descrição tem mais de {n} caracteres.</translation>
    </message>
    <message>
        <source>That team no longer exists.</source>
        <translation>Essa equipe não existe mais.</translation>
    </message>
    <message>
        <source>The team “{team}” belongs to the workspace “{workspace}”: remove it there first.</source>
        <translation>A equipe “{team}” pertence ao espaço de trabalho “{workspace}”: remova-a de lá primeiro.</translation>
    </message>
    <message>
        <source>There can be at most {n} team workspaces.</source>
        <translation>É possível ter no máximo {n} espaços de trabalho de equipe.</translation>
    </message>
    <message>
        <source>Tick “{confirmation}” to delete “{name}”.</source>
        <translation>Marque “{confirmation}” para excluir “{name}”.</translation>
    </message>
    <message>
        <source>This person is no longer in the account.</source>
        <translation>Esta pessoa não está mais na conta.</translation>
    </message>
    <message>
        <source>You cannot take super admin rights from yourself or deactivate yourself: ask another super admin.</source>
        <translation>Você não pode retirar de si mesmo as permissões de superadministrador nem se desativar: peça a outro superadministrador.</translation>
    </message>
    <message>
        <source>The account needs at least one active super admin.</source>
        <translation>A conta precisa de pelo menos um superadministrador ativo.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>Digite o nome da pessoa.</translation>
    </message>
    <message>
        <source>The name is at most 200 characters.</source>
        <translation>O nome tem no máximo 200 caracteres.</translation>
    </message>
    <message>
        <source>Enter an e-mail address, like sam@company.com.</source>
        <translation>Digite um endereço de e-mail, como sam@empresa.com.</translation>
    </message>
    <message>
        <source>{email} is already someone in the account.</source>
        <translation>{email} já pertence a alguém da conta.</translation>
    </message>
    <message>
        <source>A chosen team no longer exists.</source>
        <translation>Uma equipe escolhida não existe mais.</translation>
    </message>
    <message>
        <source>A change needs the user who makes it.</source>
        <translation>Uma alteração precisa do usuário que a faz.</translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation>Este usuário não existe mais.</translation>
    </message>
    <message>
        <source>This database has no workspace yet.</source>
        <translation>Este banco de dados ainda não tem um espaço de trabalho.</translation>
    </message>
    <message>
        <source>No customer object is set in the workspace settings.</source>
        <translation>Nenhum objeto de clientes está definido nas configurações do espaço de trabalho.</translation>
    </message>
    <message>
        <source>“{key}” is not a user property of {objects}.</source>
        <translation>“{key}” não é uma propriedade de usuário de {objects}.</translation>
    </message>
    <message>
        <source>“{key}” is not a date property of {objects}.</source>
        <translation>“{key}” não é uma propriedade de data de {objects}.</translation>
    </message>
    <message>
        <source>This database already has a workspace.</source>
        <translation>Este banco de dados já tem um espaço de trabalho.</translation>
    </message>
    <message>
        <source>Enter the super admin&apos;s name.</source>
        <translation>Digite o nome do superadministrador.</translation>
    </message>
    <message>
        <source>Enter a valid e-mail address.</source>
        <translation>Digite um endereço de e-mail válido.</translation>
    </message>
    <message>
        <source>Choose Companies or Contacts.</source>
        <translation>Escolha Empresas ou Contatos.</translation>
    </message>
    <message>
        <source>Customers must be contacts, companies or a custom object.</source>
        <translation>Os clientes devem ser contatos, empresas ou um objeto personalizado.</translation>
    </message>
    <message>
        <source>Choose a user property of {objects}.</source>
        <translation>Escolha uma propriedade de usuário de {objects}.</translation>
    </message>
    <message>
        <source>Choose a date property of {objects}.</source>
        <translation>Escolha uma propriedade de data de {objects}.</translation>
    </message>
    <message>
        <source>Team workspaces use the main workspace&apos;s customer object.</source>
        <translation>Os espaços de trabalho de equipe usam o objeto de clientes do espaço de trabalho principal.</translation>
    </message>
    <message>
        <source>In a team workspace you are signed in with your own login ({login}); you cannot sign in as {name}.</source>
        <translation>Em um espaço de trabalho de equipe, você entra com seu próprio login ({login}); não é possível entrar como {name}.</translation>
    </message>
    <message>
        <source>“{key}” cannot be sorted on.</source>
        <translation>Não é possível ordenar por “{key}”.</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Vencem hoje</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Atrasadas</translation>
    </message>
    <message>
        <source>Due tomorrow</source>
        <translation>Vencem amanhã</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Todas em aberto</translation>
    </message>
    <message>
        <source>All completed</source>
        <translation>Todas concluídas</translation>
    </message>
    <message>
        <source>“{view}” is not a task view.</source>
        <translation>“{view}” não é uma visualização de tarefas.</translation>
    </message>
    <message>
        <source>“{name}” is not a task view.</source>
        <translation>“{name}” não é uma visualização de tarefas.</translation>
    </message>
    <message>
        <source>“{key}” is not a task view.</source>
        <translation>“{key}” não é uma visualização de tarefas.</translation>
    </message>
    <message>
        <source>{reason}

This file was saved by an older version of Tend and must be upgraded before it opens, which needs a file Tend can write.</source>
        <translation>{reason}

Este arquivo foi salvo por uma versão mais antiga do Tend e precisa ser atualizado antes de abrir, o que exige um arquivo em que o Tend possa gravar.</translation>
    </message>
    <message>
        <source>Tend could not back up {name} before upgrading it to this version ({reason}), so it left the file as it was.</source>
        <translation>O Tend não conseguiu fazer backup de {name} antes de atualizá-lo para esta versão ({reason}), então deixou o arquivo como estava.</translation>
    </message>
    <message>
        <source>Tend cannot write this workspace file ({reason}).</source>
        <translation>O Tend não consegue gravar neste arquivo de espaço de trabalho ({reason}).</translation>
    </message>
    <message>
        <source>{first}, {second}</source>
        <translation>{first}, {second}</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Tend (schema {current}). Update Tend to open it.</source>
        <translation>Este banco de dados foi gravado por uma versão mais recente do Tend (esquema {current}). Atualize o Tend para abri-lo.</translation>
    </message>
    <message>
        <source>{name} is not a Tend database (it is not a SQLite file).</source>
        <translation>{name} não é um banco de dados do Tend (não é um arquivo SQLite).</translation>
    </message>
    <message>
        <source>{name} is damaged: {reason}.</source>
        <translation>{name} está danificado: {reason}.</translation>
    </message>
    <message>
        <source>{name} cannot be read as a Tend database: {reason}</source>
        <translation>Não é possível ler {name} como um banco de dados do Tend: {reason}</translation>
    </message>
    <message>
        <source>{name} is a database of another program, not a Tend workspace. Tend opens only its own files and leaves this one as it is.</source>
        <translation>{name} é um banco de dados de outro programa, não um espaço de trabalho do Tend. O Tend abre somente os próprios arquivos e deixa este como está.</translation>
    </message>
    <message>
        <source>{name} is damaged: it is shorter than SQLite&apos;s header says ({size} of {expected} bytes), as if cut off.</source>
        <translation>{name} está danificado: é menor do que o cabeçalho do SQLite indica ({size} de {expected} bytes), como se tivesse sido cortado.</translation>
    </message>
    <message>
        <source>{name} is damaged. SQLite&apos;s check found: {shown}</source>
        <translation>{name} está danificado. A verificação do SQLite encontrou: {shown}</translation>
    </message>
    <message>
        <source>This workspace file is read-only: you can look, but not change anything.</source>
        <translation>Este arquivo de espaço de trabalho é somente leitura: você pode consultar, mas não alterar nada.</translation>
    </message>
    <message>
        <source>The folder of this workspace file is read-only, so Tend cannot save in it: you can look, but not change anything.</source>
        <translation>A pasta deste arquivo de espaço de trabalho é somente leitura, então o Tend não consegue salvar nela: você pode consultar, mas não alterar nada.</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tarefas</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniões</translation>
    </message>
    <message>
        <source>Notes, calls and e-mails</source>
        <translation>Notas, ligações e e-mails</translation>
    </message>
    <message>
        <source>Activity feed</source>
        <translation>Feed de atividades</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Empresas</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatos</translation>
    </message>
    <message>
        <source>Search index</source>
        <translation>Índice de pesquisa</translation>
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
        <translation>Começar do zero</translation>
    </message>
    <message>
        <source>A fit group and an engagement group, 50 points each: add their rules.</source>
        <translation>Um grupo de adequação e um grupo de engajamento, com 50 pontos cada: adicione as regras deles.</translation>
    </message>
    <message>
        <source>Customer health</source>
        <translation>Saúde dos clientes</translation>
    </message>
    <message>
        <source>One-to-one engagement, call engagement, supported tickets, CSM sentiment and NPS, days since last activity and renewal within 90 days.</source>
        <translation>Engajamento individual, engajamento por ligações, tickets de suporte, sentimento do CSM e NPS, dias desde a última atividade e renovação em até 90 dias.</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Engajamento</translation>
    </message>
    <message>
        <source>Meetings in the last 30 and 90 days, calls over 15 minutes, days since last activity.</source>
        <translation>Reuniões nos últimos 30 e 90 dias, ligações de mais de 15 minutos, dias desde a última atividade.</translation>
    </message>
    <message>
        <source>Support and sentiment</source>
        <translation>Suporte e sentimento</translation>
    </message>
    <message>
        <source>Open tickets (fewer is better), NPS and CSM sentiment, renewal within 90 days.</source>
        <translation>Tickets abertos (quanto menos, melhor), NPS e sentimento do CSM, renovação em até 90 dias.</translation>
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
        <translation>uma etapa removida</translation>
    </message>
    <message>
        <source>Moved to {stage}</source>
        <translation>Movido para {stage}</translation>
    </message>
    <message>
        <source>from {stage}</source>
        <translation>de {stage}</translation>
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
        <translation>O espaço de trabalho não existe mais.</translation>
    </message>
    <message>
        <source>It is not a Tend database or it is damaged:
{reason}</source>
        <translation>Não é um banco de dados do Tend ou está danificado:
{reason}</translation>
    </message>
    <message>
        <source>Tend cannot open {path}: the file is damaged.

{why}

Tend has not changed it.</source>
        <translation>O Tend não consegue abrir {path}: o arquivo está danificado.

{why}

O Tend não o alterou.</translation>
    </message>
    <message>
        <source>Open the latest backup, from {when}, instead? The damaged file is kept beside it, renamed, as it is.</source>
        <translation>Abrir o backup mais recente, de {when}, em vez disso? O arquivo danificado é mantido ao lado, renomeado, como está.</translation>
    </message>
    <message>
        <source>Tend cannot open {path}.

{why}</source>
        <translation>O Tend não consegue abrir {path}.

{why}</translation>
    </message>
    <message>
        <source>Tend cannot create the folder for its workspace file:
{folder}

{why}.

Start Tend with --db and a file in a folder you can write to.</source>
        <translation>O Tend não consegue criar a pasta do arquivo do espaço de trabalho:
{folder}

{why}.

Inicie o Tend com --db e um arquivo em uma pasta onde você possa gravar.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.

Create it and a new Tend workspace file {name} there?</source>
        <translation>A pasta {folder} não existe.

Criá-la e criar nela um novo arquivo de espaço de trabalho do Tend {name}?</translation>
    </message>
    <message>
        <source>The workspace file {path} is damaged, so today&apos;s backup was not taken.

{why}

Restore a backup from Settings, or quit Tend and open the file again to be offered the latest backup.</source>
        <translation>O arquivo do espaço de trabalho {path} está danificado, por isso o backup de hoje não foi feito.

{why}

Restaure um backup em Configurações, ou feche o Tend e abra o arquivo de novo para que o backup mais recente seja oferecido.</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Diário</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Antes de uma atualização</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Antes de uma restauração</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Ligações</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>Tickets abertos</translation>
    </message>
    <message>
        <source>Days since last activity</source>
        <translation>Dias desde a última atividade</translation>
    </message>
    <message>
        <source>Renewal within</source>
        <translation>Renovação em até</translation>
    </message>
    <message>
        <source>Fit (properties)</source>
        <translation>Adequação (propriedades)</translation>
    </message>
    <message>
        <source>Engagement (events)</source>
        <translation>Engajamento (eventos)</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Tend</source>
        <translation>Sobre o Tend</translation>
    </message>
    <message>
        <source>Tend {version}</source>
        <translation>Tend {version}</translation>
    </message>
    <message>
        <source>The customer-success workspace on your desktop.</source>
        <translation>O espaço de trabalho de Customer Success no seu computador.</translation>
    </message>
    <message>
        <source>Python {python} · Qt {qt} · PySide6 {pyside}
{system}
Workspace: {where}</source>
        <translation>Python {python} · Qt {qt} · PySide6 {pyside}
{system}
Espaço de trabalho: {where}</translation>
    </message>
</context>
<context>
    <name>AccessDialog</name>
    <message>
        <source>e.g. Renewals this quarter</source>
        <translation>ex.: Renovações deste trimestre</translation>
    </message>
    <message>
        <source>Dashboard name</source>
        <translation>Nome do painel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Painel</translation>
    </message>
    <message>
        <source>Available to everyone</source>
        <translation>Disponível para todos</translation>
    </message>
    <message>
        <source>Assign to teams</source>
        <translation>Atribuir a equipes</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Equipes</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Acesso</translation>
    </message>
    <message>
        <source>I confirm users will have view access</source>
        <translation>Confirmo que os usuários terão acesso de visualização</translation>
    </message>
</context>
<context>
    <name>ActionsTab</name>
    <message>
        <source>Task views</source>
        <translation>Visualizações de tarefas</translation>
    </message>
    <message>
        <source>My views</source>
        <translation>Minhas visualizações</translation>
    </message>
    <message>
        <source>Filter your tasks, then “+ Create view” keeps the list here.</source>
        <translation>Filtre suas tarefas e use “+ Criar visualização” para manter a lista aqui.</translation>
    </message>
    <message>
        <source>Search task titles</source>
        <translation>Pesquisar títulos de tarefas</translation>
    </message>
    <message>
        <source>Search tasks</source>
        <translation>Pesquisar tarefas</translation>
    </message>
    <message>
        <source>Export this view&apos;s tasks to a CSV file</source>
        <translation>Exportar as tarefas desta visualização para um arquivo CSV</translation>
    </message>
    <message>
        <source>Import tasks from a CSV file</source>
        <translation>Importar tarefas de um arquivo CSV</translation>
    </message>
    <message>
        <source>Create task</source>
        <translation>Criar tarefa</translation>
    </message>
    <message>
        <source>Create a task (Ctrl+N)</source>
        <translation>Criar uma tarefa (Ctrl+N)</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tarefas</translation>
    </message>
    <message>
        <source>From a report</source>
        <translation>De um relatório</translation>
    </message>
    <message>
        <source>Showing the tasks of “{what}”. Choose a view to see others.</source>
        <translation>Mostrando as tarefas de “{what}”. Escolha uma visualização para ver outras.</translation>
    </message>
    <message>
        <source>1 task</source>
        <translation>1 tarefa</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tasks</source>
        <translation>
            <numerusform>%Ln tarefa</numerusform>
            <numerusform>%Ln tarefas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks</source>
        <translation>
            <numerusform>%n tarefa</numerusform>
            <numerusform>%n tarefas</numerusform>
        </translation>
    </message>
    <message>
        <source>No tasks match “{text}”</source>
        <translation>Nenhuma tarefa corresponde a “{text}”</translation>
    </message>
    <message>
        <source>Search looks at the titles of this view&apos;s tasks.</source>
        <translation>A pesquisa considera os títulos das tarefas desta visualização.</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Limpar pesquisa</translation>
    </message>
    <message>
        <source>No tasks in “{view}”</source>
        <translation>Nenhuma tarefa em “{view}”</translation>
    </message>
    <message>
        <source>Tasks you create, or bring in from your CRM&apos;s CSV export, show here when they fit this view; the other views on the left may hold more.</source>
        <translation>As tarefas que você cria, ou importa do CSV exportado do seu CRM, aparecem aqui quando se encaixam nesta visualização; as outras visualizações à esquerda podem ter mais.</translation>
    </message>
    <message>
        <source>Import tasks…</source>
        <translation>Importar tarefas…</translation>
    </message>
</context>
<context>
    <name>AddPersonDialog</name>
    <message>
        <source>They sign in with a login and password of their own on the team server. Give them both, with the server&apos;s address, to connect from their laptop.</source>
        <translation>A pessoa entra com login e senha próprios no servidor da equipe. Envie os dois, junto com o endereço do servidor, para que ela se conecte pelo notebook.</translation>
    </message>
    <message>
        <source>e.g. sam.rivera</source>
        <translation>ex.: sam.rivera</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
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
        <translation>Senha</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Confirmar senha</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>As duas senhas são diferentes.</translation>
    </message>
    <message>
        <source>The server did not add them: {e}</source>
        <translation>O servidor não adicionou a pessoa: {e}</translation>
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
        <translation>Dispensar este alerta</translation>
    </message>
    <message>
        <source>Dismiss alert: {name}</source>
        <translation>Dispensar alerta: {name}</translation>
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
        <translation>Dispensar</translation>
    </message>
    <message>
        <source>1 live alert</source>
        <translation>1 alerta ativo</translation>
    </message>
    <message numerus="yes">
        <source>%n live alerts</source>
        <translation>
            <numerusform>%n alerta ativo</numerusform>
            <numerusform>%n alertas ativos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssociationSection</name>
    <message>
        <source>+ Add</source>
        <translation>+ Adicionar</translation>
    </message>
    <message>
        <source>Add an associated {o}</source>
        <translation>Adicionar associação: {o}</translation>
    </message>
    <message>
        <source>Find a {o} by name, domain or e-mail and associate it</source>
        <translation>Encontrar {o} por nome, domínio ou e-mail e associar</translation>
    </message>
    <message>
        <source>Type a name, domain or e-mail to find a {o}</source>
        <translation>Digite um nome, domínio ou e-mail para encontrar {o}</translation>
    </message>
    <message>
        <source>Find a {o}</source>
        <translation>Encontrar {o}</translation>
    </message>
    <message>
        <source>Records found</source>
        <translation>Registros encontrados</translation>
    </message>
    <message>
        <source>No match.</source>
        <translation>Nenhum resultado.</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Nenhum ainda.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>e mais %n</numerusform>
            <numerusform>e mais %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the association with {r}</source>
        <translation>Remover a associação com {r}</translation>
    </message>
    <message>
        <source>Remove the association</source>
        <translation>Remover a associação</translation>
    </message>
</context>
<context>
    <name>BulkBar</name>
    <message>
        <source>Marked {tasks} complete.</source>
        <translation>{tasks} marcadas como concluídas.</translation>
    </message>
    <message>
        <source>Marked {tasks} incomplete.</source>
        <translation>{tasks} marcadas como não concluídas.</translation>
    </message>
    <message>
        <source>Assigned {tasks}.</source>
        <translation>{tasks} atribuídas.</translation>
    </message>
    <message>
        <source>Changed {tasks}.</source>
        <translation>{tasks} alteradas.</translation>
    </message>
    <message>
        <source>Deleted {tasks}.</source>
        <translation>{tasks} excluídas.</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Selecionar tudo</translation>
    </message>
    <message>
        <source>Tick every task on this page</source>
        <translation>Marcar todas as tarefas desta página</translation>
    </message>
    <message>
        <source>Mark complete</source>
        <translation>Marcar como concluída</translation>
    </message>
    <message>
        <source>Mark incomplete</source>
        <translation>Marcar como não concluída</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Atribuir</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Undo the last bulk action (Ctrl+Z)</source>
        <translation>Desfazer a última ação em massa (Ctrl+Z)</translation>
    </message>
    <message>
        <source>1 task</source>
        <translation>1 tarefa</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tasks</source>
        <translation>
            <numerusform>%Ln tarefa</numerusform>
            <numerusform>%Ln tarefas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln selecionada</numerusform>
            <numerusform>%Ln selecionadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln tasks are selected.</source>
        <translation>
            <numerusform>%Ln tarefa está selecionada.</numerusform>
            <numerusform>Todas as %Ln tarefas estão selecionadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Select all %Ln tasks</source>
        <translation>
            <numerusform>Selecionar %Ln tarefa</numerusform>
            <numerusform>Selecionar todas as %Ln tarefas</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation>Limpar seleção</translation>
    </message>
    <message>
        <source>All {k} tasks on this page are selected.</source>
        <translation>Todas as {k} tarefas desta página estão selecionadas.</translation>
    </message>
    <message>
        <source>Delete tasks</source>
        <translation>Excluir tarefas</translation>
    </message>
    <message>
        <source>Delete {tasks}? You can undo this right after.</source>
        <translation>Excluir {tasks}? Você pode desfazer logo em seguida.</translation>
    </message>
    <message>
        <source>Working on {tasks}…</source>
        <translation>Processando {tasks}…</translation>
    </message>
    <message>
        <source>{k} were left as they were: already so, or not yours to change.</source>
        <translation>{k} ficaram como estavam: já estavam assim ou você não pode alterá-las.</translation>
    </message>
    <message>
        <source>Stopped: {done}</source>
        <translation>Interrompido: {done}</translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation>Desfazendo…</translation>
    </message>
    <message>
        <source>Undone: {tasks} put back.</source>
        <translation>Desfeito: {tasks} restauradas.</translation>
    </message>
    <message>
        <source>Undo stopped: {tasks} put back.</source>
        <translation>Desfazer interrompido: {tasks} restauradas.</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message>
        <source>Edit tasks</source>
        <translation>Editar tarefas</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propriedade</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Data de vencimento</translation>
    </message>
    <message>
        <source>A date such as {example}; empty clears the due date</source>
        <translation>Uma data como {example}; deixe vazio para limpar a data de vencimento</translation>
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
        <translation>Escolher uma data</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>overdue</source>
        <translation>atrasada</translation>
    </message>
</context>
<context>
    <name>ColumnsDialog</name>
    <message>
        <source>Edit columns</source>
        <translation>Editar colunas</translation>
    </message>
    <message>
        <source>Tick the columns to show; drag them into order.</source>
        <translation>Marque as colunas a exibir; arraste-as para ordenar.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colunas</translation>
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
        <translation>Pesquisar registros, visualizações, abas, configurações e ações</translation>
    </message>
    <message>
        <source>Search commands and records</source>
        <translation>Pesquisar comandos e registros</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>↑↓ to choose · Enter to open · Esc to close</source>
        <translation>↑↓ para escolher · Enter para abrir · Esc para fechar</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Visualizações</translation>
    </message>
    <message>
        <source>Nothing matches “{text}”</source>
        <translation>Nada corresponde a “{text}”</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Pesquisando…</translation>
    </message>
</context>
<context>
    <name>ConditionRow</name>
    <message>
        <source>Property</source>
        <translation>Propriedade</translation>
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
        <translation>Data</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Data final</translation>
    </message>
    <message>
        <source>to</source>
        <translation>até</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation>Remover condição</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Eu</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Data inicial</translation>
    </message>
    <message>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dias</translation>
    </message>
</context>
<context>
    <name>ConflictRow</name>
    <message>
        <source>Put back</source>
        <translation>Repor</translation>
    </message>
    <message>
        <source>Set {field} to this value again</source>
        <translation>Definir {field} com este valor novamente</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
    <message>
        <source>Keep the current value</source>
        <translation>Manter o valor atual</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vazio)</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Seu valor</translation>
    </message>
    <message>
        <source>{name}&apos;s value</source>
        <translation>O valor de {name}</translation>
    </message>
    <message>
        <source>A teammate</source>
        <translation>Um colega de equipe</translation>
    </message>
    <message>
        <source>{whose} {value} for {field} was refused by the team server: {why}</source>
        <translation>{whose} {value} para {field} foi recusado pelo servidor da equipe: {why}</translation>
    </message>
    <message>
        <source>{whose} {value} for {field} was replaced by {winner} from {name} at {when}.</source>
        <translation>{whose} {value} para {field} foi substituído por {winner}, de {name}, em {when}.</translation>
    </message>
    <message>
        <source>a teammate</source>
        <translation>um colega de equipe</translation>
    </message>
    <message>
        <source>(resolved)</source>
        <translation>(resolvido)</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a team server</source>
        <translation>Conectar a um servidor da equipe</translation>
    </message>
    <message>
        <source>Your team&apos;s workspace is downloaded to this computer, so Tend works offline and sends your changes when the server answers. Your admin gives you the server&apos;s address, with your login in it, and your password.</source>
        <translation>O espaço de trabalho da sua equipe é baixado para este computador, então o Tend funciona off-line e envia suas alterações quando o servidor responde. Seu administrador fornece o endereço do servidor, com seu login incluído, e sua senha.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Endereço do servidor</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>The password is kept in this computer&apos;s keyring.</source>
        <translation>A senha fica guardada no chaveiro deste computador.</translation>
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
        <translation>Digite o endereço do servidor, como seu administrador o forneceu.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was downloaded.</source>
        <translation>Cancelado; nada foi baixado.</translation>
    </message>
    <message>
        <source>The download stopped: {e}</source>
        <translation>O download foi interrompido: {e}</translation>
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
        <translation>a criar</translation>
    </message>
    <message>
        <source>created</source>
        <translation>criados</translation>
    </message>
    <message>
        <source>to update</source>
        <translation>a atualizar</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>atualizados</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inalterados</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejeitados</translation>
    </message>
</context>
<context>
    <name>CreateTaskPanel</name>
    <message>
        <source>Create task</source>
        <translation>Criar tarefa</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>What needs doing</source>
        <translation>O que precisa ser feito</translation>
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
        <translation>Prioridade</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Data de vencimento</translation>
    </message>
    <message>
        <source>Due time</source>
        <translation>Hora de vencimento</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Type a name to find a record</source>
        <translation>Digite um nome para encontrar um registro</translation>
    </message>
    <message>
        <source>Find a record</source>
        <translation>Encontrar um registro</translation>
    </message>
    <message>
        <source>Records found</source>
        <translation>Registros encontrados</translation>
    </message>
    <message>
        <source>Associated records</source>
        <translation>Registros associados</translation>
    </message>
    <message>
        <source>Double-click a record to remove it</source>
        <translation>Clique duas vezes em um registro para removê-lo</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
    <message>
        <source>Create and add another</source>
        <translation>Criar e adicionar outra</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Criar</translation>
    </message>
</context>
<context>
    <name>CustomersTab</name>
    <message>
        <source>Search name or domain</source>
        <translation>Pesquisar por nome ou domínio</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Pesquisar clientes</translation>
    </message>
    <message>
        <source>Create a customer</source>
        <translation>Criar um cliente</translation>
    </message>
    <message>
        <source>Edit columns</source>
        <translation>Editar colunas</translation>
    </message>
    <message>
        <source>Export this view&apos;s customers to a CSV file</source>
        <translation>Exportar os clientes desta visualização para um arquivo CSV</translation>
    </message>
    <message>
        <source>Import customers from a CSV file</source>
        <translation>Importar clientes de um arquivo CSV</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Showing the customers of “{what}”. Choose a view to see them all again.</source>
        <translation>Mostrando os clientes de “{what}”. Escolha uma visualização para ver todos novamente.</translation>
    </message>
    <message>
        <source>Showing the customers the “{profile}” health profile scores. Choose a view to see them all again.</source>
        <translation>Mostrando os clientes pontuados pelo perfil de saúde “{profile}”. Escolha uma visualização para ver todos novamente.</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Saúde</translation>
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
        <translation>Ainda não há clientes</translation>
    </message>
    <message>
        <source>Customers are the accounts you look after. Bring them in from your CRM&apos;s CSV export, or add them one by one.</source>
        <translation>Clientes são as contas que você acompanha. Importe-os do CSV exportado do seu CRM ou adicione um a um.</translation>
    </message>
    <message>
        <source>No customers match “{text}”</source>
        <translation>Nenhum cliente corresponde a “{text}”</translation>
    </message>
    <message>
        <source>Search looks at names and domains of this view&apos;s customers.</source>
        <translation>A pesquisa considera os nomes e domínios dos clientes desta visualização.</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Limpar pesquisa</translation>
    </message>
    <message>
        <source>None of the workspace&apos;s {n} customers is assigned to you as CSM.</source>
        <translation>Nenhum dos {n} clientes do espaço de trabalho está atribuído a você como CSM.</translation>
    </message>
    <message>
        <source>None of the workspace&apos;s {n} customers matches this view&apos;s filters.</source>
        <translation>Nenhum dos {n} clientes do espaço de trabalho corresponde aos filtros desta visualização.</translation>
    </message>
    <message>
        <source>Show all customers</source>
        <translation>Mostrar todos os clientes</translation>
    </message>
    <message>
        <source>No customers in “{view}”</source>
        <translation>Nenhum cliente em “{view}”</translation>
    </message>
    <message>
        <source>Import customers…</source>
        <translation>Importar clientes…</translation>
    </message>
    <message>
        <source>+ Create customer</source>
        <translation>+ Criar cliente</translation>
    </message>
    <message>
        <source>“{c}” is calculated from associations and cannot be sorted.</source>
        <translation>“{c}” é calculado a partir de associações e não pode ser ordenado.</translation>
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
        <translation>Painéis</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Painel</translation>
    </message>
    <message>
        <source>+ Add report</source>
        <translation>+ Adicionar relatório</translation>
    </message>
    <message>
        <source>Dashboard actions</source>
        <translation>Ações do painel</translation>
    </message>
    <message>
        <source>Who sees it…</source>
        <translation>Quem vê…</translation>
    </message>
    <message>
        <source>Remove from this tab</source>
        <translation>Remover desta aba</translation>
    </message>
    <message>
        <source>Create dashboard</source>
        <translation>Criar painel</translation>
    </message>
    <message>
        <source>Add dashboard</source>
        <translation>Adicionar painel</translation>
    </message>
    <message>
        <source>No dashboards yet. Create one, then add reports to it.</source>
        <translation>Ainda não há painéis. Crie um e adicione relatórios a ele.</translation>
    </message>
    <message>
        <source>No dashboard is shared with you yet. An admin can create one.</source>
        <translation>Nenhum painel foi compartilhado com você ainda. Um administrador pode criar um.</translation>
    </message>
    <message>
        <source>Available to everyone</source>
        <translation>Disponível para todos</translation>
    </message>
    <message>
        <source>Assigned to {teams}</source>
        <translation>Atribuído a {teams}</translation>
    </message>
    <message>
        <source>This dashboard has no reports yet: add one with “+ Add report”.</source>
        <translation>Este painel ainda não tem relatórios: adicione um com “+ Adicionar relatório”.</translation>
    </message>
    <message>
        <source>Every dashboard is on this tab already: create a new one.</source>
        <translation>Todos os painéis já estão nesta aba: crie um novo.</translation>
    </message>
    <message>
        <source>Who sees “{name}”</source>
        <translation>Quem vê “{name}”</translation>
    </message>
    <message>
        <source>“{name}” is off this tab; “Add dashboard” puts it back.</source>
        <translation>“{name}” saiu desta aba; “Adicionar painel” o traz de volta.</translation>
    </message>
    <message>
        <source>New report…</source>
        <translation>Novo relatório…</translation>
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
        <translation>Uma data como {example}</translation>
    </message>
    <message>
        <source>Pick a date from a calendar</source>
        <translation>Escolher uma data em um calendário</translation>
    </message>
    <message>
        <source>Pick {name} from a calendar</source>
        <translation>Escolher {name} em um calendário</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>{name} time</source>
        <translation>{name} (hora)</translation>
    </message>
</context>
<context>
    <name>DayHeader</name>
    <message>
        <source>all day</source>
        <translation>dia inteiro</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n mais</numerusform>
            <numerusform>+%n mais</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DefaultDialog</name>
    <message>
        <source>Set “{name}” as default</source>
        <translation>Definir “{name}” como padrão</translation>
    </message>
    <message>
        <source>What this view shows</source>
        <translation>O que esta visualização mostra</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message>
        <source>Delete “{name}”</source>
        <translation>Excluir “{name}”</translation>
    </message>
    <message>
        <source>Everyone who sees this view loses it.</source>
        <translation>Todos que veem esta visualização deixarão de tê-la.</translation>
    </message>
    <message>
        <source>I&apos;m sure I want to delete this view</source>
        <translation>Tenho certeza de que quero excluir esta visualização</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
</context>
<context>
    <name>DeleteWorkspaceDialog</name>
    <message>
        <source>Delete workspace</source>
        <translation>Excluir espaço de trabalho</translation>
    </message>
    <message>
        <source>Delete the workspace “{name}”? Its teams go back to the main workspace, and its views and settings are deleted.</source>
        <translation>Excluir o espaço de trabalho “{name}”? As equipes dele voltam para o espaço de trabalho principal, e as visualizações e configurações dele são excluídas.</translation>
    </message>
    <message>
        <source>I understand that deleting this workspace cannot be undone</source>
        <translation>Entendo que a exclusão deste espaço de trabalho não pode ser desfeita</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Tick the box above first.</source>
        <translation>Marque a caixa acima primeiro.</translation>
    </message>
</context>
<context>
    <name>DeletedRecordsDialog</name>
    <message>
        <source>Deleted records · {o}</source>
        <translation>Registros excluídos · {o}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Excluído</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Deleted records</source>
        <translation>Registros excluídos</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>{n} deleted. Select one and Restore to bring it back with its associations and history.</source>
        <translation>{n} excluídos. Selecione um e clique em Restaurar para trazê-lo de volta com suas associações e histórico.</translation>
    </message>
    <message>
        <source>Nothing deleted.</source>
        <translation>Nada foi excluído.</translation>
    </message>
    <message>
        <source>Restored {names}.</source>
        <translation>{names} restaurado(s).</translation>
    </message>
</context>
<context>
    <name>EventSummary</name>
    <message>
        <source>Summary of {title}</source>
        <translation>Resumo de {title}</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunião</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Scheduled in {zone}</source>
        <translation>Agendada no fuso {zone}</translation>
    </message>
    <message>
        <source>Where: {place}</source>
        <translation>Local: {place}</translation>
    </message>
    <message>
        <source>Open {name} in the preview panel</source>
        <translation>Abrir {name} no painel de prévia</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>Start meeting</source>
        <translation>Iniciar reunião</translation>
    </message>
    <message>
        <source>Mark incomplete</source>
        <translation>Marcar como não concluída</translation>
    </message>
    <message>
        <source>Mark complete</source>
        <translation>Marcar como concluída</translation>
    </message>
    <message>
        <source>Task · {type}</source>
        <translation>Tarefa · {type}</translation>
    </message>
    <message>
        <source>{p} priority</source>
        <translation>Prioridade {p}</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>concluída</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> e mais %n</numerusform>
            <numerusform> e mais %n</numerusform>
        </translation>
    </message>
    <message>
        <source>With {names}</source>
        <translation>Com {names}</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participantes</translation>
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
        <translation>Primeiro dia</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último dia</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Até</translation>
    </message>
    <message>
        <source>The last day is before the first.</source>
        <translation>O último dia é anterior ao primeiro.</translation>
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
        <translation>Exportar para CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting {n}…</source>
        <translation>Exportando {n}…</translation>
    </message>
    <message>
        <source>The export could not be written: {e}</source>
        <translation>Não foi possível gravar a exportação: {e}</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportação cancelada; nenhum arquivo foi gravado.</translation>
    </message>
    <message>
        <source>Exported {n} to {path}</source>
        <translation>Exportação concluída: {n} em {path}</translation>
    </message>
</context>
<context>
    <name>FeedTab</name>
    <message>
        <source>Activity type</source>
        <translation>Tipo de atividade</translation>
    </message>
    <message>
        <source>All activity types</source>
        <translation>Todos os tipos de atividade</translation>
    </message>
    <message>
        <source>Sequence enrollment</source>
        <translation>Inscrição em sequência</translation>
    </message>
    <message>
        <source>Any enrollment</source>
        <translation>Qualquer inscrição</translation>
    </message>
    <message>
        <source>Enrolled in a sequence</source>
        <translation>Inscrito em uma sequência</translation>
    </message>
    <message>
        <source>Not in a sequence</source>
        <translation>Fora de sequências</translation>
    </message>
    <message>
        <source>Search activity</source>
        <translation>Pesquisar atividades</translation>
    </message>
    <message>
        <source>Search the feed</source>
        <translation>Pesquisar nas atividades</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Atividades</translation>
    </message>
    <message>
        <source>Load older activities</source>
        <translation>Carregar atividades mais antigas</translation>
    </message>
    <message>
        <source>Reading the feed…</source>
        <translation>Carregando atividades…</translation>
    </message>
    <message>
        <source>Yesterday {time}</source>
        <translation>Ontem, {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n activity types</source>
        <translation>
            <numerusform>%n tipo de atividade</numerusform>
            <numerusform>%n tipos de atividade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown, older ones below</source>
        <translation>
            <numerusform>%Ln exibida; as mais antigas estão abaixo</numerusform>
            <numerusform>%Ln exibidas; as mais antigas estão abaixo</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} notifications</source>
        <translation>{n} notificações</translation>
    </message>
    <message>
        <source>No activity matches these filters.</source>
        <translation>Nenhuma atividade corresponde a estes filtros.</translation>
    </message>
    <message>
        <source>No activity yet from the contacts of the customers you own. E-mails opened, pages visited and forms submitted by their contacts show up here.</source>
        <translation>Ainda não há atividades dos contatos dos clientes que você possui. E-mails abertos, páginas visitadas e formulários enviados pelos contatos deles aparecem aqui.</translation>
    </message>
    <message>
        <source>Notification deleted: {title}</source>
        <translation>Notificação excluída: {title}</translation>
    </message>
    <message>
        <source>Call with {name}</source>
        <translation>Ligação com {name}</translation>
    </message>
    <message>
        <source>Following up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Follow up with {name}</source>
        <translation>Fazer follow-up com {name}</translation>
    </message>
    <message>
        <source>Meeting with {name}</source>
        <translation>Reunião com {name}</translation>
    </message>
    <message>
        <source>Logged against {name}.</source>
        <translation>Registrado em {name}.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Advanced filters</source>
        <translation>Filtros avançados</translation>
    </message>
    <message>
        <source>Clear quick filters</source>
        <translation>Limpar filtros rápidos</translation>
    </message>
    <message numerus="yes">
        <source>Advanced filters (%n)</source>
        <translation>
            <numerusform>Filtros avançados (%n)</numerusform>
            <numerusform>Filtros avançados (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterEditor</name>
    <message>
        <source>Advanced filters</source>
        <translation>Filtros avançados</translation>
    </message>
    <message>
        <source>{rows} match when every condition of a group holds, in any group.</source>
        <translation>{rows} correspondem quando todas as condições de um grupo são atendidas, em qualquer grupo.</translation>
    </message>
    <message>
        <source>+ Add an OR group</source>
        <translation>+ Adicionar grupo OU</translation>
    </message>
    <message>
        <source>Or</source>
        <translation>Ou</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Onde</translation>
    </message>
    <message>
        <source>+ Add an AND condition</source>
        <translation>+ Adicionar condição E</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to Tend</source>
        <translation>Boas-vindas ao Tend</translation>
    </message>
    <message>
        <source>Your customer success workspace lives in a file on this computer:</source>
        <translation>Seu espaço de trabalho de Customer Success fica em um arquivo neste computador:</translation>
    </message>
    <message>
        <source>Does your team share a Tend server?</source>
        <translation>Sua equipe compartilha um servidor do Tend?</translation>
    </message>
    <message>
        <source>Connect to a team server…</source>
        <translation>Conectar a um servidor da equipe…</translation>
    </message>
    <message>
        <source>Explore the demo workspace</source>
        <translation>Explorar o espaço de trabalho de demonstração</translation>
    </message>
    <message>
        <source>A realistic book of {n} customers with contacts, onboarding services, renewal deals, subscriptions, tickets, tasks and this week&apos;s meetings. Eight people in three teams, so you can sign in as a CSM, a team lead or an admin.</source>
        <translation>Uma carteira realista de {n} clientes com contatos, serviços de onboarding, negócios de renovação, assinaturas, tickets, tarefas e as reuniões desta semana. Oito pessoas em três equipes, para você entrar como CSM, líder de equipe ou administrador.</translation>
    </message>
    <message>
        <source>Open the demo workspace</source>
        <translation>Abrir o espaço de trabalho de demonstração</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The demo could not be generated: {e}</source>
        <translation>Não foi possível gerar a demonstração: {e}</translation>
    </message>
    <message>
        <source>Generating: {phase}…</source>
        <translation>Gerando: {phase}…</translation>
    </message>
    <message>
        <source>Start an empty workspace</source>
        <translation>Começar um espaço de trabalho vazio</translation>
    </message>
    <message>
        <source>Choose what a customer is and which property names its CSM. You can change both later in Settings.</source>
        <translation>Escolha o que é um cliente e qual propriedade indica o CSM dele. Você pode alterar as duas coisas depois em Configurações.</translation>
    </message>
    <message>
        <source>Customer object</source>
        <translation>Objeto de clientes</translation>
    </message>
    <message>
        <source>CSM property</source>
        <translation>Propriedade do CSM</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Seu nome</translation>
    </message>
    <message>
        <source>Super admin name</source>
        <translation>Nome do superadministrador</translation>
    </message>
    <message>
        <source>you@company.com</source>
        <translation>voce@empresa.com</translation>
    </message>
    <message>
        <source>Super admin e-mail</source>
        <translation>E-mail do superadministrador</translation>
    </message>
    <message>
        <source>Customers are</source>
        <translation>Os clientes são</translation>
    </message>
    <message>
        <source>Super admin</source>
        <translation>Superadministrador</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Create workspace</source>
        <translation>Criar espaço de trabalho</translation>
    </message>
</context>
<context>
    <name>FollowUpBar</name>
    <message>
        <source>Delete this notification</source>
        <translation>Excluir esta notificação</translation>
    </message>
    <message>
        <source>{action}: {contact}</source>
        <translation>{action}: {contact}</translation>
    </message>
    <message>
        <source>Delete notification: {title}</source>
        <translation>Excluir notificação: {title}</translation>
    </message>
</context>
<context>
    <name>GroupPage</name>
    <message>
        <source>Group name</source>
        <translation>Nome do grupo</translation>
    </message>
    <message>
        <source>Group kind</source>
        <translation>Tipo de grupo</translation>
    </message>
    <message>
        <source>Maximum points</source>
        <translation>Pontuação máxima</translation>
    </message>
    <message>
        <source> points</source>
        <translation> pontos</translation>
    </message>
    <message>
        <source>The most this group adds to the score</source>
        <translation>O máximo que este grupo soma à pontuação</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
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
        <translation>+ Adicionar regra</translation>
    </message>
    <message>
        <source>Each rule adds (or takes away) its points when every one of its conditions holds. The group gives at most its maximum and never less than 0.</source>
        <translation>Cada regra soma (ou subtrai) seus pontos quando todas as suas condições são atendidas. O grupo dá no máximo o seu máximo e nunca menos que 0.</translation>
    </message>
    <message>
        <source>Each rule counts the customer&apos;s events and gives the points of the highest band the count reaches. Inputs a customer lacks are left out and their weight spread over the group&apos;s other rules.</source>
        <translation>Cada regra conta os eventos do cliente e dá os pontos da faixa mais alta que a contagem atinge. Dados que faltam a um cliente são desconsiderados, e o peso deles é redistribuído entre as outras regras do grupo.</translation>
    </message>
</context>
<context>
    <name>HealthCardWidget</name>
    <message>
        <source>Health</source>
        <translation>Saúde</translation>
    </message>
    <message>
        <source>Health score</source>
        <translation>Pontuação de saúde</translation>
    </message>
    <message>
        <source>What moved it</source>
        <translation>O que a alterou</translation>
    </message>
    <message>
        <source>Not scored yet</source>
        <translation>Ainda sem pontuação</translation>
    </message>
    <message>
        <source>No live health profile: publish one in Settings → Health scores.</source>
        <translation>Nenhum perfil de saúde publicado: publique um em Configurações → Pontuações de saúde.</translation>
    </message>
    <message>
        <source>None of the profile&apos;s rules has an input for this customer yet.</source>
        <translation>Nenhuma das regras do perfil tem dados para este cliente ainda.</translation>
    </message>
    <message>
        <source>Updated {at}</source>
        <translation>Atualizado em {at}</translation>
    </message>
    <message>
        <source>{day} · first scored {score}</source>
        <translation>{day} · primeira pontuação {score}</translation>
    </message>
</context>
<context>
    <name>HealthEditorDialog</name>
    <message>
        <source>Health profile</source>
        <translation>Perfil de saúde</translation>
    </message>
    <message>
        <source>You are editing a draft of the live profile “{name}”: customers keep their scores until you publish it.</source>
        <translation>Você está editando um rascunho do perfil publicado “{name}”: os clientes mantêm suas pontuações até você publicá-lo.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Groups and rules</source>
        <translation>Grupos e regras</translation>
    </message>
    <message>
        <source>Test a record</source>
        <translation>Testar um registro</translation>
    </message>
    <message>
        <source>Preview distribution</source>
        <translation>Prévia da distribuição</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Salvar rascunho</translation>
    </message>
    <message>
        <source>Keep this profile as a draft</source>
        <translation>Manter este perfil como rascunho</translation>
    </message>
    <message>
        <source>Save and publish</source>
        <translation>Salvar e publicar</translation>
    </message>
    <message>
        <source>Save, then score customers with this profile</source>
        <translation>Salvar e pontuar os clientes com este perfil</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nome do perfil</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>What this score tells a CSM</source>
        <translation>O que esta pontuação diz a um CSM</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>At risk up to</source>
        <translation>Em risco até</translation>
    </message>
    <message>
        <source>Neutral up to</source>
        <translation>Neutro até</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Limites</translation>
    </message>
    <message>
        <source>Up to {n} saved customer views. A customer in one of them is scored by this profile; a customer in no profile&apos;s segment by the default profile.</source>
        <translation>Até {n} visualizações de clientes salvas. Um cliente que está em uma delas é pontuado por este perfil; um cliente fora do segmento de qualquer perfil, pelo perfil padrão.</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
    <message>
        <source>No saved customer views yet: save one on Customers.</source>
        <translation>Ainda não há visualizações de clientes salvas: salve uma em Clientes.</translation>
    </message>
    <message>
        <source>Healthy above {m}</source>
        <translation>Saudável acima de {m}</translation>
    </message>
    <message numerus="yes">
        <source>%n of {most} chosen</source>
        <translation>
            <numerusform>%n de {most} selecionada</numerusform>
            <numerusform>%n de {most} selecionadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n points</source>
        <translation>
            <numerusform>%n ponto</numerusform>
            <numerusform>%n pontos</numerusform>
        </translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Sum of the groups&apos; maxima</source>
        <translation>Soma dos máximos dos grupos</translation>
    </message>
    <message>
        <source>+ Group</source>
        <translation>+ Grupo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Remove the selected group and its rules</source>
        <translation>Remover o grupo selecionado e suas regras</translation>
    </message>
    <message>
        <source>Add a group: a Fit group scores the customer&apos;s properties, an Engagement group counts meetings, calls, e-mails and tickets.</source>
        <translation>Adicione um grupo: um grupo de Adequação pontua as propriedades do cliente; um grupo de Engajamento conta reuniões, ligações, e-mails e tickets.</translation>
    </message>
    <message>
        <source>Group {n}</source>
        <translation>Grupo {n}</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Adequação</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Engajamento</translation>
    </message>
    <message>
        <source>Maxima: {n} of {total}</source>
        <translation>Máximos: {n} de {total}</translation>
    </message>
    <message>
        <source>New health profile</source>
        <translation>Novo perfil de saúde</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Rascunho salvo.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <source>Save your changes to this profile as a draft before closing?</source>
        <translation>Salvar as alterações deste perfil como rascunho antes de fechar?</translation>
    </message>
</context>
<context>
    <name>HealthProfilesPage</name>
    <message>
        <source>A health score adds up groups of rules to a score from 0 to 100: At risk, Neutral or Healthy. Each profile scores the customers of its segments; the default profile scores everyone else. Up to {live} live and {drafts} draft profiles; edit a draft, test it on a customer, preview it, then publish.</source>
        <translation>Uma pontuação de saúde soma grupos de regras em uma pontuação de 0 a 100: Em risco, Neutro ou Saudável. Cada perfil pontua os clientes dos seus segmentos; o perfil padrão pontua todos os demais. Até {live} perfis publicados e {drafts} rascunhos; edite um rascunho, teste-o em um cliente, veja a prévia e depois publique.</translation>
    </message>
    <message>
        <source>New profile…</source>
        <translation>Novo perfil…</translation>
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
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Set as default</source>
        <translation>Definir como padrão</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Excluir…</translation>
    </message>
    <message>
        <source>Health profiles</source>
        <translation>Perfis de saúde</translation>
    </message>
    <message>
        <source>No health profiles yet. Start one from a template with New profile…</source>
        <translation>Ainda não há perfis de saúde. Comece um a partir de um modelo com Novo perfil…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <source>“{name}” is live: its customers are scored by it.</source>
        <translation>“{name}” está publicado: seus clientes são pontuados por ele.</translation>
    </message>
    <message>
        <source>Unpublish health profile</source>
        <translation>Despublicar perfil de saúde</translation>
    </message>
    <message>
        <source>Unpublish “{name}”? Its customers stop being scored by it until it is published again.</source>
        <translation>Despublicar “{name}”? Seus clientes deixam de ser pontuados por ele até que seja publicado novamente.</translation>
    </message>
    <message>
        <source>“{name}” is a draft again.</source>
        <translation>“{name}” voltou a ser rascunho.</translation>
    </message>
    <message>
        <source>A draft copy of “{name}” was made.</source>
        <translation>Foi criada uma cópia em rascunho de “{name}”.</translation>
    </message>
    <message>
        <source>“{name}” is the default: it scores customers in no profile&apos;s segment.</source>
        <translation>“{name}” é o padrão: ele pontua os clientes que não estão no segmento de nenhum perfil.</translation>
    </message>
    <message>
        <source>Delete health profile</source>
        <translation>Excluir perfil de saúde</translation>
    </message>
    <message>
        <source>Delete “{name}”? This cannot be undone.</source>
        <translation>Excluir “{name}”? Não é possível desfazer.</translation>
    </message>
    <message>
        <source>“{name}” was deleted.</source>
        <translation>“{name}” foi excluído.</translation>
    </message>
</context>
<context>
    <name>HealthScoresDialog</name>
    <message>
        <source>Health scores</source>
        <translation>Pontuações de saúde</translation>
    </message>
</context>
<context>
    <name>HealthSummaryCard</name>
    <message>
        <source>Customer health</source>
        <translation>Saúde dos clientes</translation>
    </message>
    <message>
        <source>Health profile</source>
        <translation>Perfil de saúde</translation>
    </message>
    <message>
        <source>The health profile shown</source>
        <translation>O perfil de saúde exibido</translation>
    </message>
    <message>
        <source>Reading health scores…</source>
        <translation>Carregando pontuações de saúde…</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation>Pontuação média</translation>
    </message>
    <message>
        <source>average score</source>
        <translation>pontuação média</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribuição</translation>
    </message>
    <message>
        <source>Average over 12 months</source>
        <translation>Média dos últimos 12 meses</translation>
    </message>
    <message>
        <source>No health score is set up yet. A health score shows at a glance which customers need attention, from their data and your team&apos;s activity.</source>
        <translation>Nenhuma pontuação de saúde foi configurada ainda. A pontuação de saúde mostra rapidamente quais clientes precisam de atenção, com base nos dados deles e nas atividades da sua equipe.</translation>
    </message>
    <message>
        <source>Set up health scores</source>
        <translation>Configurar pontuações de saúde</translation>
    </message>
    <message>
        <source>Your {n} customers</source>
        <translation>Seus {n} clientes</translation>
    </message>
    <message>
        <source>All {n} customers</source>
        <translation>Todos os {n} clientes</translation>
    </message>
    <message>
        <source>{m} scored by {profile}</source>
        <translation>{m} pontuados por {profile}</translation>
    </message>
    <message>
        <source>{p} %</source>
        <translation>{p}%</translation>
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
        <translation>{band}: {n} clientes, abrir em Clientes</translation>
    </message>
</context>
<context>
    <name>HistogramChart</name>
    <message>
        <source>No customers scored yet</source>
        <translation>Nenhum cliente pontuado ainda</translation>
    </message>
    <message>
        <source>Score {low}–{high}: 1 customer</source>
        <translation>Pontuação {low}–{high}: 1 cliente</translation>
    </message>
    <message>
        <source>Score {low}–{high}: {n} customers</source>
        <translation>Pontuação {low}–{high}: {n} clientes</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Property history · {t}</source>
        <translation>Histórico da propriedade · {t}</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>Nenhuma alteração registrada.</translation>
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
        <translation>Arquivos iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Exporting your schedule…</source>
        <translation>Exportando sua agenda…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportação cancelada; nenhum arquivo foi gravado.</translation>
    </message>
    <message>
        <source>The file could not be written: {e}</source>
        <translation>Não foi possível gravar o arquivo: {e}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n items to {path}</source>
        <translation>
            <numerusform>%n item exportado para {path}</numerusform>
            <numerusform>%n itens exportados para {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Import meetings</source>
        <translation>Importar reuniões</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>Arquivos iCalendar (*.ics);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Importando {name}…</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Importação cancelada; nada foi importado.</translation>
    </message>
    <message>
        <source>The file could not be read: {e}</source>
        <translation>Não foi possível ler o arquivo: {e}</translation>
    </message>
    <message>
        <source>Nothing was imported from {name}: {why}</source>
        <translation>Nada foi importado de {name}: {why}</translation>
    </message>
    <message>
        <source>Imported {created} new and {updated} updated meetings from {name}.</source>
        <translation>Reuniões importadas de {name}: {created} novas e {updated} atualizadas.</translation>
    </message>
    <message numerus="yes">
        <source>%n items were skipped.</source>
        <translation>
            <numerusform>%n item foi ignorado.</numerusform>
            <numerusform>%n itens foram ignorados.</numerusform>
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
        <translation>Relatório de importação</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Ignorados:</translation>
    </message>
    <message>
        <source>Skipped items</source>
        <translation>Itens ignorados</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import from a CSV file</source>
        <translation>Importar de um arquivo CSV</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Avançar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>A CSV file exported from a CRM or a spreadsheet</source>
        <translation>Um arquivo CSV exportado de um CRM ou de uma planilha</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Arquivo CSV</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Import into</source>
        <translation>Importar para</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colunas</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Simulação</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Step {n} of 4 · {name}</source>
        <translation>Passo {n} de 4 · {name}</translation>
    </message>
    <message>
        <source>Check rows</source>
        <translation>Verificar linhas</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Stopping after this batch…</source>
        <translation>Parando após este lote…</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Arquivos CSV (*.csv *.txt *.tsv);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Lendo {file}…</translation>
    </message>
    <message>
        <source>{rows} rows · {columns} columns · encoding {encoding} · delimiter {delimiter}</source>
        <translation>{rows} linhas · {columns} colunas · codificação {encoding} · delimitador {delimiter}</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n rows…</source>
        <translation>
            <numerusform>Verificando %n linha…</numerusform>
            <numerusform>Verificando %n linhas…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n will be linked to their company.</source>
        <translation>
            <numerusform>%n será vinculado à respectiva empresa.</numerusform>
            <numerusform>%n serão vinculados à respectiva empresa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n rows…</source>
        <translation>
            <numerusform>Importando %n linha…</numerusform>
            <numerusform>Importando %n linhas…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected rows saved to {path}.</source>
        <translation>
            <numerusform>%n linha rejeitada salva em {path}.</numerusform>
            <numerusform>%n linhas rejeitadas salvas em {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The check was cancelled; nothing was imported.</source>
        <translation>A verificação foi cancelada; nada foi importado.</translation>
    </message>
    <message>
        <source>All {total} rows of the file were checked; nothing is written yet.</source>
        <translation>Todas as {total} linhas do arquivo foram verificadas; nada foi gravado ainda.</translation>
    </message>
    <message>
        <source>A rejected row is not imported at all; after the import, Save rejected rows… gives them back to fix and import again.</source>
        <translation>Uma linha rejeitada não é importada; após a importação, Salvar linhas rejeitadas… devolve essas linhas para você corrigir e importar novamente.</translation>
    </message>
    <message>
        <source>Every row can be imported.</source>
        <translation>Todas as linhas podem ser importadas.</translation>
    </message>
    <message>
        <source>No column finds existing records: importing this file again would create its rows again.</source>
        <translation>Nenhuma coluna localiza registros existentes: importar este arquivo de novo criaria as linhas outra vez.</translation>
    </message>
    <message>
        <source>The first {n} of {total} problems; Save rejected rows… writes them all.</source>
        <translation>Os primeiros {n} de {total} problemas; Salvar linhas rejeitadas… grava todos.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nada foi importado.</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>Salvar linhas rejeitadas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The file could not be written: {e}</source>
        <translation>Não foi possível gravar o arquivo: {e}</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>Desfazendo a importação…</translation>
    </message>
</context>
<context>
    <name>LocalPersonDialog</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
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
        <translation>Configurações (Ctrl+,)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>User menu</source>
        <translation>Menu do usuário</translation>
    </message>
    <message>
        <source>Signed in as {name}</source>
        <translation>Conectado como {name}</translation>
    </message>
    <message>
        <source>Team server: {url}</source>
        <translation>Servidor da equipe: {url}</translation>
    </message>
    <message>
        <source>Sign in as</source>
        <translation>Entrar como</translation>
    </message>
    <message>
        <source>{name} can&apos;t open the Customer Success workspace.
{reason}</source>
        <translation>{name} não pode abrir o espaço de trabalho de Customer Success.
{reason}</translation>
    </message>
    <message>
        <source>Ctrl+{n}</source>
        <translation>Ctrl+{n}</translation>
    </message>
    <message>
        <source>That view no longer exists.</source>
        <translation>Essa visualização não existe mais.</translation>
    </message>
    <message>
        <source>Team workspace</source>
        <translation>Espaço de trabalho de equipe</translation>
    </message>
    <message>
        <source>A replica of {url}</source>
        <translation>Uma réplica de {url}</translation>
    </message>
    <message>
        <source>Local mode · read-only</source>
        <translation>Modo local · somente leitura</translation>
    </message>
    <message>
        <source>Local mode</source>
        <translation>Modo local</translation>
    </message>
    <message>
        <source>Shared mode</source>
        <translation>Modo compartilhado</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop scoring; scores stored so far are kept</source>
        <translation>Parar a pontuação; as pontuações já armazenadas são mantidas</translation>
    </message>
    <message>
        <source>Scoring customers…</source>
        <translation>Pontuando clientes…</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Columns of the file</source>
        <translation>Colunas do arquivo</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Coluna no arquivo</translation>
    </message>
    <message>
        <source>Import into</source>
        <translation>Importar para</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Primeiros valores</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Verificação</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Ler como</translation>
    </message>
    <message>
        <source>Find existing records by</source>
        <translation>Localizar registros existentes por</translation>
    </message>
    <message>
        <source>A row whose value matches an existing record updates it instead of creating another.</source>
        <translation>Uma linha cujo valor corresponde a um registro existente atualiza esse registro em vez de criar outro.</translation>
    </message>
    <message>
        <source>Choose what each column of {file} fills. The check reads the first {n} rows.</source>
        <translation>Escolha o que cada coluna de {file} preenche. A verificação lê as primeiras {n} linhas.</translation>
    </message>
    <message>
        <source>Import “{column}” into</source>
        <translation>Importar “{column}” para</translation>
    </message>
    <message>
        <source>Don&apos;t import</source>
        <translation>Não importar</translation>
    </message>
    <message>
        <source>{owner} for rows without one</source>
        <translation>{owner} para as linhas sem valor</translation>
    </message>
    <message>
        <source>Leave empty</source>
        <translation>Deixar vazio</translation>
    </message>
    <message>
        <source>New property…</source>
        <translation>Nova propriedade…</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Não importado</translation>
    </message>
    <message>
        <source>No values in the first rows</source>
        <translation>Nenhum valor nas primeiras linhas</translation>
    </message>
    <message>
        <source>{parsed} of {filled} parse</source>
        <translation>{parsed} de {filled} interpretados</translation>
    </message>
    <message>
        <source>row {row}: {reason}</source>
        <translation>linha {row}: {reason}</translation>
    </message>
    <message>
        <source>Day first</source>
        <translation>Dia antes do mês</translation>
    </message>
    <message>
        <source>Decimal comma</source>
        <translation>Vírgula decimal</translation>
    </message>
    <message>
        <source>Nothing: always create new records</source>
        <translation>Nada: sempre criar novos registros</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge with another record</source>
        <translation>Mesclar com outro registro</translation>
    </message>
    <message>
        <source>The record you pick is merged into “{name}”: its associations, activities and history move here, and its values fill the properties “{name}” lacks.</source>
        <translation>O registro escolhido é mesclado em “{name}”: as associações, atividades e histórico dele passam para cá, e os valores dele preenchem as propriedades que faltam em “{name}”.</translation>
    </message>
    <message>
        <source>Search by name or domain</source>
        <translation>Pesquisar por nome ou domínio</translation>
    </message>
    <message>
        <source>Find the record to merge</source>
        <translation>Encontrar o registro a mesclar</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Localizar</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Mesclar</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Close message</source>
        <translation>Fechar mensagem</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n mais</numerusform>
            <numerusform>+%n mais</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ObjectDialog</name>
    <message>
        <source>New object</source>
        <translation>Novo objeto</translation>
    </message>
    <message>
        <source>Rename object</source>
        <translation>Renomear objeto</translation>
    </message>
    <message>
        <source>Singular name</source>
        <translation>Nome no singular</translation>
    </message>
    <message>
        <source>e.g. Subscription</source>
        <translation>ex.: Assinatura</translation>
    </message>
    <message>
        <source>Plural name</source>
        <translation>Nome no plural</translation>
    </message>
    <message>
        <source>e.g. Subscriptions</source>
        <translation>ex.: Assinaturas</translation>
    </message>
    <message>
        <source>Records move through stages (pipelines)</source>
        <translation>Os registros passam por etapas (pipelines)</translation>
    </message>
</context>
<context>
    <name>ObjectsDialog</name>
    <message>
        <source>Objects and properties</source>
        <translation>Objetos e propriedades</translation>
    </message>
</context>
<context>
    <name>ObjectsPage</name>
    <message>
        <source>Service object</source>
        <translation>Objeto de serviços</translation>
    </message>
    <message>
        <source>First revenue object</source>
        <translation>Primeiro objeto de receita</translation>
    </message>
    <message>
        <source>Second revenue object</source>
        <translation>Segundo objeto de receita</translation>
    </message>
    <message>
        <source>Services are</source>
        <translation>Os serviços são</translation>
    </message>
    <message>
        <source>Revenue is</source>
        <translation>A receita é</translation>
    </message>
    <message>
        <source>then</source>
        <translation>depois</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Save the tabs&apos; objects</source>
        <translation>Salvar os objetos das abas</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objetos</translation>
    </message>
    <message>
        <source>New object…</source>
        <translation>Novo objeto…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renomear…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arquivar</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propriedades</translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation>Pipelines</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opções</translation>
    </message>
    <message>
        <source>Add property…</source>
        <translation>Adicionar propriedade…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Mover para cima</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Mover para baixo</translation>
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
        <translation>Objeto padrão</translation>
    </message>
    <message>
        <source>{obj} have no stages.</source>
        <translation>{obj} não têm etapas.</translation>
    </message>
    <message>
        <source>Tend keeps this property: it cannot be archived.</source>
        <translation>O Tend precisa desta propriedade: ela não pode ser arquivada.</translation>
    </message>
    <message>
        <source>Archive an object</source>
        <translation>Arquivar um objeto</translation>
    </message>
    <message>
        <source>Archive {obj}? Its records and history are kept, but it is no longer offered anywhere.</source>
        <translation>Arquivar {obj}? Os registros e o histórico são mantidos, mas o objeto deixa de ser oferecido em qualquer lugar.</translation>
    </message>
    <message>
        <source>Restore a property</source>
        <translation>Restaurar uma propriedade</translation>
    </message>
    <message>
        <source>Archived property</source>
        <translation>Propriedade arquivada</translation>
    </message>
</context>
<context>
    <name>PaintedDays</name>
    <message>
        <source>Calendar items</source>
        <translation>Itens do calendário</translation>
    </message>
    <message>
        <source>The arrow keys move between items; Enter opens one.</source>
        <translation>As setas passam de um item a outro; Enter abre um.</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>dia inteiro</translation>
    </message>
    <message>
        <source>More items</source>
        <translation>Mais itens</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>e mais %n</numerusform>
            <numerusform>e mais %n</numerusform>
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
        <translation>Desativado: não pode entrar nem receber atribuições</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Serviço</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhuma</translation>
    </message>
    <message>
        <source>Super admin</source>
        <translation>Superadministrador</translation>
    </message>
    <message>
        <source>CS settings</source>
        <translation>Configurações de CS</translation>
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
        <translation>Adicionar uma pessoa</translation>
    </message>
    <message>
        <source>Service seat (uses every tab)</source>
        <translation>Licença de serviço (usa todas as abas)</translation>
    </message>
    <message>
        <source>Manage Customer Success settings</source>
        <translation>Gerenciar as configurações de Customer Success</translation>
    </message>
    <message>
        <source>Super admin</source>
        <translation>Superadministrador</translation>
    </message>
    <message>
        <source>Primary team</source>
        <translation>Equipe principal</translation>
    </message>
    <message>
        <source>None (the main workspace)</source>
        <translation>Nenhuma (espaço de trabalho principal)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
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
        <translation>Propriedades obrigatórias</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Adicionar…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renomear…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arquivar</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fechada</translation>
    </message>
    <message>
        <source>Required to enter the stage</source>
        <translation>Obrigatórias para entrar na etapa</translation>
    </message>
    <message>
        <source>Save required</source>
        <translation>Salvar obrigatórias</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Mover para cima</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Mover para baixo</translation>
    </message>
    <message>
        <source>A closed stage marks won, lost or done.</source>
        <translation>Uma etapa fechada indica ganho, perda ou conclusão.</translation>
    </message>
    <message>
        <source>CSM property</source>
        <translation>Propriedade do CSM</translation>
    </message>
    <message>
        <source>Renewal date property</source>
        <translation>Propriedade da data de renovação</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Renewal date</source>
        <translation>Data de renovação</translation>
    </message>
    <message>
        <source>  · closed</source>
        <translation>  · fechada</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Serviços</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Receita</translation>
    </message>
    <message>
        <source>In your workspace&apos;s {tab} tab</source>
        <translation>Na aba {tab} do seu espaço de trabalho</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
    <message>
        <source>Add a pipeline</source>
        <translation>Adicionar um pipeline</translation>
    </message>
    <message>
        <source>Pipeline name</source>
        <translation>Nome do pipeline</translation>
    </message>
    <message>
        <source>Rename the pipeline</source>
        <translation>Renomear o pipeline</translation>
    </message>
    <message>
        <source>Add a stage</source>
        <translation>Adicionar uma etapa</translation>
    </message>
    <message>
        <source>Stage name</source>
        <translation>Nome da etapa</translation>
    </message>
    <message>
        <source>Rename the stage</source>
        <translation>Renomear a etapa</translation>
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
        <translation>Pesquisar por nome</translation>
    </message>
    <message>
        <source>Search records</source>
        <translation>Pesquisar registros</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Quadro</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabela</translation>
    </message>
    <message>
        <source>Show as {layout}</source>
        <translation>Mostrar como {layout}</translation>
    </message>
    <message>
        <source>Move to stage…</source>
        <translation>Mover para a etapa…</translation>
    </message>
    <message>
        <source>Move the selected cards (Ctrl+Shift+M)</source>
        <translation>Mover os cartões selecionados (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>Export this view&apos;s records to a CSV file</source>
        <translation>Exportar os registros desta visualização para um arquivo CSV</translation>
    </message>
    <message>
        <source>Import records from a CSV file</source>
        <translation>Importar registros de um arquivo CSV</translation>
    </message>
    <message>
        <source>{tab} tab settings</source>
        <translation>Configurações da aba {tab}</translation>
    </message>
    <message>
        <source>Create a record</source>
        <translation>Criar um registro</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refazer</translation>
    </message>
    <message>
        <source>No pipeline shown here holds those records.</source>
        <translation>Nenhum pipeline exibido aqui contém esses registros.</translation>
    </message>
    <message>
        <source>Showing the records of “{what}”. Choose a view to see them all again.</source>
        <translation>Mostrando os registros de “{what}”. Escolha uma visualização para ver todos novamente.</translation>
    </message>
    <message>
        <source>No {object} in {pipeline} yet</source>
        <translation>Ainda não há {object} em {pipeline}</translation>
    </message>
    <message>
        <source>Bring them in from your CRM&apos;s CSV export, or create them here: each lands in its stage of this pipeline.</source>
        <translation>Importe-os do CSV exportado do seu CRM ou crie-os aqui: cada um entra na respectiva etapa deste pipeline.</translation>
    </message>
    <message>
        <source>Import {object}…</source>
        <translation>Importar {object}…</translation>
    </message>
    <message>
        <source>+ Create</source>
        <translation>+ Criar</translation>
    </message>
    <message>
        <source>No {object} match this view</source>
        <translation>Não há {object} que correspondam a esta visualização</translation>
    </message>
    <message>
        <source>{n} in {pipeline}: the view&apos;s filters or search hide them.</source>
        <translation>{n} em {pipeline}: os filtros ou a pesquisa da visualização os ocultam.</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Limpar pesquisa</translation>
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
        <translation>Excluir…</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Actions ▾</source>
        <translation>Ações ▾</translation>
    </message>
    <message>
        <source>Close the preview</source>
        <translation>Fechar a prévia</translation>
    </message>
    <message>
        <source>View record</source>
        <translation>Ver registro</translation>
    </message>
    <message>
        <source>The full record with its activity timeline</source>
        <translation>O registro completo com a linha do tempo de atividades</translation>
    </message>
    <message>
        <source>Back to {r}</source>
        <translation>Voltar para {r}</translation>
    </message>
    <message>
        <source>Unfollow</source>
        <translation>Deixar de seguir</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Property history</source>
        <translation>Histórico da propriedade</translation>
    </message>
    <message>
        <source>Merge with another record…</source>
        <translation>Mesclar com outro registro…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Excluir…</translation>
    </message>
    <message>
        <source>Associations</source>
        <translation>Associações</translation>
    </message>
    <message>
        <source>Associated {o} with {r}.</source>
        <translation>{o} associado(a) a {r}.</translation>
    </message>
    <message>
        <source>Removed {o} from {r}.</source>
        <translation>{o} removido(a) de {r}.</translation>
    </message>
    <message>
        <source>Delete record</source>
        <translation>Excluir registro</translation>
    </message>
    <message>
        <source>Delete “{r}”? You can restore it from Deleted records.</source>
        <translation>Excluir “{r}”? Você pode restaurá-lo em Registros excluídos.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Deleted {r}.</source>
        <translation>{r} excluído.</translation>
    </message>
    <message>
        <source>This record was deleted.</source>
        <translation>Este registro foi excluído.</translation>
    </message>
    <message>
        <source>Before publishing, see how this draft would score every customer.</source>
        <translation>Antes de publicar, veja como este rascunho pontuaria cada cliente.</translation>
    </message>
    <message>
        <source>Run preview</source>
        <translation>Gerar prévia</translation>
    </message>
    <message>
        <source>Scoring customers…</source>
        <translation>Pontuando clientes…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Distribution of scores</source>
        <translation>Distribuição das pontuações</translation>
    </message>
    <message>
        <source>Run the preview to see the distribution.</source>
        <translation>Gere a prévia para ver a distribuição.</translation>
    </message>
    <message>
        <source>Preview cancelled.</source>
        <translation>Prévia cancelada.</translation>
    </message>
    <message>
        <source>No customer has a score under this draft.</source>
        <translation>Nenhum cliente tem pontuação com este rascunho.</translation>
    </message>
    <message>
        <source>Average score {n}</source>
        <translation>Pontuação média {n}</translation>
    </message>
    <message>
        <source>1 customer would change category</source>
        <translation>1 cliente mudaria de categoria</translation>
    </message>
    <message>
        <source>{n} customers would change category</source>
        <translation>{n} clientes mudariam de categoria</translation>
    </message>
    <message>
        <source>{n} of {total} customers have no input for any group (no score).</source>
        <translation>{n} de {total} clientes não têm dados para nenhum grupo (sem pontuação).</translation>
    </message>
    <message>
        <source>All {total} customers get a score.</source>
        <translation>Todos os {total} clientes recebem uma pontuação.</translation>
    </message>
    <message>
        <source>Scores are not stored until the profile is published.</source>
        <translation>As pontuações só são armazenadas quando o perfil é publicado.</translation>
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
        <translation>Linha</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Coluna</translation>
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
        <translation>Nova propriedade</translation>
    </message>
    <message>
        <source>Edit property</source>
        <translation>Editar propriedade</translation>
    </message>
    <message>
        <source>Property name</source>
        <translation>Nome da propriedade</translation>
    </message>
    <message>
        <source>e.g. Contract tier</source>
        <translation>ex.: Nível do contrato</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Property type</source>
        <translation>Tipo de propriedade</translation>
    </message>
    <message>
        <source>A property keeps its type, so its values stay valid.</source>
        <translation>Uma propriedade mantém seu tipo, para que seus valores continuem válidos.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Chave</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opções</translation>
    </message>
    <message>
        <source>Options, one a line</source>
        <translation>Opções, uma por linha</translation>
    </message>
    <message>
        <source>One option a line</source>
        <translation>Uma opção por linha</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Adicionar…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renomear…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Mover para cima</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Mover para baixo</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arquivar</translation>
    </message>
    <message>
        <source>Add an option</source>
        <translation>Adicionar uma opção</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Opção</translation>
    </message>
    <message>
        <source>Rename an option</source>
        <translation>Renomear uma opção</translation>
    </message>
    <message>
        <source>Records that hold “{old}” get the new name.</source>
        <translation>Os registros com “{old}” recebem o novo nome.</translation>
    </message>
</context>
<context>
    <name>PropertyRow</name>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>History of {p}</source>
        <translation>Histórico de {p}</translation>
    </message>
    <message>
        <source>Edit {p}</source>
        <translation>Editar {p}</translation>
    </message>
    <message>
        <source>calculated</source>
        <translation>calculado</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>Nenhuma alteração registrada.</translation>
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
        <translation>Criar {object}</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Os campos marcados com * são obrigatórios.</translation>
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
        <translation>Criar</translation>
    </message>
    <message>
        <source>{stage} needs these too:</source>
        <translation>{stage} também exige:</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>Activity</source>
        <translation>Atividade</translation>
    </message>
    <message>
        <source>No activity yet.</source>
        <translation>Ainda não há atividades.</translation>
    </message>
</context>
<context>
    <name>RecordTestPanel</name>
    <message>
        <source>Pick a customer to see how this draft, as it is now, scores it.</source>
        <translation>Escolha um cliente para ver como este rascunho, no estado atual, o pontua.</translation>
    </message>
    <message>
        <source>Type a customer&apos;s name or domain</source>
        <translation>Digite o nome ou o domínio de um cliente</translation>
    </message>
    <message>
        <source>Find a customer to test</source>
        <translation>Encontrar um cliente para testar</translation>
    </message>
    <message>
        <source>Test again</source>
        <translation>Testar novamente</translation>
    </message>
    <message>
        <source>Score the customer with the draft as edited now</source>
        <translation>Pontuar o cliente com o rascunho como está agora</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Pontuação</translation>
    </message>
    <message>
        <source>Score breakdown</source>
        <translation>Detalhamento da pontuação</translation>
    </message>
    <message>
        <source>Group / rule</source>
        <translation>Grupo / regra</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Pontos</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Máx.</translation>
    </message>
    <message>
        <source>No customer picked</source>
        <translation>Nenhum cliente escolhido</translation>
    </message>
    <message>
        <source>Scoring {name}…</source>
        <translation>Pontuando {name}…</translation>
    </message>
    <message>
        <source>This customer has no input for any group, so this profile gives it no score.</source>
        <translation>Este cliente não tem dados para nenhum grupo, então este perfil não lhe dá pontuação.</translation>
    </message>
    <message>
        <source>Score = the groups&apos; points (each capped at its maximum, never below 0) out of the maxima of the groups with input, scaled to 100.</source>
        <translation>Pontuação = pontos dos grupos (cada um limitado ao seu máximo, nunca abaixo de 0) sobre a soma dos máximos dos grupos com dados, em escala de 100.</translation>
    </message>
    <message>
        <source>no input (weight spread)</source>
        <translation>sem dados (peso redistribuído)</translation>
    </message>
    <message>
        <source>capped at its maximum (raw {n})</source>
        <translation>limitado ao máximo (bruto {n})</translation>
    </message>
    <message>
        <source>floored at 0 (raw {n})</source>
        <translation>mínimo de 0 aplicado (bruto {n})</translation>
    </message>
    <message>
        <source>of {n}</source>
        <translation>de {n}</translation>
    </message>
    <message>
        <source>✓ matched</source>
        <translation>✓ atendida</translation>
    </message>
    <message>
        <source>✗ not matched</source>
        <translation>✗ não atendida</translation>
    </message>
    <message>
        <source>✓ renews in the window</source>
        <translation>✓ renova no período</translation>
    </message>
    <message>
        <source>✗ no renewal in the window</source>
        <translation>✗ sem renovação no período</translation>
    </message>
    <message>
        <source>1 meeting</source>
        <translation>1 reunião</translation>
    </message>
    <message>
        <source>{n} meetings</source>
        <translation>{n} reuniões</translation>
    </message>
    <message>
        <source>1 call</source>
        <translation>1 ligação</translation>
    </message>
    <message>
        <source>{n} calls</source>
        <translation>{n} ligações</translation>
    </message>
    <message>
        <source>1 e-mail</source>
        <translation>1 e-mail</translation>
    </message>
    <message>
        <source>{n} e-mails</source>
        <translation>{n} e-mails</translation>
    </message>
    <message>
        <source>1 open ticket</source>
        <translation>1 ticket aberto</translation>
    </message>
    <message>
        <source>{n} open tickets</source>
        <translation>{n} tickets abertos</translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation>há 1 dia</translation>
    </message>
    <message>
        <source>{n} days ago</source>
        <translation>há {n} dias</translation>
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
        <translation>Novo relatório</translation>
    </message>
    <message>
        <source>Report name</source>
        <translation>Nome do relatório</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Report on</source>
        <translation>Relatório sobre</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Property to add up</source>
        <translation>Propriedade a somar</translation>
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
        <translation>Empilhar por</translation>
    </message>
    <message>
        <source>stacked by</source>
        <translation>empilhado por</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Prévia</translation>
    </message>
    <message>
        <source>Add report</source>
        <translation>Adicionar relatório</translation>
    </message>
    <message>
        <source>Nothing (a single figure)</source>
        <translation>Nada (um único valor)</translation>
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
        <translation>{name} e {stack}</translation>
    </message>
</context>
<context>
    <name>ReportCard</name>
    <message>
        <source>Remove from the Summary</source>
        <translation>Remover do Resumo</translation>
    </message>
    <message>
        <source>Remove {name} from the Summary</source>
        <translation>Remover {name} do Resumo</translation>
    </message>
    <message>
        <source>This report cannot be shown: {why}</source>
        <translation>Não é possível exibir este relatório: {why}</translation>
    </message>
</context>
<context>
    <name>ReportChart</name>
    <message>
        <source>No records match this report</source>
        <translation>Nenhum registro corresponde a este relatório</translation>
    </message>
    <message>
        <source>Report table</source>
        <translation>Tabela do relatório</translation>
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
        <translation>Relatórios</translation>
    </message>
    <message>
        <source>+ Add report</source>
        <translation>+ Adicionar relatório</translation>
    </message>
    <message>
        <source>No reports pinned.</source>
        <translation>Nenhum relatório fixado.</translation>
    </message>
    <message>
        <source>Pin up to five reports here: customers by health, ARR by CSM, renewals…</source>
        <translation>Fixe até cinco relatórios aqui: clientes por saúde, ARR por CSM, renovações…</translation>
    </message>
    <message>
        <source>The Summary shows up to five reports: remove one first.</source>
        <translation>O Resumo mostra até cinco relatórios: remova um primeiro.</translation>
    </message>
    <message>
        <source>Pin a ready report to your Summary</source>
        <translation>Fixar um relatório pronto no seu Resumo</translation>
    </message>
    <message>
        <source>New report…</source>
        <translation>Novo relatório…</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Save rejected rows…</source>
        <translation>Salvar linhas rejeitadas…</translation>
    </message>
    <message>
        <source>The rows that were not imported, with their problems, to fix and import again</source>
        <translation>As linhas que não foram importadas, com seus problemas, para corrigir e importar novamente</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Desfazer importação</translation>
    </message>
    <message>
        <source>Remove what this import created and put back what it changed</source>
        <translation>Remover o que esta importação criou e restaurar o que ela alterou</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Linhas rejeitadas</translation>
    </message>
    <message>
        <source>The import was cancelled. The rows imported before you cancelled stay; Undo import removes them.</source>
        <translation>A importação foi cancelada. As linhas importadas antes do cancelamento permanecem; Desfazer importação as remove.</translation>
    </message>
    <message>
        <source>The import is done.</source>
        <translation>A importação foi concluída.</translation>
    </message>
    <message>
        <source>The rejected rows below were not imported.</source>
        <translation>As linhas rejeitadas abaixo não foram importadas.</translation>
    </message>
    <message numerus="yes">
        <source>%n linked to their company.</source>
        <translation>
            <numerusform>%n vinculado à respectiva empresa.</numerusform>
            <numerusform>%n vinculados à respectiva empresa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Records without a {owner} are not in “Owned by me” views; other views show them.</source>
        <translation>Registros sem {owner} não aparecem nas visualizações “De minha propriedade”; as outras visualizações os mostram.</translation>
    </message>
    <message>
        <source>New records without a {owner} in the file have {name}.</source>
        <translation>Registros novos sem {owner} no arquivo ficam com {name}.</translation>
    </message>
    <message>
        <source>Undo cancelled: {removed} removed, {restored} put back so far.</source>
        <translation>Desfazer cancelado: {removed} removidos e {restored} restaurados até agora.</translation>
    </message>
    <message>
        <source>Import undone: {removed} removed, {restored} put back.</source>
        <translation>Importação desfeita: {removed} removidos e {restored} restaurados.</translation>
    </message>
    <message>
        <source>{n} changed or deleted since were left as they are.</source>
        <translation>{n} alterados ou excluídos desde então foram mantidos como estão.</translation>
    </message>
</context>
<context>
    <name>RuleCard</name>
    <message>
        <source>Rule name, e.g. “NPS of 9 or more”</source>
        <translation>Nome da regra, ex.: “NPS de 9 ou mais”</translation>
    </message>
    <message>
        <source>Rule name</source>
        <translation>Nome da regra</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Remover regra</translation>
    </message>
    <message>
        <source>Remove this rule</source>
        <translation>Remover esta regra</translation>
    </message>
    <message>
        <source>+ AND condition</source>
        <translation>+ Condição E</translation>
    </message>
    <message>
        <source>Every condition must hold</source>
        <translation>Todas as condições devem ser atendidas</translation>
    </message>
    <message>
        <source>Points when every condition holds</source>
        <translation>Pontos quando todas as condições são atendidas</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Pontos</translation>
    </message>
    <message>
        <source>Negative points take points away</source>
        <translation>Pontos negativos subtraem pontos</translation>
    </message>
    <message>
        <source>“{key}” is no longer a property of customers: pick another.</source>
        <translation>“{key}” não é mais uma propriedade de clientes: escolha outra.</translation>
    </message>
    <message>
        <source>A rule needs at least one condition.</source>
        <translation>Uma regra precisa de pelo menos uma condição.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Onde</translation>
    </message>
    <message>
        <source>and</source>
        <translation>e</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Window in days</source>
        <translation>Período em dias</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <source>Calls of at least (minutes)</source>
        <translation>Ligações de pelo menos (minutos)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>In the last</source>
        <translation>Nos últimos</translation>
    </message>
    <message>
        <source>Calls of at least</source>
        <translation>Ligações de pelo menos</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Contagens</translation>
    </message>
    <message>
        <source>Points per band</source>
        <translation>Pontos por faixa</translation>
    </message>
    <message>
        <source>+ Band</source>
        <translation>+ Faixa</translation>
    </message>
    <message>
        <source>− Band</source>
        <translation>− Faixa</translation>
    </message>
    <message>
        <source>Remove the selected band</source>
        <translation>Remover a faixa selecionada</translation>
    </message>
    <message>
        <source>Within the next</source>
        <translation>Nos próximos</translation>
    </message>
    <message>
        <source>From (days)</source>
        <translation>A partir de (dias)</translation>
    </message>
    <message>
        <source>1 = renews</source>
        <translation>1 = renova</translation>
    </message>
    <message>
        <source>From (count)</source>
        <translation>A partir de (contagem)</translation>
    </message>
    <message>
        <source>Days since the customer&apos;s last activity; no activity at all is no input.</source>
        <translation>Dias desde a última atividade do cliente; sem nenhuma atividade, não há dados.</translation>
    </message>
    <message>
        <source>Counts 1 when the renewal date falls in the window, else 0; no renewal date is no input.</source>
        <translation>Conta 1 quando a data de renovação cai no período; caso contrário, 0. Sem data de renovação, não há dados.</translation>
    </message>
    <message>
        <source>Tickets associated with the customer whose stage is not closed.</source>
        <translation>Tickets associados ao cliente cuja etapa não está fechada.</translation>
    </message>
    <message>
        <source>The customer&apos;s logged events in the window; the highest band the count reaches gives its points.</source>
        <translation>Eventos registrados do cliente no período; a faixa mais alta que a contagem atinge define os pontos.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>A partir de</translation>
    </message>
</context>
<context>
    <name>SavedViewState</name>
    <message>
        <source>· Unsaved</source>
        <translation>· Não salva</translation>
    </message>
    <message>
        <source>This view has changes: Save view keeps them, Reset drops them.</source>
        <translation>Esta visualização tem alterações: Salvar visualização as mantém, Redefinir as descarta.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Redefinir</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Salvar visualização</translation>
    </message>
    <message>
        <source>Use “+ Create view” to keep these changes as a new view.</source>
        <translation>Use “+ Criar visualização” para manter essas alterações como uma nova visualização.</translation>
    </message>
</context>
<context>
    <name>ScheduleModel</name>
    <message>
        <source>{day} · all day</source>
        <translation>{day} · dia inteiro</translation>
    </message>
    <message>
        <source>{first} – {last} · all day</source>
        <translation>{first} – {last} · dia inteiro</translation>
    </message>
    <message>
        <source>{day} · due {time}</source>
        <translation>{day} · vence às {time}</translation>
    </message>
</context>
<context>
    <name>ScheduleTab</name>
    <message>
        <source>Calendar view</source>
        <translation>Modo do calendário</translation>
    </message>
    <message>
        <source>Day (D), week (W) or month (M)</source>
        <translation>Dia (D), semana (W) ou mês (M)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Go to today (T)</source>
        <translation>Ir para hoje (T)</translation>
    </message>
    <message>
        <source>Previous (Ctrl+Left)</source>
        <translation>Anterior (Ctrl+Left)</translation>
    </message>
    <message>
        <source>Next (Ctrl+Right)</source>
        <translation>Próximo (Ctrl+Right)</translation>
    </message>
    <message>
        <source>Shown dates</source>
        <translation>Datas exibidas</translation>
    </message>
    <message>
        <source>Hide weekends</source>
        <translation>Ocultar fins de semana</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuso horário</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Import meetings from an iCalendar (.ics) file</source>
        <translation>Importar reuniões de um arquivo iCalendar (.ics)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Export your schedule to an iCalendar (.ics) file</source>
        <translation>Exportar sua agenda para um arquivo iCalendar (.ics)</translation>
    </message>
    <message>
        <source>Show times in another time zone; yours is {zone}</source>
        <translation>Mostrar horários em outro fuso horário; o seu é {zone}</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniões</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tarefas</translation>
    </message>
    <message>
        <source>You meet today</source>
        <translation>Suas reuniões de hoje</translation>
    </message>
    <message>
        <source>Contacts you meet today</source>
        <translation>Contatos com quem você se reúne hoje</translation>
    </message>
    <message>
        <source>No contacts to meet today.</source>
        <translation>Nenhuma reunião com contatos hoje.</translation>
    </message>
    <message>
        <source>Task marked complete.</source>
        <translation>Tarefa marcada como concluída.</translation>
    </message>
    <message>
        <source>Task marked incomplete.</source>
        <translation>Tarefa marcada como não concluída.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Customers settings · {ws}</source>
        <translation>Configurações de clientes · {ws}</translation>
    </message>
    <message>
        <source>Customer object</source>
        <translation>Objeto de clientes</translation>
    </message>
    <message>
        <source>CSM property</source>
        <translation>Propriedade do CSM</translation>
    </message>
    <message>
        <source>Renewal date property</source>
        <translation>Propriedade da data de renovação</translation>
    </message>
    <message>
        <source>Customers are</source>
        <translation>Os clientes são</translation>
    </message>
    <message>
        <source>Renewal date</source>
        <translation>Data de renovação</translation>
    </message>
    <message>
        <source>{tab} tab…</source>
        <translation>Aba {tab}…</translation>
    </message>
    <message>
        <source>Tab settings</source>
        <translation>Configurações das abas</translation>
    </message>
    <message>
        <source>Objects and properties…</source>
        <translation>Objetos e propriedades…</translation>
    </message>
    <message>
        <source>Team workspaces…</source>
        <translation>Espaços de trabalho de equipe…</translation>
    </message>
    <message>
        <source>Health scores…</source>
        <translation>Pontuações de saúde…</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espaço de trabalho</translation>
    </message>
    <message>
        <source>Users &amp;&amp; teams…</source>
        <translation>Usuários &amp;&amp; equipes…</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <source>Customer health</source>
        <translation>Saúde dos clientes</translation>
    </message>
    <message>
        <source>Import records from a CSV file</source>
        <translation>Importar registros de um arquivo CSV</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importar CSV…</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dados</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation>Servidor da equipe</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Aparência</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>As my locale ({language})</source>
        <translation>Conforme minha localidade ({language})</translation>
    </message>
    <message>
        <source>This workspace is a replica of {url}</source>
        <translation>Este espaço de trabalho é uma réplica de {url}</translation>
    </message>
    <message>
        <source>Connect to a team server…</source>
        <translation>Conectar a um servidor da equipe…</translation>
    </message>
    <message>
        <source>Download your team&apos;s workspace into a new file and work in it</source>
        <translation>Baixar o espaço de trabalho da sua equipe em um novo arquivo e trabalhar nele</translation>
    </message>
    <message>
        <source>Backups of this workspace file</source>
        <translation>Backups deste arquivo de espaço de trabalho</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>No backups yet: Tend takes one every day.</source>
        <translation>Ainda não há backups: o Tend faz um por dia.</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurar…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar um backup</translation>
    </message>
    <message>
        <source>Replace the workspace with the backup of {when}?

Tend first backs up the workspace as it is now, so this can be undone by restoring that backup.</source>
        <translation>Substituir o espaço de trabalho pelo backup de {when}?

Antes, o Tend faz um backup do espaço de trabalho como está agora, então é possível desfazer isso restaurando esse backup.</translation>
    </message>
    <message>
        <source>The backup was not restored: {why}</source>
        <translation>O backup não foi restaurado: {why}</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Em qualquer lugar</translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message>
        <source>Create a record in {stage}</source>
        <translation>Criar um registro em {stage}</translation>
    </message>
</context>
<context>
    <name>StageMoving</name>
    <message>
        <source>Move to {stage}</source>
        <translation>Mover para {stage}</translation>
    </message>
    <message>
        <source>Select a card to move first.</source>
        <translation>Selecione primeiro um cartão para mover.</translation>
    </message>
</context>
<context>
    <name>StageValuesDialog</name>
    <message>
        <source>Move to {stage}</source>
        <translation>Mover para {stage}</translation>
    </message>
    <message>
        <source>{stage} needs these before a record can enter it.</source>
        <translation>{stage} exige estes campos antes que um registro possa entrar nela.</translation>
    </message>
    <message>
        <source>{p} is required.</source>
        <translation>O campo {p} é obrigatório.</translation>
    </message>
</context>
<context>
    <name>StatusPill</name>
    <message>
        <source>Health status: {s}</source>
        <translation>Status de saúde: {s}</translation>
    </message>
</context>
<context>
    <name>SummaryTab</name>
    <message>
        <source>Back to my Summary</source>
        <translation>Voltar ao meu Resumo</translation>
    </message>
    <message>
        <source>My Summary</source>
        <translation>Meu Resumo</translation>
    </message>
    <message>
        <source>Viewing: {name}</source>
        <translation>Visualizando: {name}</translation>
    </message>
    <message>
        <source>See the Summary as another user</source>
        <translation>Ver o Resumo como outro usuário</translation>
    </message>
    <message>
        <source>{name} (you)</source>
        <translation>{name} (você)</translation>
    </message>
    <message>
        <source>You are viewing the Summary of {name}, as they see it. Nothing here can be changed for them.</source>
        <translation>Você está vendo o Resumo de {name} como essa pessoa o vê. Nada aqui pode ser alterado em nome dela.</translation>
    </message>
    <message>
        <source>{name}&apos;s customers</source>
        <translation>Clientes de {name}</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>agora mesmo</translation>
    </message>
    <message>
        <source>{n} min ago</source>
        <translation>há {n} min</translation>
    </message>
    <message>
        <source>{n} h ago</source>
        <translation>há {n} h</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Dia inteiro</translation>
    </message>
    <message>
        <source>Hello, {name}</source>
        <translation>Olá, {name}</translation>
    </message>
    <message>
        <source>{name}&apos;s day</source>
        <translation>O dia de {name}</translation>
    </message>
    <message>
        <source>Tasks due today</source>
        <translation>Tarefas que vencem hoje</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Tarefas atrasadas</translation>
    </message>
    <message>
        <source>Tasks due tomorrow</source>
        <translation>Tarefas que vencem amanhã</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>No alerts. A customer whose health changes band shows up here.</source>
        <translation>Nenhum alerta. Um cliente cuja saúde muda de faixa aparece aqui.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>e mais %n</numerusform>
            <numerusform>e mais %n</numerusform>
        </translation>
    </message>
    <message>
        <source>View more</source>
        <translation>Ver mais</translation>
    </message>
    <message>
        <source>View more: Alerts</source>
        <translation>Ver mais: Alertas</translation>
    </message>
    <message>
        <source>Task progress</source>
        <translation>Progresso das tarefas</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Vencem hoje</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Atrasadas</translation>
    </message>
    <message>
        <source>Task progress: {which}</source>
        <translation>Progresso das tarefas: {which}</translation>
    </message>
    <message>
        <source>{done} of {total} overdue tasks done today</source>
        <translation>{done} de {total} tarefas atrasadas concluídas hoje</translation>
    </message>
    <message>
        <source>No overdue tasks</source>
        <translation>Nenhuma tarefa atrasada</translation>
    </message>
    <message>
        <source>{done} of {total} tasks due today done</source>
        <translation>{done} de {total} tarefas que vencem hoje concluídas</translation>
    </message>
    <message>
        <source>No tasks due today</source>
        <translation>Nenhuma tarefa vence hoje</translation>
    </message>
    <message>
        <source>Nothing here. Nice work.</source>
        <translation>Nada por aqui. Bom trabalho!</translation>
    </message>
    <message>
        <source>View more: {list}</source>
        <translation>Ver mais: {list}</translation>
    </message>
    <message>
        <source>Today&apos;s schedule</source>
        <translation>Agenda de hoje</translation>
    </message>
    <message>
        <source>Nothing scheduled today.</source>
        <translation>Nada agendado para hoje.</translation>
    </message>
    <message>
        <source>Task · all day</source>
        <translation>Tarefa · dia inteiro</translation>
    </message>
    <message>
        <source>Task · due {time}</source>
        <translation>Tarefa · vence às {time}</translation>
    </message>
    <message>
        <source>with {names}</source>
        <translation>com {names}</translation>
    </message>
    <message>
        <source>Start meeting</source>
        <translation>Iniciar reunião</translation>
    </message>
    <message>
        <source>Start meeting: {t}</source>
        <translation>Iniciar reunião: {t}</translation>
    </message>
    <message>
        <source>View in Schedule</source>
        <translation>Ver na Agenda</translation>
    </message>
    <message>
        <source>That item is no longer on today&apos;s schedule.</source>
        <translation>Esse item não está mais na agenda de hoje.</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>Sync status</source>
        <translation>Status da sincronização</translation>
    </message>
    <message>
        <source>Values of yours that a teammate&apos;s later edit replaced, or that the team server refused. Each record&apos;s Property history shows them, with Put back.</source>
        <translation>Valores seus que foram substituídos por uma edição posterior de um colega ou recusados pelo servidor da equipe. O Histórico da propriedade de cada registro os mostra, com a opção Repor.</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar agora</translation>
    </message>
    <message>
        <source>Send your changes and fetch the team&apos;s now</source>
        <translation>Enviar suas alterações e buscar as da equipe agora</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Entrar…</translation>
    </message>
    <message>
        <source>1 change waiting</source>
        <translation>1 alteração pendente</translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes waiting</source>
        <translation>
            <numerusform>%Ln alteração pendente</numerusform>
            <numerusform>%Ln alterações pendentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflicts</source>
        <translation>
            <numerusform>%Ln conflito</numerusform>
            <numerusform>%Ln conflitos</numerusform>
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
        <translation>Off-line desde {time}</translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation>É preciso entrar</translation>
    </message>
    <message>
        <source>Last synced at {time}</source>
        <translation>Última sincronização às {time}</translation>
    </message>
    <message>
        <source>1 conflict</source>
        <translation>1 conflito</translation>
    </message>
    <message>
        <source>The team server refused a change: {why}</source>
        <translation>O servidor da equipe recusou uma alteração: {why}</translation>
    </message>
    <message>
        <source>Password for {url}</source>
        <translation>Senha de {url}</translation>
    </message>
    <message>
        <source>Sign in to the team server</source>
        <translation>Entrar no servidor da equipe</translation>
    </message>
</context>
<context>
    <name>TabHeader</name>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Pesquisar (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>TabSettingsDialog</name>
    <message>
        <source>{tab} tab settings</source>
        <translation>Configurações da aba {tab}</translation>
    </message>
    <message>
        <source>Show the {tab} tab</source>
        <translation>Mostrar a aba {tab}</translation>
    </message>
    <message>
        <source>Pipelines shown</source>
        <translation>Pipelines exibidos</translation>
    </message>
    <message>
        <source>Default pipeline</source>
        <translation>Pipeline padrão</translation>
    </message>
    <message>
        <source>Default layout</source>
        <translation>Layout padrão</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Quadro</translation>
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
        <translation>Novo perfil de saúde</translation>
    </message>
    <message>
        <source>Start from a template</source>
        <translation>Começar a partir de um modelo</translation>
    </message>
    <message>
        <source>A template fills in groups and rules over your customers&apos; standard properties and activities; change anything before you publish.</source>
        <translation>Um modelo preenche grupos e regras com base nas propriedades padrão e nas atividades dos seus clientes; altere o que quiser antes de publicar.</translation>
    </message>
    <message>
        <source>Start from scratch</source>
        <translation>Começar do zero</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Criar</translation>
    </message>
</context>
<context>
    <name>ThresholdBar</name>
    <message>
        <source>At risk</source>
        <translation>Em risco</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutro</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Saudável</translation>
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
        <translation>Mais largo</translation>
    </message>
    <message>
        <source>Narrower</source>
        <translation>Mais estreito</translation>
    </message>
    <message>
        <source>Taller</source>
        <translation>Mais alto</translation>
    </message>
    <message>
        <source>Shorter</source>
        <translation>Mais baixo</translation>
    </message>
    <message>
        <source>Remove from the dashboard</source>
        <translation>Remover do painel</translation>
    </message>
    <message>
        <source>Drag to move this report</source>
        <translation>Arraste para mover este relatório</translation>
    </message>
    <message>
        <source>This report cannot be shown: {why}</source>
        <translation>Não é possível exibir este relatório: {why}</translation>
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
        <translation>Um horário como 15:30, 3:30 PM ou 3pm</translation>
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
        <translation>Ainda não há histórico de pontuação</translation>
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
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Fechar mensagem</translation>
    </message>
</context>
<context>
    <name>UsersTeamsDialog</name>
    <message>
        <source>Users &amp; teams</source>
        <translation>Usuários &amp; equipes</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation>Adicionar uma pessoa…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Service seat (uses every tab)</source>
        <translation>Licença de serviço (usa todas as abas)</translation>
    </message>
    <message>
        <source>Manage Customer Success settings</source>
        <translation>Gerenciar as configurações de Customer Success</translation>
    </message>
    <message>
        <source>Super admin</source>
        <translation>Superadministrador</translation>
    </message>
    <message>
        <source>Active (can sign in)</source>
        <translation>Ativo (pode entrar)</translation>
    </message>
    <message>
        <source>Primary team</source>
        <translation>Equipe principal</translation>
    </message>
    <message>
        <source>Other teams</source>
        <translation>Outras equipes</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>No one selected</source>
        <translation>Ninguém selecionado</translation>
    </message>
    <message>
        <source>None (the main workspace)</source>
        <translation>Nenhuma (espaço de trabalho principal)</translation>
    </message>
</context>
<context>
    <name>ViewCardWidget</name>
    <message>
        <source>Drag to reorder the cards</source>
        <translation>Arraste para reordenar os cartões</translation>
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
        <translation>ex.: Renovações deste trimestre</translation>
    </message>
    <message>
        <source>View name</source>
        <translation>Nome da visualização</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Private: only you</source>
        <translation>Privada: só você</translation>
    </message>
    <message>
        <source>Everyone in the workspace</source>
        <translation>Todos no espaço de trabalho</translation>
    </message>
    <message>
        <source>Share with</source>
        <translation>Compartilhar com</translation>
    </message>
    <message>
        <source>Set as default and feature on the Summary</source>
        <translation>Definir como padrão e destacar no Resumo</translation>
    </message>
    <message>
        <source>What this view shows</source>
        <translation>O que esta visualização mostra</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
</context>
<context>
    <name>ViewSidebar</name>
    <message>
        <source>Views</source>
        <translation>Visualizações</translation>
    </message>
    <message>
        <source>Collapse the views</source>
        <translation>Recolher as visualizações</translation>
    </message>
    <message>
        <source>Collapse or expand the views</source>
        <translation>Recolher ou expandir as visualizações</translation>
    </message>
    <message>
        <source>+ Create view</source>
        <translation>+ Criar visualização</translation>
    </message>
    <message>
        <source>Deleted records…</source>
        <translation>Registros excluídos…</translation>
    </message>
    <message>
        <source>Records that were deleted, to restore them</source>
        <translation>Registros que foram excluídos, para restaurá-los</translation>
    </message>
    <message>
        <source>Default view: featured on the Summary</source>
        <translation>Visualização padrão: em destaque no Resumo</translation>
    </message>
    <message>
        <source>Default view</source>
        <translation>Visualização padrão</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privada</translation>
    </message>
    <message>
        <source>Actions for {name}</source>
        <translation>Ações de {name}</translation>
    </message>
    <message>
        <source>Remove as default</source>
        <translation>Remover como padrão</translation>
    </message>
    <message>
        <source>Set as default</source>
        <translation>Definir como padrão</translation>
    </message>
    <message>
        <source>Edit view</source>
        <translation>Editar visualização</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Excluir visualização</translation>
    </message>
    <message>
        <source>Create view</source>
        <translation>Criar visualização</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>Menu bar</source>
        <translation>Barra de menus</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importar CSV…</translation>
    </message>
    <message>
        <source>Export this view…</source>
        <translation>Exportar esta visualização…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar agora</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Configurações…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Localizar</translation>
    </message>
    <message>
        <source>Command palette…</source>
        <translation>Paleta de comandos…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Tela cheia</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>About Tend</source>
        <translation>Sobre o Tend</translation>
    </message>
</context>
<context>
    <name>WorkspacesDialog</name>
    <message>
        <source>Team workspaces</source>
        <translation>Espaços de trabalho de equipe</translation>
    </message>
</context>
<context>
    <name>WorkspacesPage</name>
    <message>
        <source>Besides the main workspace, up to {n} team workspaces. A user sees the workspace of their primary team, otherwise the main one.</source>
        <translation>Além do espaço de trabalho principal, até {n} espaços de trabalho de equipe. Cada usuário vê o espaço de trabalho da sua equipe principal ou, se não houver, o principal.</translation>
    </message>
    <message>
        <source>Team workspaces</source>
        <translation>Espaços de trabalho de equipe</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Novo espaço de trabalho</translation>
    </message>
    <message>
        <source>Workspace name</source>
        <translation>Nome do espaço de trabalho</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Equipes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Excluir…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>There can be at most {n} team workspaces.</source>
        <translation>É possível ter no máximo {n} espaços de trabalho de equipe.</translation>
    </message>
    <message>
        <source>  · in {ws}</source>
        <translation>  · em {ws}</translation>
    </message>
    <message>
        <source>Team workspace {n}</source>
        <translation>Espaço de trabalho de equipe {n}</translation>
    </message>
</context>
<context>
    <name>_Donut</name>
    <message>
        <source>Donut chart</source>
        <translation>Gráfico de rosca</translation>
    </message>
</context>
</TS>
