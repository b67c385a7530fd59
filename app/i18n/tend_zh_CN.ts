<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>至少为</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>至多为</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>细分</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>组</translation>
    </message>
    <message>
        <source>Customers scored</source>
        <translation>已评分客户</translation>
    </message>
    <message>
        <source>Last edited</source>
        <translation>最后编辑</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Draft of a live profile</source>
        <translation>已发布配置的草稿</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Tend could not finish what you asked. Nothing else was changed.</source>
        <translation>Tend 无法完成您的请求。其他内容均未更改。</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>转到</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>标签页</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Move the selected cards</source>
        <translation>移动所选卡片</translation>
    </message>
    <message>
        <source>Undo the last move</source>
        <translation>撤销上一次移动</translation>
    </message>
    <message>
        <source>Redo the move</source>
        <translation>重做移动</translation>
    </message>
    <message>
        <source>Create task</source>
        <translation>创建任务</translation>
    </message>
    <message>
        <source>Undo the last bulk action</source>
        <translation>撤销上一次批量操作</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>to-do</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>Create customer</source>
        <translation>创建客户</translation>
    </message>
    <message>
        <source>record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Create dashboard</source>
        <translation>创建仪表板</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Objects and properties</source>
        <translation>对象和属性</translation>
    </message>
    <message>
        <source>Health scores</source>
        <translation>健康分</translation>
    </message>
    <message>
        <source>Team workspaces</source>
        <translation>团队工作区</translation>
    </message>
    <message>
        <source>Services tab settings</source>
        <translation>服务标签页设置</translation>
    </message>
    <message>
        <source>Revenue tab settings</source>
        <translation>收入标签页设置</translation>
    </message>
    <message>
        <source>Users &amp; teams</source>
        <translation>用户和团队</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Stage move</source>
        <translation>阶段移动</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Bulk action</source>
        <translation>批量操作</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>View</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>执行人</translation>
    </message>
    <message>
        <source>Associated record</source>
        <translation>关联记录</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>To-do</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>席位</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>+ Create</source>
        <translation>+ 创建</translation>
    </message>
    <message>
        <source>Pipeline (by name)</source>
        <translation>管道（按名称）</translation>
    </message>
    <message>
        <source>Stage (by name)</source>
        <translation>阶段（按名称）</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Company, found by domain</source>
        <translation>公司（按域名查找）</translation>
    </message>
    <message>
        <source>Company, found by name</source>
        <translation>公司（按名称查找）</translation>
    </message>
    <message>
        <source>Company, found by source record ID</source>
        <translation>公司（按来源记录 ID 查找）</translation>
    </message>
    <message>
        <source>Source record ID</source>
        <translation>来源记录 ID</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>有风险</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>健康</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 条记录</translation>
    </message>
    <message numerus="yes">
        <source>%Ln records</source>
        <translation>
            <numerusform>%Ln 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Single-line text</source>
        <translation>单行文本</translation>
    </message>
    <message>
        <source>Multi-line text</source>
        <translation>多行文本</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation>单选</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>多选</translation>
    </message>
    <message>
        <source>Checkbox</source>
        <translation>复选框</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>From associations (read-only)</source>
        <translation>来自关联（只读）</translation>
    </message>
    <message>
        <source>The name is at most {longest} characters.</source>
        <translation>名称最多 {longest} 个字符。</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Title *</source>
        <translation>标题 *</translation>
    </message>
    <message>
        <source>Associated records</source>
        <translation>关联记录</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>计数</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>求和</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>平均值</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>最小值</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>最大值</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>按周</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>By quarter</source>
        <translation>按季度</translation>
    </message>
    <message>
        <source>Bar</source>
        <translation>柱状图</translation>
    </message>
    <message>
        <source>Stacked bar</source>
        <translation>堆叠柱状图</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>折线图</translation>
    </message>
    <message>
        <source>Donut</source>
        <translation>环形图</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Single number</source>
        <translation>单个数值</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>订阅</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>日程</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>动态</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <source>Enter the note.</source>
        <translation>请输入备注内容。</translation>
    </message>
    <message>
        <source>Enter a subject.</source>
        <translation>请输入主题。</translation>
    </message>
    <message>
        <source>Enter the call&apos;s length in whole minutes.</source>
        <translation>请以整数分钟输入通话时长。</translation>
    </message>
    <message>
        <source>A call lasts between 0 and 1,440 minutes.</source>
        <translation>通话时长须在 0 到 1,440 分钟之间。</translation>
    </message>
    <message>
        <source>Enter what the call was about.</source>
        <translation>请输入通话内容。</translation>
    </message>
    <message>
        <source>Enter a title.</source>
        <translation>请输入标题。</translation>
    </message>
    <message>
        <source>“{text}” is not a date (YYYY-MM-DD, optionally HH:MM).</source>
        <translation>“{text}”不是有效日期（YYYY-MM-DD，可附带 HH:MM）。</translation>
    </message>
    <message>
        <source>“{text}” is not a date and time (YYYY-MM-DD HH:MM).</source>
        <translation>“{text}”不是有效的日期和时间（YYYY-MM-DD HH:MM）。</translation>
    </message>
    <message>
        <source>Enter the meeting&apos;s length in minutes.</source>
        <translation>请输入会议时长（分钟）。</translation>
    </message>
    <message>
        <source>A meeting lasts between 1 and 1,440 minutes.</source>
        <translation>会议时长须在 1 到 1,440 分钟之间。</translation>
    </message>
    <message>
        <source>A meeting link starts with https://</source>
        <translation>会议链接须以 https:// 开头</translation>
    </message>
    <message>
        <source>A record cannot be associated with itself.</source>
        <translation>记录不能与自身关联。</translation>
    </message>
    <message>
        <source>{name} is already associated.</source>
        <translation>{name} 已关联。</translation>
    </message>
    <message>
        <source>These records are not associated any more.</source>
        <translation>这些记录已不再关联。</translation>
    </message>
    <message>
        <source>records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>The number of open {objects}, from the record&apos;s associations.</source>
        <translation>根据记录的关联统计的未关闭{objects}数量。</translation>
    </message>
    <message>
        <source>The number of associated {objects}, from the record&apos;s associations.</source>
        <translation>根据记录的关联统计的已关联{objects}数量。</translation>
    </message>
    <message>
        <source>The total amount of open {objects}, from the record&apos;s associations.</source>
        <translation>根据记录的关联计算的未关闭{objects}总金额。</translation>
    </message>
    <message>
        <source>The total amount of associated {objects}, from the record&apos;s associations.</source>
        <translation>根据记录的关联计算的已关联{objects}总金额。</translation>
    </message>
    <message>
        <source>Only the first {n} cards of a column can be arranged.</source>
        <translation>只能排列每列的前 {n} 张卡片。</translation>
    </message>
    <message>
        <source>There is no {object} pipeline “{pipeline}”.</source>
        <translation>不存在名为“{pipeline}”的{object}管道。</translation>
    </message>
    <message>
        <source>“{stage}” is not a stage of the {pipeline} pipeline.</source>
        <translation>“{stage}”不是{pipeline}管道中的阶段。</translation>
    </message>
    <message>
        <source>“{stage}” is not a stage of any {object} pipeline.</source>
        <translation>“{stage}”不是任何{object}管道中的阶段。</translation>
    </message>
    <message>
        <source>“{stage}” is a stage of several pipelines: map a Pipeline column.</source>
        <translation>“{stage}”是多个管道中的阶段：请映射“管道”列。</translation>
    </message>
    <message>
        <source>There is no object “{key}”.</source>
        <translation>不存在对象“{key}”。</translation>
    </message>
    <message>
        <source>{objects} cannot be imported from a CSV file yet.</source>
        <translation>暂不支持从 CSV 文件导入{objects}。</translation>
    </message>
    <message>
        <source>{field} is kept by Tend itself and is not imported.</source>
        <translation>{field}由 Tend 自身维护，不会被导入。</translation>
    </message>
    <message>
        <source>Tend keeps its own create and activity dates.</source>
        <translation>Tend 会自行维护创建日期和活动日期。</translation>
    </message>
    <message>
        <source>Another column already fills this property.</source>
        <translation>已有其他列填入此属性。</translation>
    </message>
    <message>
        <source>No sample parses: {reason}</source>
        <translation>没有可解析的样本值：{reason}</translation>
    </message>
    <message>
        <source>“{text}” is not a stage of any {object} pipeline.</source>
        <translation>“{text}”不是任何{object}管道中的阶段。</translation>
    </message>
    <message>
        <source>“{field}” is not a property of {objects}.</source>
        <translation>“{field}”不是{objects}的属性。</translation>
    </message>
    <message>
        <source>This file is not a text (CSV) file.</source>
        <translation>此文件不是文本（CSV）文件。</translation>
    </message>
    <message>
        <source>The file could not be read: {reason}.</source>
        <translation>无法读取文件：{reason}。</translation>
    </message>
    <message>
        <source>This file is empty.</source>
        <translation>此文件为空。</translation>
    </message>
    <message>
        <source>This file is not readable as {encoding}.</source>
        <translation>无法以 {encoding} 编码读取此文件。</translation>
    </message>
    <message>
        <source>The file has no header row naming its columns.</source>
        <translation>文件没有用于命名各列的标题行。</translation>
    </message>
    <message>
        <source>This file is not readable as CSV: {reason}.</source>
        <translation>无法以 CSV 格式读取此文件：{reason}。</translation>
    </message>
    <message>
        <source>The file&apos;s first row has empty column names: no header.</source>
        <translation>文件第一行有空的列名：没有标题行。</translation>
    </message>
    <message>
        <source>The file&apos;s first row holds values, not column names: it has no header.</source>
        <translation>文件第一行是数值而非列名：没有标题行。</translation>
    </message>
    <message>
        <source>Import problem</source>
        <translation>导入问题</translation>
    </message>
    <message>
        <source>“{column}”: {field} is not something to import into.</source>
        <translation>“{column}”：{field}不是可导入的目标。</translation>
    </message>
    <message>
        <source>Two columns fill {field}.</source>
        <translation>有两列都填入{field}。</translation>
    </message>
    <message>
        <source>No column holds the key {key}.</source>
        <translation>没有列包含键 {key}。</translation>
    </message>
    <message>
        <source>{key} is not a user property to fill.</source>
        <translation>{key} 不是可填写的用户属性。</translation>
    </message>
    <message>
        <source>The owner for rows without one is not an active user.</source>
        <translation>为未填写负责人的行指定的负责人不是已启用的用户。</translation>
    </message>
    <message>
        <source>Row {row} of this file has the same value.</source>
        <translation>此文件的第 {row} 行具有相同的值。</translation>
    </message>
    <message>
        <source>{n} {object} records have this value.</source>
        <translation>有 {n} 条{object}记录具有此值。</translation>
    </message>
    <message>
        <source>No company has “{text}”.</source>
        <translation>没有公司匹配“{text}”。</translation>
    </message>
    <message>
        <source>{n} companies have “{text}”.</source>
        <translation>有 {n} 家公司匹配“{text}”。</translation>
    </message>
    <message>
        <source>A {object} needs a {field}.</source>
        <translation>{object}需要填写{field}。</translation>
    </message>
    <message>
        <source>{field} is required to enter its stage.</source>
        <translation>{field}是进入其阶段的必填项。</translation>
    </message>
    <message>
        <source>Moving a record to another pipeline needs its stage too.</source>
        <translation>将记录移至其他管道时还需要指定其阶段。</translation>
    </message>
    <message>
        <source>Row {row}: {reasons}</source>
        <translation>第 {row} 行：{reasons}</translation>
    </message>
    <message>
        <source>“{text}” is not a number.</source>
        <translation>“{text}”不是数字。</translation>
    </message>
    <message>
        <source>“{text}” is not a finite number.</source>
        <translation>“{text}”不是有限数字。</translation>
    </message>
    <message>
        <source>“{text}” is not an amount.</source>
        <translation>“{text}”不是金额。</translation>
    </message>
    <message>
        <source>“{text}” is not a valid date.</source>
        <translation>“{text}”不是有效日期。</translation>
    </message>
    <message>
        <source>“{text}” is not a date.</source>
        <translation>“{text}”不是日期。</translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation>日/月/年</translation>
    </message>
    <message>
        <source>month/day/year</source>
        <translation>月/日/年</translation>
    </message>
    <message>
        <source>“{text}” is not a valid date ({order}).</source>
        <translation>“{text}”不是有效日期（{order}）。</translation>
    </message>
    <message>
        <source>“{text}” is not a date and time.</source>
        <translation>“{text}”不是日期和时间。</translation>
    </message>
    <message>
        <source>“{text}” is not a valid time.</source>
        <translation>“{text}”不是有效时间。</translation>
    </message>
    <message>
        <source>“{text}” is not yes or no.</source>
        <translation>“{text}”不是“是”或“否”。</translation>
    </message>
    <message>
        <source>“{text}” is not one of {field}&apos;s options ({shown}).</source>
        <translation>“{text}”不是{field}的选项之一（{shown}）。</translation>
    </message>
    <message>
        <source>No active user has the e-mail or name “{text}”.</source>
        <translation>没有电子邮件或姓名为“{text}”的已启用用户。</translation>
    </message>
    <message>
        <source>{field} is computed by Tend and cannot be imported.</source>
        <translation>{field}由 Tend 计算得出，无法导入。</translation>
    </message>
    <message>
        <source>Tick “I confirm users will have view access” first.</source>
        <translation>请先勾选“我确认用户将拥有查看权限”。</translation>
    </message>
    <message>
        <source>This dashboard is not on your workspace&apos;s Dashboards tab.</source>
        <translation>此仪表板不在您工作区的“仪表板”标签页中。</translation>
    </message>
    <message>
        <source>This dashboard was deleted.</source>
        <translation>此仪表板已被删除。</translation>
    </message>
    <message>
        <source>This dashboard is assigned to teams you are not in.</source>
        <translation>此仪表板已分配给您所不在的团队。</translation>
    </message>
    <message>
        <source>Choose the teams that may see it.</source>
        <translation>请选择可以查看它的团队。</translation>
    </message>
    <message>
        <source>One of those teams no longer exists.</source>
        <translation>其中一个团队已不存在。</translation>
    </message>
    <message>
        <source>That dashboard is on this tab already.</source>
        <translation>该仪表板已在此标签页中。</translation>
    </message>
    <message>
        <source>Give the dashboard a name.</source>
        <translation>请为仪表板命名。</translation>
    </message>
    <message>
        <source>That dashboard was deleted.</source>
        <translation>该仪表板已被删除。</translation>
    </message>
    <message>
        <source>That dashboard is no longer on this tab.</source>
        <translation>该仪表板已不在此标签页中。</translation>
    </message>
    <message>
        <source>That report is no longer on the dashboard.</source>
        <translation>该报表已不在仪表板中。</translation>
    </message>
    <message>
        <source>A report is 1 to {columns} columns wide and 1 to {rows} rows tall.</source>
        <translation>报表宽 1 到 {columns} 列，高 1 到 {rows} 行。</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} 或 {second}</translation>
    </message>
    <message>
        <source>The year needs two or four digits.</source>
        <translation>年份需要两位或四位数字。</translation>
    </message>
    <message>
        <source>“{text}” is not a date. {detail} Write {hint}.</source>
        <translation>“{text}”不是日期。{detail}请写成 {hint}。</translation>
    </message>
    <message>
        <source>“{text}” is not a date. Write {hint}.</source>
        <translation>“{text}”不是日期。请写成 {hint}。</translation>
    </message>
    <message>
        <source>“{text}” is not a date on the calendar. Write {hint}.</source>
        <translation>“{text}”不是日历上存在的日期。请写成 {hint}。</translation>
    </message>
    <message>
        <source>“{text}” is not a time. Write {hint}.</source>
        <translation>“{text}”不是时间。请写成 {hint}。</translation>
    </message>
    <message>
        <source>“{text}” needs a time too, such as {hint}.</source>
        <translation>“{text}”还需要时间，例如 {hint}。</translation>
    </message>
    <message>
        <source>“{text}” is not a date and time. Write {example}.</source>
        <translation>“{text}”不是日期和时间。请写成 {example}。</translation>
    </message>
    <message>
        <source>The demo is generated into a local database file.</source>
        <translation>演示数据会生成到本地数据库文件中。</translation>
    </message>
    <message>
        <source>The demo needs at least one company.</source>
        <translation>演示数据至少需要一家公司。</translation>
    </message>
    <message>
        <source>The demo has names for at most {n} companies.</source>
        <translation>演示最多只能为 {n} 家公司命名。</translation>
    </message>
    <message>
        <source>This database already has a workspace; choose a new file.</source>
        <translation>此数据库已有工作区；请选择一个新文件。</translation>
    </message>
    <message>
        <source>People and settings</source>
        <translation>人员和设置</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>E-mail opened</source>
        <translation>已打开电子邮件</translation>
    </message>
    <message>
        <source>E-mail clicked</source>
        <translation>已点击电子邮件</translation>
    </message>
    <message>
        <source>E-mail replied</source>
        <translation>已回复电子邮件</translation>
    </message>
    <message>
        <source>Form submitted</source>
        <translation>已提交表单</translation>
    </message>
    <message>
        <source>Page visited</source>
        <translation>已访问页面</translation>
    </message>
    <message>
        <source>Meeting booked</source>
        <translation>已预约会议</translation>
    </message>
    <message>
        <source>Enrolled in sequence</source>
        <translation>已加入序列</translation>
    </message>
    <message>
        <source>Finished sequence</source>
        <translation>已完成序列</translation>
    </message>
    <message>
        <source>Unenrolled from sequence</source>
        <translation>已退出序列</translation>
    </message>
    <message>
        <source>This notification is in another CSM&apos;s feed.</source>
        <translation>此通知在另一位 CSM 的动态中。</translation>
    </message>
    <message>
        <source>That notification was already deleted.</source>
        <translation>该通知已被删除。</translation>
    </message>
    <message>
        <source>This health profile no longer exists.</source>
        <translation>此健康配置已不存在。</translation>
    </message>
    <message>
        <source>Choose what the group scores.</source>
        <translation>请选择该组的评分内容。</translation>
    </message>
    <message>
        <source>Name the profile.</source>
        <translation>请为配置命名。</translation>
    </message>
    <message>
        <source>A profile&apos;s name has at most {n} characters.</source>
        <translation>配置名称最多 {n} 个字符。</translation>
    </message>
    <message>
        <source>Name the group.</source>
        <translation>请为组命名。</translation>
    </message>
    <message>
        <source>A group&apos;s name has at most {n} characters.</source>
        <translation>组名称最多 {n} 个字符。</translation>
    </message>
    <message>
        <source>{name}: add at least one rule.</source>
        <translation>{name}：请至少添加一条规则。</translation>
    </message>
    <message>
        <source>Name the rule.</source>
        <translation>请为规则命名。</translation>
    </message>
    <message>
        <source>A rule&apos;s name has at most {n} characters.</source>
        <translation>规则名称最多 {n} 个字符。</translation>
    </message>
    <message>
        <source>A profile applies to at most {n} segments.</source>
        <translation>一个配置最多适用于 {n} 个细分。</translation>
    </message>
    <message>
        <source>A segment is listed twice.</source>
        <translation>有一个细分被列出了两次。</translation>
    </message>
    <message>
        <source>A segment&apos;s saved view no longer exists.</source>
        <translation>某个细分的已保存视图已不存在。</translation>
    </message>
    <message>
        <source>“{name}” is not a saved view of Customers.</source>
        <translation>“{name}”不是“客户”的已保存视图。</translation>
    </message>
    <message>
        <source>A live profile is already named “{name}”.</source>
        <translation>已有名为“{name}”的已发布配置。</translation>
    </message>
    <message>
        <source>“{view}” is already the segment of “{profile}”.</source>
        <translation>“{view}”已是“{profile}”的细分。</translation>
    </message>
    <message>
        <source>This health profile&apos;s workspace no longer exists.</source>
        <translation>此健康配置所在的工作区已不存在。</translation>
    </message>
    <message>
        <source>This profile is a draft already.</source>
        <translation>此配置已是草稿。</translation>
    </message>
    <message>
        <source>This is the default profile, the one customers in no segment get: make another live profile the default before unpublishing it.</source>
        <translation>这是默认配置，即不属于任何细分的客户所使用的配置：取消发布前，请先将另一个已发布配置设为默认。</translation>
    </message>
    <message>
        <source>Only a live profile is edited through a draft.</source>
        <translation>只有已发布配置才通过草稿进行编辑。</translation>
    </message>
    <message>
        <source>This is the default profile, the one customers in no segment get: make another live profile the default before deleting it.</source>
        <translation>这是默认配置，即不属于任何细分的客户所使用的配置：删除前，请先将另一个已发布配置设为默认。</translation>
    </message>
    <message>
        <source>Only a live profile can be the default.</source>
        <translation>只有已发布配置才能设为默认。</translation>
    </message>
    <message>
        <source>{what}: enter a whole number.</source>
        <translation>{what}：请输入整数。</translation>
    </message>
    <message>
        <source>{what}: between {low} and {high}.</source>
        <translation>{what}：须介于 {low} 和 {high} 之间。</translation>
    </message>
    <message>
        <source>At risk up to</source>
        <translation>有风险上限</translation>
    </message>
    <message>
        <source>Neutral up to</source>
        <translation>一般上限</translation>
    </message>
    <message>
        <source>Neutral must end above where At risk ends.</source>
        <translation>“一般”的上限必须高于“有风险”的上限。</translation>
    </message>
    <message>
        <source>Add at least one group.</source>
        <translation>请至少添加一个组。</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <source>{name}&apos;s maximum</source>
        <translation>{name} 的最高分值</translation>
    </message>
    <message>
        <source>The groups&apos; maxima add up to {total}; they must add up to 100.</source>
        <translation>各组最高分值之和为 {total}；必须等于 100。</translation>
    </message>
    <message>
        <source>{what}: add at least one band.</source>
        <translation>{what}：请至少添加一个区间。</translation>
    </message>
    <message>
        <source>{what}: a band is a lowest count and its points.</source>
        <translation>{what}：区间由最低次数及其分值组成。</translation>
    </message>
    <message>
        <source>{what}: a band&apos;s lowest count</source>
        <translation>{what}：区间的最低次数</translation>
    </message>
    <message>
        <source>{what}: a band&apos;s points</source>
        <translation>{what}：区间的分值</translation>
    </message>
    <message>
        <source>{what}: the bands&apos; lowest counts must rise.</source>
        <translation>{what}：各区间的最低次数必须递增。</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>{what}: the rule is not readable.</source>
        <translation>{what}：无法读取该规则。</translation>
    </message>
    <message>
        <source>{what}: add at least one condition.</source>
        <translation>{what}：请至少添加一个条件。</translation>
    </message>
    <message>
        <source>{what}: a condition needs a property.</source>
        <translation>{what}：条件需要指定属性。</translation>
    </message>
    <message>
        <source>{what}: a rule gives or takes some points.</source>
        <translation>{what}：规则必须加分或扣分。</translation>
    </message>
    <message>
        <source>{what}: “{event}” is not an event Tend counts.</source>
        <translation>{what}：“{event}”不是 Tend 统计的事件。</translation>
    </message>
    <message>
        <source>{what}: the window</source>
        <translation>{what}：时间窗口</translation>
    </message>
    <message>
        <source>{what}: only calls have a length.</source>
        <translation>{what}：只有通话才有时长。</translation>
    </message>
    <message>
        <source>{what}: the length</source>
        <translation>{what}：时长</translation>
    </message>
    <message>
        <source>A workspace has at most {n} live health profiles; this is one more.</source>
        <translation>一个工作区最多可有 {n} 个已发布的健康配置；此操作将超出上限。</translation>
    </message>
    <message>
        <source>A workspace has at most {n} draft health profiles; this is one more.</source>
        <translation>一个工作区最多可有 {n} 个草稿健康配置；此操作将超出上限。</translation>
    </message>
    <message>
        <source>This alert no longer exists.</source>
        <translation>此提醒已不存在。</translation>
    </message>
    <message>
        <source>This alert is another user&apos;s: only they can dismiss it.</source>
        <translation>此提醒属于其他用户：只有该用户才能忽略它。</translation>
    </message>
    <message>
        <source>(No title)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>tasks in calendar files are not imported</source>
        <translation>日历文件中的任务不会被导入</translation>
    </message>
    <message>
        <source>was cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>repeats more than {n} times in the days shown; the first {n} were imported</source>
        <translation>在显示的日期范围内重复超过 {n} 次；已导入前 {n} 次</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>This is not an iCalendar (.ics) file: it has no BEGIN:VCALENDAR line.</source>
        <translation>这不是 iCalendar (.ics) 文件：缺少 BEGIN:VCALENDAR 行。</translation>
    </message>
    <message>
        <source>This iCalendar file cannot be read: {reason}</source>
        <translation>无法读取此 iCalendar 文件：{reason}</translation>
    </message>
    <message>
        <source>The calendar in this file is incomplete: it has no END:VCALENDAR line (was the file cut short?).</source>
        <translation>此文件中的日历不完整：缺少 END:VCALENDAR 行（文件是否被截断？）。</translation>
    </message>
    <message>
        <source>the value of {name}</source>
        <translation>{name} 的值</translation>
    </message>
    <message>
        <source>a line</source>
        <translation>某一行</translation>
    </message>
    <message>
        <source>{item}: {where} cannot be read ({reason}).</source>
        <translation>{item}：无法读取{where}（{reason}）。</translation>
    </message>
    <message>
        <source>{title} on {day} (UID {uid})</source>
        <translation>{day} 的 {title}（UID {uid}）</translation>
    </message>
    <message>
        <source>{title} on {day}</source>
        <translation>{day} 的 {title}</translation>
    </message>
    <message>
        <source>{title} (UID {uid})</source>
        <translation>{title}（UID {uid}）</translation>
    </message>
    <message>
        <source>The calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>A {kind} in {item}</source>
        <translation>{item} 中的 {kind}</translation>
    </message>
    <message>
        <source>its repeat rule cannot be worked out ({reason})</source>
        <translation>无法解析其重复规则（{reason}）</translation>
    </message>
    <message>
        <source>has no start time</source>
        <translation>没有开始时间</translation>
    </message>
    <message>
        <source>its time zone “{zone}” is unknown</source>
        <translation>其时区“{zone}”未知</translation>
    </message>
    <message>
        <source>its times cannot be used ({reason})</source>
        <translation>其时间无法使用（{reason}）</translation>
    </message>
    <message>
        <source>ends before it starts</source>
        <translation>结束时间早于开始时间</translation>
    </message>
    <message>
        <source>is already on your calendar, organized by {name}</source>
        <translation>已在您的日历中，组织者为 {name}</translation>
    </message>
    <message>
        <source>Choose another record to merge with.</source>
        <translation>请选择另一条要合并的记录。</translation>
    </message>
    <message>
        <source>Only records of the same object can be merged.</source>
        <translation>只能合并同一对象的记录。</translation>
    </message>
    <message>
        <source>Enter the singular name.</source>
        <translation>请输入单数名称。</translation>
    </message>
    <message>
        <source>The singular name must be a single line.</source>
        <translation>单数名称必须为单行。</translation>
    </message>
    <message>
        <source>The singular name is longer than {n} characters.</source>
        <translation>单数名称超过 {n} 个字符。</translation>
    </message>
    <message>
        <source>Enter the plural name.</source>
        <translation>请输入复数名称。</translation>
    </message>
    <message>
        <source>The plural name must be a single line.</source>
        <translation>复数名称必须为单行。</translation>
    </message>
    <message>
        <source>The plural name is longer than {n} characters.</source>
        <translation>复数名称超过 {n} 个字符。</translation>
    </message>
    <message>
        <source>Enter the property name.</source>
        <translation>请输入属性名称。</translation>
    </message>
    <message>
        <source>The property name must be a single line.</source>
        <translation>属性名称必须为单行。</translation>
    </message>
    <message>
        <source>The property name is longer than {n} characters.</source>
        <translation>属性名称超过 {n} 个字符。</translation>
    </message>
    <message>
        <source>Enter the option.</source>
        <translation>请输入选项。</translation>
    </message>
    <message>
        <source>The option must be a single line.</source>
        <translation>选项必须为单行。</translation>
    </message>
    <message>
        <source>The option is longer than {n} characters.</source>
        <translation>选项超过 {n} 个字符。</translation>
    </message>
    <message>
        <source>That object no longer exists.</source>
        <translation>该对象已不存在。</translation>
    </message>
    <message>
        <source>That property no longer exists.</source>
        <translation>该属性已不存在。</translation>
    </message>
    <message>
        <source>There already is an object called “{objects}”.</source>
        <translation>已有名为“{objects}”的对象。</translation>
    </message>
    <message>
        <source>{objects} is a standard object: it keeps its name.</source>
        <translation>{objects}是标准对象：其名称不可更改。</translation>
    </message>
    <message>
        <source>the customer object of “{name}”</source>
        <translation>“{name}”的客户对象</translation>
    </message>
    <message>
        <source>the service object of “{name}”</source>
        <translation>“{name}”的服务对象</translation>
    </message>
    <message>
        <source>a revenue object of “{name}”</source>
        <translation>“{name}”的一个收入对象</translation>
    </message>
    <message>
        <source>{objects} is a standard object: it cannot be archived.</source>
        <translation>{objects}是标准对象：无法归档。</translation>
    </message>
    <message>
        <source>{objects} is {uses}: choose another object there first.</source>
        <translation>{objects}是{uses}：请先在那里选择其他对象。</translation>
    </message>
    <message>
        <source>{objects} already have a property called “{field}”.</source>
        <translation>{objects}已有名为“{field}”的属性。</translation>
    </message>
    <message>
        <source>Two options are called “{text}”.</source>
        <translation>有两个选项都叫“{text}”。</translation>
    </message>
    <message>
        <source>Choose a property type.</source>
        <translation>请选择属性类型。</translation>
    </message>
    <message>
        <source>A choice property needs at least one option.</source>
        <translation>选择类属性至少需要一个选项。</translation>
    </message>
    <message>
        <source>Only choice properties have options.</source>
        <translation>只有选择类属性才有选项。</translation>
    </message>
    <message>
        <source>A currency is a three-letter code such as USD.</source>
        <translation>货币代码为三个字母，例如 USD。</translation>
    </message>
    <message>
        <source>Give every property once to reorder them.</source>
        <translation>请将每个属性各列出一次以重新排序。</translation>
    </message>
    <message>
        <source>the CSM property of “{name}”</source>
        <translation>“{name}”的 CSM 属性</translation>
    </message>
    <message>
        <source>the renewal date of “{name}”</source>
        <translation>“{name}”的续约日期</translation>
    </message>
    <message>
        <source>the services&apos; CSM property of “{name}”</source>
        <translation>“{name}”的服务 CSM 属性</translation>
    </message>
    <message>
        <source>the services&apos; renewal date of “{name}”</source>
        <translation>“{name}”的服务续约日期</translation>
    </message>
    <message>
        <source>a revenue setting of “{name}”</source>
        <translation>“{name}”的一项收入设置</translation>
    </message>
    <message>
        <source>“{field}” is kept by Tend: it cannot be archived.</source>
        <translation>“{field}”由 Tend 保留：无法归档。</translation>
    </message>
    <message>
        <source>“{field}” is {uses}: choose another there first.</source>
        <translation>“{field}”是{uses}：请先在那里选择其他属性。</translation>
    </message>
    <message>
        <source>That property was archived.</source>
        <translation>该属性已被归档。</translation>
    </message>
    <message>
        <source>“{field}” is not a choice property.</source>
        <translation>“{field}”不是选择类属性。</translation>
    </message>
    <message>
        <source>“{field}” already has the option “{text}”.</source>
        <translation>“{field}”已有选项“{text}”。</translation>
    </message>
    <message>
        <source>That option no longer exists.</source>
        <translation>该选项已不存在。</translation>
    </message>
    <message>
        <source>Give every option once to reorder them.</source>
        <translation>请将每个选项各列出一次以重新排序。</translation>
    </message>
    <message>
        <source>“{field}” keeps at least one option.</source>
        <translation>“{field}”至少要保留一个选项。</translation>
    </message>
    <message>
        <source>This user is deactivated.</source>
        <translation>此用户已停用。</translation>
    </message>
    <message>
        <source>You don&apos;t have access to the Customer Success workspace.</source>
        <translation>您无权访问客户成功工作区。</translation>
    </message>
    <message>
        <source>The Customer Success workspace needs a service seat. Ask an admin for one.</source>
        <translation>客户成功工作区需要服务席位。请向管理员申请。</translation>
    </message>
    <message>
        <source>Without a service seat you can use the Summary tab only. Ask an admin for a seat.</source>
        <translation>没有服务席位时，您只能使用“摘要”标签页。请向管理员申请席位。</translation>
    </message>
    <message>
        <source>Only super admins and users with Manage CS settings can change settings.</source>
        <translation>只有超级管理员和拥有“管理 CS 设置”权限的用户才能更改设置。</translation>
    </message>
    <message>
        <source>Managing Customer Success settings needs a service seat.</source>
        <translation>管理客户成功设置需要服务席位。</translation>
    </message>
    <message>
        <source>Only super admins and users with Manage CS settings can share a view with Everyone.</source>
        <translation>只有超级管理员和拥有“管理 CS 设置”权限的用户才能将视图共享给“所有人”。</translation>
    </message>
    <message>
        <source>Only super admins and users with Manage CS settings can set or remove default views.</source>
        <translation>只有超级管理员和拥有“管理 CS 设置”权限的用户才能设置或取消默认视图。</translation>
    </message>
    <message>
        <source>Only super admins and users with Manage CS settings can edit or delete shared views.</source>
        <translation>只有超级管理员和拥有“管理 CS 设置”权限的用户才能编辑或删除共享视图。</translation>
    </message>
    <message>
        <source>Only the person who made this private view can edit it.</source>
        <translation>只有创建此私有视图的人才能编辑它。</translation>
    </message>
    <message>
        <source>Only the person who made this private view can delete it.</source>
        <translation>只有创建此私有视图的人才能删除它。</translation>
    </message>
    <message>
        <source>Only super admins and users with Manage CS settings can see the workspace as another user.</source>
        <translation>只有超级管理员和拥有“管理 CS 设置”权限的用户才能以其他用户身份查看工作区。</translation>
    </message>
    <message>
        <source>Only super admins and users with Manage CS settings can reorder Summary cards.</source>
        <translation>只有超级管理员和拥有“管理 CS 设置”权限的用户才能重新排列摘要卡片。</translation>
    </message>
    <message>
        <source>Built-in views cannot be edited. Create a view of your own.</source>
        <translation>内置视图无法编辑。请创建您自己的视图。</translation>
    </message>
    <message>
        <source>Creating or editing a health score needs a service seat.</source>
        <translation>创建或编辑健康分需要服务席位。</translation>
    </message>
    <message>
        <source>Only super admins and users with Manage CS settings can create or edit health scores.</source>
        <translation>只有超级管理员和拥有“管理 CS 设置”权限的用户才能创建或编辑健康分。</translation>
    </message>
    <message>
        <source>This workspace was deleted.</source>
        <translation>此工作区已被删除。</translation>
    </message>
    <message>
        <source>You are not in the “{name}” workspace: it is another team&apos;s.</source>
        <translation>您不在“{name}”工作区中：它属于其他团队。</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Super admin</source>
        <translation>超级管理员</translation>
    </message>
    <message>
        <source>CSM</source>
        <translation>CSM</translation>
    </message>
    <message>
        <source>manages CS settings</source>
        <translation>管理 CS 设置</translation>
    </message>
    <message>
        <source>no seat</source>
        <translation>无席位</translation>
    </message>
    <message>
        <source>no workspace access</source>
        <translation>无工作区访问权限</translation>
    </message>
    <message>
        <source>Only super admins can manage users and teams.</source>
        <translation>只有超级管理员才能管理用户和团队。</translation>
    </message>
    <message>
        <source>Enter the pipeline name.</source>
        <translation>请输入管道名称。</translation>
    </message>
    <message>
        <source>The pipeline name must be a single line.</source>
        <translation>管道名称必须为单行。</translation>
    </message>
    <message>
        <source>The pipeline name is longer than {n} characters.</source>
        <translation>管道名称超过 {n} 个字符。</translation>
    </message>
    <message>
        <source>Enter the stage name.</source>
        <translation>请输入阶段名称。</translation>
    </message>
    <message>
        <source>The stage name must be a single line.</source>
        <translation>阶段名称必须为单行。</translation>
    </message>
    <message>
        <source>The stage name is longer than {n} characters.</source>
        <translation>阶段名称超过 {n} 个字符。</translation>
    </message>
    <message>
        <source>That pipeline no longer exists.</source>
        <translation>该管道已不存在。</translation>
    </message>
    <message>
        <source>That stage no longer exists.</source>
        <translation>该阶段已不存在。</translation>
    </message>
    <message>
        <source>{objects} have no stages.</source>
        <translation>{objects}没有阶段。</translation>
    </message>
    <message>
        <source>{objects} already have a pipeline “{name}”.</source>
        <translation>{objects}已有管道“{name}”。</translation>
    </message>
    <message>
        <source>A pipeline needs at least one stage.</source>
        <translation>管道至少需要一个阶段。</translation>
    </message>
    <message>
        <source>Two stages have the same name.</source>
        <translation>有两个阶段名称相同。</translation>
    </message>
    <message>
        <source>Give every pipeline once to reorder them.</source>
        <translation>请将每个管道各列出一次以重新排序。</translation>
    </message>
    <message>
        <source>{objects} keep at least one pipeline.</source>
        <translation>{objects}至少要保留一个管道。</translation>
    </message>
    <message>
        <source>{n} records are in “{name}”: move them to another first.</source>
        <translation>“{name}”中有 {n} 条记录：请先将它们移至其他管道。</translation>
    </message>
    <message>
        <source>“{pipeline}” already has a stage “{stage}”.</source>
        <translation>“{pipeline}”已有阶段“{stage}”。</translation>
    </message>
    <message>
        <source>Give every stage once to reorder them.</source>
        <translation>请将每个阶段各列出一次以重新排序。</translation>
    </message>
    <message>
        <source>“{name}” keeps at least one stage.</source>
        <translation>“{name}”至少要保留一个阶段。</translation>
    </message>
    <message>
        <source>{n} records are in “{name}”: move them to another stage first.</source>
        <translation>“{name}”中有 {n} 条记录：请先将它们移至其他阶段。</translation>
    </message>
    <message>
        <source>A stage requires editable properties of its object.</source>
        <translation>阶段只能要求填写其对象的可编辑属性。</translation>
    </message>
    <message>
        <source>That stage does not exist.</source>
        <translation>该阶段不存在。</translation>
    </message>
    <message>
        <source>That stage is not in the record&apos;s pipeline.</source>
        <translation>该阶段不在记录所在的管道中。</translation>
    </message>
    <message>
        <source>{field}: expects text.</source>
        <translation>{field}：应为文本。</translation>
    </message>
    <message>
        <source>{field}: cannot hold a NUL character.</source>
        <translation>{field}：不能包含 NUL 字符。</translation>
    </message>
    <message>
        <source>{field}: holds a character that is not valid Unicode.</source>
        <translation>{field}：包含无效的 Unicode 字符。</translation>
    </message>
    <message>
        <source>{field}: must be a single line.</source>
        <translation>{field}：必须为单行。</translation>
    </message>
    <message>
        <source>{field}: is longer than {n} characters.</source>
        <translation>{field}：超过 {n} 个字符。</translation>
    </message>
    <message>
        <source>Write 12345.5.</source>
        <translation>请写成 12345.5。</translation>
    </message>
    <message>
        <source>Write {grouped} or {plain}.</source>
        <translation>请写成 {grouped} 或 {plain}。</translation>
    </message>
    <message>
        <source>{field}: “{text}” is not a number. {hint}</source>
        <translation>{field}：“{text}”不是数字。{hint}</translation>
    </message>
    <message>
        <source>{field}: “{text}” is not an amount. {hint}</source>
        <translation>{field}：“{text}”不是金额。{hint}</translation>
    </message>
    <message>
        <source>{field}: expects a finite number.</source>
        <translation>{field}：应为有限数字。</translation>
    </message>
    <message>
        <source>{field}: expects a finite amount.</source>
        <translation>{field}：应为有限金额。</translation>
    </message>
    <message>
        <source>{field}: expects a number.</source>
        <translation>{field}：应为数字。</translation>
    </message>
    <message>
        <source>{field}: expects an amount.</source>
        <translation>{field}：应为金额。</translation>
    </message>
    <message>
        <source>{field}: must be less than {n} in size.</source>
        <translation>{field}：绝对值必须小于 {n}。</translation>
    </message>
    <message>
        <source>{field}: has more than {n} significant digits.</source>
        <translation>{field}：有效数字超过 {n} 位。</translation>
    </message>
    <message>
        <source>{field}: is too small to keep.</source>
        <translation>{field}：数值太小，无法保存。</translation>
    </message>
    <message>
        <source>{field}: has more than two decimal places.</source>
        <translation>{field}：小数位数超过两位。</translation>
    </message>
    <message>
        <source>{field}: expects a date without a time.</source>
        <translation>{field}：应为不含时间的日期。</translation>
    </message>
    <message>
        <source>{field}: expects a date.</source>
        <translation>{field}：应为日期。</translation>
    </message>
    <message>
        <source>{field}: must be between {first} and {last}.</source>
        <translation>{field}：必须介于 {first} 和 {last} 之间。</translation>
    </message>
    <message>
        <source>{field}: “{text}” is not a valid date (YYYY-MM-DD).</source>
        <translation>{field}：“{text}”不是有效日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>{field}: {detail}</source>
        <translation>{field}：{detail}</translation>
    </message>
    <message>
        <source>{field}: expects a date and time.</source>
        <translation>{field}：应为日期和时间。</translation>
    </message>
    <message>
        <source>{field}: needs a time zone.</source>
        <translation>{field}：需要时区。</translation>
    </message>
    <message>
        <source>{field}: must be between {first} and {last} (UTC).</source>
        <translation>{field}：必须介于 {first} 和 {last} 之间（UTC）。</translation>
    </message>
    <message>
        <source>{field}: “{text}” is not a valid date and time.</source>
        <translation>{field}：“{text}”不是有效的日期和时间。</translation>
    </message>
    <message>
        <source>{field}: “{text}” is not one of its options.</source>
        <translation>{field}：“{text}”不是其选项之一。</translation>
    </message>
    <message>
        <source>{field}: expects a list of options.</source>
        <translation>{field}：应为选项列表。</translation>
    </message>
    <message>
        <source>{field}: “{text}” is not yes or no.</source>
        <translation>{field}：“{text}”不是“是”或“否”。</translation>
    </message>
    <message>
        <source>{field}: “{text}” is not a user.</source>
        <translation>{field}：“{text}”不是用户。</translation>
    </message>
    <message>
        <source>{field}: that user does not exist.</source>
        <translation>{field}：该用户不存在。</translation>
    </message>
    <message>
        <source>{field}: {name} is deactivated.</source>
        <translation>{field}：{name} 已停用。</translation>
    </message>
    <message>
        <source>{field}: is read-only.</source>
        <translation>{field}：只读。</translation>
    </message>
    <message>
        <source>{field}: is required.</source>
        <translation>{field}：必填。</translation>
    </message>
    <message>
        <source>{field}: cannot be set.</source>
        <translation>{field}：无法设置。</translation>
    </message>
    <message>
        <source>That object does not exist.</source>
        <translation>该对象不存在。</translation>
    </message>
    <message>
        <source>A change is written in its own user&apos;s batch.</source>
        <translation>更改须写入其所属用户的批次中。</translation>
    </message>
    <message>
        <source>That pipeline does not exist.</source>
        <translation>该管道不存在。</translation>
    </message>
    <message>
        <source>That pipeline is not one of this object&apos;s.</source>
        <translation>该管道不属于此对象。</translation>
    </message>
    <message>
        <source>{field}: choose at least one value.</source>
        <translation>{field}：请至少选择一个值。</translation>
    </message>
    <message>
        <source>{field}: enter a value to filter by.</source>
        <translation>{field}：请输入用于筛选的值。</translation>
    </message>
    <message>
        <source>{field}: enter a number of days.</source>
        <translation>{field}：请输入天数。</translation>
    </message>
    <message>
        <source>{field}: the number of days cannot be negative.</source>
        <translation>{field}：天数不能为负数。</translation>
    </message>
    <message>
        <source>{field}: at most {n} days.</source>
        <translation>{field}：最多 {n} 天。</translation>
    </message>
    <message>
        <source>{field}: enter a date.</source>
        <translation>{field}：请输入日期。</translation>
    </message>
    <message>
        <source>“{key}” is not a property of this object.</source>
        <translation>“{key}”不是此对象的属性。</translation>
    </message>
    <message>
        <source>{field}: “{op}” reads a record&apos;s history, so it does not fit here.</source>
        <translation>{field}：“{op}”读取的是记录的历史，因此不适用于此处。</translation>
    </message>
    <message>
        <source>{field}: “{op}” does not fit this property.</source>
        <translation>{field}：“{op}”不适用于此属性。</translation>
    </message>
    <message>
        <source>{field}: enter a lowest and a highest value.</source>
        <translation>{field}：请输入最小值和最大值。</translation>
    </message>
    <message>
        <source>{field}: enter some text.</source>
        <translation>{field}：请输入文本。</translation>
    </message>
    <message>
        <source>{field}: enter a start and an end date.</source>
        <translation>{field}：请输入开始日期和结束日期。</translation>
    </message>
    <message>
        <source>{field}: the end is before the start.</source>
        <translation>{field}：结束早于开始。</translation>
    </message>
    <message>
        <source>is</source>
        <translation>是</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>不是</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>包含</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>开头是</translation>
    </message>
    <message>
        <source>is any of</source>
        <translation>是以下任一项</translation>
    </message>
    <message>
        <source>is none of</source>
        <translation>不是以下任何一项</translation>
    </message>
    <message>
        <source>is known</source>
        <translation>有值</translation>
    </message>
    <message>
        <source>is unknown</source>
        <translation>无值</translation>
    </message>
    <message>
        <source>is after / greater than</source>
        <translation>晚于 / 大于</translation>
    </message>
    <message>
        <source>is before / less than</source>
        <translation>早于 / 小于</translation>
    </message>
    <message>
        <source>is between</source>
        <translation>介于</translation>
    </message>
    <message>
        <source>in the last N days</source>
        <translation>最近 N 天内</translation>
    </message>
    <message>
        <source>in the next N days</source>
        <translation>未来 N 天内</translation>
    </message>
    <message>
        <source>more than N days ago</source>
        <translation>超过 N 天前</translation>
    </message>
    <message>
        <source>assigned in the last N days</source>
        <translation>最近 N 天内分配</translation>
    </message>
    <message>
        <source>A {object} needs a name.</source>
        <translation>{object}需要名称。</translation>
    </message>
    <message>
        <source>{field} is required to enter this stage.</source>
        <translation>{field}是进入此阶段的必填项。</translation>
    </message>
    <message>
        <source>{field} is required to enter {stage}.</source>
        <translation>{field}是进入{stage}的必填项。</translation>
    </message>
    <message>
        <source>This record was deleted.</source>
        <translation>此记录已被删除。</translation>
    </message>
    <message>
        <source>The name cannot be empty.</source>
        <translation>名称不能为空。</translation>
    </message>
    <message>
        <source>That record is not in the deleted records.</source>
        <translation>该记录不在已删除的记录中。</translation>
    </message>
    <message>
        <source>That record does not exist or was deleted.</source>
        <translation>该记录不存在或已被删除。</translation>
    </message>
    <message>
        <source>(No value)</source>
        <translation>（无值）</translation>
    </message>
    <message>
        <source>Choose a number or currency property to add up.</source>
        <translation>请选择要求和的数字或货币属性。</translation>
    </message>
    <message>
        <source>A stacked bar needs a grouping and a second one.</source>
        <translation>堆叠柱状图需要一个分组依据和一个堆叠依据。</translation>
    </message>
    <message>
        <source>Stack the bars by another property.</source>
        <translation>请按另一个属性堆叠柱形。</translation>
    </message>
    <message>
        <source>Tasks have no stages.</source>
        <translation>任务没有阶段。</translation>
    </message>
    <message>
        <source>Only a date grouping is cut by period.</source>
        <translation>只有日期分组才能按周期划分。</translation>
    </message>
    <message>
        <source>Group by a choice, owner, stage, checkbox or date property.</source>
        <translation>请按选择类、负责人、阶段、复选框或日期属性分组。</translation>
    </message>
    <message>
        <source>Choose weeks, months or quarters.</source>
        <translation>请选择周、月或季度。</translation>
    </message>
    <message>
        <source>Stack the bars by a choice, owner, stage or checkbox property.</source>
        <translation>请按选择类、负责人、阶段或复选框属性堆叠柱形。</translation>
    </message>
    <message>
        <source>Unknown user</source>
        <translation>未知用户</translation>
    </message>
    <message>
        <source>Customers by health status</source>
        <translation>按健康状态划分的客户</translation>
    </message>
    <message>
        <source>ARR by CSM</source>
        <translation>按 CSM 划分的 ARR</translation>
    </message>
    <message>
        <source>Renewals by month</source>
        <translation>按月划分的续约</translation>
    </message>
    <message>
        <source>Deals by stage</source>
        <translation>按阶段划分的交易</translation>
    </message>
    <message>
        <source>Tickets opened per week</source>
        <translation>每周新建的工单</translation>
    </message>
    <message>
        <source>ARR by tier</source>
        <translation>按等级划分的 ARR</translation>
    </message>
    <message>
        <source>Open tasks by owner</source>
        <translation>按负责人划分的未完成任务</translation>
    </message>
    <message>
        <source>Health by tier</source>
        <translation>按等级划分的健康度</translation>
    </message>
    <message>
        <source>Give the report a name.</source>
        <translation>请为报表命名。</translation>
    </message>
    <message>
        <source>This report was deleted.</source>
        <translation>此报表已被删除。</translation>
    </message>
    <message>
        <source>The Summary shows up to {n} reports: remove one first.</source>
        <translation>摘要最多显示 {n} 个报表：请先移除一个。</translation>
    </message>
    <message>
        <source>Owned by me</source>
        <translation>我负责的</translation>
    </message>
    <message>
        <source>Customers where you are the CSM.</source>
        <translation>您担任 CSM 的客户。</translation>
    </message>
    <message>
        <source>Assigned in the last 30 days</source>
        <translation>最近 30 天内分配</translation>
    </message>
    <message>
        <source>Customers you became CSM of recently.</source>
        <translation>最近由您担任 CSM 的客户。</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>所有客户</translation>
    </message>
    <message>
        <source>Every customer of the workspace.</source>
        <translation>工作区中的每个客户。</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>所有记录</translation>
    </message>
    <message>
        <source>Every record of the pipeline.</source>
        <translation>管道中的每条记录。</translation>
    </message>
    <message>
        <source>Records you own.</source>
        <translation>您负责的记录。</translation>
    </message>
    <message>
        <source>That view no longer exists.</source>
        <translation>该视图已不存在。</translation>
    </message>
    <message>
        <source>Give the view a name.</source>
        <translation>请为视图命名。</translation>
    </message>
    <message>
        <source>A view name has at most {n} characters.</source>
        <translation>视图名称最多 {n} 个字符。</translation>
    </message>
    <message>
        <source>There is already a view called “{name}”.</source>
        <translation>已有名为“{name}”的视图。</translation>
    </message>
    <message>
        <source>Filters are groups of conditions.</source>
        <translation>筛选条件由若干条件组构成。</translation>
    </message>
    <message>
        <source>That view&apos;s workspace no longer exists.</source>
        <translation>该视图所在的工作区已不存在。</translation>
    </message>
    <message>
        <source>A view of the Actions tab lists tasks.</source>
        <translation>“操作”标签页的视图列出的是任务。</translation>
    </message>
    <message>
        <source>Choose what the view lists.</source>
        <translation>请选择视图要列出的内容。</translation>
    </message>
    <message>
        <source>Default views are customer views: they feature on the Summary.</source>
        <translation>默认视图是客户视图：它们会在摘要中展示。</translation>
    </message>
    <message>
        <source>Only views shared with Everyone can be defaults on the Summary.</source>
        <translation>只有共享给“所有人”的视图才能成为摘要中的默认视图。</translation>
    </message>
    <message>
        <source>Describe the view for its Summary card.</source>
        <translation>请为视图的摘要卡片添加描述。</translation>
    </message>
    <message>
        <source>The Summary shows at most {n} default views: remove one first.</source>
        <translation>摘要最多显示 {n} 个默认视图：请先移除一个。</translation>
    </message>
    <message>
        <source>Tick “I&apos;m sure I want to delete this view” first.</source>
        <translation>请先勾选“我确定要删除此视图”。</translation>
    </message>
    <message>
        <source>That task was deleted.</source>
        <translation>该任务已被删除。</translation>
    </message>
    <message>
        <source>The Summary&apos;s cards changed meanwhile: try again.</source>
        <translation>摘要的卡片已被他人更改：请重试。</translation>
    </message>
    <message>
        <source>That user no longer exists or was deactivated.</source>
        <translation>该用户已不存在或已被停用。</translation>
    </message>
    <message>
        <source>This conflict is no longer kept.</source>
        <translation>此冲突已不再保留。</translation>
    </message>
    <message>
        <source>Only the person whose value was replaced can put it back.</source>
        <translation>只有值被替换的人才能将其恢复。</translation>
    </message>
    <message>
        <source>That property was removed, so its old value cannot be put back.</source>
        <translation>该属性已被移除，因此无法恢复其旧值。</translation>
    </message>
    <message>
        <source>“{url}” is not a server address: {reason}</source>
        <translation>“{url}”不是服务器地址：{reason}</translation>
    </message>
    <message>
        <source>A team server is a PostgreSQL database: postgresql://LOGIN@HOST/DATABASE.</source>
        <translation>团队服务器是一个 PostgreSQL 数据库：postgresql://LOGIN@HOST/DATABASE。</translation>
    </message>
    <message>
        <source>This team server has a workspace already; a file can only start a new one.</source>
        <translation>此团队服务器已有工作区；文件只能用于新建工作区。</translation>
    </message>
    <message>
        <source>A new team server needs its super admin&apos;s name and e-mail (--name and --email).</source>
        <translation>新团队服务器需要其超级管理员的姓名和电子邮件（--name 和 --email）。</translation>
    </message>
    <message>
        <source>The login “{login}” is not a user of this team server&apos;s workspace; run this as its super admin&apos;s login.</source>
        <translation>登录名“{login}”不是此团队服务器工作区的用户；请使用其超级管理员的登录名运行此操作。</translation>
    </message>
    <message>
        <source>{source} does not exist.</source>
        <translation>{source} 不存在。</translation>
    </message>
    <message>
        <source>{source} is a replica of a team server, not a workspace.</source>
        <translation>{source} 是团队服务器的副本，而非工作区。</translation>
    </message>
    <message>
        <source>Uploading {table}</source>
        <translation>正在上传 {table}</translation>
    </message>
    <message>
        <source>The workspace has no super admin with the e-mail {email}.</source>
        <translation>工作区中没有电子邮件为 {email} 的超级管理员。</translation>
    </message>
    <message>
        <source>The workspace has no active super admin to sign in as.</source>
        <translation>工作区中没有可用于登录的已启用超级管理员。</translation>
    </message>
    <message>
        <source>No team is named {names}; teams: none yet</source>
        <translation>没有名为 {names} 的团队；现有团队：暂无</translation>
    </message>
    <message>
        <source>No team is named {names}; teams: {teams}</source>
        <translation>没有名为 {names} 的团队；现有团队：{teams}</translation>
    </message>
    <message>
        <source>A user needs a name.</source>
        <translation>用户需要姓名。</translation>
    </message>
    <message>
        <source>“{email}” is not an e-mail address.</source>
        <translation>“{email}”不是电子邮件地址。</translation>
    </message>
    <message>
        <source>“{login}” cannot be a login: up to 63 lower-case letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>“{login}”不能用作登录名：最多 63 个小写字母、数字、&apos;_&apos;、&apos;.&apos; 或 &apos;-&apos;，且须以字母开头。</translation>
    </message>
    <message>
        <source>A user needs a password to sign in.</source>
        <translation>用户需要密码才能登录。</translation>
    </message>
    <message>
        <source>The login “{login}” is already a user.</source>
        <translation>登录名“{login}”已是用户。</translation>
    </message>
    <message>
        <source>The server already has a login “{login}” (another database&apos;s?).</source>
        <translation>服务器上已有登录名“{login}”（是否属于其他数据库？）。</translation>
    </message>
    <message>
        <source>The server refused to create the login “{login}”: {reason}. Ask whoever runs the server to give your PostgreSQL login the right to create logins (CREATEROLE).</source>
        <translation>服务器拒绝创建登录名“{login}”：{reason}。请让服务器的管理者授予您的 PostgreSQL 登录名创建登录名的权限（CREATEROLE）。</translation>
    </message>
    <message>
        <source>Could not open {target}: {reason}</source>
        <translation>无法打开 {target}：{reason}</translation>
    </message>
    <message>
        <source>Only a super admin&apos;s login can add users (“{login}” is not one).</source>
        <translation>只有超级管理员的登录名才能添加用户（“{login}”不是）。</translation>
    </message>
    <message>
        <source>Could not sign in: {reason}</source>
        <translation>无法登录：{reason}</translation>
    </message>
    <message>
        <source>Could not reach the server: {reason}</source>
        <translation>无法连接到服务器：{reason}</translation>
    </message>
    <message>
        <source>{path} already exists; choose another file.</source>
        <translation>{path} 已存在；请选择其他文件。</translation>
    </message>
    <message>
        <source>The login “{login}” is not a user of this team&apos;s workspace.</source>
        <translation>登录名“{login}”不是此团队工作区的用户。</translation>
    </message>
    <message>
        <source>Downloading {table}</source>
        <translation>正在下载 {table}</translation>
    </message>
    <message>
        <source>Indexing</source>
        <translation>正在建立索引</translation>
    </message>
    <message>
        <source>Indexing the search</source>
        <translation>正在为搜索建立索引</translation>
    </message>
    <message>
        <source>Choose among this tab&apos;s pipelines.</source>
        <translation>请从此标签页的管道中选择。</translation>
    </message>
    <message>
        <source>Choose at least one pipeline to show.</source>
        <translation>请至少选择一个要显示的管道。</translation>
    </message>
    <message>
        <source>The default pipeline must be one shown.</source>
        <translation>默认管道必须是显示的管道之一。</translation>
    </message>
    <message>
        <source>The layout is a board or a table.</source>
        <translation>布局只能是看板或表格。</translation>
    </message>
    <message>
        <source>Services must be an object with stages.</source>
        <translation>服务必须是带阶段的对象。</translation>
    </message>
    <message>
        <source>Choose at most two revenue objects.</source>
        <translation>最多选择两个收入对象。</translation>
    </message>
    <message>
        <source>Revenue objects are deals or custom objects with stages.</source>
        <translation>收入对象必须是交易或带阶段的自定义对象。</translation>
    </message>
    <message>
        <source>{objects} are the service object: choose another.</source>
        <translation>{objects}是服务对象：请另选一个。</translation>
    </message>
    <message>
        <source>That object is not shown in this tab.</source>
        <translation>该对象未在此标签页中显示。</translation>
    </message>
    <message>
        <source>“{kind}” is not a bulk action.</source>
        <translation>“{kind}”不是批量操作。</translation>
    </message>
    <message>
        <source>Choose someone who can sign in.</source>
        <translation>请选择可以登录的人员。</translation>
    </message>
    <message>
        <source>Choose to-do, call or e-mail.</source>
        <translation>请选择待办、电话或电子邮件。</translation>
    </message>
    <message>
        <source>Choose a priority.</source>
        <translation>请选择优先级。</translation>
    </message>
    <message>
        <source>Choose a property to edit.</source>
        <translation>请选择要编辑的属性。</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Create date</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>分配给</translation>
    </message>
    <message>
        <source>The Tasks object is missing from this workspace.</source>
        <translation>此工作区缺少“任务”对象。</translation>
    </message>
    <message>
        <source>A due time needs a due date.</source>
        <translation>截止时间需要截止日期。</translation>
    </message>
    <message>
        <source>“{text}” is not a date (YYYY-MM-DD).</source>
        <translation>“{text}”不是日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>“{text}” is not a time (HH:MM).</source>
        <translation>“{text}”不是时间（HH:MM）。</translation>
    </message>
    <message>
        <source>The due date must be between {first} and {last}.</source>
        <translation>截止日期必须介于 {first} 和 {last} 之间。</translation>
    </message>
    <message>
        <source>{field} cannot hold a NUL character.</source>
        <translation>{field}不能包含 NUL 字符。</translation>
    </message>
    <message>
        <source>{field} holds a character that is not valid Unicode.</source>
        <translation>{field}包含无效的 Unicode 字符。</translation>
    </message>
    <message>
        <source>{field} is longer than {n} characters.</source>
        <translation>{field}超过 {n} 个字符。</translation>
    </message>
    <message>
        <source>Choose open or completed.</source>
        <translation>请选择未完成或已完成。</translation>
    </message>
    <message>
        <source>An associated record was deleted.</source>
        <translation>某条关联记录已被删除。</translation>
    </message>
    <message>
        <source>I understand that deleting this workspace cannot be undone</source>
        <translation>我了解删除此工作区后无法撤销</translation>
    </message>
    <message>
        <source>That workspace no longer exists.</source>
        <translation>该工作区已不存在。</translation>
    </message>
    <message>
        <source>The main workspace is not a team workspace.</source>
        <translation>主工作区不是团队工作区。</translation>
    </message>
    <message>
        <source>Enter the workspace&apos;s name.</source>
        <translation>请输入工作区名称。</translation>
    </message>
    <message>
        <source>The name is one line of at most 200 characters.</source>
        <translation>名称须为单行，最多 200 个字符。</translation>
    </message>
    <message>
        <source>There already is a workspace called “{text}”.</source>
        <translation>已有名为“{text}”的工作区。</translation>
    </message>
    <message>
        <source>The description is over {n} characters.</source>
        <translation>描述超过 {n} 个字符。</translation>
    </message>
    <message>
        <source>That team no longer exists.</source>
        <translation>该团队已不存在。</translation>
    </message>
    <message>
        <source>The team “{team}” belongs to the workspace “{workspace}”: remove it there first.</source>
        <translation>团队“{team}”属于工作区“{workspace}”：请先将其从该工作区移除。</translation>
    </message>
    <message>
        <source>There can be at most {n} team workspaces.</source>
        <translation>团队工作区最多只能有 {n} 个。</translation>
    </message>
    <message>
        <source>Tick “{confirmation}” to delete “{name}”.</source>
        <translation>请勾选“{confirmation}”以删除“{name}”。</translation>
    </message>
    <message>
        <source>This person is no longer in the account.</source>
        <translation>此人已不在该账户中。</translation>
    </message>
    <message>
        <source>You cannot take super admin rights from yourself or deactivate yourself: ask another super admin.</source>
        <translation>您不能取消自己的超级管理员权限或停用自己：请联系其他超级管理员。</translation>
    </message>
    <message>
        <source>The account needs at least one active super admin.</source>
        <translation>账户至少需要一位已启用的超级管理员。</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>请输入此人的姓名。</translation>
    </message>
    <message>
        <source>The name is at most 200 characters.</source>
        <translation>姓名最多 200 个字符。</translation>
    </message>
    <message>
        <source>Enter an e-mail address, like sam@company.com.</source>
        <translation>请输入电子邮件地址，例如 sam@company.com。</translation>
    </message>
    <message>
        <source>{email} is already someone in the account.</source>
        <translation>{email} 已是账户中的成员。</translation>
    </message>
    <message>
        <source>A chosen team no longer exists.</source>
        <translation>所选的某个团队已不存在。</translation>
    </message>
    <message>
        <source>A change needs the user who makes it.</source>
        <translation>更改需要指定执行更改的用户。</translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation>此用户已不存在。</translation>
    </message>
    <message>
        <source>This database has no workspace yet.</source>
        <translation>此数据库还没有工作区。</translation>
    </message>
    <message>
        <source>No customer object is set in the workspace settings.</source>
        <translation>工作区设置中未设置客户对象。</translation>
    </message>
    <message>
        <source>“{key}” is not a user property of {objects}.</source>
        <translation>“{key}”不是{objects}的用户属性。</translation>
    </message>
    <message>
        <source>“{key}” is not a date property of {objects}.</source>
        <translation>“{key}”不是{objects}的日期属性。</translation>
    </message>
    <message>
        <source>This database already has a workspace.</source>
        <translation>此数据库已有工作区。</translation>
    </message>
    <message>
        <source>Enter the super admin&apos;s name.</source>
        <translation>请输入超级管理员的姓名。</translation>
    </message>
    <message>
        <source>Enter a valid e-mail address.</source>
        <translation>请输入有效的电子邮件地址。</translation>
    </message>
    <message>
        <source>Choose Companies or Contacts.</source>
        <translation>请选择公司或联系人。</translation>
    </message>
    <message>
        <source>Customers must be contacts, companies or a custom object.</source>
        <translation>客户必须是联系人、公司或自定义对象。</translation>
    </message>
    <message>
        <source>Choose a user property of {objects}.</source>
        <translation>请选择{objects}的用户属性。</translation>
    </message>
    <message>
        <source>Choose a date property of {objects}.</source>
        <translation>请选择{objects}的日期属性。</translation>
    </message>
    <message>
        <source>Team workspaces use the main workspace&apos;s customer object.</source>
        <translation>团队工作区使用主工作区的客户对象。</translation>
    </message>
    <message>
        <source>In a team workspace you are signed in with your own login ({login}); you cannot sign in as {name}.</source>
        <translation>在团队工作区中，您使用自己的登录名（{login}）登录；无法以 {name} 身份登录。</translation>
    </message>
    <message>
        <source>“{key}” cannot be sorted on.</source>
        <translation>无法按“{key}”排序。</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due tomorrow</source>
        <translation>明天到期</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>全部未完成</translation>
    </message>
    <message>
        <source>All completed</source>
        <translation>全部已完成</translation>
    </message>
    <message>
        <source>“{view}” is not a task view.</source>
        <translation>“{view}”不是任务视图。</translation>
    </message>
    <message>
        <source>“{name}” is not a task view.</source>
        <translation>“{name}”不是任务视图。</translation>
    </message>
    <message>
        <source>“{key}” is not a task view.</source>
        <translation>“{key}”不是任务视图。</translation>
    </message>
    <message>
        <source>{reason}

This file was saved by an older version of Tend and must be upgraded before it opens, which needs a file Tend can write.</source>
        <translation>{reason}

此文件由旧版 Tend 保存，必须先升级才能打开，而升级需要 Tend 可以写入该文件。</translation>
    </message>
    <message>
        <source>Tend could not back up {name} before upgrading it to this version ({reason}), so it left the file as it was.</source>
        <translation>Tend 无法在将 {name} 升级到此版本之前对其进行备份（{reason}），因此保留了文件原样。</translation>
    </message>
    <message>
        <source>Tend cannot write this workspace file ({reason}).</source>
        <translation>Tend 无法写入此工作区文件（{reason}）。</translation>
    </message>
    <message>
        <source>{first}, {second}</source>
        <translation>{first}、{second}</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Tend (schema {current}). Update Tend to open it.</source>
        <translation>此数据库由更新版本的 Tend 写入（架构 {current}）。请更新 Tend 以打开它。</translation>
    </message>
    <message>
        <source>{name} is not a Tend database (it is not a SQLite file).</source>
        <translation>{name} 不是 Tend 数据库（它不是 SQLite 文件）。</translation>
    </message>
    <message>
        <source>{name} is damaged: {reason}.</source>
        <translation>{name} 已损坏：{reason}。</translation>
    </message>
    <message>
        <source>{name} cannot be read as a Tend database: {reason}</source>
        <translation>无法将 {name} 读取为 Tend 数据库：{reason}</translation>
    </message>
    <message>
        <source>{name} is a database of another program, not a Tend workspace. Tend opens only its own files and leaves this one as it is.</source>
        <translation>{name} 是其他程序的数据库，而不是 Tend 工作区。Tend 只打开自己的文件，不会改动此文件。</translation>
    </message>
    <message>
        <source>{name} is damaged: it is shorter than SQLite&apos;s header says ({size} of {expected} bytes), as if cut off.</source>
        <translation>{name} 已损坏：文件比 SQLite 文件头所示的短（{size}/{expected} 字节），似乎被截断。</translation>
    </message>
    <message>
        <source>{name} is damaged. SQLite&apos;s check found: {shown}</source>
        <translation>{name} 已损坏。SQLite 检查发现：{shown}</translation>
    </message>
    <message>
        <source>This workspace file is read-only: you can look, but not change anything.</source>
        <translation>此工作区文件为只读：您可以查看，但无法更改任何内容。</translation>
    </message>
    <message>
        <source>The folder of this workspace file is read-only, so Tend cannot save in it: you can look, but not change anything.</source>
        <translation>此工作区文件所在的文件夹为只读，因此 Tend 无法在其中保存：您可以查看，但无法更改任何内容。</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Notes, calls and e-mails</source>
        <translation>备注、通话和电子邮件</translation>
    </message>
    <message>
        <source>Activity feed</source>
        <translation>活动动态</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Search index</source>
        <translation>搜索索引</translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation>索引</translation>
    </message>
    <message>
        <source>“{name}”: {reason}</source>
        <translation>“{name}”：{reason}</translation>
    </message>
    <message>
        <source>Start from scratch</source>
        <translation>从头开始</translation>
    </message>
    <message>
        <source>A fit group and an engagement group, 50 points each: add their rules.</source>
        <translation>一个契合度组和一个参与度组，各 50 分：请为其添加规则。</translation>
    </message>
    <message>
        <source>Customer health</source>
        <translation>客户健康度</translation>
    </message>
    <message>
        <source>One-to-one engagement, call engagement, supported tickets, CSM sentiment and NPS, days since last activity and renewal within 90 days.</source>
        <translation>一对一参与度、通话参与度、支持工单、CSM 情绪和 NPS、距上次活动的天数，以及 90 天内的续约。</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>参与度</translation>
    </message>
    <message>
        <source>Meetings in the last 30 and 90 days, calls over 15 minutes, days since last activity.</source>
        <translation>最近 30 天和 90 天的会议、超过 15 分钟的通话、距上次活动的天数。</translation>
    </message>
    <message>
        <source>Support and sentiment</source>
        <translation>支持与情绪</translation>
    </message>
    <message>
        <source>Open tickets (fewer is better), NPS and CSM sentiment, renewal within 90 days.</source>
        <translation>未解决工单（越少越好）、NPS 和 CSM 情绪、90 天内的续约。</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>a removed stage</source>
        <translation>已移除的阶段</translation>
    </message>
    <message>
        <source>Moved to {stage}</source>
        <translation>已移至{stage}</translation>
    </message>
    <message>
        <source>from {stage}</source>
        <translation>从{stage}</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} 分钟</translation>
    </message>
    <message>
        <source>The workspace no longer exists.</source>
        <translation>该工作区已不存在。</translation>
    </message>
    <message>
        <source>It is not a Tend database or it is damaged:
{reason}</source>
        <translation>这不是 Tend 数据库，或者它已损坏：
{reason}</translation>
    </message>
    <message>
        <source>Tend cannot open {path}: the file is damaged.

{why}

Tend has not changed it.</source>
        <translation>Tend 无法打开 {path}：文件已损坏。

{why}

Tend 没有修改它。</translation>
    </message>
    <message>
        <source>Open the latest backup, from {when}, instead? The damaged file is kept beside it, renamed, as it is.</source>
        <translation>改为打开 {when} 的最新备份吗？损坏的文件会原样保留在旁边，并重命名。</translation>
    </message>
    <message>
        <source>Tend cannot open {path}.

{why}</source>
        <translation>Tend 无法打开 {path}。

{why}</translation>
    </message>
    <message>
        <source>Tend cannot create the folder for its workspace file:
{folder}

{why}.

Start Tend with --db and a file in a folder you can write to.</source>
        <translation>Tend 无法为其工作区文件创建文件夹：
{folder}

{why}。

请使用 --db 启动 Tend，并指定一个位于可写文件夹中的文件。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.

Create it and a new Tend workspace file {name} there?</source>
        <translation>文件夹 {folder} 不存在。

要创建它，并在其中新建 Tend 工作区文件 {name} 吗？</translation>
    </message>
    <message>
        <source>The workspace file {path} is damaged, so today&apos;s backup was not taken.

{why}

Restore a backup from Settings, or quit Tend and open the file again to be offered the latest backup.</source>
        <translation>工作区文件 {path} 已损坏，因此未进行今天的备份。

{why}

请在设置中恢复备份，或退出 Tend 后重新打开该文件，以便使用最新的备份。</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>通话</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>未关闭工单</translation>
    </message>
    <message>
        <source>Days since last activity</source>
        <translation>距上次活动天数</translation>
    </message>
    <message>
        <source>Renewal within</source>
        <translation>续约期限在</translation>
    </message>
    <message>
        <source>Fit (properties)</source>
        <translation>契合度（属性）</translation>
    </message>
    <message>
        <source>Engagement (events)</source>
        <translation>参与度（事件）</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Tend</source>
        <translation>关于 Tend</translation>
    </message>
    <message>
        <source>Tend {version}</source>
        <translation>Tend {version}</translation>
    </message>
    <message>
        <source>The customer-success workspace on your desktop.</source>
        <translation>您桌面上的客户成功工作区。</translation>
    </message>
    <message>
        <source>Python {python} · Qt {qt} · PySide6 {pyside}
{system}
Workspace: {where}</source>
        <translation>Python {python} · Qt {qt} · PySide6 {pyside}
{system}
工作区：{where}</translation>
    </message>
</context>
<context>
    <name>AccessDialog</name>
    <message>
        <source>e.g. Renewals this quarter</source>
        <translation>例如：本季度续约</translation>
    </message>
    <message>
        <source>Dashboard name</source>
        <translation>仪表板名称</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <source>Available to everyone</source>
        <translation>所有人可用</translation>
    </message>
    <message>
        <source>Assign to teams</source>
        <translation>分配给团队</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>访问权限</translation>
    </message>
    <message>
        <source>I confirm users will have view access</source>
        <translation>我确认用户将拥有查看权限</translation>
    </message>
</context>
<context>
    <name>ActionsTab</name>
    <message>
        <source>Task views</source>
        <translation>任务视图</translation>
    </message>
    <message>
        <source>My views</source>
        <translation>我的视图</translation>
    </message>
    <message>
        <source>Filter your tasks, then “+ Create view” keeps the list here.</source>
        <translation>筛选任务后，点击“+ 创建视图”即可将列表保存在此处。</translation>
    </message>
    <message>
        <source>Search task titles</source>
        <translation>搜索任务标题</translation>
    </message>
    <message>
        <source>Search tasks</source>
        <translation>搜索任务</translation>
    </message>
    <message>
        <source>Export this view&apos;s tasks to a CSV file</source>
        <translation>将此视图的任务导出为 CSV 文件</translation>
    </message>
    <message>
        <source>Import tasks from a CSV file</source>
        <translation>从 CSV 文件导入任务</translation>
    </message>
    <message>
        <source>Create task</source>
        <translation>创建任务</translation>
    </message>
    <message>
        <source>Create a task (Ctrl+N)</source>
        <translation>创建任务 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>From a report</source>
        <translation>来自报表</translation>
    </message>
    <message>
        <source>Showing the tasks of “{what}”. Choose a view to see others.</source>
        <translation>正在显示“{what}”的任务。选择一个视图以查看其他任务。</translation>
    </message>
    <message>
        <source>1 task</source>
        <translation>1 个任务</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tasks</source>
        <translation>
            <numerusform>%Ln 个任务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks</source>
        <translation>
            <numerusform>%n 个任务</numerusform>
        </translation>
    </message>
    <message>
        <source>No tasks match “{text}”</source>
        <translation>没有与“{text}”匹配的任务</translation>
    </message>
    <message>
        <source>Search looks at the titles of this view&apos;s tasks.</source>
        <translation>搜索范围为此视图中任务的标题。</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>清除搜索</translation>
    </message>
    <message>
        <source>No tasks in “{view}”</source>
        <translation>“{view}”中没有任务</translation>
    </message>
    <message>
        <source>Tasks you create, or bring in from your CRM&apos;s CSV export, show here when they fit this view; the other views on the left may hold more.</source>
        <translation>您创建的任务或从 CRM 的 CSV 导出中导入的任务，只要符合此视图条件，都会显示在这里；左侧的其他视图中可能还有更多任务。</translation>
    </message>
    <message>
        <source>Import tasks…</source>
        <translation>导入任务…</translation>
    </message>
</context>
<context>
    <name>AddPersonDialog</name>
    <message>
        <source>They sign in with a login and password of their own on the team server. Give them both, with the server&apos;s address, to connect from their laptop.</source>
        <translation>他们使用自己在团队服务器上的登录名和密码登录。请将这两项连同服务器地址一起提供给他们，以便从笔记本电脑连接。</translation>
    </message>
    <message>
        <source>e.g. sam.rivera</source>
        <translation>例如：sam.rivera</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>The server did not add them: {e}</source>
        <translation>服务器未能添加该用户：{e}</translation>
    </message>
</context>
<context>
    <name>AlertRow</name>
    <message>
        <source>Open {name}</source>
        <translation>打开 {name}</translation>
    </message>
    <message>
        <source>Dismiss this alert</source>
        <translation>忽略此提醒</translation>
    </message>
    <message>
        <source>Dismiss alert: {name}</source>
        <translation>忽略提醒：{name}</translation>
    </message>
</context>
<context>
    <name>AlertsDialog</name>
    <message>
        <source>Alerts</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>打开客户</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>1 live alert</source>
        <translation>1 条有效提醒</translation>
    </message>
    <message numerus="yes">
        <source>%n live alerts</source>
        <translation>
            <numerusform>%n 条有效提醒</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssociationSection</name>
    <message>
        <source>+ Add</source>
        <translation>+ 添加</translation>
    </message>
    <message>
        <source>Add an associated {o}</source>
        <translation>添加关联的{o}</translation>
    </message>
    <message>
        <source>Find a {o} by name, domain or e-mail and associate it</source>
        <translation>按名称、域名或电子邮件查找{o}并关联</translation>
    </message>
    <message>
        <source>Type a name, domain or e-mail to find a {o}</source>
        <translation>输入名称、域名或电子邮件以查找{o}</translation>
    </message>
    <message>
        <source>Find a {o}</source>
        <translation>查找{o}</translation>
    </message>
    <message>
        <source>Records found</source>
        <translation>找到的记录</translation>
    </message>
    <message>
        <source>No match.</source>
        <translation>无匹配项。</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>暂无。</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>及其他 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the association with {r}</source>
        <translation>移除与 {r} 的关联</translation>
    </message>
    <message>
        <source>Remove the association</source>
        <translation>移除关联</translation>
    </message>
</context>
<context>
    <name>BulkBar</name>
    <message>
        <source>Marked {tasks} complete.</source>
        <translation>已将 {tasks}标记为已完成。</translation>
    </message>
    <message>
        <source>Marked {tasks} incomplete.</source>
        <translation>已将 {tasks}标记为未完成。</translation>
    </message>
    <message>
        <source>Assigned {tasks}.</source>
        <translation>已分配 {tasks}。</translation>
    </message>
    <message>
        <source>Changed {tasks}.</source>
        <translation>已更改 {tasks}。</translation>
    </message>
    <message>
        <source>Deleted {tasks}.</source>
        <translation>已删除 {tasks}。</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>全选</translation>
    </message>
    <message>
        <source>Tick every task on this page</source>
        <translation>勾选本页的所有任务</translation>
    </message>
    <message>
        <source>Mark complete</source>
        <translation>标记为已完成</translation>
    </message>
    <message>
        <source>Mark incomplete</source>
        <translation>标记为未完成</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>分配</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Undo the last bulk action (Ctrl+Z)</source>
        <translation>撤销上一次批量操作 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>1 task</source>
        <translation>1 个任务</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tasks</source>
        <translation>
            <numerusform>%Ln 个任务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>已选择 %Ln 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln tasks are selected.</source>
        <translation>
            <numerusform>已选择全部 %Ln 个任务。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Select all %Ln tasks</source>
        <translation>
            <numerusform>选择全部 %Ln 个任务</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation>清除选择</translation>
    </message>
    <message>
        <source>All {k} tasks on this page are selected.</source>
        <translation>已选择本页全部 {k} 个任务。</translation>
    </message>
    <message>
        <source>Delete tasks</source>
        <translation>删除任务</translation>
    </message>
    <message>
        <source>Delete {tasks}? You can undo this right after.</source>
        <translation>删除 {tasks}？删除后可立即撤销。</translation>
    </message>
    <message>
        <source>Working on {tasks}…</source>
        <translation>正在处理 {tasks}…</translation>
    </message>
    <message>
        <source>{k} were left as they were: already so, or not yours to change.</source>
        <translation>{k} 项保持不变：已是目标状态，或您无权更改。</translation>
    </message>
    <message>
        <source>Stopped: {done}</source>
        <translation>已停止：{done}</translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation>正在撤销…</translation>
    </message>
    <message>
        <source>Undone: {tasks} put back.</source>
        <translation>已撤销：{tasks}已恢复。</translation>
    </message>
    <message>
        <source>Undo stopped: {tasks} put back.</source>
        <translation>撤销已停止：{tasks}已恢复。</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message>
        <source>Edit tasks</source>
        <translation>编辑任务</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>A date such as {example}; empty clears the due date</source>
        <translation>日期格式如 {example}；留空则清除截止日期</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
</context>
<context>
    <name>CalendarPopup</name>
    <message>
        <source>Pick a date</source>
        <translation>选择日期</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
</context>
<context>
    <name>ColumnsDialog</name>
    <message>
        <source>Edit columns</source>
        <translation>编辑列</translation>
    </message>
    <message>
        <source>Tick the columns to show; drag them into order.</source>
        <translation>勾选要显示的列，拖动以调整顺序。</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation>命令面板</translation>
    </message>
    <message>
        <source>Search records, views, tabs, settings and actions</source>
        <translation>搜索记录、视图、标签页、设置和操作</translation>
    </message>
    <message>
        <source>Search commands and records</source>
        <translation>搜索命令和记录</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>↑↓ to choose · Enter to open · Esc to close</source>
        <translation>↑↓ 选择 · Enter 打开 · Esc 关闭</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Nothing matches “{text}”</source>
        <translation>没有与“{text}”匹配的内容</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
</context>
<context>
    <name>ConditionRow</name>
    <message>
        <source>Property</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>运算符</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation>移除条件</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>我</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
</context>
<context>
    <name>ConflictRow</name>
    <message>
        <source>Put back</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Set {field} to this value again</source>
        <translation>将 {field} 重新设为此值</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Keep the current value</source>
        <translation>保留当前值</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>您的值</translation>
    </message>
    <message>
        <source>{name}&apos;s value</source>
        <translation>{name} 的值</translation>
    </message>
    <message>
        <source>A teammate</source>
        <translation>一位同事</translation>
    </message>
    <message>
        <source>{whose} {value} for {field} was refused by the team server: {why}</source>
        <translation>{whose}为 {field} 设置的值 {value} 被团队服务器拒绝：{why}</translation>
    </message>
    <message>
        <source>{whose} {value} for {field} was replaced by {winner} from {name} at {when}.</source>
        <translation>{whose}为 {field} 设置的值 {value} 已于 {when} 被 {name} 的 {winner} 替换。</translation>
    </message>
    <message>
        <source>a teammate</source>
        <translation>一位同事</translation>
    </message>
    <message>
        <source>(resolved)</source>
        <translation>（已解决）</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a team server</source>
        <translation>连接到团队服务器</translation>
    </message>
    <message>
        <source>Your team&apos;s workspace is downloaded to this computer, so Tend works offline and sends your changes when the server answers. Your admin gives you the server&apos;s address, with your login in it, and your password.</source>
        <translation>团队的工作区会下载到这台计算机上，因此 Tend 可以离线工作，并在服务器响应时发送您的更改。管理员会提供包含您登录名的服务器地址以及您的密码。</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>The password is kept in this computer&apos;s keyring.</source>
        <translation>密码保存在这台计算机的密钥环中。</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, as your admin gave it.</source>
        <translation>请输入管理员提供的服务器地址。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was downloaded.</source>
        <translation>已取消，未下载任何内容。</translation>
    </message>
    <message>
        <source>The download stopped: {e}</source>
        <translation>下载已停止：{e}</translation>
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
        <translation>待创建</translation>
    </message>
    <message>
        <source>created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>to update</source>
        <translation>待更新</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未更改</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
</context>
<context>
    <name>CreateTaskPanel</name>
    <message>
        <source>Create task</source>
        <translation>创建任务</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>What needs doing</source>
        <translation>需要做什么</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Due time</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>执行人</translation>
    </message>
    <message>
        <source>Type a name to find a record</source>
        <translation>输入名称以查找记录</translation>
    </message>
    <message>
        <source>Find a record</source>
        <translation>查找记录</translation>
    </message>
    <message>
        <source>Records found</source>
        <translation>找到的记录</translation>
    </message>
    <message>
        <source>Associated records</source>
        <translation>关联记录</translation>
    </message>
    <message>
        <source>Double-click a record to remove it</source>
        <translation>双击记录可将其移除</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Create and add another</source>
        <translation>创建并继续添加</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
</context>
<context>
    <name>CustomersTab</name>
    <message>
        <source>Search name or domain</source>
        <translation>搜索名称或域名</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>搜索客户</translation>
    </message>
    <message>
        <source>Create a customer</source>
        <translation>创建客户</translation>
    </message>
    <message>
        <source>Edit columns</source>
        <translation>编辑列</translation>
    </message>
    <message>
        <source>Export this view&apos;s customers to a CSV file</source>
        <translation>将此视图的客户导出为 CSV 文件</translation>
    </message>
    <message>
        <source>Import customers from a CSV file</source>
        <translation>从 CSV 文件导入客户</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Showing the customers of “{what}”. Choose a view to see them all again.</source>
        <translation>正在显示“{what}”的客户。选择一个视图可重新查看全部客户。</translation>
    </message>
    <message>
        <source>Showing the customers the “{profile}” health profile scores. Choose a view to see them all again.</source>
        <translation>正在显示“{profile}”健康配置评分的客户。选择一个视图可重新查看全部客户。</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康度</translation>
    </message>
    <message>
        <source>1 customer</source>
        <translation>1 个客户</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers</source>
        <translation>
            <numerusform>%Ln 个客户</numerusform>
        </translation>
    </message>
    <message>
        <source>No customers yet</source>
        <translation>暂无客户</translation>
    </message>
    <message>
        <source>Customers are the accounts you look after. Bring them in from your CRM&apos;s CSV export, or add them one by one.</source>
        <translation>客户是您负责维护的账户。可从 CRM 的 CSV 导出中导入，也可逐个添加。</translation>
    </message>
    <message>
        <source>No customers match “{text}”</source>
        <translation>没有与“{text}”匹配的客户</translation>
    </message>
    <message>
        <source>Search looks at names and domains of this view&apos;s customers.</source>
        <translation>搜索范围为此视图中客户的名称和域名。</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>清除搜索</translation>
    </message>
    <message>
        <source>None of the workspace&apos;s {n} customers is assigned to you as CSM.</source>
        <translation>工作区的 {n} 个客户中，没有一个分配给您作为 CSM。</translation>
    </message>
    <message>
        <source>None of the workspace&apos;s {n} customers matches this view&apos;s filters.</source>
        <translation>工作区的 {n} 个客户中，没有一个符合此视图的筛选条件。</translation>
    </message>
    <message>
        <source>Show all customers</source>
        <translation>显示所有客户</translation>
    </message>
    <message>
        <source>No customers in “{view}”</source>
        <translation>“{view}”中没有客户</translation>
    </message>
    <message>
        <source>Import customers…</source>
        <translation>导入客户…</translation>
    </message>
    <message>
        <source>+ Create customer</source>
        <translation>+ 创建客户</translation>
    </message>
    <message>
        <source>“{c}” is calculated from associations and cannot be sorted.</source>
        <translation>“{c}”根据关联计算得出，无法排序。</translation>
    </message>
    <message numerus="yes">
        <source>%n customers</source>
        <translation>
            <numerusform>%n 个客户</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardsTab</name>
    <message>
        <source>Dashboards</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <source>+ Add report</source>
        <translation>+ 添加报表</translation>
    </message>
    <message>
        <source>Dashboard actions</source>
        <translation>仪表板操作</translation>
    </message>
    <message>
        <source>Who sees it…</source>
        <translation>可见范围…</translation>
    </message>
    <message>
        <source>Remove from this tab</source>
        <translation>从此标签页移除</translation>
    </message>
    <message>
        <source>Create dashboard</source>
        <translation>创建仪表板</translation>
    </message>
    <message>
        <source>Add dashboard</source>
        <translation>添加仪表板</translation>
    </message>
    <message>
        <source>No dashboards yet. Create one, then add reports to it.</source>
        <translation>暂无仪表板。请先创建一个，然后向其中添加报表。</translation>
    </message>
    <message>
        <source>No dashboard is shared with you yet. An admin can create one.</source>
        <translation>暂无与您共享的仪表板。管理员可以创建一个。</translation>
    </message>
    <message>
        <source>Available to everyone</source>
        <translation>所有人可用</translation>
    </message>
    <message>
        <source>Assigned to {teams}</source>
        <translation>已分配给 {teams}</translation>
    </message>
    <message>
        <source>This dashboard has no reports yet: add one with “+ Add report”.</source>
        <translation>此仪表板还没有报表：点击“+ 添加报表”添加一个。</translation>
    </message>
    <message>
        <source>Every dashboard is on this tab already: create a new one.</source>
        <translation>所有仪表板都已在此标签页中：请新建一个。</translation>
    </message>
    <message>
        <source>Who sees “{name}”</source>
        <translation>谁可以查看“{name}”</translation>
    </message>
    <message>
        <source>“{name}” is off this tab; “Add dashboard” puts it back.</source>
        <translation>“{name}”已从此标签页移除；点击“添加仪表板”可将其放回。</translation>
    </message>
    <message>
        <source>New report…</source>
        <translation>新建报表…</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>A date such as {example}</source>
        <translation>日期格式如 {example}</translation>
    </message>
    <message>
        <source>Pick a date from a calendar</source>
        <translation>从日历中选择日期</translation>
    </message>
    <message>
        <source>Pick {name} from a calendar</source>
        <translation>从日历中选择{name}</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>{name} time</source>
        <translation>{name}时间</translation>
    </message>
</context>
<context>
    <name>DayHeader</name>
    <message>
        <source>all day</source>
        <translation>全天</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>另外 %n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DefaultDialog</name>
    <message>
        <source>Set “{name}” as default</source>
        <translation>将“{name}”设为默认</translation>
    </message>
    <message>
        <source>What this view shows</source>
        <translation>此视图显示的内容</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message>
        <source>Delete “{name}”</source>
        <translation>删除“{name}”</translation>
    </message>
    <message>
        <source>Everyone who sees this view loses it.</source>
        <translation>所有能看到此视图的人都将失去它。</translation>
    </message>
    <message>
        <source>I&apos;m sure I want to delete this view</source>
        <translation>我确定要删除此视图</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>DeleteWorkspaceDialog</name>
    <message>
        <source>Delete workspace</source>
        <translation>删除工作区</translation>
    </message>
    <message>
        <source>Delete the workspace “{name}”? Its teams go back to the main workspace, and its views and settings are deleted.</source>
        <translation>要删除工作区“{name}”吗？其团队将回到主工作区，其视图和设置将被删除。</translation>
    </message>
    <message>
        <source>I understand that deleting this workspace cannot be undone</source>
        <translation>我了解删除此工作区后无法撤销</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Tick the box above first.</source>
        <translation>请先勾选上方的复选框。</translation>
    </message>
</context>
<context>
    <name>DeletedRecordsDialog</name>
    <message>
        <source>Deleted records · {o}</source>
        <translation>已删除的记录 · {o}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>删除者</translation>
    </message>
    <message>
        <source>Deleted records</source>
        <translation>已删除的记录</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>{n} deleted. Select one and Restore to bring it back with its associations and history.</source>
        <translation>已删除 {n} 条。选择一条并点击“恢复”，即可连同其关联和历史记录一起恢复。</translation>
    </message>
    <message>
        <source>Nothing deleted.</source>
        <translation>没有已删除的内容。</translation>
    </message>
    <message>
        <source>Restored {names}.</source>
        <translation>已恢复 {names}。</translation>
    </message>
</context>
<context>
    <name>EventSummary</name>
    <message>
        <source>Summary of {title}</source>
        <translation>{title} 摘要</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Scheduled in {zone}</source>
        <translation>按 {zone} 安排</translation>
    </message>
    <message>
        <source>Where: {place}</source>
        <translation>地点：{place}</translation>
    </message>
    <message>
        <source>Open {name} in the preview panel</source>
        <translation>在预览面板中打开 {name}</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>关联：</translation>
    </message>
    <message>
        <source>Start meeting</source>
        <translation>开始会议</translation>
    </message>
    <message>
        <source>Mark incomplete</source>
        <translation>标记为未完成</translation>
    </message>
    <message>
        <source>Mark complete</source>
        <translation>标记为已完成</translation>
    </message>
    <message>
        <source>Task · {type}</source>
        <translation>任务 · {type}</translation>
    </message>
    <message>
        <source>{p} priority</source>
        <translation>{p}优先级</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> 及其他 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>With {names}</source>
        <translation>与 {names}</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>参会者</translation>
    </message>
</context>
<context>
    <name>ExportRangeDialog</name>
    <message>
        <source>Export schedule</source>
        <translation>导出日程</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>第一天</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>最后一天</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>The last day is before the first.</source>
        <translation>最后一天早于第一天。</translation>
    </message>
</context>
<context>
    <name>ExportRow</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Exporting {n}…</source>
        <translation>正在导出 {n}…</translation>
    </message>
    <message>
        <source>The export could not be written: {e}</source>
        <translation>无法写入导出文件：{e}</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>Exported {n} to {path}</source>
        <translation>已将 {n} 导出到 {path}</translation>
    </message>
</context>
<context>
    <name>FeedTab</name>
    <message>
        <source>Activity type</source>
        <translation>活动类型</translation>
    </message>
    <message>
        <source>All activity types</source>
        <translation>所有活动类型</translation>
    </message>
    <message>
        <source>Sequence enrollment</source>
        <translation>序列注册</translation>
    </message>
    <message>
        <source>Any enrollment</source>
        <translation>任意注册状态</translation>
    </message>
    <message>
        <source>Enrolled in a sequence</source>
        <translation>已加入序列</translation>
    </message>
    <message>
        <source>Not in a sequence</source>
        <translation>未加入序列</translation>
    </message>
    <message>
        <source>Search activity</source>
        <translation>搜索活动</translation>
    </message>
    <message>
        <source>Search the feed</source>
        <translation>搜索动态</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>动态</translation>
    </message>
    <message>
        <source>Load older activities</source>
        <translation>加载更早的活动</translation>
    </message>
    <message>
        <source>Reading the feed…</source>
        <translation>正在读取动态…</translation>
    </message>
    <message>
        <source>Yesterday {time}</source>
        <translation>昨天 {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n activity types</source>
        <translation>
            <numerusform>%n 种活动类型</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown, older ones below</source>
        <translation>
            <numerusform>已显示 %Ln 条，更早的在下方</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} notifications</source>
        <translation>{n} 条通知</translation>
    </message>
    <message>
        <source>No activity matches these filters.</source>
        <translation>没有符合这些筛选条件的活动。</translation>
    </message>
    <message>
        <source>No activity yet from the contacts of the customers you own. E-mails opened, pages visited and forms submitted by their contacts show up here.</source>
        <translation>您负责的客户的联系人暂无活动。他们的联系人打开的电子邮件、访问的页面和提交的表单会显示在这里。</translation>
    </message>
    <message>
        <source>Notification deleted: {title}</source>
        <translation>通知已删除：{title}</translation>
    </message>
    <message>
        <source>Call with {name}</source>
        <translation>与 {name} 通话</translation>
    </message>
    <message>
        <source>Following up</source>
        <translation>跟进中</translation>
    </message>
    <message>
        <source>Follow up with {name}</source>
        <translation>跟进 {name}</translation>
    </message>
    <message>
        <source>Meeting with {name}</source>
        <translation>与 {name} 会议</translation>
    </message>
    <message>
        <source>Logged against {name}.</source>
        <translation>已记录到 {name}。</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Advanced filters</source>
        <translation>高级筛选</translation>
    </message>
    <message>
        <source>Clear quick filters</source>
        <translation>清除快速筛选</translation>
    </message>
    <message numerus="yes">
        <source>Advanced filters (%n)</source>
        <translation>
            <numerusform>高级筛选 (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterEditor</name>
    <message>
        <source>Advanced filters</source>
        <translation>高级筛选</translation>
    </message>
    <message>
        <source>{rows} match when every condition of a group holds, in any group.</source>
        <translation>满足任一组中全部条件的{rows}即为匹配。</translation>
    </message>
    <message>
        <source>+ Add an OR group</source>
        <translation>+ 添加 OR 组</translation>
    </message>
    <message>
        <source>Or</source>
        <translation>或</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>+ Add an AND condition</source>
        <translation>+ 添加 AND 条件</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to Tend</source>
        <translation>欢迎使用 Tend</translation>
    </message>
    <message>
        <source>Your customer success workspace lives in a file on this computer:</source>
        <translation>您的客户成功工作区保存在这台计算机上的一个文件中：</translation>
    </message>
    <message>
        <source>Does your team share a Tend server?</source>
        <translation>您的团队是否共用一台 Tend 服务器？</translation>
    </message>
    <message>
        <source>Connect to a team server…</source>
        <translation>连接到团队服务器…</translation>
    </message>
    <message>
        <source>Explore the demo workspace</source>
        <translation>浏览演示工作区</translation>
    </message>
    <message>
        <source>A realistic book of {n} customers with contacts, onboarding services, renewal deals, subscriptions, tickets, tasks and this week&apos;s meetings. Eight people in three teams, so you can sign in as a CSM, a team lead or an admin.</source>
        <translation>一个逼真的客户组合，包含 {n} 个客户及其联系人、入门服务、续约交易、订阅、工单、任务和本周会议。三个团队共八人，您可以以 CSM、团队负责人或管理员身份登录。</translation>
    </message>
    <message>
        <source>Open the demo workspace</source>
        <translation>打开演示工作区</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The demo could not be generated: {e}</source>
        <translation>无法生成演示数据：{e}</translation>
    </message>
    <message>
        <source>Generating: {phase}…</source>
        <translation>正在生成：{phase}…</translation>
    </message>
    <message>
        <source>Start an empty workspace</source>
        <translation>新建空白工作区</translation>
    </message>
    <message>
        <source>Choose what a customer is and which property names its CSM. You can change both later in Settings.</source>
        <translation>选择客户对应的对象，以及用于指定其 CSM 的属性。两者之后都可以在“设置”中更改。</translation>
    </message>
    <message>
        <source>Customer object</source>
        <translation>客户对象</translation>
    </message>
    <message>
        <source>CSM property</source>
        <translation>CSM 属性</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>Super admin name</source>
        <translation>超级管理员姓名</translation>
    </message>
    <message>
        <source>you@company.com</source>
        <translation>you@company.com</translation>
    </message>
    <message>
        <source>Super admin e-mail</source>
        <translation>超级管理员电子邮件</translation>
    </message>
    <message>
        <source>Customers are</source>
        <translation>客户对象为</translation>
    </message>
    <message>
        <source>Super admin</source>
        <translation>超级管理员</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Create workspace</source>
        <translation>创建工作区</translation>
    </message>
</context>
<context>
    <name>FollowUpBar</name>
    <message>
        <source>Delete this notification</source>
        <translation>删除此通知</translation>
    </message>
    <message>
        <source>{action}: {contact}</source>
        <translation>{action}：{contact}</translation>
    </message>
    <message>
        <source>Delete notification: {title}</source>
        <translation>删除通知：{title}</translation>
    </message>
</context>
<context>
    <name>GroupPage</name>
    <message>
        <source>Group name</source>
        <translation>组名称</translation>
    </message>
    <message>
        <source>Group kind</source>
        <translation>组类型</translation>
    </message>
    <message>
        <source>Maximum points</source>
        <translation>最高分值</translation>
    </message>
    <message>
        <source> points</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>The most this group adds to the score</source>
        <translation>此组可为总分贡献的最高分值</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>最高分</translation>
    </message>
    <message>
        <source>+ Add rule</source>
        <translation>+ 添加规则</translation>
    </message>
    <message>
        <source>Each rule adds (or takes away) its points when every one of its conditions holds. The group gives at most its maximum and never less than 0.</source>
        <translation>当规则的所有条件都满足时，该规则加上（或扣除）其分值。每组得分不超过其最高分值，且不低于 0。</translation>
    </message>
    <message>
        <source>Each rule counts the customer&apos;s events and gives the points of the highest band the count reaches. Inputs a customer lacks are left out and their weight spread over the group&apos;s other rules.</source>
        <translation>每条规则统计客户的事件次数，并按次数达到的最高区间给分。客户缺少的输入将被忽略，其权重分摊到该组的其他规则上。</translation>
    </message>
</context>
<context>
    <name>HealthCardWidget</name>
    <message>
        <source>Health</source>
        <translation>健康度</translation>
    </message>
    <message>
        <source>Health score</source>
        <translation>健康分</translation>
    </message>
    <message>
        <source>What moved it</source>
        <translation>变动原因</translation>
    </message>
    <message>
        <source>Not scored yet</source>
        <translation>尚未评分</translation>
    </message>
    <message>
        <source>No live health profile: publish one in Settings → Health scores.</source>
        <translation>没有已发布的健康配置：请在“设置 → 健康分”中发布一个。</translation>
    </message>
    <message>
        <source>None of the profile&apos;s rules has an input for this customer yet.</source>
        <translation>该配置的规则对此客户尚无任何输入。</translation>
    </message>
    <message>
        <source>Updated {at}</source>
        <translation>更新于 {at}</translation>
    </message>
    <message>
        <source>{day} · first scored {score}</source>
        <translation>{day} · 首次评分 {score}</translation>
    </message>
</context>
<context>
    <name>HealthEditorDialog</name>
    <message>
        <source>Health profile</source>
        <translation>健康配置</translation>
    </message>
    <message>
        <source>You are editing a draft of the live profile “{name}”: customers keep their scores until you publish it.</source>
        <translation>您正在编辑已发布配置“{name}”的草稿：在您发布之前，客户的分数保持不变。</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Groups and rules</source>
        <translation>组和规则</translation>
    </message>
    <message>
        <source>Test a record</source>
        <translation>测试记录</translation>
    </message>
    <message>
        <source>Preview distribution</source>
        <translation>预览分布</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <source>Keep this profile as a draft</source>
        <translation>将此配置保存为草稿</translation>
    </message>
    <message>
        <source>Save and publish</source>
        <translation>保存并发布</translation>
    </message>
    <message>
        <source>Save, then score customers with this profile</source>
        <translation>保存，然后用此配置为客户评分</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>配置名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>What this score tells a CSM</source>
        <translation>此分数向 CSM 传达的信息</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>At risk up to</source>
        <translation>有风险上限</translation>
    </message>
    <message>
        <source>Neutral up to</source>
        <translation>一般上限</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>Up to {n} saved customer views. A customer in one of them is scored by this profile; a customer in no profile&apos;s segment by the default profile.</source>
        <translation>最多 {n} 个已保存的客户视图。属于其中任一视图的客户由此配置评分；不属于任何配置细分的客户由默认配置评分。</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>细分</translation>
    </message>
    <message>
        <source>No saved customer views yet: save one on Customers.</source>
        <translation>暂无已保存的客户视图：请在“客户”中保存一个。</translation>
    </message>
    <message>
        <source>Healthy above {m}</source>
        <translation>高于 {m} 为健康</translation>
    </message>
    <message numerus="yes">
        <source>%n of {most} chosen</source>
        <translation>
            <numerusform>已选择 %n/{most}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n points</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>组</translation>
    </message>
    <message>
        <source>Sum of the groups&apos; maxima</source>
        <translation>各组最高分之和</translation>
    </message>
    <message>
        <source>+ Group</source>
        <translation>+ 组</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected group and its rules</source>
        <translation>移除所选组及其规则</translation>
    </message>
    <message>
        <source>Add a group: a Fit group scores the customer&apos;s properties, an Engagement group counts meetings, calls, e-mails and tickets.</source>
        <translation>添加组：契合度组根据客户属性评分，参与度组统计会议、通话、电子邮件和工单。</translation>
    </message>
    <message>
        <source>Group {n}</source>
        <translation>组 {n}</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>契合度</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>参与度</translation>
    </message>
    <message>
        <source>Maxima: {n} of {total}</source>
        <translation>最高分：{n}/{total}</translation>
    </message>
    <message>
        <source>New health profile</source>
        <translation>新建健康配置</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>草稿已保存。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Save your changes to this profile as a draft before closing?</source>
        <translation>关闭前是否将对此配置的更改保存为草稿？</translation>
    </message>
</context>
<context>
    <name>HealthProfilesPage</name>
    <message>
        <source>A health score adds up groups of rules to a score from 0 to 100: At risk, Neutral or Healthy. Each profile scores the customers of its segments; the default profile scores everyone else. Up to {live} live and {drafts} draft profiles; edit a draft, test it on a customer, preview it, then publish.</source>
        <translation>健康分将各组规则的得分相加，得出 0 到 100 的分数：有风险、一般或健康。每个配置为其细分中的客户评分；默认配置为其他所有客户评分。最多可有 {live} 个已发布配置和 {drafts} 个草稿配置；编辑草稿、在某个客户上测试、预览，然后发布。</translation>
    </message>
    <message>
        <source>New profile…</source>
        <translation>新建配置…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Unpublish</source>
        <translation>取消发布</translation>
    </message>
    <message>
        <source>Clone</source>
        <translation>克隆</translation>
    </message>
    <message>
        <source>Set as default</source>
        <translation>设为默认</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Health profiles</source>
        <translation>健康配置</translation>
    </message>
    <message>
        <source>No health profiles yet. Start one from a template with New profile…</source>
        <translation>暂无健康配置。点击“新建配置…”从模板开始创建。</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>“{name}” is live: its customers are scored by it.</source>
        <translation>“{name}”已发布：其客户由它评分。</translation>
    </message>
    <message>
        <source>Unpublish health profile</source>
        <translation>取消发布健康配置</translation>
    </message>
    <message>
        <source>Unpublish “{name}”? Its customers stop being scored by it until it is published again.</source>
        <translation>要取消发布“{name}”吗？在重新发布之前，其客户将不再由它评分。</translation>
    </message>
    <message>
        <source>“{name}” is a draft again.</source>
        <translation>“{name}”已恢复为草稿。</translation>
    </message>
    <message>
        <source>A draft copy of “{name}” was made.</source>
        <translation>已创建“{name}”的草稿副本。</translation>
    </message>
    <message>
        <source>“{name}” is the default: it scores customers in no profile&apos;s segment.</source>
        <translation>“{name}”现为默认配置：它为不属于任何配置细分的客户评分。</translation>
    </message>
    <message>
        <source>Delete health profile</source>
        <translation>删除健康配置</translation>
    </message>
    <message>
        <source>Delete “{name}”? This cannot be undone.</source>
        <translation>要删除“{name}”吗？此操作无法撤销。</translation>
    </message>
    <message>
        <source>“{name}” was deleted.</source>
        <translation>“{name}”已删除。</translation>
    </message>
</context>
<context>
    <name>HealthScoresDialog</name>
    <message>
        <source>Health scores</source>
        <translation>健康分</translation>
    </message>
</context>
<context>
    <name>HealthSummaryCard</name>
    <message>
        <source>Customer health</source>
        <translation>客户健康度</translation>
    </message>
    <message>
        <source>Health profile</source>
        <translation>健康配置</translation>
    </message>
    <message>
        <source>The health profile shown</source>
        <translation>显示的健康配置</translation>
    </message>
    <message>
        <source>Reading health scores…</source>
        <translation>正在读取健康分…</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation>平均分</translation>
    </message>
    <message>
        <source>average score</source>
        <translation>平均分</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>分布</translation>
    </message>
    <message>
        <source>Average over 12 months</source>
        <translation>12 个月平均值</translation>
    </message>
    <message>
        <source>No health score is set up yet. A health score shows at a glance which customers need attention, from their data and your team&apos;s activity.</source>
        <translation>尚未设置健康分。健康分根据客户数据和团队活动，让您一眼看出哪些客户需要关注。</translation>
    </message>
    <message>
        <source>Set up health scores</source>
        <translation>设置健康分</translation>
    </message>
    <message>
        <source>Your {n} customers</source>
        <translation>您的 {n} 个客户</translation>
    </message>
    <message>
        <source>All {n} customers</source>
        <translation>全部 {n} 个客户</translation>
    </message>
    <message>
        <source>{m} scored by {profile}</source>
        <translation>{m} 个由 {profile} 评分</translation>
    </message>
    <message>
        <source>{p} %</source>
        <translation>{p} %</translation>
    </message>
    <message>
        <source>1 customer</source>
        <translation>1 个客户</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers</source>
        <translation>
            <numerusform>%Ln 个客户</numerusform>
        </translation>
    </message>
    <message>
        <source>{band}: {n} customers, open in Customers</source>
        <translation>{band}：{n} 个客户，在“客户”中打开</translation>
    </message>
</context>
<context>
    <name>HistogramChart</name>
    <message>
        <source>No customers scored yet</source>
        <translation>尚无已评分的客户</translation>
    </message>
    <message>
        <source>Score {low}–{high}: 1 customer</source>
        <translation>分数 {low}–{high}：1 个客户</translation>
    </message>
    <message>
        <source>Score {low}–{high}: {n} customers</source>
        <translation>分数 {low}–{high}：{n} 个客户</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Property history · {t}</source>
        <translation>属性历史 · {t}</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>没有记录到更改。</translation>
    </message>
</context>
<context>
    <name>IcsActions</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export schedule</source>
        <translation>导出日程</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar 文件 (*.ics)</translation>
    </message>
    <message>
        <source>Exporting your schedule…</source>
        <translation>正在导出您的日程…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>The file could not be written: {e}</source>
        <translation>无法写入文件：{e}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n items to {path}</source>
        <translation>
            <numerusform>已将 %n 项导出到 {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Import meetings</source>
        <translation>导入会议</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>iCalendar 文件 (*.ics);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>正在导入 {name}…</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>导入已取消，未导入任何内容。</translation>
    </message>
    <message>
        <source>The file could not be read: {e}</source>
        <translation>无法读取文件：{e}</translation>
    </message>
    <message>
        <source>Nothing was imported from {name}: {why}</source>
        <translation>未从 {name} 导入任何内容：{why}</translation>
    </message>
    <message>
        <source>Imported {created} new and {updated} updated meetings from {name}.</source>
        <translation>已从 {name} 导入 {created} 个新会议，更新 {updated} 个会议。</translation>
    </message>
    <message numerus="yes">
        <source>%n items were skipped.</source>
        <translation>
            <numerusform>已跳过 %n 项。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportLauncher</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>已跳过：</translation>
    </message>
    <message>
        <source>Skipped items</source>
        <translation>已跳过的项</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import from a CSV file</source>
        <translation>从 CSV 文件导入</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>A CSV file exported from a CRM or a spreadsheet</source>
        <translation>从 CRM 或电子表格导出的 CSV 文件</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV 文件</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Import into</source>
        <translation>导入到</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>试运行</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Step {n} of 4 · {name}</source>
        <translation>第 {n} 步，共 4 步 · {name}</translation>
    </message>
    <message>
        <source>Check rows</source>
        <translation>检查行</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Stopping after this batch…</source>
        <translation>将在此批次后停止…</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt *.tsv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>正在读取 {file}…</translation>
    </message>
    <message>
        <source>{rows} rows · {columns} columns · encoding {encoding} · delimiter {delimiter}</source>
        <translation>{rows} 行 · {columns} 列 · 编码 {encoding} · 分隔符 {delimiter}</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n rows…</source>
        <translation>
            <numerusform>正在检查 %n 行…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n will be linked to their company.</source>
        <translation>
            <numerusform>%n 条将关联到其公司。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n rows…</source>
        <translation>
            <numerusform>正在导入 %n 行…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected rows saved to {path}.</source>
        <translation>
            <numerusform>已将 %n 个被拒绝的行保存到 {path}。</numerusform>
        </translation>
    </message>
    <message>
        <source>The check was cancelled; nothing was imported.</source>
        <translation>检查已取消，未导入任何内容。</translation>
    </message>
    <message>
        <source>All {total} rows of the file were checked; nothing is written yet.</source>
        <translation>已检查文件的全部 {total} 行；尚未写入任何内容。</translation>
    </message>
    <message>
        <source>A rejected row is not imported at all; after the import, Save rejected rows… gives them back to fix and import again.</source>
        <translation>被拒绝的行不会被导入；导入完成后，可通过“保存被拒绝的行…”取回这些行，修正后重新导入。</translation>
    </message>
    <message>
        <source>Every row can be imported.</source>
        <translation>所有行都可以导入。</translation>
    </message>
    <message>
        <source>No column finds existing records: importing this file again would create its rows again.</source>
        <translation>没有用于查找现有记录的列：再次导入此文件将重复创建其中的行。</translation>
    </message>
    <message>
        <source>The first {n} of {total} problems; Save rejected rows… writes them all.</source>
        <translation>前 {n} 个问题（共 {total} 个）；“保存被拒绝的行…”会写出全部问题。</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>保存被拒绝的行</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The file could not be written: {e}</source>
        <translation>无法写入文件：{e}</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>正在撤销导入…</translation>
    </message>
</context>
<context>
    <name>LocalPersonDialog</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Settings (Ctrl+,)</source>
        <translation>设置 (Ctrl+,)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>User menu</source>
        <translation>用户菜单</translation>
    </message>
    <message>
        <source>Signed in as {name}</source>
        <translation>已登录为 {name}</translation>
    </message>
    <message>
        <source>Team server: {url}</source>
        <translation>团队服务器：{url}</translation>
    </message>
    <message>
        <source>Sign in as</source>
        <translation>登录身份</translation>
    </message>
    <message>
        <source>{name} can&apos;t open the Customer Success workspace.
{reason}</source>
        <translation>{name} 无法打开客户成功工作区。
{reason}</translation>
    </message>
    <message>
        <source>Ctrl+{n}</source>
        <translation>Ctrl+{n}</translation>
    </message>
    <message>
        <source>That view no longer exists.</source>
        <translation>该视图已不存在。</translation>
    </message>
    <message>
        <source>Team workspace</source>
        <translation>团队工作区</translation>
    </message>
    <message>
        <source>A replica of {url}</source>
        <translation>{url} 的副本</translation>
    </message>
    <message>
        <source>Local mode · read-only</source>
        <translation>本地模式 · 只读</translation>
    </message>
    <message>
        <source>Local mode</source>
        <translation>本地模式</translation>
    </message>
    <message>
        <source>Shared mode</source>
        <translation>共享模式</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop scoring; scores stored so far are kept</source>
        <translation>停止评分；已存储的分数将保留</translation>
    </message>
    <message>
        <source>Scoring customers…</source>
        <translation>正在为客户评分…</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Columns of the file</source>
        <translation>文件的列</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Import into</source>
        <translation>导入到</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>前几个值</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>解析为</translation>
    </message>
    <message>
        <source>Find existing records by</source>
        <translation>按以下字段查找现有记录</translation>
    </message>
    <message>
        <source>A row whose value matches an existing record updates it instead of creating another.</source>
        <translation>值与现有记录匹配的行将更新该记录，而不是新建一条。</translation>
    </message>
    <message>
        <source>Choose what each column of {file} fills. The check reads the first {n} rows.</source>
        <translation>选择 {file} 中每一列要填入的内容。检查将读取前 {n} 行。</translation>
    </message>
    <message>
        <source>Import “{column}” into</source>
        <translation>将“{column}”导入到</translation>
    </message>
    <message>
        <source>Don&apos;t import</source>
        <translation>不导入</translation>
    </message>
    <message>
        <source>{owner} for rows without one</source>
        <translation>{owner}（用于未填写的行）</translation>
    </message>
    <message>
        <source>Leave empty</source>
        <translation>留空</translation>
    </message>
    <message>
        <source>New property…</source>
        <translation>新建属性…</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>不导入</translation>
    </message>
    <message>
        <source>No values in the first rows</source>
        <translation>前几行中没有值</translation>
    </message>
    <message>
        <source>{parsed} of {filled} parse</source>
        <translation>{filled} 个中有 {parsed} 个可解析</translation>
    </message>
    <message>
        <source>row {row}: {reason}</source>
        <translation>第 {row} 行：{reason}</translation>
    </message>
    <message>
        <source>Day first</source>
        <translation>日在前</translation>
    </message>
    <message>
        <source>Decimal comma</source>
        <translation>小数逗号</translation>
    </message>
    <message>
        <source>Nothing: always create new records</source>
        <translation>不查找：始终新建记录</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge with another record</source>
        <translation>与其他记录合并</translation>
    </message>
    <message>
        <source>The record you pick is merged into “{name}”: its associations, activities and history move here, and its values fill the properties “{name}” lacks.</source>
        <translation>您选择的记录将合并到“{name}”中：其关联、活动和历史记录会转移到此处，其值会填入“{name}”缺少的属性。</translation>
    </message>
    <message>
        <source>Search by name or domain</source>
        <translation>按名称或域名搜索</translation>
    </message>
    <message>
        <source>Find the record to merge</source>
        <translation>查找要合并的记录</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Close message</source>
        <translation>关闭消息</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>另外 %n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ObjectDialog</name>
    <message>
        <source>New object</source>
        <translation>新建对象</translation>
    </message>
    <message>
        <source>Rename object</source>
        <translation>重命名对象</translation>
    </message>
    <message>
        <source>Singular name</source>
        <translation>单数名称</translation>
    </message>
    <message>
        <source>e.g. Subscription</source>
        <translation>例如：订阅</translation>
    </message>
    <message>
        <source>Plural name</source>
        <translation>复数名称</translation>
    </message>
    <message>
        <source>e.g. Subscriptions</source>
        <translation>例如：订阅</translation>
    </message>
    <message>
        <source>Records move through stages (pipelines)</source>
        <translation>记录会经过各个阶段（管道）</translation>
    </message>
</context>
<context>
    <name>ObjectsDialog</name>
    <message>
        <source>Objects and properties</source>
        <translation>对象和属性</translation>
    </message>
</context>
<context>
    <name>ObjectsPage</name>
    <message>
        <source>Service object</source>
        <translation>服务对象</translation>
    </message>
    <message>
        <source>First revenue object</source>
        <translation>第一个收入对象</translation>
    </message>
    <message>
        <source>Second revenue object</source>
        <translation>第二个收入对象</translation>
    </message>
    <message>
        <source>Services are</source>
        <translation>服务对象为</translation>
    </message>
    <message>
        <source>Revenue is</source>
        <translation>收入对象为</translation>
    </message>
    <message>
        <source>then</source>
        <translation>然后</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the tabs&apos; objects</source>
        <translation>保存各标签页的对象</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>New object…</source>
        <translation>新建对象…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Add property…</source>
        <translation>添加属性…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <source> (custom)</source>
        <translation> (自定义)</translation>
    </message>
    <message>
        <source>Custom object</source>
        <translation>自定义对象</translation>
    </message>
    <message>
        <source>Standard object</source>
        <translation>标准对象</translation>
    </message>
    <message>
        <source>{obj} have no stages.</source>
        <translation>{obj}没有阶段。</translation>
    </message>
    <message>
        <source>Tend keeps this property: it cannot be archived.</source>
        <translation>此属性由 Tend 保留：无法归档。</translation>
    </message>
    <message>
        <source>Archive an object</source>
        <translation>归档对象</translation>
    </message>
    <message>
        <source>Archive {obj}? Its records and history are kept, but it is no longer offered anywhere.</source>
        <translation>要归档{obj}吗？其记录和历史记录会保留，但将不再在任何地方提供。</translation>
    </message>
    <message>
        <source>Restore a property</source>
        <translation>恢复属性</translation>
    </message>
    <message>
        <source>Archived property</source>
        <translation>已归档的属性</translation>
    </message>
</context>
<context>
    <name>PaintedDays</name>
    <message>
        <source>Calendar items</source>
        <translation>日历项目</translation>
    </message>
    <message>
        <source>The arrow keys move between items; Enter opens one.</source>
        <translation>方向键在项目之间移动；按 Enter 打开项目。</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>全天</translation>
    </message>
    <message>
        <source>More items</source>
        <translation>更多项</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>及其他 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>第 {n} 项，共 {total} 项</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <source>Deactivated: cannot sign in or be assigned</source>
        <translation>已停用：无法登录或被分配</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Super admin</source>
        <translation>超级管理员</translation>
    </message>
    <message>
        <source>CS settings</source>
        <translation>CS 设置</translation>
    </message>
    <message>
        <source>{team} (primary)</source>
        <translation>{team}（主团队）</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Add a person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <source>Service seat (uses every tab)</source>
        <translation>服务席位（可使用所有标签页）</translation>
    </message>
    <message>
        <source>Manage Customer Success settings</source>
        <translation>管理客户成功设置</translation>
    </message>
    <message>
        <source>Super admin</source>
        <translation>超级管理员</translation>
    </message>
    <message>
        <source>Primary team</source>
        <translation>主团队</translation>
    </message>
    <message>
        <source>None (the main workspace)</source>
        <translation>无（主工作区）</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>PipelineEditor</name>
    <message>
        <source>Pipelines</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Required properties</source>
        <translation>必填属性</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Required to enter the stage</source>
        <translation>进入该阶段时必填</translation>
    </message>
    <message>
        <source>Save required</source>
        <translation>保存必填项</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>A closed stage marks won, lost or done.</source>
        <translation>已关闭阶段表示赢单、输单或已完成。</translation>
    </message>
    <message>
        <source>CSM property</source>
        <translation>CSM 属性</translation>
    </message>
    <message>
        <source>Renewal date property</source>
        <translation>续约日期属性</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Renewal date</source>
        <translation>续约日期</translation>
    </message>
    <message>
        <source>  · closed</source>
        <translation>  · 已关闭</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>In your workspace&apos;s {tab} tab</source>
        <translation>在工作区的“{tab}”标签页中</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Add a pipeline</source>
        <translation>添加管道</translation>
    </message>
    <message>
        <source>Pipeline name</source>
        <translation>管道名称</translation>
    </message>
    <message>
        <source>Rename the pipeline</source>
        <translation>重命名管道</translation>
    </message>
    <message>
        <source>Add a stage</source>
        <translation>添加阶段</translation>
    </message>
    <message>
        <source>Stage name</source>
        <translation>阶段名称</translation>
    </message>
    <message>
        <source>Rename the stage</source>
        <translation>重命名阶段</translation>
    </message>
</context>
<context>
    <name>PipelineTab</name>
    <message>
        <source>Pipeline</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>按名称搜索</translation>
    </message>
    <message>
        <source>Search records</source>
        <translation>搜索记录</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>看板</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Show as {layout}</source>
        <translation>以{layout}显示</translation>
    </message>
    <message>
        <source>Move to stage…</source>
        <translation>移至阶段…</translation>
    </message>
    <message>
        <source>Move the selected cards (Ctrl+Shift+M)</source>
        <translation>移动所选卡片 (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>Export this view&apos;s records to a CSV file</source>
        <translation>将此视图的记录导出为 CSV 文件</translation>
    </message>
    <message>
        <source>Import records from a CSV file</source>
        <translation>从 CSV 文件导入记录</translation>
    </message>
    <message>
        <source>{tab} tab settings</source>
        <translation>“{tab}”标签页设置</translation>
    </message>
    <message>
        <source>Create a record</source>
        <translation>创建记录</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>No pipeline shown here holds those records.</source>
        <translation>此处显示的管道中没有这些记录。</translation>
    </message>
    <message>
        <source>Showing the records of “{what}”. Choose a view to see them all again.</source>
        <translation>正在显示“{what}”的记录。选择一个视图可重新查看全部记录。</translation>
    </message>
    <message>
        <source>No {object} in {pipeline} yet</source>
        <translation>{pipeline}中暂无{object}</translation>
    </message>
    <message>
        <source>Bring them in from your CRM&apos;s CSV export, or create them here: each lands in its stage of this pipeline.</source>
        <translation>可从 CRM 的 CSV 导出中导入，也可在此处创建：每条记录都会进入此管道中对应的阶段。</translation>
    </message>
    <message>
        <source>Import {object}…</source>
        <translation>导入{object}…</translation>
    </message>
    <message>
        <source>+ Create</source>
        <translation>+ 创建</translation>
    </message>
    <message>
        <source>No {object} match this view</source>
        <translation>没有符合此视图的{object}</translation>
    </message>
    <message>
        <source>{n} in {pipeline}: the view&apos;s filters or search hide them.</source>
        <translation>{pipeline}中有 {n} 条：被视图的筛选条件或搜索隐藏。</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>清除搜索</translation>
    </message>
</context>
<context>
    <name>PreviewHost</name>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Actions ▾</source>
        <translation>操作 ▾</translation>
    </message>
    <message>
        <source>Close the preview</source>
        <translation>关闭预览</translation>
    </message>
    <message>
        <source>View record</source>
        <translation>查看记录</translation>
    </message>
    <message>
        <source>The full record with its activity timeline</source>
        <translation>包含活动时间线的完整记录</translation>
    </message>
    <message>
        <source>Back to {r}</source>
        <translation>返回 {r}</translation>
    </message>
    <message>
        <source>Unfollow</source>
        <translation>取消关注</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>关注</translation>
    </message>
    <message>
        <source>Property history</source>
        <translation>属性历史</translation>
    </message>
    <message>
        <source>Merge with another record…</source>
        <translation>与其他记录合并…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Associations</source>
        <translation>关联</translation>
    </message>
    <message>
        <source>Associated {o} with {r}.</source>
        <translation>已将{o}关联到 {r}。</translation>
    </message>
    <message>
        <source>Removed {o} from {r}.</source>
        <translation>已从 {r} 移除{o}。</translation>
    </message>
    <message>
        <source>Delete record</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <source>Delete “{r}”? You can restore it from Deleted records.</source>
        <translation>要删除“{r}”吗？您可以从“已删除的记录”中恢复它。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Deleted {r}.</source>
        <translation>已删除 {r}。</translation>
    </message>
    <message>
        <source>This record was deleted.</source>
        <translation>此记录已被删除。</translation>
    </message>
    <message>
        <source>Before publishing, see how this draft would score every customer.</source>
        <translation>发布前，查看此草稿会如何为每个客户评分。</translation>
    </message>
    <message>
        <source>Run preview</source>
        <translation>运行预览</translation>
    </message>
    <message>
        <source>Scoring customers…</source>
        <translation>正在为客户评分…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Distribution of scores</source>
        <translation>分数分布</translation>
    </message>
    <message>
        <source>Run the preview to see the distribution.</source>
        <translation>运行预览以查看分布。</translation>
    </message>
    <message>
        <source>Preview cancelled.</source>
        <translation>预览已取消。</translation>
    </message>
    <message>
        <source>No customer has a score under this draft.</source>
        <translation>在此草稿下没有客户获得分数。</translation>
    </message>
    <message>
        <source>Average score {n}</source>
        <translation>平均分 {n}</translation>
    </message>
    <message>
        <source>1 customer would change category</source>
        <translation>1 个客户的类别将发生变化</translation>
    </message>
    <message>
        <source>{n} customers would change category</source>
        <translation>{n} 个客户的类别将发生变化</translation>
    </message>
    <message>
        <source>{n} of {total} customers have no input for any group (no score).</source>
        <translation>{total} 个客户中有 {n} 个在任何组中都没有输入（无分数）。</translation>
    </message>
    <message>
        <source>All {total} customers get a score.</source>
        <translation>全部 {total} 个客户都将获得分数。</translation>
    </message>
    <message>
        <source>Scores are not stored until the profile is published.</source>
        <translation>在配置发布之前，分数不会被存储。</translation>
    </message>
</context>
<context>
    <name>ProblemsTable</name>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>PropertyDialog</name>
    <message>
        <source>New property</source>
        <translation>新建属性</translation>
    </message>
    <message>
        <source>Edit property</source>
        <translation>编辑属性</translation>
    </message>
    <message>
        <source>Property name</source>
        <translation>属性名称</translation>
    </message>
    <message>
        <source>e.g. Contract tier</source>
        <translation>例如：合同等级</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Property type</source>
        <translation>属性类型</translation>
    </message>
    <message>
        <source>A property keeps its type, so its values stay valid.</source>
        <translation>属性的类型不可更改，以确保其值始终有效。</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Options, one a line</source>
        <translation>选项，每行一个</translation>
    </message>
    <message>
        <source>One option a line</source>
        <translation>每行一个选项</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Add an option</source>
        <translation>添加选项</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Rename an option</source>
        <translation>重命名选项</translation>
    </message>
    <message>
        <source>Records that hold “{old}” get the new name.</source>
        <translation>值为“{old}”的记录将使用新名称。</translation>
    </message>
</context>
<context>
    <name>PropertyRow</name>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>History of {p}</source>
        <translation>{p} 的历史</translation>
    </message>
    <message>
        <source>Edit {p}</source>
        <translation>编辑 {p}</translation>
    </message>
    <message>
        <source>calculated</source>
        <translation>计算值</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>没有记录到更改。</translation>
    </message>
</context>
<context>
    <name>RecordFinder</name>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
</context>
<context>
    <name>RecordFormDialog</name>
    <message>
        <source>Create {object}</source>
        <translation>创建{object}</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>标有 * 的字段为必填项。</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>{stage} needs these too:</source>
        <translation>{stage}还需要以下内容：</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>No activity yet.</source>
        <translation>暂无活动。</translation>
    </message>
</context>
<context>
    <name>RecordTestPanel</name>
    <message>
        <source>Pick a customer to see how this draft, as it is now, scores it.</source>
        <translation>选择一个客户，查看此草稿在当前状态下如何为其评分。</translation>
    </message>
    <message>
        <source>Type a customer&apos;s name or domain</source>
        <translation>输入客户名称或域名</translation>
    </message>
    <message>
        <source>Find a customer to test</source>
        <translation>查找要测试的客户</translation>
    </message>
    <message>
        <source>Test again</source>
        <translation>重新测试</translation>
    </message>
    <message>
        <source>Score the customer with the draft as edited now</source>
        <translation>使用当前编辑的草稿为客户评分</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>Score breakdown</source>
        <translation>分数明细</translation>
    </message>
    <message>
        <source>Group / rule</source>
        <translation>组 / 规则</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>最高</translation>
    </message>
    <message>
        <source>No customer picked</source>
        <translation>未选择客户</translation>
    </message>
    <message>
        <source>Scoring {name}…</source>
        <translation>正在为 {name} 评分…</translation>
    </message>
    <message>
        <source>This customer has no input for any group, so this profile gives it no score.</source>
        <translation>此客户在任何组中都没有输入，因此此配置不为其评分。</translation>
    </message>
    <message>
        <source>Score = the groups&apos; points (each capped at its maximum, never below 0) out of the maxima of the groups with input, scaled to 100.</source>
        <translation>分数 = 各组得分（每组不超过其最高分值，且不低于 0）除以有输入的各组最高分之和，再换算为百分制。</translation>
    </message>
    <message>
        <source>no input (weight spread)</source>
        <translation>无输入（权重已分摊）</translation>
    </message>
    <message>
        <source>capped at its maximum (raw {n})</source>
        <translation>已封顶至最高分（原始 {n}）</translation>
    </message>
    <message>
        <source>floored at 0 (raw {n})</source>
        <translation>已保底为 0（原始 {n}）</translation>
    </message>
    <message>
        <source>of {n}</source>
        <translation>/ {n}</translation>
    </message>
    <message>
        <source>✓ matched</source>
        <translation>✓ 符合</translation>
    </message>
    <message>
        <source>✗ not matched</source>
        <translation>✗ 不符合</translation>
    </message>
    <message>
        <source>✓ renews in the window</source>
        <translation>✓ 在时间窗口内续约</translation>
    </message>
    <message>
        <source>✗ no renewal in the window</source>
        <translation>✗ 时间窗口内无续约</translation>
    </message>
    <message>
        <source>1 meeting</source>
        <translation>1 次会议</translation>
    </message>
    <message>
        <source>{n} meetings</source>
        <translation>{n} 次会议</translation>
    </message>
    <message>
        <source>1 call</source>
        <translation>1 次通话</translation>
    </message>
    <message>
        <source>{n} calls</source>
        <translation>{n} 次通话</translation>
    </message>
    <message>
        <source>1 e-mail</source>
        <translation>1 封电子邮件</translation>
    </message>
    <message>
        <source>{n} e-mails</source>
        <translation>{n} 封电子邮件</translation>
    </message>
    <message>
        <source>1 open ticket</source>
        <translation>1 个未解决工单</translation>
    </message>
    <message>
        <source>{n} open tickets</source>
        <translation>{n} 个未解决工单</translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation>1 天前</translation>
    </message>
    <message>
        <source>{n} days ago</source>
        <translation>{n} 天前</translation>
    </message>
    <message>
        <source>{n} counted</source>
        <translation>已统计 {n} 次</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>New report</source>
        <translation>新建报表</translation>
    </message>
    <message>
        <source>Report name</source>
        <translation>报表名称</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Report on</source>
        <translation>报表对象</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>度量</translation>
    </message>
    <message>
        <source>Property to add up</source>
        <translation>要求和的属性</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>分组依据</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Stack by</source>
        <translation>堆叠依据</translation>
    </message>
    <message>
        <source>stacked by</source>
        <translation>堆叠依据</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选条件</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Add report</source>
        <translation>添加报表</translation>
    </message>
    <message>
        <source>Nothing (a single figure)</source>
        <translation>无（单个数值）</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>{measure} of {property}</source>
        <translation>{property}的{measure}</translation>
    </message>
    <message>
        <source>{what} by {group}</source>
        <translation>按{group}统计的{what}</translation>
    </message>
    <message>
        <source>{name} and {stack}</source>
        <translation>{name}和{stack}</translation>
    </message>
</context>
<context>
    <name>ReportCard</name>
    <message>
        <source>Remove from the Summary</source>
        <translation>从摘要中移除</translation>
    </message>
    <message>
        <source>Remove {name} from the Summary</source>
        <translation>从摘要中移除 {name}</translation>
    </message>
    <message>
        <source>This report cannot be shown: {why}</source>
        <translation>无法显示此报表：{why}</translation>
    </message>
</context>
<context>
    <name>ReportChart</name>
    <message>
        <source>No records match this report</source>
        <translation>没有符合此报表的记录</translation>
    </message>
    <message>
        <source>Report table</source>
        <translation>报表表格</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Q{n} {year}</source>
        <translation>{year} 年第 {n} 季度</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 条记录</translation>
    </message>
    <message numerus="yes">
        <source>%Ln records</source>
        <translation>
            <numerusform>%Ln 条记录</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsSection</name>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>+ Add report</source>
        <translation>+ 添加报表</translation>
    </message>
    <message>
        <source>No reports pinned.</source>
        <translation>未固定任何报表。</translation>
    </message>
    <message>
        <source>Pin up to five reports here: customers by health, ARR by CSM, renewals…</source>
        <translation>最多可在此固定五个报表：按健康度划分的客户、按 CSM 划分的 ARR、续约……</translation>
    </message>
    <message>
        <source>The Summary shows up to five reports: remove one first.</source>
        <translation>摘要最多显示五个报表：请先移除一个。</translation>
    </message>
    <message>
        <source>Pin a ready report to your Summary</source>
        <translation>将现成报表固定到您的摘要</translation>
    </message>
    <message>
        <source>New report…</source>
        <translation>新建报表…</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Save rejected rows…</source>
        <translation>保存被拒绝的行…</translation>
    </message>
    <message>
        <source>The rows that were not imported, with their problems, to fix and import again</source>
        <translation>未导入的行及其问题，可修正后重新导入</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <source>Remove what this import created and put back what it changed</source>
        <translation>移除此次导入创建的内容，并恢复其更改的内容</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>被拒绝的行</translation>
    </message>
    <message>
        <source>The import was cancelled. The rows imported before you cancelled stay; Undo import removes them.</source>
        <translation>导入已取消。取消前已导入的行会保留；“撤销导入”可将其移除。</translation>
    </message>
    <message>
        <source>The import is done.</source>
        <translation>导入已完成。</translation>
    </message>
    <message>
        <source>The rejected rows below were not imported.</source>
        <translation>下方被拒绝的行未被导入。</translation>
    </message>
    <message numerus="yes">
        <source>%n linked to their company.</source>
        <translation>
            <numerusform>%n 条已关联到其公司。</numerusform>
        </translation>
    </message>
    <message>
        <source>Records without a {owner} are not in “Owned by me” views; other views show them.</source>
        <translation>没有{owner}的记录不会出现在“我负责的”视图中；其他视图会显示它们。</translation>
    </message>
    <message>
        <source>New records without a {owner} in the file have {name}.</source>
        <translation>文件中未填写{owner}的新记录，其{owner}设为 {name}。</translation>
    </message>
    <message>
        <source>Undo cancelled: {removed} removed, {restored} put back so far.</source>
        <translation>撤销已取消：目前已移除 {removed} 项，恢复 {restored} 项。</translation>
    </message>
    <message>
        <source>Import undone: {removed} removed, {restored} put back.</source>
        <translation>导入已撤销：已移除 {removed} 项，恢复 {restored} 项。</translation>
    </message>
    <message>
        <source>{n} changed or deleted since were left as they are.</source>
        <translation>{n} 项在导入后已被更改或删除，保持原样。</translation>
    </message>
</context>
<context>
    <name>RuleCard</name>
    <message>
        <source>Rule name, e.g. “NPS of 9 or more”</source>
        <translation>规则名称，例如“NPS 为 9 或以上”</translation>
    </message>
    <message>
        <source>Rule name</source>
        <translation>规则名称</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>移除规则</translation>
    </message>
    <message>
        <source>Remove this rule</source>
        <translation>移除此规则</translation>
    </message>
    <message>
        <source>+ AND condition</source>
        <translation>+ AND 条件</translation>
    </message>
    <message>
        <source>Every condition must hold</source>
        <translation>必须满足所有条件</translation>
    </message>
    <message>
        <source>Points when every condition holds</source>
        <translation>满足所有条件时的分值</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Negative points take points away</source>
        <translation>负分值会扣分</translation>
    </message>
    <message>
        <source>“{key}” is no longer a property of customers: pick another.</source>
        <translation>“{key}”已不再是客户的属性：请另选一个。</translation>
    </message>
    <message>
        <source>A rule needs at least one condition.</source>
        <translation>规则至少需要一个条件。</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>当</translation>
    </message>
    <message>
        <source>and</source>
        <translation>且</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Window in days</source>
        <translation>时间窗口（天）</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Calls of at least (minutes)</source>
        <translation>通话时长至少（分钟）</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>In the last</source>
        <translation>最近</translation>
    </message>
    <message>
        <source>Calls of at least</source>
        <translation>通话时长至少</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Points per band</source>
        <translation>各区间分值</translation>
    </message>
    <message>
        <source>+ Band</source>
        <translation>+ 区间</translation>
    </message>
    <message>
        <source>− Band</source>
        <translation>− 区间</translation>
    </message>
    <message>
        <source>Remove the selected band</source>
        <translation>移除所选区间</translation>
    </message>
    <message>
        <source>Within the next</source>
        <translation>未来</translation>
    </message>
    <message>
        <source>From (days)</source>
        <translation>起始（天）</translation>
    </message>
    <message>
        <source>1 = renews</source>
        <translation>1 = 续约</translation>
    </message>
    <message>
        <source>From (count)</source>
        <translation>起始（次数）</translation>
    </message>
    <message>
        <source>Days since the customer&apos;s last activity; no activity at all is no input.</source>
        <translation>距客户上次活动的天数；完全没有活动则视为无输入。</translation>
    </message>
    <message>
        <source>Counts 1 when the renewal date falls in the window, else 0; no renewal date is no input.</source>
        <translation>续约日期落在时间窗口内计为 1，否则为 0；没有续约日期则视为无输入。</translation>
    </message>
    <message>
        <source>Tickets associated with the customer whose stage is not closed.</source>
        <translation>与客户关联且阶段未关闭的工单。</translation>
    </message>
    <message>
        <source>The customer&apos;s logged events in the window; the highest band the count reaches gives its points.</source>
        <translation>客户在时间窗口内记录的事件；按次数达到的最高区间给分。</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始</translation>
    </message>
</context>
<context>
    <name>SavedViewState</name>
    <message>
        <source>· Unsaved</source>
        <translation>· 未保存</translation>
    </message>
    <message>
        <source>This view has changes: Save view keeps them, Reset drops them.</source>
        <translation>此视图有更改：“保存视图”可保留更改，“重置”可放弃更改。</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>保存视图</translation>
    </message>
    <message>
        <source>Use “+ Create view” to keep these changes as a new view.</source>
        <translation>使用“+ 创建视图”将这些更改保存为新视图。</translation>
    </message>
</context>
<context>
    <name>ScheduleModel</name>
    <message>
        <source>{day} · all day</source>
        <translation>{day} · 全天</translation>
    </message>
    <message>
        <source>{first} – {last} · all day</source>
        <translation>{first} – {last} · 全天</translation>
    </message>
    <message>
        <source>{day} · due {time}</source>
        <translation>{day} · {time} 截止</translation>
    </message>
</context>
<context>
    <name>ScheduleTab</name>
    <message>
        <source>Calendar view</source>
        <translation>日历视图</translation>
    </message>
    <message>
        <source>Day (D), week (W) or month (M)</source>
        <translation>日 (D)、周 (W) 或月 (M)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Go to today (T)</source>
        <translation>转到今天 (T)</translation>
    </message>
    <message>
        <source>Previous (Ctrl+Left)</source>
        <translation>上一个 (Ctrl+Left)</translation>
    </message>
    <message>
        <source>Next (Ctrl+Right)</source>
        <translation>下一个 (Ctrl+Right)</translation>
    </message>
    <message>
        <source>Shown dates</source>
        <translation>显示的日期</translation>
    </message>
    <message>
        <source>Hide weekends</source>
        <translation>隐藏周末</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Import meetings from an iCalendar (.ics) file</source>
        <translation>从 iCalendar (.ics) 文件导入会议</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export your schedule to an iCalendar (.ics) file</source>
        <translation>将您的日程导出为 iCalendar (.ics) 文件</translation>
    </message>
    <message>
        <source>Show times in another time zone; yours is {zone}</source>
        <translation>以其他时区显示时间；您的时区为 {zone}</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>You meet today</source>
        <translation>今日会面</translation>
    </message>
    <message>
        <source>Contacts you meet today</source>
        <translation>今天要会面的联系人</translation>
    </message>
    <message>
        <source>No contacts to meet today.</source>
        <translation>今天没有要会面的联系人。</translation>
    </message>
    <message>
        <source>Task marked complete.</source>
        <translation>任务已标记为已完成。</translation>
    </message>
    <message>
        <source>Task marked incomplete.</source>
        <translation>任务已标记为未完成。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Customers settings · {ws}</source>
        <translation>客户设置 · {ws}</translation>
    </message>
    <message>
        <source>Customer object</source>
        <translation>客户对象</translation>
    </message>
    <message>
        <source>CSM property</source>
        <translation>CSM 属性</translation>
    </message>
    <message>
        <source>Renewal date property</source>
        <translation>续约日期属性</translation>
    </message>
    <message>
        <source>Customers are</source>
        <translation>客户对象为</translation>
    </message>
    <message>
        <source>Renewal date</source>
        <translation>续约日期</translation>
    </message>
    <message>
        <source>{tab} tab…</source>
        <translation>“{tab}”标签页…</translation>
    </message>
    <message>
        <source>Tab settings</source>
        <translation>标签页设置</translation>
    </message>
    <message>
        <source>Objects and properties…</source>
        <translation>对象和属性…</translation>
    </message>
    <message>
        <source>Team workspaces…</source>
        <translation>团队工作区…</translation>
    </message>
    <message>
        <source>Health scores…</source>
        <translation>健康分…</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <source>Users &amp;&amp; teams…</source>
        <translation>用户和团队…</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Customer health</source>
        <translation>客户健康度</translation>
    </message>
    <message>
        <source>Import records from a CSV file</source>
        <translation>从 CSV 文件导入记录</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>导入 CSV…</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation>团队服务器</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>As my locale ({language})</source>
        <translation>跟随区域设置（{language}）</translation>
    </message>
    <message>
        <source>This workspace is a replica of {url}</source>
        <translation>此工作区是 {url} 的副本</translation>
    </message>
    <message>
        <source>Connect to a team server…</source>
        <translation>连接到团队服务器…</translation>
    </message>
    <message>
        <source>Download your team&apos;s workspace into a new file and work in it</source>
        <translation>将团队的工作区下载到新文件中并在其中工作</translation>
    </message>
    <message>
        <source>Backups of this workspace file</source>
        <translation>此工作区文件的备份</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>No backups yet: Tend takes one every day.</source>
        <translation>暂无备份：Tend 每天会自动备份一次。</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Replace the workspace with the backup of {when}?

Tend first backs up the workspace as it is now, so this can be undone by restoring that backup.</source>
        <translation>要用 {when} 的备份替换当前工作区吗？

Tend 会先备份工作区的当前状态，因此可以通过恢复该备份来撤销此操作。</translation>
    </message>
    <message>
        <source>The backup was not restored: {why}</source>
        <translation>备份未恢复：{why}</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>全局</translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message>
        <source>Create a record in {stage}</source>
        <translation>在{stage}中创建记录</translation>
    </message>
</context>
<context>
    <name>StageMoving</name>
    <message>
        <source>Move to {stage}</source>
        <translation>移至{stage}</translation>
    </message>
    <message>
        <source>Select a card to move first.</source>
        <translation>请先选择要移动的卡片。</translation>
    </message>
</context>
<context>
    <name>StageValuesDialog</name>
    <message>
        <source>Move to {stage}</source>
        <translation>移至{stage}</translation>
    </message>
    <message>
        <source>{stage} needs these before a record can enter it.</source>
        <translation>记录进入{stage}之前需要填写以下内容。</translation>
    </message>
    <message>
        <source>{p} is required.</source>
        <translation>{p}为必填项。</translation>
    </message>
</context>
<context>
    <name>StatusPill</name>
    <message>
        <source>Health status: {s}</source>
        <translation>健康状态：{s}</translation>
    </message>
</context>
<context>
    <name>SummaryTab</name>
    <message>
        <source>Back to my Summary</source>
        <translation>返回我的摘要</translation>
    </message>
    <message>
        <source>My Summary</source>
        <translation>我的摘要</translation>
    </message>
    <message>
        <source>Viewing: {name}</source>
        <translation>正在查看：{name}</translation>
    </message>
    <message>
        <source>See the Summary as another user</source>
        <translation>以其他用户身份查看摘要</translation>
    </message>
    <message>
        <source>{name} (you)</source>
        <translation>{name}（您）</translation>
    </message>
    <message>
        <source>You are viewing the Summary of {name}, as they see it. Nothing here can be changed for them.</source>
        <translation>您正在以 {name} 的视角查看其摘要。此处的任何内容都无法替其更改。</translation>
    </message>
    <message>
        <source>{name}&apos;s customers</source>
        <translation>{name} 的客户</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message>
        <source>{n} min ago</source>
        <translation>{n} 分钟前</translation>
    </message>
    <message>
        <source>{n} h ago</source>
        <translation>{n} 小时前</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>全天</translation>
    </message>
    <message>
        <source>Hello, {name}</source>
        <translation>您好，{name}</translation>
    </message>
    <message>
        <source>{name}&apos;s day</source>
        <translation>{name} 的一天</translation>
    </message>
    <message>
        <source>Tasks due today</source>
        <translation>今天到期的任务</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>逾期任务</translation>
    </message>
    <message>
        <source>Tasks due tomorrow</source>
        <translation>明天到期的任务</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>No alerts. A customer whose health changes band shows up here.</source>
        <translation>暂无提醒。健康度区间发生变化的客户会显示在这里。</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>及其他 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>View more</source>
        <translation>查看更多</translation>
    </message>
    <message>
        <source>View more: Alerts</source>
        <translation>查看更多：提醒</translation>
    </message>
    <message>
        <source>Task progress</source>
        <translation>任务进度</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Task progress: {which}</source>
        <translation>任务进度：{which}</translation>
    </message>
    <message>
        <source>{done} of {total} overdue tasks done today</source>
        <translation>今天已完成 {done}/{total} 个逾期任务</translation>
    </message>
    <message>
        <source>No overdue tasks</source>
        <translation>没有逾期任务</translation>
    </message>
    <message>
        <source>{done} of {total} tasks due today done</source>
        <translation>今天到期的任务已完成 {done}/{total} 个</translation>
    </message>
    <message>
        <source>No tasks due today</source>
        <translation>今天没有到期的任务</translation>
    </message>
    <message>
        <source>Nothing here. Nice work.</source>
        <translation>这里没有内容。干得好！</translation>
    </message>
    <message>
        <source>View more: {list}</source>
        <translation>查看更多：{list}</translation>
    </message>
    <message>
        <source>Today&apos;s schedule</source>
        <translation>今日日程</translation>
    </message>
    <message>
        <source>Nothing scheduled today.</source>
        <translation>今天没有日程安排。</translation>
    </message>
    <message>
        <source>Task · all day</source>
        <translation>任务 · 全天</translation>
    </message>
    <message>
        <source>Task · due {time}</source>
        <translation>任务 · {time} 截止</translation>
    </message>
    <message>
        <source>with {names}</source>
        <translation>与 {names}</translation>
    </message>
    <message>
        <source>Start meeting</source>
        <translation>开始会议</translation>
    </message>
    <message>
        <source>Start meeting: {t}</source>
        <translation>开始会议：{t}</translation>
    </message>
    <message>
        <source>View in Schedule</source>
        <translation>在日程中查看</translation>
    </message>
    <message>
        <source>That item is no longer on today&apos;s schedule.</source>
        <translation>该项已不在今日日程中。</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>Sync status</source>
        <translation>同步状态</translation>
    </message>
    <message>
        <source>Values of yours that a teammate&apos;s later edit replaced, or that the team server refused. Each record&apos;s Property history shows them, with Put back.</source>
        <translation>您的值被同事之后的编辑替换，或被团队服务器拒绝。每条记录的“属性历史”中会显示这些值，并提供“恢复”操作。</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Send your changes and fetch the team&apos;s now</source>
        <translation>立即发送您的更改并获取团队的更改</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>登录…</translation>
    </message>
    <message>
        <source>1 change waiting</source>
        <translation>1 项更改待发送</translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes waiting</source>
        <translation>
            <numerusform>%Ln 项更改待发送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflicts</source>
        <translation>
            <numerusform>%Ln 个冲突</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>已同步</translation>
    </message>
    <message>
        <source>Offline since {time}</source>
        <translation>自 {time} 起离线</translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation>需要登录</translation>
    </message>
    <message>
        <source>Last synced at {time}</source>
        <translation>上次同步于 {time}</translation>
    </message>
    <message>
        <source>1 conflict</source>
        <translation>1 个冲突</translation>
    </message>
    <message>
        <source>The team server refused a change: {why}</source>
        <translation>团队服务器拒绝了一项更改：{why}</translation>
    </message>
    <message>
        <source>Password for {url}</source>
        <translation>{url} 的密码</translation>
    </message>
    <message>
        <source>Sign in to the team server</source>
        <translation>登录团队服务器</translation>
    </message>
</context>
<context>
    <name>TabHeader</name>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>搜索 (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>TabSettingsDialog</name>
    <message>
        <source>{tab} tab settings</source>
        <translation>“{tab}”标签页设置</translation>
    </message>
    <message>
        <source>Show the {tab} tab</source>
        <translation>显示“{tab}”标签页</translation>
    </message>
    <message>
        <source>Pipelines shown</source>
        <translation>显示的管道</translation>
    </message>
    <message>
        <source>Default pipeline</source>
        <translation>默认管道</translation>
    </message>
    <message>
        <source>Default layout</source>
        <translation>默认布局</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>看板</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>New health profile</source>
        <translation>新建健康配置</translation>
    </message>
    <message>
        <source>Start from a template</source>
        <translation>从模板开始</translation>
    </message>
    <message>
        <source>A template fills in groups and rules over your customers&apos; standard properties and activities; change anything before you publish.</source>
        <translation>模板会基于客户的标准属性和活动填入组和规则；发布前可以更改任何内容。</translation>
    </message>
    <message>
        <source>Start from scratch</source>
        <translation>从头开始</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
</context>
<context>
    <name>ThresholdBar</name>
    <message>
        <source>At risk</source>
        <translation>有风险</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>健康</translation>
    </message>
</context>
<context>
    <name>TileCard</name>
    <message>
        <source>Arrange {name}</source>
        <translation>排列 {name}</translation>
    </message>
    <message>
        <source>Wider</source>
        <translation>加宽</translation>
    </message>
    <message>
        <source>Narrower</source>
        <translation>变窄</translation>
    </message>
    <message>
        <source>Taller</source>
        <translation>加高</translation>
    </message>
    <message>
        <source>Shorter</source>
        <translation>变矮</translation>
    </message>
    <message>
        <source>Remove from the dashboard</source>
        <translation>从仪表板移除</translation>
    </message>
    <message>
        <source>Drag to move this report</source>
        <translation>拖动以移动此报表</translation>
    </message>
    <message>
        <source>This report cannot be shown: {why}</source>
        <translation>无法显示此报表：{why}</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>A time such as 3:30 PM, 3pm or 15:30</source>
        <translation>时间格式如 3:30 PM、3pm 或 15:30</translation>
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
        <translation>暂无分数历史</translation>
    </message>
    <message>
        <source>{date}: {score} ({status})</source>
        <translation>{date}：{score}（{status}）</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>关闭消息</translation>
    </message>
</context>
<context>
    <name>UsersTeamsDialog</name>
    <message>
        <source>Users &amp; teams</source>
        <translation>用户和团队</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation>添加人员…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Service seat (uses every tab)</source>
        <translation>服务席位（可使用所有标签页）</translation>
    </message>
    <message>
        <source>Manage Customer Success settings</source>
        <translation>管理客户成功设置</translation>
    </message>
    <message>
        <source>Super admin</source>
        <translation>超级管理员</translation>
    </message>
    <message>
        <source>Active (can sign in)</source>
        <translation>启用（可登录）</translation>
    </message>
    <message>
        <source>Primary team</source>
        <translation>主团队</translation>
    </message>
    <message>
        <source>Other teams</source>
        <translation>其他团队</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>No one selected</source>
        <translation>未选择任何人</translation>
    </message>
    <message>
        <source>None (the main workspace)</source>
        <translation>无（主工作区）</translation>
    </message>
</context>
<context>
    <name>ViewCardWidget</name>
    <message>
        <source>Drag to reorder the cards</source>
        <translation>拖动以重新排列卡片</translation>
    </message>
    <message numerus="yes">
        <source>%n customers</source>
        <translation>
            <numerusform>%n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <source>View records</source>
        <translation>查看记录</translation>
    </message>
    <message>
        <source>View records: {name}</source>
        <translation>查看记录：{name}</translation>
    </message>
</context>
<context>
    <name>ViewFormDialog</name>
    <message>
        <source>e.g. Renewals this quarter</source>
        <translation>例如：本季度续约</translation>
    </message>
    <message>
        <source>View name</source>
        <translation>视图名称</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Private: only you</source>
        <translation>私有：仅自己可见</translation>
    </message>
    <message>
        <source>Everyone in the workspace</source>
        <translation>工作区中的所有人</translation>
    </message>
    <message>
        <source>Share with</source>
        <translation>共享给</translation>
    </message>
    <message>
        <source>Set as default and feature on the Summary</source>
        <translation>设为默认并在摘要中展示</translation>
    </message>
    <message>
        <source>What this view shows</source>
        <translation>此视图显示的内容</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
</context>
<context>
    <name>ViewSidebar</name>
    <message>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Collapse the views</source>
        <translation>折叠视图</translation>
    </message>
    <message>
        <source>Collapse or expand the views</source>
        <translation>折叠或展开视图</translation>
    </message>
    <message>
        <source>+ Create view</source>
        <translation>+ 创建视图</translation>
    </message>
    <message>
        <source>Deleted records…</source>
        <translation>已删除的记录…</translation>
    </message>
    <message>
        <source>Records that were deleted, to restore them</source>
        <translation>已删除的记录，可在此恢复</translation>
    </message>
    <message>
        <source>Default view: featured on the Summary</source>
        <translation>默认视图：在摘要中展示</translation>
    </message>
    <message>
        <source>Default view</source>
        <translation>默认视图</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>私有</translation>
    </message>
    <message>
        <source>Actions for {name}</source>
        <translation>{name} 的操作</translation>
    </message>
    <message>
        <source>Remove as default</source>
        <translation>取消默认</translation>
    </message>
    <message>
        <source>Set as default</source>
        <translation>设为默认</translation>
    </message>
    <message>
        <source>Edit view</source>
        <translation>编辑视图</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>删除视图</translation>
    </message>
    <message>
        <source>Create view</source>
        <translation>创建视图</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>Menu bar</source>
        <translation>菜单栏</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>导入 CSV…</translation>
    </message>
    <message>
        <source>Export this view…</source>
        <translation>导出此视图…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Command palette…</source>
        <translation>命令面板…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>About Tend</source>
        <translation>关于 Tend</translation>
    </message>
</context>
<context>
    <name>WorkspacesDialog</name>
    <message>
        <source>Team workspaces</source>
        <translation>团队工作区</translation>
    </message>
</context>
<context>
    <name>WorkspacesPage</name>
    <message>
        <source>Besides the main workspace, up to {n} team workspaces. A user sees the workspace of their primary team, otherwise the main one.</source>
        <translation>除主工作区外，最多可有 {n} 个团队工作区。用户会看到其主团队的工作区，否则看到主工作区。</translation>
    </message>
    <message>
        <source>Team workspaces</source>
        <translation>团队工作区</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <source>Workspace name</source>
        <translation>工作区名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>There can be at most {n} team workspaces.</source>
        <translation>团队工作区最多只能有 {n} 个。</translation>
    </message>
    <message>
        <source>  · in {ws}</source>
        <translation>  · 位于 {ws}</translation>
    </message>
    <message>
        <source>Team workspace {n}</source>
        <translation>团队工作区 {n}</translation>
    </message>
</context>
<context>
    <name>_Donut</name>
    <message>
        <source>Donut chart</source>
        <translation>环形图</translation>
    </message>
</context>
</TS>
