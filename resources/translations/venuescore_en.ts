<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../../app/catalog.py" line="54"/>
        <source>竞赛项目编号 {no} 不在本届大赛的 33 个项目中</source>
        <translation>Competition item number {no} is not one of the 33 items in this competition</translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmds.py" line="27"/>
        <source>审计：校验审计链、查看记录</source>
        <translation>Audit: verify the audit chain, view records</translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmds.py" line="28"/>
        <source>校验数据库和审计链，报告第一处断裂</source>
        <translation>Verify the database and audit chain, reporting the first break</translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmds.py" line="29"/>
        <source>完整检查（integrity_check，较慢）</source>
        <translation>Full check (integrity_check, slower)</translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmds.py" line="30"/>
        <source>列出审计记录</source>
        <translation>List audit records</translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmds.py" line="32"/>
        <source>备份与恢复</source>
        <translation>Backup and restore</translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmds.py" line="33"/>
        <location filename="../../ui/pages/audit.py" line="33"/>
        <source>立即备份</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmds.py" line="34"/>
        <source>列出备份（最新在前）</source>
        <translation>List backups (newest first)</translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmds.py" line="35"/>
        <source>检查一个备份文件</source>
        <translation>Check a backup file</translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmds.py" line="36"/>
        <source>用本赛场的备份替换赛场文件（裁判长或管理员，须 PIN；先检查，原文件另存，写入恢复记录；U 盘上的加密备份 .venue.age 还须裁判长口令）</source>
        <translation>Replace the venue file with a backup from this venue (head judge or administrator, PIN required; checked first, the original file is kept and a restore record is written; encrypted backups on a USB drive (.venue.age) also need the head judge&apos;s passphrase)</translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmds.py" line="39"/>
        <source>设置第二个备份文件夹（如 U 盘）</source>
        <translation>Set a second backup folder (e.g. a USB drive)</translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmds.py" line="40"/>
        <source>不给出则取消</source>
        <translation>Cancel if not given</translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmds.py" line="53"/>
        <source>审计链头：{h}</source>
        <translation>Audit chain head: {h}</translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmds.py" line="55"/>
        <source>签名检查点：{short}  {event}（{subject}） {at} {who}</source>
        <translation>Signed checkpoint: {short}  {event} ({subject}) {at} {who}</translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmds.py" line="68"/>
        <location filename="../../app/cli/venue_cmds.py" line="141"/>
        <location filename="../../app/reports/checkin_sheets.py" line="86"/>
        <location filename="../../app/reports/result_reports.py" line="270"/>
        <location filename="../../ui/pages/audit.py" line="40"/>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmds.py" line="68"/>
        <location filename="../../app/cli/audit_cmds.py" line="95"/>
        <location filename="../../app/cli/results_cmds.py" line="103"/>
        <location filename="../../ui/dialogs/scoring_dialogs.py" line="98"/>
        <location filename="../../ui/pages/audit.py" line="41"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmds.py" line="68"/>
        <location filename="../../ui/pages/audit.py" line="42"/>
        <source>操作人</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmds.py" line="68"/>
        <location filename="../../app/cli/venue_cmds.py" line="190"/>
        <location filename="../../ui/pages/audit.py" line="43"/>
        <location filename="../../ui/pages/settings.py" line="78"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmds.py" line="68"/>
        <location filename="../../ui/pages/audit.py" line="44"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmds.py" line="68"/>
        <location filename="../../app/cli/venue_cmds.py" line="180"/>
        <location filename="../../app/reports/score_sheets.py" line="214"/>
        <location filename="../../ui/pages/audit.py" line="45"/>
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmds.py" line="80"/>
        <source>已备份：{p}</source>
        <translation>Backed up: {p}</translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmds.py" line="82"/>
        <source>警告：</source>
        <translation>Warning:</translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmds.py" line="93"/>
        <source>（无法打开赛场文件：{err}；按备份记录查找）</source>
        <translation>(Cannot open the venue file: {err}; searching by backup records)</translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmds.py" line="95"/>
        <location filename="../../app/services/draw.py" line="394"/>
        <location filename="../../app/services/scheme.py" line="461"/>
        <location filename="../../app/services/scheme.py" line="472"/>
        <location filename="../../app/services/scoring.py" line="88"/>
        <location filename="../../app/services/scoring.py" line="90"/>
        <location filename="../../app/services/scoring.py" line="454"/>
        <location filename="../../ui/dialogs/scoring_dialogs.py" line="99"/>
        <location filename="../../ui/pages/audit.py" line="53"/>
        <location filename="../../ui/pages/scoring_extras.py" line="165"/>
        <location filename="../../ui/pages/scoring_extras.py" line="173"/>
        <location filename="../../ui/pages/scoring_extras.py" line="196"/>
        <location filename="../../ui/pages/scoring_extras.py" line="215"/>
        <location filename="../../ui/pages/scoring_extras.py" line="229"/>
        <location filename="../../ui/pages/scoring_extras.py" line="237"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmds.py" line="95"/>
        <location filename="../../ui/pages/audit.py" line="55"/>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmds.py" line="95"/>
        <location filename="../../app/cli/central_cmds.py" line="205"/>
        <location filename="../../ui/central_window.py" line="164"/>
        <location filename="../../ui/pages/package.py" line="66"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmds.py" line="95"/>
        <location filename="../../ui/pages/audit.py" line="54"/>
        <source>审计链</source>
        <translation>Audit chain</translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmds.py" line="98"/>
        <source>* 里程碑备份（导入前、锁定后、签字确认后、导出后），不会被定时备份挤掉</source>
        <translation>* Milestone backups (before import, after lock, after sign-off, after export) are never pushed out by scheduled backups</translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmds.py" line="107"/>
        <source>备份完好：审计链 {n} 条记录。</source>
        <translation>Backup is intact: {n} audit chain records.</translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmds.py" line="119"/>
        <source>请用 --user 指定裁判长或管理员账号（或设置 VENUESCORE_USER）</source>
        <translation>Use --user to specify a head judge or administrator account (or set VENUESCORE_USER)</translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmds.py" line="123"/>
        <source>裁判长口令（解密 U 盘备份）：</source>
        <translation>Head judge passphrase (to decrypt the USB backup): </translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmds.py" line="125"/>
        <source>已恢复 {db}（{who}，恢复记录为审计第 {seq} 条）</source>
        <translation>Restored {db} ({who}; restore record is audit entry {seq})</translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmds.py" line="127"/>
        <source>原文件保存为 {kept}</source>
        <translation>Original file saved as {kept}</translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmds.py" line="136"/>
        <source>第二备份文件夹：{f}</source>
        <translation>Second backup folder: {f}</translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmds.py" line="136"/>
        <source>未设置</source>
        <translation>Not set</translation>
    </message>
    <message>
        <location filename="../../app/cli/common.py" line="31"/>
        <source>赛场文件（.venue）</source>
        <translation>Venue file (.venue)</translation>
    </message>
    <message>
        <location filename="../../app/cli/common.py" line="34"/>
        <source>以此账号操作（也可设环境变量 VENUESCORE_USER）</source>
        <translation>Act as this account (or set the environment variable VENUESCORE_USER)</translation>
    </message>
    <message>
        <location filename="../../app/cli/common.py" line="36"/>
        <source>PIN（也可设环境变量 VENUESCORE_PIN；都未给出时在终端询问）</source>
        <translation>PIN (or set the environment variable VENUESCORE_PIN; if neither is given, you will be asked in the terminal)</translation>
    </message>
    <message>
        <location filename="../../app/cli/common.py" line="57"/>
        <source>赛场文件 {name} 未通过完整性检查，本次操作没有执行：{why}
请从备份恢复：venuescore backup list --db {db}，然后 venuescore backup restore 备份文件 --db {db} --user 裁判长或管理员</source>
        <translation>Venue file {name} failed the integrity check; this operation was not carried out: {why}
Please restore from a backup: venuescore backup list --db {db}, then venuescore backup restore BACKUP_FILE --db {db} --user HEAD_JUDGE_OR_ADMINISTRATOR</translation>
    </message>
    <message>
        <location filename="../../app/cli/common.py" line="85"/>
        <source>裁判长口令（也可设环境变量 {env}；都未给出时在终端询问）</source>
        <translation>Head judge passphrase (or set the environment variable {env}; if neither is given, you will be asked in the terminal)</translation>
    </message>
    <message>
        <location filename="../../app/cli/common.py" line="94"/>
        <source>请在命令行或环境变量 {env} 中提供</source>
        <translation>Please provide it on the command line or in the environment variable {env}</translation>
    </message>
    <message>
        <location filename="../../app/cli/common.py" line="109"/>
        <source>请用 --user 指定操作人账号（或设置 VENUESCORE_USER）</source>
        <translation>Use --user to specify the operator account (or set VENUESCORE_USER)</translation>
    </message>
    <message>
        <location filename="../../app/cli/common.py" line="113"/>
        <source>请用 --pin 或环境变量 VENUESCORE_PIN 提供 PIN</source>
        <translation>Provide the PIN with --pin or the environment variable VENUESCORE_PIN</translation>
    </message>
    <message>
        <location filename="../../app/cli/common.py" line="149"/>
        <source>没有找到该赛场文件的完好备份（查找位置：{folder}）。请不要继续使用该文件，把它交技术支持检查；如备份在 U 盘上，可用 venuescore backup check 检查后再恢复。</source>
        <translation>No intact backup of this venue file was found (searched: {folder}). Stop using this file and hand it to technical support for checking; if the backup is on a USB drive, check it with venuescore backup check before restoring.</translation>
    </message>
    <message>
        <location filename="../../app/cli/common.py" line="152"/>
        <source>最新的完好备份：{path}（{at}，{reason}）。
确认后可用以下命令恢复（裁判长或管理员：加 --user 姓名，PIN 在终端输入；原文件会另存一份，不会删除）：
  {cmd}</source>
        <translation>Latest intact backup: {path} ({at}, {reason}).
Once confirmed, restore it with the command below (head judge or administrator: add --user NAME and enter the PIN in the terminal; the original file is kept as a copy, not deleted):
  {cmd}</translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmds.py" line="120"/>
        <location filename="../../app/cli/common.py" line="114"/>
        <source>{name} 的 PIN：</source>
        <translation>PIN for {name}: </translation>
    </message>
    <message>
        <location filename="../../app/cli/common.py" line="137"/>
        <source>错误：</source>
        <translation>Error:</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="33"/>
        <source>赛场计分 VenueScore：不带参数运行打开图形界面；子命令用于命令行操作。</source>
        <translation>VenueScore: run without arguments to open the graphical interface; subcommands are for command-line use.</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="35"/>
        <source>显示版本与构建（提交、日期）后退出</source>
        <translation>Show the version and build (commit, date) and exit</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="81"/>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../app/cli/roster_cmds.py" line="22"/>
        <location filename="../../app/services/roster.py" line="436"/>
        <source>选手名单</source>
        <translation>Contestant list</translation>
    </message>
    <message>
        <location filename="../../app/cli/roster_cmds.py" line="23"/>
        <source>导入名单（.xlsx / .csv），默认全部正确才导入</source>
        <translation>Import list (.xlsx / .csv); by default imports only if every row is correct</translation>
    </message>
    <message>
        <location filename="../../app/cli/roster_cmds.py" line="24"/>
        <source>仅导入正确的行，错误行另存为 .xlsx</source>
        <translation>Import only the correct rows; save the rows with errors as .xlsx</translation>
    </message>
    <message>
        <location filename="../../app/cli/roster_cmds.py" line="25"/>
        <source>错误行另存的位置</source>
        <translation>Where to save the rows with errors</translation>
    </message>
    <message>
        <location filename="../../app/cli/roster_cmds.py" line="26"/>
        <source>导出名单 .xlsx</source>
        <translation>Export list as .xlsx</translation>
    </message>
    <message>
        <location filename="../../app/cli/roster_cmds.py" line="28"/>
        <source>列出名单（身份证号遮蔽）</source>
        <translation>List contestants (ID numbers masked)</translation>
    </message>
    <message>
        <location filename="../../app/cli/roster_cmds.py" line="29"/>
        <source>保存名单模板 .xlsx</source>
        <translation>Save list template as .xlsx</translation>
    </message>
    <message>
        <location filename="../../app/cli/roster_cmds.py" line="41"/>
        <source>未导入的行已另存为：{p}（含完整的身份证号和手机号，供改正数据用：改正后请删除，不要拷到 U 盘）</source>
        <translation>Rows not imported were saved as: {p} (contains full ID numbers and mobile numbers, for correcting the data: delete it once corrected and do not copy it to a USB drive)</translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="32"/>
        <source>成绩排名、奖项与合格（裁判长）</source>
        <translation>Rankings, awards and passes (head judge)</translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="34"/>
        <source>输出格式：table 表格（默认）、csv、json（results.json 内容）</source>
        <translation>Output format: table (default), csv, json (contents of results.json)</translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="35"/>
        <source>另存成绩 .xlsx</source>
        <translation>Save results as .xlsx</translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="36"/>
        <source>列出已签字确认的各版本</source>
        <translation>List signed-off versions</translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="38"/>
        <source>打印成绩报表 PDF</source>
        <translation>Print results report as PDF</translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="43"/>
        <source>打印指定版本（默认：当前成绩）</source>
        <translation>Print a specific version (default: current results)</translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="45"/>
        <source>解密（成绩锁定后，裁判长，须口令）：揭示抽签密钥，加密号与姓名对应，签名检查点</source>
        <translation>Decrypt (after results are locked; head judge, passphrase required): reveals the draw key, blind code to name mapping and signed checkpoint</translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="48"/>
        <source>并列名次裁定</source>
        <translation>Tie rulings</translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="49"/>
        <source>列出跨奖项界线的并列及裁定</source>
        <translation>List ties across award boundaries and their rulings</translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="50"/>
        <source>记录裁定（须填写理由）</source>
        <translation>Record a ruling (reason required)</translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="51"/>
        <source>组别（无组别时省略）</source>
        <translation>Group (omit if there are no groups)</translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="52"/>
        <source>并列选手的报名号，逗号分隔</source>
        <translation>Registration nos. of the tied contestants, comma-separated</translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="54"/>
        <source>all_higher 均获较高奖项；order 按 --order 的顺序</source>
        <translation>all_higher: all receive the higher award; order: in the order given by --order</translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="55"/>
        <source>resolution=order 时：报名号按名次先后，逗号分隔</source>
        <translation>When resolution=order: registration nos. in ranking order, comma-separated</translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="56"/>
        <source>裁定理由（打印在成绩汇总表上）</source>
        <translation>Reason for the ruling (printed on the results summary)</translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="57"/>
        <source>撤销一项裁定</source>
        <translation>Revoke a ruling</translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="60"/>
        <source>裁判长签字确认成绩（第 1 版，以口令签名）；更正后加 --reason 生成新版本</source>
        <translation>Head judge signs off the results (version 1, signed with the passphrase); after corrections, add --reason to create a new version</translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="134"/>
        <source>注意：已签字确认的成绩尚未导出成绩包。</source>
        <translation>Note: the signed-off results have not yet been exported as a result package.</translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="135"/>
        <source>注意：当前成绩与最近导出的成绩包不同。</source>
        <translation>Note: the current results differ from the last exported result package.</translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="191"/>
        <source>裁判长口令（签字确认）：</source>
        <translation>Head judge passphrase (sign-off): </translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="195"/>
        <source>--appeal 只用于更正后生成新版本（同时给出 --reason）</source>
        <translation>--appeal is only used when creating a new version after corrections (together with --reason)</translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="201"/>
        <source>签名检查点：审计链 {short}（请抄在签字确认的纸质报表上核对）</source>
        <translation>Signed checkpoint: audit chain {short} (copy it onto the signed paper report for checking)</translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="61"/>
        <source>更正后生成新版本的理由</source>
        <translation>Reason for creating a new version after corrections</translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="63"/>
        <source>新版本依据的已支持申诉编号（可重复；依申诉更正过分数的申诉自动列入）</source>
        <translation>Upheld appeal nos. on which the new version is based (repeatable; appeals under which scores were corrected are listed automatically)</translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="71"/>
        <location filename="../../app/cli/results_cmds.py" line="165"/>
        <location filename="../../app/reports/central_reports.py" line="46"/>
        <location filename="../../app/reports/result_reports.py" line="167"/>
        <location filename="../../app/reports/result_reports.py" line="232"/>
        <location filename="../../app/reports/result_reports.py" line="320"/>
        <location filename="../../ui/pages/results.py" line="102"/>
        <location filename="../../ui/pages/results.py" line="145"/>
        <source>名次</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="72"/>
        <location filename="../../app/reports/score_sheets.py" line="123"/>
        <source>模块{m}</source>
        <translation>Module {m}</translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="73"/>
        <location filename="../../app/cli/scoring_cmds.py" line="167"/>
        <location filename="../../app/reports/lock_sheet.py" line="56"/>
        <location filename="../../app/reports/result_reports.py" line="170"/>
        <location filename="../../app/reports/result_reports.py" line="322"/>
        <location filename="../../app/services/scoring.py" line="366"/>
        <location filename="../../app/services/scoring.py" line="367"/>
        <location filename="../../app/services/scoring.py" line="373"/>
        <location filename="../../app/services/scoring.py" line="377"/>
        <location filename="../../app/services/scoring.py" line="380"/>
        <location filename="../../ui/pages/results.py" line="160"/>
        <location filename="../../ui/pages/scoring_extras.py" line="138"/>
        <location filename="../../ui/pages/scoring_extras.py" line="158"/>
        <location filename="../../ui/pages/scoring_extras.py" line="164"/>
        <source>扣分</source>
        <translation>Deduction</translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="73"/>
        <location filename="../../app/reports/result_reports.py" line="170"/>
        <location filename="../../app/reports/result_reports.py" line="322"/>
        <location filename="../../app/rules/ranking.py" line="98"/>
        <location filename="../../app/services/scoring.py" line="451"/>
        <location filename="../../ui/pages/results.py" line="161"/>
        <location filename="../../ui/pages/scoring_extras.py" line="140"/>
        <location filename="../../ui/pages/scoring_extras.py" line="191"/>
        <source>用时</source>
        <translation>Time used</translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="73"/>
        <location filename="../../app/reports/central_reports.py" line="46"/>
        <location filename="../../app/reports/result_reports.py" line="170"/>
        <location filename="../../app/reports/result_reports.py" line="232"/>
        <location filename="../../app/reports/result_reports.py" line="322"/>
        <location filename="../../ui/pages/results.py" line="158"/>
        <source>奖项</source>
        <translation>Award</translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="73"/>
        <location filename="../../app/cli/results_cmds.py" line="83"/>
        <location filename="../../app/reports/central_reports.py" line="77"/>
        <location filename="../../app/reports/result_reports.py" line="170"/>
        <location filename="../../app/reports/result_reports.py" line="194"/>
        <location filename="../../app/reports/result_reports.py" line="322"/>
        <location filename="../../app/reports/result_reports.py" line="339"/>
        <location filename="../../app/services/publication_sheet.py" line="78"/>
        <location filename="../../ui/pages/results.py" line="164"/>
        <source>合格</source>
        <translation>Pass</translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="83"/>
        <location filename="../../app/reports/result_reports.py" line="194"/>
        <location filename="../../app/reports/result_reports.py" line="339"/>
        <location filename="../../app/services/publication_sheet.py" line="78"/>
        <location filename="../../ui/pages/results.py" line="164"/>
        <source>不合格</source>
        <translation>Fail</translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="89"/>
        <source>{g}{rank} {who}：{note}</source>
        <translation>{g}{rank} {who}: {note}</translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="103"/>
        <source>签字人</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <location filename="../../app/cli/appeal_cmds.py" line="29"/>
        <source>时间格式应为 2026-12-05 09:00</source>
        <translation>Time format must be 2026-12-05 09:00</translation>
    </message>
    <message>
        <location filename="../../app/cli/appeal_cmds.py" line="38"/>
        <source>成绩公示：公示期、申诉受理地点、公示表（裁判长）</source>
        <translation>Publication of results: publication period, where appeals are received, publication table (head judge)</translation>
    </message>
    <message>
        <location filename="../../app/cli/appeal_cmds.py" line="39"/>
        <source>设置公示期、申诉受理地点和公示列</source>
        <translation>Set the publication period, where appeals are received and the published columns</translation>
    </message>
    <message>
        <location filename="../../app/cli/appeal_cmds.py" line="40"/>
        <source>公示开始，如 2026-12-01 09:00</source>
        <translation>Publication starts, e.g. 2026-12-01 09:00</translation>
    </message>
    <message>
        <location filename="../../app/cli/appeal_cmds.py" line="41"/>
        <source>公示结束（此后提交的申诉记为逾期）</source>
        <translation>Publication ends (appeals submitted after this are marked late)</translation>
    </message>
    <message>
        <location filename="../../app/cli/appeal_cmds.py" line="42"/>
        <location filename="../../app/cli/central_cmds.py" line="95"/>
        <location filename="../../app/services/publication.py" line="91"/>
        <location filename="../../app/services/publication.py" line="100"/>
        <source>申诉受理地点</source>
        <translation>Where appeals are received</translation>
    </message>
    <message>
        <location filename="../../app/cli/appeal_cmds.py" line="43"/>
        <location filename="../../app/cli/central_cmds.py" line="95"/>
        <location filename="../../app/services/publication.py" line="92"/>
        <source>受理人及电话</source>
        <translation>Contact person and phone</translation>
    </message>
    <message>
        <location filename="../../app/cli/appeal_cmds.py" line="44"/>
        <location filename="../../app/cli/central_cmds.py" line="96"/>
        <source>公示列，逗号分隔：rank,name,id_masked,unit,total,award,passed</source>
        <translation>Published columns, comma-separated: rank,name,id_masked,unit,total,award,passed</translation>
    </message>
    <message>
        <location filename="../../app/cli/appeal_cmds.py" line="45"/>
        <source>生成成绩公示表：.pdf 打印张贴，.html 静态网页（内容相同）</source>
        <translation>Generate the results publication: .pdf for printing and posting, .html static web page (same content)</translation>
    </message>
    <message>
        <location filename="../../app/cli/appeal_cmds.py" line="48"/>
        <source>输出文件（可重复，如同时生成 PDF 和 HTML）</source>
        <translation>Output file (repeatable, e.g. to generate PDF and HTML at once)</translation>
    </message>
    <message>
        <location filename="../../app/cli/appeal_cmds.py" line="49"/>
        <source>公示指定版本（默认：最新签字版本）</source>
        <translation>Publish a specific version (default: latest signed-off version)</translation>
    </message>
    <message>
        <location filename="../../app/cli/appeal_cmds.py" line="50"/>
        <source>显示公示设置</source>
        <translation>Show publication settings</translation>
    </message>
    <message>
        <location filename="../../app/cli/appeal_cmds.py" line="52"/>
        <source>申诉与仲裁（裁判长登记申诉、记录仲裁组决定、依申诉更正）</source>
        <translation>Appeals and arbitration (head judge registers appeals, records arbitration panel decisions, corrects scores on appeal)</translation>
    </message>
    <message>
        <location filename="../../app/cli/appeal_cmds.py" line="53"/>
        <location filename="../../app/services/appeals.py" line="205"/>
        <source>登记申诉</source>
        <translation>Register an appeal</translation>
    </message>
    <message>
        <location filename="../../app/cli/appeal_cmds.py" line="54"/>
        <source>选手加密号（解密前）</source>
        <translation>Contestant&apos;s blind code (before decryption)</translation>
    </message>
    <message>
        <location filename="../../app/cli/appeal_cmds.py" line="55"/>
        <source>选手姓名或报名号（解密后）</source>
        <translation>Contestant&apos;s name or registration no. (after decryption)</translation>
    </message>
    <message>
        <location filename="../../app/cli/appeal_cmds.py" line="56"/>
        <source>领队姓名（须加 --unit）</source>
        <translation>Team leader&apos;s name (requires --unit)</translation>
    </message>
    <message>
        <location filename="../../app/cli/appeal_cmds.py" line="57"/>
        <source>领队所在单位</source>
        <translation>Team leader&apos;s organisation</translation>
    </message>
    <message>
        <location filename="../../app/cli/appeal_cmds.py" line="58"/>
        <location filename="../../app/services/appeals.py" line="210"/>
        <location filename="../../app/services/appeals.py" line="219"/>
        <location filename="../../ui/central_window.py" line="205"/>
        <location filename="../../ui/pages/appeals.py" line="60"/>
        <source>申诉理由</source>
        <translation>Grounds for appeal</translation>
    </message>
    <message>
        <location filename="../../app/cli/appeal_cmds.py" line="59"/>
        <source>提交时间（默认：现在）</source>
        <translation>Submission time (default: now)</translation>
    </message>
    <message>
        <location filename="../../app/cli/appeal_cmds.py" line="60"/>
        <source>涉及的选手（加密号、姓名或报名号；空 = 整个项目）</source>
        <translation>Contestants concerned (blind code, name or registration no.; empty = the whole item)</translation>
    </message>
    <message>
        <location filename="../../app/cli/appeal_cmds.py" line="63"/>
        <source>附件（只记录文件名与 SHA-256，可重复）</source>
        <translation>Attachments (only the file name and SHA-256 are recorded; repeatable)</translation>
    </message>
    <message>
        <location filename="../../app/cli/appeal_cmds.py" line="64"/>
        <source>记录仲裁组决定</source>
        <translation>Record an arbitration panel decision</translation>
    </message>
    <message>
        <location filename="../../app/cli/appeal_cmds.py" line="66"/>
        <source>upheld 支持 | partly_upheld 部分支持 | dismissed 驳回</source>
        <translation>upheld | partly_upheld | dismissed</translation>
    </message>
    <message>
        <location filename="../../app/cli/appeal_cmds.py" line="67"/>
        <location filename="../../app/services/appeals.py" line="242"/>
        <location filename="../../app/services/appeals.py" line="249"/>
        <location filename="../../ui/central_window.py" line="208"/>
        <source>仲裁理由</source>
        <translation>Reasons for the arbitration decision</translation>
    </message>
    <message>
        <location filename="../../app/cli/appeal_cmds.py" line="68"/>
        <source>仲裁组成员姓名，逗号分隔（必填）</source>
        <translation>Names of arbitration panel members, comma-separated (required)</translation>
    </message>
    <message>
        <location filename="../../app/cli/appeal_cmds.py" line="69"/>
        <source>决定时间（默认：现在）</source>
        <translation>Decision time (default: now)</translation>
    </message>
    <message>
        <location filename="../../app/cli/appeal_cmds.py" line="70"/>
        <source>依已支持的申诉更正分数（之后用 signoff --reason 生成新版本）</source>
        <translation>Correct a score under an upheld appeal (then use signoff --reason to create a new version)</translation>
    </message>
    <message>
        <location filename="../../app/cli/appeal_cmds.py" line="73"/>
        <source>评分细则代码，如 A1</source>
        <translation>Marking scheme code, e.g. A1</translation>
    </message>
    <message>
        <location filename="../../app/cli/appeal_cmds.py" line="74"/>
        <source>更正后的分数</source>
        <translation>Corrected score</translation>
    </message>
    <message>
        <location filename="../../app/cli/appeal_cmds.py" line="75"/>
        <source>评价分：哪位裁判的</source>
        <translation>Judgement score: which judge&apos;s</translation>
    </message>
    <message>
        <location filename="../../app/cli/appeal_cmds.py" line="76"/>
        <source>更正说明</source>
        <translation>Correction note</translation>
    </message>
    <message>
        <location filename="../../app/cli/appeal_cmds.py" line="77"/>
        <source>列出申诉及仲裁结果</source>
        <translation>List appeals and arbitration results</translation>
    </message>
    <message>
        <location filename="../../app/cli/appeal_cmds.py" line="86"/>
        <source>已设置公示期：{p}；申诉受理：{place}</source>
        <translation>Publication period set: {p}; appeals received at: {place}</translation>
    </message>
    <message>
        <location filename="../../app/cli/appeal_cmds.py" line="98"/>
        <source>已生成成绩公示：{p}（{n} 人）</source>
        <translation>Results publication generated: {p} ({n} contestants)</translation>
    </message>
    <message>
        <location filename="../../app/cli/appeal_cmds.py" line="107"/>
        <location filename="../../app/reports/publication_pdf.py" line="50"/>
        <location filename="../../app/services/publication_sheet.py" line="53"/>
        <source>公示期：{p}</source>
        <translation>Publication period: {p}</translation>
    </message>
    <message>
        <location filename="../../app/cli/appeal_cmds.py" line="108"/>
        <source>申诉受理地点：{a}</source>
        <translation>Where appeals are received: {a}</translation>
    </message>
    <message>
        <location filename="../../app/cli/appeal_cmds.py" line="108"/>
        <location filename="../../app/cli/appeal_cmds.py" line="109"/>
        <source>（未设定）</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <location filename="../../app/cli/appeal_cmds.py" line="109"/>
        <source>受理人及电话：{c}</source>
        <translation>Contact person and phone: {c}</translation>
    </message>
    <message>
        <location filename="../../app/cli/appeal_cmds.py" line="110"/>
        <source>公示列：{c}</source>
        <translation>Published columns: {c}</translation>
    </message>
    <message>
        <location filename="../../app/cli/appeal_cmds.py" line="127"/>
        <source>（逾期：公示期已于 {t} 结束）</source>
        <translation>(late: the publication period ended at {t})</translation>
    </message>
    <message>
        <location filename="../../app/cli/appeal_cmds.py" line="128"/>
        <source>已登记{n}：{who}{late}</source>
        <translation>Registered {n}: {who}{late}</translation>
    </message>
    <message>
        <location filename="../../app/cli/appeal_cmds.py" line="138"/>
        <source>已记录{n}的仲裁决定：{s}</source>
        <translation>Arbitration decision recorded for {n}: {s}</translation>
    </message>
    <message>
        <location filename="../../app/cli/appeal_cmds.py" line="148"/>
        <source>已依申诉第 {n} 号更正 {c}：{v}。请用 venuescore signoff --reason … 生成并签字确认新版本。</source>
        <translation>Corrected {c} under appeal no. {n}: {v}. Use venuescore signoff --reason … to create and sign off a new version.</translation>
    </message>
    <message>
        <location filename="../../app/cli/appeal_cmds.py" line="158"/>
        <location filename="../../app/cli/central_cmds.py" line="295"/>
        <location filename="../../app/cli/results_cmds.py" line="103"/>
        <location filename="../../app/services/central.py" line="89"/>
        <location filename="../../app/services/central.py" line="91"/>
        <location filename="../../app/services/results.py" line="347"/>
        <location filename="../../app/services/results.py" line="351"/>
        <location filename="../../app/services/results.py" line="386"/>
        <location filename="../../app/services/results.py" line="388"/>
        <location filename="../../app/services/results.py" line="478"/>
        <location filename="../../app/services/results.py" line="480"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/cli/appeal_cmds.py" line="158"/>
        <location filename="../../app/cli/central_cmds.py" line="295"/>
        <location filename="../../app/services/appeals.py" line="192"/>
        <location filename="../../app/services/appeals.py" line="198"/>
        <location filename="../../app/services/appeals.py" line="206"/>
        <location filename="../../app/services/appeals.py" line="215"/>
        <location filename="../../ui/central_window.py" line="202"/>
        <location filename="../../ui/pages/appeals.py" line="56"/>
        <source>申诉人</source>
        <translation>Appellant</translation>
    </message>
    <message>
        <location filename="../../app/cli/appeal_cmds.py" line="158"/>
        <location filename="../../ui/pages/appeals.py" line="57"/>
        <source>涉及</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <location filename="../../app/cli/appeal_cmds.py" line="158"/>
        <location filename="../../app/cli/central_cmds.py" line="295"/>
        <location filename="../../ui/central_window.py" line="203"/>
        <location filename="../../ui/pages/appeals.py" line="58"/>
        <source>提交时间</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../app/cli/appeal_cmds.py" line="158"/>
        <location filename="../../app/cli/appeal_cmds.py" line="160"/>
        <location filename="../../app/cli/central_cmds.py" line="295"/>
        <location filename="../../app/cli/central_cmds.py" line="298"/>
        <location filename="../../ui/central_window.py" line="204"/>
        <location filename="../../ui/pages/appeals.py" line="59"/>
        <source>逾期</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../app/cli/appeal_cmds.py" line="158"/>
        <location filename="../../app/cli/central_cmds.py" line="296"/>
        <location filename="../../ui/central_window.py" line="206"/>
        <location filename="../../ui/pages/appeals.py" line="61"/>
        <source>结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../app/cli/appeal_cmds.py" line="158"/>
        <location filename="../../app/cli/central_cmds.py" line="296"/>
        <location filename="../../ui/central_window.py" line="209"/>
        <location filename="../../ui/pages/appeals.py" line="62"/>
        <source>仲裁组</source>
        <translation>Arbitration panel</translation>
    </message>
    <message>
        <location filename="../../app/cli/appeal_cmds.py" line="163"/>
        <source>（没有申诉）</source>
        <translation>(no appeals)</translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="109"/>
        <location filename="../../app/cli/roster_cmds.py" line="52"/>
        <location filename="../../app/cli/scoring_cmds.py" line="80"/>
        <source>已导出：{p}</source>
        <translation>Exported: {p}</translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="112"/>
        <source>成绩尚未锁定并解密，不能输出带姓名的 results.json。</source>
        <translation>Results have not been locked and decrypted yet; cannot output results.json with names.</translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="122"/>
        <source>{item}｜{stage}</source>
        <translation>{item} | {stage}</translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="126"/>
        <source>说明：</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="131"/>
        <location filename="../../app/cli/results_cmds.py" line="163"/>
        <location filename="../../ui/pages/results.py" line="105"/>
        <source>尚未裁定</source>
        <translation>Not yet ruled</translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="132"/>
        <source>并列：{g}{d}——{s}</source>
        <translation>Tie: {g}{d} — {s}</translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="144"/>
        <source>已生成 {title}：{path}（{n} 人）</source>
        <translation>Generated {title}: {path} ({n} contestants)</translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="153"/>
        <source>已解密（{who}，{at}）</source>
        <translation>Decrypted ({who}, {at})</translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="165"/>
        <location filename="../../ui/pages/results.py" line="103"/>
        <source>并列选手</source>
        <translation>Tied contestants</translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="165"/>
        <location filename="../../ui/pages/results.py" line="104"/>
        <source>跨越奖项</source>
        <translation>Awards spanned</translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="165"/>
        <location filename="../../ui/pages/results.py" line="105"/>
        <source>裁定</source>
        <translation>Ruling</translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="175"/>
        <source>已记录裁定第 {id} 号</source>
        <translation>Ruling no. {id} recorded</translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="184"/>
        <source>已撤销裁定第 {id} 号</source>
        <translation>Ruling no. {id} revoked</translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="199"/>
        <source>已签字确认：{label}（SHA-256 {sha}）</source>
        <translation>Signed off: {label} (SHA-256 {sha})</translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="35"/>
        <source>打印检录日报表（PDF）</source>
        <translation>Print the daily check-in report (PDF)</translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="37"/>
        <source>checkin-list 检录签到表 | station-plan 工位安排表 | blind-codes 加密号对照表（裁判长） | door-list 工位加密号对照表</source>
        <translation>checkin-list: check-in sign-in sheet | station-plan: station plan | blind-codes: blind code key (head judge) | door-list: station/blind code list</translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="43"/>
        <location filename="../../app/services/checkin.py" line="193"/>
        <source>检录</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="45"/>
        <source>检录：身份证号或报名号</source>
        <translation>Check-in: ID number or registration no.</translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="46"/>
        <source>查看选手检录信息（不改动）</source>
        <translation>View a contestant&apos;s check-in details (no changes)</translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="48"/>
        <location filename="../../app/services/checkin.py" line="206"/>
        <source>登记缺考</source>
        <translation>Record absent</translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="49"/>
        <location filename="../../app/services/checkin.py" line="216"/>
        <source>登记弃权</source>
        <translation>Record withdrew</translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="50"/>
        <source>撤销状态（须填原因）</source>
        <translation>Revoke status (reason required)</translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="44"/>
        <source>身份证号或报名号</source>
        <translation>ID number or registration no.</translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="51"/>
        <location filename="../../app/services/checkin.py" line="229"/>
        <location filename="../../app/services/checkin.py" line="231"/>
        <source>撤销原因</source>
        <translation>Reason for revoking</translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="47"/>
        <location filename="../../app/reports/blank_sheets.py" line="69"/>
        <location filename="../../app/services/checkin.py" line="210"/>
        <location filename="../../app/services/checkin.py" line="222"/>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="52"/>
        <source>各组报名、已检录、缺考、弃权人数</source>
        <translation>Registered, checked-in, absent and withdrew counts per group</translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="56"/>
        <source>抽签与加密</source>
        <translation>Draw and blind codes</translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="57"/>
        <source>抽签（裁判长）：工位号与加密号</source>
        <translation>Draw (head judge): stations and blind codes</translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="59"/>
        <source>见证值，至少两个（每个值写一次 --witness）</source>
        <translation>Witness values, at least two (one --witness per value)</translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="60"/>
        <source>重新抽签的原因（仅重抽时需要）</source>
        <translation>Reason for redrawing (only needed for a redraw)</translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="61"/>
        <source>重算全部抽签记录并核对（不一致时退出码非 0）</source>
        <translation>Recompute all draw records and compare (non-zero exit code if they differ)</translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="62"/>
        <source>公布抽签结果（裁判长）</source>
        <translation>Publish the draw results (head judge)</translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="64"/>
        <source>迟到补签：为已检录但无工位的选手分配下一个空闲工位</source>
        <translation>Late check-in: assign the next free station to contestants checked in without a station</translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="65"/>
        <source>更换工位（裁判长，须填原因）</source>
        <translation>Change station (head judge, reason required)</translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="67"/>
        <source>二次加密：为一个模块的作品发放二次加密号（裁判长）</source>
        <translation>Second code: issue second codes for one module&apos;s work (head judge)</translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="69"/>
        <source>显示抽签结果（按角色：裁判长输入口令见对照表并发放迟到选手加密号，检录员见工位与姓名；解密后公开）</source>
        <translation>Show draw results (by role: the head judge enters the passphrase to see the key and release late contestants&apos; blind codes; check-in staff see stations and names; public after decryption)</translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="71"/>
        <source>发放迟到选手的加密号给评分组（裁判长，须口令）</source>
        <translation>Release late contestants&apos; blind codes to the scoring team (head judge, passphrase required)</translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="79"/>
        <source>{name}&#x3000;报名号 {reg}&#x3000;{gender}&#x3000;{group}</source>
        <translation>{name}  Registration no. {reg}  {gender}  {group}</translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="81"/>
        <source>单位/学校：{unit}</source>
        <translation>Organisation/school: {unit}</translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="82"/>
        <source>身份证号：{id}</source>
        <translation>ID number: {id}</translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="83"/>
        <source>资格审核：{flags}</source>
        <translation>Eligibility check: {flags}</translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="84"/>
        <source>状态：{status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="85"/>
        <source>工位号：{st}</source>
        <translation>Station: {st}</translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="85"/>
        <source>（未抽签）</source>
        <translation>(not drawn)</translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="87"/>
        <source>补报选手</source>
        <translation>Late-registered contestant</translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="133"/>
        <location filename="../../app/reports/central_reports.py" line="76"/>
        <location filename="../../app/reports/result_reports.py" line="99"/>
        <location filename="../../ui/pages/checkin.py" line="147"/>
        <source>报名</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="133"/>
        <location filename="../../ui/pages/checkin.py" line="148"/>
        <source>已检录</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="133"/>
        <location filename="../../ui/pages/checkin.py" line="149"/>
        <source>缺考</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="133"/>
        <location filename="../../ui/pages/checkin.py" line="150"/>
        <source>弃权</source>
        <translation>Withdrew</translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="133"/>
        <location filename="../../ui/pages/checkin.py" line="151"/>
        <source>待检录</source>
        <translation>Awaiting check-in</translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="134"/>
        <source>（不分组）</source>
        <translation>(no groups)</translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="142"/>
        <source>抽签 #{id}：算法 {alg}，见证值 {w}，{n} 人，工位 {s} 个</source>
        <translation>Draw #{id}: algorithm {alg}, witness values {w}, {n} contestants, {s} stations</translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="144"/>
        <source>种子：{seed}</source>
        <translation>Seed: {seed}</translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="147"/>
        <source>状态：{state}</source>
        <translation>Status: {state}</translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="147"/>
        <location filename="../../app/reports/checkin_sheets.py" line="62"/>
        <source>已公布</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="147"/>
        <location filename="../../app/reports/checkin_sheets.py" line="62"/>
        <source>未公布</source>
        <translation>Not published</translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="149"/>
        <source>加密号已密封，仅裁判长凭口令可见；解密时揭示密钥，可按承诺值核对。</source>
        <translation>Blind codes are sealed and visible only to the head judge with the passphrase; the key is revealed on decryption and can be checked against the commitment.</translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="151"/>
        <source>有 {n} 位迟到选手的加密号待裁判长发放（venuescore draw release）</source>
        <translation>{n} late contestants&apos; blind codes are awaiting release by the head judge (venuescore draw release)</translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="160"/>
        <source>抽签结果已记录。核对：venuescore draw verify --db {db}</source>
        <translation>Draw results recorded. Verify: venuescore draw verify --db {db}</translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="171"/>
        <source>尚无抽签记录</source>
        <translation>No draw records yet</translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="175"/>
        <source>全部抽签记录与重算结果一致</source>
        <translation>All draw records match the recomputed results</translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="175"/>
        <source>抽签记录与重算结果不一致！</source>
        <translation>Draw records do not match the recomputed results!</translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="193"/>
        <source>{name}（{reg}）工位号 {st}</source>
        <translation>{name} ({reg}) station {st}</translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="195"/>
        <source>，加密号 {code}</source>
        <translation>, blind code {code}</translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="206"/>
        <location filename="../../app/cli/common.py" line="101"/>
        <location filename="../../app/cli/package_cmds.py" line="119"/>
        <location filename="../../app/cli/package_cmds.py" line="194"/>
        <location filename="../../app/cli/package_cmds.py" line="205"/>
        <location filename="../../app/cli/package_cmds.py" line="242"/>
        <location filename="../../ui/pages/package.py" line="147"/>
        <location filename="../../ui/pages/package.py" line="193"/>
        <source>裁判长口令：</source>
        <translation>Head judge passphrase: </translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="216"/>
        <source>已发放 {n} 个迟到选手的加密号给评分组</source>
        <translation>Released {n} late contestants&apos; blind codes to the scoring team</translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="216"/>
        <source>没有待发放的加密号</source>
        <translation>No blind codes awaiting release</translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="225"/>
        <source>{name}（{reg}）已改到工位 {st}</source>
        <translation>{name} ({reg}) moved to station {st}</translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="234"/>
        <source>模块 {m} 已发放 {n} 个二次加密号</source>
        <translation>Module {m}: {n} second codes issued</translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="244"/>
        <location filename="../../app/cli/checkin_cmds.py" line="250"/>
        <location filename="../../app/cli/results_cmds.py" line="71"/>
        <location filename="../../app/cli/roster_cmds.py" line="61"/>
        <location filename="../../app/reports/checkin_sheets.py" line="86"/>
        <location filename="../../app/reports/checkin_sheets.py" line="120"/>
        <location filename="../../app/reports/checkin_sheets.py" line="136"/>
        <location filename="../../app/reports/result_reports.py" line="167"/>
        <location filename="../../app/reports/result_reports.py" line="232"/>
        <location filename="../../app/reports/result_reports.py" line="270"/>
        <location filename="../../app/reports/result_reports.py" line="320"/>
        <location filename="../../app/services/checkin.py" line="124"/>
        <location filename="../../app/services/draw.py" line="385"/>
        <location filename="../../app/services/draw_seal.py" line="155"/>
        <location filename="../../app/services/roster.py" line="330"/>
        <location filename="../../ui/pages/checkin.py" line="163"/>
        <location filename="../../ui/pages/draw.py" line="195"/>
        <location filename="../../ui/pages/draw.py" line="204"/>
        <location filename="../../ui/pages/results.py" line="149"/>
        <location filename="../../ui/pages/roster.py" line="39"/>
        <source>报名号</source>
        <translation>Registration no.</translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="244"/>
        <location filename="../../app/cli/checkin_cmds.py" line="248"/>
        <location filename="../../app/cli/checkin_cmds.py" line="250"/>
        <location filename="../../app/cli/results_cmds.py" line="71"/>
        <location filename="../../app/reports/checkin_sheets.py" line="86"/>
        <location filename="../../app/reports/checkin_sheets.py" line="120"/>
        <location filename="../../app/reports/checkin_sheets.py" line="136"/>
        <location filename="../../app/reports/checkin_sheets.py" line="157"/>
        <location filename="../../app/reports/result_reports.py" line="167"/>
        <location filename="../../app/reports/result_reports.py" line="320"/>
        <location filename="../../app/services/draw.py" line="404"/>
        <location filename="../../ui/pages/checkin.py" line="165"/>
        <location filename="../../ui/pages/draw.py" line="195"/>
        <location filename="../../ui/pages/draw.py" line="204"/>
        <location filename="../../ui/pages/results.py" line="152"/>
        <source>工位号</source>
        <translation>Station</translation>
    </message>
    <message>
        <location filename="../../app/cli/appeal_cmds.py" line="72"/>
        <location filename="../../app/cli/checkin_cmds.py" line="244"/>
        <location filename="../../app/cli/checkin_cmds.py" line="248"/>
        <location filename="../../app/cli/results_cmds.py" line="71"/>
        <location filename="../../app/cli/scoring_cmds.py" line="42"/>
        <location filename="../../app/cli/scoring_cmds.py" line="50"/>
        <location filename="../../app/cli/scoring_cmds.py" line="167"/>
        <location filename="../../app/reports/blank_sheets.py" line="69"/>
        <location filename="../../app/reports/checkin_sheets.py" line="136"/>
        <location filename="../../app/reports/checkin_sheets.py" line="157"/>
        <location filename="../../app/reports/lock_sheet.py" line="54"/>
        <location filename="../../app/reports/result_reports.py" line="167"/>
        <location filename="../../app/reports/result_reports.py" line="320"/>
        <location filename="../../ui/pages/draw.py" line="195"/>
        <location filename="../../ui/pages/results.py" line="153"/>
        <location filename="../../ui/pages/scoring_extras.py" line="135"/>
        <location filename="../../ui/pages/scoring_extras.py" line="162"/>
        <location filename="../../ui/pages/scoring_extras.py" line="227"/>
        <source>加密号</source>
        <translation>Blind code</translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="260"/>
        <source>尚未抽签</source>
        <translation>Not yet drawn</translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="277"/>
        <source>已打印“{title}”（{n} 人）：{out}</source>
        <translation>Printed “{title}” ({n} contestants): {out}</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="24"/>
        <source>汇总数据库：SQLite 文件路径，或 SQLAlchemy 地址（如 postgresql+psycopg://用户@主机/库名）</source>
        <translation>Summary database: SQLite file path or SQLAlchemy URL (e.g. postgresql+psycopg://user@host/dbname)</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="29"/>
        <source>经办人姓名（也可设环境变量 VENUESCORE_USER）</source>
        <translation>Name of the person handling this (or set the environment variable VENUESCORE_USER)</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="34"/>
        <source>组委会证书密钥口令（也可设环境变量 {env}）</source>
        <translation>Organising committee certificate key passphrase (or set the environment variable {env})</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="45"/>
        <location filename="../../app/cli/central_privacy_cmds.py" line="65"/>
        <location filename="../../app/cli/central_privacy_cmds.py" line="90"/>
        <source>请用 --by 填写经办人姓名（或设置 VENUESCORE_USER）</source>
        <translation>Use --by to give the name of the person handling this (or set VENUESCORE_USER)</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="50"/>
        <source>组委会汇总：登记公钥、导入与接收成绩包、汇总报表</source>
        <translation>Organising committee summary: register public keys, import and accept result packages, summary reports</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="51"/>
        <source>创建汇总数据库</source>
        <translation>Create the summary database</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="53"/>
        <source>赛场公钥登记</source>
        <translation>Venue public key register</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="54"/>
        <source>登记赛场公钥（.pub 文件或“RW…”一行）</source>
        <translation>Register a venue public key (.pub file or the “RW…” line)</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="55"/>
        <source>说明，如“31 母婴护理 赛场”</source>
        <translation>Description, e.g. “31 Maternal and Infant Care venue”</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="63"/>
        <source>列出已登记的公钥与指纹</source>
        <translation>List registered public keys and fingerprints</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="65"/>
        <source>组委会证书密钥（荣誉证书核验码）</source>
        <translation>Organising committee certificate key (verification codes for certificates of honour)</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="66"/>
        <source>生成组委会证书密钥</source>
        <translation>Generate the organising committee certificate key</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="67"/>
        <source>显示组委会证书公钥</source>
        <translation>Show the organising committee certificate public key</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="74"/>
        <source>收件箱：各成绩包的状态</source>
        <translation>Inbox: status of each result package</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="75"/>
        <source>显示一个成绩包的错误与警告</source>
        <translation>Show the errors and warnings for a result package</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="76"/>
        <source>接收成绩包（有警告时须 --acknowledge-warnings）</source>
        <translation>Accept a result package (--acknowledge-warnings required if there are warnings)</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="77"/>
        <source>经办人确认已知悉全部警告</source>
        <translation>The person handling this confirms awareness of all warnings</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="84"/>
        <location filename="../../ui/central_window.py" line="214"/>
        <source>兼项与身份冲突</source>
        <translation>Multiple entries and identity conflicts</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="85"/>
        <source>汇总报表：awards、conflicts、statistics、passes、certificates</source>
        <translation>Summary reports: awards, conflicts, statistics, passes, certificates</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="87"/>
        <source>输出文件（.pdf 或 .xlsx）</source>
        <translation>Output file (.pdf or .xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="97"/>
        <source>打开组委会汇总窗口</source>
        <translation>Open the organising committee summary window</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="99"/>
        <location filename="../../app/reports/certificates.py" line="165"/>
        <location filename="../../ui/central_window.py" line="240"/>
        <source>荣誉证书</source>
        <translation>Certificates of honour</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="104"/>
        <source>汇总数据库（取组委会证书公钥并核对获奖名单）</source>
        <translation>Summary database (used to get the organising committee certificate public key and check the award list)</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="105"/>
        <source>组委会证书公钥（无汇总数据库时）</source>
        <translation>Organising committee certificate public key (when there is no summary database)</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="112"/>
        <source>汇总数据库已就绪：{db}</source>
        <translation>Summary database ready: {db}</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="122"/>
        <source>指纹：{fp}&#x3000;请与赛场打印的指纹逐位核对</source>
        <translation>Fingerprint: {fp}  Check it character by character against the fingerprint printed at the venue</translation>
    </message>
    <message>
        <location filename="../../app/cli/appeal_cmds.py" line="158"/>
        <location filename="../../app/cli/central_cmds.py" line="147"/>
        <location filename="../../app/cli/central_cmds.py" line="205"/>
        <location filename="../../app/cli/central_cmds.py" line="295"/>
        <location filename="../../app/cli/scoring_cmds.py" line="93"/>
        <location filename="../../ui/central_window.py" line="150"/>
        <location filename="../../ui/central_window.py" line="201"/>
        <location filename="../../ui/dialogs/scoring_dialogs.py" line="93"/>
        <location filename="../../ui/pages/appeals.py" line="55"/>
        <location filename="../../ui/pages/scoring_extras.py" line="161"/>
        <location filename="../../ui/pages/scoring_extras.py" line="226"/>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="147"/>
        <location filename="../../app/cli/results_cmds.py" line="73"/>
        <location filename="../../app/reports/central_reports.py" line="47"/>
        <location filename="../../app/reports/central_reports.py" line="110"/>
        <location filename="../../app/reports/result_reports.py" line="85"/>
        <location filename="../../app/reports/result_reports.py" line="322"/>
        <location filename="../../app/reports/result_reports.py" line="351"/>
        <location filename="../../app/reports/score_sheets.py" line="86"/>
        <location filename="../../app/services/central.py" line="155"/>
        <location filename="../../app/services/central.py" line="157"/>
        <location filename="../../app/services/draw.py" line="129"/>
        <location filename="../../ui/central_window.py" line="92"/>
        <location filename="../../ui/central_window.py" line="171"/>
        <location filename="../../ui/central_window.py" line="188"/>
        <location filename="../../ui/pages/results.py" line="165"/>
        <source>说明</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="147"/>
        <location filename="../../app/cli/package_cmds.py" line="100"/>
        <location filename="../../app/cli/venue_cmds.py" line="116"/>
        <location filename="../../app/services/committee.py" line="67"/>
        <location filename="../../ui/central_window.py" line="191"/>
        <source>指纹</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="147"/>
        <location filename="../../ui/central_window.py" line="192"/>
        <source>登记人</source>
        <translation>Registered by</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="147"/>
        <location filename="../../ui/central_window.py" line="193"/>
        <source>登记时间</source>
        <translation>Registered at</translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="190"/>
        <location filename="../../ui/pages/settings.py" line="56"/>
        <source>不限</source>
        <translation>Any</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="56"/>
        <source>该密钥所属的项目编号 1–33（只能签此项目的成绩包）</source>
        <translation>Item number 1–33 this key belongs to (it can only sign result packages for this item)</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="58"/>
        <source>另限定组别（可重复，须与成绩包的组别完全一致，如 --group 职工组 --group 学生组）</source>
        <translation>Also restrict to groups (repeatable; must match the result package&apos;s group exactly, e.g. --group Employees --group Students)</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="59"/>
        <source>为登记时未限定项目的旧公钥指定项目（只能指定一次）</source>
        <translation>Assign an item to an older public key registered without one (can only be done once)</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="60"/>
        <source>公钥编号（见 keys list）</source>
        <translation>Public key no. (see keys list)</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="61"/>
        <source>项目编号 1–33</source>
        <translation>Item number 1–33</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="62"/>
        <source>另限定组别（可重复）</source>
        <translation>Also restrict to groups (repeatable)</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="72"/>
        <source>导入成绩包：解密（.zip.age）、核验、校验后放入收件箱</source>
        <translation>Import a result package: decrypt (.zip.age), authenticate and validate, then place it in the inbox</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="79"/>
        <source>撤回已接收或待接收的成绩包（须填写理由；可恢复）</source>
        <translation>Withdraw an accepted or pending result package (reason required; can be reinstated)</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="79"/>
        <source>撤回理由（记录在案）</source>
        <translation>Reason for withdrawal (kept on record)</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="80"/>
        <source>恢复被撤回的成绩包（须填写理由）</source>
        <translation>Reinstate a withdrawn result package (reason required)</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="80"/>
        <source>恢复理由（记录在案）</source>
        <translation>Reason for reinstatement (kept on record)</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="89"/>
        <source>荣誉证书：有待仲裁申诉的项目也打印（默认暂不打印这些项目）</source>
        <translation>Certificates of honour: also print items with appeals awaiting arbitration (by default these items are held back)</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="90"/>
        <source>各项目的申诉与仲裁结果</source>
        <translation>Appeals and arbitration results for each item</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="91"/>
        <source>全部项目的成绩公示（汇总）：.pdf 或 .html</source>
        <translation>Publication of results for all items (summary): .pdf or .html</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="93"/>
        <source>公示开始，如 2026-12-08 09:00</source>
        <translation>Publication starts, e.g. 2026-12-08 09:00</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="94"/>
        <source>公示结束</source>
        <translation>Publication ends</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="100"/>
        <source>核验证书：二维码中的完整核验码，或证书上印的编号与核验码（--cert-no）</source>
        <translation>Verify a certificate: the full verification code from the QR code, or the number and verification code printed on the certificate (--cert-no)</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="101"/>
        <source>扫描二维码得到的完整核验码；或与 --cert-no 一起：证书上印的 12 位核验码</source>
        <translation>The full verification code from scanning the QR code; or with --cert-no: the 12-character verification code printed on the certificate</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="103"/>
        <source>证书编号：按编号与印在证书上的核验码核验（需汇总数据库和组委会证书密钥口令）</source>
        <translation>Certificate number: verify using the number and the verification code printed on the certificate (requires the summary database and the organising committee certificate key passphrase)</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="121"/>
        <source>已登记：{label}（{scope}）</source>
        <translation>Registered: {label} ({scope})</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="131"/>
        <source>已限定：{label}（{scope}）</source>
        <translation>Restricted: {label} ({scope})</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="137"/>
        <source>未限定项目：须先限定才能接收成绩包</source>
        <translation>No item assigned: must be restricted to an item before result packages can be accepted</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="138"/>
        <source>项目 {n:02d}</source>
        <translation>Item {n:02d}</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="139"/>
        <source>，组别 {g}</source>
        <translation>, group {g}</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="147"/>
        <source>限定</source>
        <translation>Restrict</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="157"/>
        <source>组委会证书密钥口令（至少 8 个字符）：</source>
        <translation>Organising committee certificate key passphrase (at least 8 characters): </translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="160"/>
        <source>已生成组委会证书密钥。公钥：{line}</source>
        <translation>Organising committee certificate key generated. Public key: {line}</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="161"/>
        <location filename="../../app/cli/central_cmds.py" line="173"/>
        <location filename="../../app/cli/package_cmds.py" line="139"/>
        <location filename="../../app/cli/package_cmds.py" line="145"/>
        <source>指纹：{fp}</source>
        <translation>Fingerprint: {fp}</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="171"/>
        <source>还没有组委会证书密钥。请先运行 venuescore central signer init。</source>
        <translation>There is no organising committee certificate key yet. Run venuescore central signer init first.</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="172"/>
        <location filename="../../app/cli/package_cmds.py" line="144"/>
        <source>公钥：{line}</source>
        <translation>Public key: {line}</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="192"/>
        <source>拒绝：</source>
        <translation>Rejected:</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="205"/>
        <location filename="../../app/cli/central_cmds.py" line="295"/>
        <location filename="../../app/cli/results_cmds.py" line="103"/>
        <location filename="../../app/reports/central_reports.py" line="76"/>
        <location filename="../../app/reports/result_reports.py" line="127"/>
        <location filename="../../app/reports/result_reports.py" line="128"/>
        <location filename="../../ui/central_window.py" line="153"/>
        <location filename="../../ui/central_window.py" line="200"/>
        <location filename="../../ui/pages/package.py" line="65"/>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="205"/>
        <location filename="../../ui/central_window.py" line="155"/>
        <location filename="../../ui/central_window.py" line="169"/>
        <source>错误</source>
        <translation>Errors</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="205"/>
        <location filename="../../ui/central_window.py" line="156"/>
        <location filename="../../ui/central_window.py" line="169"/>
        <source>警告</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="205"/>
        <location filename="../../app/reports/score_sheets.py" line="83"/>
        <location filename="../../app/services/central_trail.py" line="201"/>
        <location filename="../../ui/central_window.py" line="157"/>
        <source>选手</source>
        <translation>Contestants</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="216"/>
        <source>{item} 第 {rev} 版（{status}）  {file}</source>
        <translation>{item} version {rev} ({status})  {file}</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="218"/>
        <source>签名密钥：{label}（{kid}）  签字：{by}  导出：{at}</source>
        <translation>Signing key: {label} ({kid})  Signed off by: {by}  Exported: {at}</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="221"/>
        <source>本版理由：{r}</source>
        <translation>Reason for this version: {r}</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="223"/>
        <source>被取代：{r}</source>
        <translation>Superseded: {r}</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="225"/>
        <source>已撤回：{r}（{by}，{at}）</source>
        <translation>Withdrawn: {r} ({by}, {at})</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="237"/>
        <source>已接收：{item} 第 {rev} 版（经办人 {by}）</source>
        <translation>Accepted: {item} version {rev} (handled by {by})</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="246"/>
        <source>已撤回：{item} 第 {rev} 版（经办人 {by}）。可用 central reinstate {id} 恢复。</source>
        <translation>Withdrawn: {item} version {rev} (handled by {by}). Reinstate with central reinstate {id}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="256"/>
        <source>已恢复：{item} 第 {rev} 版，状态：{status}</source>
        <translation>Reinstated: {item} version {rev}, status: {status}</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="268"/>
        <source>未发现兼项或身份冲突</source>
        <translation>No multiple entries or identity conflicts found</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="266"/>
        <location filename="../../app/cli/checkin_cmds.py" line="244"/>
        <location filename="../../app/cli/checkin_cmds.py" line="250"/>
        <location filename="../../app/cli/results_cmds.py" line="71"/>
        <location filename="../../app/cli/roster_cmds.py" line="61"/>
        <location filename="../../app/cli/venue_cmds.py" line="190"/>
        <location filename="../../app/reports/central_reports.py" line="46"/>
        <location filename="../../app/reports/central_reports.py" line="57"/>
        <location filename="../../app/reports/central_reports.py" line="85"/>
        <location filename="../../app/reports/checkin_sheets.py" line="86"/>
        <location filename="../../app/reports/checkin_sheets.py" line="120"/>
        <location filename="../../app/reports/checkin_sheets.py" line="136"/>
        <location filename="../../app/reports/result_reports.py" line="167"/>
        <location filename="../../app/reports/result_reports.py" line="232"/>
        <location filename="../../app/reports/result_reports.py" line="270"/>
        <location filename="../../app/reports/result_reports.py" line="320"/>
        <location filename="../../app/services/users.py" line="101"/>
        <location filename="../../app/services/users.py" line="103"/>
        <location filename="../../app/services/users.py" line="122"/>
        <location filename="../../ui/central_window.py" line="184"/>
        <location filename="../../ui/pages/checkin.py" line="164"/>
        <location filename="../../ui/pages/draw.py" line="195"/>
        <location filename="../../ui/pages/draw.py" line="204"/>
        <location filename="../../ui/pages/results.py" line="149"/>
        <location filename="../../ui/pages/roster.py" line="40"/>
        <location filename="../../ui/pages/settings.py" line="77"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="266"/>
        <location filename="../../app/cli/roster_cmds.py" line="61"/>
        <location filename="../../app/reports/central_reports.py" line="47"/>
        <location filename="../../app/reports/central_reports.py" line="57"/>
        <location filename="../../app/reports/central_reports.py" line="85"/>
        <location filename="../../app/reports/checkin_sheets.py" line="86"/>
        <location filename="../../app/reports/result_reports.py" line="270"/>
        <location filename="../../app/services/roster.py" line="327"/>
        <location filename="../../app/services/roster.py" line="347"/>
        <location filename="../../ui/central_window.py" line="183"/>
        <location filename="../../ui/pages/checkin.py" line="168"/>
        <location filename="../../ui/pages/roster.py" line="41"/>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="266"/>
        <location filename="../../app/reports/central_reports.py" line="57"/>
        <location filename="../../ui/central_window.py" line="185"/>
        <source>出现在</source>
        <translation>Appears in</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="276"/>
        <location filename="../../app/cli/central_cmds.py" line="377"/>
        <source>组委会证书密钥口令：</source>
        <translation>Organising committee certificate key passphrase: </translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="281"/>
        <source>已写入 {p}（{n} 条）</source>
        <translation>Written to {p} ({n} records)</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="283"/>
        <source>以下项目有待仲裁的申诉，荣誉证书暂未打印（仲裁后重新导入，或加 --acknowledge-open-appeals）：{i}</source>
        <translation>Certificates of honour not yet printed for these items, which have appeals awaiting arbitration (re-import after arbitration, or add --acknowledge-open-appeals): {i}</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="286"/>
        <source>已确认知悉待仲裁的申诉并打印：{i}</source>
        <translation>Appeals awaiting arbitration acknowledged; printed: {i}</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="299"/>
        <source>各项目均无申诉记录</source>
        <translation>No appeals recorded for any item</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="311"/>
        <source>全部项目（{n} 个成绩包）</source>
        <translation>All items ({n} result packages)</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="314"/>
        <source>已生成成绩公示（汇总）：{p}（{n} 人）</source>
        <translation>Results publication (summary) generated: {p} ({n} contestants)</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="335"/>
        <source>请用 --db 指定汇总数据库，或用 --key 给出组委会证书公钥</source>
        <translation>Use --db to specify the summary database, or --key to give the organising committee certificate public key</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="340"/>
        <source>汇总数据库中没有组委会证书密钥</source>
        <translation>There is no organising committee certificate key in the summary database</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="360"/>
        <source>核验通过：证书由组委会证书密钥签发。</source>
        <translation>Verified: the certificate was signed with the organising committee certificate key.</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="361"/>
        <location filename="../../app/cli/central_cmds.py" line="380"/>
        <source>证书编号：{no}&#x3000;项目：{item}&#x3000;组别：{g}&#x3000;姓名：{name}&#x3000;奖项：{award}</source>
        <translation>Certificate no.: {no}  Item: {item}  Group: {g}  Name: {name}  Award: {award}</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="364"/>
        <source>注意：该证书不在当前已接收的获奖名单中（成绩可能已更正），请核查。</source>
        <translation>Note: this certificate is not on the currently accepted award list (the results may have been corrected); please check.</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="375"/>
        <source>按证书编号核验须用 --db 指定汇总数据库</source>
        <translation>Verifying by certificate number requires --db to specify the summary database</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="379"/>
        <source>核验通过：证书编号与核验码相符，且在当前已接收的获奖名单中。</source>
        <translation>Verified: the certificate number matches the verification code and is on the currently accepted award list.</translation>
    </message>
    <message>
        <location filename="../../app/cli/roster_cmds.py" line="61"/>
        <location filename="../../app/reports/central_reports.py" line="46"/>
        <location filename="../../app/reports/central_reports.py" line="85"/>
        <location filename="../../app/reports/checkin_sheets.py" line="86"/>
        <location filename="../../app/reports/result_reports.py" line="232"/>
        <location filename="../../app/reports/result_reports.py" line="270"/>
        <location filename="../../app/reports/result_reports.py" line="320"/>
        <location filename="../../ui/pages/roster.py" line="42"/>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../app/cli/roster_cmds.py" line="61"/>
        <location filename="../../ui/pages/roster.py" line="43"/>
        <source>年龄</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="244"/>
        <location filename="../../app/cli/checkin_cmds.py" line="250"/>
        <location filename="../../app/cli/results_cmds.py" line="71"/>
        <location filename="../../app/cli/roster_cmds.py" line="61"/>
        <location filename="../../app/reports/central_reports.py" line="46"/>
        <location filename="../../app/reports/central_reports.py" line="85"/>
        <location filename="../../app/reports/checkin_sheets.py" line="86"/>
        <location filename="../../app/reports/checkin_sheets.py" line="120"/>
        <location filename="../../app/reports/checkin_sheets.py" line="136"/>
        <location filename="../../app/reports/result_reports.py" line="167"/>
        <location filename="../../app/reports/result_reports.py" line="232"/>
        <location filename="../../app/reports/result_reports.py" line="270"/>
        <location filename="../../app/reports/result_reports.py" line="320"/>
        <location filename="../../ui/pages/checkin.py" line="167"/>
        <location filename="../../ui/pages/draw.py" line="195"/>
        <location filename="../../ui/pages/draw.py" line="204"/>
        <location filename="../../ui/pages/results.py" line="150"/>
        <location filename="../../ui/pages/roster.py" line="45"/>
        <source>单位/学校</source>
        <translation>Organisation/school</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="266"/>
        <location filename="../../app/cli/roster_cmds.py" line="61"/>
        <location filename="../../app/reports/central_reports.py" line="57"/>
        <location filename="../../ui/central_window.py" line="169"/>
        <location filename="../../ui/central_window.py" line="182"/>
        <location filename="../../ui/dialogs/scoring_dialogs.py" line="94"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../app/cli/appeal_cmds.py" line="61"/>
        <location filename="../../app/cli/central_cmds.py" line="205"/>
        <location filename="../../app/cli/central_cmds.py" line="295"/>
        <location filename="../../app/cli/checkin_cmds.py" line="133"/>
        <location filename="../../app/cli/checkin_cmds.py" line="244"/>
        <location filename="../../app/cli/checkin_cmds.py" line="250"/>
        <location filename="../../app/cli/results_cmds.py" line="71"/>
        <location filename="../../app/cli/results_cmds.py" line="165"/>
        <location filename="../../app/cli/roster_cmds.py" line="61"/>
        <location filename="../../app/cli/venue_cmds.py" line="175"/>
        <location filename="../../app/reports/central_reports.py" line="46"/>
        <location filename="../../app/reports/central_reports.py" line="76"/>
        <location filename="../../app/reports/central_reports.py" line="85"/>
        <location filename="../../app/reports/checkin_sheets.py" line="120"/>
        <location filename="../../app/reports/checkin_sheets.py" line="136"/>
        <location filename="../../app/reports/result_reports.py" line="320"/>
        <location filename="../../app/services/appeals.py" line="209"/>
        <location filename="../../app/services/appeals.py" line="226"/>
        <location filename="../../app/services/central.py" line="124"/>
        <location filename="../../app/services/central.py" line="127"/>
        <location filename="../../app/services/venue.py" line="64"/>
        <location filename="../../app/services/venue.py" line="66"/>
        <location filename="../../ui/central_window.py" line="152"/>
        <location filename="../../ui/central_window.py" line="199"/>
        <location filename="../../ui/pages/checkin.py" line="146"/>
        <location filename="../../ui/pages/checkin.py" line="166"/>
        <location filename="../../ui/pages/draw.py" line="195"/>
        <location filename="../../ui/pages/draw.py" line="204"/>
        <location filename="../../ui/pages/results.py" line="101"/>
        <location filename="../../ui/pages/roster.py" line="47"/>
        <source>组别</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../app/cli/roster_cmds.py" line="62"/>
        <location filename="../../ui/pages/roster.py" line="48"/>
        <source>资格审核</source>
        <translation>Eligibility check</translation>
    </message>
    <message>
        <location filename="../../app/cli/roster_cmds.py" line="71"/>
        <location filename="../../app/cli/scoring_cmds.py" line="103"/>
        <source>模板已保存：{p}</source>
        <translation>Template saved: {p}</translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="32"/>
        <source>新建赛场文件</source>
        <translation>Create a venue file</translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="38"/>
        <source>比赛日期，如 2026-11-28</source>
        <translation>Competition date, e.g. 2026-11-28</translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="39"/>
        <location filename="../../app/cli/venue_cmds.py" line="174"/>
        <location filename="../../app/services/venue.py" line="60"/>
        <source>比赛地点</source>
        <translation>Competition location</translation>
    </message>
    <message>
        <location filename="../../app/cli/package_cmds.py" line="63"/>
        <location filename="../../app/cli/venue_cmds.py" line="39"/>
        <source>裁判长姓名</source>
        <translation>Head judge&apos;s name</translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="34"/>
        <source>组委会的赛场设置包（.zip）：项目、名单、账号、设置和组委会公钥都从中读取（须 --fingerprint 和口令）</source>
        <translation>Organising committee venue setup package (.zip): item, list, accounts, settings and the organising committee public key are all read from it (requires --fingerprint and the passphrase)</translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="35"/>
        <source>组委会书面通知上印的组委会公钥指纹（与 --setup 一起用）</source>
        <translation>Organising committee public key fingerprint printed on the committee&apos;s written notice (use with --setup)</translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="37"/>
        <source>竞赛项目序号 1–33（见 venuescore items）；与 --setup 一起用时须与设置包一致</source>
        <translation>Competition item number 1–33 (see venuescore items); with --setup it must match the setup package</translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="40"/>
        <source>裁判长 PIN（4–12 位数字）</source>
        <translation>Head judge PIN (4–12 digits)</translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="41"/>
        <source>组别，可重复，如 --group 职工组 --group 学生组</source>
        <translation>Group, repeatable, e.g. --group Employees --group Students</translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="43"/>
        <source>裁判长口令（至少 10 个字符、两类字符；也可设环境变量 VENUESCORE_KEY_PASSPHRASE）</source>
        <translation>Head judge passphrase (at least 10 characters of two kinds; or set the environment variable VENUESCORE_KEY_PASSPHRASE)</translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="44"/>
        <source>把恢复码打印到此 PDF（密封保存）</source>
        <translation>Print the recovery codes to this PDF (keep it sealed)</translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="46"/>
        <source>列出本届大赛的 33 个竞赛项目</source>
        <translation>List the 33 competition items in this competition</translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="48"/>
        <source>生成演示赛场（40 名选手）</source>
        <translation>Create a demo venue (40 contestants)</translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="49"/>
        <source>放置演示文件的文件夹（默认：用户数据目录）</source>
        <translation>Folder for the demo files (default: user data folder)</translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="51"/>
        <source>演示进度：roster 仅名单 / drawn 已检录抽签 / scored 已评分锁定（默认）</source>
        <translation>Demo stage: roster = list only / drawn = checked in and drawn / scored = scored and locked (default)</translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="53"/>
        <source>显示赛场文件的项目信息和设置</source>
        <translation>Show the venue file&apos;s item details and settings</translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="55"/>
        <source>账号管理</source>
        <translation>Account management</translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="56"/>
        <source>列出账号</source>
        <translation>List accounts</translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="57"/>
        <source>添加账号（裁判长或管理员）</source>
        <translation>Add an account (head judge or administrator)</translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="60"/>
        <source>修改自己的 PIN，或重设他人的 PIN（裁判长或管理员；裁判长的 PIN 只能由裁判长本人修改）</source>
        <translation>Change your own PIN, or reset someone else&apos;s (head judge or administrator; the head judge&apos;s PIN can only be changed by the head judge)</translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="61"/>
        <source>要修改 PIN 的账号</source>
        <translation>Account whose PIN to change</translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="63"/>
        <source>查看或修改项目设置（裁判长）</source>
        <translation>View or change item settings (head judge)</translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="65"/>
        <source>如 --set pass_line=60 --set tie_break_modules=B,A --set award_base=registered</source>
        <translation>e.g. --set pass_line=60 --set tie_break_modules=B,A --set award_base=registered</translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="80"/>
        <source>请给出 {flags}（或用 --setup 从组委会的设置包新建）</source>
        <translation>Please give {flags} (or create from the organising committee&apos;s setup package with --setup)</translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="92"/>
        <source>已创建 {path}：{item}（{host}），{date}</source>
        <translation>Created {path}: {item} ({host}), {date}</translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="95"/>
        <source>提示：尚未设置裁判长口令。抽签、锁定和导出前须设置：venuescore keys init --db {p}</source>
        <translation>Tip: the head judge passphrase has not been set. It must be set before the draw, locking and export: venuescore keys init --db {p}</translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="98"/>
        <source>已设置裁判长口令。赛场签名公钥：{line}（指纹 {fp}），请报组委会登记。</source>
        <translation>Head judge passphrase set. Venue signing public key: {line} (fingerprint {fp}); report it to the organising committee for registration.</translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="115"/>
        <source>设置包中组委会公钥的指纹为 {fp}。请与组委会书面通知上印的指纹逐位核对，一致时加 --fingerprint 再运行。</source>
        <translation>The organising committee public key fingerprint in the setup package is {fp}. Check it character by character against the fingerprint printed on the committee&apos;s written notice; if they match, run again with --fingerprint.</translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="119"/>
        <source>从设置包新建须同时设置裁判长口令（--passphrase 或环境变量 {env}）</source>
        <translation>Creating from a setup package also requires setting the head judge passphrase (--passphrase or the environment variable {env})</translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="124"/>
        <source>已从组委会设置包创建 {path}（组委会公钥指纹 {fp} 已核对）。</source>
        <translation>Created {path} from the organising committee setup package (organising committee public key fingerprint {fp} checked).</translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="127"/>
        <source>各账号的初始 PIN（只显示这一次，请分别交给本人，登录后可修改）：</source>
        <translation>Initial PINs for each account (shown only this once; give each to its owner, who can change it after logging in):</translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="130"/>
        <source>赛场签名公钥：{line}（指纹 {fp}），请报组委会登记为本项目的密钥。</source>
        <translation>Venue signing public key: {line} (fingerprint {fp}); report it to the organising committee for registration as this item&apos;s key.</translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="141"/>
        <location filename="../../app/cli/venue_cmds.py" line="173"/>
        <source>竞赛项目</source>
        <translation>Competition item</translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="141"/>
        <location filename="../../app/cli/venue_cmds.py" line="173"/>
        <source>承办单位</source>
        <translation>Host organisation</translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="141"/>
        <location filename="../../app/cli/venue_cmds.py" line="173"/>
        <source>联系人</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="141"/>
        <source>联系电话</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="156"/>
        <source>演示赛场：{p}</source>
        <translation>Demo venue: {p}</translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="157"/>
        <source>演示名单：{p}</source>
        <translation>Demo list: {p}</translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="158"/>
        <source>含错误的名单（演示错误报告）：{p}</source>
        <translation>List with errors (to demonstrate the error report): {p}</translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="159"/>
        <source>裁判长 {n}，PIN {pin}</source>
        <translation>Head judge {n}, PIN {pin}</translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="174"/>
        <source>比赛日期</source>
        <translation>Competition date</translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="175"/>
        <location filename="../../app/reports/blank_sheets.py" line="95"/>
        <location filename="../../app/reports/checkin_sheets.py" line="103"/>
        <location filename="../../app/reports/checkin_sheets.py" line="144"/>
        <location filename="../../app/reports/lock_sheet.py" line="74"/>
        <location filename="../../app/reports/recovery_sheet.py" line="43"/>
        <location filename="../../app/reports/result_reports.py" line="355"/>
        <location filename="../../app/reports/score_sheets.py" line="241"/>
        <location filename="../../app/services/venue.py" line="61"/>
        <source>裁判长</source>
        <translation>Head judge</translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="175"/>
        <location filename="../../app/services/central.py" line="349"/>
        <source>不分组</source>
        <translation>No groups</translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="179"/>
        <source>裁判长下一步</source>
        <translation>Head judge&apos;s next steps</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="205"/>
        <location filename="../../app/cli/central_cmds.py" line="295"/>
        <location filename="../../app/cli/venue_cmds.py" line="180"/>
        <location filename="../../app/reports/central_reports.py" line="46"/>
        <location filename="../../app/reports/central_reports.py" line="76"/>
        <location filename="../../app/reports/central_reports.py" line="85"/>
        <location filename="../../app/reports/result_reports.py" line="352"/>
        <location filename="../../app/services/central.py" line="134"/>
        <location filename="../../app/services/central.py" line="136"/>
        <location filename="../../ui/central_window.py" line="151"/>
        <location filename="../../ui/central_window.py" line="198"/>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="188"/>
        <location filename="../../ui/pages/settings.py" line="80"/>
        <source>有效</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="188"/>
        <location filename="../../ui/pages/settings.py" line="80"/>
        <source>停用</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="190"/>
        <location filename="../../app/services/users.py" line="106"/>
        <location filename="../../ui/pages/settings.py" line="79"/>
        <source>裁判编号</source>
        <translation>Judge no.</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="205"/>
        <location filename="../../app/cli/scoring_cmds.py" line="167"/>
        <location filename="../../app/cli/venue_cmds.py" line="190"/>
        <location filename="../../app/reports/result_reports.py" line="322"/>
        <location filename="../../app/services/scoring.py" line="470"/>
        <location filename="../../ui/central_window.py" line="154"/>
        <location filename="../../ui/pages/checkin.py" line="170"/>
        <location filename="../../ui/pages/scoring_extras.py" line="136"/>
        <location filename="../../ui/pages/settings.py" line="80"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="199"/>
        <source>已添加 {n}（{r}）</source>
        <translation>Added {n} ({r})</translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="208"/>
        <source>已更新 {n} 的 PIN</source>
        <translation>PIN updated for {n}</translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="222"/>
        <source>未知设置项 {k}；可用：{keys}</source>
        <translation>Unknown setting {k}; available: {keys}</translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="234"/>
        <source>设置</source>
        <translation>Setting</translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="234"/>
        <source>值</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="29"/>
        <source>第 {row} 行</source>
        <translation>Row {row}</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="31"/>
        <source>“{column}”列</source>
        <translation>Column “{column}”</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="38"/>
        <source>（值：{value}）</source>
        <translation>(value: {value})</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="55"/>
        <source>  ……另有 {n} 处问题</source>
        <translation>  …and {n} more problems</translation>
    </message>
    <message>
        <location filename="../../app/fileio.py" line="56"/>
        <source>无法写入 {path}：{err}。请检查磁盘空间和写权限后重试；原有文件未被改动。</source>
        <translation>Cannot write {path}: {err}. Check the disk space and write permissions, then try again; the existing file has not been changed.</translation>
    </message>
    <message>
        <location filename="../../app/item_settings.py" line="59"/>
        <source>合格线须大于 0 且不超过总分</source>
        <translation>The pass mark must be greater than 0 and no more than the total score</translation>
    </message>
    <message>
        <location filename="../../app/item_settings.py" line="59"/>
        <location filename="../../app/item_settings.py" line="74"/>
        <location filename="../../app/rules/awards.py" line="58"/>
        <location filename="../../ui/pages/settings.py" line="65"/>
        <source>合格线</source>
        <translation>Pass mark</translation>
    </message>
    <message>
        <location filename="../../app/item_settings.py" line="61"/>
        <source>优胜奖人数基数须为“实际参赛”或“报名”</source>
        <translation>The base for the number of merit awards must be “actual participants” or “registered”</translation>
    </message>
    <message>
        <location filename="../../app/item_settings.py" line="61"/>
        <location filename="../../app/item_settings.py" line="76"/>
        <location filename="../../app/rules/awards.py" line="60"/>
        <source>优胜奖基数</source>
        <translation>Merit award base</translation>
    </message>
    <message>
        <location filename="../../app/item_settings.py" line="63"/>
        <source>小数位须为 0–4</source>
        <translation>Decimal places must be 0–4</translation>
    </message>
    <message>
        <location filename="../../app/item_settings.py" line="63"/>
        <location filename="../../app/item_settings.py" line="79"/>
        <location filename="../../ui/pages/settings.py" line="71"/>
        <source>小数位</source>
        <translation>Decimal places</translation>
    </message>
    <message>
        <location filename="../../app/item_settings.py" line="65"/>
        <source>设置有误</source>
        <translation>Invalid settings</translation>
    </message>
    <message>
        <location filename="../../app/vocab.py" line="73"/>
        <source>实际参赛人数</source>
        <translation>Actual participants</translation>
    </message>
    <message>
        <location filename="../../app/vocab.py" line="73"/>
        <source>报名人数</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="191"/>
        <location filename="../../app/item_settings.py" line="71"/>
        <location filename="../../app/reports/lock_sheet.py" line="54"/>
        <location filename="../../app/reports/lock_sheet.py" line="64"/>
        <location filename="../../app/services/scoring.py" line="506"/>
        <source>模块 {m}</source>
        <translation>Module {m}</translation>
    </message>
    <message>
        <location filename="../../app/item_settings.py" line="71"/>
        <location filename="../../app/rules/awards.py" line="226"/>
        <location filename="../../app/services/audit_words.py" line="46"/>
        <location filename="../../app/services/central_checks.py" line="250"/>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="73"/>
        <location filename="../../app/cli/scoring_cmds.py" line="167"/>
        <location filename="../../app/item_settings.py" line="73"/>
        <location filename="../../app/reports/central_reports.py" line="47"/>
        <location filename="../../app/reports/central_reports.py" line="85"/>
        <location filename="../../app/reports/lock_sheet.py" line="56"/>
        <location filename="../../app/reports/result_reports.py" line="170"/>
        <location filename="../../app/reports/result_reports.py" line="232"/>
        <location filename="../../app/reports/result_reports.py" line="270"/>
        <location filename="../../app/reports/result_reports.py" line="322"/>
        <location filename="../../app/reports/score_sheets.py" line="123"/>
        <location filename="../../ui/pages/results.py" line="162"/>
        <location filename="../../ui/pages/scoring_extras.py" line="142"/>
        <location filename="../../ui/pages/settings.py" line="64"/>
        <source>总分</source>
        <translation>Total score</translation>
    </message>
    <message>
        <location filename="../../app/item_settings.py" line="75"/>
        <source>同分比较顺序</source>
        <translation>Tie-break order</translation>
    </message>
    <message>
        <location filename="../../app/item_settings.py" line="75"/>
        <source>，再比较用时（少者优先）</source>
        <translation>, then time used (less is better)</translation>
    </message>
    <message>
        <location filename="../../app/item_settings.py" line="76"/>
        <source>{base}（超过 30 人时按不超过 30% 设优胜奖）</source>
        <translation>{base} (over 30 contestants: merit awards for no more than 30%)</translation>
    </message>
    <message>
        <location filename="../../app/item_settings.py" line="77"/>
        <source>获奖须合格</source>
        <translation>Awards require a pass</translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="28"/>
        <location filename="../../app/services/scheme.py" line="518"/>
        <source>评分标准</source>
        <translation>Marking scheme</translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="29"/>
        <source>导入评分标准 .xlsx / .csv（评分开始后须裁判长填写原因）</source>
        <translation>Import marking scheme .xlsx / .csv (after scoring starts, the head judge must give a reason)</translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="30"/>
        <source>评分开始后修改评分标准的原因</source>
        <translation>Reason for changing the marking scheme after scoring has started</translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="31"/>
        <source>导出评分标准 .xlsx</source>
        <translation>Export marking scheme as .xlsx</translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="32"/>
        <source>列出评分标准</source>
        <translation>List the marking scheme</translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="33"/>
        <source>保存评分标准模板 .xlsx</source>
        <translation>Save marking scheme template as .xlsx</translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="34"/>
        <source>保存示例（LED 显示屏应用）而不是空白模板</source>
        <translation>Save an example (LED display application) instead of a blank template</translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="36"/>
        <source>评分录入</source>
        <translation>Score entry</translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="37"/>
        <source>导入纸质评分表 .xlsx / .csv（全部正确才导入）</source>
        <translation>Import paper score sheets .xlsx / .csv (imports only if everything is correct)</translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="39"/>
        <source>录入进度：各裁判、各评分项的缺分，分差超限与复核不一致</source>
        <translation>Entry progress: missing scores by judge and criterion, score gaps over the limit and check mismatches</translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="40"/>
        <source>列出全部缺分（默认只列前 30 条）</source>
        <translation>List all missing scores (by default only the first 30)</translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="41"/>
        <source>录入一个分数（评价分以登录裁判的身份录入）</source>
        <translation>Enter a score (judgement scores are entered as the logged-in judge)</translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="42"/>
        <location filename="../../ui/pages/scheme.py" line="103"/>
        <source>评分项编号</source>
        <translation>Criterion no.</translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="42"/>
        <location filename="../../app/services/scoring_import.py" line="69"/>
        <location filename="../../ui/dialogs/scoring_dialogs.py" line="96"/>
        <source>分数</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="44"/>
        <source>测量分复核录入（须另一人）</source>
        <translation>Check entry of measurement scores (must be another person)</translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="45"/>
        <source>更正现值（须填写 --reason）</source>
        <translation>Correct the current value (--reason required)</translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="46"/>
        <source>更正原因</source>
        <translation>Reason for correction</translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="47"/>
        <source>裁判长更正评价分时：哪位裁判（编号或姓名）</source>
        <translation>When the head judge corrects a judgement score: which judge (number or name)</translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="48"/>
        <source>各加密号的模块分与总分</source>
        <translation>Module scores and total for each blind code</translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="49"/>
        <source>按加密号登记弃权、缺考或恢复参赛（评分组所见，须填原因）</source>
        <translation>Record withdrew, absent or reinstated by blind code (as seen by the scoring team; reason required)</translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="51"/>
        <source>competed 参赛 | absent 缺考 | withdrew 弃权</source>
        <translation>competed | absent | withdrew</translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="54"/>
        <source>裁判长锁定成绩（模块或全项目；以口令签名检查点）</source>
        <translation>Head judge locks results (a module or the whole item; checkpoint signed with the passphrase)</translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="55"/>
        <source>只锁定这个模块</source>
        <translation>Lock only this module</translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="57"/>
        <source>打印成绩锁定确认单（载有审计链签名检查点，供签字）</source>
        <translation>Print the results lock confirmation (carries the audit chain&apos;s signed checkpoint, for signing)</translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="58"/>
        <source>裁判长解除锁定（须填写原因）</source>
        <translation>Head judge unlocks (reason required)</translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="68"/>
        <source>评分标准：{m} 个模块，{c} 个评分项，合计 {t} 分</source>
        <translation>Marking scheme: {m} modules, {c} criteria, {t} marks in total</translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="93"/>
        <location filename="../../app/cli/scoring_cmds.py" line="127"/>
        <location filename="../../app/services/draw.py" line="432"/>
        <location filename="../../ui/pages/scheme.py" line="102"/>
        <location filename="../../ui/pages/scoring.py" line="147"/>
        <source>模块</source>
        <translation>Module</translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="93"/>
        <location filename="../../app/reports/score_sheets.py" line="214"/>
        <location filename="../../ui/pages/scheme.py" line="104"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="93"/>
        <location filename="../../app/services/scheme.py" line="318"/>
        <location filename="../../app/services/scheme.py" line="388"/>
        <location filename="../../ui/pages/scheme.py" line="105"/>
        <source>分值</source>
        <translation>Marks</translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="93"/>
        <location filename="../../app/cli/scoring_cmds.py" line="122"/>
        <location filename="../../app/services/central_trail.py" line="201"/>
        <location filename="../../app/services/scoring.py" line="316"/>
        <location filename="../../ui/dialogs/scoring_dialogs.py" line="95"/>
        <location filename="../../ui/pages/scoring.py" line="117"/>
        <source>裁判</source>
        <translation>Judge</translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="93"/>
        <source>描述</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="94"/>
        <source>合计 {t} 分（项目总分 {p}）{f}</source>
        <translation>Total {t} marks (item total {p}){f}</translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="95"/>
        <source>，评分已开始，已冻结</source>
        <translation>, scoring has started; frozen</translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="121"/>
        <source>已抽签 {n} 人，须评分 {r} 人</source>
        <translation>{n} contestants drawn, {r} to be scored</translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="122"/>
        <location filename="../../app/cli/scoring_cmds.py" line="124"/>
        <source>已录入</source>
        <translation>Entered</translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="122"/>
        <location filename="../../app/cli/scoring_cmds.py" line="124"/>
        <source>应录入</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="122"/>
        <location filename="../../app/cli/scoring_cmds.py" line="124"/>
        <source>缺</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="124"/>
        <location filename="../../app/reports/score_sheets.py" line="214"/>
        <location filename="../../app/services/central_trail.py" line="201"/>
        <location filename="../../ui/pages/scoring.py" line="118"/>
        <source>评分项</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="127"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="127"/>
        <location filename="../../app/cli/venue_cmds.py" line="178"/>
        <source>锁定</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="127"/>
        <location filename="../../app/cli/scoring_cmds.py" line="130"/>
        <source>缺分</source>
        <translation>Missing scores</translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="127"/>
        <location filename="../../app/cli/scoring_cmds.py" line="130"/>
        <source>分差超限</source>
        <translation>Gap over limit</translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="127"/>
        <location filename="../../app/cli/scoring_cmds.py" line="130"/>
        <source>复核不一致</source>
        <translation>Check mismatch</translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="128"/>
        <location filename="../../app/cli/scoring_cmds.py" line="169"/>
        <location filename="../../app/item_settings.py" line="77"/>
        <location filename="../../app/item_settings.py" line="78"/>
        <location filename="../../app/services/audit_words.py" line="42"/>
        <location filename="../../app/services/central_purge.py" line="39"/>
        <location filename="../../ui/dialogs/scoring_dialogs.py" line="101"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="136"/>
        <source>……另有 {n} 条，加 --all 查看</source>
        <translation>…{n} more; add --all to see them</translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="139"/>
        <location filename="../../app/services/day.py" line="35"/>
        <source>全项目已锁定</source>
        <translation>Whole item locked</translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="141"/>
        <source>可以锁定</source>
        <translation>Ready to lock</translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="141"/>
        <source>尚不能锁定</source>
        <translation>Cannot lock yet</translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="155"/>
        <source>已保存：{c} 加密号 {b} = {v}</source>
        <translation>Saved: {c} blind code {b} = {v}</translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="157"/>
        <source>注意：</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="167"/>
        <source>完整</source>
        <translation>Complete</translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="169"/>
        <location filename="../../app/item_settings.py" line="77"/>
        <location filename="../../app/item_settings.py" line="78"/>
        <location filename="../../app/services/audit_words.py" line="42"/>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="178"/>
        <source>加密号 {b}：{s}</source>
        <translation>Blind code {b}: {s}</translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="191"/>
        <source>已锁定：{m}</source>
        <translation>Locked: {m}</translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="191"/>
        <location filename="../../app/reports/lock_sheet.py" line="64"/>
        <location filename="../../app/services/scoring.py" line="506"/>
        <source>全项目</source>
        <translation>Whole item</translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="192"/>
        <source>签名检查点：审计链 {short}</source>
        <translation>Signed checkpoint: audit chain {short}</translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="194"/>
        <source>成绩锁定确认单：{p}</source>
        <translation>Results lock confirmation: {p}</translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="203"/>
        <source>已解除锁定</source>
        <translation>Unlocked</translation>
    </message>
    <message>
        <location filename="../../app/item_settings.py" line="78"/>
        <source>测量分双人录入</source>
        <translation>Double entry of measurement scores</translation>
    </message>
    <message>
        <location filename="../../app/package/keys.py" line="59"/>
        <source>公钥格式不正确：长度不对</source>
        <translation>Invalid public key format: wrong length</translation>
    </message>
    <message>
        <location filename="../../app/package/keys.py" line="79"/>
        <source>公钥注释只能有一行</source>
        <translation>The public key comment must be a single line</translation>
    </message>
    <message>
        <location filename="../../app/package/keys.py" line="97"/>
        <source>公钥格式不正确：应为一行以“RW”开头的 Base64 文本，或整个 .pub 文件</source>
        <translation>Invalid public key format: should be one line of Base64 text starting with “RW”, or the whole .pub file</translation>
    </message>
    <message>
        <location filename="../../app/package/keys.py" line="101"/>
        <source>公钥格式不正确：不是有效的 Base64 文本</source>
        <translation>Invalid public key format: not valid Base64 text</translation>
    </message>
    <message>
        <location filename="../../app/package/keys.py" line="103"/>
        <source>公钥格式不正确：不是 minisign Ed25519 公钥</source>
        <translation>Invalid public key format: not a minisign Ed25519 public key</translation>
    </message>
    <message>
        <location filename="../../app/package/keys.py" line="155"/>
        <source>口令至少需要 {n} 个字符</source>
        <translation>The passphrase must be at least {n} characters</translation>
    </message>
    <message>
        <location filename="../../app/package/keys.py" line="198"/>
        <source>私钥文件已损坏或不是本软件的私钥文件（{detail}）</source>
        <translation>The private key file is damaged or is not a private key file from this software ({detail})</translation>
    </message>
    <message>
        <location filename="../../app/package/keys.py" line="218"/>
        <location filename="../../app/sealing.py" line="182"/>
        <location filename="../../app/services/draw_seal.py" line="120"/>
        <source>不是 JSON</source>
        <translation>not JSON</translation>
    </message>
    <message>
        <location filename="../../app/package/keys.py" line="222"/>
        <source>版本 {v} 不受支持</source>
        <translation>version {v} is not supported</translation>
    </message>
    <message>
        <location filename="../../app/package/keys.py" line="263"/>
        <location filename="../../app/sealing.py" line="201"/>
        <source>口令不正确</source>
        <translation>Incorrect passphrase</translation>
    </message>
    <message>
        <location filename="../../app/package/keys.py" line="267"/>
        <location filename="../../app/sealing.py" line="206"/>
        <source>密文校验失败</source>
        <translation>Ciphertext check failed</translation>
    </message>
    <message>
        <location filename="../../app/package/keys.py" line="270"/>
        <source>公钥与私钥不匹配</source>
        <translation>The public key does not match the private key</translation>
    </message>
    <message>
        <location filename="../../app/package/minisign.py" line="78"/>
        <source>{what}只能有一行</source>
        <translation>{what} must be a single line</translation>
    </message>
    <message>
        <location filename="../../app/package/minisign.py" line="80"/>
        <source>{what}太长（最多 {n} 字节）</source>
        <translation>{what} is too long (at most {n} bytes)</translation>
    </message>
    <message>
        <location filename="../../app/package/minisign.py" line="90"/>
        <source>可信注释</source>
        <translation>Trusted comment</translation>
    </message>
    <message>
        <location filename="../../app/package/minisign.py" line="91"/>
        <source>不可信注释</source>
        <translation>Untrusted comment</translation>
    </message>
    <message>
        <location filename="../../app/package/minisign.py" line="103"/>
        <source>签名文件格式不正确：{reason}</source>
        <translation>Invalid signature file format: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/package/minisign.py" line="110"/>
        <source>{what}不是有效的 Base64</source>
        <translation>{what} is not valid Base64</translation>
    </message>
    <message>
        <location filename="../../app/package/minisign.py" line="112"/>
        <source>{what}长度不对</source>
        <translation>{what} has the wrong length</translation>
    </message>
    <message>
        <location filename="../../app/package/minisign.py" line="124"/>
        <source>应为 4 行，实际 {n} 行</source>
        <translation>should be 4 lines, found {n}</translation>
    </message>
    <message>
        <location filename="../../app/package/minisign.py" line="127"/>
        <source>第 1 行应以“untrusted comment: ”开头</source>
        <translation>line 1 should start with “untrusted comment: ”</translation>
    </message>
    <message>
        <location filename="../../app/package/minisign.py" line="129"/>
        <source>第 3 行应以“trusted comment: ”开头</source>
        <translation>line 3 should start with “trusted comment: ”</translation>
    </message>
    <message>
        <location filename="../../app/package/minisign.py" line="130"/>
        <source>第 2 行（签名）</source>
        <translation>Line 2 (signature)</translation>
    </message>
    <message>
        <location filename="../../app/package/minisign.py" line="133"/>
        <source>不支持的签名算法</source>
        <translation>unsupported signature algorithm</translation>
    </message>
    <message>
        <location filename="../../app/package/minisign.py" line="140"/>
        <source>第 4 行（全局签名）</source>
        <translation>Line 4 (global signature)</translation>
    </message>
    <message>
        <location filename="../../app/package/minisign.py" line="152"/>
        <source>签名所用密钥与登记的公钥不符</source>
        <translation>The signing key does not match the registered public key</translation>
    </message>
    <message>
        <location filename="../../app/package/minisign.py" line="158"/>
        <source>签名无效：文件已被修改或签名被替换</source>
        <translation>Invalid signature: the file has been modified or the signature replaced</translation>
    </message>
    <message>
        <location filename="../../app/package/minisign.py" line="163"/>
        <source>可信注释被修改</source>
        <translation>The trusted comment has been modified</translation>
    </message>
    <message>
        <location filename="../../app/package/sha256sums.py" line="37"/>
        <source>文件名不能写入校验清单</source>
        <translation>The file name cannot be written to the checksum list</translation>
    </message>
    <message>
        <location filename="../../app/package/sha256sums.py" line="52"/>
        <source>校验清单 {name} 是空的</source>
        <translation>Checksum list {name} is empty</translation>
    </message>
    <message>
        <location filename="../../app/package/sha256sums.py" line="54"/>
        <source>文件末尾缺少换行</source>
        <translation>Missing newline at end of file</translation>
    </message>
    <message>
        <location filename="../../app/package/sha256sums.py" line="57"/>
        <source>含 Windows 换行符（文件可能被记事本改过）</source>
        <translation>Contains Windows line endings (the file may have been edited in Notepad)</translation>
    </message>
    <message>
        <location filename="../../app/package/sha256sums.py" line="63"/>
        <source>格式应为“64 位十六进制哈希 + 两个空格 + 文件名”</source>
        <translation>Format should be “64-character hexadecimal hash + two spaces + file name”</translation>
    </message>
    <message>
        <location filename="../../app/package/sha256sums.py" line="78"/>
        <source>与“{other}”重复</source>
        <translation>Duplicates “{other}”</translation>
    </message>
    <message>
        <location filename="../../app/package/sha256sums.py" line="84"/>
        <source>校验清单 {name} 格式不正确</source>
        <translation>Checksum list {name} is incorrectly formatted</translation>
    </message>
    <message>
        <location filename="../../app/package/sha256sums.py" line="101"/>
        <source>缺少文件“{name}”（清单中有，包里没有）</source>
        <translation>Missing file “{name}” (in the list but not in the package)</translation>
    </message>
    <message>
        <location filename="../../app/package/sha256sums.py" line="103"/>
        <source>文件“{name}”的哈希不符：内容已被修改或损坏</source>
        <translation>Hash mismatch for file “{name}”: the content has been modified or damaged</translation>
    </message>
    <message>
        <location filename="../../app/package/sha256sums.py" line="106"/>
        <source>多出文件“{name}”（包里有，清单中没有）</source>
        <translation>Extra file “{name}” (in the package but not in the list)</translation>
    </message>
    <message>
        <location filename="../../app/package/zipsafe.py" line="62"/>
        <source>文件名为空</source>
        <translation>File name is empty</translation>
    </message>
    <message>
        <location filename="../../app/package/zipsafe.py" line="64"/>
        <source>文件名含反斜杠（\）</source>
        <translation>File name contains a backslash (\)</translation>
    </message>
    <message>
        <location filename="../../app/package/zipsafe.py" line="66"/>
        <source>是绝对路径</source>
        <translation>is an absolute path</translation>
    </message>
    <message>
        <location filename="../../app/package/zipsafe.py" line="68"/>
        <source>含盘符（如 C:）</source>
        <translation>contains a drive letter (e.g. C:)</translation>
    </message>
    <message>
        <location filename="../../app/package/zipsafe.py" line="70"/>
        <source>文件名含控制字符（如换行）</source>
        <translation>File name contains control characters (e.g. a newline)</translation>
    </message>
    <message>
        <location filename="../../app/package/zipsafe.py" line="72"/>
        <source>文件名含 Windows 不允许的字符（&lt; &gt; : &quot; | ? *）</source>
        <translation>File name contains characters not allowed on Windows (&lt; &gt; : &quot; | ? *)</translation>
    </message>
    <message>
        <location filename="../../app/package/zipsafe.py" line="75"/>
        <source>含“..”上级目录</source>
        <translation>contains a “..” parent directory</translation>
    </message>
    <message>
        <location filename="../../app/package/zipsafe.py" line="77"/>
        <source>路径中有空的或“.”目录</source>
        <translation>path contains an empty or “.” directory</translation>
    </message>
    <message>
        <location filename="../../app/package/zipsafe.py" line="79"/>
        <source>文件名首尾有空格或以“.”结尾（Windows 下会被改名）</source>
        <translation>File name starts or ends with a space or ends with “.” (Windows would rename it)</translation>
    </message>
    <message>
        <location filename="../../app/package/zipsafe.py" line="90"/>
        <source>压缩包中的“{name}”{reason}，已拒绝读取，未解出任何文件</source>
        <translation>“{name}” in the archive {reason}; reading refused, no files extracted</translation>
    </message>
    <message>
        <location filename="../../app/package/zipsafe.py" line="95"/>
        <source>（共 {n} 处问题）</source>
        <translation>({n} problems in total)</translation>
    </message>
    <message>
        <location filename="../../app/package/zipsafe.py" line="99"/>
        <source>文件不完整或已损坏，请重新拷贝</source>
        <translation>The file is incomplete or damaged; please copy it again</translation>
    </message>
    <message>
        <location filename="../../app/package/zipsafe.py" line="101"/>
        <source>（{detail}）</source>
        <translation>({detail})</translation>
    </message>
    <message>
        <location filename="../../app/package/zipsafe.py" line="118"/>
        <source>是符号链接</source>
        <translation>is a symbolic link</translation>
    </message>
    <message>
        <location filename="../../app/package/zipsafe.py" line="120"/>
        <source>不是普通文件（设备、管道等）</source>
        <translation>is not a regular file (device, pipe, etc.)</translation>
    </message>
    <message>
        <location filename="../../app/package/zipsafe.py" line="124"/>
        <source>已加密，无法检查内容</source>
        <translation>is encrypted; its content cannot be checked</translation>
    </message>
    <message>
        <location filename="../../app/package/zipsafe.py" line="126"/>
        <source>使用了不支持的压缩方式（{n}）</source>
        <translation>uses an unsupported compression method ({n})</translation>
    </message>
    <message>
        <location filename="../../app/package/zipsafe.py" line="129"/>
        <source>解压后 {size} 字节，超过单个文件上限 {limit} 字节</source>
        <translation>is {size} bytes when extracted, over the per-file limit of {limit} bytes</translation>
    </message>
    <message>
        <location filename="../../app/package/zipsafe.py" line="137"/>
        <source>压缩比 {ratio:.0f} 倍，超过上限 {limit} 倍（疑似“压缩炸弹”）</source>
        <translation>has a compression ratio of {ratio:.0f}x, over the limit of {limit}x (suspected “zip bomb”)</translation>
    </message>
    <message>
        <location filename="../../app/package/zipsafe.py" line="150"/>
        <source>压缩包含 {n} 个条目，超过上限 {limit} 个，已拒绝读取</source>
        <translation>The archive contains {n} entries, over the limit of {limit}; reading refused</translation>
    </message>
    <message>
        <location filename="../../app/package/zipsafe.py" line="165"/>
        <source>重复出现</source>
        <translation>appears more than once</translation>
    </message>
    <message>
        <location filename="../../app/package/zipsafe.py" line="167"/>
        <source>与“{other}”只差大小写，会互相覆盖</source>
        <translation>differs from “{other}” only in letter case; they would overwrite each other</translation>
    </message>
    <message>
        <location filename="../../app/package/zipsafe.py" line="177"/>
        <source>所有文件解压后共 {size} 字节，超过上限 {limit} 字节</source>
        <translation>All files total {size} bytes when extracted, over the limit of {limit} bytes</translation>
    </message>
    <message>
        <location filename="../../app/package/zipsafe.py" line="180"/>
        <location filename="../../app/package/zipsafe.py" line="186"/>
        <source>（全部条目）</source>
        <translation>(all entries)</translation>
    </message>
    <message>
        <location filename="../../app/package/zipsafe.py" line="186"/>
        <source>各条目的数据互相重叠（疑似“压缩炸弹”）</source>
        <translation>entries&apos; data overlap each other (suspected “zip bomb”)</translation>
    </message>
    <message>
        <location filename="../../app/package/zipsafe.py" line="204"/>
        <source>的实际内容比登记的大小更大</source>
        <translation>has actual content larger than its recorded size</translation>
    </message>
    <message>
        <location filename="../../app/package/zipsafe.py" line="207"/>
        <source>“{name}”内容不完整</source>
        <translation>“{name}” is incomplete</translation>
    </message>
    <message>
        <location filename="../../app/package/zipsafe.py" line="221"/>
        <location filename="../../app/package/zipsafe.py" line="252"/>
        <source>无法读取文件：{error}</source>
        <translation>Cannot read the file: {error}</translation>
    </message>
    <message>
        <location filename="../../app/package/zipsafe.py" line="234"/>
        <source>文件大小 {size} 字节，超过上限，已拒绝读取</source>
        <translation>File size {size} bytes is over the limit; reading refused</translation>
    </message>
    <message>
        <location filename="../../app/package/zipsafe.py" line="247"/>
        <source>文件不完整或已损坏，请重新拷贝（CRC 校验错误）</source>
        <translation>The file is incomplete or damaged; please copy it again (CRC check error)</translation>
    </message>
    <message>
        <location filename="../../app/package/zipsafe.py" line="257"/>
        <source>压缩包时间必须在 1980 至 2107 年之间</source>
        <translation>Archive timestamps must be between 1980 and 2107</translation>
    </message>
    <message>
        <location filename="../../app/package/zipsafe.py" line="268"/>
        <source>与“{other}”只差大小写</source>
        <translation>differs from “{other}” only in letter case</translation>
    </message>
    <message>
        <location filename="../../app/package/zipsafe.py" line="271"/>
        <source>压缩包中的文件名不合适</source>
        <translation>Unsuitable file name in the archive</translation>
    </message>
    <message>
        <location filename="../../app/reports/fonts.py" line="49"/>
        <source>找不到或无法读取报表字体 {file}，无法生成 PDF。请重新安装本软件。</source>
        <translation>Cannot find or read the report font {file}; cannot generate the PDF. Please reinstall this software.</translation>
    </message>
    <message>
        <location filename="../../app/reports/pdf_base.py" line="329"/>
        <location filename="../../app/reports/score_sheets.py" line="187"/>
        <source>日期：</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../../app/reports/pdf_base.py" line="434"/>
        <source>版本：{revision}</source>
        <translation>Version: {revision}</translation>
    </message>
    <message>
        <location filename="../../app/reports/pdf_base.py" line="457"/>
        <source>项目：{item}</source>
        <translation>Item: {item}</translation>
    </message>
    <message>
        <location filename="../../app/reports/pdf_base.py" line="458"/>
        <source>赛场：{venue}</source>
        <translation>Venue: {venue}</translation>
    </message>
    <message>
        <location filename="../../app/reports/pdf_base.py" line="459"/>
        <source>日期：{date}</source>
        <translation>Date: {date}</translation>
    </message>
    <message>
        <location filename="../../app/reports/pdf_base.py" line="511"/>
        <source>打印时间：{time}</source>
        <translation>Printed: {time}</translation>
    </message>
    <message>
        <location filename="../../app/reports/pdf_base.py" line="521"/>
        <source>第 {page} 页 / 共 {pages} 页</source>
        <translation>Page {page} of {pages}</translation>
    </message>
    <message>
        <location filename="../../app/reports/pdf_base.py" line="624"/>
        <source>无法在文件夹 {folder} 中写入 PDF：{reason}</source>
        <translation>Cannot write the PDF in folder {folder}: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/reports/pdf_base.py" line="608"/>
        <source>无法排版报表“{title}”：有一行内容太长，一页放不下。请缩短该行内容后重试。</source>
        <translation>Cannot lay out the report “{title}”: one line is too long to fit on a page. Shorten that line and try again.</translation>
    </message>
    <message>
        <location filename="../../app/reports/pdf_base.py" line="634"/>
        <source>无法写入 PDF 文件 {path}：{reason}。如果该文件正在被其他程序打开，请先关闭。</source>
        <translation>Cannot write the PDF file {path}: {reason}. If the file is open in another program, close it first.</translation>
    </message>
    <message>
        <location filename="../../app/roles.py" line="59"/>
        <source>{who}无权{action}：此操作仅限{names}。</source>
        <translation>{who} may not {action}: this operation is restricted to {names}.</translation>
    </message>
    <message>
        <location filename="../../app/rules/draw.py" line="179"/>
        <source>至少需要 2 个见证值（现有 {n} 个）</source>
        <translation>At least 2 witness values are required ({n} given)</translation>
    </message>
    <message>
        <location filename="../../app/rules/draw.py" line="182"/>
        <source>第 {i} 个见证值为空</source>
        <translation>Witness value {i} is empty</translation>
    </message>
    <message>
        <location filename="../../app/rules/draw.py" line="184"/>
        <source>项目代码不能为空</source>
        <translation>Item code cannot be empty</translation>
    </message>
    <message>
        <location filename="../../app/rules/draw.py" line="186"/>
        <location filename="../../app/rules/draw.py" line="313"/>
        <source>报名号不能为空</source>
        <translation>Registration no. cannot be empty</translation>
    </message>
    <message>
        <location filename="../../app/rules/draw.py" line="189"/>
        <source>报名号 {e} 重复（出现 {n} 次）</source>
        <translation>Registration no. {e} is duplicated ({n} times)</translation>
    </message>
    <message>
        <location filename="../../app/rules/draw.py" line="192"/>
        <source>工位号 {s} 重复（出现 {n} 次）</source>
        <translation>Station {s} is duplicated ({n} times)</translation>
    </message>
    <message>
        <location filename="../../app/rules/draw.py" line="194"/>
        <source>工位数（{s}）少于参赛人数（{n}）</source>
        <translation>Number of stations ({s}) is less than the number of contestants ({n})</translation>
    </message>
    <message>
        <location filename="../../app/rules/draw.py" line="196"/>
        <location filename="../../app/rules/draw.py" line="327"/>
        <source>加密号位数至少为 1（现为 {n}）</source>
        <translation>Blind code length must be at least 1 (currently {n})</translation>
    </message>
    <message>
        <location filename="../../app/rules/draw.py" line="197"/>
        <source>抽签输入有误，未抽签</source>
        <translation>Invalid draw input; draw not performed</translation>
    </message>
    <message>
        <location filename="../../app/rules/draw.py" line="228"/>
        <source>算法版本不一致：记录为 {rec}，本程序为 {cur}，无法重算</source>
        <translation>Algorithm version mismatch: recorded {rec}, this program {cur}; cannot recompute</translation>
    </message>
    <message>
        <location filename="../../app/rules/draw.py" line="235"/>
        <location filename="../../app/services/draw_verify.py" line="107"/>
        <location filename="../../app/services/draw_verify.py" line="124"/>
        <location filename="../../app/services/draw_verify.py" line="175"/>
        <location filename="../../app/services/draw_verify.py" line="206"/>
        <source>无法重算：{err}</source>
        <translation>Cannot recompute: {err}</translation>
    </message>
    <message>
        <location filename="../../app/rules/draw.py" line="245"/>
        <source>种子不一致：记录为 {rec}，重算为 {cur}</source>
        <translation>Seed mismatch: recorded {rec}, recomputed {cur}</translation>
    </message>
    <message>
        <location filename="../../app/rules/draw.py" line="250"/>
        <source>记录中报名号 {e} 出现 {n} 次</source>
        <translation>Registration no. {e} appears {n} times in the record</translation>
    </message>
    <message>
        <location filename="../../app/rules/draw.py" line="257"/>
        <source>记录中缺少报名号 {e} 的抽签结果</source>
        <translation>The record has no draw result for registration no. {e}</translation>
    </message>
    <message>
        <location filename="../../app/rules/draw.py" line="261"/>
        <source>报名号 {e} 的工位号：记录为 {rec}，重算为 {cur}</source>
        <translation>Station for registration no. {e}: recorded {rec}, recomputed {cur}</translation>
    </message>
    <message>
        <location filename="../../app/rules/draw.py" line="267"/>
        <source>报名号 {e} 的加密号：记录为 {rec}，重算为 {cur}</source>
        <translation>Blind code for registration no. {e}: recorded {rec}, recomputed {cur}</translation>
    </message>
    <message>
        <location filename="../../app/rules/draw.py" line="272"/>
        <source>记录中有不在名单中的报名号 {e}</source>
        <translation>The record contains registration no. {e}, which is not on the list</translation>
    </message>
    <message>
        <location filename="../../app/rules/draw.py" line="315"/>
        <source>迟到序号须从 1 开始（现为 {n}）</source>
        <translation>Late-arrival numbers must start at 1 (currently {n})</translation>
    </message>
    <message>
        <location filename="../../app/rules/draw.py" line="319"/>
        <source>没有空闲工位，无法为报名号 {e} 分配工位</source>
        <translation>No free station; cannot assign a station to registration no. {e}</translation>
    </message>
    <message>
        <location filename="../../app/rules/draw.py" line="348"/>
        <source>加密号重复：{codes}</source>
        <translation>Duplicate blind codes: {codes}</translation>
    </message>
    <message>
        <location filename="../../app/rules/draw.py" line="350"/>
        <source>二次加密号位数至少为 1（现为 {n}）</source>
        <translation>Second code length must be at least 1 (currently {n})</translation>
    </message>
    <message>
        <location filename="../../app/rules/eligibility.py" line="62"/>
        <source>比赛日（{on}）未满 16 周岁（{age} 岁），不符合参赛条件</source>
        <translation>Under 16 on the competition day ({on}) (age {age}); not eligible</translation>
    </message>
    <message>
        <location filename="../../app/rules/eligibility.py" line="77"/>
        <source>比赛日（{on}）已达法定退休年龄（{last} 退休），不符合参赛条件</source>
        <translation>Has reached statutory retirement age by the competition day ({on}) (retires {last}); not eligible</translation>
    </message>
    <message>
        <location filename="../../app/rules/eligibility.py" line="84"/>
        <source>女职工退休年龄类别未注明：按 50 岁（工人）已于 {f50} 退休，按 55 岁（干部）尚未退休，请在报名表注明 50 或 55</source>
        <translation>Retirement category for female employee not stated: at 50 (worker) she retired on {f50}, at 55 (cadre) she has not yet retired. Please state 50 or 55 on the entry form</translation>
    </message>
    <message>
        <location filename="../../app/rules/eligibility.py" line="96"/>
        <source>填写的性别“{entered}”与身份证号（{actual}）不符，请核对</source>
        <translation>Gender entered “{entered}” does not match the ID number ({actual}); please check</translation>
    </message>
    <message>
        <location filename="../../app/rules/eligibility.py" line="101"/>
        <source>填写的出生日期 {entered} 与身份证号（{actual}）不符，请核对</source>
        <translation>Date of birth entered {entered} does not match the ID number ({actual}); please check</translation>
    </message>
    <message>
        <location filename="../../app/rules/eligibility.py" line="115"/>
        <source>户籍地区：{name}（仅供参考）</source>
        <translation>Registered region: {name} (for reference only)</translation>
    </message>
    <message>
        <location filename="../../app/rules/eligibility.py" line="117"/>
        <source>地区代码 {code} 未收录（仅供参考，不影响资格）</source>
        <translation>Region code {code} is not listed (for reference only; does not affect eligibility)</translation>
    </message>
    <message>
        <location filename="../../app/rules/eligibility.py" line="119"/>
        <source>；港澳台居民居住证号码</source>
        <translation>; Hong Kong/Macao/Taiwan residence permit number</translation>
    </message>
    <message>
        <location filename="../../app/rules/fields.py" line="99"/>
        <source>联系电话为空，请填写手机号</source>
        <translation>Phone number is empty; please enter a mobile number</translation>
    </message>
    <message>
        <location filename="../../app/rules/fields.py" line="103"/>
        <source>联系电话只能包含数字，请核对</source>
        <translation>Phone number may contain digits only; please check</translation>
    </message>
    <message>
        <location filename="../../app/rules/fields.py" line="106"/>
        <source>手机号应为 11 位，现为 {n} 位，请核对</source>
        <translation>Mobile number should have 11 digits, but has {n}; please check</translation>
    </message>
    <message>
        <location filename="../../app/rules/fields.py" line="107"/>
        <source>手机号第 2 位应为 3–9，请核对</source>
        <translation>The 2nd digit of a mobile number should be 3–9; please check</translation>
    </message>
    <message>
        <location filename="../../app/rules/fields.py" line="109"/>
        <source>固定电话位数不对，应为区号加 7–8 位号码，如 023-88152323</source>
        <translation>Landline has the wrong number of digits: it should be an area code plus 7–8 digits, e.g. 023-88152323</translation>
    </message>
    <message>
        <location filename="../../app/rules/fields.py" line="111"/>
        <source>固定电话请加区号，如 023-88152323</source>
        <translation>Please add the area code to the landline, e.g. 023-88152323</translation>
    </message>
    <message>
        <location filename="../../app/rules/fields.py" line="112"/>
        <source>联系电话应为 11 位手机号或带区号的固定电话，请核对</source>
        <translation>Phone number should be an 11-digit mobile number or a landline with area code; please check</translation>
    </message>
    <message>
        <location filename="../../app/rules/fields.py" line="215"/>
        <source>女职工退休年龄类别应填 50（工人）或 55（干部），不清楚可留空</source>
        <translation>Retirement category for female employees should be 50 (worker) or 55 (cadre); leave blank if unsure</translation>
    </message>
    <message>
        <location filename="../../app/rules/idcard.py" line="74"/>
        <source>身份证号有误</source>
        <translation>Invalid ID number</translation>
    </message>
    <message>
        <location filename="../../app/rules/idcard.py" line="82"/>
        <source>身份证号为空，请填写 18 位身份证号</source>
        <translation>ID number is empty; please enter the 18-digit ID number</translation>
    </message>
    <message>
        <location filename="../../app/rules/idcard.py" line="84"/>
        <source>身份证号应为 18 位，现为 {n} 位，请核对证件</source>
        <translation>ID number should have 18 digits, but has {n}; please check the ID card</translation>
    </message>
    <message>
        <location filename="../../app/rules/idcard.py" line="87"/>
        <source>（15 位旧号码请改填现行 18 位号码）</source>
        <translation> (for an old 15-digit number, enter the current 18-digit number instead)</translation>
    </message>
    <message>
        <location filename="../../app/rules/idcard.py" line="92"/>
        <source>第 {pos} 位应为数字，现为“{char}”，请核对证件</source>
        <translation>Character {pos} should be a digit, but is “{char}”; please check the ID card</translation>
    </message>
    <message>
        <location filename="../../app/rules/idcard.py" line="96"/>
        <source>最后一位应为数字或 X，现为“{char}”，请核对证件</source>
        <translation>The last character should be a digit or X, but is “{char}”; please check the ID card</translation>
    </message>
    <message>
        <location filename="../../app/rules/idcard.py" line="105"/>
        <source>出生日期 {digits} 不是有效日期（第 7–14 位），请核对证件</source>
        <translation>Date of birth {digits} is not a valid date (digits 7–14); please check the ID card</translation>
    </message>
    <message>
        <location filename="../../app/rules/idcard.py" line="109"/>
        <source>出生日期 {digits} 晚于今天（{today}），请核对证件</source>
        <translation>Date of birth {digits} is later than today ({today}); please check the ID card</translation>
    </message>
    <message>
        <location filename="../../app/rules/idcard.py" line="115"/>
        <source>出生日期 {digits} 早于 1900 年，请核对证件</source>
        <translation>Date of birth {digits} is before 1900; please check the ID card</translation>
    </message>
    <message>
        <location filename="../../app/rules/idcard.py" line="132"/>
        <source>校验位应为 {expected}，现为 {actual}，请核对最后一位（或逐位核对号码）</source>
        <translation>Check digit should be {expected}, but is {actual}; please check the last digit (or check the number digit by digit)</translation>
    </message>
    <message>
        <location filename="../../app/rules/scoring.py" line="160"/>
        <source>评分项 {c}、选手 {p}</source>
        <translation>Criterion {c}, contestant {p}</translation>
    </message>
    <message>
        <location filename="../../app/rules/scoring.py" line="161"/>
        <source>评分项 {c}、选手 {p}、裁判 {j}</source>
        <translation>Criterion {c}, contestant {p}, judge {j}</translation>
    </message>
    <message>
        <location filename="../../app/rules/scoring.py" line="221"/>
        <source>记录 {id} 指向不存在的记录 {t}</source>
        <translation>Record {id} refers to non-existent record {t}</translation>
    </message>
    <message>
        <location filename="../../app/rules/scoring.py" line="229"/>
        <source>记录 {id} 指向的记录 {t} 不属于同一单元格，未采用该指向</source>
        <translation>Record {t}, referred to by record {id}, is not in the same cell; reference ignored</translation>
    </message>
    <message>
        <location filename="../../app/rules/scoring.py" line="263"/>
        <source>{cell}的记录互相取代（编号 {ids}），没有有效值</source>
        <translation>Records for {cell} supersede each other (IDs {ids}); no valid value</translation>
    </message>
    <message>
        <location filename="../../app/rules/scoring.py" line="276"/>
        <source>{cell}有 {n} 条并存的有效记录（编号 {ids}），取编号最大者</source>
        <translation>{cell} has {n} concurrent valid records (IDs {ids}); using the highest ID</translation>
    </message>
    <message>
        <location filename="../../app/rules/scoring.py" line="322"/>
        <source>编号 {id} 被 {n} 条记录使用</source>
        <translation>ID {id} is used by {n} records</translation>
    </message>
    <message>
        <location filename="../../app/rules/scoring.py" line="331"/>
        <source>记录 {id} 的类别“{k}”未知，已忽略</source>
        <translation>Record {id} has unknown type “{k}”; ignored</translation>
    </message>
    <message>
        <location filename="../../app/rules/scoring.py" line="360"/>
        <source>{cell}：只有第二次录入（{v2}），没有第一次录入</source>
        <translation>{cell}: only a second entry ({v2}), no first entry</translation>
    </message>
    <message>
        <location filename="../../app/rules/scoring.py" line="362"/>
        <source>{cell}：第一次录入 {v1}，第二次录入 {v2}，不一致</source>
        <translation>{cell}: first entry {v1}, second entry {v2} do not match</translation>
    </message>
    <message>
        <location filename="../../app/rules/scoring.py" line="450"/>
        <source>评分项 {c}、选手 {p}：裁判评分相差 {d}（{vals}），超过 1 分，须复议更正</source>
        <translation>Criterion {c}, contestant {p}: judges&apos; marks differ by {d} ({vals}), more than 1 mark; must be reviewed and corrected</translation>
    </message>
    <message>
        <location filename="../../app/rules/scoring.py" line="468"/>
        <source>{c}：未录入测量分</source>
        <translation>{c}: measurement mark not entered</translation>
    </message>
    <message>
        <location filename="../../app/rules/scoring.py" line="479"/>
        <source>{c}：缺 {k} 位裁判的评分（已有 {n}/{m}）</source>
        <translation>{c}: missing marks from {k} judges ({n}/{m} entered)</translation>
    </message>
    <message>
        <location filename="../../app/rules/scoring.py" line="483"/>
        <source>{c}：有 {n} 位裁判的评分，应为 {m} 位</source>
        <translation>{c}: marks from {n} judges; should be {m}</translation>
    </message>
    <message>
        <location filename="../../app/rules/scoring.py" line="647"/>
        <source>评分项 {c}、选手 {p}：未录入测量分</source>
        <translation>Criterion {c}, contestant {p}: measurement mark not entered</translation>
    </message>
    <message>
        <location filename="../../app/rules/scoring.py" line="657"/>
        <source>评分项 {c}：只指派了 {n} 位裁判，应为 {m} 位</source>
        <translation>Criterion {c}: only {n} judges assigned; should be {m}</translation>
    </message>
    <message>
        <location filename="../../app/rules/scoring.py" line="669"/>
        <source>评分项 {c}、选手 {p}：裁判 {j} 未评分</source>
        <translation>Criterion {c}, contestant {p}: judge {j} has not marked</translation>
    </message>
    <message>
        <location filename="../../app/rules/scoring.py" line="693"/>
        <source>请输入 {c} 的分数</source>
        <translation>Please enter the mark for {c}</translation>
    </message>
    <message>
        <location filename="../../app/rules/scoring.py" line="696"/>
        <location filename="../../app/rules/scoring.py" line="702"/>
        <source>{c} 的分数“{raw}”不是有效数字</source>
        <translation>Mark “{raw}” for {c} is not a valid number</translation>
    </message>
    <message>
        <location filename="../../app/rules/scoring.py" line="706"/>
        <source>{c} 的评价分须为 0–3 的整数</source>
        <translation>The judgement mark for {c} must be a whole number from 0 to 3</translation>
    </message>
    <message>
        <location filename="../../app/rules/scoring.py" line="711"/>
        <source>{c} 的测量分不能小于 0</source>
        <translation>The measurement mark for {c} cannot be less than 0</translation>
    </message>
    <message>
        <location filename="../../app/rules/scoring.py" line="714"/>
        <source>{c} 的测量分不能超过 {m}</source>
        <translation>The measurement mark for {c} cannot exceed {m}</translation>
    </message>
    <message>
        <location filename="../../app/rules/scoring.py" line="719"/>
        <source>{c} 的测量分最多保留两位小数</source>
        <translation>The measurement mark for {c} may have at most two decimal places</translation>
    </message>
    <message>
        <location filename="../../app/services/audit.py" line="254"/>
        <source>缺少第 {seq} 条审计记录（已被删除）</source>
        <translation>Audit record {seq} is missing (deleted)</translation>
    </message>
    <message>
        <location filename="../../app/services/audit.py" line="256"/>
        <source>第 {seq} 条审计记录的前序哈希不符（之前的记录被删除或改动）</source>
        <translation>Audit record {seq} has a mismatched previous hash (an earlier record was deleted or altered)</translation>
    </message>
    <message>
        <location filename="../../app/services/audit.py" line="263"/>
        <source>第 {seq} 条审计记录的内容被改动</source>
        <translation>The content of audit record {seq} has been altered</translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="143"/>
        <source>设置备份文件夹</source>
        <translation>Set backup folder</translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="145"/>
        <source>备份文件夹 {f} 不存在或不是文件夹</source>
        <translation>Backup folder {f} does not exist or is not a folder</translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="207"/>
        <source>赛场文件缺少赛场标识（venue_uid），无法按赛场管理备份。请从备份恢复或联系技术支持。</source>
        <translation>The venue file has no venue identifier (venue_uid), so backups cannot be managed per venue. Restore from a backup or contact technical support.</translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="307"/>
        <source>未备份到 U 盘 {f}：U 盘上的备份须加密，请裁判长先设置口令和密钥。</source>
        <translation>Not backed up to USB drive {f}: backups on a USB drive must be encrypted. The head judge must first set the passphrase and keys.</translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="323"/>
        <source>备份失败：{err}。请检查磁盘空间。</source>
        <translation>Backup failed: {err}. Please check disk space.</translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="324"/>
        <source>无法备份到 {f}：{err}（U 盘是否已拔出？）</source>
        <translation>Cannot back up to {f}: {err} (has the USB drive been removed?)</translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="326"/>
        <source>备份失败：所有备份位置都不可写。</source>
        <translation>Backup failed: none of the backup locations is writable.</translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="464"/>
        <source>这是加密的 U 盘备份：恢复时输入裁判长口令，解密后才能检查。</source>
        <translation>This is an encrypted USB backup: enter the head judge passphrase when restoring; it can only be checked after decryption.</translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="471"/>
        <source>数据库完整性检查未通过：{r}</source>
        <translation>Database integrity check failed: {r}</translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="474"/>
        <source>备份的数据结构版本未知（可能来自更新版本的软件）</source>
        <translation>Unknown data schema version in backup (it may come from a newer version of the software)</translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="478"/>
        <source>无法打开备份：{err}</source>
        <translation>Cannot open backup: {err}</translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="486"/>
        <source>无法读取审计记录：{err}</source>
        <translation>Cannot read audit records: {err}</translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="490"/>
        <source>审计链断裂：{p}</source>
        <translation>Audit chain broken: {p}</translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="553"/>
        <source>备份中第 {seq} 条审计记录与赛场文件中的不同</source>
        <translation>Audit record {seq} in the backup differs from the one in the venue file</translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="555"/>
        <source>备份中有 {seq} 条审计记录，赛场文件只有 {n} 条</source>
        <translation>The backup has {seq} audit records; the venue file has only {n}</translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="557"/>
        <source>赛场文件的审计历史与备份 {name}（{at}，{reason}）矛盾：{why}。赛场文件的记录在备份之后被改写或删除。</source>
        <translation>The venue file&apos;s audit history contradicts backup {name} ({at}, {reason}): {why}. Records in the venue file were rewritten or deleted after the backup.</translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="612"/>
        <source>无法读取账号：{err}</source>
        <translation>Cannot read accounts: {err}</translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="636"/>
        <source>从备份恢复赛场文件</source>
        <translation>Restore venue file from backup</translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="652"/>
        <source>{b} 是加密的 U 盘备份：请输入裁判长口令再恢复。</source>
        <translation>{b} is an encrypted USB backup: enter the head judge passphrase to restore it.</translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="668"/>
        <source>{b} 缺少说明文件（{m}），无法用口令打开；组委会可用其私钥解密。</source>
        <translation>{b} has no description file ({m}) and cannot be opened with the passphrase; the organising committee can decrypt it with its private key.</translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="674"/>
        <source>无法读取备份 {b}：{err}</source>
        <translation>Cannot read backup {b}: {err}</translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="675"/>
        <source>备份</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="681"/>
        <source>备份 {name} 未通过检查，未恢复：{p}</source>
        <translation>Backup {name} failed the check; not restored: {p}</translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="684"/>
        <source>无法确定 {name} 属于哪个赛场（文件无法读取，也没有它的备份记录），未恢复。请把备份复制为新的赛场文件后再打开。</source>
        <translation>Cannot determine which venue {name} belongs to (the file cannot be read and there is no backup record for it); not restored. Copy the backup as a new venue file and open that instead.</translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="687"/>
        <source>{b} 不是本赛场的备份（赛场标识不同），未恢复。只能用同一赛场文件的备份恢复。</source>
        <translation>{b} is not a backup of this venue (different venue identifier); not restored. You can only restore from backups of the same venue file.</translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="693"/>
        <location filename="../../app/services/backup.py" line="700"/>
        <source>请先关闭正在使用的赛场文件，再恢复备份。</source>
        <translation>Close the venue file in use before restoring a backup.</translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="735"/>
        <source>恢复用的临时副本校验失败，未恢复。</source>
        <translation>Verification of the temporary copy used for restoring failed; not restored.</translation>
    </message>
    <message>
        <location filename="../../app/services/integrity.py" line="53"/>
        <source>赛场标识被改动：文件中为 {a}，审计记录中为 {b}</source>
        <translation>Venue identifier altered: {a} in the file, {b} in the audit records</translation>
    </message>
    <message>
        <location filename="../../app/services/integrity.py" line="77"/>
        <source>数据库检查未通过：{m}</source>
        <translation>Database check failed: {m}</translation>
    </message>
    <message>
        <location filename="../../app/services/integrity.py" line="79"/>
        <source>审计链断裂：{p}（有人在软件之外修改或删除了记录）</source>
        <translation>Audit chain broken: {p} (someone modified or deleted records outside the software)</translation>
    </message>
    <message>
        <location filename="../../app/services/integrity.py" line="83"/>
        <source>数据与审计记录不一致：{p}（有人在软件之外修改了数据）</source>
        <translation>Data does not match the audit records: {p} (someone modified data outside the software)</translation>
    </message>
    <message>
        <location filename="../../app/services/integrity.py" line="85"/>
        <source>签名检查点不符：{p}</source>
        <translation>Signature checkpoint mismatch: {p}</translation>
    </message>
    <message>
        <location filename="../../app/services/integrity.py" line="92"/>
        <source>赛场文件完好：数据库检查通过，审计链 {n} 条记录完整</source>
        <translation>Venue file intact: database check passed, audit chain of {n} records complete</translation>
    </message>
    <message>
        <location filename="../../app/services/integrity.py" line="94"/>
        <source>，{n} 行事实与审计记录一致</source>
        <translation>, {n} rows of data match the audit records</translation>
    </message>
    <message>
        <location filename="../../app/services/integrity.py" line="96"/>
        <source>，{n} 个签名检查点有效</source>
        <translation>, {n} signature checkpoints valid</translation>
    </message>
    <message>
        <location filename="../../app/services/integrity.py" line="98"/>
        <source>，与 {n} 个备份的审计历史一致</source>
        <translation>, consistent with the audit history of {n} backups</translation>
    </message>
    <message>
        <location filename="../../app/services/integrity.py" line="100"/>
        <source>。请从备份恢复，或把文件交技术支持检查。</source>
        <translation>. Restore from a backup, or give the file to technical support for inspection.</translation>
    </message>
    <message>
        <location filename="../../app/services/integrity.py" line="122"/>
        <source>（演示赛场：各份演示副本共用一个赛场标识，不与备份比对审计历史。）</source>
        <translation>(Demo venue: all demo copies share one venue identifier, so audit history is not compared with backups.)</translation>
    </message>
    <message>
        <location filename="../../app/services/integrity.py" line="126"/>
        <source>另有 {n} 个备份属于恢复前被替换的历史（见恢复记录）。</source>
        <translation>A further {n} backups belong to history replaced before a restore (see restore records).</translation>
    </message>
    <message>
        <location filename="../../app/services/integrity.py" line="141"/>
        <location filename="../../app/services/opening_check.py" line="100"/>
        <source>赛场文件未通过完整性检查，不能修改：</source>
        <translation>The venue file failed the integrity check and cannot be modified:</translation>
    </message>
    <message>
        <location filename="../../app/services/roster.py" line="68"/>
        <source>符合</source>
        <translation>Matches</translation>
    </message>
    <message>
        <location filename="../../app/services/roster.py" line="87"/>
        <source>读取 {r} 行：新增 {a} 人，已存在未变 {u} 人</source>
        <translation>Read {r} rows: {a} added, {u} already present and unchanged</translation>
    </message>
    <message>
        <location filename="../../app/services/roster.py" line="89"/>
        <source>，未导入 {n} 行</source>
        <translation>, {n} rows not imported</translation>
    </message>
    <message>
        <location filename="../../app/services/roster.py" line="91"/>
        <source>，{n} 人需确认女职工退休年龄类别</source>
        <translation>, {n} need the female-employee retirement category confirmed</translation>
    </message>
    <message>
        <location filename="../../app/services/draw_verify.py" line="50"/>
        <source>主抽签</source>
        <translation>Main draw</translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="372"/>
        <location filename="../../app/services/draw_verify.py" line="50"/>
        <source>迟到补签</source>
        <translation>Late-arrival draw</translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="425"/>
        <location filename="../../app/services/draw_verify.py" line="50"/>
        <location filename="../../ui/pages/draw.py" line="92"/>
        <source>二次加密</source>
        <translation>Second code</translation>
    </message>
    <message>
        <location filename="../../app/services/draw_verify.py" line="50"/>
        <source>公布</source>
        <translation>Publication</translation>
    </message>
    <message>
        <location filename="../../app/services/draw_verify.py" line="53"/>
        <source>#{id} {kind}（{at}）：{verdict}</source>
        <translation>#{id} {kind} ({at}): {verdict}</translation>
    </message>
    <message>
        <location filename="../../app/services/draw_verify.py" line="55"/>
        <source>一致</source>
        <translation>Consistent</translation>
    </message>
    <message>
        <location filename="../../app/services/draw_verify.py" line="55"/>
        <source>不一致</source>
        <translation>Inconsistent</translation>
    </message>
    <message>
        <location filename="../../app/services/draw_records.py" line="99"/>
        <location filename="../../app/services/roster.py" line="98"/>
        <location filename="../../app/services/roster.py" line="369"/>
        <source>赛场文件尚未设置项目信息</source>
        <translation>Item information has not been set in the venue file</translation>
    </message>
    <message>
        <location filename="../../app/services/draw_records.py" line="41"/>
        <source>尚未抽签。请裁判长先在“抽签与加密”中输入见证值并抽签。</source>
        <translation>No draw yet. The head judge must first enter witness values and run the draw under “Draw and blind codes”.</translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="98"/>
        <source>可复现抽签：工位和加密号都由种子算出</source>
        <translation>Reproducible draw: stations and blind codes are both computed from the seed</translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="100"/>
        <source>承诺—揭示抽签：工位公开，加密号密封到解密时揭示</source>
        <translation>Commit–reveal draw: stations are public; blind codes are sealed until decryption</translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="101"/>
        <source>{words}（算法版本 {v}）</source>
        <translation>{words} (algorithm version {v})</translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="124"/>
        <source>加密号承诺值</source>
        <translation>Blind code commitment</translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="125"/>
        <source>迟到补签 {n}（{reg}，工位 {st}）承诺值</source>
        <translation>Late-arrival draw {n} ({reg}, station {st}) commitment</translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="127"/>
        <source>模块 {m} 二次加密承诺值</source>
        <translation>Module {m} second code commitment</translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="129"/>
        <source>旧版抽签（vs-draw-1）：加密号可由公开数据重算，未密封</source>
        <translation>Old draw (vs-draw-1): blind codes can be recomputed from public data; not sealed</translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="215"/>
        <location filename="../../ui/pages/draw.py" line="76"/>
        <source>抽签</source>
        <translation>Draw</translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="221"/>
        <source>已于 {at} 抽签。如确需重新抽签，须由裁判长填写原因。</source>
        <translation>Draw performed at {at}. If a redraw is really necessary, the head judge must give a reason.</translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="224"/>
        <source>抽签结果已公布或已有迟到补签、二次加密，不能重新抽签；个别工位调整请用“更换工位”。</source>
        <translation>The draw results have been published, or late-arrival draws or second codes exist; a redraw is not possible. To adjust individual stations, use “Change station”.</translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="226"/>
        <source>已有工位调整记录，不能重新抽签</source>
        <translation>Station changes have been recorded; a redraw is not possible</translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="228"/>
        <source>已按本次抽签的加密号录入分数，不能重新抽签</source>
        <translation>Marks have been entered under this draw&apos;s blind codes; a redraw is not possible</translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="232"/>
        <source>还没有已检录的选手，不能抽签。请先完成检录。</source>
        <translation>No contestants have checked in yet, so the draw cannot be run. Complete check-in first.</translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="299"/>
        <source>公布抽签结果</source>
        <translation>Publish draw results</translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="303"/>
        <source>抽签结果已经公布</source>
        <translation>The draw results have already been published</translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="325"/>
        <source>{name}（{reg}）已有工位 {st}</source>
        <translation>{name} ({reg}) already has station {st}</translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="376"/>
        <source>{name}（{reg}）尚未检录，请先检录</source>
        <translation>{name} ({reg}) has not checked in; please check in first</translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="385"/>
        <source>名单中没有报名号 {reg}</source>
        <translation>Registration no. {reg} is not on the list</translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="391"/>
        <source>更换工位</source>
        <translation>Change station</translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="394"/>
        <source>更换工位须填写原因</source>
        <translation>A reason is required to change a station</translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="400"/>
        <source>{name}（{reg}）还没有工位</source>
        <translation>{name} ({reg}) has no station yet</translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="403"/>
        <source>没有工位 {st}（本项目工位：{all}）</source>
        <translation>There is no station {st} (stations for this item: {all})</translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="407"/>
        <source>工位 {st} 已有选手</source>
        <translation>Station {st} is already occupied</translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="430"/>
        <source>（尚未导入评分标准）</source>
        <translation>(marking scheme not yet imported)</translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="431"/>
        <source>没有模块 {m}（现有模块：{known}）</source>
        <translation>There is no module {m} (existing modules: {known})</translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="434"/>
        <source>模块 {m} 已经二次加密</source>
        <translation>Module {m} already has second codes</translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="438"/>
        <source>还有 {n} 位迟到选手的加密号未发给评分组：请裁判长先在“抽签与加密”页输入口令打开对照表。</source>
        <translation>Blind codes for {n} late contestants have not yet been given to the scoring team: the head judge must enter the passphrase on the “Draw and blind codes” page to open the code table.</translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="483"/>
        <source>查看工位安排</source>
        <translation>View station allocation</translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="501"/>
        <source>{who}无权查看{what}：裁判长锁定成绩并解密之前，仅裁判长可查看。</source>
        <translation>{who} may not view {what}: until the head judge locks the results and decrypts, only the head judge may view it.</translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="505"/>
        <source>{what}是密封的：请裁判长输入口令打开。</source>
        <translation>{what} is sealed: the head judge must enter the passphrase to open it.</translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="512"/>
        <source>选手与加密号对照</source>
        <translation>Contestant–blind code table</translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="526"/>
        <source>打开加密号对照表</source>
        <translation>Open blind code table</translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="533"/>
        <source>发放迟到选手加密号</source>
        <translation>Issue blind codes for late contestants</translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="542"/>
        <source>工位与加密号对照</source>
        <translation>Station–blind code table</translation>
    </message>
    <message>
        <location filename="../../app/services/draw_verify.py" line="87"/>
        <source>报名号 {e} 的工位分配记录与抽签记录不符</source>
        <translation>The station allocation record for registration no. {e} does not match the draw record</translation>
    </message>
    <message>
        <location filename="../../app/services/draw_verify.py" line="101"/>
        <location filename="../../app/services/draw_verify.py" line="200"/>
        <source>迟到补签记录的种子与主抽签不符</source>
        <translation>The seed in the late-arrival draw record does not match the main draw</translation>
    </message>
    <message>
        <location filename="../../app/services/draw_verify.py" line="111"/>
        <source>报名号 {e} 的迟到补签结果与重算不符</source>
        <translation>The late-arrival draw result for registration no. {e} does not match the recomputation</translation>
    </message>
    <message>
        <location filename="../../app/services/draw_verify.py" line="118"/>
        <location filename="../../app/services/draw_verify.py" line="233"/>
        <source>二次加密记录的种子与主抽签不符</source>
        <translation>The seed in the second code record does not match the main draw</translation>
    </message>
    <message>
        <location filename="../../app/services/draw_verify.py" line="127"/>
        <source>模块 {m} 的二次加密号与重算不符</source>
        <translation>Second codes for module {m} do not match the recomputation</translation>
    </message>
    <message>
        <location filename="../../app/services/draw_verify.py" line="130"/>
        <source>模块 {m} 的二次加密记录与抽签记录不符</source>
        <translation>The second code record for module {m} does not match the draw record</translation>
    </message>
    <message>
        <location filename="../../app/services/draw_verify.py" line="140"/>
        <source>记录缺少承诺值</source>
        <translation>The record has no commitment</translation>
    </message>
    <message>
        <location filename="../../app/services/draw_verify.py" line="143"/>
        <source>审计记录中没有本次抽签（承诺值无从核对）</source>
        <translation>This draw is not in the audit records (the commitment cannot be checked)</translation>
    </message>
    <message>
        <location filename="../../app/services/draw_verify.py" line="146"/>
        <source>承诺值与审计记录不符：抽签记录为 {rec}，第 {seq} 条审计记录为 {log}</source>
        <translation>Commitment does not match the audit records: {rec} in the draw record, {log} in audit record {seq}</translation>
    </message>
    <message>
        <location filename="../../app/services/draw_verify.py" line="156"/>
        <source>已解密，但解密记录中没有本次抽签的密钥</source>
        <translation>Decrypted, but the decryption record does not contain the key for this draw</translation>
    </message>
    <message>
        <location filename="../../app/services/draw_verify.py" line="187"/>
        <source>报名号 {e} 的加密号：解密记录为 {rec}，用密钥重算为 {cur}</source>
        <translation>Blind code for registration no. {e}: {rec} in the decryption record, {cur} recomputed with the key</translation>
    </message>
    <message>
        <location filename="../../app/services/draw_verify.py" line="191"/>
        <source>评分用的加密号清单与本次抽签的加密号不符（多出 {x}，缺少 {y}）</source>
        <translation>The list of blind codes used for scoring does not match this draw&apos;s blind codes (extra: {x}; missing: {y})</translation>
    </message>
    <message>
        <location filename="../../app/services/draw_verify.py" line="208"/>
        <source>报名号 {e} 的迟到补签工位：记录为 {rec}，重算为 {cur}</source>
        <translation>Late-arrival station for registration no. {e}: recorded {rec}, recomputed {cur}</translation>
    </message>
    <message>
        <location filename="../../app/services/draw_verify.py" line="223"/>
        <source>报名号 {e} 的迟到加密号：解密记录为 {rec}，用密钥重算为 {cur}</source>
        <translation>Late-arrival blind code for registration no. {e}: {rec} in the decryption record, {cur} recomputed with the key</translation>
    </message>
    <message>
        <location filename="../../app/services/draw_verify.py" line="226"/>
        <source>迟到加密号 {code} 不在评分用的加密号清单中</source>
        <translation>Late-arrival blind code {code} is not in the list of blind codes used for scoring</translation>
    </message>
    <message>
        <location filename="../../app/services/draw_verify.py" line="240"/>
        <source>模块 {m} 的二次加密号：解密记录与用密钥重算的不同</source>
        <translation>Second codes for module {m}: the decryption record differs from the recomputation with the key</translation>
    </message>
    <message>
        <location filename="../../app/services/draw_verify.py" line="257"/>
        <source>公布记录指向的主抽签不存在</source>
        <translation>The main draw referred to by the publication record does not exist</translation>
    </message>
    <message>
        <location filename="../../app/services/draw_verify.py" line="258"/>
        <source>未知的抽签记录类型 {k}</source>
        <translation>Unknown draw record type {k}</translation>
    </message>
    <message>
        <location filename="../../app/services/draw_verify.py" line="273"/>
        <source>抽签记录不完整或格式错误：{err}</source>
        <translation>Draw record incomplete or malformed: {err}</translation>
    </message>
    <message>
        <location filename="../../app/services/draw_verify.py" line="276"/>
        <source>与重算结果有 {n} 处不一致（详情仅裁判长可见）</source>
        <translation>{n} discrepancies with the recomputed result (details visible to the head judge only)</translation>
    </message>
    <message>
        <location filename="../../app/services/draw_verify.py" line="279"/>
        <source>加密号已密封：工位与承诺值已核对，密钥在解密时揭示后再核对加密号</source>
        <translation>Blind codes are sealed: stations and commitments have been checked; blind codes will be checked once the key is revealed at decryption</translation>
    </message>
    <message>
        <location filename="../../app/services/draw_verify.py" line="284"/>
        <source>解密记录指向的抽签记录不存在或未密封</source>
        <translation>The draw record referred to by the decryption record does not exist or is not sealed</translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="570"/>
        <source>{who}无权导出抽签结果：解密之前仅裁判长可导出。</source>
        <translation>{who} may not export the draw results: before decryption only the head judge may export them.</translation>
    </message>
    <message>
        <location filename="../../app/services/roster.py" line="129"/>
        <source>已取消导入，名单未作任何改动</source>
        <translation>Import cancelled; the list has not been changed</translation>
    </message>
    <message>
        <location filename="../../app/services/roster.py" line="134"/>
        <source>正在检查第 {n} / {t} 行…</source>
        <translation>Checking row {n} / {t}…</translation>
    </message>
    <message>
        <location filename="../../app/services/roster.py" line="163"/>
        <source>身份证号与第 {r} 行重复（同一人不能报名两次）</source>
        <translation>ID number duplicates row {r} (the same person cannot register twice)</translation>
    </message>
    <message>
        <location filename="../../app/services/roster.py" line="171"/>
        <location filename="../../app/services/roster.py" line="330"/>
        <source>报名号已被其他选手使用</source>
        <translation>Registration no. already used by another contestant</translation>
    </message>
    <message>
        <location filename="../../app/services/roster.py" line="181"/>
        <source>该身份证号已在名单中（{name}，报名号 {reg}），但本行信息不同；如需修改请在名单中编辑该选手</source>
        <translation>This ID number is already on the list ({name}, registration no. {reg}) but the details in this row differ; to change them, edit the contestant in the list</translation>
    </message>
    <message>
        <location filename="../../app/services/roster.py" line="209"/>
        <location filename="../../app/services/roster.py" line="222"/>
        <source>导入选手名单</source>
        <translation>Import contestant list</translation>
    </message>
    <message>
        <location filename="../../app/services/roster.py" line="243"/>
        <source>{file} 有 {n} 行有误，未导入任何选手。请修改后重新导入，或选择“仅导入正确的行”。</source>
        <translation>{file} has {n} rows with errors; no contestants imported. Correct them and import again, or choose “Import only the valid rows”.</translation>
    </message>
    <message>
        <location filename="../../app/services/roster.py" line="308"/>
        <source>原行号</source>
        <translation>Original row</translation>
    </message>
    <message>
        <location filename="../../app/services/roster.py" line="308"/>
        <source>错误原因</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../app/services/roster.py" line="313"/>
        <source>未导入行</source>
        <translation>Rows not imported</translation>
    </message>
    <message>
        <location filename="../../app/services/roster.py" line="318"/>
        <source>添加选手</source>
        <translation>Add contestant</translation>
    </message>
    <message>
        <location filename="../../app/services/roster.py" line="322"/>
        <source>检录开始后补报选手须由裁判长办理并填写原因</source>
        <translation>Once check-in has started, late entries must be handled by the head judge with a reason</translation>
    </message>
    <message>
        <location filename="../../app/services/roster.py" line="324"/>
        <source>检录已开始：补报选手须填写原因</source>
        <translation>Check-in has started: a reason is required for late entries</translation>
    </message>
    <message>
        <location filename="../../app/services/roster.py" line="319"/>
        <location filename="../../app/services/roster.py" line="324"/>
        <source>补报原因</source>
        <translation>Reason for late entry</translation>
    </message>
    <message>
        <location filename="../../app/services/roster.py" line="327"/>
        <location filename="../../app/services/roster.py" line="330"/>
        <source>无法添加</source>
        <translation>Cannot add</translation>
    </message>
    <message>
        <location filename="../../app/services/roster.py" line="327"/>
        <source>该身份证号已在名单中</source>
        <translation>This ID number is already on the list</translation>
    </message>
    <message>
        <location filename="../../app/services/roster.py" line="337"/>
        <source>修改选手信息</source>
        <translation>Edit contestant details</translation>
    </message>
    <message>
        <location filename="../../app/services/roster.py" line="338"/>
        <source>修改原因</source>
        <translation>Reason for change</translation>
    </message>
    <message>
        <location filename="../../app/services/roster.py" line="342"/>
        <location filename="../../app/services/roster.py" line="415"/>
        <source>找不到该选手</source>
        <translation>Contestant not found</translation>
    </message>
    <message>
        <location filename="../../app/services/roster.py" line="346"/>
        <source>无法保存</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location filename="../../app/services/roster.py" line="346"/>
        <source>该身份证号属于另一名选手（{n}）</source>
        <translation>This ID number belongs to another contestant ({n})</translation>
    </message>
    <message>
        <location filename="../../app/services/roster.py" line="411"/>
        <source>查看选手完整信息</source>
        <translation>View full contestant details</translation>
    </message>
    <message>
        <location filename="../../app/services/roster_rows.py" line="132"/>
        <location filename="../../app/services/users.py" line="103"/>
        <source>姓名不能为空</source>
        <translation>Name cannot be empty</translation>
    </message>
    <message>
        <location filename="../../app/services/roster_rows.py" line="145"/>
        <source>性别应填“男”或“女”</source>
        <translation>Gender should be “M” or “F”</translation>
    </message>
    <message>
        <location filename="../../app/services/roster_rows.py" line="156"/>
        <source>人员类别应为：{c}</source>
        <translation>Category should be: {c}</translation>
    </message>
    <message>
        <location filename="../../app/services/roster_rows.py" line="161"/>
        <source>请填写组别：{g}</source>
        <translation>Please enter the group: {g}</translation>
    </message>
    <message>
        <location filename="../../app/services/roster_rows.py" line="163"/>
        <source>未知组别，本项目的组别为：{g}</source>
        <translation>Unknown group; the groups for this item are: {g}</translation>
    </message>
    <message>
        <location filename="../../app/services/roster_rows.py" line="165"/>
        <source>本项目未设组别，请留空该列（或先在项目设置中添加组别）</source>
        <translation>This item has no groups; leave this column blank (or add groups in the item settings first)</translation>
    </message>
    <message>
        <location filename="../../app/services/roster_rows.py" line="177"/>
        <source>报名号只能包含字母、数字和“-”，最长 20 位</source>
        <translation>Registration no. may contain only letters, digits and “-”, up to 20 characters</translation>
    </message>
    <message>
        <location filename="../../app/services/roster_rows.py" line="128"/>
        <location filename="../../app/services/roster_rows.py" line="190"/>
        <source>该选手信息有误</source>
        <translation>This contestant&apos;s details contain errors</translation>
    </message>
    <message>
        <location filename="../../app/services/users.py" line="49"/>
        <source>PIN 须为 4–12 位数字</source>
        <translation>PIN must be 4–12 digits</translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="614"/>
        <location filename="../../app/services/users.py" line="64"/>
        <source>没有名为“{name}”的有效账号。</source>
        <translation>No active account named “{name}”.</translation>
    </message>
    <message>
        <location filename="../../app/services/users.py" line="69"/>
        <source>PIN 错误次数过多，请 {s} 秒后再试。</source>
        <translation>Too many wrong PINs; try again in {s} seconds.</translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="616"/>
        <location filename="../../app/services/users.py" line="75"/>
        <source>PIN 不正确。</source>
        <translation>Incorrect PIN.</translation>
    </message>
    <message>
        <location filename="../../app/services/users.py" line="81"/>
        <source>PIN 连续错误 {n} 次，账号暂停 {m} 分钟。</source>
        <translation>{n} wrong PINs in a row; account suspended for {m} minutes.</translation>
    </message>
    <message>
        <location filename="../../app/services/users.py" line="110"/>
        <location filename="../../app/services/users.py" line="123"/>
        <source>无法添加账号</source>
        <translation>Cannot add account</translation>
    </message>
    <message>
        <location filename="../../app/services/users.py" line="115"/>
        <source>请先以裁判长或管理员身份登录</source>
        <translation>Please log in as head judge or administrator first</translation>
    </message>
    <message>
        <location filename="../../app/services/users.py" line="118"/>
        <source>添加账号</source>
        <translation>Add account</translation>
    </message>
    <message>
        <location filename="../../app/services/users.py" line="120"/>
        <source>只有裁判长可以添加裁判长账号</source>
        <translation>Only a head judge can add a head judge account</translation>
    </message>
    <message>
        <location filename="../../app/services/users.py" line="122"/>
        <source>已有同名账号，请在姓名后加以区分（如“张伟2”）</source>
        <translation>An account with this name already exists; add something to distinguish the name (e.g. “Zhang Wei 2”)</translation>
    </message>
    <message>
        <location filename="../../app/services/users.py" line="140"/>
        <source>没有名为“{name}”的账号</source>
        <translation>No account named “{name}”</translation>
    </message>
    <message>
        <location filename="../../app/services/users.py" line="142"/>
        <source>重设他人 PIN</source>
        <translation>Reset another user&apos;s PIN</translation>
    </message>
    <message>
        <location filename="../../app/services/users.py" line="145"/>
        <source>{who}不能重设{role}“{name}”的 PIN：裁判长的 PIN 只能由裁判长本人修改；忘记时请用恢复码（venuescore keys recover --new-pin）。</source>
        <translation>{who} cannot reset the PIN of {role} “{name}”: a head judge&apos;s PIN can only be changed by that head judge; if forgotten, use the recovery code (venuescore keys recover --new-pin).</translation>
    </message>
    <message>
        <location filename="../../app/services/venue.py" line="60"/>
        <source>请填写比赛地点</source>
        <translation>Please enter the competition venue</translation>
    </message>
    <message>
        <location filename="../../app/services/venue.py" line="61"/>
        <source>请填写裁判长姓名</source>
        <translation>Please enter the head judge&apos;s name</translation>
    </message>
    <message>
        <location filename="../../app/services/venue.py" line="63"/>
        <source>裁判长 PIN</source>
        <translation>Head judge PIN</translation>
    </message>
    <message>
        <location filename="../../app/services/venue.py" line="66"/>
        <source>组别名称重复</source>
        <translation>Duplicate group name</translation>
    </message>
    <message>
        <location filename="../../app/services/venue.py" line="67"/>
        <source>无法创建赛场文件</source>
        <translation>Cannot create venue file</translation>
    </message>
    <message>
        <location filename="../../app/services/venue.py" line="122"/>
        <location filename="../../app/services/venue.py" line="124"/>
        <location filename="../../ui/pages/package.py" line="168"/>
        <source>裁判长口令</source>
        <translation>Head judge passphrase</translation>
    </message>
    <message>
        <location filename="../../app/services/results_facts.py" line="227"/>
        <location filename="../../app/services/venue.py" line="144"/>
        <source>赛场文件缺少项目信息（文件可能未创建完成）。请重新创建或从备份恢复。</source>
        <translation>The venue file has no item information (it may not have been fully created). Create it again or restore from a backup.</translation>
    </message>
    <message>
        <location filename="../../app/services/venue.py" line="156"/>
        <source>修改项目设置</source>
        <translation>Edit item settings</translation>
    </message>
    <message>
        <location filename="../../app/tabular.py" line="79"/>
        <source>{name} 太大（{size:.1f} MB，上限 {cap} MB），未读取。请确认选对了文件，或拆分后分批导入。</source>
        <translation>{name} is too large ({size:.1f} MB, limit {cap} MB); not read. Check that you chose the right file, or split it and import in batches.</translation>
    </message>
    <message>
        <location filename="../../app/tabular.py" line="96"/>
        <source>不支持的文件类型 {suffix}：请使用 .xlsx 或 .csv 文件（.xls 请在 Excel/WPS 中另存为 .xlsx）</source>
        <translation>Unsupported file type {suffix}: use an .xlsx or .csv file (save .xls files as .xlsx in Excel/WPS)</translation>
    </message>
    <message>
        <location filename="../../app/tabular.py" line="97"/>
        <source>（无扩展名）</source>
        <translation>(no extension)</translation>
    </message>
    <message>
        <location filename="../../app/tabular.py" line="130"/>
        <source>{name} 无法读取：文件已损坏或不是 Excel .xlsx 文件（{err}）。请在 Excel/WPS 中打开后另存为 .xlsx 再导入。</source>
        <translation>{name} cannot be read: the file is damaged or is not an Excel .xlsx file ({err}). Open it in Excel/WPS, save as .xlsx and import again.</translation>
    </message>
    <message>
        <location filename="../../app/tabular.py" line="137"/>
        <location filename="../../app/tabular.py" line="215"/>
        <source>{name} 超过 {n} 行，请拆分后导入</source>
        <translation>{name} has more than {n} rows; split it before importing</translation>
    </message>
    <message>
        <location filename="../../app/tabular.py" line="142"/>
        <source>{name} 的工作表内容无法解析（{err}）。请在 Excel/WPS 中打开后另存为 .xlsx 再导入。</source>
        <translation>The worksheet in {name} cannot be parsed ({err}). Open it in Excel/WPS, save as .xlsx and import again.</translation>
    </message>
    <message>
        <location filename="../../app/tabular.py" line="175"/>
        <source>{name} 标明为 {enc} 编码，但第 {pos} 字节处的内容不符合该编码（文件可能已损坏）。请在 Excel/WPS 中另存为“CSV UTF-8”或 .xlsx 后再导入。</source>
        <translation>{name} declares {enc} encoding, but the content at byte {pos} does not match that encoding (the file may be damaged). Save it in Excel/WPS as “CSV UTF-8” or .xlsx and import again.</translation>
    </message>
    <message>
        <location filename="../../app/tabular.py" line="186"/>
        <source>{name} 不是文本 CSV 文件（含有二进制内容，可能是改了扩展名的其他文件）</source>
        <translation>{name} is not a text CSV file (it contains binary content; it may be another file with a changed extension)</translation>
    </message>
    <message>
        <location filename="../../app/tabular.py" line="194"/>
        <source>{name} 的文字编码无法识别（不是 UTF-8、UTF-16、UTF-32 或 GB18030/GBK）：请另存为“CSV UTF-8”或 .xlsx 后再导入</source>
        <translation>The text encoding of {name} is not recognised (not UTF-8, UTF-16, UTF-32 or GB18030/GBK): save it as “CSV UTF-8” or .xlsx and import again</translation>
    </message>
    <message>
        <location filename="../../app/tabular.py" line="277"/>
        <source>这是公式，不是填写的内容。请在 Excel/WPS 中复制该列，用“选择性粘贴 → 数值”粘贴回去后再导入</source>
        <translation>This is a formula, not entered content. In Excel/WPS, copy the column, paste it back with “Paste Special → Values”, then import again</translation>
    </message>
    <message>
        <location filename="../../app/tabular.py" line="284"/>
        <source>{name} 有 {n} 个单元格是公式（如“{f}”），未导入。导入的表格只能含有直接填写的文字和数字。</source>
        <translation>{name} has {n} cells containing formulas (e.g. “{f}”); not imported. Imported sheets may contain only directly entered text and numbers.</translation>
    </message>
    <message>
        <location filename="../../app/tabular.py" line="76"/>
        <location filename="../../app/tabular.py" line="203"/>
        <source>无法读取 {name}：{err}</source>
        <translation>Cannot read {name}: {err}</translation>
    </message>
    <message>
        <location filename="../../app/tabular.py" line="218"/>
        <source>{name} 的 CSV 格式有误：{err}</source>
        <translation>CSV format error in {name}: {err}</translation>
    </message>
    <message>
        <location filename="../../app/tabular.py" line="247"/>
        <source>{name} 中找不到表头行：前 {n} 行里没有“{expected}”等列名。请使用导出的模板填写。</source>
        <translation>No header row found in {name}: none of the first {n} rows contains column names such as “{expected}”. Please use the exported template.</translation>
    </message>
    <message>
        <location filename="../../app/tabular.py" line="255"/>
        <source>缺少必填列“{h}”</source>
        <translation>Required column “{h}” missing</translation>
    </message>
    <message>
        <location filename="../../app/tabular.py" line="258"/>
        <source>{name} 缺少必填列，请对照模板补齐列名</source>
        <translation>{name} is missing required columns; add the column names as in the template</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import.py" line="42"/>
        <source>第 1 步：选择名单文件（.xlsx 或 .csv，可用“保存名单模板”得到的模板填写）</source>
        <translation>Step 1: choose the list file (.xlsx or .csv; you can fill in the template from “Save list template”)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import.py" line="44"/>
        <source>名单文件路径</source>
        <translation>List file path</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import.py" line="45"/>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import.py" line="47"/>
        <source>检查</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import.py" line="55"/>
        <source>第 2 步：检查结果</source>
        <translation>Step 2: check results</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import.py" line="56"/>
        <source>尚未检查</source>
        <translation>Not yet checked</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import.py" line="59"/>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import.py" line="60"/>
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import.py" line="61"/>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import.py" line="62"/>
        <source>填写的值</source>
        <translation>Value entered</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import.py" line="69"/>
        <source>第 3 步：导入</source>
        <translation>Step 3: import</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import.py" line="70"/>
        <source>仅导入正确的行（有误的行另存为 .xlsx，改正后再导入）</source>
        <translation>Import only the valid rows (rows with errors are saved as .xlsx; correct them and import again)</translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="68"/>
        <source>登记赛场公钥</source>
        <translation>Register venue public key</translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="70"/>
        <source>粘贴“RW…”开头的一行公钥，或整个 .pub 文件内容</source>
        <translation>Paste the one-line public key starting with “RW…”, or the whole contents of the .pub file</translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="73"/>
        <source>从文件读取…</source>
        <translation>Read from file…</translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="76"/>
        <source>如“31 母婴护理 赛场”</source>
        <translation>e.g. “31 Maternal and Infant Care venue”</translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="79"/>
        <source>请选择</source>
        <translation>Please select</translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="81"/>
        <source>可选：只接收这些组别的成绩包，如“职工组+学生组”</source>
        <translation>Optional: accept result packages only for these groups, e.g. “Employee group+Student group”</translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="90"/>
        <location filename="../../ui/central_window.py" line="194"/>
        <source>公钥</source>
        <translation>Public key</translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="91"/>
        <source>指纹（四位一组，逐组核对）</source>
        <translation>Fingerprint (groups of four; check group by group)</translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="93"/>
        <location filename="../../ui/central_window.py" line="189"/>
        <source>所属项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="94"/>
        <location filename="../../ui/central_window.py" line="190"/>
        <source>限定组别</source>
        <translation>Restricted groups</translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="95"/>
        <source>请与赛场签字确认表上打印的指纹逐位核对后再登记。</source>
        <translation>Check the fingerprint character by character against the one printed on the venue&apos;s sign-off confirmation form before registering.</translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="135"/>
        <source>组委会汇总 — {db}</source>
        <translation>Organising committee summary — {db}</translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="137"/>
        <source>经办人姓名（记录在每次操作上）</source>
        <translation>Operator name (recorded on every operation)</translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="139"/>
        <source>经办人：</source>
        <translation>Operator:</translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="141"/>
        <source>导入成绩包…</source>
        <translation>Import result package…</translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="141"/>
        <source>接收所选成绩包…</source>
        <translation>Accept selected result package…</translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="142"/>
        <source>撤回所选…</source>
        <translation>Withdraw selected…</translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="142"/>
        <source>恢复撤回…</source>
        <translation>Undo withdrawal…</translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="143"/>
        <source>登记赛场公钥…</source>
        <translation>Register venue public key…</translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="143"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="158"/>
        <source>{n}（待仲裁 {o}）</source>
        <translation>{n} ({o} awaiting arbitration)</translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="161"/>
        <location filename="../../ui/pages/package.py" line="157"/>
        <source>签名密钥</source>
        <translation>Signing key</translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="162"/>
        <location filename="../../ui/dialogs/roster_import.py" line="72"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="163"/>
        <source>接收</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="189"/>
        <source>未限定（须限定后才能接收）</source>
        <translation>Unrestricted (must be restricted before accepting)</translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="213"/>
        <source>收件箱</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="215"/>
        <source>申诉与仲裁</source>
        <translation>Appeals and arbitration</translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="217"/>
        <source>汇总报表</source>
        <translation>Summary reports</translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="235"/>
        <source>保存 {s}…</source>
        <translation>Save {s}…</translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="238"/>
        <source>荣誉证书（每个奖项一页，带二维码核验码）</source>
        <translation>Certificates of honour (one page per award, with QR verification code)</translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="239"/>
        <source>生成 PDF…</source>
        <translation>Generate PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="242"/>
        <source>组委会证书密钥…</source>
        <translation>Organising committee certificate key…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pdf_preview.py" line="66"/>
        <source>已保存：{p}</source>
        <translation>Saved: {p}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pdf_preview.py" line="77"/>
        <source>上一页</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pdf_preview.py" line="79"/>
        <source>下一页</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pdf_preview.py" line="84"/>
        <source>打开文件夹</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pdf_preview.py" line="86"/>
        <source>用系统程序打开</source>
        <translation>Open with system program</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pdf_preview.py" line="88"/>
        <location filename="../../ui/dialogs/roster_import.py" line="76"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="30"/>
        <source>校验赛场文件和审计链</source>
        <translation>Verify venue file and audit chain</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="52"/>
        <source>备份时间</source>
        <translation>Backup time</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="53"/>
        <source>（里程碑，长期保留）</source>
        <translation>(milestone, kept long-term)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="56"/>
        <source>加密</source>
        <translation>Encryption</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="56"/>
        <source>已加密（U 盘）</source>
        <translation>Encrypted (USB drive)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="56"/>
        <source>本机（仅本账户可读）</source>
        <translation>This computer (readable by this user account only)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="57"/>
        <source>位置</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="33"/>
        <source>设置 U 盘备份文件夹…</source>
        <translation>Set USB backup folder…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="61"/>
        <source>从所选备份恢复…</source>
        <translation>Restore from selected backup…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="31"/>
        <source>审计记录（最新在前；每条记录以 SHA-256 与上一条相连）</source>
        <translation>Audit records (newest first; each record is linked to the previous one by SHA-256)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="32"/>
        <source>备份（最新在前）</source>
        <translation>Backups (newest first)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster.py" line="44"/>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster.py" line="46"/>
        <source>人员类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster.py" line="49"/>
        <source>户籍地（参考）</source>
        <translation>Registered residence (reference)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster.py" line="60"/>
        <source>搜索：姓名、报名号、单位、身份证号后四位……</source>
        <translation>Search: name, registration no., organisation, last four digits of ID number…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster.py" line="63"/>
        <source>导入名单…</source>
        <translation>Import list…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster.py" line="64"/>
        <source>保存名单模板…</source>
        <translation>Save list template…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster.py" line="65"/>
        <source>添加选手…</source>
        <translation>Add contestant…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster.py" line="66"/>
        <source>编辑选手…</source>
        <translation>Edit contestant…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster.py" line="67"/>
        <source>导出名单…</source>
        <translation>Export list…</translation>
    </message>
    <message>
        <location filename="../../app/cli/common.py" line="96"/>
        <source>再输入一次：</source>
        <translation>Enter again:</translation>
    </message>
    <message>
        <location filename="../../app/cli/package_cmds.py" line="40"/>
        <source>新口令（也可设环境变量 {env}；都未给出时在终端询问）</source>
        <translation>New passphrase (can also be set in the environment variable {env}; if neither is given, you will be asked in the terminal)</translation>
    </message>
    <message>
        <location filename="../../app/cli/package_cmds.py" line="46"/>
        <source>把恢复码打印到此 PDF（密封保存；不要与赛场文件放在同一 U 盘）</source>
        <translation>Print the recovery code to this PDF (keep it sealed; do not store it on the same USB drive as the venue file)</translation>
    </message>
    <message>
        <location filename="../../app/cli/package_cmds.py" line="51"/>
        <source>裁判长口令与赛场签名密钥</source>
        <translation>Head judge passphrase and venue signing key</translation>
    </message>
    <message>
        <location filename="../../app/cli/package_cmds.py" line="52"/>
        <source>设置裁判长口令：生成赛场签名密钥和密封密钥（加密保存在赛场文件中）</source>
        <translation>Set head judge passphrase: generates the venue signing key and sealing key (stored encrypted in the venue file)</translation>
    </message>
    <message>
        <location filename="../../app/cli/package_cmds.py" line="54"/>
        <source>显示公钥与指纹（报组委会登记）</source>
        <translation>Show public key and fingerprint (for registration with the organising committee)</translation>
    </message>
    <message>
        <location filename="../../app/cli/package_cmds.py" line="55"/>
        <source>另存公钥文件（.pub）</source>
        <translation>Save public key file as (.pub)</translation>
    </message>
    <message>
        <location filename="../../app/cli/package_cmds.py" line="56"/>
        <location filename="../../app/services/vault.py" line="209"/>
        <location filename="../../ui/pages/package.py" line="163"/>
        <location filename="../../ui/pages/package.py" line="164"/>
        <location filename="../../ui/pages/package.py" line="165"/>
        <source>修改裁判长口令</source>
        <translation>Change head judge passphrase</translation>
    </message>
    <message>
        <location filename="../../app/cli/package_cmds.py" line="58"/>
        <source>更换签名密钥（须把新公钥重新报组委会登记；同时生成新恢复码）</source>
        <translation>Replace signing key (the new public key must be registered again with the organising committee; a new recovery code is also generated)</translation>
    </message>
    <message>
        <location filename="../../app/cli/package_cmds.py" line="60"/>
        <source>重新生成恢复码（旧恢复码作废）</source>
        <translation>Regenerate recovery code (the old recovery code becomes invalid)</translation>
    </message>
    <message>
        <location filename="../../app/cli/package_cmds.py" line="62"/>
        <source>忘记口令或 PIN：凭恢复码设置新口令（和新 PIN），无需登录</source>
        <translation>Forgotten passphrase or PIN: set a new passphrase (and new PIN) with the recovery code, without logging in</translation>
    </message>
    <message>
        <location filename="../../app/cli/package_cmds.py" line="64"/>
        <source>恢复码（未给出时在终端询问）</source>
        <translation>Recovery code (if not given, you will be asked in the terminal)</translation>
    </message>
    <message>
        <location filename="../../app/cli/package_cmds.py" line="65"/>
        <source>同时重设裁判长 PIN（4–12 位数字）</source>
        <translation>Also reset the head judge PIN (4–12 digits)</translation>
    </message>
    <message>
        <location filename="../../app/cli/package_cmds.py" line="67"/>
        <source>成绩包：导出与核验</source>
        <translation>Result package: export and verification</translation>
    </message>
    <message>
        <location filename="../../app/cli/package_cmds.py" line="68"/>
        <source>导出最新签字版本的成绩包（.zip）</source>
        <translation>Export the latest signed-off version of the result package (.zip)</translation>
    </message>
    <message>
        <location filename="../../app/cli/package_cmds.py" line="69"/>
        <source>导出文件夹（默认与赛场文件同一文件夹）</source>
        <translation>Export folder (default: the folder containing the venue file)</translation>
    </message>
    <message>
        <location filename="../../app/cli/package_cmds.py" line="70"/>
        <source>裁判长凭口令解密已导出的成绩包（.zip.age → 签名的 .zip）</source>
        <translation>Head judge decrypts an exported result package with the passphrase (.zip.age → signed .zip)</translation>
    </message>
    <message>
        <location filename="../../app/cli/package_cmds.py" line="72"/>
        <source>解密后的 .zip 写到这里（只放在本机，不要拷走）</source>
        <translation>Write the decrypted .zip here (keep it on this computer only; do not copy it elsewhere)</translation>
    </message>
    <message>
        <location filename="../../app/cli/package_cmds.py" line="73"/>
        <source>用赛场公钥核验成绩包</source>
        <translation>Verify result package with venue public key</translation>
    </message>
    <message>
        <location filename="../../app/cli/package_cmds.py" line="74"/>
        <source>赛场公钥：.pub 文件或“RW…”一行</source>
        <translation>Venue public key: .pub file or one-line “RW…” key</translation>
    </message>
    <message>
        <location filename="../../app/cli/package_cmds.py" line="78"/>
        <source>组委会公钥：成绩包和 U 盘备份加密给组委会</source>
        <translation>Organising committee public key: result packages and USB backups are encrypted to the organising committee</translation>
    </message>
    <message>
        <location filename="../../app/cli/package_cmds.py" line="79"/>
        <source>导入组委会公钥文件（须核对组委会来函上的指纹）</source>
        <translation>Import organising committee public key file (check the fingerprint in the organising committee&apos;s letter)</translation>
    </message>
    <message>
        <location filename="../../app/cli/package_cmds.py" line="82"/>
        <source>组委会来函上印的指纹（16 位，空格可省略）；不给出时只显示文件的指纹，不导入</source>
        <translation>Fingerprint printed in the organising committee&apos;s letter (16 characters, spaces optional); if not given, only the file&apos;s fingerprint is shown and nothing is imported</translation>
    </message>
    <message>
        <location filename="../../app/cli/package_cmds.py" line="83"/>
        <source>比赛结束后：生成赛场档案（整个赛场文件，只加密给组委会）</source>
        <translation>After the competition: generate the venue archive (the whole venue file, encrypted for the organising committee only)</translation>
    </message>
    <message>
        <location filename="../../app/cli/package_cmds.py" line="84"/>
        <source>写到此文件夹（如 U 盘）</source>
        <translation>Write to this folder (e.g. a USB drive)</translation>
    </message>
    <message>
        <location filename="../../app/cli/package_cmds.py" line="85"/>
        <source>关闭赛场：组委会接收最终版本并生成赛场档案后，清除姓名、身份证号和手机号</source>
        <translation>Close venue: after the organising committee has accepted the final version and the venue archive has been generated, erase names, ID numbers and mobile numbers</translation>
    </message>
    <message>
        <location filename="../../app/cli/package_cmds.py" line="88"/>
        <source>确认组委会已接收本赛场的最终版本（书面回执或组委会通知）</source>
        <translation>Confirm that the organising committee has accepted this venue&apos;s final version (written receipt or organising committee notice)</translation>
    </message>
    <message>
        <location filename="../../app/cli/package_cmds.py" line="89"/>
        <source>显示本赛场使用的组委会公钥与指纹</source>
        <translation>Show the organising committee public key and fingerprint used by this venue</translation>
    </message>
    <message>
        <location filename="../../app/cli/package_cmds.py" line="97"/>
        <source>组委会公钥文件的指纹：{fp}</source>
        <translation>Fingerprint of the organising committee public key file: {fp}</translation>
    </message>
    <message>
        <location filename="../../app/cli/package_cmds.py" line="99"/>
        <source>请与组委会来函上印的指纹逐位核对，一致时用 --fingerprint &quot;{fp}&quot; 再运行一次以导入。</source>
        <translation>Check it character by character against the fingerprint printed in the organising committee&apos;s letter; if they match, run again with --fingerprint &quot;{fp}&quot; to import.</translation>
    </message>
    <message>
        <location filename="../../app/cli/package_cmds.py" line="103"/>
        <source>已导入组委会公钥：成绩包和 U 盘备份将加密给组委会（以及本赛场裁判长）。</source>
        <translation>Organising committee public key imported: result packages and USB backups will be encrypted to the organising committee (and this venue&apos;s head judge).</translation>
    </message>
    <message>
        <location filename="../../app/cli/package_cmds.py" line="112"/>
        <source>已写出赛场档案：{p}（只有组委会能解密）</source>
        <translation>Venue archive written: {p} (only the organising committee can decrypt it)</translation>
    </message>
    <message>
        <location filename="../../app/cli/package_cmds.py" line="121"/>
        <source>赛场已关闭：{n} 条审计记录、{r} 行数据中的姓名、身份证号和手机号已清除（签名记录），删除本机备份 {b} 个。成绩、加密号和审计记录仍可核验（venuescore audit verify）。</source>
        <translation>Venue closed: names, ID numbers and mobile numbers erased from {n} audit records and {r} data rows (signed record); {b} local backups deleted. Results, blind codes and audit records can still be verified (venuescore audit verify).</translation>
    </message>
    <message>
        <location filename="../../app/cli/package_cmds.py" line="135"/>
        <source>本赛场还没有组委会公钥。</source>
        <translation>This venue has no organising committee public key yet.</translation>
    </message>
    <message>
        <location filename="../../app/cli/package_cmds.py" line="137"/>
        <source>组委会签名公钥：{line}</source>
        <translation>Organising committee signing public key: {line}</translation>
    </message>
    <message>
        <location filename="../../app/cli/package_cmds.py" line="138"/>
        <source>组委会加密公钥：{r}</source>
        <translation>Organising committee encryption public key: {r}</translation>
    </message>
    <message>
        <location filename="../../app/cli/package_cmds.py" line="149"/>
        <source>恢复码（只显示这一次，请抄写或打印后密封保存）：{code}</source>
        <translation>Recovery code (shown only this once; write it down or print it and keep it sealed): {code}</translation>
    </message>
    <message>
        <location filename="../../app/cli/package_cmds.py" line="154"/>
        <source>恢复码密封页：{p}</source>
        <translation>Recovery code sealed page: {p}</translation>
    </message>
    <message>
        <location filename="../../app/cli/package_cmds.py" line="160"/>
        <source>设置裁判长口令（至少 10 个字符，含两类字符）：</source>
        <translation>Set head judge passphrase (at least 10 characters, of at least two kinds):</translation>
    </message>
    <message>
        <location filename="../../app/cli/package_cmds.py" line="163"/>
        <source>已设置裁判长口令，并生成赛场签名密钥。请把下面的公钥报组委会登记，并在签字确认表上核对指纹。</source>
        <translation>Head judge passphrase set and venue signing key generated. Register the public key below with the organising committee and check the fingerprint on the sign-off confirmation form.</translation>
    </message>
    <message>
        <location filename="../../app/cli/package_cmds.py" line="177"/>
        <source>已另存：{p}</source>
        <translation>Saved as: {p}</translation>
    </message>
    <message>
        <location filename="../../app/cli/package_cmds.py" line="184"/>
        <location filename="../../ui/pages/package.py" line="163"/>
        <source>当前口令：</source>
        <translation>Current passphrase:</translation>
    </message>
    <message>
        <location filename="../../app/cli/package_cmds.py" line="185"/>
        <location filename="../../app/cli/package_cmds.py" line="218"/>
        <source>新口令：</source>
        <translation>New passphrase:</translation>
    </message>
    <message>
        <location filename="../../app/cli/package_cmds.py" line="187"/>
        <source>已修改裁判长口令。</source>
        <translation>Head judge passphrase changed.</translation>
    </message>
    <message>
        <location filename="../../app/cli/package_cmds.py" line="196"/>
        <source>已更换签名密钥：旧公钥作废，请把新公钥重新报组委会登记。</source>
        <translation>Signing key replaced: the old public key is invalid. Register the new public key with the organising committee again.</translation>
    </message>
    <message>
        <location filename="../../app/cli/package_cmds.py" line="209"/>
        <source>已生成新恢复码，旧恢复码作废。</source>
        <translation>New recovery code generated; the old recovery code is invalid.</translation>
    </message>
    <message>
        <location filename="../../app/cli/package_cmds.py" line="217"/>
        <source>恢复码：</source>
        <translation>Recovery code:</translation>
    </message>
    <message>
        <location filename="../../app/cli/package_cmds.py" line="221"/>
        <source>已凭恢复码设置新口令{pin}。刚才的恢复码已作废。</source>
        <translation>New passphrase{pin} set with the recovery code. The recovery code just used is now invalid.</translation>
    </message>
    <message>
        <location filename="../../app/cli/package_cmds.py" line="221"/>
        <source>和新 PIN</source>
        <translation> and new PIN</translation>
    </message>
    <message>
        <location filename="../../app/cli/package_cmds.py" line="230"/>
        <source>密钥口令：</source>
        <translation>Key passphrase:</translation>
    </message>
    <message>
        <location filename="../../app/cli/package_cmds.py" line="232"/>
        <source>已导出第 {n} 版成绩包：{p}</source>
        <translation>Result package version {n} exported: {p}</translation>
    </message>
    <message>
        <location filename="../../app/cli/package_cmds.py" line="244"/>
        <source>已解密：{p}（签名的成绩包，含个人信息，用后删除）</source>
        <translation>Decrypted: {p} (signed result package containing personal data; delete after use)</translation>
    </message>
    <message>
        <location filename="../../app/cli/package_cmds.py" line="263"/>
        <source>{f} 是加密的成绩包：请先解密（赛场：venuescore package open；组委会：age -d -i 组委会私钥文件，或直接 venuescore central import），再核验解密后的 .zip</source>
        <translation>{f} is an encrypted result package: decrypt it first (venue: venuescore package open; organising committee: age -d -i committee-private-key-file, or simply venuescore central import), then verify the decrypted .zip</translation>
    </message>
    <message>
        <location filename="../../app/cli/package_cmds.py" line="267"/>
        <source>核验通过：签名有效，{n} 个文件与校验清单一致，results.json 格式正确。</source>
        <translation>Verification passed: signature valid, {n} files match the checksum list, results.json is correctly formatted.</translation>
    </message>
    <message>
        <location filename="../../app/cli/package_cmds.py" line="268"/>
        <source>项目：{no:02d} {name}&#x3000;第 {rev} 版&#x3000;裁判长：{head}&#x3000;导出时间：{at}</source>
        <translation>Item: {no:02d} {name}&#x3000;Version {rev}&#x3000;Head judge: {head}&#x3000;Exported: {at}</translation>
    </message>
    <message>
        <location filename="../../app/cli/package_cmds.py" line="271"/>
        <source>可信注释：{c}</source>
        <translation>Trusted comment: {c}</translation>
    </message>
    <message>
        <location filename="../../app/package/export.py" line="42"/>
        <location filename="../../ui/pages/checkin.py" line="146"/>
        <location filename="../../ui/pages/results.py" line="101"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../app/package/export.py" line="49"/>
        <source>成绩尚未签字确认，不能导出成绩包</source>
        <translation>Results have not been signed off; the result package cannot be exported</translation>
    </message>
    <message>
        <location filename="../../app/package/export.py" line="97"/>
        <source>成绩包缺少文件：{names}</source>
        <translation>Result package is missing files: {names}</translation>
    </message>
    <message>
        <location filename="../../app/package/export.py" line="99"/>
        <source>校验清单和签名由导出程序生成，不能作为内容文件</source>
        <translation>The checksum list and signature are generated by the export program and cannot be content files</translation>
    </message>
    <message>
        <location filename="../../app/package/verify.py" line="36"/>
        <source>成绩包“{pkg}”已拒绝：{file}：{reason}</source>
        <translation>Result package “{pkg}” rejected: {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/package/verify.py" line="101"/>
        <source>不符合格式：{msg}</source>
        <translation>Invalid format: {msg}</translation>
    </message>
    <message>
        <location filename="../../app/package/verify.py" line="102"/>
        <source>（整个文件）</source>
        <translation>(whole file)</translation>
    </message>
    <message>
        <location filename="../../app/package/verify.py" line="115"/>
        <source>签名密钥 {kid} 未登记（请先登记该赛场的公钥，并核对指纹）</source>
        <translation>Signing key {kid} is not registered (register this venue&apos;s public key first and check the fingerprint)</translation>
    </message>
    <message>
        <location filename="../../app/package/verify.py" line="122"/>
        <source>缺少此文件，无法核对签名</source>
        <translation>This file is missing; the signature cannot be checked</translation>
    </message>
    <message>
        <location filename="../../app/package/verify.py" line="127"/>
        <source>不是 UTF-8 文本</source>
        <translation>Not UTF-8 text</translation>
    </message>
    <message>
        <location filename="../../app/package/verify.py" line="142"/>
        <source>缺少此文件（校验清单中没有）</source>
        <translation>This file is missing (not in the checksum list)</translation>
    </message>
    <message>
        <location filename="../../app/package/verify.py" line="147"/>
        <location filename="../../app/package/verify.py" line="187"/>
        <source>不是有效的 UTF-8 JSON：{err}</source>
        <translation>Not valid UTF-8 JSON: {err}</translation>
    </message>
    <message>
        <location filename="../../app/package/verify.py" line="150"/>
        <source>不符合 results.json 格式（共 {n} 处）：{first}</source>
        <translation>Does not match the results.json format ({n} issues): {first}</translation>
    </message>
    <message>
        <location filename="../../app/package/verify.py" line="172"/>
        <source>此文件不是赛场软件写出的原样，请向赛场索取原成绩包</source>
        <translation>this file is not as the venue&apos;s software wrote it; ask the venue for the original package</translation>
    </message>
    <message>
        <location filename="../../app/package/verify.py" line="174"/>
        <source>第 {n} 行含 UTF-8 无法表示的字符（不成对的代理字符转义，如 \ud800）：{advice}</source>
        <translation>line {n} holds a character UTF-8 cannot represent (an unpaired surrogate escape such as \ud800): {advice}</translation>
    </message>
    <message>
        <location filename="../../app/package/verify.py" line="176"/>
        <source>含 UTF-8 无法表示的字符（不成对的代理字符转义，如 \ud800）：{advice}</source>
        <translation>holds a character UTF-8 cannot represent (an unpaired surrogate escape such as \ud800): {advice}</translation>
    </message>
    <message>
        <location filename="../../app/package/verify.py" line="190"/>
        <source>不符合 appeals.json 格式（共 {n} 处）：{first}</source>
        <translation>Does not match the appeals.json format ({n} issues): {first}</translation>
    </message>
    <message>
        <location filename="../../app/package/verify.py" line="200"/>
        <source>签名中的项目/版本（{item}，第 {rev} 版）与 results.json 不一致</source>
        <translation>Item/version in the signature ({item}, version {rev}) does not match results.json</translation>
    </message>
    <message>
        <location filename="../../app/package/verify.py" line="235"/>
        <source>无法读取：{err}</source>
        <translation>Cannot read: {err}</translation>
    </message>
    <message>
        <location filename="../../app/services/central_reports.py" line="30"/>
        <source>“巴渝工匠”杯 重庆市第二届专项职业能力技能大赛</source>
        <translation>The &quot;Bayu Craftsman&quot; Cup — 2nd Chongqing Special Vocational Skills Competition</translation>
    </message>
    <message>
        <location filename="../../app/reports/central_reports.py" line="46"/>
        <source>证书编号</source>
        <translation>Certificate no.</translation>
    </message>
    <message>
        <location filename="../../app/reports/central_reports.py" line="48"/>
        <location filename="../../ui/central_window.py" line="230"/>
        <source>获奖名单（汇总）</source>
        <translation>Award winners (summary)</translation>
    </message>
    <message>
        <location filename="../../app/reports/central_reports.py" line="48"/>
        <source>共 {n} 人获奖；仅含组委会已接收的成绩包</source>
        <translation>{n} award winners in total; includes only result packages accepted by the organising committee</translation>
    </message>
    <message>
        <location filename="../../app/reports/central_reports.py" line="56"/>
        <source>共 {n} 处冲突（含收件箱中未接收的成绩包）。身份证号完整显示，仅供组委会核查。</source>
        <translation>{n} conflicts in total (including result packages in the inbox not yet accepted). ID numbers are shown in full, for checking by the organising committee only.</translation>
    </message>
    <message>
        <location filename="../../app/reports/central_reports.py" line="57"/>
        <location filename="../../ui/central_window.py" line="230"/>
        <source>兼项与身份冲突报告</source>
        <translation>Multiple entries and identity conflicts report</translation>
    </message>
    <message>
        <location filename="../../app/reports/central_reports.py" line="71"/>
        <location filename="../../app/services/checkin.py" line="295"/>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../app/reports/central_reports.py" line="76"/>
        <source>参赛</source>
        <translation>Competed</translation>
    </message>
    <message>
        <location filename="../../app/reports/central_reports.py" line="76"/>
        <source>一等奖</source>
        <translation>First prize</translation>
    </message>
    <message>
        <location filename="../../app/reports/central_reports.py" line="76"/>
        <source>二等奖</source>
        <translation>Second prize</translation>
    </message>
    <message>
        <location filename="../../app/reports/central_reports.py" line="76"/>
        <source>三等奖</source>
        <translation>Third prize</translation>
    </message>
    <message>
        <location filename="../../app/reports/central_reports.py" line="77"/>
        <source>优胜奖</source>
        <translation>Merit award</translation>
    </message>
    <message>
        <location filename="../../app/reports/central_reports.py" line="77"/>
        <source>获奖合计</source>
        <translation>Total awards</translation>
    </message>
    <message>
        <location filename="../../app/reports/central_reports.py" line="77"/>
        <source>合格率</source>
        <translation>Pass rate</translation>
    </message>
    <message>
        <location filename="../../app/reports/central_reports.py" line="77"/>
        <location filename="../../app/services/central_appeals.py" line="78"/>
        <location filename="../../ui/central_window.py" line="158"/>
        <source>申诉</source>
        <translation>Appeals</translation>
    </message>
    <message>
        <location filename="../../app/reports/central_reports.py" line="77"/>
        <source>支持</source>
        <translation>Upheld</translation>
    </message>
    <message>
        <location filename="../../app/reports/central_reports.py" line="77"/>
        <source>驳回</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../app/reports/central_reports.py" line="77"/>
        <location filename="../../app/services/appeal_links.py" line="32"/>
        <source>待仲裁</source>
        <translation>Awaiting arbitration</translation>
    </message>
    <message>
        <location filename="../../app/reports/central_reports.py" line="78"/>
        <location filename="../../ui/central_window.py" line="231"/>
        <source>各项目统计</source>
        <translation>Statistics by item</translation>
    </message>
    <message>
        <location filename="../../app/reports/central_reports.py" line="78"/>
        <source>合格率 = 合格人数 ÷ 实际参赛人数；申诉“支持”含部分支持</source>
        <translation>Pass rate = number passed ÷ number who actually competed; appeals “Upheld” includes partly upheld</translation>
    </message>
    <message>
        <location filename="../../app/reports/central_reports.py" line="86"/>
        <location filename="../../ui/central_window.py" line="231"/>
        <source>专项职业能力证书合格名单</source>
        <translation>Special vocational skills certificate pass list</translation>
    </message>
    <message>
        <location filename="../../app/reports/central_reports.py" line="87"/>
        <source>共 {n} 人合格。身份证号完整显示，用于制证。</source>
        <translation>{n} passed in total. ID numbers are shown in full, for certificate production.</translation>
    </message>
    <message>
        <location filename="../../app/reports/central_reports.py" line="49"/>
        <source>{cert}&#x3000;{name}：{note}</source>
        <translation>{cert}  {name}: {note}</translation>
    </message>
    <message>
        <location filename="../../app/reports/central_reports.py" line="108"/>
        <location filename="../../app/services/central_entry_checks.py" line="49"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../app/reports/central_reports.py" line="111"/>
        <source>全部项目</source>
        <translation>All items</translation>
    </message>
    <message>
        <location filename="../../app/reports/central_reports.py" line="111"/>
        <source>组委会</source>
        <translation>Organising committee</translation>
    </message>
    <message>
        <location filename="../../app/reports/central_reports.py" line="123"/>
        <source>荣誉证书只能输出为 PDF</source>
        <translation>Certificates of honour can only be output as PDF</translation>
    </message>
    <message>
        <location filename="../../app/reports/central_reports.py" line="125"/>
        <source>打印荣誉证书需要组委会证书密钥的口令</source>
        <translation>Printing certificates of honour requires the passphrase for the organising committee certificate key</translation>
    </message>
    <message>
        <location filename="../../app/reports/central_reports.py" line="125"/>
        <location filename="../../app/services/central_recipient.py" line="38"/>
        <location filename="../../app/services/committee_secrets.py" line="23"/>
        <location filename="../../app/services/vault.py" line="150"/>
        <location filename="../../app/services/vault.py" line="152"/>
        <source>口令</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../app/reports/central_reports.py" line="128"/>
        <location filename="../../app/reports/result_reports.py" line="390"/>
        <source>没有名为 {name} 的报表（可选：{all}）</source>
        <translation>No report named {name} (available: {all})</translation>
    </message>
    <message>
        <location filename="../../app/reports/central_reports.py" line="135"/>
        <source>输出文件须以 .pdf 或 .xlsx 结尾</source>
        <translation>Output file must end in .pdf or .xlsx</translation>
    </message>
    <message>
        <location filename="../../app/reports/certificates.py" line="136"/>
        <source>荣 誉 证 书</source>
        <translation>CERTIFICATE OF HONOUR</translation>
    </message>
    <message>
        <location filename="../../app/reports/certificates.py" line="110"/>
        <source>{name}：</source>
        <translation>{name}:</translation>
    </message>
    <message>
        <location filename="../../app/reports/certificates.py" line="111"/>
        <source>（{g}）</source>
        <translation> ({g})</translation>
    </message>
    <message>
        <location filename="../../app/reports/certificates.py" line="112"/>
        <source>&#x3000;&#x3000;在{competition}“{item}”{group}竞赛中，荣获{award}。特发此证，以资鼓励。</source>
        <translation>&#x3000;&#x3000;In the “{item}”{group} event of {competition}, you have been awarded {award}. This certificate is presented in recognition of your achievement.</translation>
    </message>
    <message>
        <location filename="../../app/reports/certificates.py" line="85"/>
        <source>盖章处</source>
        <translation>Seal</translation>
    </message>
    <message>
        <location filename="../../app/reports/certificates.py" line="120"/>
        <source>证书编号：{no}</source>
        <translation>Certificate no.: {no}</translation>
    </message>
    <message>
        <location filename="../../app/reports/certificates.py" line="121"/>
        <source>核验码：{code}</source>
        <translation>Verification code: {code}</translation>
    </message>
    <message>
        <location filename="../../app/reports/certificates.py" line="123"/>
        <source>单位：{unit}</source>
        <translation>Organisation: {unit}</translation>
    </message>
    <message>
        <location filename="../../app/reports/certificates.py" line="140"/>
        <source>扫描二维码或凭证书编号与核验码向大赛组委会核验</source>
        <translation>Scan the QR code, or verify with the competition organising committee using the certificate no. and verification code</translation>
    </message>
    <message>
        <location filename="../../app/reports/certificates.py" line="153"/>
        <source>所有已接收项目都有待仲裁的申诉，暂不能打印荣誉证书：{items}</source>
        <translation>All accepted items have appeals awaiting arbitration; certificates of honour cannot be printed yet: {items}</translation>
    </message>
    <message>
        <location filename="../../app/reports/certificates.py" line="155"/>
        <source>还没有已接收的获奖名单，无法打印荣誉证书</source>
        <translation>No accepted award list yet; certificates of honour cannot be printed</translation>
    </message>
    <message>
        <location filename="../../app/reports/certificates.py" line="159"/>
        <source>大赛组委会</source>
        <translation>Competition Organising Committee</translation>
    </message>
    <message>
        <location filename="../../app/reports/certificates.py" line="160"/>
        <source>{y} 年 {m} 月 {d} 日</source>
        <translation>{d}/{m}/{y}</translation>
    </message>
    <message>
        <location filename="../../app/reports/checkin_sheets.py" line="57"/>
        <source>尚未抽签，无法打印此表。请裁判长先抽签。</source>
        <translation>No draw yet; this form cannot be printed. The head judge must run the draw first.</translation>
    </message>
    <message>
        <location filename="../../app/reports/checkin_sheets.py" line="63"/>
        <source>抽签时间 {at}（{state}）</source>
        <translation>Draw time {at} ({state})</translation>
    </message>
    <message>
        <location filename="../../app/reports/checkin_sheets.py" line="87"/>
        <source>检录状态</source>
        <translation>Check-in status</translation>
    </message>
    <message>
        <location filename="../../app/reports/checkin_sheets.py" line="87"/>
        <source>选手签名</source>
        <translation>Contestant signature</translation>
    </message>
    <message>
        <location filename="../../app/reports/checkin_sheets.py" line="95"/>
        <source>{group}（{n} 人）</source>
        <translation>{group} ({n} contestants)</translation>
    </message>
    <message>
        <location filename="../../app/reports/checkin_sheets.py" line="102"/>
        <source>名单为空</source>
        <translation>The list is empty</translation>
    </message>
    <message>
        <location filename="../../app/reports/checkin_sheets.py" line="103"/>
        <source>检录员</source>
        <translation>Check-in staff</translation>
    </message>
    <message>
        <location filename="../../app/reports/checkin_sheets.py" line="104"/>
        <source>检录签到表</source>
        <translation>Check-in sign-in sheet</translation>
    </message>
    <message>
        <location filename="../../app/reports/checkin_sheets.py" line="118"/>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../app/reports/checkin_sheets.py" line="123"/>
        <source>抽签记录（公开，可据此核对）</source>
        <translation>Draw record (public; can be used for verification)</translation>
    </message>
    <message>
        <location filename="../../app/reports/checkin_sheets.py" line="125"/>
        <source>工位安排表</source>
        <translation>Station allocation</translation>
    </message>
    <message>
        <location filename="../../app/reports/checkin_sheets.py" line="137"/>
        <location filename="../../ui/pages/draw.py" line="196"/>
        <source>模块 {m} 二次加密号</source>
        <translation>Module {m} second codes</translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="117"/>
        <source>抽签算法</source>
        <translation>Draw algorithm</translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="118"/>
        <source>见证值</source>
        <translation>Witness values</translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="119"/>
        <source>种子</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="120"/>
        <source>抽签人</source>
        <translation>Drawn by</translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="121"/>
        <source>抽签时间</source>
        <translation>Draw time</translation>
    </message>
    <message>
        <location filename="../../app/reports/checkin_sheets.py" line="144"/>
        <source>监督人员</source>
        <translation>Supervisors</translation>
    </message>
    <message>
        <location filename="../../app/reports/checkin_sheets.py" line="146"/>
        <source>加密号对照表</source>
        <translation>Blind code table</translation>
    </message>
    <message>
        <location filename="../../app/reports/checkin_sheets.py" line="146"/>
        <source>密封件·仅限裁判长</source>
        <translation>SEALED · HEAD JUDGE ONLY</translation>
    </message>
    <message>
        <location filename="../../app/reports/checkin_sheets.py" line="160"/>
        <source>工位加密号对照表（门口）</source>
        <translation>Station–blind code table (entrance)</translation>
    </message>
    <message>
        <location filename="../../app/reports/checkin_sheets.py" line="181"/>
        <source>没有名为 {name} 的表（可选：{all}）</source>
        <translation>No form named {name} (available: {all})</translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="68"/>
        <location filename="../../app/services/publication_sheet.py" line="62"/>
        <location filename="../../app/services/results.py" line="85"/>
        <source>{r}（并列）</source>
        <translation>{r} (tie)</translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="76"/>
        <source>{rank}&#x3000;{name}：{note}</source>
        <translation>{rank}&#x3000;{name}: {note}</translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="94"/>
        <location filename="../../app/services/central_checks.py" line="233"/>
        <location filename="../../app/services/results.py" line="145"/>
        <location filename="../../app/services/results.py" line="409"/>
        <source>全部选手</source>
        <translation>All contestants</translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="99"/>
        <source>实际参赛</source>
        <translation>Actually competed</translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="100"/>
        <source>报名 {r} 人，实际参赛 {c} 人；奖项名额按{base}人数 {n} 计：一等奖 {f}、二等奖 {s}、三等奖 {t}</source>
        <translation>{r} registered, {c} actually competed; award places based on {base} number {n}: first prize {f}, second prize {s}, third prize {t}</translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="103"/>
        <source>、优胜奖 {m}</source>
        <translation>, merit award {m}</translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="103"/>
        <source>（不超过 30 人，不设优胜奖）</source>
        <translation> (30 or fewer contestants: no merit award)</translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="119"/>
        <source>并列裁定：{who}——{how}。理由：{reason}（{by}，{at}）</source>
        <translation>Tie ruling: {who} — {how}. Reason: {reason} ({by}, {at})</translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="128"/>
        <source>第 {n} 版，{by} 于 {at} 签字确认</source>
        <translation>Version {n}, signed off by {by} at {at}</translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="131"/>
        <source>更正理由</source>
        <translation>Reason for correction</translation>
    </message>
    <message>
        <location filename="../../app/reports/result_parts.py" line="59"/>
        <source>签字时审计链头</source>
        <translation>Audit chain head at sign-off</translation>
    </message>
    <message>
        <location filename="../../app/reports/result_parts.py" line="59"/>
        <source>{short}（旧版本签字，无签名检查点）</source>
        <translation>{short} (signed off in an old version; no signature checkpoint)</translation>
    </message>
    <message>
        <location filename="../../app/reports/result_parts.py" line="62"/>
        <source>当前审计链头</source>
        <translation>Current audit chain head</translation>
    </message>
    <message>
        <location filename="../../app/reports/result_parts.py" line="62"/>
        <source>{short}（草稿，未签名）</source>
        <translation>{short} (draft, unsigned)</translation>
    </message>
    <message>
        <location filename="../../app/reports/result_parts.py" line="69"/>
        <source>【{label}】本表不是签字确认的正式成绩。</source>
        <translation>[{label}] This is not the signed-off official result.</translation>
    </message>
    <message>
        <location filename="../../app/reports/result_parts.py" line="70"/>
        <source>⚠ 待裁定的并列：{t}</source>
        <translation>⚠ Ties awaiting ruling: {t}</translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="168"/>
        <location filename="../../ui/pages/results.py" line="155"/>
        <source>模块{code}
{name}（{max}）</source>
        <translation>Module {code}
{name} ({max})</translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="191"/>
        <source>（取消）</source>
        <translation>(cancelled)</translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="204"/>
        <source>以下组别无选手：{groups}</source>
        <translation>The following groups have no contestants: {groups}</translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="209"/>
        <source>尚未设置赛场签名密钥</source>
        <translation>Venue signing key not yet set</translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="205"/>
        <source>裁判员 {name}</source>
        <translation>Judge {name}</translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="206"/>
        <location filename="../../app/reports/result_reports.py" line="253"/>
        <location filename="../../app/reports/result_reports.py" line="285"/>
        <source>裁判长 {name}</source>
        <translation>Head judge {name}</translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="209"/>
        <location filename="../../app/services/venue_keys.py" line="59"/>
        <location filename="../../ui/central_window.py" line="216"/>
        <source>赛场公钥</source>
        <translation>Venue public key</translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="210"/>
        <location filename="../../app/reports/result_reports.py" line="251"/>
        <source>本表采用的设置</source>
        <translation>Settings used for this report</translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="214"/>
        <source>成绩汇总表</source>
        <translation>Results summary</translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="237"/>
        <source>{group}（获奖 {n} 人）</source>
        <translation>{group} ({n} award winners)</translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="244"/>
        <source>本组无获奖选手</source>
        <translation>No award winners in this group</translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="254"/>
        <source>获奖名单</source>
        <translation>Award winners</translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="268"/>
        <source>合格线：{line} 分（满分 {total} 分）。以下选手成绩合格，可获专项职业能力证书。</source>
        <translation>Pass mark: {line} (out of {total}). The following contestants have passed and may receive the special vocational skills certificate.</translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="274"/>
        <source>{group}（合格 {n} 人，实际参赛 {c} 人）</source>
        <translation>{group} ({n} passed, {c} actually competed)</translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="280"/>
        <source>本组无合格选手</source>
        <translation>No contestants passed in this group</translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="286"/>
        <source>合格名单</source>
        <translation>Pass list</translation>
    </message>
    <message>
        <location filename="../../app/reports/score_sheets.py" line="83"/>
        <source>{name}（报名号 {reg}，{unit}）</source>
        <translation>{name} (registration no. {reg}, {unit})</translation>
    </message>
    <message>
        <location filename="../../app/reports/score_sheets.py" line="84"/>
        <source>组别 / 工位 / 加密号</source>
        <translation>Group / station / blind code</translation>
    </message>
    <message>
        <location filename="../../app/reports/score_sheets.py" line="85"/>
        <source>总分 / 名次 / 奖项</source>
        <translation>Total / rank / award</translation>
    </message>
    <message>
        <location filename="../../app/reports/score_sheets.py" line="128"/>
        <source>{name}（报名号 {reg}）评分明细（续）</source>
        <translation>{name} (registration no. {reg}), score sheet (continued)</translation>
    </message>
    <message>
        <location filename="../../app/reports/score_sheets.py" line="214"/>
        <source>满分</source>
        <translation>Max. mark</translation>
    </message>
    <message>
        <location filename="../../app/reports/score_sheets.py" line="215"/>
        <source>裁判 {i}</source>
        <translation>Judge {i}</translation>
    </message>
    <message>
        <location filename="../../app/reports/score_sheets.py" line="216"/>
        <source>测量值</source>
        <translation>Measured value</translation>
    </message>
    <message>
        <location filename="../../app/reports/score_sheets.py" line="216"/>
        <source>得分</source>
        <translation>Mark</translation>
    </message>
    <message>
        <location filename="../../app/reports/score_sheets.py" line="105"/>
        <source>{code}{who}：{old} → {new}，{by} 更正，理由：{reason}</source>
        <translation>{code}{who}: {old} → {new}, corrected by {by}, reason: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/reports/blank_sheets.py" line="57"/>
        <location filename="../../app/reports/score_sheets.py" line="114"/>
        <source>测量</source>
        <translation>Measurement</translation>
    </message>
    <message>
        <location filename="../../app/reports/blank_sheets.py" line="57"/>
        <location filename="../../app/reports/score_sheets.py" line="114"/>
        <source>评价</source>
        <translation>Judgement</translation>
    </message>
    <message>
        <location filename="../../app/reports/score_sheets.py" line="119"/>
        <source>（模块扣分 {d}）</source>
        <translation> (module deduction {d})</translation>
    </message>
    <message>
        <location filename="../../app/reports/score_sheets.py" line="120"/>
        <source>（本模块取消资格）</source>
        <translation> (disqualified from this module)</translation>
    </message>
    <message>
        <location filename="../../app/reports/score_sheets.py" line="118"/>
        <source>模块{code}小计</source>
        <translation>Module {code} subtotal</translation>
    </message>
    <message>
        <location filename="../../app/reports/score_sheets.py" line="122"/>
        <source>扣分：{where} {amount} 分，理由：{reason}（{by}）{cancelled}</source>
        <translation>Deduction: {where} {amount} marks, reason: {reason} ({by}){cancelled}</translation>
    </message>
    <message>
        <location filename="../../app/reports/score_sheets.py" line="124"/>
        <source>【已撤销】</source>
        <translation> [revoked]</translation>
    </message>
    <message>
        <location filename="../../app/reports/score_sheets.py" line="126"/>
        <source>用时：{t}</source>
        <translation>Time used: {t}</translation>
    </message>
    <message>
        <location filename="../../app/reports/score_sheets.py" line="127"/>
        <source>*{i} 更正：{note}</source>
        <translation>*{i} correction: {note}</translation>
    </message>
    <message>
        <location filename="../../app/reports/blank_sheets.py" line="95"/>
        <location filename="../../app/reports/lock_sheet.py" line="74"/>
        <location filename="../../app/reports/score_sheets.py" line="241"/>
        <source>裁判员</source>
        <translation>Judges</translation>
    </message>
    <message>
        <location filename="../../app/reports/score_sheets.py" line="244"/>
        <source>没有参赛选手</source>
        <translation>No contestants competed</translation>
    </message>
    <message>
        <location filename="../../app/reports/score_sheets.py" line="222"/>
        <source>评分明细表</source>
        <translation>Detailed marking sheet</translation>
    </message>
    <message>
        <location filename="../../app/reports/blank_sheets.py" line="104"/>
        <source>打印空白评分表</source>
        <translation>Print blank marking sheet</translation>
    </message>
    <message>
        <location filename="../../app/reports/blank_sheets.py" line="108"/>
        <source>尚未导入评分标准，无法打印空白评分表。</source>
        <translation>The marking scheme has not been imported yet; the blank marking sheet cannot be printed.</translation>
    </message>
    <message>
        <location filename="../../app/reports/blank_sheets.py" line="111"/>
        <source>尚未抽签（没有加密号），无法打印空白评分表。</source>
        <translation>No draw yet (no blind codes); the blank marking sheet cannot be printed.</translation>
    </message>
    <message>
        <location filename="../../app/reports/blank_sheets.py" line="83"/>
        <source>裁判 {k}：＿＿＿＿＿＿</source>
        <translation>Judge {k}: ______</translation>
    </message>
    <message>
        <location filename="../../app/reports/blank_sheets.py" line="83"/>
        <source>录入人：＿＿＿＿＿＿</source>
        <translation>Entered by: ______</translation>
    </message>
    <message>
        <location filename="../../app/reports/blank_sheets.py" line="90"/>
        <source>评价项填 0–3 的整数；测量项填测得分值（不超过满分）。</source>
        <translation>For judgement criteria enter a whole number from 0 to 3; for measurement criteria enter the mark measured (not exceeding the maximum).</translation>
    </message>
    <message>
        <location filename="../../app/reports/blank_sheets.py" line="58"/>
        <source>{code}
{kind} {max}</source>
        <translation>{code}
{kind} {max}</translation>
    </message>
    <message>
        <location filename="../../app/reports/blank_sheets.py" line="85"/>
        <source>（第 {i}/{n} 部分：{a}–{b}）</source>
        <translation> (part {i}/{n}: {a}–{b})</translation>
    </message>
    <message>
        <location filename="../../app/reports/blank_sheets.py" line="88"/>
        <source>模块 {code} {name}（满分 {max}）{part}&#x3000;{who}</source>
        <translation>Module {code} {name} (max. {max}){part}&#x3000;{who}</translation>
    </message>
    <message>
        <location filename="../../app/reports/blank_sheets.py" line="94"/>
        <source>评分项：{items}</source>
        <translation>Criteria: {items}</translation>
    </message>
    <message>
        <location filename="../../app/reports/blank_sheets.py" line="122"/>
        <source>空白评分表</source>
        <translation>Blank marking sheet</translation>
    </message>
    <message>
        <location filename="../../app/reports/blank_sheets.py" line="123"/>
        <source>备用纸质评分表（仅加密号）</source>
        <translation>Spare paper marking sheet (blind codes only)</translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="318"/>
        <source>成绩汇总</source>
        <translation>Results summary</translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="321"/>
        <source>模块{code} {name}</source>
        <translation>Module {code} {name}</translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="353"/>
        <source>赛场</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="354"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="363"/>
        <source>待裁定的并列</source>
        <translation>Ties awaiting ruling</translation>
    </message>
    <message>
        <location filename="../../app/rules/awards.py" line="33"/>
        <source>并列者均授较高奖项</source>
        <translation>All tied contestants receive the higher award</translation>
    </message>
    <message>
        <location filename="../../app/rules/awards.py" line="33"/>
        <source>按附加标准排定先后</source>
        <translation>Ranked by additional criteria</translation>
    </message>
    <message>
        <location filename="../../app/rules/awards.py" line="58"/>
        <source>合格线须为不小于 0 的数</source>
        <translation>The pass mark must be a number not less than 0</translation>
    </message>
    <message>
        <location filename="../../app/rules/awards.py" line="60"/>
        <source>优胜奖基数须为“实际参赛”或“报名”</source>
        <translation>The basis for merit awards must be “actually competed” or “registered”</translation>
    </message>
    <message>
        <location filename="../../app/rules/awards.py" line="64"/>
        <source>名额不能为负</source>
        <translation>Number of places cannot be negative</translation>
    </message>
    <message>
        <location filename="../../app/rules/awards.py" line="66"/>
        <source>优胜奖比例须在 0 到 1 之间</source>
        <translation>The merit award ratio must be between 0 and 1</translation>
    </message>
    <message>
        <location filename="../../app/rules/awards.py" line="66"/>
        <source>优胜奖比例</source>
        <translation>Merit award ratio</translation>
    </message>
    <message>
        <location filename="../../app/rules/awards.py" line="67"/>
        <source>奖项设置有误</source>
        <translation>Award settings are invalid</translation>
    </message>
    <message>
        <location filename="../../app/rules/awards.py" line="102"/>
        <source>参赛人数不能为负</source>
        <translation>Number of contestants cannot be negative</translation>
    </message>
    <message>
        <location filename="../../app/rules/awards.py" line="156"/>
        <source>第 {place} 名并列 {n} 人（{who}），跨越{boundary}界线，较高奖项只余 {k} 个名额</source>
        <translation>{n} contestants tie for place {place} ({who}) across the {boundary} boundary; only {k} places remain for the higher award</translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="163"/>
        <location filename="../../app/reports/score_sheets.py" line="85"/>
        <location filename="../../app/rules/awards.py" line="203"/>
        <location filename="../../app/services/results_standings.py" line="64"/>
        <location filename="../../ui/pages/results.py" line="104"/>
        <source>无奖项</source>
        <translation>No award</translation>
    </message>
    <message>
        <location filename="../../app/rules/awards.py" line="213"/>
        <source>{award} {n} 个</source>
        <translation>{award}: {n}</translation>
    </message>
    <message>
        <location filename="../../app/rules/awards.py" line="214"/>
        <source>原属{parts}的名额改授{award}</source>
        <translation>Places originally for {parts} are given as {award} instead</translation>
    </message>
    <message>
        <location filename="../../app/rules/awards.py" line="216"/>
        <source>获奖人数另增 {n} 人</source>
        <translation>{n} additional award winners</translation>
    </message>
    <message>
        <location filename="../../app/rules/awards.py" line="230"/>
        <source>裁判长的决定必须写明理由</source>
        <translation>The head judge&apos;s decision must state a reason</translation>
    </message>
    <message>
        <location filename="../../app/rules/awards.py" line="232"/>
        <source>未知的处理方式（应为“并列者均授较高奖项”或“按附加标准排定先后”）</source>
        <translation>Unknown resolution (should be “all tied contestants get the higher award” or “rank by additional criteria”)</translation>
    </message>
    <message>
        <location filename="../../app/rules/awards.py" line="236"/>
        <source>该决定与任何跨奖项界线的并列都不对应；现有的并列：{ties}</source>
        <translation>This decision does not match any tie across an award boundary; current ties: {ties}</translation>
    </message>
    <message>
        <location filename="../../app/rules/awards.py" line="240"/>
        <source>同一并列有不止一个决定</source>
        <translation>More than one decision for the same tie</translation>
    </message>
    <message>
        <location filename="../../app/rules/awards.py" line="242"/>
        <source>排定先后须恰好列出并列的每位选手各一次</source>
        <translation>The ranking must list each tied contestant exactly once</translation>
    </message>
    <message>
        <location filename="../../app/rules/awards.py" line="244"/>
        <source>“并列者均授较高奖项”不需要排定先后</source>
        <translation>“All tied contestants get the higher award” does not need a ranking</translation>
    </message>
    <message>
        <location filename="../../app/rules/awards.py" line="246"/>
        <source>并列决定无效</source>
        <translation>Invalid tie decision</translation>
    </message>
    <message>
        <location filename="../../app/rules/awards.py" line="304"/>
        <source>与{who}并列第 {place} 名</source>
        <translation>Tied for place {place} with {who}</translation>
    </message>
    <message>
        <location filename="../../app/rules/awards.py" line="307"/>
        <source>与{who}并列第 {place} 名，跨越{boundary}界线，待裁判长决定</source>
        <translation>Tied for place {place} with {who}, across the {boundary} boundary; awaiting head judge&apos;s decision</translation>
    </message>
    <message>
        <location filename="../../app/rules/awards.py" line="311"/>
        <source>与{who}并列第 {place} 名；裁判长决定均授{award}，{then}（理由：{reason}）</source>
        <translation>Tied for place {place} with {who}; head judge decided all receive {award}, {then} (reason: {reason})</translation>
    </message>
    <message>
        <location filename="../../app/rules/awards.py" line="317"/>
        <source>原与{who}并列第 {place} 名；裁判长按附加标准排定为第 {rank} 名（理由：{reason}）</source>
        <translation>Originally tied for place {place} with {who}; head judge ranked them {rank} by additional criteria (reason: {reason})</translation>
    </message>
    <message>
        <location filename="../../app/rules/awards.py" line="321"/>
        <source>未达合格线（{line} 分），不授奖</source>
        <translation>Below the pass mark ({line} points); no award</translation>
    </message>
    <message>
        <location filename="../../app/rules/awards.py" line="325"/>
        <source>{status}，不排名，不授奖</source>
        <translation>{status}; not ranked, no award</translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="415"/>
        <location filename="../../app/services/scoring.py" line="416"/>
        <location filename="../../ui/pages/scoring_extras.py" line="141"/>
        <location filename="../../ui/pages/scoring_extras.py" line="224"/>
        <source>取消资格</source>
        <translation>Disqualified</translation>
    </message>
    <message>
        <location filename="../../app/rules/ranking.py" line="96"/>
        <source>模块 {code}</source>
        <translation>Module {code}</translation>
    </message>
    <message>
        <location filename="../../app/rules/ranking.py" line="108"/>
        <source>选手重复出现</source>
        <translation>Contestant appears more than once</translation>
    </message>
    <message>
        <location filename="../../app/rules/ranking.py" line="111"/>
        <source>未知的参赛状态</source>
        <translation>Unknown participation status</translation>
    </message>
    <message>
        <location filename="../../app/rules/ranking.py" line="113"/>
        <source>总分须为有限的十进制数</source>
        <translation>Total score must be a finite decimal number</translation>
    </message>
    <message>
        <location filename="../../app/rules/ranking.py" line="116"/>
        <source>模块 {code} 的分数须为有限的十进制数</source>
        <translation>The score for module {code} must be a finite decimal number</translation>
    </message>
    <message>
        <location filename="../../app/rules/ranking.py" line="119"/>
        <source>用时不能为负</source>
        <translation>Time used cannot be negative</translation>
    </message>
    <message>
        <location filename="../../app/rules/ranking.py" line="120"/>
        <source>成绩数据有误，无法排名</source>
        <translation>Result data is invalid; cannot rank</translation>
    </message>
    <message>
        <location filename="../../app/rules/ranking.py" line="190"/>
        <location filename="../../app/rules/ranking.py" line="210"/>
        <source>总分与{who}相同，按{step}分出先后</source>
        <translation>Same total score as {who}; separated by {step}</translation>
    </message>
    <message>
        <location filename="../../app/services/central.py" line="84"/>
        <source>请填写{what}的经办人姓名</source>
        <translation>Please enter the name of the person handling {what}</translation>
    </message>
    <message>
        <location filename="../../app/services/central.py" line="82"/>
        <location filename="../../app/services/central.py" line="84"/>
        <location filename="../../app/services/committee_secrets.py" line="19"/>
        <location filename="../../app/services/committee_secrets.py" line="21"/>
        <location filename="../../app/services/setup_package.py" line="54"/>
        <location filename="../../app/services/setup_package.py" line="56"/>
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <location filename="../../app/services/central.py" line="145"/>
        <source>找不到公钥文件 {p}</source>
        <translation>Public key file {p} not found</translation>
    </message>
    <message>
        <location filename="../../app/services/central.py" line="154"/>
        <source>登记公钥</source>
        <translation>Register public key</translation>
    </message>
    <message>
        <location filename="../../app/services/central.py" line="157"/>
        <source>请填写公钥说明（如“31 母婴护理 赛场”）</source>
        <translation>Please enter a description of the public key (e.g. “31 Maternal and Infant Care venue”)</translation>
    </message>
    <message>
        <location filename="../../app/services/central.py" line="136"/>
        <source>项目编号须为 1–33</source>
        <translation>Item number must be 1–33</translation>
    </message>
    <message>
        <location filename="../../app/services/central.py" line="165"/>
        <source>该公钥已登记：{label}（{fp}）</source>
        <translation>This public key is already registered: {label} ({fp})</translation>
    </message>
    <message>
        <location filename="../../app/services/central.py" line="166"/>
        <source>已有另一把密钥使用相同的密钥号 {kid}，拒绝登记</source>
        <translation>Another key already uses the same key ID {kid}; registration refused</translation>
    </message>
    <message>
        <location filename="../../app/services/central.py" line="276"/>
        <source>{file}：与已导入的 {item} 第 {rev} 版内容相同，未重复导入</source>
        <translation>{file}: identical to the imported {item} version {rev}; not imported again</translation>
    </message>
    <message>
        <location filename="../../app/services/central.py" line="278"/>
        <source>{file}：{item} 第 {rev} 版已导入，状态：{status}（错误 {e} 项，警告 {w} 项）</source>
        <translation>{file}: {item} version {rev} imported, status: {status} ({e} errors, {w} warnings)</translation>
    </message>
    <message>
        <location filename="../../app/services/central.py" line="328"/>
        <source>第 {n} 版记录的上一版哈希与已导入的第 {m} 版不一致（可能有未送达的中间版本）</source>
        <translation>The previous-version hash recorded in version {n} does not match imported version {m} (an intermediate version may not have been delivered)</translation>
    </message>
    <message>
        <location filename="../../app/services/central.py" line="421"/>
        <source>导入成绩包</source>
        <translation>Import result package</translation>
    </message>
    <message>
        <location filename="../../app/services/central.py" line="426"/>
        <source>尚未登记任何赛场公钥，无法核验成绩包。请先登记各赛场的公钥。</source>
        <translation>No venue public keys have been registered yet, so result packages cannot be verified. Please register each venue&apos;s public key first.</translation>
    </message>
    <message>
        <location filename="../../app/services/central.py" line="345"/>
        <source>签名密钥登记为项目 {a} 所用，但成绩包是项目 {b}</source>
        <translation>The signing key is registered for item {a}, but the result package is for item {b}</translation>
    </message>
    <message>
        <location filename="../../app/services/central.py" line="91"/>
        <source>{what}须填写理由</source>
        <translation>{what} requires a reason</translation>
    </message>
    <message>
        <location filename="../../app/services/central.py" line="127"/>
        <source>组别重复</source>
        <translation>Duplicate group</translation>
    </message>
    <message>
        <location filename="../../app/services/central.py" line="133"/>
        <source>请指定该密钥所属的竞赛项目（1–33）：一把赛场密钥只能签它自己项目的成绩包</source>
        <translation>Please specify the competition item this key belongs to (1–33): a venue key may only sign result packages for its own item</translation>
    </message>
    <message>
        <location filename="../../app/services/central.py" line="184"/>
        <source>限定公钥</source>
        <translation>Restrict public key</translation>
    </message>
    <message>
        <location filename="../../app/services/central.py" line="190"/>
        <source>没有编号为 {n} 的公钥</source>
        <translation>No public key with number {n}</translation>
    </message>
    <message>
        <location filename="../../app/services/central.py" line="192"/>
        <source>公钥“{label}”已限定为项目 {item:02d}，不能改为其他项目；如确需更换，请登记新的公钥</source>
        <translation>Public key “{label}” is already restricted to item {item:02d} and cannot be changed to another item; if it really must be replaced, register a new public key</translation>
    </message>
    <message>
        <location filename="../../app/services/central.py" line="273"/>
        <source>{file}：{item} 第 {rev} 版成绩未变，申诉记录已更新（共 {n} 件）</source>
        <translation>{file}: {item} version {rev} results unchanged; appeal records updated ({n} in total)</translation>
    </message>
    <message>
        <location filename="../../app/services/central.py" line="341"/>
        <source>签名密钥“{label}”登记时没有限定项目，不能据此接收任何成绩包。请核实后用 venuescore central keys restrict {id} --item 项目编号 限定它的项目，再重新导入</source>
        <translation>Signing key “{label}” was registered without an item restriction, so no result packages can be accepted with it. After verifying, restrict it to its item with venuescore central keys restrict {id} --item ITEM_NO, then import again</translation>
    </message>
    <message>
        <location filename="../../app/services/central.py" line="348"/>
        <source>签名密钥登记为组别“{a}”所用，但成绩包的组别是“{b}”</source>
        <translation>The signing key is registered for group “{a}”, but the result package&apos;s group is “{b}”</translation>
    </message>
    <message>
        <location filename="../../app/services/central.py" line="376"/>
        <source>第 {n} 版不高于已导入的第 {m} 版，且内容不同：不能用较低或相同版本覆盖（请向赛场索取最新版本）</source>
        <translation>Version {n} is not higher than imported version {m} and its content differs: a lower or equal version cannot overwrite it (please ask the venue for the latest version)</translation>
    </message>
    <message>
        <location filename="../../app/services/central.py" line="380"/>
        <source>已有一份第 {n} 版成绩包被撤回，且内容与本包不同：请先核实哪一份正确；如被撤回的那份正确，请恢复它</source>
        <translation>A version {n} result package has already been withdrawn and its content differs from this package: please first verify which one is correct; if the withdrawn one is correct, restore it</translation>
    </message>
    <message>
        <location filename="../../app/services/central.py" line="388"/>
        <source>第 {n} 版与已导入的最高第 {m} 版之间缺少第 {gap} 版，成绩包中也没有这些版本的签字检查点：版本号只能逐一递增。请向赛场核实并索取缺少的版本</source>
        <translation>Versions {gap} are missing between version {n} and the highest imported version {m}, and the result package has no signed checkpoints for them: version numbers may only increase one at a time. Please check with the venue and ask for the missing versions</translation>
    </message>
    <message>
        <location filename="../../app/services/central.py" line="391"/>
        <source>第 {gap} 版已由赛场签字确认但未送达（成绩包中有其签名检查点）：本包第 {n} 版直接接续已导入的第 {m} 版</source>
        <translation>Version {gap} was signed off by the venue but not delivered (the result package contains its signed checkpoint): version {n} in this package follows directly on from imported version {m}</translation>
    </message>
    <message>
        <location filename="../../app/services/central.py" line="406"/>
        <source>成绩包已加密：须输入组委会加密密钥口令才能导入</source>
        <translation>The result package is encrypted: the organising committee encryption key passphrase is required to import it</translation>
    </message>
    <message>
        <location filename="../../app/services/central.py" line="408"/>
        <source>文件过大，已拒绝读取</source>
        <translation>File too large; reading refused</translation>
    </message>
    <message>
        <location filename="../../app/services/central.py" line="433"/>
        <source>版本号 {n} 不合理：版本号须为 1–{m}（成绩包可能被篡改或由错误的软件生成）</source>
        <translation>Version number {n} is not plausible: version numbers must be 1–{m} (the result package may have been tampered with or produced by the wrong software)</translation>
    </message>
    <message>
        <location filename="../../app/services/central.py" line="478"/>
        <location filename="../../app/services/central.py" line="564"/>
        <location filename="../../app/services/central.py" line="618"/>
        <source>被第 {n} 版取代</source>
        <translation>Superseded by version {n}</translation>
    </message>
    <message>
        <location filename="../../app/services/central.py" line="507"/>
        <source>已取消导入；已导入的 {n} 个成绩包保留</source>
        <translation>Import cancelled; the {n} result packages already imported are kept</translation>
    </message>
    <message>
        <location filename="../../app/services/central.py" line="532"/>
        <location filename="../../app/services/central.py" line="542"/>
        <location filename="../../app/services/central.py" line="633"/>
        <source>没有编号为 {n} 的成绩包</source>
        <translation>No result package with number {n}</translation>
    </message>
    <message>
        <location filename="../../app/services/central.py" line="538"/>
        <source>接收成绩包</source>
        <translation>Accept result package</translation>
    </message>
    <message>
        <location filename="../../app/services/central.py" line="547"/>
        <source>{p}已被取代（{r}），不能接收</source>
        <translation>{p} has been superseded ({r}) and cannot be accepted</translation>
    </message>
    <message>
        <location filename="../../app/services/central.py" line="549"/>
        <source>{p}已被撤回（{r}），如需接收请先恢复</source>
        <translation>{p} has been withdrawn ({r}); restore it first if it needs to be accepted</translation>
    </message>
    <message>
        <location filename="../../app/services/central.py" line="552"/>
        <source>{p}有 {n} 项错误，不能接收：</source>
        <translation>{p} has {n} errors and cannot be accepted:</translation>
    </message>
    <message>
        <location filename="../../app/services/central.py" line="555"/>
        <source>{p}有 {n} 项警告，须由经办人确认已知悉后才能接收：</source>
        <translation>{p} has {n} warnings; the handler must confirm they have noted them before it can be accepted:</translation>
    </message>
    <message>
        <location filename="../../app/services/central.py" line="560"/>
        <source>{p}已有更高的第 {n} 版被接收</source>
        <translation>A higher version {n} of {p} has already been accepted</translation>
    </message>
    <message>
        <location filename="../../app/services/central.py" line="579"/>
        <location filename="../../app/services/central.py" line="580"/>
        <source>撤回成绩包</source>
        <translation>Withdraw result package</translation>
    </message>
    <message>
        <location filename="../../app/services/central.py" line="585"/>
        <source>{p}已被撤回</source>
        <translation>{p} has been withdrawn</translation>
    </message>
    <message>
        <location filename="../../app/services/central.py" line="587"/>
        <source>{p}已被取代，不在汇总结果中，无需撤回</source>
        <translation>{p} has been superseded and is not in the combined results; no need to withdraw it</translation>
    </message>
    <message>
        <location filename="../../app/services/central.py" line="604"/>
        <location filename="../../app/services/central.py" line="605"/>
        <source>恢复成绩包</source>
        <translation>Restore result package</translation>
    </message>
    <message>
        <location filename="../../app/services/central.py" line="610"/>
        <source>{p}没有被撤回，无需恢复</source>
        <translation>{p} has not been withdrawn; no need to restore it</translation>
    </message>
    <message>
        <location filename="../../app/services/central.py" line="614"/>
        <source>{p}：已有更高的第 {n} 版（{st}），不能恢复较低的版本</source>
        <translation>{p}: a higher version {n} already exists ({st}); a lower version cannot be restored</translation>
    </message>
    <message>
        <location filename="../../app/services/central.py" line="638"/>
        <source>{item:02d} {name} 第 {rev} 版</source>
        <translation>{item:02d} {name} version {rev}</translation>
    </message>
    <message>
        <location filename="../../app/services/central_checks.py" line="65"/>
        <location filename="../../app/services/central_trail.py" line="179"/>
        <source>{name}（报名号 {reg}）</source>
        <translation>{name} (registration no. {reg})</translation>
    </message>
    <message>
        <location filename="../../app/services/central_checks.py" line="91"/>
        <source>audit.jsonl 不是 UTF-8 文本</source>
        <translation>audit.jsonl is not UTF-8 text</translation>
    </message>
    <message>
        <location filename="../../app/services/central_checks.py" line="106"/>
        <source>audit.jsonl 第 {n} 行：审计链断裂（记录被改动、删除或顺序错乱）</source>
        <translation>audit.jsonl line {n}: audit chain broken (records altered, deleted or out of order)</translation>
    </message>
    <message>
        <location filename="../../app/services/central_checks.py" line="111"/>
        <source>audit.jsonl 中找不到签字时的第 {n} 条审计记录（哈希 {h}…）</source>
        <translation>Audit record {n} at the time of sign-off not found in audit.jsonl (hash {h}…)</translation>
    </message>
    <message>
        <location filename="../../app/services/central_checks.py" line="130"/>
        <source>同一身份证号在本项目中出现 {n} 次：{names}</source>
        <translation>The same ID number appears {n} times in this item: {names}</translation>
    </message>
    <message>
        <location filename="../../app/services/central_checks.py" line="134"/>
        <source>报名号 {reg} 出现 {n} 次</source>
        <translation>Registration no. {reg} appears {n} times</translation>
    </message>
    <message>
        <location filename="../../app/services/central_checks.py" line="137"/>
        <source>{who}的组别“{g}”不在本项目的组别中</source>
        <translation>{who}&apos;s group “{g}” is not one of this item&apos;s groups</translation>
    </message>
    <message>
        <location filename="../../app/services/central_checks.py" line="142"/>
        <source>{who}的身份证号无效：{msg}</source>
        <translation>{who}&apos;s ID number is invalid: {msg}</translation>
    </message>
    <message>
        <location filename="../../app/services/central_checks.py" line="146"/>
        <source>{who}的出生日期或性别与身份证号不符</source>
        <translation>{who}&apos;s date of birth or sex does not match the ID number</translation>
    </message>
    <message>
        <location filename="../../app/services/central_checks.py" line="181"/>
        <source>无法根据评分记录重算成绩：{err}</source>
        <translation>Cannot recalculate results from the scoring records: {err}</translation>
    </message>
    <message>
        <location filename="../../app/services/central_checks.py" line="189"/>
        <source>{who}状态为未参赛/取消资格，却有总分 {t}</source>
        <translation>{who} is marked as not competing/disqualified but has a total score of {t}</translation>
    </message>
    <message>
        <location filename="../../app/services/central_checks.py" line="196"/>
        <source>{who}模块 {m}：包中 {a} 分，按评分记录重算为 {b} 分</source>
        <translation>{who} module {m}: {a} points in package, {b} points when recalculated from scoring records</translation>
    </message>
    <message>
        <location filename="../../app/services/central_checks.py" line="199"/>
        <source>{who}总分：包中 {a}，按评分记录重算为 {b}</source>
        <translation>{who} total score: {a} in package, {b} when recalculated from scoring records</translation>
    </message>
    <message>
        <location filename="../../app/services/central_checks.py" line="202"/>
        <source>{who}的评分不完整：{m}</source>
        <translation>{who}&apos;s scoring is incomplete: {m}</translation>
    </message>
    <message>
        <location filename="../../app/services/central_checks.py" line="240"/>
        <source>{g}：“{k}”包中为 {a}，按规则应为 {b}</source>
        <translation>{g}: “{k}” is {a} in the package but should be {b} under the rules</translation>
    </message>
    <message>
        <location filename="../../app/services/central_checks.py" line="246"/>
        <source>{who}名次：包中 {a}，重算为 {b}</source>
        <translation>{who} place: {a} in package, {b} when recalculated</translation>
    </message>
    <message>
        <location filename="../../app/services/central_checks.py" line="249"/>
        <source>{who}奖项：包中“{a}”，按规则应为“{b}”</source>
        <translation>{who} award: “{a}” in package, should be “{b}” under the rules</translation>
    </message>
    <message>
        <location filename="../../app/services/central_checks.py" line="253"/>
        <source>{who}合格标记与合格线 {line} 不符（总分 {t}）</source>
        <translation>{who}&apos;s pass flag does not match the pass mark {line} (total score {t})</translation>
    </message>
    <message>
        <location filename="../../app/services/central_checks.py" line="266"/>
        <source>{g}：{award} {n} 人，超过名额 {m} 人（并列裁定所致，请核对）</source>
        <translation>{g}: {n} contestants with {award}, exceeding the {m} places (due to tie decisions; please check)</translation>
    </message>
    <message>
        <location filename="../../app/services/central_checks.py" line="301"/>
        <source>{who}（{id}）在本项目另一份成绩包（组别 {g}）中也有报名：同一人不能在同一项目报名两次</source>
        <translation>{who} ({id}) is also registered in another result package for this item (group {g}): the same person cannot register twice for the same item</translation>
    </message>
    <message>
        <location filename="../../app/services/central_checks.py" line="304"/>
        <source>兼项：{name}（{id}）同时参加“{a}”和“{b}”</source>
        <translation>Multiple items: {name} ({id}) is competing in both “{a}” and “{b}”</translation>
    </message>
    <message>
        <location filename="../../app/services/central_checks.py" line="307"/>
        <source>身份冲突：身份证号 {id} 在“{a}”中为“{n1}”，在“{b}”中为“{n2}”</source>
        <translation>Identity conflict: ID number {id} is “{n1}” in “{a}” but “{n2}” in “{b}”</translation>
    </message>
    <message>
        <location filename="../../app/services/central_checks.py" line="312"/>
        <source>疑似多重身份：“{a}”的{name}（{id1}）与“{b}”的{name}（{id2}）姓名、性别、出生日期相同而身份证号不同</source>
        <translation>Possible multiple identities: {name} ({id1}) in “{a}” and {name} ({id2}) in “{b}” have the same name, sex and date of birth but different ID numbers</translation>
    </message>
    <message>
        <location filename="../../app/services/central_reports.py" line="167"/>
        <source>（{s}）</source>
        <translation>({s})</translation>
    </message>
    <message>
        <location filename="../../app/services/central_reports.py" line="180"/>
        <source>兼项</source>
        <translation>Multiple items</translation>
    </message>
    <message>
        <location filename="../../app/services/central_reports.py" line="180"/>
        <source>同项目重复报名</source>
        <translation>Duplicate registration in same item</translation>
    </message>
    <message>
        <location filename="../../app/services/central_reports.py" line="183"/>
        <source>姓名不一致</source>
        <translation>Name mismatch</translation>
    </message>
    <message>
        <location filename="../../app/services/central_reports.py" line="187"/>
        <source>疑似多重身份</source>
        <translation>Possible multiple identities</translation>
    </message>
    <message>
        <location filename="../../app/services/certificates.py" line="68"/>
        <source>不是本赛事荣誉证书的核验码（格式不符）</source>
        <translation>Not a verification code for this competition&apos;s certificates (wrong format)</translation>
    </message>
    <message>
        <location filename="../../app/services/certificates.py" line="72"/>
        <location filename="../../app/services/certificates.py" line="74"/>
        <source>核验码的签名部分已损坏</source>
        <translation>The signature part of the verification code is corrupted</translation>
    </message>
    <message>
        <location filename="../../app/services/certificates.py" line="83"/>
        <source>核验码不是用组委会登记的证书密钥签发的（密钥号 {kid}）</source>
        <translation>The verification code was not issued with the certificate key registered by the organising committee (key ID {kid})</translation>
    </message>
    <message>
        <location filename="../../app/services/certificates.py" line="87"/>
        <source>核验失败：证书内容被改动或核验码是伪造的</source>
        <translation>Verification failed: the certificate content has been altered or the verification code is forged</translation>
    </message>
    <message>
        <location filename="../../app/services/certificates.py" line="114"/>
        <source>证书编号 {no} 不在当前已接收的获奖名单中，请核查</source>
        <translation>Certificate no. {no} is not in the currently accepted list of award winners; please check</translation>
    </message>
    <message>
        <location filename="../../app/services/certificates.py" line="117"/>
        <source>核验码与证书编号 {no} 不符：证书内容被改动、核验码抄错或是伪造的</source>
        <translation>The verification code does not match certificate no. {no}: the certificate content has been altered, the code was copied wrongly, or it is forged</translation>
    </message>
    <message>
        <location filename="../../app/services/committee_secrets.py" line="21"/>
        <location filename="../../app/services/setup_package.py" line="56"/>
        <source>请填写经办人姓名</source>
        <translation>Please enter the handler&apos;s name</translation>
    </message>
    <message>
        <location filename="../../app/services/committee_secrets.py" line="23"/>
        <location filename="../../app/services/vault.py" line="150"/>
        <location filename="../../app/services/venue.py" line="122"/>
        <source>两次输入的口令不一致</source>
        <translation>The two passphrases do not match</translation>
    </message>
    <message>
        <location filename="../../app/services/central_recipient.py" line="42"/>
        <source>组委会加密密钥已存在，不能覆盖（已加密的成绩包和备份要靠它打开）</source>
        <translation>The organising committee encryption key already exists and cannot be overwritten (encrypted result packages and backups depend on it to open)</translation>
    </message>
    <message>
        <location filename="../../app/services/central_recipient.py" line="50"/>
        <source>还没有组委会加密密钥。请先运行 venuescore central recipient init 生成。</source>
        <translation>There is no organising committee encryption key yet. Please run venuescore central recipient init first to generate one.</translation>
    </message>
    <message>
        <location filename="../../app/services/central_recipient.py" line="58"/>
        <source>还没有组委会签名密钥。请先运行 venuescore central signer init。</source>
        <translation>There is no organising committee signing key yet. Please run venuescore central signer init first.</translation>
    </message>
    <message>
        <location filename="../../app/services/central_recipient.py" line="61"/>
        <source>还没有组委会加密密钥。请先运行 venuescore central recipient init。</source>
        <translation>There is no organising committee encryption key yet. Please run venuescore central recipient init first.</translation>
    </message>
    <message>
        <location filename="../../app/services/certificates.py" line="134"/>
        <source>组委会证书密钥已存在，不能覆盖（已打印的证书要靠它核验）</source>
        <translation>The organising committee certificate key already exists and cannot be overwritten (printed certificates depend on it for verification)</translation>
    </message>
    <message>
        <location filename="../../app/services/certificates.py" line="140"/>
        <source>还没有组委会证书密钥。请先运行 venuescore central signer init 生成。</source>
        <translation>There is no organising committee certificate key yet. Please run venuescore central signer init first to generate one.</translation>
    </message>
    <message>
        <location filename="../../app/services/checkin.py" line="60"/>
        <source>（{time}，{who}）</source>
        <translation>({time}, {who})</translation>
    </message>
    <message>
        <location filename="../../app/services/checkin.py" line="69"/>
        <source>无（{status}）</source>
        <translation>None ({status})</translation>
    </message>
    <message>
        <location filename="../../app/services/checkin.py" line="71"/>
        <source>（尚未抽签）</source>
        <translation>(not yet drawn)</translation>
    </message>
    <message>
        <location filename="../../app/services/checkin.py" line="72"/>
        <source>（检录后分配）</source>
        <translation>(assigned after check-in)</translation>
    </message>
    <message>
        <location filename="../../app/services/checkin.py" line="103"/>
        <source>请扫描或输入身份证号或报名号</source>
        <translation>Please scan or enter the ID number or registration no.</translation>
    </message>
    <message>
        <location filename="../../app/services/checkin.py" line="103"/>
        <source>身份证号/报名号</source>
        <translation>ID number/registration no.</translation>
    </message>
    <message>
        <location filename="../../app/services/checkin.py" line="110"/>
        <source>名单中没有身份证号或报名号为 {text} 的选手，不能检录。请核对证件；如确属补报，须由裁判长在“选手名单”中添加并填写补报原因。</source>
        <translation>No contestant with ID number or registration no. {text} is on the list; cannot check in. Please check the ID document; if this is a late registration, the head judge must add them under “Contestant list” and give the reason.</translation>
    </message>
    <message>
        <location filename="../../app/services/checkin.py" line="123"/>
        <source>报名号 {key} 不唯一：名单中有 {regs}。请输入完整的报名号（含开头的 0）。</source>
        <translation>Registration no. {key} is not unique: the list contains {regs}. Please enter the full registration no. (including leading zeros).</translation>
    </message>
    <message>
        <location filename="../../app/services/checkin.py" line="131"/>
        <source>找不到该选手（编号 {id}）</source>
        <translation>Contestant not found (number {id})</translation>
    </message>
    <message>
        <location filename="../../app/services/checkin.py" line="166"/>
        <source>查询检录信息</source>
        <translation>Look up check-in details</translation>
    </message>
    <message>
        <location filename="../../app/services/checkin.py" line="185"/>
        <source>{name}（{reg}）已是“{status}”（{time}，{who}）。如登记有误，请先撤销并填写原因。</source>
        <translation>{name} ({reg}) is already “{status}” ({time}, {who}). If this was recorded in error, please undo it first and give a reason.</translation>
    </message>
    <message>
        <location filename="../../app/services/checkin.py" line="228"/>
        <source>撤销检录状态</source>
        <translation>Undo check-in status</translation>
    </message>
    <message>
        <location filename="../../app/services/checkin.py" line="231"/>
        <source>撤销须填写原因</source>
        <translation>A reason is required to undo</translation>
    </message>
    <message>
        <location filename="../../app/services/checkin.py" line="236"/>
        <source>{name}（{reg}）尚未登记任何状态，无需撤销</source>
        <translation>{name} ({reg}) has no status recorded yet; nothing to undo</translation>
    </message>
    <message>
        <location filename="../../app/services/checkin.py" line="238"/>
        <source>{name} 已抽得工位，撤销其检录须由裁判长办理</source>
        <translation>{name} has already drawn a station; undoing their check-in must be done by the head judge</translation>
    </message>
    <message>
        <location filename="../../app/services/checkin.py" line="247"/>
        <source>查看检录名单</source>
        <translation>View check-in list</translation>
    </message>
    <message>
        <location filename="../../app/services/decrypt.py" line="59"/>
        <location filename="../../ui/pages/results.py" line="119"/>
        <source>解密</source>
        <translation>Decrypt</translation>
    </message>
    <message>
        <location filename="../../app/services/decrypt.py" line="64"/>
        <source>已经解密，无需再次解密</source>
        <translation>Already decrypted; no need to decrypt again</translation>
    </message>
    <message>
        <location filename="../../app/services/decrypt.py" line="66"/>
        <source>成绩尚未锁定：请裁判长先锁定全部成绩，再解密。</source>
        <translation>Results are not locked yet: the head judge must lock all results before decrypting.</translation>
    </message>
    <message>
        <location filename="../../app/services/decrypt.py" line="68"/>
        <source>还有 {n} 位迟到选手的加密号未发给评分组，不能解密。</source>
        <translation>{n} late contestants&apos; blind codes have not yet been issued to the scoring team; cannot decrypt.</translation>
    </message>
    <message>
        <location filename="../../app/services/package.py" line="116"/>
        <source>成绩尚未由裁判长签字确认，签字确认后才能导出成绩包。</source>
        <translation>Results have not been signed off by the head judge yet; the result package can only be exported after sign-off.</translation>
    </message>
    <message>
        <location filename="../../app/services/package.py" line="118"/>
        <source>{rev}签字后成绩有更正，请先生成新版本并签字确认，再导出成绩包。</source>
        <translation>Results have been corrected since {rev} was signed off; please create and sign off a new version before exporting the result package.</translation>
    </message>
    <message>
        <location filename="../../app/services/package.py" line="130"/>
        <source>查看成绩包</source>
        <translation>View result package</translation>
    </message>
    <message>
        <location filename="../../app/services/package.py" line="194"/>
        <source>已取消导出，未生成成绩包</source>
        <translation>Export cancelled; no result package created</translation>
    </message>
    <message>
        <location filename="../../app/services/package.py" line="157"/>
        <source>写入审计记录</source>
        <translation>Write audit record</translation>
    </message>
    <message>
        <location filename="../../app/services/package.py" line="71"/>
        <source>文件夹中已有同名成绩包 {old}（之前的一次导出），没有覆盖它；这次写为 {new}。两个文件都是第 {n} 版，成绩相同，但每次导出的时间和加密不同，所以字节不同。交组委会时请交这次的 {new}（其 SHA-256 记在导出记录中）。</source>
        <translation>The folder already contains a result package with the same name, {old} (from a previous export); it was not overwritten, and this export was written as {new}. Both files are version {n} with the same results, but each export has a different time and encryption, so the bytes differ. Please give the organising committee this export, {new} (its SHA-256 is in the export record).</translation>
    </message>
    <message>
        <location filename="../../app/services/package.py" line="120"/>
        <source>本赛场还没有签名密钥：请裁判长先设置口令和密钥，并把公钥报组委会登记。</source>
        <translation>This venue has no signing key yet: the head judge must first set a passphrase and key, and send the public key to the organising committee for registration.</translation>
    </message>
    <message>
        <location filename="../../app/services/package.py" line="122"/>
        <source>还没有组委会公钥，成绩包无法加密：请先导入组委会公钥文件并核对指纹。</source>
        <translation>There is no organising committee public key yet, so the result package cannot be encrypted: please first import the organising committee public key file and check its fingerprint.</translation>
    </message>
    <message>
        <location filename="../../app/services/package.py" line="125"/>
        <source>赛场已关闭（个人信息已清除），不再导出成绩包；组委会已有最终版本和赛场档案。</source>
        <translation>The venue has been closed (personal data erased); result packages can no longer be exported. The organising committee already has the final version and the venue archive.</translation>
    </message>
    <message>
        <location filename="../../app/services/package.py" line="164"/>
        <source>生成 results.xlsx</source>
        <translation>Create results.xlsx</translation>
    </message>
    <message>
        <location filename="../../app/services/package.py" line="168"/>
        <source>生成 {name}</source>
        <translation>Create {name}</translation>
    </message>
    <message>
        <location filename="../../app/services/package.py" line="177"/>
        <location filename="../../ui/pages/package.py" line="193"/>
        <source>导出成绩包</source>
        <translation>Export result package</translation>
    </message>
    <message>
        <location filename="../../app/services/package.py" line="180"/>
        <source>导出文件夹 {p} 不存在</source>
        <translation>Export folder {p} does not exist</translation>
    </message>
    <message>
        <location filename="../../app/services/package.py" line="197"/>
        <source>加密并写入成绩包</source>
        <translation>Encrypt and write result package</translation>
    </message>
    <message>
        <location filename="../../app/services/package.py" line="226"/>
        <source>打开已导出的成绩包</source>
        <translation>Open exported result package</translation>
    </message>
    <message>
        <location filename="../../app/services/results.py" line="124"/>
        <source>{who}：{how}。理由：{reason}（{by}，{at}）</source>
        <translation>{who}: {how}. Reason: {reason} ({by}, {at})</translation>
    </message>
    <message>
        <location filename="../../app/services/results.py" line="159"/>
        <location filename="../../app/services/results.py" line="437"/>
        <location filename="../../app/services/results.py" line="536"/>
        <location filename="../../ui/central_window.py" line="153"/>
        <location filename="../../ui/central_window.py" line="200"/>
        <location filename="../../ui/pages/package.py" line="65"/>
        <source>第 {n} 版</source>
        <translation>Version {n}</translation>
    </message>
    <message>
        <location filename="../../app/services/results.py" line="186"/>
        <source>；解密前不分组别、不评奖</source>
        <translation>; no groups or awards before decryption</translation>
    </message>
    <message>
        <location filename="../../app/services/results.py" line="188"/>
        <source>成绩未锁定（排名为临时结果，仅显示加密号）</source>
        <translation>Results not locked (provisional ranking, blind codes only)</translation>
    </message>
    <message>
        <location filename="../../app/services/results.py" line="190"/>
        <source>成绩已锁定，尚未解密（仅显示加密号）</source>
        <translation>Results locked, not yet decrypted (blind codes only)</translation>
    </message>
    <message>
        <location filename="../../app/services/results.py" line="192"/>
        <source>已解密，尚未签字确认</source>
        <translation>Decrypted, not yet signed off</translation>
    </message>
    <message>
        <location filename="../../app/services/results.py" line="194"/>
        <source>{rev}签字后成绩有更正，尚未生成新版本</source>
        <translation>Results corrected since {rev} was signed off; no new version created yet</translation>
    </message>
    <message>
        <location filename="../../app/services/results.py" line="195"/>
        <source>已签字确认：{rev}</source>
        <translation>Signed off: {rev}</translation>
    </message>
    <message>
        <location filename="../../app/services/results.py" line="266"/>
        <location filename="../../app/services/results.py" line="291"/>
        <source>查看成绩与奖项</source>
        <translation>View results and awards</translation>
    </message>
    <message>
        <location filename="../../app/services/results.py" line="317"/>
        <location filename="../../app/services/results.py" line="518"/>
        <source>没有第 {n} 版成绩</source>
        <translation>No version {n} results</translation>
    </message>
    <message>
        <location filename="../../app/services/results.py" line="346"/>
        <source>裁定并列名次</source>
        <translation>Decide tied places</translation>
    </message>
    <message>
        <location filename="../../app/services/results.py" line="351"/>
        <source>请填写裁定理由（将打印在成绩汇总表上）</source>
        <translation>Please enter the reason for the decision (it will be printed on the results summary)</translation>
    </message>
    <message>
        <location filename="../../app/services/results.py" line="353"/>
        <source>裁定方式须为“均获较高奖项”或“确定顺序”</source>
        <translation>The decision must be “all receive the higher award” or “set the order”</translation>
    </message>
    <message>
        <location filename="../../app/services/results.py" line="353"/>
        <source>裁定方式</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../app/services/results.py" line="355"/>
        <source>顺序须恰好列出并列的每位选手各一次</source>
        <translation>The order must list each tied contestant exactly once</translation>
    </message>
    <message>
        <location filename="../../app/services/results.py" line="355"/>
        <source>顺序</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../app/services/results.py" line="357"/>
        <source>无法记录并列裁定</source>
        <translation>Cannot record tie decision</translation>
    </message>
    <message>
        <location filename="../../app/services/results.py" line="361"/>
        <source>成绩尚未锁定，并列名次可能还会变化。请先锁定全部成绩，再裁定并列。</source>
        <translation>Results are not locked yet, so tied places may still change. Please lock all results before deciding ties.</translation>
    </message>
    <message>
        <location filename="../../app/services/results.py" line="363"/>
        <source>尚未解密：解密之前不知道各加密号的组别，无法按组裁定并列。请先解密。</source>
        <translation>Not yet decrypted: each blind code&apos;s group is unknown before decryption, so ties cannot be decided by group. Please decrypt first.</translation>
    </message>
    <message>
        <location filename="../../app/services/appeals.py" line="66"/>
        <source>找不到附件文件 {p}</source>
        <translation>Attachment file {p} not found</translation>
    </message>
    <message>
        <location filename="../../app/services/appeals.py" line="73"/>
        <source>附件</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location filename="../../app/services/appeals.py" line="99"/>
        <source>第 {n} 版成绩</source>
        <translation>Version {n} results</translation>
    </message>
    <message>
        <location filename="../../app/services/appeals.py" line="100"/>
        <source>分数更正（记录 {n}）</source>
        <translation>Score correction (record {n})</translation>
    </message>
    <message>
        <location filename="../../app/services/appeals.py" line="123"/>
        <source>申诉第 {n} 号</source>
        <translation>Appeal no. {n}</translation>
    </message>
    <message>
        <location filename="../../app/services/appeal_links.py" line="35"/>
        <source>，已更正（第 {n} 版）</source>
        <translation>, corrected (version {n})</translation>
    </message>
    <message>
        <location filename="../../app/services/appeal_links.py" line="35"/>
        <source>，待更正</source>
        <translation>, correction pending</translation>
    </message>
    <message>
        <location filename="../../app/services/appeals.py" line="167"/>
        <source>查看申诉</source>
        <translation>View appeals</translation>
    </message>
    <message>
        <location filename="../../app/services/appeals.py" line="185"/>
        <source>时间 {t} 在将来，请核对</source>
        <translation>Time {t} is in the future; please check</translation>
    </message>
    <message>
        <location filename="../../app/services/appeals.py" line="192"/>
        <source>没有加密号 {c}，请核对申诉表上的加密号</source>
        <translation>There is no blind code {c}; please check the blind code on the appeal form</translation>
    </message>
    <message>
        <location filename="../../app/services/appeals.py" line="195"/>
        <source>尚未解密：解密前按加密号记录选手的申诉（不要写姓名，以免把姓名与加密号联系起来）。</source>
        <translation>Not yet decrypted: before decryption, record contestant appeals by blind code (do not write names, so that names cannot be linked to blind codes).</translation>
    </message>
    <message>
        <location filename="../../app/services/appeals.py" line="198"/>
        <source>名单中没有选手“{n}”，请核对姓名或报名号</source>
        <translation>There is no contestant “{n}” on the list; please check the name or registration no.</translation>
    </message>
    <message>
        <location filename="../../app/services/appeals.py" line="207"/>
        <location filename="../../app/services/appeals.py" line="217"/>
        <source>申诉人单位</source>
        <translation>Appellant&apos;s organisation</translation>
    </message>
    <message>
        <location filename="../../app/services/appeals.py" line="208"/>
        <source>涉及选手</source>
        <translation>Contestant concerned</translation>
    </message>
    <message>
        <location filename="../../app/services/appeals.py" line="213"/>
        <source>申诉人类别须为 加密号、选手姓名 或 领队</source>
        <translation>Appellant type must be blind code, contestant name or team leader</translation>
    </message>
    <message>
        <location filename="../../app/services/appeals.py" line="213"/>
        <source>申诉人类别</source>
        <translation>Appellant type</translation>
    </message>
    <message>
        <location filename="../../app/services/appeals.py" line="215"/>
        <source>请填写申诉人（加密号、选手姓名或领队姓名）</source>
        <translation>Please enter the appellant (blind code, contestant name or team leader&apos;s name)</translation>
    </message>
    <message>
        <location filename="../../app/services/appeals.py" line="217"/>
        <source>领队申诉请填写领队所在单位</source>
        <translation>For a team leader&apos;s appeal, please enter the team leader&apos;s organisation</translation>
    </message>
    <message>
        <location filename="../../app/services/appeals.py" line="219"/>
        <source>请填写申诉理由</source>
        <translation>Please enter the grounds for the appeal</translation>
    </message>
    <message>
        <location filename="../../app/services/appeals.py" line="221"/>
        <source>无法登记申诉</source>
        <translation>Cannot register appeal</translation>
    </message>
    <message>
        <location filename="../../app/services/appeals.py" line="222"/>
        <source>申诉时间</source>
        <translation>Appeal time</translation>
    </message>
    <message>
        <location filename="../../app/services/appeals.py" line="226"/>
        <location filename="../../app/services/results.py" line="366"/>
        <source>没有组别“{g}”</source>
        <translation>There is no group “{g}”</translation>
    </message>
    <message>
        <location filename="../../app/services/appeals.py" line="241"/>
        <source>记录仲裁决定</source>
        <translation>Record arbitration decision</translation>
    </message>
    <message>
        <location filename="../../app/services/appeals.py" line="243"/>
        <location filename="../../app/services/appeals.py" line="251"/>
        <location filename="../../app/services/appeals.py" line="253"/>
        <source>仲裁组成员</source>
        <translation>Arbitration panel members</translation>
    </message>
    <message>
        <location filename="../../app/services/appeals.py" line="247"/>
        <source>仲裁结果须为 支持、部分支持 或 驳回</source>
        <translation>The arbitration outcome must be upheld, partly upheld or rejected</translation>
    </message>
    <message>
        <location filename="../../app/services/appeals.py" line="247"/>
        <source>仲裁结果</source>
        <translation>Arbitration outcome</translation>
    </message>
    <message>
        <location filename="../../app/services/appeals.py" line="249"/>
        <source>请填写仲裁理由</source>
        <translation>Please enter the reasons for the arbitration decision</translation>
    </message>
    <message>
        <location filename="../../app/services/appeals.py" line="251"/>
        <source>请填写作出决定的仲裁组成员姓名</source>
        <translation>Please enter the names of the arbitration panel members who made the decision</translation>
    </message>
    <message>
        <location filename="../../app/services/appeals.py" line="253"/>
        <source>仲裁组成员姓名重复</source>
        <translation>Duplicate arbitration panel member names</translation>
    </message>
    <message>
        <location filename="../../app/services/appeals.py" line="255"/>
        <source>无法记录仲裁决定</source>
        <translation>Cannot record arbitration decision</translation>
    </message>
    <message>
        <location filename="../../app/services/appeals.py" line="256"/>
        <location filename="../../app/services/appeals.py" line="265"/>
        <source>仲裁时间</source>
        <translation>Arbitration time</translation>
    </message>
    <message>
        <location filename="../../app/services/appeals.py" line="262"/>
        <source>申诉第 {n} 号已有仲裁决定，不能再次决定</source>
        <translation>Appeal no. {n} already has an arbitration decision; it cannot be decided again</translation>
    </message>
    <message>
        <location filename="../../app/services/appeals.py" line="264"/>
        <source>仲裁时间不能早于申诉时间 {t}</source>
        <translation>Arbitration time cannot be earlier than the appeal time {t}</translation>
    </message>
    <message>
        <location filename="../../app/services/results.py" line="369"/>
        <source>这些选手目前没有跨奖项界线的并列，无需裁定。</source>
        <translation>These contestants currently have no tie across an award boundary; no decision needed.</translation>
    </message>
    <message>
        <location filename="../../app/services/results.py" line="371"/>
        <source>该并列已有裁定（第 {id} 号）。如需改变，请先撤销原裁定。</source>
        <translation>This tie has already been decided (no. {id}). To change it, please revoke the original decision first.</translation>
    </message>
    <message>
        <location filename="../../app/services/results.py" line="385"/>
        <source>撤销并列裁定</source>
        <translation>Revoke tie decision</translation>
    </message>
    <message>
        <location filename="../../app/services/results.py" line="388"/>
        <source>请填写撤销理由</source>
        <translation>Please enter the reason for revoking</translation>
    </message>
    <message>
        <location filename="../../app/services/results.py" line="393"/>
        <source>没有有效的第 {id} 号并列裁定</source>
        <translation>There is no valid tie decision no. {id}</translation>
    </message>
    <message>
        <location filename="../../app/services/results.py" line="405"/>
        <source>成绩尚未锁定，不能签字确认。请先锁定全部成绩。</source>
        <translation>Results are not locked yet and cannot be signed off. Please lock all results first.</translation>
    </message>
    <message>
        <location filename="../../app/services/results.py" line="407"/>
        <source>尚未解密，不能签字确认。请先解密。</source>
        <translation>Not yet decrypted; cannot sign off. Please decrypt first.</translation>
    </message>
    <message>
        <location filename="../../app/services/results.py" line="409"/>
        <source>{group}：{tie}，尚未裁定</source>
        <translation>{group}: {tie}, not yet decided</translation>
    </message>
    <message>
        <location filename="../../app/services/results.py" line="413"/>
        <source>选手 {reg}（{name}）成绩不完整：{m}</source>
        <translation>Contestant {reg} ({name}) has incomplete results: {m}</translation>
    </message>
    <message>
        <location filename="../../app/services/results.py" line="417"/>
        <source>还有 {n} 处问题，不能签字确认：</source>
        <translation>{n} issues remain; cannot sign off:</translation>
    </message>
    <message>
        <location filename="../../app/services/results.py" line="422"/>
        <source>签字确认成绩</source>
        <translation>Sign off results</translation>
    </message>
    <message>
        <location filename="../../app/services/results.py" line="436"/>
        <source>成绩已签字确认为{rev}。更正成绩后请生成新版本（须填写理由）。</source>
        <translation>Results have been signed off as {rev}. After correcting results, please create a new version (a reason is required).</translation>
    </message>
    <message>
        <location filename="../../app/services/results.py" line="440"/>
        <source>成绩尚未签字确认，请先签字确认第 1 版。</source>
        <translation>Results have not been signed off yet; please sign off version 1 first.</translation>
    </message>
    <message>
        <location filename="../../app/services/results.py" line="443"/>
        <source>成绩与第 {n} 版相同，无需生成新版本。</source>
        <translation>Results are the same as version {n}; no need to create a new version.</translation>
    </message>
    <message>
        <location filename="../../app/services/results.py" line="480"/>
        <source>请填写生成新版本的理由（如复核更正）</source>
        <translation>Please enter the reason for creating a new version (e.g. correction after review)</translation>
    </message>
    <message>
        <location filename="../../app/services/results.py" line="509"/>
        <source>打印成绩报表</source>
        <translation>Print results report</translation>
    </message>
    <message>
        <location filename="../../app/services/results.py" line="514"/>
        <source>成绩尚未锁定并解密，不能打印带姓名的成绩报表。请先锁定全部成绩并解密。</source>
        <translation>Results are not yet locked and decrypted, so a results report with names cannot be printed. Please lock all results and decrypt first.</translation>
    </message>
    <message>
        <location filename="../../app/services/results.py" line="529"/>
        <source>第 {n} 版后有更正，未签字确认</source>
        <translation>Corrected after version {n}, not signed off</translation>
    </message>
    <message>
        <location filename="../../app/services/results.py" line="531"/>
        <source>未签字确认（草稿）</source>
        <translation>Not signed off (draft)</translation>
    </message>
    <message>
        <location filename="../../app/services/results_standings.py" line="66"/>
        <source>第 {rank} 名并列 {n} 人（{who}），跨越{awards}界线</source>
        <translation>{n} contestants tie for place {rank} ({who}) across the {awards} boundary</translation>
    </message>
    <message>
        <location filename="../../app/services/scheme.py" line="132"/>
        <source>模块 {m} 名称：“{a}” → “{b}”</source>
        <translation>Module {m} name: “{a}” → “{b}”</translation>
    </message>
    <message>
        <location filename="../../app/services/scheme.py" line="133"/>
        <source>评分标准没有变化</source>
        <translation>The marking scheme has not changed</translation>
    </message>
    <message>
        <location filename="../../app/services/scheme.py" line="215"/>
        <location filename="../../app/services/scheme.py" line="297"/>
        <source>类型须为 M（测量）或 J（评价）</source>
        <translation>Type must be M (measurement) or J (judgement)</translation>
    </message>
    <message>
        <location filename="../../app/services/scheme.py" line="218"/>
        <source>分值不是有效数字</source>
        <translation>Mark is not a valid number</translation>
    </message>
    <message>
        <location filename="../../app/services/scheme.py" line="225"/>
        <source>裁判人数须为整数</source>
        <translation>Number of judges must be a whole number</translation>
    </message>
    <message>
        <location filename="../../app/services/scheme.py" line="283"/>
        <source>评分项编号不能为空</source>
        <translation>Criterion number cannot be empty</translation>
    </message>
    <message>
        <location filename="../../app/services/scheme.py" line="286"/>
        <source>评分项编号重复（与第 {r} 行相同）</source>
        <translation>Duplicate criterion number (same as row {r})</translation>
    </message>
    <message>
        <location filename="../../app/services/scheme.py" line="286"/>
        <source>评分项编号重复</source>
        <translation>Duplicate criterion number</translation>
    </message>
    <message>
        <location filename="../../app/services/scheme.py" line="291"/>
        <source>模块不能为空</source>
        <translation>Module cannot be empty</translation>
    </message>
    <message>
        <location filename="../../app/services/scheme.py" line="293"/>
        <source>同一模块的名称不一致（之前为“{n}”）</source>
        <translation>Inconsistent names for the same module (previously “{n}”)</translation>
    </message>
    <message>
        <location filename="../../app/services/scheme.py" line="295"/>
        <source>评分项描述不能为空</source>
        <translation>Criterion description cannot be empty</translation>
    </message>
    <message>
        <location filename="../../app/services/scheme.py" line="299"/>
        <source>分值须大于 0</source>
        <translation>Mark must be greater than 0</translation>
    </message>
    <message>
        <location filename="../../app/services/scheme.py" line="301"/>
        <source>分值最多保留 {n} 位小数</source>
        <translation>Mark may have at most {n} decimal places</translation>
    </message>
    <message>
        <location filename="../../app/services/scheme.py" line="303"/>
        <source>评价项的裁判人数须为 3 或 5</source>
        <translation>Judgement criteria must have 3 or 5 judges</translation>
    </message>
    <message>
        <location filename="../../app/services/scheme.py" line="305"/>
        <source>测量项由裁判组商定一个分值，裁判人数请留空或填 1</source>
        <translation>For measurement criteria the judging team agrees one score; leave the number of judges blank or enter 1</translation>
    </message>
    <message>
        <location filename="../../app/services/scheme.py" line="307"/>
        <source>评分标准中没有评分项</source>
        <translation>The marking scheme has no criteria</translation>
    </message>
    <message>
        <location filename="../../app/services/scheme.py" line="315"/>
        <source>{m} {p}</source>
        <translation>{m} {p}</translation>
    </message>
    <message>
        <location filename="../../app/services/scheme.py" line="317"/>
        <source>各模块分值合计 {s}（{parts}），与项目总分 {t} 不符</source>
        <translation>Module marks total {s} ({parts}), which does not match the item total of {t}</translation>
    </message>
    <message>
        <location filename="../../app/services/scheme.py" line="334"/>
        <source>{file} 有 {n} 处问题，评分标准未导入。请修改后重新导入。</source>
        <translation>{file} has {n} issues; marking scheme not imported. Please correct them and import again.</translation>
    </message>
    <message>
        <location filename="../../app/services/scheme.py" line="364"/>
        <source>新增评分项 {c}（{k}，{p} 分）</source>
        <translation>Added criterion {c} ({k}, {p} points)</translation>
    </message>
    <message>
        <location filename="../../app/services/scheme.py" line="372"/>
        <source>评分项 {c}：修改{f}</source>
        <translation>Criterion {c}: changed {f}</translation>
    </message>
    <message>
        <location filename="../../app/services/scheme.py" line="374"/>
        <source>（分值 {a} → {b}）</source>
        <translation> (mark {a} → {b})</translation>
    </message>
    <message>
        <location filename="../../app/services/scheme.py" line="376"/>
        <source>；已有 {n} 条评分记录，原样保留，按新标准重新汇总</source>
        <translation>; the {n} existing scoring records are kept as they are and re-totalled under the new scheme</translation>
    </message>
    <message>
        <location filename="../../app/services/scheme.py" line="380"/>
        <source>评分项 {c} 已有 {n} 条评分记录，不能再修改{f}；如确需调整，请新增评分项</source>
        <translation>Criterion {c} already has {n} scoring records, so its {f} can no longer be changed; if an adjustment is really needed, add a new criterion</translation>
    </message>
    <message>
        <location filename="../../app/services/scheme.py" line="387"/>
        <source>评分项 {c} 有 {n} 条测量分高于新分值 {m}（最高 {v}），请先更正这些分数</source>
        <translation>Criterion {c} has {n} measurement scores above the new mark of {m} (highest {v}); please correct these scores first</translation>
    </message>
    <message>
        <location filename="../../app/services/scheme.py" line="394"/>
        <source>删除评分项 {c}</source>
        <translation>Delete criterion {c}</translation>
    </message>
    <message>
        <location filename="../../app/services/scheme.py" line="396"/>
        <source>评分项 {c} 已有 {n} 条评分记录，不能删除</source>
        <translation>Criterion {c} already has {n} scoring records and cannot be deleted</translation>
    </message>
    <message>
        <location filename="../../app/services/scheme.py" line="406"/>
        <source>模块 {m} 已有扣分、取消资格或锁定记录，不能删除</source>
        <translation>Module {m} already has deduction, disqualification or lock records and cannot be deleted</translation>
    </message>
    <message>
        <location filename="../../app/services/scheme.py" line="460"/>
        <source>修改评分标准</source>
        <translation>Edit marking scheme</translation>
    </message>
    <message>
        <location filename="../../app/services/scheme.py" line="466"/>
        <source>评分标准有 {n} 处问题，未保存</source>
        <translation>The marking scheme has {n} issues; not saved</translation>
    </message>
    <message>
        <location filename="../../app/services/scheme.py" line="470"/>
        <source>在评分开始后修改评分标准</source>
        <translation>Edit marking scheme after scoring has started</translation>
    </message>
    <message>
        <location filename="../../app/services/scheme.py" line="472"/>
        <source>评分已开始：修改评分标准须填写原因</source>
        <translation>Scoring has started: a reason is required to edit the marking scheme</translation>
    </message>
    <message>
        <location filename="../../app/services/scheme.py" line="474"/>
        <source>评分标准的这些修改会影响已录入的分数，未保存</source>
        <translation>These changes to the marking scheme would affect scores already entered; not saved</translation>
    </message>
    <message>
        <location filename="../../app/services/scheme.py" line="492"/>
        <source>导入评分标准</source>
        <translation>Import marking scheme</translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="90"/>
        <source>{what}须填写原因</source>
        <translation>{what} requires a reason</translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="96"/>
        <source>模块 {m} 已锁定：只能由裁判长以“更正”方式修改并填写原因</source>
        <translation>Module {m} is locked: it can only be changed by the head judge as a “correction”, with a reason</translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="101"/>
        <location filename="../../app/services/scoring_import.py" line="142"/>
        <source>选手 {b} 缺考，不能录入分数</source>
        <translation>Contestant {b} is absent; scores cannot be entered</translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="157"/>
        <source>{who}不是本项目在岗的裁判员，不能录入评价分</source>
        <translation>{who} is not an on-duty judge for this item and cannot enter judgement scores</translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="166"/>
        <location filename="../../app/services/scoring.py" line="229"/>
        <source>录入测量分</source>
        <translation>Enter measurement score</translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="176"/>
        <source>{c} 是评价项：请由每位裁判以自己的账号录入 0–3 分</source>
        <translation>{c} is a judgement criterion: each judge should enter 0–3 points under their own account</translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="182"/>
        <source>{c}、选手 {b} 已录入测量分 {v}：如需修改请用“更正”并填写原因</source>
        <translation>{c}, contestant {b} already has measurement score {v}: to change it, use “Correct” and give a reason</translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="190"/>
        <location filename="../../app/services/scoring.py" line="227"/>
        <source>录入评价分</source>
        <translation>Enter judgement score</translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="201"/>
        <source>{c} 是测量项：请录入裁判组商定的分值</source>
        <translation>{c} is a measurement criterion: please enter the score agreed by the judging team</translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="208"/>
        <source>您已给 {c}、选手 {b} 评 {v} 分：如需修改请用“更正”并填写原因</source>
        <translation>You have already given {c}, contestant {b} a score of {v}: to change it, use “Correct” and give a reason</translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="212"/>
        <source>{c}、选手 {b} 已有 {n} 位裁判评分（{names}），该项只需 {n} 位</source>
        <translation>{c}, contestant {b} has already been scored by {n} judges ({names}); this criterion needs only {n}</translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="235"/>
        <location filename="../../app/services/scoring.py" line="275"/>
        <source>复核录入测量分</source>
        <translation>Re-enter measurement score for verification</translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="245"/>
        <source>只有测量项需要复核录入（{c} 是评价项）</source>
        <translation>Only measurement criteria need verification entry ({c} is a judgement criterion)</translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="252"/>
        <source>{c}、选手 {b} 还没有第一次录入，不能复核</source>
        <translation>{c}, contestant {b} has no first entry yet; cannot verify</translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="255"/>
        <source>复核须由另一人录入：{c}、选手 {b} 的现值是您录入的</source>
        <translation>Verification must be entered by someone else: the current value for {c}, contestant {b} was entered by you</translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="295"/>
        <location filename="../../app/services/scoring.py" line="296"/>
        <source>更正分数</source>
        <translation>Correct score</translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="308"/>
        <source>模块 {m} 已锁定：锁定后只有裁判长可以更正</source>
        <translation>Module {m} is locked: after locking, only the head judge can make corrections</translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="314"/>
        <source>裁判员不能修改其他裁判的评价分（{j}）</source>
        <translation>Judges cannot change other judges&apos; judgement scores ({j})</translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="316"/>
        <source>请指明更正哪位裁判的评价分</source>
        <translation>Please specify which judge&apos;s judgement score to correct</translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="323"/>
        <source>{c}、选手 {b} 还没有分数，无需更正：请直接录入</source>
        <translation>{c}, contestant {b} has no score yet, so there is nothing to correct: please enter it directly</translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="325"/>
        <source>更正后的分数与现值 {v} 相同</source>
        <translation>The corrected score is the same as the current value {v}</translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="352"/>
        <source>评分标准中没有模块 {m}</source>
        <translation>There is no module {m} in the marking scheme</translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="359"/>
        <source>成绩已锁定：锁定后只有裁判长可以{what}</source>
        <translation>Results are locked: after locking, only the head judge can {what}</translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="377"/>
        <source>扣分“{a}”不是有效数字</source>
        <translation>Deduction “{a}” is not a valid number</translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="380"/>
        <source>扣分须大于 0、不超过 {m} 分，最多两位小数</source>
        <translation>A deduction must be greater than 0, no more than {m} points, with at most two decimal places</translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="390"/>
        <location filename="../../app/services/scoring.py" line="391"/>
        <location filename="../../app/services/scoring.py" line="399"/>
        <source>撤销扣分</source>
        <translation>Revoke deduction</translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="396"/>
        <source>没有编号为 {id} 的扣分记录</source>
        <translation>There is no deduction record with number {id}</translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="398"/>
        <source>扣分记录 {id} 已撤销</source>
        <translation>Deduction record {id} has already been revoked</translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="421"/>
        <source>选手 {b} 已被取消该资格</source>
        <translation>Contestant {b} has already been disqualified from this</translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="430"/>
        <location filename="../../app/services/scoring.py" line="431"/>
        <source>撤销取消资格</source>
        <translation>Revoke disqualification</translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="435"/>
        <source>没有有效的取消资格记录 {id}</source>
        <translation>There is no valid disqualification record {id}</translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="444"/>
        <location filename="../../ui/pages/scoring_extras.py" line="189"/>
        <source>记录用时</source>
        <translation>Record time used</translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="449"/>
        <source>修改用时</source>
        <translation>Change time used</translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="451"/>
        <source>用时须在 0 到 24 小时之间</source>
        <translation>Time used must be between 0 and 24 hours</translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="453"/>
        <source>修改已记录的用时</source>
        <translation>Change recorded time used</translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="467"/>
        <location filename="../../app/services/scoring.py" line="468"/>
        <source>登记弃权或缺考</source>
        <translation>Record withdrawal or absence</translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="470"/>
        <source>状态须为参赛、缺考或弃权</source>
        <translation>Status must be competing, absent or withdrew</translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="474"/>
        <source>修改参赛状态</source>
        <translation>Change participation status</translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="476"/>
        <source>加密号 {b} 已是“{s}”</source>
        <translation>Blind code {b} is already “{s}”</translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="492"/>
        <source>锁定成绩</source>
        <translation>Lock results</translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="500"/>
        <source>已经锁定</source>
        <translation>Already locked</translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="502"/>
        <source>还有 {n} 位迟到选手的加密号未发给评分组，不能锁定：请裁判长在“抽签与加密”页输入口令打开对照表，发放其加密号并录入其分数。</source>
        <translation>{n} late contestants&apos; blind codes have not yet been issued to the scoring team; cannot lock. The head judge should open the code table on the “Draw and blind codes” page with the passphrase, issue their blind codes and enter their scores.</translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="507"/>
        <source>{what}还不能锁定：有 {n} 处缺分、分差超限或复核不一致</source>
        <translation>{what} cannot be locked yet: {n} missing scores, score differences over the limit or verification mismatches</translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="519"/>
        <location filename="../../app/services/scoring.py" line="520"/>
        <source>解除锁定</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="524"/>
        <source>已解密，不能再解除锁定；如需修改请用裁判长更正</source>
        <translation>Already decrypted; cannot unlock any more. To make changes, use a head judge correction</translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="528"/>
        <source>模块 {m} 没有单独锁定</source>
        <translation>Module {m} is not locked separately</translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="528"/>
        <source>（全项目已锁定，请解除全项目锁定）</source>
        <translation>(The whole item is locked; please unlock the whole item)</translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="531"/>
        <source>当前没有锁定</source>
        <translation>Nothing is currently locked</translation>
    </message>
    <message>
        <location filename="../../app/services/scoring_import.py" line="50"/>
        <source>读取 {r} 个分数：新增 {a} 个，与现值相同 {u} 个</source>
        <translation>{r} scores read: {a} new, {u} same as current value</translation>
    </message>
    <message>
        <location filename="../../app/services/scoring_import.py" line="85"/>
        <source>导入评分表</source>
        <translation>Import score sheet</translation>
    </message>
    <message>
        <location filename="../../app/services/scoring_import.py" line="90"/>
        <source>已取消导入，未写入任何分数</source>
        <translation>Import cancelled; no scores written</translation>
    </message>
    <message>
        <location filename="../../app/services/scoring_import.py" line="102"/>
        <source>{f} 有“评分项编号”列但缺少“分数”列</source>
        <translation>{f} has a “Criterion number” column but no “Score” column</translation>
    </message>
    <message>
        <location filename="../../app/services/scoring_import.py" line="104"/>
        <source>{f} 中既没有“评分项编号”列，也没有以评分项编号（如 {c}）为列名的列</source>
        <translation>{f} has neither a “Criterion number” column nor columns named after criterion numbers (such as {c})</translation>
    </message>
    <message>
        <location filename="../../app/services/scoring_import.py" line="108"/>
        <source>正在检查……</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../app/services/scoring_import.py" line="120"/>
        <source>正在检查第 {i}/{n} 个分数……</source>
        <translation>Checking score {i}/{n}…</translation>
    </message>
    <message>
        <location filename="../../app/services/scoring_import.py" line="132"/>
        <source>评价项须在“裁判”列写明裁判编号或姓名</source>
        <translation>Judgement criteria must give the judge&apos;s number or name in the “Judge” column</translation>
    </message>
    <message>
        <location filename="../../app/services/scoring_import.py" line="137"/>
        <source>裁判员只能导入自己的评价分（本行为 {j}）</source>
        <translation>Judges can only import their own judgement scores (this row is {j})</translation>
    </message>
    <message>
        <location filename="../../app/services/scoring_import.py" line="145"/>
        <source>模块 {m} 已锁定</source>
        <translation>Module {m} is locked</translation>
    </message>
    <message>
        <location filename="../../app/services/scoring_import.py" line="151"/>
        <source>与第 {r} 行的同一单元格分数不同（{a} 与 {b}）</source>
        <translation>Differs from the score for the same cell in row {r} ({a} vs {b})</translation>
    </message>
    <message>
        <location filename="../../app/services/scoring_import.py" line="159"/>
        <source>{c}、选手 {b} 已有分数 {x}：如需修改请用“更正”并填写原因</source>
        <translation>{c}, contestant {b} already has score {x}: to change it, use “Correct” and give a reason</translation>
    </message>
    <message>
        <location filename="../../app/services/scoring_import.py" line="165"/>
        <source>{c}、选手 {b} 已有 {n} 位裁判评分，该项只需 {n} 位</source>
        <translation>{c}, contestant {b} has already been scored by {n} judges; this criterion needs only {n}</translation>
    </message>
    <message>
        <location filename="../../app/services/scoring_import.py" line="174"/>
        <source>{f} 有 {n} 处问题，未导入任何分数。请修改后重新导入。</source>
        <translation>{f} has {n} issues; no scores imported. Please correct them and import again.</translation>
    </message>
    <message>
        <location filename="../../app/services/scoring_import.py" line="178"/>
        <source>正在写入 {i}/{n}……</source>
        <translation>Writing {i}/{n}…</translation>
    </message>
    <message>
        <location filename="../../app/services/scoring_import.py" line="180"/>
        <source>正在保存……</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../app/services/scoring_state.py" line="101"/>
        <source>评分标准中没有评分项 {c}</source>
        <translation>There is no criterion {c} in the marking scheme</translation>
    </message>
    <message>
        <location filename="../../app/services/scoring_state.py" line="107"/>
        <source>没有加密号为 {b} 的选手（须先检录抽签）</source>
        <translation>There is no contestant with blind code {b} (check-in and draw must come first)</translation>
    </message>
    <message>
        <location filename="../../app/services/scoring_state.py" line="119"/>
        <source>没有名为或编号为“{j}”的裁判员账号</source>
        <translation>There is no judge account named or numbered “{j}”</translation>
    </message>
    <message>
        <location filename="../../app/services/scoring_state.py" line="307"/>
        <source>尚未导入评分标准，请先在“评分标准”页导入或编辑</source>
        <translation>No marking scheme imported yet; please import or edit one on the “Marking scheme” page first</translation>
    </message>
    <message>
        <location filename="../../app/services/scoring_views.py" line="346"/>
        <source>裁判员只能查看自己的评价分记录</source>
        <translation>Judges can only view their own judgement score records</translation>
    </message>
    <message>
        <location filename="../../app/services/scoring_views.py" line="423"/>
        <source>评分项 {c}、选手 {b}：测量分尚未复核录入</source>
        <translation>Criterion {c}, contestant {b}: measurement score not yet verified by re-entry</translation>
    </message>
    <message>
        <location filename="../../app/services/scoring_views.py" line="451"/>
        <location filename="../../app/services/scoring_views.py" line="456"/>
        <source>测量（裁判组）</source>
        <translation>Measurement (judging team)</translation>
    </message>
    <message>
        <location filename="../../app/services/venue_keys.py" line="59"/>
        <source>公钥指纹</source>
        <translation>Public key fingerprint</translation>
    </message>
    <message>
        <location filename="../../app/services/venue_keys.py" line="87"/>
        <source>本赛场还没有签名密钥。请裁判长先设置口令和密钥（venuescore keys init），并把公钥报组委会登记。</source>
        <translation>This venue has no signing key yet. The head judge must first set a passphrase and key (venuescore keys init) and send the public key to the organising committee for registration.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scoring_dialogs.py" line="97"/>
        <location filename="../../ui/pages/scoring_extras.py" line="166"/>
        <source>录入人</source>
        <translation>Entered by</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scoring_dialogs.py" line="100"/>
        <source>取代</source>
        <translation>Supersedes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scoring_dialogs.py" line="101"/>
        <source>现值</source>
        <translation>Current value</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scoring_dialogs.py" line="111"/>
        <source>记录只增不改：更正是一条新记录，指向被取代的那条。</source>
        <translation>Records are only ever added, never changed: a correction is a new record pointing to the one it supersedes.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="111"/>
        <source>扫描或输入身份证号 / 报名号，按回车</source>
        <translation>Scan or enter ID number / registration no., then press Enter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="112"/>
        <source>扫描或输入后按回车显示选手；核对证件后再按回车或空格确认检录。F6 缺考，F7 弃权，F8 撤销，Esc 清除</source>
        <translation>Scan or type, then press Enter to show the contestant; after checking the ID document, press Enter or Space to confirm check-in. F6 absent, F7 withdrew, F8 undo, Esc clear</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="127"/>
        <source>确认检录（回车）</source>
        <translation>Confirm check-in (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="128"/>
        <source>缺考（F6）</source>
        <translation>Absent (F6)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="129"/>
        <source>弃权（F7）</source>
        <translation>Withdrew (F7)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="130"/>
        <source>撤销…（F8）</source>
        <translation>Undo… (F8)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="131"/>
        <source>补报选手…</source>
        <translation>Late registration…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="183"/>
        <source>在名单中搜索：姓名、报名号、单位、状态……</source>
        <translation>Search the list: name, registration no., organisation, status…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="203"/>
        <source>检录进度</source>
        <translation>Check-in progress</translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="72"/>
        <source>见证值 {i}（现场报出的数字）</source>
        <translation>Witness value {i} (number called out on site)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="72"/>
        <source>见证值 3（可选）</source>
        <translation>Witness value 3 (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="75"/>
        <source>仅重新抽签时填写：原因</source>
        <translation>Only when redrawing: reason</translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="77"/>
        <source>公布结果</source>
        <translation>Announce result</translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="79"/>
        <source>见证值 1</source>
        <translation>Witness value 1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="80"/>
        <source>见证值 2</source>
        <translation>Witness value 2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="81"/>
        <source>见证值 3</source>
        <translation>Witness value 3</translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="82"/>
        <source>重抽原因</source>
        <translation>Reason for redraw</translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="84"/>
        <source>抽签（裁判长）：先公示名单和工位，再请见证人报数</source>
        <translation>Draw (head judge): first display the list and stations, then ask the witnesses to call out numbers</translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="90"/>
        <source>模块代码，如 A</source>
        <translation>Module code, e.g. A</translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="93"/>
        <source>更换工位…</source>
        <translation>Change station…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="94"/>
        <source>作品二次加密：</source>
        <translation>Second code for work pieces:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="98"/>
        <source>公布之后（裁判长）</source>
        <translation>After announcement (head judge)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="104"/>
        <source>核对抽签记录</source>
        <translation>Check draw record</translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="108"/>
        <source>打开密封对照表（输入口令）…</source>
        <translation>Open sealed code table (enter passphrase)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="109"/>
        <source>合上对照表</source>
        <translation>Close code table</translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="199"/>
        <source>选手与加密号对照（已解密）</source>
        <translation>Contestants and blind codes (decrypted)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="200"/>
        <source>选手与加密号对照（密封件，仅裁判长可见）</source>
        <translation>Contestants and blind codes (sealed, head judge only)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="202"/>
        <source>解密之前，裁判员只使用加密号评分；工位与加密号对照表由裁判长打印并张贴。</source>
        <translation>Before decryption, judges score using blind codes only; the station-to-blind-code table is printed and posted by the head judge.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pdf_preview.py" line="81"/>
        <location filename="../../ui/pages/draw.py" line="107"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="121"/>
        <source>搜索：工位号、加密号、姓名……</source>
        <translation>Search: station, blind code, name…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="206"/>
        <source>工位安排</source>
        <translation>Station allocation</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package.py" line="44"/>
        <source>复制公钥</source>
        <translation>Copy public key</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package.py" line="45"/>
        <source>另存公钥文件…</source>
        <translation>Save public key file as…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package.py" line="57"/>
        <source>导出成绩包…</source>
        <translation>Export result package…</translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="178"/>
        <location filename="../../app/services/central.py" line="410"/>
        <location filename="../../app/services/package.py" line="228"/>
        <location filename="../../ui/pages/package.py" line="58"/>
        <location filename="../../ui/pages/package.py" line="212"/>
        <source>成绩包</source>
        <translation>Result package</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package.py" line="64"/>
        <source>导出时间</source>
        <translation>Export time</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package.py" line="67"/>
        <source>导出人</source>
        <translation>Exported by</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package.py" line="68"/>
        <source>SHA-256（压缩包）</source>
        <translation>SHA-256 (archive)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package.py" line="42"/>
        <location filename="../../ui/pages/package.py" line="86"/>
        <source>设置口令和密钥…</source>
        <translation>Set passphrase and key…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package.py" line="43"/>
        <source>修改口令…</source>
        <translation>Change passphrase…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package.py" line="47"/>
        <source>赛场签名密钥（裁判长口令保护）</source>
        <translation>Venue signing key (protected by head judge passphrase)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package.py" line="36"/>
        <source>导出记录（每次导出都记录签名压缩包加密前的哈希，供组委会核对）</source>
        <translation>Export record (each export records the hash of the signed archive before encryption, for the organising committee to check)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package.py" line="79"/>
        <source>尚未设置。抽签、锁定和导出成绩包前，裁判长须设置口令和密钥，并把公钥报组委会登记。</source>
        <translation>Not set up yet. Before the draw, locking and exporting result packages, the head judge must set a passphrase and key and send the public key to the organising committee for registration.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package.py" line="82"/>
        <source>公钥：{line}
指纹：{fp}</source>
        <translation>Public key: {line}
Fingerprint: {fp}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package.py" line="86"/>
        <source>更换签名密钥…</source>
        <translation>Replace signing key…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package.py" line="93"/>
        <source>仅裁判长可以导出成绩包。</source>
        <translation>Only the head judge can export result packages.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package.py" line="109"/>
        <source>最新签字版本：无（尚未签字确认）</source>
        <translation>Latest signed-off version: none (not yet signed off)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package.py" line="111"/>
        <source>最新签字版本：{rev}（{by}，{at}）</source>
        <translation>Latest signed-off version: {rev} ({by}, {at})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package.py" line="114"/>
        <source>● 最新签字版本尚未导出成绩包</source>
        <translation>● Latest signed-off version not yet exported as a result package</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package.py" line="117"/>
        <source>✓ 已导出最新签字版本</source>
        <translation>✓ Latest signed-off version exported</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package.py" line="122"/>
        <source>上次导出：无</source>
        <translation>Last export: none</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package.py" line="125"/>
        <source>上次导出：{file}（第 {n} 版，{at}，{by}）</source>
        <translation>Last export: {file} (version {n}, {at}, {by})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package.py" line="143"/>
        <location filename="../../ui/pages/package.py" line="147"/>
        <source>更换签名密钥</source>
        <translation>Replace signing key</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package.py" line="144"/>
        <source>更换后旧公钥作废，须把新公钥重新报组委会登记，并会生成新的恢复码。确定更换？</source>
        <translation>After replacement the old public key becomes invalid; the new public key must be sent to the organising committee for registration again, and a new recovery code will be generated. Replace the key?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package.py" line="151"/>
        <location filename="../../ui/pages/package.py" line="152"/>
        <source>设置裁判长口令</source>
        <translation>Set head judge passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package.py" line="151"/>
        <source>设置口令（至少 10 个字符、两类字符，请牢记）：</source>
        <translation>Set passphrase (at least 10 characters, two types of character; remember it):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package.py" line="158"/>
        <source>已设置。请把公钥报组委会登记，并在签字确认表上核对指纹：
{fp}</source>
        <translation>Set up. Please send the public key to the organising committee for registration, and check the fingerprint on the sign-off form:
{fp}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package.py" line="164"/>
        <source>新口令（至少 10 个字符、两类字符）：</source>
        <translation>New passphrase (at least 10 characters, two types of character):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package.py" line="165"/>
        <source>再输入一次新口令：</source>
        <translation>Enter the new passphrase again:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package.py" line="168"/>
        <source>已修改。</source>
        <translation>Changed.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package.py" line="208"/>
        <source>已导出（已加密给组委会和本赛场裁判长，拾到 U 盘的人读不到内容）：{p}
SHA-256（加密前的签名压缩包）：{h}</source>
        <translation>Exported (encrypted for the organising committee and this venue&apos;s head judge; anyone who finds the USB drive cannot read it): {p}
SHA-256 (signed archive before encryption): {h}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package.py" line="152"/>
        <source>再输入一次口令：</source>
        <translation>Enter the passphrase again:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package.py" line="190"/>
        <source>选择导出文件夹（如 U 盘）</source>
        <translation>Choose export folder (e.g. USB drive)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package.py" line="214"/>
        <source>正在导出成绩包…</source>
        <translation>Exporting result package…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/results.py" line="110"/>
        <source>裁定所选并列…</source>
        <translation>Decide selected tie…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/results.py" line="111"/>
        <source>撤销所选裁定…</source>
        <translation>Revoke selected decision…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/results.py" line="112"/>
        <source>跨奖项界线的并列（不得随机决定，须裁判长裁定并填写理由）</source>
        <translation>Ties across award boundaries (must not be decided at random; the head judge must decide and give a reason)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/results.py" line="120"/>
        <source>签字确认…</source>
        <translation>Sign off…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/results.py" line="121"/>
        <source>导出成绩（xlsx）…</source>
        <translation>Export results (xlsx)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/results.py" line="123"/>
        <source>成绩公示…</source>
        <translation>Publish results…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/results.py" line="127"/>
        <source>打印：</source>
        <translation>Print:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/results.py" line="131"/>
        <source>组别：</source>
        <translation>Group:</translation>
    </message>
    <message>
        <location filename="../../app/reports/result_parts.py" line="40"/>
        <location filename="../../app/services/results.py" line="73"/>
        <source>待裁定</source>
        <translation>Awaiting decision</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scheme.py" line="106"/>
        <source>裁判人数</source>
        <translation>Number of judges</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scheme.py" line="107"/>
        <source>评分项描述</source>
        <translation>Criterion description</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scheme.py" line="108"/>
        <source>0–3 分描述</source>
        <translation>0–3 point descriptors</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scheme.py" line="119"/>
        <source>导入评分标准…</source>
        <translation>Import marking scheme…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scheme.py" line="120"/>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scheme.py" line="121"/>
        <source>保存模板…</source>
        <translation>Save template…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scheme.py" line="122"/>
        <source>添加评分项…</source>
        <translation>Add criterion…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scheme.py" line="123"/>
        <source>编辑评分项…</source>
        <translation>Edit criterion…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scheme.py" line="124"/>
        <source>删除评分项</source>
        <translation>Delete criterion</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="80"/>
        <location filename="../../ui/pages/scoring.py" line="138"/>
        <source>录入</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="81"/>
        <source>测量分复核录入（盲录）</source>
        <translation>Measurement score verification entry (blind)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="107"/>
        <source>更正…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="108"/>
        <source>记录…</source>
        <translation>Record…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="109"/>
        <source>导入评分表…</source>
        <translation>Import score sheet…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="110"/>
        <source>锁定本模块</source>
        <translation>Lock this module</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="111"/>
        <source>锁定全项目</source>
        <translation>Lock whole item</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="112"/>
        <source>解除锁定…</source>
        <translation>Unlock…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="129"/>
        <source>待处理（缺分、分差超限、复核不一致）：</source>
        <translation>Outstanding (missing scores, differences over the limit, verification mismatches):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="139"/>
        <source>完成情况</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="142"/>
        <source>扣分、用时与取消资格</source>
        <translation>Deductions, time used and disqualifications</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="147"/>
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="126"/>
        <source>加密号(&amp;B)</source>
        <translation>&amp;Blind code</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="154"/>
        <source>如 2 或 0.5</source>
        <translation>e.g. 2 or 0.5</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="158"/>
        <source>必填：违规情况，如“未戴护目镜”</source>
        <translation>Required: the violation, e.g. “not wearing safety goggles”</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="163"/>
        <location filename="../../ui/pages/scoring_extras.py" line="172"/>
        <source>扣自</source>
        <translation>Deduct from</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="163"/>
        <source>项目总分</source>
        <translation>Item total</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="170"/>
        <source>撤销所选扣分的原因（必填）</source>
        <translation>Reason for revoking the selected deduction (required)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="170"/>
        <source>撤销所选扣分</source>
        <translation>Revoke selected deduction</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="171"/>
        <source>扣分（安全或违规行为）</source>
        <translation>Deduction (safety or rule violation)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="172"/>
        <source>扣分(&amp;D)</source>
        <translation>&amp;Deduction</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="183"/>
        <source> 分</source>
        <translation> pts</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="187"/>
        <source> 秒</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="189"/>
        <source>修改已记录的用时须填写原因</source>
        <translation>A reason is required to change a recorded time used</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="193"/>
        <source>用时(&amp;T)</source>
        <translation>&amp;Time used</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="212"/>
        <source>必填：如“10:20 离场放弃”</source>
        <translation>Required: e.g. “left at 10:20, gave up”</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="212"/>
        <source>登记状态</source>
        <translation>Record status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="213"/>
        <source>参赛状态(&amp;S)</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="224"/>
        <source>必填：如“夹带资料”</source>
        <translation>Required: e.g. “brought in unauthorised materials”</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="228"/>
        <source>范围</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="228"/>
        <source>全项目（不排名）</source>
        <translation>Whole item (not ranked)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="230"/>
        <source>决定人</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="234"/>
        <source>撤销所选取消资格的原因（必填）</source>
        <translation>Reason for revoking the selected disqualification (required)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="234"/>
        <source>撤销所选取消资格</source>
        <translation>Revoke selected disqualification</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="235"/>
        <source>取消资格（裁判长）</source>
        <translation>Disqualification (head judge)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="236"/>
        <source>范围(&amp;Q)</source>
        <translation>S&amp;cope</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_privacy_cmds.py" line="19"/>
        <source>组委会加密密钥口令（也可设环境变量 {env}；需要时在终端询问）</source>
        <translation>Organising committee encryption key passphrase (can also be set in environment variable {env}; asked for in the terminal when needed)</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_privacy_cmds.py" line="23"/>
        <source>组委会加密密钥口令：</source>
        <translation>Organising committee encryption key passphrase:</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_privacy_cmds.py" line="28"/>
        <source>组委会加密密钥：赛场的成绩包和 U 盘备份加密给它</source>
        <translation>Organising committee encryption key: venue result packages and USB backups are encrypted to it</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_privacy_cmds.py" line="29"/>
        <source>生成组委会加密密钥（私钥用口令加密保存在汇总数据库中）</source>
        <translation>Generate organising committee encryption key (private key stored in the central database, encrypted with the passphrase)</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_privacy_cmds.py" line="31"/>
        <source>写出组委会公钥文件（签名公钥 + 加密公钥），发给各赛场，指纹另行书面通知</source>
        <translation>Write the organising committee public key file (signing public key + encryption public key) to send to each venue; notify the fingerprint separately in writing</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_privacy_cmds.py" line="33"/>
        <source>写出组委会私钥文件，供标准 age 工具解密（机密：只放在组委会电脑上）</source>
        <translation>Write the organising committee private key file for decryption with the standard age tool (confidential: keep only on the organising committee&apos;s computer)</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_privacy_cmds.py" line="36"/>
        <source>导出待清除清单：汇总数据库中每人的个人信息还需用于什么（.xlsx）</source>
        <translation>Export erasure list: what each person&apos;s personal data in the central database is still needed for (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_privacy_cmds.py" line="38"/>
        <source>生成某项目的赛场设置包（签名）：项目、名单、账号、设置和组委会公钥</source>
        <translation>Create a venue setup package for an item (signed): item, list, accounts, settings and organising committee public key</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_privacy_cmds.py" line="45"/>
        <source>姓名:角色[:裁判编号]，可重复，如 李建国:裁判员:J1</source>
        <translation>name:role[:judge number], repeatable, e.g. Li Jianguo:judge:J1</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_privacy_cmds.py" line="46"/>
        <source>名单 .xlsx / .csv（与赛场导入的格式相同）</source>
        <translation>List .xlsx / .csv (same format as imported at the venue)</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_privacy_cmds.py" line="47"/>
        <source>写到此文件夹</source>
        <translation>Write to this folder</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_privacy_cmds.py" line="48"/>
        <source>组委会证书（签名）密钥口令</source>
        <translation>Organising committee certificate (signing) key passphrase</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_privacy_cmds.py" line="56"/>
        <source>已写出待清除清单：{p}（{n} 行；身份证号已打码）</source>
        <translation>Erasure list written: {p} ({n} rows; ID numbers masked)</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_privacy_cmds.py" line="67"/>
        <source>组委会签名密钥口令：</source>
        <translation>Organising committee signing key passphrase:</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_privacy_cmds.py" line="75"/>
        <source>已写出设置包：{p}（名单含个人信息：请当面交给裁判长，勿经他人转交）</source>
        <translation>Setup package written: {p} (the list contains personal data: hand it to the head judge in person, not via anyone else)</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_privacy_cmds.py" line="76"/>
        <source>组委会公钥指纹：{fp}（印在给裁判长的书面通知上）</source>
        <translation>Organising committee public key fingerprint: {fp} (printed on the written notice to head judges)</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_privacy_cmds.py" line="94"/>
        <source>已生成组委会加密密钥。加密公钥：{r}</source>
        <translation>Organising committee encryption key generated. Encryption public key: {r}</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_privacy_cmds.py" line="95"/>
        <source>请用 venuescore central recipient public 写出组委会公钥文件发给各赛场。</source>
        <translation>Please use venuescore central recipient public to write the organising committee public key file and send it to each venue.</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_privacy_cmds.py" line="105"/>
        <source>已写出组委会公钥文件：{p}</source>
        <translation>Organising committee public key file written: {p}</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_privacy_cmds.py" line="106"/>
        <source>指纹：{fp}（请打印在给各赛场的书面通知上，裁判长导入时逐位核对）</source>
        <translation>Fingerprint: {fp} (please print it on the written notice to each venue; head judges check it character by character when importing)</translation>
    </message>
    <message>
        <location filename="../../app/cli/central_privacy_cmds.py" line="116"/>
        <source>已写出组委会私钥文件：{p}（仅本人可读；用 age -d -i {p} 解密成绩包；用后删除，切勿拷到 U 盘）</source>
        <translation>Organising committee private key file written: {p} (readable only by you; decrypt result packages with age -d -i {p}; delete after use and never copy to a USB drive)</translation>
    </message>
    <message>
        <location filename="../../app/package/committee_keys.py" line="42"/>
        <source>组委会公钥文件中的加密公钥格式不正确</source>
        <translation>The encryption public key in the organising committee public key file is in the wrong format</translation>
    </message>
    <message>
        <location filename="../../app/package/committee_keys.py" line="74"/>
        <source>不是组委会公钥文件（第一行应为“{h}”）</source>
        <translation>Not an organising committee public key file (the first line should be “{h}”)</translation>
    </message>
    <message>
        <location filename="../../app/package/committee_keys.py" line="79"/>
        <source>组委会公钥文件第 {n} 行格式不正确</source>
        <translation>Line {n} of the organising committee public key file is in the wrong format</translation>
    </message>
    <message>
        <location filename="../../app/package/committee_keys.py" line="82"/>
        <source>组委会公钥文件缺少签名公钥或加密公钥</source>
        <translation>The organising committee public key file is missing the signing public key or the encryption public key</translation>
    </message>
    <message>
        <location filename="../../app/package/committee_keys.py" line="86"/>
        <source>组委会公钥文件已损坏：文件中的指纹与公钥不符</source>
        <translation>The organising committee public key file is corrupted: the fingerprint in the file does not match the public key</translation>
    </message>
    <message>
        <location filename="../../app/package/encrypted.py" line="56"/>
        <source>{what}无法解密：它不是加密给本机密钥的（可能是发给另一个组委会或赛场的文件），或文件已损坏。请向发送方核实。</source>
        <translation>{what} cannot be decrypted: it was not encrypted for this computer&apos;s key (it may be a file intended for another organising committee or venue), or the file is corrupted. Please check with the sender.</translation>
    </message>
    <message>
        <location filename="../../app/package/setup_format.py" line="46"/>
        <source>设置包“{name}”已拒绝，未创建任何文件：{reason}</source>
        <translation>Setup package “{name}” rejected; no files were created: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/package/setup_format.py" line="70"/>
        <location filename="../../app/services/setup_package.py" line="60"/>
        <source>名单文件须为 .xlsx 或 .csv</source>
        <translation>The list file must be .xlsx or .csv</translation>
    </message>
    <message>
        <location filename="../../app/package/setup_format.py" line="93"/>
        <source>不是赛场设置包，或文件已损坏</source>
        <translation>Not a venue setup package, or the file is corrupted</translation>
    </message>
    <message>
        <location filename="../../app/package/setup_format.py" line="103"/>
        <source>组委会公钥的指纹是 {fp}，与您输入的不同：这不是组委会的设置包（或指纹输错）。</source>
        <translation>The organising committee public key fingerprint is {fp}, which differs from what you entered: this is not the organising committee&apos;s setup package (or the fingerprint was mistyped).</translation>
    </message>
    <message>
        <location filename="../../app/package/setup_format.py" line="106"/>
        <source>缺少签名</source>
        <translation>Signature missing</translation>
    </message>
    <message>
        <location filename="../../app/package/setup_format.py" line="116"/>
        <source>签名中的项目与 setup.json 不一致</source>
        <translation>The item in the signature does not match setup.json</translation>
    </message>
    <message>
        <location filename="../../app/package/setup_format.py" line="118"/>
        <source>这是项目 {a:02d} {n} 的设置包，不是您选择的项目 {b:02d}。</source>
        <translation>This is the setup package for item {a:02d} {n}, not the item {b:02d} you selected.</translation>
    </message>
    <message>
        <location filename="../../app/package/setup_format.py" line="122"/>
        <source>设置包中应有且只有一个名单文件</source>
        <translation>The setup package must contain exactly one list file</translation>
    </message>
    <message>
        <location filename="../../app/reports/lock_sheet.py" line="39"/>
        <source>审计链签名检查点</source>
        <translation>Audit chain signed checkpoint</translation>
    </message>
    <message>
        <location filename="../../app/reports/lock_sheet.py" line="39"/>
        <source>{short}（{event}，{at}，{who}）</source>
        <translation>{short} ({event}, {at}, {who})</translation>
    </message>
    <message>
        <location filename="../../app/reports/lock_sheet.py" line="41"/>
        <source>签名密钥指纹</source>
        <translation>Signing key fingerprint</translation>
    </message>
    <message>
        <location filename="../../app/reports/lock_sheet.py" line="47"/>
        <source>打印成绩锁定确认单</source>
        <translation>Print results lock confirmation</translation>
    </message>
    <message>
        <location filename="../../app/reports/lock_sheet.py" line="66"/>
        <source>锁定范围</source>
        <translation>Lock scope</translation>
    </message>
    <message>
        <location filename="../../app/reports/lock_sheet.py" line="67"/>
        <source>锁定人</source>
        <translation>Locked by</translation>
    </message>
    <message>
        <location filename="../../app/reports/lock_sheet.py" line="68"/>
        <source>锁定时间</source>
        <translation>Lock time</translation>
    </message>
    <message>
        <location filename="../../app/reports/lock_sheet.py" line="70"/>
        <source>以下为锁定时各加密号的成绩（按加密号排序；不含姓名和工位）。锁定后修改须由裁判长更正并留痕。</source>
        <translation>Below are the results for each blind code at the time of locking (sorted by blind code; without names or stations). Changes after locking must be made as head judge corrections and are logged.</translation>
    </message>
    <message>
        <location filename="../../app/reports/lock_sheet.py" line="73"/>
        <source>没有参赛选手的成绩</source>
        <translation>No results for competing contestants</translation>
    </message>
    <message>
        <location filename="../../app/reports/lock_sheet.py" line="77"/>
        <source>成绩锁定确认单</source>
        <translation>Results lock confirmation</translation>
    </message>
    <message>
        <location filename="../../app/reports/lock_sheet.py" line="78"/>
        <source>审计链 {short}</source>
        <translation>Audit chain {short}</translation>
    </message>
    <message>
        <location filename="../../app/reports/publication_files.py" line="25"/>
        <source>公示文件须为 .pdf 或 .html：{name}</source>
        <translation>Publication file must be .pdf or .html: {name}</translation>
    </message>
    <message>
        <location filename="../../app/reports/publication_pdf.py" line="40"/>
        <source>本组无排名选手</source>
        <translation>No ranked contestants in this group</translation>
    </message>
    <message>
        <location filename="../../app/reports/publication_pdf.py" line="44"/>
        <source>公示说明</source>
        <translation>Publication notes</translation>
    </message>
    <message>
        <location filename="../../app/reports/publication_pdf.py" line="46"/>
        <source>{org}&#x3000;{at}</source>
        <translation>{org}&#x3000;{at}</translation>
    </message>
    <message>
        <location filename="../../app/reports/publication_pdf.py" line="48"/>
        <source>各承办赛场</source>
        <translation>Host venues</translation>
    </message>
    <message>
        <location filename="../../app/reports/recovery_sheet.py" line="33"/>
        <source>裁判长恢复码</source>
        <translation>Head judge recovery code</translation>
    </message>
    <message>
        <location filename="../../app/reports/recovery_sheet.py" line="33"/>
        <source>密封件 — 仅限裁判长，装信封封存</source>
        <translation>Sealed — head judge only; seal in an envelope</translation>
    </message>
    <message>
        <location filename="../../app/reports/recovery_sheet.py" line="37"/>
        <source>忘记裁判长口令或 PIN 时，凭此恢复码设置新口令（和新 PIN）。恢复码只能使用一次，使用后软件会给出新的恢复码，请重新打印封存。</source>
        <translation>If the head judge passphrase or PIN is forgotten, use this recovery code to set a new passphrase (and new PIN). The recovery code can be used only once; afterwards the software gives a new recovery code, which must be printed and sealed again.</translation>
    </message>
    <message>
        <location filename="../../app/reports/recovery_sheet.py" line="44"/>
        <source>赛场签名公钥指纹</source>
        <translation>Venue signing public key fingerprint</translation>
    </message>
    <message>
        <location filename="../../app/reports/recovery_sheet.py" line="45"/>
        <source>生成时间</source>
        <translation>Generated at</translation>
    </message>
    <message>
        <location filename="../../app/reports/recovery_sheet.py" line="46"/>
        <source>使用方法</source>
        <translation>How to use</translation>
    </message>
    <message>
        <location filename="../../app/reports/recovery_sheet.py" line="46"/>
        <source>启动页“打开赛场文件”后选“忘记口令”，或命令行 venuescore keys recover --db 赛场文件</source>
        <translation>On the start page choose “Open venue file” then “Forgot passphrase”, or on the command line run venuescore keys recover --db VENUE_FILE</translation>
    </message>
    <message>
        <location filename="../../app/reports/recovery_sheet.py" line="49"/>
        <source>本页不会再次打印：软件不保存恢复码明文。请勿拍照、复印或与赛场文件放在同一 U 盘。</source>
        <translation>This page will not be printed again: the software does not store the recovery code in plain text. Do not photograph or copy it, or keep it on the same USB drive as the venue file.</translation>
    </message>
    <message>
        <location filename="../../app/reports/recovery_sheet.py" line="50"/>
        <source>裁判长（封存）</source>
        <translation>Head judge (sealed)</translation>
    </message>
    <message>
        <location filename="../../app/reports/recovery_sheet.py" line="50"/>
        <source>监督员（见证）</source>
        <translation>Supervisor (witness)</translation>
    </message>
    <message>
        <location filename="../../app/rules/sealed_draw.py" line="57"/>
        <source>抽签密钥长度不对：应为 {n} 字节（现为 {k}）</source>
        <translation>Draw key has the wrong length: should be {n} bytes (currently {k})</translation>
    </message>
    <message>
        <location filename="../../app/rules/sealed_draw.py" line="78"/>
        <source>揭示的密钥格式不正确（应为 {n} 位十六进制）</source>
        <translation>The revealed key is in the wrong format (should be {n} hexadecimal digits)</translation>
    </message>
    <message>
        <location filename="../../app/rules/sealed_draw.py" line="80"/>
        <source>密钥与承诺值不符：记录的承诺值为 {rec}，揭示的密钥算得 {cur}</source>
        <translation>Key does not match the commitment: the recorded commitment is {rec}, but the revealed key gives {cur}</translation>
    </message>
    <message>
        <location filename="../../app/rules/text_policy.py" line="79"/>
        <source>控制字符</source>
        <translation>control character</translation>
    </message>
    <message>
        <location filename="../../app/rules/text_policy.py" line="79"/>
        <source>不可见格式字符</source>
        <translation>invisible formatting character</translation>
    </message>
    <message>
        <location filename="../../app/rules/text_policy.py" line="79"/>
        <source>无效的代理字符</source>
        <translation>invalid surrogate character</translation>
    </message>
    <message>
        <location filename="../../app/rules/text_policy.py" line="80"/>
        <source>组合附加符号</source>
        <translation>combining mark</translation>
    </message>
    <message>
        <location filename="../../app/rules/text_policy.py" line="80"/>
        <source>特殊字符</source>
        <translation>special character</translation>
    </message>
    <message>
        <location filename="../../app/rules/text_policy.py" line="94"/>
        <source>含有控制字符 {c}，可能是从别处复制时带入的，请删除后重新输入</source>
        <translation>Contains control character {c}, possibly carried over when copying from elsewhere; please delete it and re-enter</translation>
    </message>
    <message>
        <location filename="../../app/rules/text_policy.py" line="96"/>
        <source>含有无效字符 {c}（文件编码可能有误），请删除后重新输入</source>
        <translation>Contains invalid character {c} (the file encoding may be wrong); please delete it and re-enter</translation>
    </message>
    <message>
        <location filename="../../app/rules/text_policy.py" line="99"/>
        <source>含有改变文字显示方向的不可见字符 {c}，它会让文字看起来与实际不同，请删除</source>
        <translation>Contains invisible character {c} that changes text direction, making the text look different from what it really is; please delete it</translation>
    </message>
    <message>
        <location filename="../../app/rules/text_policy.py" line="101"/>
        <source>含有不可见字符 {c}，它会让两个看起来相同的名字实际不同，请删除</source>
        <translation>Contains invisible character {c} that makes two identical-looking names actually different; please delete it</translation>
    </message>
    <message>
        <location filename="../../app/rules/text_policy.py" line="103"/>
        <source>含有无法与前一个字合成的附加符号 {c}，请删除或改用标准写法</source>
        <translation>Contains a combining mark {c} that cannot combine with the preceding character; delete it or use the standard form</translation>
    </message>
    <message>
        <location filename="../../app/rules/text_policy.py" line="126"/>
        <source>第 {i} 个字符：</source>
        <translation>Character {i}: </translation>
    </message>
    <message>
        <location filename="../../app/rules/text_policy.py" line="135"/>
        <source>过长：{n} 个字，最多 {m} 个</source>
        <translation>Too long: {n} characters, maximum {m}</translation>
    </message>
    <message>
        <location filename="../../app/rules/text_policy.py" line="187"/>
        <source>不能为空</source>
        <translation>Cannot be empty</translation>
    </message>
    <message>
        <location filename="../../app/rules/text_policy.py" line="190"/>
        <source>“{c}”有误：{p}</source>
        <translation>“{c}” is invalid: {p}</translation>
    </message>
    <message>
        <location filename="../../app/sealing.py" line="67"/>
        <source>加密接收方格式不正确：{err}</source>
        <translation>Invalid encryption recipient format: {err}</translation>
    </message>
    <message>
        <location filename="../../app/sealing.py" line="79"/>
        <source>密封数据无法打开：数据已损坏，或不是用本赛场密钥密封的（{err}）</source>
        <translation>Cannot open sealed data: the data is corrupted or was not sealed with this venue&apos;s key ({err})</translation>
    </message>
    <message>
        <location filename="../../app/sealing.py" line="117"/>
        <source>口令太短：至少 {n} 个字符（现为 {k} 个）。建议用一句好记的话，如“江南职校2026年LED赛”。</source>
        <translation>Passphrase too short: at least {n} characters required (currently {k}). Try a memorable sentence, e.g. “Jiangnan Vocational School 2026 LED contest”.</translation>
    </message>
    <message>
        <location filename="../../app/sealing.py" line="120"/>
        <source>口令不能只有数字（数字口令可被离线猜出），请加入文字或字母。</source>
        <translation>The passphrase cannot consist only of digits (numeric passphrases can be guessed offline); please add letters or other characters.</translation>
    </message>
    <message>
        <location filename="../../app/sealing.py" line="122"/>
        <source>口令不能由同一两个字符重复组成。</source>
        <translation>The passphrase cannot be one or two characters repeated.</translation>
    </message>
    <message>
        <location filename="../../app/sealing.py" line="124"/>
        <source>口令须包含至少两类字符（数字、字母、汉字、符号），或至少 16 个字符。</source>
        <translation>The passphrase must contain at least two types of character (digits, letters, Chinese characters, symbols), or be at least 16 characters long.</translation>
    </message>
    <message>
        <location filename="../../app/sealing.py" line="128"/>
        <source>口令不能与姓名、项目名或 PIN 相同。</source>
        <translation>The passphrase cannot be the same as a name, item name or PIN.</translation>
    </message>
    <message>
        <location filename="../../app/sealing.py" line="164"/>
        <source>加密保存的密钥已损坏（{detail}）。请从备份恢复赛场文件。</source>
        <translation>The encrypted key store is corrupted ({detail}). Please restore the venue file from a backup.</translation>
    </message>
    <message>
        <location filename="../../app/sealing.py" line="223"/>
        <source>恢复码格式不正确：应为 6 组、每组 5 个字母或数字（如 K7Q2M-9XH4D-…）</source>
        <translation>Invalid recovery code format: it should be 6 groups of 5 letters or digits (e.g. K7Q2M-9XH4D-…)</translation>
    </message>
    <message>
        <location filename="../../app/sealing.py" line="224"/>
        <source>恢复码</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location filename="../../app/services/appeal_links.py" line="41"/>
        <source>依申诉更正成绩</source>
        <translation>Correct results following an appeal</translation>
    </message>
    <message>
        <location filename="../../app/services/appeal_links.py" line="44"/>
        <location filename="../../app/services/appeals.py" line="175"/>
        <location filename="../../app/services/appeals.py" line="260"/>
        <source>没有申诉第 {n} 号</source>
        <translation>There is no appeal no. {n}</translation>
    </message>
    <message>
        <location filename="../../app/services/appeal_links.py" line="47"/>
        <source>申诉第 {n} 号尚未经仲裁组决定：成绩只能在申诉被支持后更正</source>
        <translation>Appeal no. {n} has not yet been decided by the arbitration panel: results can only be corrected after an appeal is upheld</translation>
    </message>
    <message>
        <location filename="../../app/services/appeal_links.py" line="49"/>
        <source>申诉第 {n} 号已被驳回，不能据此更正成绩</source>
        <translation>Appeal no. {n} was rejected; results cannot be corrected on the basis of it</translation>
    </message>
    <message>
        <location filename="../../app/services/appeal_links.py" line="55"/>
        <source>依申诉第 {n} 号仲裁决定：</source>
        <translation>Per the arbitration decision on appeal no. {n}: </translation>
    </message>
    <message>
        <location filename="../../app/services/audit_facts.py" line="50"/>
        <source>表 {t} 第 {r} 行没有对应的审计记录（在软件之外添加的行）</source>
        <translation>Table {t} row {r} has no matching audit record (row added outside the software)</translation>
    </message>
    <message>
        <location filename="../../app/services/audit_facts.py" line="52"/>
        <source>表 {t} 第 {r} 行已不在文件中，但第 {seq} 条审计记录记载了它（行被删除）</source>
        <translation>Table {t} row {r} is no longer in the file, but audit record {seq} records it (row deleted)</translation>
    </message>
    <message>
        <location filename="../../app/services/audit_facts.py" line="55"/>
        <source>表 {t} 第 {r} 行被第 {a} 条和第 {seq} 条审计记录重复记载</source>
        <translation>Table {t} row {r} is recorded twice, by audit records {a} and {seq}</translation>
    </message>
    <message>
        <location filename="../../app/services/audit_facts.py" line="57"/>
        <source>表 {t} 第 {r} 行的“{f}”：文件中为 {a}，第 {seq} 条审计记录中为 {b}</source>
        <translation>Table {t} row {r}, “{f}”: {a} in the file, {b} in audit record {seq}</translation>
    </message>
    <message>
        <location filename="../../app/services/audit_facts.py" line="82"/>
        <source>{n} 行事实与审计记录一致</source>
        <translation>{n} rows of data match the audit records</translation>
    </message>
    <message>
        <location filename="../../app/services/audit_facts.py" line="85"/>
        <source>（另有 {n} 处不一致）</source>
        <translation>({n} more discrepancies)</translation>
    </message>
    <message>
        <location filename="../../app/services/audit_facts.py" line="113"/>
        <source>第 {seq} 条审计记录的事实内容无法读取（记录被改动）</source>
        <translation>The data in audit record {seq} cannot be read (record altered)</translation>
    </message>
    <message>
        <location filename="../../app/services/audit_facts.py" line="129"/>
        <source>（无此字段）</source>
        <translation>(no such field)</translation>
    </message>
    <message>
        <location filename="../../app/services/audit_log.py" line="119"/>
        <source>{t} {n} 行（#{a}–#{b}）</source>
        <translation>{t} {n} rows (#{a}–#{b})</translation>
    </message>
    <message>
        <location filename="../../app/services/audit_words.py" line="45"/>
        <source>{n} 项</source>
        <translation>{n} items</translation>
    </message>
    <message>
        <location filename="../../app/services/central_appeals.py" line="74"/>
        <source>申诉第 {n} 号下列有属于其他申诉的记录</source>
        <translation>Appeal no. {n} lists records belonging to other appeals</translation>
    </message>
    <message>
        <location filename="../../app/services/central_appeals.py" line="78"/>
        <source>仲裁决定</source>
        <translation>Arbitration decision</translation>
    </message>
    <message>
        <location filename="../../app/services/central_appeals.py" line="78"/>
        <source>依申诉更正</source>
        <translation>Correction following appeal</translation>
    </message>
    <message>
        <location filename="../../app/services/central_appeals.py" line="80"/>
        <source>{what}记录 {n} 与审计记录不一致（增加、删除或改动过）：拒绝接收</source>
        <translation>{what} record {n} does not match the audit records (added, deleted or altered): rejected</translation>
    </message>
    <message>
        <location filename="../../app/services/central_appeals.py" line="90"/>
        <source>申诉第 {n} 号（{who}）在公示期结束（{end}）后仍未经仲裁组决定</source>
        <translation>Appeal no. {n} ({who}) was still not decided by the arbitration panel after the publication period ended ({end})</translation>
    </message>
    <message>
        <location filename="../../app/services/central_appeals.py" line="94"/>
        <source>申诉第 {n} 号已被仲裁组{o}，但还没有签字确认的版本依此更正</source>
        <translation>Appeal no. {n} was {o} by the arbitration panel, but no signed-off version has been corrected accordingly</translation>
    </message>
    <message>
        <location filename="../../app/services/central_appeals.py" line="160"/>
        <source>{item:02d} {name}（申诉第 {n} 号待仲裁）</source>
        <translation>{item:02d} {name} (appeal no. {n} awaiting arbitration)</translation>
    </message>
    <message>
        <location filename="../../app/services/central_entry_checks.py" line="31"/>
        <source>{name}（报名号 {reg}）的第 {id} 号评分记录（{crit}）</source>
        <translation>Scoring record no. {id} ({crit}) of {name} (registration no. {reg})</translation>
    </message>
    <message>
        <location filename="../../app/services/central_entry_checks.py" line="39"/>
        <source>：评分项不在成绩包的评分标准中</source>
        <translation>: criterion is not in the result package&apos;s marking scheme</translation>
    </message>
    <message>
        <location filename="../../app/services/central_entry_checks.py" line="42"/>
        <source>由“{by}”以“{role}”身份录入：只有裁判员和裁判长可以录入分数</source>
        <translation>Entered by “{by}” as “{role}”: only judges and the head judge can enter scores</translation>
    </message>
    <message>
        <location filename="../../app/services/central_entry_checks.py" line="45"/>
        <source>由“{by}”以裁判员身份录入，但此人不在成绩包的裁判名单中</source>
        <translation>Entered by “{by}” as a judge, but this person is not on the result package&apos;s list of judges</translation>
    </message>
    <message>
        <location filename="../../app/services/central_entry_checks.py" line="48"/>
        <source>是“{j}”的评价分，但该裁判不在成绩包的裁判名单中</source>
        <translation>Is a judgement score of “{j}”, but this judge is not on the result package&apos;s list of judges</translation>
    </message>
    <message>
        <location filename="../../app/services/central_entry_checks.py" line="51"/>
        <source>是“{j}”的评价分，却由另一名裁判员“{by}”录入：裁判员只能录入自己的评价分</source>
        <translation>Is a judgement score of “{j}”, but was entered by another judge, “{by}”: judges can only enter their own judgement scores</translation>
    </message>
    <message>
        <location filename="../../app/services/central_entry_checks.py" line="54"/>
        <source>是测量分，却记在裁判“{j}”名下（测量分由裁判组商定，不属于某位裁判）</source>
        <translation>Is a measurement score, but is recorded under judge “{j}” (measurement scores are agreed by the judging panel and do not belong to an individual judge)</translation>
    </message>
    <message>
        <location filename="../../app/services/central_entry_checks.py" line="60"/>
        <source>……同类问题另有 {n} 条</source>
        <translation>…and {n} more problems of the same kind</translation>
    </message>
    <message>
        <location filename="../../app/services/central_purge.py" line="35"/>
        <source>荣誉证书（姓名）</source>
        <translation>Certificate of honour (name)</translation>
    </message>
    <message>
        <location filename="../../app/services/central_purge.py" line="37"/>
        <source>专项职业能力证书（姓名、身份证号）</source>
        <translation>Special vocational skills certificate (name, ID number)</translation>
    </message>
    <message>
        <location filename="../../app/services/central_purge.py" line="40"/>
        <source>无：复核期结束后可删除</source>
        <translation>None: can be deleted after the review period ends</translation>
    </message>
    <message>
        <location filename="../../app/services/central_purge.py" line="46"/>
        <source>待清除清单</source>
        <translation>Items to purge</translation>
    </message>
    <message>
        <location filename="../../app/services/central_trail.py" line="48"/>
        <source>不是有效的 UTF-8 JSON 行：{err}</source>
        <translation>Not a valid UTF-8 JSON line: {err}</translation>
    </message>
    <message>
        <location filename="../../app/services/central_trail.py" line="54"/>
        <source>每行应为一个 JSON 对象</source>
        <translation>Each line should be a JSON object</translation>
    </message>
    <message>
        <location filename="../../app/services/central_trail.py" line="77"/>
        <source>审计记录为空：没有审计记录的成绩无法核对，拒绝接收</source>
        <translation>The audit log is empty: results without audit records cannot be verified; rejected</translation>
    </message>
    <message>
        <location filename="../../app/services/central_trail.py" line="80"/>
        <source>成绩包来自旧版 VenueScore：没有签名检查点，评分记录也无法与审计记录逐条核对</source>
        <translation>The result package comes from an old version of VenueScore: it has no signed checkpoints, and scoring records cannot be checked one by one against the audit records</translation>
    </message>
    <message>
        <location filename="../../app/services/central_trail.py" line="102"/>
        <source>没有任何签名检查点（锁定、解密、签字确认、导出时都应签名）</source>
        <translation>There are no signed checkpoints (lock, decrypt, sign-off and export should all be signed)</translation>
    </message>
    <message>
        <location filename="../../app/services/central_trail.py" line="109"/>
        <source>第 {n} 行不符合检查点格式：{msg}</source>
        <translation>Line {n} does not match the checkpoint format: {msg}</translation>
    </message>
    <message>
        <location filename="../../app/services/central_trail.py" line="115"/>
        <source>第 {n} 个检查点（{event}，审计链 {short}）</source>
        <translation>Checkpoint {n} ({event}, audit chain {short})</translation>
    </message>
    <message>
        <location filename="../../app/services/central_trail.py" line="120"/>
        <source>{cp}：{p}</source>
        <translation>{cp}: {p}</translation>
    </message>
    <message>
        <location filename="../../app/services/central_trail.py" line="123"/>
        <source>{cp}：属于项目“{item}”，不是本成绩包的项目</source>
        <translation>{cp}: belongs to item “{item}”, not to this result package&apos;s item</translation>
    </message>
    <message>
        <location filename="../../app/services/central_trail.py" line="126"/>
        <source>{cp}：audit.jsonl 第 {seq} 条已不是签名时的内容（审计记录在签名后被改写）</source>
        <translation>{cp}: entry {seq} of audit.jsonl differs from what was signed (audit records rewritten after signing)</translation>
    </message>
    <message>
        <location filename="../../app/services/central_trail.py" line="131"/>
        <source>{cp}：与 audit.jsonl 中记载的检查点不一致</source>
        <translation>{cp}: does not match the checkpoint recorded in audit.jsonl</translation>
    </message>
    <message>
        <location filename="../../app/services/central_trail.py" line="133"/>
        <source>检查点来自 {n} 个不同的赛场文件</source>
        <translation>Checkpoints come from {n} different venue files</translation>
    </message>
    <message>
        <location filename="../../app/services/central_trail.py" line="135"/>
        <source>audit.jsonl 记载的检查点与 checkpoints.jsonl 不一致（有检查点被删除或添加）</source>
        <translation>Checkpoints recorded in audit.jsonl do not match checkpoints.jsonl (checkpoints deleted or added)</translation>
    </message>
    <message>
        <location filename="../../app/services/central_trail.py" line="140"/>
        <source>没有第 {n} 版签字确认时的签名检查点</source>
        <translation>No signed checkpoint from the sign-off of version {n}</translation>
    </message>
    <message>
        <location filename="../../app/services/central_trail.py" line="142"/>
        <source>第 {n} 版的签字检查点早于 results.json 记载的审计链头</source>
        <translation>The sign-off checkpoint of version {n} is earlier than the audit chain head recorded in results.json</translation>
    </message>
    <message>
        <location filename="../../app/services/central_trail.py" line="145"/>
        <source>最后一个检查点不是本次导出（第 {n} 版）的导出检查点</source>
        <translation>The last checkpoint is not the export checkpoint of this export (version {n})</translation>
    </message>
    <message>
        <location filename="../../app/services/central_trail.py" line="183"/>
        <source>results.json 中{who}的评分记录 {id}（{crit}）在审计记录中不存在</source>
        <translation>Scoring record {id} ({crit}) of {who} in results.json does not exist in the audit records</translation>
    </message>
    <message>
        <location filename="../../app/services/central_trail.py" line="191"/>
        <source>{who}的评分记录 {id}（{crit}）的“{f}”：results.json 中为 {a}，第 {seq} 条审计记录中为 {b}</source>
        <translation>Scoring record {id} ({crit}) of {who}, “{f}”: {a} in results.json, {b} in audit record {seq}</translation>
    </message>
    <message>
        <location filename="../../app/services/central_trail.py" line="199"/>
        <source>审计记录中有 {n} 条评分记录不在 results.json 中（第一条：第 {seq} 条审计记录的评分 {id}）</source>
        <translation>{n} scoring records in the audit log are not in results.json (first: score {id} in audit record {seq})</translation>
    </message>
    <message>
        <location filename="../../app/services/central_trail.py" line="204"/>
        <source>评分记录的{what}与审计记录对不上：results.json 的“{a}”在审计记录中对应不同的行（{b} 与 {c}）</source>
        <translation>The {what} of the scoring records does not match the audit records: “{a}” in results.json corresponds to different rows in the audit records ({b} and {c})</translation>
    </message>
    <message>
        <location filename="../../app/services/central_trail.py" line="226"/>
        <source>扣分记录与审计记录不一致：{d}</source>
        <translation>Deduction records do not match the audit records: {d}</translation>
    </message>
    <message>
        <location filename="../../app/services/central_trail.py" line="227"/>
        <source>{amount} 分（{reason}，{by}）</source>
        <translation>{amount} points ({reason}, {by})</translation>
    </message>
    <message>
        <location filename="../../app/services/checkpoints.py" line="99"/>
        <source>赛场文件缺少赛场标识，无法签名检查点。请从备份恢复。</source>
        <translation>The venue file has no venue identifier, so checkpoints cannot be signed. Please restore from a backup.</translation>
    </message>
    <message>
        <location filename="../../app/services/checkpoints.py" line="181"/>
        <source>签名内容格式不正确（{err}）</source>
        <translation>Invalid signed content format ({err})</translation>
    </message>
    <message>
        <location filename="../../app/services/checkpoints.py" line="184"/>
        <source>“{f}”与签名内容不符</source>
        <translation>“{f}” does not match the signed content</translation>
    </message>
    <message>
        <location filename="../../app/services/checkpoints.py" line="187"/>
        <source>签名密钥 {k} 不是本赛场的密钥</source>
        <translation>Signing key {k} is not this venue&apos;s key</translation>
    </message>
    <message>
        <location filename="../../app/services/checkpoints.py" line="229"/>
        <source>{n} 个签名检查点完好</source>
        <translation>{n} signed checkpoints intact</translation>
    </message>
    <message>
        <location filename="../../app/services/checkpoints.py" line="243"/>
        <source>第 {id} 个签名检查点（{event}，{at}，审计链 {short}）</source>
        <translation>Signed checkpoint {id} ({event}, {at}, audit chain {short})</translation>
    </message>
    <message>
        <location filename="../../app/services/checkpoints.py" line="249"/>
        <source>属于另一个赛场文件（赛场标识不同）</source>
        <translation>Belongs to another venue file (different venue identifier)</translation>
    </message>
    <message>
        <location filename="../../app/services/checkpoints.py" line="251"/>
        <source>审计链第 {seq} 条已不是签名时的内容：审计记录在签名后被改写</source>
        <translation>Audit chain entry {seq} differs from what was signed: audit records rewritten after signing</translation>
    </message>
    <message>
        <location filename="../../app/services/checkpoints.py" line="253"/>
        <source>{what}：{p}</source>
        <translation>{what}: {p}</translation>
    </message>
    <message>
        <location filename="../../app/services/checkpoints.py" line="273"/>
        <source>第 {seq} 条审计记录（导出成绩包）之前没有导出检查点：签名检查点被删除</source>
        <translation>No export checkpoint before audit record {seq} (result package export): signed checkpoint deleted</translation>
    </message>
    <message>
        <location filename="../../app/services/checkpoints.py" line="276"/>
        <source>第 {seq} 条审计记录（{what}）没有对应的签名检查点：检查点被删除</source>
        <translation>Audit record {seq} ({what}) has no matching signed checkpoint: checkpoint deleted</translation>
    </message>
    <message>
        <location filename="../../app/services/closure.py" line="39"/>
        <source>生成赛场档案</source>
        <translation>Create venue archive</translation>
    </message>
    <message>
        <location filename="../../app/services/closure.py" line="42"/>
        <source>文件夹 {p} 不存在</source>
        <translation>Folder {p} does not exist</translation>
    </message>
    <message>
        <location filename="../../app/services/closure.py" line="77"/>
        <source>关闭赛场</source>
        <translation>Close venue</translation>
    </message>
    <message>
        <location filename="../../app/services/closure.py" line="79"/>
        <source>请先确认组委会已接收本赛场的最终版本（书面回执或组委会通知）。</source>
        <translation>First confirm that the organising committee has received this venue&apos;s final version (written receipt or committee notice).</translation>
    </message>
    <message>
        <location filename="../../app/services/closure.py" line="82"/>
        <source>本赛场已关闭。</source>
        <translation>This venue is closed.</translation>
    </message>
    <message>
        <location filename="../../app/services/closure.py" line="86"/>
        <source>最新签字版本尚未导出成绩包，不能关闭赛场。</source>
        <translation>No result package has been exported for the latest signed-off version; the venue cannot be closed.</translation>
    </message>
    <message>
        <location filename="../../app/services/closure.py" line="89"/>
        <source>请先在最后一次导出之后生成赛场档案（交组委会），再关闭赛场。</source>
        <translation>After the last export, create the venue archive (for the organising committee) before closing the venue.</translation>
    </message>
    <message>
        <location filename="../../app/services/committee.py" line="33"/>
        <source>无法读取组委会公钥文件 {p}：{err}</source>
        <translation>Cannot read organising committee public key file {p}: {err}</translation>
    </message>
    <message>
        <location filename="../../app/services/committee.py" line="51"/>
        <source>本赛场还没有组委会公钥：请裁判长在“成绩包”页导入组委会公钥文件并核对指纹（或 venuescore committee import），或用组委会的赛场设置包新建赛场文件。</source>
        <translation>This venue has no organising committee public key yet: the head judge should import the committee public key file on the “Result package” page and verify its fingerprint (or use venuescore committee import), or create a new venue file from the committee&apos;s venue setup package.</translation>
    </message>
    <message>
        <location filename="../../app/services/committee.py" line="66"/>
        <source>指纹不符：文件的指纹是 {fp}，与您输入的不同。请勿使用此文件，向组委会核实。</source>
        <translation>Fingerprint mismatch: the file&apos;s fingerprint is {fp}, which differs from what you entered. Do not use this file; check with the organising committee.</translation>
    </message>
    <message>
        <location filename="../../app/services/committee.py" line="72"/>
        <source>导入组委会公钥</source>
        <translation>Import organising committee public key</translation>
    </message>
    <message>
        <location filename="../../app/services/day.py" line="37"/>
        <source>已锁定模块 {m}</source>
        <translation>Module {m} locked</translation>
    </message>
    <message>
        <location filename="../../app/services/day.py" line="38"/>
        <source>成绩未锁定</source>
        <translation>Results not locked</translation>
    </message>
    <message>
        <location filename="../../app/services/day.py" line="43"/>
        <source>成绩未签字确认</source>
        <translation>Results not signed off</translation>
    </message>
    <message>
        <location filename="../../app/services/day.py" line="45"/>
        <source>第 {n} 版尚未导出成绩包</source>
        <translation>No result package exported yet for version {n}</translation>
    </message>
    <message>
        <location filename="../../app/services/day.py" line="47"/>
        <source>第 {n} 版尚未导出成绩包（已导出第 {e} 版）</source>
        <translation>No result package exported yet for version {n} (version {e} exported)</translation>
    </message>
    <message>
        <location filename="../../app/services/day.py" line="48"/>
        <source>第 {n} 版成绩包已导出</source>
        <translation>Result package for version {n} exported</translation>
    </message>
    <message>
        <location filename="../../app/services/demo.py" line="138"/>
        <source>演示赛场正在另一个 VenueScore 窗口中打开，请先关闭那个窗口。</source>
        <translation>The demo venue is open in another VenueScore window; please close that window first.</translation>
    </message>
    <message>
        <location filename="../../app/services/demo.py" line="201"/>
        <source>{path} 已存在，但不是完好的演示赛场文件，不会覆盖它（它可能是真实的赛场文件）。请换一个文件夹生成演示赛场；如确认是旧的演示文件，请先手动删除。</source>
        <translation>{path} already exists but is not an intact demo venue file, so it will not be overwritten (it may be a real venue file). Please create the demo venue in another folder; if you are sure it is an old demo file, delete it manually first.</translation>
    </message>
    <message>
        <location filename="../../app/services/draw_seal.py" line="109"/>
        <source>第 {id} 号抽签记录的密封内容与记录不符（{why}）：赛场文件可能被改动，请从备份恢复。</source>
        <translation>The sealed content of draw record no. {id} does not match the record ({why}): the venue file may have been altered; please restore from a backup.</translation>
    </message>
    <message>
        <location filename="../../app/services/draw_seal.py" line="116"/>
        <source>缺少密封内容或承诺值</source>
        <translation>Sealed content or commitment missing</translation>
    </message>
    <message>
        <location filename="../../app/services/draw_seal.py" line="122"/>
        <source>格式</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../app/services/draw_seal.py" line="124"/>
        <source>阶段或种子</source>
        <translation>Stage or seed</translation>
    </message>
    <message>
        <location filename="../../app/services/draw_seal.py" line="149"/>
        <source>密封的加密号与密钥重算的不同</source>
        <translation>The sealed blind code differs from the one recomputed from the key</translation>
    </message>
    <message>
        <location filename="../../app/services/draw_seal.py" line="153"/>
        <source>密封的二次加密号与密钥重算的不同</source>
        <translation>The sealed second code differs from the one recomputed from the key</translation>
    </message>
    <message>
        <location filename="../../app/services/publication.py" line="58"/>
        <source>（公示期尚未设定）</source>
        <translation>(publication period not yet set)</translation>
    </message>
    <message>
        <location filename="../../app/services/publication.py" line="60"/>
        <source>{a} 至 {b}</source>
        <translation>{a} to {b}</translation>
    </message>
    <message>
        <location filename="../../app/services/publication.py" line="96"/>
        <source>请填写公示开始和结束时间</source>
        <translation>Please enter the publication start and end times</translation>
    </message>
    <message>
        <location filename="../../app/services/publication.py" line="96"/>
        <location filename="../../app/services/publication.py" line="98"/>
        <source>公示期</source>
        <translation>Publication period</translation>
    </message>
    <message>
        <location filename="../../app/services/publication.py" line="98"/>
        <source>公示结束时间须晚于开始时间</source>
        <translation>The publication end time must be later than the start time</translation>
    </message>
    <message>
        <location filename="../../app/services/publication.py" line="100"/>
        <source>请填写申诉受理地点（将印在公示表上）</source>
        <translation>Please enter where appeals are received (printed on the results notice)</translation>
    </message>
    <message>
        <location filename="../../app/services/publication.py" line="103"/>
        <source>未知的公示列：{c}（可选：{all}）</source>
        <translation>Unknown publication column: {c} (options: {all})</translation>
    </message>
    <message>
        <location filename="../../app/services/publication.py" line="104"/>
        <location filename="../../app/services/publication.py" line="106"/>
        <source>公示列</source>
        <translation>Publication columns</translation>
    </message>
    <message>
        <location filename="../../app/services/publication.py" line="106"/>
        <source>公示表至少要有名次或奖项一列</source>
        <translation>The results notice must have at least a rank or award column</translation>
    </message>
    <message>
        <location filename="../../app/services/publication.py" line="108"/>
        <source>无法保存公示设置</source>
        <translation>Cannot save publication settings</translation>
    </message>
    <message>
        <location filename="../../app/services/publication.py" line="117"/>
        <source>设置成绩公示</source>
        <translation>Set up publication of results</translation>
    </message>
    <message>
        <location filename="../../app/services/publication_sheet.py" line="49"/>
        <source>成绩公示</source>
        <translation>Publication of results</translation>
    </message>
    <message>
        <location filename="../../app/services/publication_sheet.py" line="54"/>
        <source>（{c}）</source>
        <translation>({c})</translation>
    </message>
    <message>
        <location filename="../../app/services/publication_sheet.py" line="55"/>
        <source>公示期内对成绩有异议的，可由选手本人或领队以书面形式向仲裁组提出申诉，写明理由并附相关材料。受理地点：{w}。逾期提出的申诉将记录为逾期申诉。</source>
        <translation>Anyone disputing a result during the publication period may lodge a written appeal with the arbitration panel, either in person (contestant) or through their team leader, stating the reasons and attaching supporting material. Appeals are received at: {w}. Appeals lodged after the deadline will be recorded as late.</translation>
    </message>
    <message>
        <location filename="../../app/services/publication_sheet.py" line="57"/>
        <source>身份证号按 GB/T 35273 去标识化显示：隐去出生日期等中间 8 位。</source>
        <translation>ID numbers are shown de-identified as per GB/T 35273: the middle 8 digits, including date of birth, are hidden.</translation>
    </message>
    <message>
        <location filename="../../app/services/publication_sheet.py" line="97"/>
        <source>排名 {n} 人，获奖 {a} 人，合格 {p} 人</source>
        <translation>{n} ranked, {a} awarded, {p} passed</translation>
    </message>
    <message>
        <location filename="../../app/services/publication_sheet.py" line="100"/>
        <source>；另有 {x} 未列入</source>
        <translation>; {x} more not listed</translation>
    </message>
    <message>
        <location filename="../../app/services/publication_sheet.py" line="110"/>
        <source>没有可公示的成绩</source>
        <translation>No results to publish</translation>
    </message>
    <message>
        <location filename="../../app/services/publication_sheet.py" line="119"/>
        <source>打印成绩公示</source>
        <translation>Print results notice</translation>
    </message>
    <message>
        <location filename="../../app/services/publication_sheet.py" line="122"/>
        <source>请先设置公示期和申诉受理地点（成绩页“成绩公示”，或 venuescore publication set）。</source>
        <translation>First set the publication period and where appeals are received (“Publication of results” on the Results page, or venuescore publication set).</translation>
    </message>
    <message>
        <location filename="../../app/services/publication_sheet.py" line="126"/>
        <source>成绩尚未签字确认：公示的必须是裁判长签字确认的成绩。</source>
        <translation>Results not yet signed off: only results signed off by the head judge may be published.</translation>
    </message>
    <message>
        <location filename="../../app/services/publication_sheet.py" line="130"/>
        <source>{no:02d} {name}（{rev}）</source>
        <translation>{no:02d} {name} ({rev})</translation>
    </message>
    <message>
        <location filename="../../app/services/setup_package.py" line="137"/>
        <source>账号“{t}”格式应为 姓名:角色[:裁判编号]，角色为 检录员、裁判员 或 管理员</source>
        <translation>Account “{t}” should be in the form name:role[:judge no.], where role is check-in staff, judge or administrator</translation>
    </message>
    <message>
        <location filename="../../app/services/vault.py" line="106"/>
        <source>加密保存的密钥内容不完整。请从备份恢复赛场文件。</source>
        <translation>The encrypted key store is incomplete. Please restore the venue file from a backup.</translation>
    </message>
    <message>
        <location filename="../../app/services/vault.py" line="110"/>
        <source>赛场文件中的公钥与加密保存的密钥不符（文件可能被改动）。请从备份恢复。</source>
        <translation>The public key in the venue file does not match the encrypted key store (the file may have been altered). Please restore from a backup.</translation>
    </message>
    <message>
        <location filename="../../app/services/vault.py" line="121"/>
        <source>备份说明文件中的密钥信息不完整</source>
        <translation>Key information in the backup notes file is incomplete</translation>
    </message>
    <message>
        <location filename="../../app/services/vault.py" line="123"/>
        <source>备份说明文件中的密钥信息与加密公钥不符（文件可能被改动）</source>
        <translation>Key information in the backup notes file does not match the encryption public key (the file may have been altered)</translation>
    </message>
    <message>
        <location filename="../../app/services/vault.py" line="139"/>
        <source>尚未设置裁判长口令和赛场密钥。请裁判长先设置（“成绩包”页 → 设置口令和密钥，或 venuescore keys init）。</source>
        <translation>The head judge passphrase and venue key have not been set. The head judge should set them first (“Result package” page → Set passphrase and keys, or venuescore keys init).</translation>
    </message>
    <message>
        <location filename="../../app/services/vault.py" line="180"/>
        <source>设置裁判长口令和赛场密钥</source>
        <translation>Set head judge passphrase and venue key</translation>
    </message>
    <message>
        <location filename="../../app/services/vault.py" line="183"/>
        <source>本赛场已设置裁判长口令和密钥。修改口令请用“修改口令”，忘记口令请用恢复码。</source>
        <translation>The head judge passphrase and key are already set for this venue. To change the passphrase use “Change passphrase”; if it is forgotten, use a recovery code.</translation>
    </message>
    <message>
        <location filename="../../app/services/vault.py" line="202"/>
        <source>打开裁判长密钥</source>
        <translation>Open head judge key</translation>
    </message>
    <message>
        <location filename="../../app/services/vault.py" line="224"/>
        <source>更换赛场签名密钥</source>
        <translation>Replace venue signing key</translation>
    </message>
    <message>
        <location filename="../../app/services/vault.py" line="261"/>
        <source>“{name}”不是本赛场的裁判长账号。</source>
        <translation>“{name}” is not this venue&apos;s head judge account.</translation>
    </message>
    <message>
        <location filename="../../app/services/vault.py" line="266"/>
        <source>恢复码不正确（或已用过：每个恢复码只能用一次）。</source>
        <translation>Incorrect recovery code (or already used: each recovery code can be used only once).</translation>
    </message>
    <message>
        <location filename="../../app/services/vault.py" line="283"/>
        <source>重新生成恢复码</source>
        <translation>Regenerate recovery codes</translation>
    </message>
    <message>
        <location filename="../../app/version.py" line="38"/>
        <source>版本 {v}（构建 {c}，{d}）</source>
        <translation>Version {v} (build {c}, {d})</translation>
    </message>
    <message>
        <location filename="../../app/version.py" line="39"/>
        <source>源码运行</source>
        <translation>Running from source</translation>
    </message>
    <message>
        <location filename="../../app/version.py" line="40"/>
        <source>版本 {v}（{where}，提交 {c}）</source>
        <translation>Version {v} ({where}, commit {c})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appeals.py" line="57"/>
        <source>整个项目</source>
        <translation>Whole item</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appeals.py" line="70"/>
        <source>登记申诉…</source>
        <translation>Register appeal…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appeals.py" line="71"/>
        <source>记录仲裁决定…</source>
        <translation>Record arbitration decision…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appeals.py" line="72"/>
        <source>依申诉更正分数…</source>
        <translation>Correct scores following appeal…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appeals.py" line="73"/>
        <source>申诉被支持后：先“依申诉更正分数”，再到“成绩与奖项”页“生成新版本”签字确认，然后重新导出成绩包。驳回的申诉也请重新导出成绩包，使组委会看到仲裁结果。</source>
        <translation>Once an appeal is upheld: first use “Correct scores following appeal”, then sign off with “Create new version” on the “Results and awards” page, and export the result package again. For rejected appeals, please also re-export the result package so the organising committee can see the arbitration outcome.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="45"/>
        <source>模块代码按比较顺序，如 B,A；留空则只比较用时</source>
        <translation>Module codes in order of comparison, e.g. B,A; leave blank to compare time used only</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="46"/>
        <source>再比较用时（少者优先）</source>
        <translation>Then compare time used (less is better)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="50"/>
        <source>获奖须达到合格线</source>
        <translation>Awards require reaching the pass mark</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="51"/>
        <source>测量分由第二人盲录复核</source>
        <translation>Measurement scores double-checked by blind entry by a second person</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="57"/>
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="60"/>
        <source>按报名人数</source>
        <translation>By number registered</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="62"/>
        <source>保存设置</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="66"/>
        <source>同分比较模块</source>
        <translation>Tie-break modules</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="68"/>
        <source>优胜奖人数基数</source>
        <translation>Basis for number of merit awards</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="72"/>
        <source>竞赛时长</source>
        <translation>Competition duration</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="73"/>
        <source>工位数</source>
        <translation>Number of stations</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="74"/>
        <source>项目设置（裁判长）</source>
        <translation>Item settings (head judge)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="83"/>
        <source>添加账号…</source>
        <translation>Add account…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="84"/>
        <source>重设 PIN…</source>
        <translation>Reset PIN…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="85"/>
        <source>账号（检录员、裁判员、裁判长、管理员）</source>
        <translation>Accounts (check-in staff, judges, head judge, administrators)</translation>
    </message>
    <message>
        <location filename="../../ui/startup_check.py" line="110"/>
        <source>无法启动图形界面：缺少系统库 {libs}（Qt 的 {p} 平台插件需要）。</source>
        <translation>Cannot start the graphical interface: missing system libraries {libs} (required by Qt&apos;s {p} platform plugin).</translation>
    </message>
    <message>
        <location filename="../../ui/startup_check.py" line="114"/>
        <source>在 Debian/Ubuntu 上安装 / install with:</source>
        <translation>To install on Debian/Ubuntu / install with:</translation>
    </message>
    <message>
        <location filename="../../ui/startup_check.py" line="115"/>
        <source>完整清单见 README 的“Linux 系统库”一节 / full list: README, “Linux 系统库”.</source>
        <translation>For the full list see the “Linux system libraries” section of the README / full list: README, “Linux system libraries”.</translation>
    </message>
    <message>
        <location filename="../../ui/startup_check.py" line="126"/>
        <source>无法启动图形界面：没有图形显示（未设置 DISPLAY）。请在桌面环境中启动，或在服务器上使用命令行 venuescore …。</source>
        <translation>Cannot start the graphical interface: no graphical display (DISPLAY not set). Please start it in a desktop environment, or use the command line venuescore … on a server.</translation>
    </message>
    <message>
        <location filename="../../app/services/opening_check.py" line="93"/>
        <source>赛场文件的完整性检查未能完成（{err}）。请从备份恢复，或把文件交技术支持检查。</source>
        <translation>The integrity check of the venue file could not finish ({err}). Restore from a backup, or give the file to technical support.</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about_dialog.py" line="32"/>
        <source>关于赛场计分</source>
        <translation>About VenueScore</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="44"/>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="45"/>
        <source>构建</source>
        <translation>Build</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="45"/>
        <source>{c}，{d}</source>
        <translation>{c}, {d}</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="46"/>
        <source>源码运行（提交 {c}）</source>
        <translation>Running from source (commit {c})</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="47"/>
        <source>程序文件夹</source>
        <translation>Program folder</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="48"/>
        <source>数据文件夹</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="48"/>
        <source>{p}（演示赛场、自动备份）</source>
        <translation>{p} (demo venue, automatic backups)</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="49"/>
        <source>运行环境</source>
        <translation>Runtime environment</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="51"/>
        <source>字体</source>
        <translation>Font</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="51"/>
        <source>文泉驿微米黑（Apache-2.0 或 GPLv3 附字体例外）</source>
        <translation>WenQuanYi Micro Hei (Apache-2.0 or GPLv3 with font exception)</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="57"/>
        <source>赛场计分 VenueScore</source>
        <translation>VenueScore</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="81"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="82"/>
        <source>复制以上信息</source>
        <translation>Copy the above information</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="88"/>
        <source>程序</source>
        <translation>Program</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../ui/pages/settings.py" line="170"/>
        <source>添加账号</source>
        <translation>Add account</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="178"/>
        <source>裁判员填写，如 J1</source>
        <translation>For judges, e.g. J1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="181"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="182"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="183"/>
        <source>裁判编号</source>
        <translation>Judge no.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="184"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="27"/>
        <source>赛场计分 VenueScore</source>
        <translation>VenueScore</translation>
    </message>
</context>
<context>
    <name>AppealDialogs</name>
    <message>
        <location filename="../../ui/dialogs/appeal_dialogs.py" line="227"/>
        <source>报表</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialogs.py" line="229"/>
        <location filename="../../ui/dialogs/appeal_dialogs.py" line="234"/>
        <source>成绩公示</source>
        <translation>Publication of results</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialogs.py" line="234"/>
        <source>已生成（内容相同）：
{a}
{b}</source>
        <translation>Generated (identical content):
{a}
{b}</translation>
    </message>
</context>
<context>
    <name>AppealsPage</name>
    <message>
        <location filename="../../ui/pages/appeals.py" line="49"/>
        <source>设置公示期…</source>
        <translation>Set publication period…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appeals.py" line="50"/>
        <source>生成成绩公示（PDF 和网页）</source>
        <translation>Generate results notice (PDF and web page)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appeals.py" line="82"/>
        <source>申诉与仲裁</source>
        <translation>Appeals and arbitration</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appeals.py" line="91"/>
        <source>申诉与仲裁仅裁判长可查看和记录。</source>
        <translation>Only the head judge can view and record appeals and arbitration.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appeals.py" line="95"/>
        <source>公示期：{p}&#x3000;&#x3000;申诉受理：{w}</source>
        <translation>Publication period: {p}    Appeals received at: {w}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appeals.py" line="96"/>
        <source>（未设定）</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appeals.py" line="101"/>
        <source>&#x3000;&#x3000;● 申诉记录在最近一次导出后有变化，请重新导出成绩包</source>
        <translation>    ● Appeal records have changed since the last export; please export the result package again</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appeals.py" line="115"/>
        <source>选择一条申诉查看详情。</source>
        <translation>Select an appeal to view details.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appeals.py" line="117"/>
        <source>{n}：{who}，{at} 提交{late}</source>
        <translation>{n}: {who}, submitted {at}{late}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appeals.py" line="119"/>
        <source>（逾期）</source>
        <translation> (late)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appeals.py" line="120"/>
        <source>附件：{name}（SHA-256 {h}）</source>
        <translation>Attachment: {name} (SHA-256 {h})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appeals.py" line="122"/>
        <source>仲裁：{o}，{at}；理由：{r}；仲裁组：{p}</source>
        <translation>Arbitration: {o}, {at}; reasons: {r}; arbitration panel: {p}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appeals.py" line="126"/>
        <source>更正：</source>
        <translation>Corrections:</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../ui/pages/audit.py" line="64"/>
        <source>审计与备份</source>
        <translation>Audit and backup</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="70"/>
        <source>U 盘备份文件夹：{f}</source>
        <translation>USB drive backup folder: {f}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="70"/>
        <source>未设置</source>
        <translation>Not set</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="83"/>
        <source>已备份到 {n} 处。</source>
        <translation>Backed up to {n} locations.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="91"/>
        <source>选择 U 盘上的备份文件夹</source>
        <translation>Select the backup folder on the USB drive</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="99"/>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="99"/>
        <source>请先选择一个备份。</source>
        <translation>Please select a backup first.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="105"/>
        <source>备份有问题</source>
        <translation>Problem with backup</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="107"/>
        <source>恢复备份</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="108"/>
        <source>用 {t} 的备份（{r}）替换当前赛场文件？当前文件会另存一份，不会删除；恢复记录写入恢复后的文件。恢复后需重新登录。请裁判长或管理员输入 PIN 确认：</source>
        <translation>Replace the current venue file with the backup from {t} ({r})? The current file will be saved separately, not deleted; the restore is recorded in the restored file. You will need to log in again after restoring. Head judge or administrator, enter your PIN to confirm:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="115"/>
        <source>恢复加密的 U 盘备份</source>
        <translation>Restore encrypted USB drive backup</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="116"/>
        <source>U 盘上的备份已加密，请裁判长输入口令：</source>
        <translation>The backup on the USB drive is encrypted. Head judge, please enter your passphrase:</translation>
    </message>
</context>
<context>
    <name>CardView</name>
    <message>
        <location filename="../../ui/pages/checkin.py" line="62"/>
        <source>报名号</source>
        <translation>Registration no.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="62"/>
        <source>组别</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="62"/>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="63"/>
        <source>单位/学校</source>
        <translation>Organisation/school</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="64"/>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="64"/>
        <source>资格审核</source>
        <translation>Eligibility check</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="64"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="65"/>
        <source>工位号</source>
        <translation>Station</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="75"/>
        <source>请扫描证件或输入号码</source>
        <translation>Scan the ID document or enter the number</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="79"/>
        <source>（补报）</source>
        <translation>(late registration)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="82"/>
        <source>不分组</source>
        <translation>No groups</translation>
    </message>
</context>
<context>
    <name>CentralWindow</name>
    <message>
        <location filename="../../ui/central_window.py" line="272"/>
        <source>选择一个成绩包查看核验结果。</source>
        <translation>Select a result package to view the verification results.</translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="274"/>
        <source>{item} 第 {rev} 版：{status}。签字：{by}；导出：{at}</source>
        <translation>{item} version {rev}: {status}. Signed off by: {by}; exported: {at}</translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="277"/>
        <source>；本版理由：{r}</source>
        <translation>; reason for this version: {r}</translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="279"/>
        <source>；被取代：{r}</source>
        <translation>; superseded: {r}</translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="281"/>
        <source>；警告已由 {n} 确认</source>
        <translation>; warnings acknowledged by {n}</translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="283"/>
        <source>；已由 {n} 撤回：{r}</source>
        <translation>; withdrawn by {n}: {r}</translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="289"/>
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="289"/>
        <source>请先填写经办人姓名。</source>
        <translation>Please enter the name of the person handling this first.</translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="301"/>
        <source>选择成绩包</source>
        <translation>Select result package</translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="302"/>
        <source>成绩包 (*.zip.age *.zip);;所有文件 (*)</source>
        <translation>Result packages (*.zip.age *.zip);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="308"/>
        <source>导入加密的成绩包</source>
        <translation>Import encrypted result package</translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="308"/>
        <source>组委会加密密钥口令：</source>
        <translation>Organising committee encryption key passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="325"/>
        <source>正在核验成绩包…</source>
        <translation>Verifying result package…</translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="329"/>
        <source>拒绝：</source>
        <translation>Rejected:</translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="331"/>
        <source>导入结果</source>
        <translation>Import results</translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="334"/>
        <source>{n} 个文件：拒绝 {r} 个</source>
        <translation>{n} files: {r} rejected</translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="344"/>
        <source>接收</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="344"/>
        <location filename="../../ui/central_window.py" line="373"/>
        <source>请先在收件箱中选择一个成绩包。</source>
        <translation>Please select a result package in the inbox first.</translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="349"/>
        <source>确认警告</source>
        <translation>Acknowledge warnings</translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="350"/>
        <source>{item} 第 {rev} 版有 {n} 项警告：
{text}

经办人 {by} 确认已知悉并接收？</source>
        <translation>{item} version {rev} has {n} warnings:
{text}

Does {by} (handling) confirm being aware of them and accept the package?</translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="362"/>
        <source>撤回成绩包</source>
        <translation>Withdraw result package</translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="363"/>
        <source>撤回 {item} 第 {rev} 版（{status}）：它将不再计入汇总结果，它取代的上一版重新生效。可随时恢复。
撤回理由：</source>
        <translation>Withdraw {item} version {rev} ({status}): it will no longer count towards the combined results, and the previous version it superseded becomes valid again. It can be reinstated at any time.
Reason for withdrawal:</translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="367"/>
        <source>恢复成绩包</source>
        <translation>Restore result package</translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="367"/>
        <source>恢复 {item} 第 {rev} 版（{status}）。
恢复理由：</source>
        <translation>Reinstate {item} version {rev} ({status}).
Reason for reinstatement:</translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="401"/>
        <source>已登记</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="401"/>
        <source>{label}
指纹：{fp}</source>
        <translation>{label}
Fingerprint: {fp}</translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="408"/>
        <source>组委会证书密钥</source>
        <translation>Organising committee certificate key</translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="408"/>
        <source>公钥：{line}
指纹：{fp}</source>
        <translation>Public key: {line}
Fingerprint: {fp}</translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="414"/>
        <location filename="../../ui/central_window.py" line="418"/>
        <source>生成组委会证书密钥</source>
        <translation>Generate the organising committee certificate key</translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="414"/>
        <source>口令（至少 8 个字符）：</source>
        <translation>Passphrase (at least 8 characters):</translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="418"/>
        <source>再输入一次：</source>
        <translation>Enter again:</translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="427"/>
        <source>保存 {t}</source>
        <translation>Save {t}</translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="432"/>
        <source>组委会证书密钥口令：</source>
        <translation>Organising committee certificate key passphrase: </translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="441"/>
        <source>正在生成…</source>
        <translation>Generating…</translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="451"/>
        <source>荣誉证书</source>
        <translation>Certificates of honour</translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="452"/>
        <source>以下项目有待仲裁的申诉，荣誉证书暂未打印；仲裁后赛场重新导出成绩包即可：
{i}</source>
        <translation>The following items have appeals awaiting arbitration, so their certificates of honour have not been printed yet; once arbitration is complete and the venue re-exports its result package, they can be printed:
{i}</translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="456"/>
        <source>报表</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="458"/>
        <source>正在生成报表…</source>
        <translation>Generating report…</translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="475"/>
        <source>打开或新建组委会汇总数据库</source>
        <translation>Open or create organising committee summary database</translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="475"/>
        <source>汇总数据库 (*.sqlite)</source>
        <translation>Summary databases (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="448"/>
        <source>已保存 {p}（{n} 条）</source>
        <translation>Saved {p} ({n} records)</translation>
    </message>
</context>
<context>
    <name>CheckinPage</name>
    <message>
        <location filename="../../ui/pages/checkin.py" line="213"/>
        <source>检录</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="231"/>
        <source>检录页面仅限检录员和裁判长使用。</source>
        <translation>The check-in page is only for check-in staff and the head judge.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="365"/>
        <source>请核对证件，按回车或空格确认检录</source>
        <translation>Check the ID document, then press Enter or Space to confirm check-in</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="367"/>
        <source>该选手已是“{s}”</source>
        <translation>This contestant is already “{s}”</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="372"/>
        <source>请先扫描证件或输入号码</source>
        <translation>Please scan the ID document or enter the number first</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="376"/>
        <source>，工位号 {s}</source>
        <translation>, station {s}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="377"/>
        <source>{name} 已检录{station}</source>
        <translation>{name} checked in{station}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="382"/>
        <source>{name} 已登记缺考</source>
        <translation>{name} recorded as absent</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="387"/>
        <source>{name} 已登记弃权</source>
        <translation>{name} recorded as withdrew</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="393"/>
        <source>请先选择一名已登记状态的选手</source>
        <translation>Please first select a contestant with a recorded status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="396"/>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="396"/>
        <source>撤销 {name} 的“{s}”，原因：</source>
        <translation>Undo “{s}” for {name}; reason:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="401"/>
        <source>已撤销，{name} 恢复为未检录</source>
        <translation>Undone; {name} is back to not checked in</translation>
    </message>
</context>
<context>
    <name>CommitteeBox</name>
    <message>
        <location filename="../../ui/pages/package_committee.py" line="25"/>
        <source>组委会公钥（成绩包和 U 盘备份加密给组委会）</source>
        <translation>Organising committee public key (result packages and USB drive backups are encrypted for the organising committee)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package_committee.py" line="28"/>
        <source>导入组委会公钥…</source>
        <translation>Import organising committee public key…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package_committee.py" line="29"/>
        <source>生成赛场档案…</source>
        <translation>Create venue archive…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package_committee.py" line="30"/>
        <source>比赛结束、组委会接收最终版本后：整个赛场文件只加密给组委会</source>
        <translation>After the competition, once the organising committee has received the final version: encrypt the whole venue file for the organising committee only</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package_committee.py" line="31"/>
        <source>关闭赛场…</source>
        <translation>Close venue…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package_committee.py" line="32"/>
        <source>组委会接收最终版本并生成赛场档案后：清除本机的姓名、身份证号和手机号</source>
        <translation>Once the organising committee has received the final version and the venue archive has been created: purge names, ID numbers and mobile numbers from this computer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package_committee.py" line="38"/>
        <source>尚未导入。导出成绩包前，请导入组委会公钥文件，并对照组委会书面通知核对指纹。</source>
        <translation>Not yet imported. Before exporting result packages, import the organising committee public key file and check its fingerprint against the committee&apos;s written notice.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package_committee.py" line="41"/>
        <source>指纹：{fp}（成绩包加密给组委会和本赛场裁判长）</source>
        <translation>Fingerprint: {fp} (result packages are encrypted for the organising committee and this venue&apos;s head judge)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package_committee.py" line="48"/>
        <location filename="../../ui/pages/package_committee.py" line="53"/>
        <location filename="../../ui/pages/package_committee.py" line="64"/>
        <source>关闭赛场</source>
        <translation>Close venue</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package_committee.py" line="49"/>
        <source>组委会已书面确认接收本赛场的最终版本，且赛场档案已交组委会？

关闭后，本机赛场文件和本机备份中的姓名、身份证号和手机号将被清除，不能恢复；成绩、加密号和审计记录保留并可核验。</source>
        <translation>Has the organising committee confirmed in writing that it has received this venue&apos;s final version, and has the venue archive been handed to the committee?

After closing, names, ID numbers and mobile numbers will be purged from the venue file and backups on this computer and cannot be recovered; results, blind codes and audit records are kept and remain verifiable.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package_committee.py" line="53"/>
        <source>裁判长口令：</source>
        <translation>Head judge passphrase: </translation>
    </message>
    <message>
        <location filename="../../ui/pages/package_committee.py" line="65"/>
        <source>赛场已关闭：姓名、身份证号和手机号已清除（{n} 条审计记录，签名记录在案），删除本机备份 {b} 个。</source>
        <translation>Venue closed: names, ID numbers and mobile numbers purged ({n} audit records, signature on record); {b} local backups deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package_committee.py" line="70"/>
        <source>选择赛场档案的保存位置（如 U 盘）</source>
        <translation>Choose where to save the venue archive (e.g. a USB drive)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package_committee.py" line="80"/>
        <source>赛场档案</source>
        <translation>Venue archive</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package_committee.py" line="81"/>
        <source>已写出赛场档案：{p}
只有组委会能解密。请交组委会存档；然后按组委会要求从本机删除赛场文件和本机备份。</source>
        <translation>Venue archive written: {p}
Only the organising committee can decrypt it. Please hand it to the committee for archiving, then delete the venue file and local backups from this computer as the committee requires.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package_committee.py" line="85"/>
        <source>选择组委会公钥文件</source>
        <translation>Select organising committee public key file</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package_committee.py" line="86"/>
        <source>组委会公钥文件 (*.txt);;所有文件 (*)</source>
        <translation>Organising committee public key file (*.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package_committee.py" line="94"/>
        <source>核对组委会公钥指纹</source>
        <translation>Verify organising committee public key fingerprint</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package_committee.py" line="95"/>
        <source>本文件的指纹：{fp}

请对照组委会书面通知上印的指纹逐位核对，并在下面输入通知上的指纹（16 位，空格可省略）。不一致时请勿导入，向组委会核实。</source>
        <translation>This file&apos;s fingerprint: {fp}

Check it character by character against the fingerprint printed on the organising committee&apos;s written notice, and enter the fingerprint from the notice below (16 characters, spaces optional). If they do not match, do not import; check with the organising committee.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package_committee.py" line="108"/>
        <source>组委会公钥</source>
        <translation>Organising committee public key</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package_committee.py" line="108"/>
        <source>已导入组委会公钥（指纹 {fp}）。</source>
        <translation>Organising committee public key imported (fingerprint {fp}).</translation>
    </message>
</context>
<context>
    <name>ContestantDialog</name>
    <message>
        <location filename="../../ui/dialogs/contestant_form.py" line="38"/>
        <source>添加选手</source>
        <translation>Add contestant</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contestant_form.py" line="38"/>
        <source>编辑选手</source>
        <translation>Edit contestant</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contestant_form.py" line="65"/>
        <source>未填写</source>
        <translation>Not entered</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contestant_form.py" line="66"/>
        <source>50（原 50 岁退休，工人）</source>
        <translation>50 (formerly retirement at 50, workers)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contestant_form.py" line="67"/>
        <source>55（原 55 岁退休，干部）</source>
        <translation>55 (formerly retirement at 55, officials)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contestant_form.py" line="46"/>
        <source>检录开始后补报选手时必填</source>
        <translation>Required for contestants registered after check-in has started</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contestant_form.py" line="48"/>
        <source>补报原因</source>
        <translation>Reason for late entry</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contestant_form.py" line="49"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contestant_form.py" line="49"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CorrectForAppealDialog</name>
    <message>
        <location filename="../../ui/dialogs/appeal_dialogs.py" line="189"/>
        <source>依{n}更正分数</source>
        <translation>Correct scores following {n}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialogs.py" line="193"/>
        <source>评分细则代码，如 A1</source>
        <translation>Marking scheme code, e.g. A1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialogs.py" line="196"/>
        <source>评价分：哪位裁判的（测量分留空）</source>
        <translation>Judgement score: which judge&apos;s (leave blank for measurement)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialogs.py" line="199"/>
        <source>加密号</source>
        <translation>Blind code</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialogs.py" line="200"/>
        <source>评分细则</source>
        <translation>Criterion details</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialogs.py" line="201"/>
        <source>更正后的分数</source>
        <translation>Corrected score</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialogs.py" line="202"/>
        <source>裁判</source>
        <translation>Judge</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialogs.py" line="203"/>
        <source>更正说明</source>
        <translation>Correction note</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialogs.py" line="205"/>
        <source>更正</source>
        <translation>Correct</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialogs.py" line="205"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../ui/dialogs/scoring_dialogs.py" line="36"/>
        <source>更正分数</source>
        <translation>Correct score</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scoring_dialogs.py" line="40"/>
        <source>加密号</source>
        <translation>Blind code</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scoring_dialogs.py" line="41"/>
        <source>评分项</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scoring_dialogs.py" line="57"/>
        <source>现值</source>
        <translation>Current value</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scoring_dialogs.py" line="51"/>
        <location filename="../../ui/dialogs/scoring_dialogs.py" line="57"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scoring_dialogs.py" line="51"/>
        <source>现值（全体裁判）</source>
        <translation>Current values (all judges)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scoring_dialogs.py" line="52"/>
        <source>更正哪位裁判</source>
        <translation>Judge to correct</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scoring_dialogs.py" line="53"/>
        <source>该裁判现值</source>
        <translation>This judge&apos;s current value</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scoring_dialogs.py" line="59"/>
        <source>0–3 的整数</source>
        <translation>Whole number 0–3</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scoring_dialogs.py" line="59"/>
        <source>测量分</source>
        <translation>Measurement score</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scoring_dialogs.py" line="60"/>
        <source>更正为</source>
        <translation>Correct to</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scoring_dialogs.py" line="62"/>
        <source>必填：为什么更正（如“复议后统一意见”）</source>
        <translation>Required: why the correction is made (e.g. “Agreed after reconsideration”)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scoring_dialogs.py" line="64"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scoring_dialogs.py" line="65"/>
        <source>保存更正</source>
        <translation>Save correction</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scoring_dialogs.py" line="72"/>
        <source>请填写更正原因</source>
        <translation>Please enter the reason for the correction</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <location filename="../../ui/dialogs/secret.py" line="48"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/secret.py" line="49"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
</context>
<context>
    <name>CriterionDialog</name>
    <message>
        <location filename="../../ui/pages/scheme.py" line="49"/>
        <source>编辑评分项</source>
        <translation>Edit criterion</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scheme.py" line="49"/>
        <source>添加评分项</source>
        <translation>Add criterion</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scheme.py" line="56"/>
        <source>M 测量</source>
        <translation>M Measurement</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scheme.py" line="57"/>
        <source>J 评价</source>
        <translation>J Judgement</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scheme.py" line="68"/>
        <source>评分项编号</source>
        <translation>Criterion no.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scheme.py" line="68"/>
        <source>模块</source>
        <translation>Module</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scheme.py" line="69"/>
        <source>模块名称</source>
        <translation>Module name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scheme.py" line="69"/>
        <source>评分项描述</source>
        <translation>Criterion description</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scheme.py" line="70"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scheme.py" line="70"/>
        <source>分值</source>
        <translation>Marks</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scheme.py" line="71"/>
        <source>裁判人数（评价）</source>
        <translation>Number of judges (judgement)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scheme.py" line="74"/>
        <source>{n} 分描述</source>
        <translation>Description for {n} points</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scheme.py" line="81"/>
        <source>分值不是有效数字</source>
        <translation>Mark is not a valid number</translation>
    </message>
</context>
<context>
    <name>DecideDialog</name>
    <message>
        <location filename="../../ui/dialogs/appeal_dialogs.py" line="159"/>
        <source>记录仲裁组决定：{n}</source>
        <translation>Record arbitration panel decision: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialogs.py" line="167"/>
        <source>仲裁组成员姓名，用顿号或逗号分隔（必填）</source>
        <translation>Names of arbitration panel members, separated by commas (required)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialogs.py" line="170"/>
        <source>申诉</source>
        <translation>Appeals</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialogs.py" line="171"/>
        <source>仲裁结果</source>
        <translation>Arbitration outcome</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialogs.py" line="172"/>
        <source>仲裁理由</source>
        <translation>Reasons for the arbitration decision</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialogs.py" line="173"/>
        <source>仲裁组成员</source>
        <translation>Arbitration panel members</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialogs.py" line="174"/>
        <source>决定时间</source>
        <translation>Decision time</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialogs.py" line="176"/>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialogs.py" line="176"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DrawPage</name>
    <message>
        <location filename="../../ui/pages/draw.py" line="130"/>
        <source>抽签与加密</source>
        <translation>Draw and blind codes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="147"/>
        <source>重新抽签</source>
        <translation>Redo draw</translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="147"/>
        <location filename="../../ui/pages/draw.py" line="225"/>
        <source>抽签</source>
        <translation>Draw</translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="160"/>
        <source>尚未抽签。检录完成后，由裁判长输入至少两个见证值进行抽签。</source>
        <translation>No draw yet. After check-in is complete, the head judge enters at least two witness values to carry out the draw.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="161"/>
        <source>已公布（{at}）</source>
        <translation>Published ({at})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="162"/>
        <source>未公布</source>
        <translation>Not published</translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="163"/>
        <source>第 {id} 号抽签记录：{at}，{who}；{alg}；见证值 {w}；{n} 人，工位 {s} 个；{state}</source>
        <translation>Draw record no. {id}: {at}, {who}; {alg}; witness values {w}; {n} contestants, {s} stations; {state}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="166"/>
        <source>种子：{seed}（由见证值和名单算出，任何人可复核）</source>
        <translation>Seed: {seed} (calculated from the witness values and the list; anyone can verify it)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="170"/>
        <source>加密号已密封在赛场文件中，仅裁判长凭口令可见；解密时揭示密钥，任何人可按承诺值核对。</source>
        <translation>Blind codes are sealed in the venue file and visible only to the head judge with the passphrase; on decryption the key is revealed and anyone can check it against the commitment.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="172"/>
        <source>⚠ {n} 位迟到选手的加密号尚未发给评分组：请裁判长打开密封对照表（输入口令）。</source>
        <translation>⚠ The blind codes of {n} late contestants have not yet been given to the scoring team: head judge, please open the sealed code table (enter your passphrase).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="175"/>
        <source>重新抽签原因：{r}</source>
        <translation>Reason for redoing the draw: {r}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="177"/>
        <source>迟到补签 {n} 人（按“最小空闲工位”规则）</source>
        <translation>{n} late contestants added to the draw (by the “lowest free station” rule)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="179"/>
        <source>已二次加密的模块：{m}</source>
        <translation>Modules with second codes: {m}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="222"/>
        <source>用见证值 {w} 抽签？抽签结果将被记录，不能删除。</source>
        <translation>Carry out the draw with witness values {w}? The result will be recorded and cannot be deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="224"/>
        <source>重新抽签将作废第 {id} 号抽签并记录原因。</source>
        <translation>Redoing the draw will void draw no. {id} and record the reason.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="237"/>
        <source>公布结果</source>
        <translation>Announce result</translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="238"/>
        <source>公布后，更换工位须由裁判长填写原因办理。现在公布？</source>
        <translation>After publication, any change of station must be handled by the head judge with a reason. Publish now?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="248"/>
        <source>尚无抽签记录</source>
        <translation>No draw records yet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="253"/>
        <source>全部 {n} 条抽签记录与重算结果一致</source>
        <translation>All {n} draw records match the recomputed results</translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="254"/>
        <source>抽签记录与重算结果不一致！</source>
        <translation>Draw records do not match the recomputed results!</translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="266"/>
        <location filename="../../ui/pages/draw.py" line="270"/>
        <location filename="../../ui/pages/draw.py" line="274"/>
        <source>更换工位</source>
        <translation>Change station</translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="266"/>
        <source>选手报名号：</source>
        <translation>Contestant registration no.:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="270"/>
        <source>新工位号（须为空闲工位）：</source>
        <translation>New station (must be free):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="274"/>
        <source>原因：</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="284"/>
        <source>打开密封对照表</source>
        <translation>Open sealed code table</translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="285"/>
        <source>选手与加密号对照表是密封的。请裁判长输入口令（旁人回避）：</source>
        <translation>The table of contestants and blind codes is sealed. Head judge, please enter your passphrase (others should look away):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="328"/>
        <source>已保存：{p}</source>
        <translation>Saved: {p}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="332"/>
        <source>正在生成 PDF…</source>
        <translation>Generating PDF…</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../ui/about_dialog.py" line="101"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="102"/>
        <source>关于赛场计分(&amp;A)…</source>
        <translation>&amp;About VenueScore…</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="108"/>
        <source>使用指南(&amp;G)…</source>
        <translation>User &amp;Guide…</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="112"/>
        <source>快捷键一览(&amp;K)…</source>
        <translation>&amp;Keyboard Shortcuts…</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="118"/>
        <source>界面语言 Language(&amp;L)…</source>
        <translation>&amp;Language / 界面语言…</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="70"/>
        <source>使用指南</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="70"/>
        <source>本安装中没有使用指南 PDF。请用 scripts/make_guide.py 生成，或查看 docs/guide/ 文件夹。</source>
        <translation>This installation has no user guide PDF. Generate it with scripts/make_guide.py, or see the docs/guide/ folder.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../ui/language.py" line="65"/>
        <source>界面语言 / Language</source>
        <translation>Language / 界面语言</translation>
    </message>
    <message>
        <location filename="../../ui/language.py" line="66"/>
        <source>界面语言（重新启动后生效）：</source>
        <translation>Interface language (applies after a restart):</translation>
    </message>
    <message>
        <location filename="../../ui/language.py" line="74"/>
        <source>已保存。请关闭并重新启动赛场计分，界面将使用 {name}。</source>
        <translation>Saved. Close and restart VenueScore to use {name}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="47"/>
        <source>{item} — 赛场计分 VenueScore</source>
        <translation>{item} — VenueScore</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="51"/>
        <source>竞赛项目：{item}&#x3000;&#x3000;承办单位：{host}&#x3000;&#x3000;比赛日期：{date}&#x3000;&#x3000;地点：{place}&#x3000;&#x3000;裁判长：{head}</source>
        <translation>Item: {item}    Host: {host}    Date: {date}    Venue: {place}    Head judge: {head}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="60"/>
        <source>组别：{g}</source>
        <translation>Group: {g}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="61"/>
        <source>正在核验场地文件…（核验通过前不能保存任何修改）</source>
        <translation>Verifying the venue file… (no change can be saved until it has passed)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="137"/>
        <source>场地文件核验通过。</source>
        <translation>The venue file passed its verification.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="255"/>
        <source>有未保存的输入</source>
        <translation>Unsaved input</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="256"/>
        <source>评分表中有一个值未能保存（原因见表下方的红字）。仍然关闭并放弃这个值吗？</source>
        <translation>A value in the scoring table could not be saved (see the red text below the table for the reason). Close anyway and discard this value?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="276"/>
        <source>已恢复；原文件另存为 {k}</source>
        <translation>Restored; original file saved as {k}</translation>
    </message>
</context>
<context>
    <name>NewVenueDialog</name>
    <message>
        <location filename="../../ui/new_venue_dialog.py" line="39"/>
        <source>新建赛场文件</source>
        <translation>Create a venue file</translation>
    </message>
    <message>
        <location filename="../../ui/new_venue_dialog.py" line="49"/>
        <source>不分组请留空；多个组用顿号或逗号分隔，如：职工组、学生组</source>
        <translation>Leave blank if there are no groups; separate multiple groups with commas, e.g. Workers, Students</translation>
    </message>
    <message>
        <location filename="../../ui/new_venue_dialog.py" line="58"/>
        <source>至少 10 个字符、两类字符，如：江南职校2026年LED赛</source>
        <translation>At least 10 characters of two types, e.g. Jiangnan Vocational School 2026 LED contest</translation>
    </message>
    <message>
        <location filename="../../ui/new_venue_dialog.py" line="66"/>
        <source>没有设置包可留空，按下面各项手工新建</source>
        <translation>Leave blank if you have no setup package, and create manually using the fields below</translation>
    </message>
    <message>
        <location filename="../../ui/new_venue_dialog.py" line="67"/>
        <source>选择设置包…</source>
        <translation>Select setup package…</translation>
    </message>
    <message>
        <location filename="../../ui/new_venue_dialog.py" line="75"/>
        <source>输入组委会书面通知上印的指纹（16 位）</source>
        <translation>Enter the fingerprint printed on the organising committee&apos;s written notice (16 characters)</translation>
    </message>
    <message>
        <location filename="../../ui/new_venue_dialog.py" line="77"/>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/new_venue_dialog.py" line="83"/>
        <source>组委会设置包</source>
        <translation>Organising committee setup package</translation>
    </message>
    <message>
        <location filename="../../ui/new_venue_dialog.py" line="85"/>
        <source>组委会公钥指纹</source>
        <translation>Organising committee public key fingerprint</translation>
    </message>
    <message>
        <location filename="../../ui/new_venue_dialog.py" line="86"/>
        <source>竞赛项目</source>
        <translation>Competition item</translation>
    </message>
    <message>
        <location filename="../../ui/new_venue_dialog.py" line="87"/>
        <source>承办单位</source>
        <translation>Host organisation</translation>
    </message>
    <message>
        <location filename="../../ui/new_venue_dialog.py" line="88"/>
        <source>组别</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/new_venue_dialog.py" line="89"/>
        <source>比赛日期</source>
        <translation>Competition date</translation>
    </message>
    <message>
        <location filename="../../ui/new_venue_dialog.py" line="90"/>
        <source>比赛地点</source>
        <translation>Competition location</translation>
    </message>
    <message>
        <location filename="../../ui/new_venue_dialog.py" line="91"/>
        <source>裁判长</source>
        <translation>Head judge</translation>
    </message>
    <message>
        <location filename="../../ui/new_venue_dialog.py" line="92"/>
        <source>裁判长 PIN</source>
        <translation>Head judge PIN</translation>
    </message>
    <message>
        <location filename="../../ui/new_venue_dialog.py" line="93"/>
        <source>再次输入 PIN</source>
        <translation>Enter PIN again</translation>
    </message>
    <message>
        <location filename="../../ui/new_venue_dialog.py" line="94"/>
        <source>裁判长口令</source>
        <translation>Head judge passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/new_venue_dialog.py" line="95"/>
        <source>再次输入口令</source>
        <translation>Enter passphrase again</translation>
    </message>
    <message>
        <location filename="../../ui/new_venue_dialog.py" line="96"/>
        <source>PIN 用于日常登录；口令保护加密号对照和赛场签名密钥，锁定、解密和导出时输入。</source>
        <translation>The PIN is for everyday login; the passphrase protects the blind code table and the venue signing key, and is entered when locking, decrypting and exporting.</translation>
    </message>
    <message>
        <location filename="../../ui/new_venue_dialog.py" line="99"/>
        <source>保存为</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location filename="../../ui/new_venue_dialog.py" line="100"/>
        <source>创建</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../../ui/new_venue_dialog.py" line="100"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/new_venue_dialog.py" line="111"/>
        <source>保存赛场文件</source>
        <translation>Save venue file</translation>
    </message>
    <message>
        <location filename="../../ui/new_venue_dialog.py" line="112"/>
        <source>赛场文件 (*.venue)</source>
        <translation>Venue files (*.venue)</translation>
    </message>
    <message>
        <location filename="../../ui/new_venue_dialog.py" line="117"/>
        <source>选择组委会的赛场设置包</source>
        <translation>Select the organising committee&apos;s venue setup package</translation>
    </message>
    <message>
        <location filename="../../ui/new_venue_dialog.py" line="118"/>
        <source>赛场设置包 (*.zip)</source>
        <translation>Venue setup packages (*.zip)</translation>
    </message>
    <message>
        <location filename="../../ui/new_venue_dialog.py" line="130"/>
        <source>设置包中的组委会公钥指纹：{fp}。请与组委会书面通知逐位核对，并在下面输入通知上的指纹。</source>
        <translation>Organising committee public key fingerprint in the setup package: {fp}. Check it character by character against the committee&apos;s written notice, and enter the fingerprint from the notice below.</translation>
    </message>
    <message>
        <location filename="../../ui/new_venue_dialog.py" line="145"/>
        <source>两次输入的 PIN 不一致</source>
        <translation>The two PINs do not match</translation>
    </message>
    <message>
        <location filename="../../ui/new_venue_dialog.py" line="170"/>
        <source>两次输入的口令不一致</source>
        <translation>The two passphrases do not match</translation>
    </message>
</context>
<context>
    <name>PackagePage</name>
    <message>
        <location filename="../../ui/pages/package.py" line="73"/>
        <source>成绩包</source>
        <translation>Result package</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package.py" line="179"/>
        <source>另存公钥文件</source>
        <translation>Save public key file as</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package.py" line="184"/>
        <source>无法保存：{e}</source>
        <translation>Cannot save: {e}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package.py" line="186"/>
        <source>赛场公钥文件</source>
        <translation>Venue public key file</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../ui/dialogs/secret.py" line="25"/>
        <source>裁判长口令（不是 PIN）</source>
        <translation>Head judge passphrase (not the PIN)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/secret.py" line="26"/>
        <source>裁判长口令</source>
        <translation>Head judge passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase.py" line="20"/>
        <source>打开</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../ui/dialogs/pdf_preview.py" line="53"/>
        <source>打印预览 - {name}</source>
        <translation>Print preview - {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pdf_preview.py" line="158"/>
        <source>（空文件）</source>
        <translation>(empty file)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pdf_preview.py" line="161"/>
        <source>第 {n} 页 / 共 {total} 页</source>
        <translation>Page {n} of {total}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pdf_preview.py" line="180"/>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pdf_preview.py" line="197"/>
        <source>正在打印…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pdf_preview.py" line="197"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PublicationDialog</name>
    <message>
        <location filename="../../ui/dialogs/appeal_dialogs.py" line="68"/>
        <source>成绩公示设置</source>
        <translation>Results publication settings</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialogs.py" line="74"/>
        <source>如：实训楼 1 楼 赛务办公室</source>
        <translation>e.g. Competition office, ground floor, Training Building</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialogs.py" line="82"/>
        <source>公示开始</source>
        <translation>Publication start</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialogs.py" line="83"/>
        <source>公示结束</source>
        <translation>Publication ends</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialogs.py" line="84"/>
        <source>申诉受理地点</source>
        <translation>Where appeals are received</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialogs.py" line="85"/>
        <source>受理人及电话</source>
        <translation>Contact person and phone</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialogs.py" line="86"/>
        <source>公示列</source>
        <translation>Publication columns</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialogs.py" line="88"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialogs.py" line="88"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RecordAppealDialog</name>
    <message>
        <location filename="../../ui/dialogs/appeal_dialogs.py" line="101"/>
        <source>登记申诉</source>
        <translation>Register an appeal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialogs.py" line="107"/>
        <source>加密号；解密后可填选手姓名或报名号；领队填姓名</source>
        <translation>Blind code; after decryption, contestant name or registration no. can be entered; for team leaders enter the name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialogs.py" line="109"/>
        <source>领队所在单位（领队申诉必填）</source>
        <translation>Team leader&apos;s organisation (required for appeals by team leaders)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialogs.py" line="111"/>
        <source>涉及的选手（加密号、姓名或报名号）；空 = 整个项目</source>
        <translation>Contestants concerned (blind code, name or registration no.); blank = whole item</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialogs.py" line="113"/>
        <source>（不限）</source>
        <translation>(any)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialogs.py" line="122"/>
        <source>添加附件（只记录文件名和哈希）…</source>
        <translation>Add attachment (only file name and hash are recorded)…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialogs.py" line="125"/>
        <source>申诉人类别</source>
        <translation>Appellant type</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialogs.py" line="126"/>
        <source>申诉人</source>
        <translation>Appellant</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialogs.py" line="127"/>
        <source>申诉人单位</source>
        <translation>Appellant&apos;s organisation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialogs.py" line="128"/>
        <source>涉及选手</source>
        <translation>Contestant concerned</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialogs.py" line="129"/>
        <source>组别</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialogs.py" line="130"/>
        <source>提交时间</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialogs.py" line="131"/>
        <source>申诉理由</source>
        <translation>Grounds for appeal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialogs.py" line="132"/>
        <source>附件</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialogs.py" line="135"/>
        <source>登记</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialogs.py" line="135"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialogs.py" line="139"/>
        <source>选择附件</source>
        <translation>Select attachment</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <location filename="../../ui/dialogs/recovery_code.py" line="34"/>
        <source>裁判长恢复码</source>
        <translation>Head judge recovery code</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recovery_code.py" line="36"/>
        <source>忘记裁判长口令或 PIN 时，凭下面的恢复码重新设置。它只显示这一次，软件不保存它的明文：
请立即打印密封页（或抄写），装信封封存，不要与赛场文件放在同一 U 盘。</source>
        <translation>If the head judge passphrase or PIN is forgotten, use the recovery codes below to reset it. They are shown only this once, and the software does not keep them in plain text:
Print the sealed sheet (or copy them out) now, seal it in an envelope, and do not keep it on the same USB drive as the venue file.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recovery_code.py" line="46"/>
        <source>赛场签名公钥指纹：{fp}</source>
        <translation>Venue signing public key fingerprint: {fp}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recovery_code.py" line="50"/>
        <source>保存密封页 PDF…</source>
        <translation>Save sealed sheet PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recovery_code.py" line="53"/>
        <source>我已妥善保存</source>
        <translation>I have stored them safely</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recovery_code.py" line="60"/>
        <source>保存恢复码密封页</source>
        <translation>Save recovery code sealed sheet</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recovery_code.py" line="73"/>
        <source>已保存：{p}。打印后请删除此文件。</source>
        <translation>Saved: {p}. Please delete this file after printing.</translation>
    </message>
</context>
<context>
    <name>RegisterKeyDialog</name>
    <message>
        <location filename="../../ui/central_window.py" line="99"/>
        <source>选择公钥文件</source>
        <translation>Select public key file</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../ui/pages/results.py" line="138"/>
        <source>成绩与奖项</source>
        <translation>Results and awards</translation>
    </message>
    <message>
        <location filename="../../ui/pages/results.py" line="179"/>
        <source>成绩与奖项仅裁判长可查看。</source>
        <translation>Only the head judge can view results and awards.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/results.py" line="191"/>
        <source>版本：{r}</source>
        <translation>Version: {r}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/results.py" line="192"/>
        <source>版本：未签字确认</source>
        <translation>Version: not signed off</translation>
    </message>
    <message>
        <location filename="../../ui/pages/results.py" line="195"/>
        <source>○ 尚未导出成绩包（在“成绩包”页导出）</source>
        <translation>○ Result package not yet exported (export on the “Result package” page)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/results.py" line="198"/>
        <source>● 与最近导出的成绩包不同</source>
        <translation>● Differs from the last exported result package</translation>
    </message>
    <message>
        <location filename="../../ui/pages/results.py" line="201"/>
        <source>✓ 已导出</source>
        <translation>✓ Exported</translation>
    </message>
    <message>
        <location filename="../../ui/pages/results.py" line="205"/>
        <source>设置：</source>
        <translation>Settings:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/results.py" line="209"/>
        <source>签字确认…</source>
        <translation>Sign off…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/results.py" line="209"/>
        <source>生成新版本…</source>
        <translation>Create new version…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/results.py" line="247"/>
        <source>说明（{who}）：{note}</source>
        <translation>Note ({who}): {note}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/results.py" line="262"/>
        <source>解密前按加密号临时排名：组别、奖项和并列裁定在解密后确定</source>
        <translation>Provisional ranking by blind code before decryption: groups, awards and tie rulings are determined after decryption</translation>
    </message>
    <message>
        <location filename="../../ui/pages/results.py" line="266"/>
        <source>报名 {r} 人，实际参赛 {c} 人；名额：一等奖 {f}、二等奖 {s}、三等奖 {t}、优胜奖 {m}</source>
        <translation>{r} registered, {c} competed; places: first prize {f}, second prize {s}, third prize {t}, merit award {m}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/results.py" line="269"/>
        <source>&#x3000;⚠ {n} 处并列待裁定</source>
        <translation>  ⚠ {n} ties awaiting a ruling</translation>
    </message>
    <message>
        <location filename="../../ui/pages/results.py" line="277"/>
        <location filename="../../ui/pages/results.py" line="279"/>
        <source>解密</source>
        <translation>Decrypt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/results.py" line="278"/>
        <source>解密后将公开选手姓名与加密号的对应关系和抽签密钥，且不可撤回。输入裁判长口令确认解密（同时签名审计链检查点）：</source>
        <translation>Decryption will reveal the mapping between contestant names and blind codes, and the draw key; this cannot be undone. Enter the head judge passphrase to confirm decryption (this also signs an audit chain checkpoint):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/results.py" line="369"/>
        <source>成绩（xlsx）</source>
        <translation>Results (xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/results.py" line="298"/>
        <source>裁定</source>
        <translation>Ruling</translation>
    </message>
    <message>
        <location filename="../../ui/pages/results.py" line="298"/>
        <source>该并列已有裁定；如需改变，请先撤销原裁定。</source>
        <translation>This tie has already been ruled on; to change it, first revoke the existing ruling.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/results.py" line="314"/>
        <source>撤销裁定</source>
        <translation>Revoke ruling</translation>
    </message>
    <message>
        <location filename="../../ui/pages/results.py" line="314"/>
        <source>撤销理由：</source>
        <translation>Reason for revoking:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/results.py" line="339"/>
        <source>报表</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../ui/pages/results.py" line="353"/>
        <source>正在生成 {t}…</source>
        <translation>Generating {t}…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/results.py" line="361"/>
        <source>生成 {t}</source>
        <translation>Generate {t}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/results.py" line="367"/>
        <source>导出成绩</source>
        <translation>Export results</translation>
    </message>
</context>
<context>
    <name>RosterImportWizard</name>
    <message>
        <location filename="../../ui/dialogs/roster_import.py" line="40"/>
        <source>导入选手名单</source>
        <translation>Import contestant list</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import.py" line="97"/>
        <source>选择名单文件</source>
        <translation>Select contestant list file</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import.py" line="98"/>
        <source>名单 (*.xlsx *.csv);;所有文件 (*)</source>
        <translation>Contestant lists (*.xlsx *.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import.py" line="121"/>
        <source>正在检查名单…</source>
        <translation>Checking contestant list…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import.py" line="126"/>
        <source>{file}：读取 {r} 行，可新增 {n} 人，已在名单中 {u} 人，有误 {b} 行。</source>
        <translation>{file}: {r} rows read, {n} can be added, {u} already on the list, {b} rows with errors.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import.py" line="129"/>
        <source>默认全部正确才导入：请改正后重新检查，或勾选“仅导入正确的行”。</source>
        <translation>By default, import only proceeds if every row is correct: correct the errors and check again, or tick “Import correct rows only”.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import.py" line="151"/>
        <source>未导入的行已另存为：{p}
（此文件含完整的身份证号和手机号，供改正数据用：改正后请删除，不要拷到 U 盘或发给他人）</source>
        <translation>Rows not imported have been saved separately as: {p}
(This file contains full ID numbers and mobile numbers for correcting the data: delete it after making corrections, and do not copy it to a USB drive or send it to anyone.)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import.py" line="162"/>
        <source>正在导入…</source>
        <translation>Importing…</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <location filename="../../ui/pages/roster.py" line="74"/>
        <location filename="../../ui/pages/roster.py" line="132"/>
        <source>选手名单</source>
        <translation>Contestant list</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster.py" line="81"/>
        <source>共 {n} 人</source>
        <translation>{n} contestants in total</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster.py" line="83"/>
        <source>，{d} 人待确认</source>
        <translation>, {d} awaiting confirmation</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster.py" line="105"/>
        <source>保存名单模板</source>
        <translation>Save contestant list template</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster.py" line="106"/>
        <location filename="../../ui/pages/roster.py" line="130"/>
        <source>Excel 文件 (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster.py" line="108"/>
        <source>选手名单模板</source>
        <translation>Contestant list template</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster.py" line="122"/>
        <source>编辑选手</source>
        <translation>Edit contestant</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster.py" line="122"/>
        <source>请先在表中选择一名选手。</source>
        <translation>Please select a contestant in the table first.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster.py" line="129"/>
        <source>导出名单</source>
        <translation>Export contestant list</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <location filename="../../ui/runner.py" line="57"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SavedDialog</name>
    <message>
        <location filename="../../ui/dialogs/saved.py" line="20"/>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/saved.py" line="21"/>
        <source>{what}已保存到：
{path}</source>
        <translation>{what} saved to:
{path}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/saved.py" line="24"/>
        <source>打开文件夹</source>
        <translation>Open folder</translation>
    </message>
</context>
<context>
    <name>SchemePage</name>
    <message>
        <location filename="../../ui/pages/scheme.py" line="132"/>
        <location filename="../../ui/pages/scheme.py" line="217"/>
        <source>评分标准</source>
        <translation>Marking scheme</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scheme.py" line="139"/>
        <source>{m} 个模块、{c} 个评分项，合计 {s} 分（项目总分 {t}）：{parts}</source>
        <translation>{m} modules, {c} criteria, {s} points in total (item total {t}): {parts}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scheme.py" line="142"/>
        <source>尚无评分标准：请导入 .xlsx（可先保存模板填写），或逐项添加。</source>
        <translation>No marking scheme yet: import an .xlsx file (you can save the template first and fill it in), or add criteria one by one.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scheme.py" line="144"/>
        <source>评分已开始（{n} 条记录），评分标准已冻结：修改须由裁判长填写原因，已录入的分数原样保留。</source>
        <translation>Scoring has started ({n} records) and the marking scheme is frozen: changes must be made by the head judge with a reason; scores already entered are kept as they are.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scheme.py" line="170"/>
        <source>修改已冻结的评分标准</source>
        <translation>Modify frozen marking scheme</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scheme.py" line="171"/>
        <source>评分已开始。本次修改：
{lines}

请填写修改原因（必填）：</source>
        <translation>Scoring has started. Changes this time:
{lines}

Please enter the reason for the change (required):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scheme.py" line="186"/>
        <source>编辑评分项</source>
        <translation>Edit criterion</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scheme.py" line="186"/>
        <source>请先在表中选择一个评分项。</source>
        <translation>Please select a criterion in the table first.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scheme.py" line="202"/>
        <source>导入评分标准</source>
        <translation>Import marking scheme</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scheme.py" line="203"/>
        <source>评分标准 (*.xlsx *.csv)</source>
        <translation>Marking schemes (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scheme.py" line="214"/>
        <source>导出评分标准</source>
        <translation>Export marking scheme</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scheme.py" line="215"/>
        <location filename="../../ui/pages/scheme.py" line="221"/>
        <source>Excel 文件 (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scheme.py" line="220"/>
        <source>保存评分标准模板</source>
        <translation>Save marking scheme template</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scheme.py" line="223"/>
        <source>评分标准模板</source>
        <translation>Marking scheme template</translation>
    </message>
</context>
<context>
    <name>ScoreGridModel</name>
    <message>
        <location filename="../../ui/models/scoring_models.py" line="118"/>
        <source>参赛</source>
        <translation>Competed</translation>
    </message>
    <message>
        <location filename="../../ui/models/scoring_models.py" line="123"/>
        <source>模块得分</source>
        <translation>Module scores</translation>
    </message>
    <message>
        <location filename="../../ui/models/scoring_models.py" line="120"/>
        <source>加密号 {b}（{s}）</source>
        <translation>Blind code {b} ({s})</translation>
    </message>
    <message>
        <location filename="../../ui/models/scoring_models.py" line="128"/>
        <source>{code}
评价 每位裁判 0–3</source>
        <translation>{code}
Judgement 0–3 per judge</translation>
    </message>
    <message>
        <location filename="../../ui/models/scoring_models.py" line="129"/>
        <source>{code}
测量 0–{m}</source>
        <translation>{code}
Measurement 0–{m}</translation>
    </message>
    <message>
        <location filename="../../ui/models/scoring_models.py" line="133"/>
        <source>每位裁判 0–3 分（{n} 位裁判）</source>
        <translation>0–3 points per judge ({n} judges)</translation>
    </message>
    <message>
        <location filename="../../ui/models/scoring_models.py" line="136"/>
        <source>裁判组商定的测量分，0–{m}</source>
        <translation>Measurement score agreed by the judging panel, 0–{m}</translation>
    </message>
    <message>
        <location filename="../../ui/models/scoring_models.py" line="167"/>
        <source>已锁定</source>
        <translation>Locked</translation>
    </message>
</context>
<context>
    <name>ScoreTable</name>
    <message>
        <location filename="../../ui/pages/score_grid.py" line="309"/>
        <source>本模块已锁定：只能由裁判长用“更正…”修改并填写原因。</source>
        <translation>This module is locked: it can only be changed by the head judge using “Correct…”, with a reason.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/score_grid.py" line="311"/>
        <source>这位选手本模块无需评分（缺考、弃权或取消资格）。</source>
        <translation>This contestant does not need to be scored in this module (absent, withdrew or disqualified).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/score_grid.py" line="312"/>
        <source>这个单元格不能在这里录入：评价分由每位裁判本人录入；要改动请用“更正…”（F2）。</source>
        <translation>This cell cannot be entered here: judgement scores are entered by each judge personally; to change it use “Correct…” (F2).</translation>
    </message>
</context>
<context>
    <name>ScoringExtras</name>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="275"/>
        <source>{m} 分 {s} 秒</source>
        <translation>{m} min {s} s</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="279"/>
        <source>全项目</source>
        <translation>Whole item</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="280"/>
        <location filename="../../ui/pages/scoring_extras.py" line="283"/>
        <source>模块 {m}</source>
        <translation>Module {m}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="300"/>
        <source>只有裁判长可以取消资格或撤销取消资格</source>
        <translation>Only the head judge can disqualify or revoke a disqualification</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="303"/>
        <location filename="../../ui/pages/scoring_extras.py" line="419"/>
        <source>项目总分</source>
        <translation>Item total</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="303"/>
        <location filename="../../ui/pages/scoring_extras.py" line="462"/>
        <source>全项目（不排名）</source>
        <translation>Whole item (not ranked)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="325"/>
        <source>还没有抽签：抽签后这里按加密号列出选手。</source>
        <translation>No draw yet: after the draw, contestants are listed here by blind code.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="327"/>
        <source>只有裁判员和裁判长可以扣分和记录用时。</source>
        <translation>Only judges and the head judge can record deductions and time used.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="342"/>
        <source>扣分 {d}</source>
        <translation>Deduction {d}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="344"/>
        <source>用时 {t}</source>
        <translation>Time used {t}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="346"/>
        <source>取消资格：{w}</source>
        <translation>Disqualified: {w}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="348"/>
        <source>总分 {t}</source>
        <translation>Total {t}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="351"/>
        <source>尚未记录用时。</source>
        <translation>Time used not yet recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="355"/>
        <source>已记录 {t}：再次记录即为修改，须填写原因。</source>
        <translation>{t} recorded: recording again counts as a change and requires a reason.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="384"/>
        <source>请先选择加密号。</source>
        <translation>Please select a blind code first.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="411"/>
        <source>未扣分：{r}</source>
        <translation>No deduction made: {r}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="418"/>
        <source>已扣分：{b} {w} 扣 {a} 分（{r}）</source>
        <translation>Deducted: {b} {w}, {a} points deducted ({r})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="422"/>
        <source>请先在扣分记录中选择要撤销的一条。</source>
        <translation>Please first select the deduction record to undo.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="426"/>
        <location filename="../../ui/pages/scoring_extras.py" line="469"/>
        <source>未撤销：{r}</source>
        <translation>Not undone: {r}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="429"/>
        <source>已撤销扣分 {id}：{b} {a} 分</source>
        <translation>Deduction {id} undone: {b} {a} points</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="436"/>
        <source>未记录：{r}</source>
        <translation>Not recorded: {r}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="440"/>
        <source>已记录用时：{b} {t}</source>
        <translation>Time used recorded: {b} {t}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="446"/>
        <source>未登记：{r}</source>
        <translation>Not recorded: {r}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="451"/>
        <source>已登记：{b} {s}</source>
        <translation>Recorded: {b} {s}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="457"/>
        <source>未取消资格：{r}</source>
        <translation>Not disqualified: {r}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="461"/>
        <source>已取消资格：{b} {w}</source>
        <translation>Disqualified: {b} {w}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="465"/>
        <source>请先在取消资格记录中选择要撤销的一条。</source>
        <translation>Please first select the disqualification record to undo.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="473"/>
        <source>已撤销取消资格 {id}：{b}</source>
        <translation>Disqualification {id} revoked: {b}</translation>
    </message>
</context>
<context>
    <name>ScoringPage</name>
    <message>
        <location filename="../../ui/pages/scoring.py" line="158"/>
        <source>未录入</source>
        <translation>Not entered</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="158"/>
        <source>分差超限/复核不一致</source>
        <translation>Score difference too large / check mismatch</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="159"/>
        <source>已更正</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="159"/>
        <location filename="../../ui/pages/scoring.py" line="277"/>
        <source>已锁定</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="90"/>
        <source>已放弃刚才输入的值（Esc）。</source>
        <translation>The value just entered has been discarded (Esc).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="160"/>
        <source>输入分数后按回车保存并跳到下一位选手，Tab 向右；已有分数的单元格按 F2 或回车更正。</source>
        <translation>After entering a score, press Enter to save and move to the next contestant, Tab to move right; in cells that already have a score, press F2 or Enter to correct.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="164"/>
        <source>已录入</source>
        <translation>Entered</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="165"/>
        <source>应录入</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="166"/>
        <source>缺</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="169"/>
        <source>评分录入</source>
        <translation>Score entry</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="178"/>
        <source>当前：{who}</source>
        <translation>Current: {who}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="193"/>
        <source>全项目已锁定</source>
        <translation>Whole item locked</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="193"/>
        <location filename="../../ui/pages/scoring.py" line="381"/>
        <source>锁定全项目</source>
        <translation>Lock whole item</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="212"/>
        <source>尚未导入评分标准。</source>
        <translation>No marking scheme imported yet.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="224"/>
        <source>还没有抽签：抽签后这里按加密号列出选手。</source>
        <translation>No draw yet: after the draw, contestants are listed here by blind code.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="226"/>
        <source>模块 {m} 已锁定：只能由裁判长更正并填写原因。</source>
        <translation>Module {m} is locked: it can only be corrected by the head judge, with a reason.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="228"/>
        <source>只有裁判员和裁判长可以录入分数。</source>
        <translation>Only judges and the head judge can enter scores.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="278"/>
        <source>缺 {a}，分差 {b}，不一致 {c}</source>
        <translation>Missing {a}, score difference {b}, mismatch {c}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="280"/>
        <source>已抽签 {n} 人，须评分 {r} 人。{m}</source>
        <translation>{n} contestants drawn, {r} to be scored. {m}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="300"/>
        <source>已保存：{b} {c} = {v}</source>
        <translation>Saved: {b} {c} = {v}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="315"/>
        <source>未保存：{r}</source>
        <translation>Not saved: {r}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="328"/>
        <source>评分</source>
        <translation>Scoring</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="328"/>
        <source>请先在表中选择一个单元格。</source>
        <translation>Please select a cell in the table first.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="350"/>
        <source>已更正：{b} {c} = {v}</source>
        <translation>Corrected: {b} {c} = {v}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="372"/>
        <source>{b} {c} 的录入记录</source>
        <translation>Entry history for {b} {c}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="379"/>
        <source>模块 {m}</source>
        <translation>Module {m}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="379"/>
        <source>全项目</source>
        <translation>Whole item</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="382"/>
        <source>锁定全项目后，所有模块的成绩只能由裁判长以“更正”方式修改并填写原因；之后即可解密、排名和签字确认。确定现在锁定全项目吗？</source>
        <translation>Once the whole item is locked, scores in all modules can only be changed by the head judge using “Correct”, with a reason; decryption, ranking and sign-off can then proceed. Lock the whole item now?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="387"/>
        <source>锁定成绩</source>
        <translation>Lock results</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="388"/>
        <source>锁定{w}后只能由裁判长以“更正”方式修改。输入裁判长口令，用赛场密钥签名审计链检查点：</source>
        <translation>Once {w} is locked, it can only be changed by the head judge using “Correct”. Enter the head judge passphrase to sign an audit chain checkpoint with the venue key:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="389"/>
        <source>锁定</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="407"/>
        <source>已锁定：{w}（签名检查点：审计链 {short}）</source>
        <translation>Locked: {w} (signed checkpoint: audit chain {short})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="410"/>
        <source>成绩锁定确认单</source>
        <translation>Results lock confirmation</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="411"/>
        <source>已锁定{w}。现在打印成绩锁定确认单（载有签名检查点 {short}，供裁判员和裁判长签字）？</source>
        <translation>{w} locked. Print the results lock confirmation sheet now (showing signed checkpoint {short}, for judges and the head judge to sign)?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="418"/>
        <source>报表</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="425"/>
        <source>解除锁定</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="425"/>
        <source>解除锁定的原因（必填）：</source>
        <translation>Reason for unlocking (required):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="431"/>
        <source>导入评分表</source>
        <translation>Import score sheet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="432"/>
        <source>评分表 (*.xlsx *.csv)</source>
        <translation>Scoring sheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="446"/>
        <source>正在导入评分表</source>
        <translation>Importing scoring sheet</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings.py" line="90"/>
        <source>设置与账号</source>
        <translation>Settings and accounts</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="117"/>
        <source>总分和合格线须为数字</source>
        <translation>The total score and pass mark must be numbers</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="140"/>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="152"/>
        <location filename="../../ui/pages/settings.py" line="156"/>
        <location filename="../../ui/pages/settings.py" line="165"/>
        <source>重设 PIN</source>
        <translation>Reset PIN</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="153"/>
        <source>不能重设{role}“{name}”的 PIN：裁判长的 PIN 只能由裁判长本人修改；忘记时请用密封的恢复码重设。</source>
        <translation>Cannot reset the PIN of {role} “{name}”: the head judge&apos;s PIN can only be changed by the head judge personally; if forgotten, reset it with a sealed recovery code.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="156"/>
        <source>{name} 的新 PIN（4–12 位数字）：</source>
        <translation>New PIN for {name} (4–12 digits):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="165"/>
        <source>已更新 {name} 的 PIN。</source>
        <translation>PIN for {name} updated.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/help_dialogs.py" line="81"/>
        <source>快捷键一览</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="82"/>
        <source>所有操作都可以只用键盘完成。常用按键：</source>
        <translation>Everything can be done using the keyboard alone. Common keys:</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="84"/>
        <source>页面</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="84"/>
        <source>按键</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="84"/>
        <source>作用</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/sign_in.py" line="20"/>
        <location filename="../../ui/sign_in.py" line="36"/>
        <source>登录</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="33"/>
        <source>4–12 位数字</source>
        <translation>4–12 digits</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="34"/>
        <source>账号</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="35"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="36"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SignOffDialog</name>
    <message>
        <location filename="../../ui/dialogs/results_dialogs.py" line="70"/>
        <source>签字确认成绩</source>
        <translation>Sign off results</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/results_dialogs.py" line="70"/>
        <source>生成新版本</source>
        <translation>Create new version</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/results_dialogs.py" line="72"/>
        <source>签字确认后成绩冻结为第 {n} 版；之后的更正将生成新版本，旧版本始终可查。</source>
        <translation>After sign-off the results are frozen as version {n}; later corrections will create a new version, and old versions always remain viewable.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/results_dialogs.py" line="74"/>
        <source>成绩在签字后有更正。确认后冻结为第 {n} 版，须填写理由（如复核更正）。</source>
        <translation>Results have been corrected since sign-off. Once confirmed they will be frozen as version {n}; a reason is required (e.g. correction after review).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/results_dialogs.py" line="75"/>
        <source>以裁判长口令用赛场密钥签名审计链（签名检查点会印在成绩报表上）。</source>
        <translation>Sign the audit chain with the venue key using the head judge passphrase (the signed checkpoint is printed on the results report).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/results_dialogs.py" line="79"/>
        <source>裁判长口令（不是 PIN）</source>
        <translation>Head judge passphrase (not the PIN)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/results_dialogs.py" line="84"/>
        <source>裁判长口令</source>
        <translation>Head judge passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/results_dialogs.py" line="81"/>
        <source>例如：复核后更正选手 A1 测量分</source>
        <translation>e.g. Measurement score of contestant A1 corrected after review</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/results_dialogs.py" line="83"/>
        <source>裁判长</source>
        <translation>Head judge</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/results_dialogs.py" line="86"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/results_dialogs.py" line="87"/>
        <source>签字确认</source>
        <translation>Sign off</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <location filename="../../ui/start_window.py" line="47"/>
        <source>赛场计分 VenueScore</source>
        <translation>VenueScore</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="55"/>
        <source>{org} 主办 · 赛场计分系统</source>
        <translation>Organised by {org} · Venue scoring system</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="56"/>
        <source>新建赛场文件…</source>
        <translation>New venue file…</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="57"/>
        <source>打开赛场文件…</source>
        <translation>Open venue file…</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="58"/>
        <source>打开演示赛场</source>
        <translation>Open demo venue</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="66"/>
        <source>组委会汇总…</source>
        <translation>Organising committee summary…</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="77"/>
        <source>最近打开（双击或回车打开）：</source>
        <translation>Recently opened (double-click or press Enter to open):</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="109"/>
        <source>各账号的初始 PIN</source>
        <translation>Initial PINs for accounts</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="110"/>
        <source>以下账号由组委会设置包创建。初始 PIN 只显示这一次，请抄下后分别交给本人：

{lines}</source>
        <translation>The following accounts were created from the organising committee setup package. The initial PINs are shown only this once; write them down and give each to its owner in person:

{lines}</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="114"/>
        <source>打开赛场文件</source>
        <translation>Open venue file</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="115"/>
        <source>赛场文件 (*.venue);;所有文件 (*)</source>
        <translation>Venue files (*.venue);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="165"/>
        <source>赛场文件有问题</source>
        <translation>Problem with venue file</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="169"/>
        <source>没有找到该赛场文件的完好备份（查找位置：{folder}）。请不要继续使用该文件，把它交技术支持检查。</source>
        <translation>No intact backup of this venue file was found (searched in: {folder}). Please stop using this file and hand it to technical support for inspection.</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="174"/>
        <source>找到 {t} 的完好备份（{r}）：
{file}

可以用它恢复；当前文件会另存一份，不会删除。</source>
        <translation>Intact backup from {t} found ({r}):
{file}

You can restore from it; the current file will be saved separately, not deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="176"/>
        <source>用此备份恢复…</source>
        <translation>Restore from this backup…</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="177"/>
        <source>暂不恢复</source>
        <translation>Do not restore now</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="195"/>
        <source>用 {t} 的备份（{r}）替换 {name}？当前文件会另存一份，不会删除。恢复须由裁判长或管理员输入姓名和 PIN：</source>
        <translation>Replace {name} with the backup from {t} ({r})? The current file will be saved separately, not deleted. Restoring requires the head judge or an administrator to enter their name and PIN:</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="207"/>
        <source>已恢复；原文件另存为 {k}</source>
        <translation>Restored; original file saved as {k}</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="194"/>
        <source>从备份恢复</source>
        <translation>Restore from backup</translation>
    </message>
</context>
<context>
    <name>TieDecisionDialog</name>
    <message>
        <location filename="../../ui/dialogs/results_dialogs.py" line="27"/>
        <source>裁定并列名次</source>
        <translation>Decide tied places</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/results_dialogs.py" line="30"/>
        <source>无奖项</source>
        <translation>No award</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/results_dialogs.py" line="31"/>
        <source>{group}第 {rank} 名并列，跨越{awards}界线。并列不得随机决定，请记录裁定及理由（将打印在成绩汇总表上）。</source>
        <translation>{group}: tie for rank {rank} across the {awards} boundary. Ties must not be decided at random; please record the ruling and the reason (printed on the results summary).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/results_dialogs.py" line="33"/>
        <source>并列者均获较高奖项</source>
        <translation>All tied contestants receive the higher award</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/results_dialogs.py" line="34"/>
        <source>按确定的顺序（如加试一项后），拖动排序，靠前者名次在前</source>
        <translation>In the decided order (e.g. after an extra task), drag to sort; those higher up are ranked higher</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/results_dialogs.py" line="48"/>
        <source>例如：总分及各模块分均相同，经裁判组合议……</source>
        <translation>e.g. Total and all module scores identical; after deliberation by the judging panel…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/results_dialogs.py" line="50"/>
        <source>裁定理由（必填）</source>
        <translation>Reason for ruling (required)</translation>
    </message>
</context>
<context>
    <name>VenueStatusBar</name>
    <message>
        <location filename="../../ui/status_bar.py" line="31"/>
        <source>{file}｜{item}</source>
        <translation>{file} | {item}</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="37"/>
        <source>切换用户</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="57"/>
        <source>当前用户</source>
        <translation>Current user</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="74"/>
        <source>尚无</source>
        <translation>None yet</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="75"/>
        <source>完好备份：{t}</source>
        <translation>Intact backup: {t}</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="76"/>
        <source>最近一次完好备份的时间（本赛场文件的）</source>
        <translation>Time of the last intact backup (of this venue file)</translation>
    </message>
</context>
</TS>
