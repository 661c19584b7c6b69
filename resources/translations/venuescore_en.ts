<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../../app/catalog.py" line="54"/>
        <source>竞赛项目编号 {no} 不在本届大赛的 33 个项目中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmds.py" line="15"/>
        <source>审计：校验审计链、查看记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmds.py" line="17"/>
        <source>校验数据库和审计链，报告第一处断裂</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmds.py" line="19"/>
        <source>完整检查（integrity_check，较慢）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmds.py" line="21"/>
        <source>列出审计记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmds.py" line="26"/>
        <source>备份与恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmds.py" line="28"/>
        <location filename="../../ui/pages/audit.py" line="65"/>
        <source>立即备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmds.py" line="31"/>
        <source>列出备份（最新在前）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmds.py" line="34"/>
        <source>检查一个备份文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmds.py" line="37"/>
        <source>用备份替换赛场文件（先检查；原文件另存）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmds.py" line="41"/>
        <source>设置第二个备份文件夹（如 U 盘）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmds.py" line="43"/>
        <source>不给出则取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmds.py" line="51"/>
        <source>审计链头：{h}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmds.py" line="58"/>
        <location filename="../../app/cli/venue_cmds.py" line="76"/>
        <location filename="../../app/reports/checkin_sheets.py" line="78"/>
        <location filename="../../app/reports/result_reports.py" line="256"/>
        <location filename="../../ui/pages/audit.py" line="39"/>
        <source>序号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmds.py" line="58"/>
        <location filename="../../app/cli/audit_cmds.py" line="78"/>
        <location filename="../../app/cli/results_cmds.py" line="96"/>
        <location filename="../../ui/dialogs/scoring_dialogs.py" line="91"/>
        <location filename="../../ui/pages/audit.py" line="40"/>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmds.py" line="58"/>
        <location filename="../../ui/pages/audit.py" line="41"/>
        <source>操作人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmds.py" line="58"/>
        <location filename="../../app/cli/venue_cmds.py" line="113"/>
        <location filename="../../ui/pages/audit.py" line="42"/>
        <source>角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmds.py" line="58"/>
        <location filename="../../ui/pages/audit.py" line="43"/>
        <source>操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmds.py" line="58"/>
        <location filename="../../app/cli/venue_cmds.py" line="105"/>
        <location filename="../../app/reports/result_reports.py" line="333"/>
        <location filename="../../ui/pages/audit.py" line="44"/>
        <source>内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmds.py" line="68"/>
        <source>已备份：{p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmds.py" line="70"/>
        <source>警告：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmds.py" line="78"/>
        <location filename="../../app/services/draw.py" line="338"/>
        <location filename="../../app/services/scheme.py" line="442"/>
        <location filename="../../app/services/scoring.py" line="86"/>
        <location filename="../../ui/dialogs/scoring_dialogs.py" line="92"/>
        <location filename="../../ui/pages/audit.py" line="54"/>
        <location filename="../../ui/pages/scoring_extras.py" line="125"/>
        <location filename="../../ui/pages/scoring_extras.py" line="143"/>
        <location filename="../../ui/pages/scoring_extras.py" line="173"/>
        <location filename="../../ui/pages/scoring_extras.py" line="192"/>
        <location filename="../../ui/pages/scoring_extras.py" line="208"/>
        <source>原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmds.py" line="78"/>
        <location filename="../../ui/pages/audit.py" line="55"/>
        <source>大小</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmds.py" line="78"/>
        <location filename="../../app/cli/central_cmds.py" line="177"/>
        <location filename="../../ui/central_window.py" line="141"/>
        <location filename="../../ui/pages/package.py" line="83"/>
        <source>文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmds.py" line="86"/>
        <source>备份完好：审计链 {n} 条记录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmds.py" line="95"/>
        <source>已恢复 {db}；原文件保存为 {kept}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmds.py" line="102"/>
        <source>第二备份文件夹：{f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmds.py" line="102"/>
        <source>未设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/common.py" line="23"/>
        <source>赛场文件（.venue）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/common.py" line="26"/>
        <source>以此账号操作（也可设环境变量 VENUESCORE_USER）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/common.py" line="28"/>
        <source>PIN（也可设环境变量 VENUESCORE_PIN；都未给出时在终端询问）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/common.py" line="43"/>
        <source>请用 --user 指定操作人账号（或设置 VENUESCORE_USER）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/common.py" line="47"/>
        <source>请用 --pin 或环境变量 VENUESCORE_PIN 提供 PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/common.py" line="48"/>
        <source>{name} 的 PIN：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/common.py" line="66"/>
        <source>错误：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="31"/>
        <source>赛场计分 VenueScore：不带参数运行打开图形界面；子命令用于命令行操作。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="64"/>
        <source>已取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/roster_cmds.py" line="14"/>
        <location filename="../../app/services/roster.py" line="388"/>
        <source>选手名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/roster_cmds.py" line="16"/>
        <source>导入名单（.xlsx / .csv），默认全部正确才导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/roster_cmds.py" line="19"/>
        <source>仅导入正确的行，错误行另存为 .xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/roster_cmds.py" line="20"/>
        <source>错误行另存的位置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/roster_cmds.py" line="22"/>
        <source>导出名单 .xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/roster_cmds.py" line="26"/>
        <source>列出名单（身份证号遮蔽）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/roster_cmds.py" line="29"/>
        <source>保存名单模板 .xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/roster_cmds.py" line="42"/>
        <source>未导入的行已另存为：{p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="23"/>
        <source>成绩排名、奖项与合格（裁判长）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="26"/>
        <source>输出格式：table 表格（默认）、csv、json（results.json 内容）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="27"/>
        <source>另存成绩 .xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="28"/>
        <source>列出已签字确认的各版本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="31"/>
        <source>打印成绩报表 PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="37"/>
        <source>打印指定版本（默认：当前成绩）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="40"/>
        <source>解密（成绩锁定后，裁判长）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="44"/>
        <source>并列名次裁定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="46"/>
        <source>列出跨奖项界线的并列及裁定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="49"/>
        <source>记录裁定（须填写理由）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="51"/>
        <source>组别（无组别时省略）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="52"/>
        <source>并列选手的报名号，逗号分隔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="54"/>
        <source>all_higher 均获较高奖项；order 按 --order 的顺序</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="55"/>
        <source>resolution=order 时：报名号按名次先后，逗号分隔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="56"/>
        <source>裁定理由（打印在成绩汇总表上）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="58"/>
        <source>撤销一项裁定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="64"/>
        <source>裁判长签字确认成绩（第 1 版）；更正后加 --reason 生成新版本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="66"/>
        <source>更正后生成新版本的理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="75"/>
        <location filename="../../app/cli/results_cmds.py" line="148"/>
        <location filename="../../app/reports/central_reports.py" line="47"/>
        <location filename="../../app/reports/result_reports.py" line="168"/>
        <location filename="../../app/reports/result_reports.py" line="224"/>
        <location filename="../../app/reports/result_reports.py" line="446"/>
        <location filename="../../ui/pages/results.py" line="94"/>
        <location filename="../../ui/pages/results.py" line="166"/>
        <source>名次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="76"/>
        <location filename="../../app/reports/result_reports.py" line="372"/>
        <source>模块{m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="77"/>
        <location filename="../../app/cli/scoring_cmds.py" line="161"/>
        <location filename="../../app/reports/result_reports.py" line="171"/>
        <location filename="../../app/reports/result_reports.py" line="448"/>
        <location filename="../../app/services/scoring.py" line="292"/>
        <location filename="../../app/services/scoring.py" line="293"/>
        <location filename="../../app/services/scoring.py" line="299"/>
        <location filename="../../app/services/scoring.py" line="303"/>
        <location filename="../../app/services/scoring.py" line="306"/>
        <location filename="../../ui/pages/results.py" line="177"/>
        <location filename="../../ui/pages/scoring_extras.py" line="95"/>
        <location filename="../../ui/pages/scoring_extras.py" line="116"/>
        <location filename="../../ui/pages/scoring_extras.py" line="124"/>
        <source>扣分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="77"/>
        <location filename="../../app/reports/result_reports.py" line="171"/>
        <location filename="../../app/reports/result_reports.py" line="448"/>
        <location filename="../../app/rules/ranking.py" line="101"/>
        <location filename="../../app/services/scoring.py" line="379"/>
        <location filename="../../ui/pages/results.py" line="178"/>
        <location filename="../../ui/pages/scoring_extras.py" line="97"/>
        <location filename="../../ui/pages/scoring_extras.py" line="166"/>
        <source>用时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="77"/>
        <location filename="../../app/reports/central_reports.py" line="47"/>
        <location filename="../../app/reports/result_reports.py" line="171"/>
        <location filename="../../app/reports/result_reports.py" line="224"/>
        <location filename="../../app/reports/result_reports.py" line="448"/>
        <location filename="../../ui/pages/results.py" line="180"/>
        <source>奖项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="77"/>
        <location filename="../../app/cli/results_cmds.py" line="87"/>
        <location filename="../../app/reports/central_reports.py" line="73"/>
        <location filename="../../app/reports/result_reports.py" line="171"/>
        <location filename="../../app/reports/result_reports.py" line="192"/>
        <location filename="../../app/reports/result_reports.py" line="448"/>
        <location filename="../../app/reports/result_reports.py" line="465"/>
        <location filename="../../ui/pages/results.py" line="181"/>
        <source>合格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="87"/>
        <location filename="../../app/reports/result_reports.py" line="192"/>
        <location filename="../../app/reports/result_reports.py" line="465"/>
        <location filename="../../ui/pages/results.py" line="181"/>
        <source>不合格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="96"/>
        <source>签字人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="96"/>
        <location filename="../../app/services/results.py" line="316"/>
        <location filename="../../app/services/results.py" line="352"/>
        <location filename="../../app/services/results.py" line="431"/>
        <source>理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="102"/>
        <location filename="../../app/cli/roster_cmds.py" line="51"/>
        <location filename="../../app/cli/scoring_cmds.py" line="85"/>
        <source>已导出：{p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="105"/>
        <source>成绩尚未锁定并解密，不能输出带姓名的 results.json。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="115"/>
        <source>{item}｜{stage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="119"/>
        <location filename="../../app/cli/results_cmds.py" line="146"/>
        <location filename="../../ui/pages/results.py" line="97"/>
        <source>尚未裁定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="120"/>
        <source>并列：{g}{d}——{s}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="122"/>
        <source>注意：当前成绩与最近导出的成绩包不同（或尚未导出）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="130"/>
        <source>已生成 {title}：{path}（{n} 人）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="138"/>
        <source>已解密（{who}，{at}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="148"/>
        <location filename="../../ui/pages/results.py" line="95"/>
        <source>并列选手</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="148"/>
        <location filename="../../ui/pages/results.py" line="96"/>
        <source>跨越奖项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="148"/>
        <location filename="../../ui/pages/results.py" line="97"/>
        <source>裁定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="156"/>
        <source>已记录裁定第 {id} 号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="163"/>
        <source>已撤销裁定第 {id} 号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="171"/>
        <source>{name} 的 PIN（签字确认）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="180"/>
        <source>已签字确认：{label}（SHA-256 {sha}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="19"/>
        <source>打印检录日报表（PDF）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="21"/>
        <source>checkin-list 检录签到表 | station-plan 工位安排表 | blind-codes 加密号对照表（裁判长） | door-list 工位加密号对照表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="29"/>
        <location filename="../../app/services/checkin.py" line="185"/>
        <source>检录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="32"/>
        <source>检录：身份证号或报名号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="33"/>
        <source>查看选手检录信息（不改动）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="34"/>
        <location filename="../../app/services/checkin.py" line="199"/>
        <source>登记缺考</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="35"/>
        <location filename="../../app/services/checkin.py" line="209"/>
        <source>登记弃权</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="36"/>
        <source>撤销状态（须填原因）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="39"/>
        <source>身份证号或报名号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="42"/>
        <location filename="../../app/services/checkin.py" line="226"/>
        <source>撤销原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="44"/>
        <location filename="../../app/reports/result_reports.py" line="417"/>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="46"/>
        <source>各组报名、已检录、缺考、弃权人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="52"/>
        <source>抽签与加密</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="54"/>
        <source>抽签（裁判长）：工位号与加密号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="57"/>
        <source>见证值，至少两个（每个值写一次 --witness）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="58"/>
        <source>重新抽签的原因（仅重抽时需要）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="60"/>
        <source>重算全部抽签记录并核对（不一致时退出码非 0）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="63"/>
        <source>公布抽签结果（裁判长）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="66"/>
        <source>迟到补签：为已检录但无工位的选手分配下一个空闲工位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="70"/>
        <source>更换工位（裁判长，须填原因）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="76"/>
        <source>二次加密：为一个模块的作品发放二次加密号（裁判长）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="80"/>
        <source>显示抽签结果（按角色：裁判长见对照表，裁判员见工位与加密号，检录员见工位与姓名）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="89"/>
        <source>{name}&#x3000;报名号 {reg}&#x3000;{gender}&#x3000;{group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="91"/>
        <source>单位/学校：{unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="92"/>
        <source>身份证号：{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="93"/>
        <source>资格审核：{flags}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="94"/>
        <source>状态：{status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="95"/>
        <source>工位号：{st}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="95"/>
        <source>（未抽签）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="97"/>
        <source>补报选手</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="140"/>
        <location filename="../../app/reports/central_reports.py" line="72"/>
        <location filename="../../app/reports/result_reports.py" line="98"/>
        <location filename="../../ui/pages/checkin.py" line="136"/>
        <source>报名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="140"/>
        <location filename="../../ui/pages/checkin.py" line="137"/>
        <source>已检录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="140"/>
        <location filename="../../app/rules/ranking.py" line="34"/>
        <location filename="../../ui/pages/checkin.py" line="138"/>
        <location filename="../../ui/pages/scoring_extras.py" line="80"/>
        <source>缺考</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="140"/>
        <location filename="../../app/rules/ranking.py" line="34"/>
        <location filename="../../ui/pages/checkin.py" line="139"/>
        <location filename="../../ui/pages/scoring_extras.py" line="80"/>
        <source>弃权</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="140"/>
        <location filename="../../ui/pages/checkin.py" line="140"/>
        <source>待检录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="141"/>
        <source>（不分组）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="149"/>
        <source>抽签 #{id}：算法 {alg}，见证值 {w}，{n} 人，工位 {s} 个</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="151"/>
        <source>种子：{seed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="152"/>
        <source>状态：{state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="152"/>
        <location filename="../../app/reports/checkin_sheets.py" line="55"/>
        <source>已公布</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="152"/>
        <location filename="../../app/reports/checkin_sheets.py" line="55"/>
        <source>未公布</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="159"/>
        <source>抽签结果已记录。核对：venuescore draw verify --db {db}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="168"/>
        <source>尚无抽签记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="172"/>
        <source>全部抽签记录与重算结果一致</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="172"/>
        <source>抽签记录与重算结果不一致！</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="186"/>
        <source>{name}（{reg}）工位号 {st}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="188"/>
        <source>，加密号 {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="196"/>
        <source>{name}（{reg}）已改到工位 {st}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="203"/>
        <source>模块 {m} 已发放 {n} 个二次加密号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="210"/>
        <location filename="../../app/cli/checkin_cmds.py" line="215"/>
        <location filename="../../app/cli/results_cmds.py" line="75"/>
        <location filename="../../app/cli/roster_cmds.py" line="58"/>
        <location filename="../../app/reports/checkin_sheets.py" line="78"/>
        <location filename="../../app/reports/checkin_sheets.py" line="110"/>
        <location filename="../../app/reports/checkin_sheets.py" line="123"/>
        <location filename="../../app/reports/result_reports.py" line="168"/>
        <location filename="../../app/reports/result_reports.py" line="224"/>
        <location filename="../../app/reports/result_reports.py" line="256"/>
        <location filename="../../app/reports/result_reports.py" line="446"/>
        <location filename="../../app/services/draw.py" line="329"/>
        <location filename="../../app/services/roster.py" line="306"/>
        <location filename="../../ui/pages/checkin.py" line="150"/>
        <location filename="../../ui/pages/draw.py" line="196"/>
        <location filename="../../ui/pages/draw.py" line="206"/>
        <location filename="../../ui/pages/results.py" line="170"/>
        <location filename="../../ui/pages/roster.py" line="46"/>
        <source>报名号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="210"/>
        <location filename="../../app/cli/checkin_cmds.py" line="213"/>
        <location filename="../../app/cli/checkin_cmds.py" line="215"/>
        <location filename="../../app/cli/results_cmds.py" line="75"/>
        <location filename="../../app/reports/checkin_sheets.py" line="78"/>
        <location filename="../../app/reports/checkin_sheets.py" line="110"/>
        <location filename="../../app/reports/checkin_sheets.py" line="123"/>
        <location filename="../../app/reports/checkin_sheets.py" line="149"/>
        <location filename="../../app/reports/result_reports.py" line="168"/>
        <location filename="../../app/reports/result_reports.py" line="446"/>
        <location filename="../../app/services/draw.py" line="348"/>
        <location filename="../../ui/pages/checkin.py" line="156"/>
        <location filename="../../ui/pages/draw.py" line="196"/>
        <location filename="../../ui/pages/draw.py" line="202"/>
        <location filename="../../ui/pages/draw.py" line="206"/>
        <location filename="../../ui/pages/results.py" line="172"/>
        <location filename="../../ui/pages/scoring_extras.py" line="93"/>
        <source>工位号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="210"/>
        <location filename="../../app/cli/checkin_cmds.py" line="213"/>
        <location filename="../../app/cli/results_cmds.py" line="75"/>
        <location filename="../../app/cli/scoring_cmds.py" line="46"/>
        <location filename="../../app/cli/scoring_cmds.py" line="161"/>
        <location filename="../../app/reports/checkin_sheets.py" line="123"/>
        <location filename="../../app/reports/checkin_sheets.py" line="149"/>
        <location filename="../../app/reports/result_reports.py" line="168"/>
        <location filename="../../app/reports/result_reports.py" line="414"/>
        <location filename="../../app/reports/result_reports.py" line="446"/>
        <location filename="../../ui/pages/draw.py" line="196"/>
        <location filename="../../ui/pages/draw.py" line="202"/>
        <location filename="../../ui/pages/results.py" line="172"/>
        <location filename="../../ui/pages/scoring_extras.py" line="92"/>
        <location filename="../../ui/pages/scoring_extras.py" line="122"/>
        <location filename="../../ui/pages/scoring_extras.py" line="190"/>
        <source>加密号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="224"/>
        <source>尚未抽签</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="238"/>
        <source>已打印“{title}”（{n} 人）：{out}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="23"/>
        <source>汇总数据库：SQLite 文件路径，或 SQLAlchemy 地址（如 postgresql+psycopg://用户@主机/库名）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="28"/>
        <source>经办人姓名（也可设环境变量 VENUESCORE_USER）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="33"/>
        <source>组委会证书密钥口令（也可设环境变量 {env}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="42"/>
        <source>请用 --by 填写经办人姓名（或设置 VENUESCORE_USER）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="47"/>
        <source>组委会汇总：登记公钥、导入与接收成绩包、汇总报表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="49"/>
        <source>创建汇总数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="53"/>
        <source>赛场公钥登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="55"/>
        <source>登记赛场公钥（.pub 文件或“RW…”一行）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="57"/>
        <source>说明，如“31 母婴护理 赛场”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="58"/>
        <source>限定项目编号（该密钥只能签此项目）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="62"/>
        <source>列出已登记的公钥与指纹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="66"/>
        <source>组委会证书密钥（荣誉证书核验码）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="68"/>
        <source>生成组委会证书密钥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="73"/>
        <source>显示组委会证书公钥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="77"/>
        <source>导入成绩包：核验、校验后放入收件箱</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="82"/>
        <source>收件箱：各成绩包的状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="85"/>
        <source>显示一个成绩包的错误与警告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="89"/>
        <source>接收成绩包（有警告时须 --acknowledge-warnings）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="91"/>
        <source>经办人确认已知悉全部警告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="95"/>
        <location filename="../../ui/central_window.py" line="175"/>
        <source>兼项与身份冲突</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="98"/>
        <source>汇总报表：awards、conflicts、statistics、passes、certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="100"/>
        <source>输出文件（.pdf 或 .xlsx）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="104"/>
        <source>打开组委会汇总窗口</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="108"/>
        <location filename="../../app/reports/certificates.py" line="115"/>
        <location filename="../../ui/central_window.py" line="200"/>
        <source>荣誉证书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="110"/>
        <source>核验证书上的核验码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="112"/>
        <source>汇总数据库（取组委会证书公钥并核对获奖名单）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="113"/>
        <source>组委会证书公钥（无汇总数据库时）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="119"/>
        <source>汇总数据库已就绪：{db}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="126"/>
        <source>已登记：{label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="127"/>
        <source>指纹：{fp}&#x3000;请与赛场打印的指纹逐位核对</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="134"/>
        <location filename="../../app/cli/central_cmds.py" line="177"/>
        <location filename="../../app/cli/scoring_cmds.py" line="96"/>
        <location filename="../../ui/central_window.py" line="130"/>
        <location filename="../../ui/dialogs/scoring_dialogs.py" line="86"/>
        <location filename="../../ui/pages/scoring_extras.py" line="121"/>
        <location filename="../../ui/pages/scoring_extras.py" line="189"/>
        <source>编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="134"/>
        <location filename="../../app/reports/result_reports.py" line="479"/>
        <location filename="../../app/services/central.py" line="90"/>
        <location filename="../../ui/central_window.py" line="94"/>
        <location filename="../../ui/central_window.py" line="148"/>
        <location filename="../../ui/central_window.py" line="165"/>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="134"/>
        <location filename="../../ui/central_window.py" line="93"/>
        <location filename="../../ui/central_window.py" line="167"/>
        <source>指纹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="134"/>
        <location filename="../../ui/central_window.py" line="168"/>
        <source>登记人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="134"/>
        <location filename="../../ui/central_window.py" line="169"/>
        <source>登记时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="135"/>
        <location filename="../../ui/central_window.py" line="83"/>
        <location filename="../../ui/central_window.py" line="166"/>
        <source>不限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="142"/>
        <source>组委会证书密钥口令（至少 8 个字符）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="145"/>
        <source>已生成组委会证书密钥。公钥：{line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="146"/>
        <location filename="../../app/cli/central_cmds.py" line="156"/>
        <location filename="../../app/cli/package_cmds.py" line="64"/>
        <source>指纹：{fp}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="154"/>
        <source>还没有组委会证书密钥。请先运行 venuescore central signer init。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="155"/>
        <location filename="../../app/cli/package_cmds.py" line="63"/>
        <source>公钥：{line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="166"/>
        <source>拒绝：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="177"/>
        <location filename="../../app/cli/results_cmds.py" line="96"/>
        <location filename="../../app/reports/central_reports.py" line="72"/>
        <location filename="../../app/reports/result_reports.py" line="126"/>
        <location filename="../../app/reports/result_reports.py" line="127"/>
        <location filename="../../ui/central_window.py" line="133"/>
        <location filename="../../ui/pages/package.py" line="82"/>
        <source>版本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="177"/>
        <location filename="../../ui/central_window.py" line="135"/>
        <location filename="../../ui/central_window.py" line="146"/>
        <source>错误</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="177"/>
        <location filename="../../ui/central_window.py" line="136"/>
        <location filename="../../ui/central_window.py" line="146"/>
        <source>警告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="177"/>
        <location filename="../../app/reports/result_reports.py" line="326"/>
        <location filename="../../ui/central_window.py" line="137"/>
        <source>选手</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="186"/>
        <source>{item} 第 {rev} 版（{status}）  {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="188"/>
        <source>签名密钥：{label}（{kid}）  签字：{by}  导出：{at}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="191"/>
        <source>本版理由：{r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="193"/>
        <source>被取代：{r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="202"/>
        <source>已接收：{item} 第 {rev} 版（经办人 {by}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="210"/>
        <source>未发现兼项或身份冲突</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="212"/>
        <location filename="../../app/cli/checkin_cmds.py" line="210"/>
        <location filename="../../app/cli/checkin_cmds.py" line="215"/>
        <location filename="../../app/cli/results_cmds.py" line="75"/>
        <location filename="../../app/cli/roster_cmds.py" line="58"/>
        <location filename="../../app/cli/venue_cmds.py" line="113"/>
        <location filename="../../app/reports/central_reports.py" line="47"/>
        <location filename="../../app/reports/central_reports.py" line="56"/>
        <location filename="../../app/reports/central_reports.py" line="81"/>
        <location filename="../../app/reports/checkin_sheets.py" line="78"/>
        <location filename="../../app/reports/checkin_sheets.py" line="110"/>
        <location filename="../../app/reports/checkin_sheets.py" line="123"/>
        <location filename="../../app/reports/result_reports.py" line="168"/>
        <location filename="../../app/reports/result_reports.py" line="224"/>
        <location filename="../../app/reports/result_reports.py" line="256"/>
        <location filename="../../app/reports/result_reports.py" line="446"/>
        <location filename="../../app/services/users.py" line="88"/>
        <location filename="../../app/services/users.py" line="103"/>
        <location filename="../../ui/central_window.py" line="161"/>
        <location filename="../../ui/pages/checkin.py" line="151"/>
        <location filename="../../ui/pages/draw.py" line="196"/>
        <location filename="../../ui/pages/draw.py" line="206"/>
        <location filename="../../ui/pages/results.py" line="170"/>
        <location filename="../../ui/pages/roster.py" line="47"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="212"/>
        <location filename="../../app/cli/roster_cmds.py" line="58"/>
        <location filename="../../app/reports/central_reports.py" line="48"/>
        <location filename="../../app/reports/central_reports.py" line="56"/>
        <location filename="../../app/reports/central_reports.py" line="81"/>
        <location filename="../../app/reports/checkin_sheets.py" line="78"/>
        <location filename="../../app/reports/result_reports.py" line="256"/>
        <location filename="../../app/services/roster.py" line="303"/>
        <location filename="../../app/services/roster.py" line="322"/>
        <location filename="../../ui/central_window.py" line="160"/>
        <location filename="../../ui/pages/checkin.py" line="154"/>
        <location filename="../../ui/pages/roster.py" line="48"/>
        <source>身份证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="212"/>
        <location filename="../../app/reports/central_reports.py" line="56"/>
        <location filename="../../ui/central_window.py" line="162"/>
        <source>出现在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="220"/>
        <source>组委会证书密钥口令：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="223"/>
        <source>已写入 {p}（{n} 条）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="240"/>
        <source>请用 --db 指定汇总数据库，或用 --key 给出组委会证书公钥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="245"/>
        <source>汇总数据库中没有组委会证书密钥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="260"/>
        <source>核验通过：证书由组委会证书密钥签发。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="261"/>
        <source>证书编号：{no}&#x3000;项目：{item}&#x3000;组别：{g}&#x3000;姓名：{name}&#x3000;奖项：{award}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="264"/>
        <source>注意：该证书不在当前已接收的获奖名单中（成绩可能已更正），请核查。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/roster_cmds.py" line="58"/>
        <location filename="../../app/reports/central_reports.py" line="47"/>
        <location filename="../../app/reports/central_reports.py" line="81"/>
        <location filename="../../app/reports/checkin_sheets.py" line="78"/>
        <location filename="../../app/reports/result_reports.py" line="224"/>
        <location filename="../../app/reports/result_reports.py" line="256"/>
        <location filename="../../app/reports/result_reports.py" line="446"/>
        <location filename="../../ui/pages/roster.py" line="49"/>
        <source>性别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/roster_cmds.py" line="58"/>
        <location filename="../../ui/pages/roster.py" line="50"/>
        <source>年龄</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/checkin_cmds.py" line="210"/>
        <location filename="../../app/cli/checkin_cmds.py" line="215"/>
        <location filename="../../app/cli/results_cmds.py" line="75"/>
        <location filename="../../app/cli/roster_cmds.py" line="58"/>
        <location filename="../../app/reports/central_reports.py" line="47"/>
        <location filename="../../app/reports/central_reports.py" line="81"/>
        <location filename="../../app/reports/checkin_sheets.py" line="78"/>
        <location filename="../../app/reports/checkin_sheets.py" line="110"/>
        <location filename="../../app/reports/checkin_sheets.py" line="123"/>
        <location filename="../../app/reports/result_reports.py" line="168"/>
        <location filename="../../app/reports/result_reports.py" line="224"/>
        <location filename="../../app/reports/result_reports.py" line="256"/>
        <location filename="../../app/reports/result_reports.py" line="446"/>
        <location filename="../../ui/pages/checkin.py" line="153"/>
        <location filename="../../ui/pages/draw.py" line="196"/>
        <location filename="../../ui/pages/draw.py" line="206"/>
        <location filename="../../ui/pages/results.py" line="171"/>
        <location filename="../../ui/pages/roster.py" line="52"/>
        <source>单位/学校</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="212"/>
        <location filename="../../app/cli/roster_cmds.py" line="58"/>
        <location filename="../../app/reports/central_reports.py" line="56"/>
        <location filename="../../ui/central_window.py" line="146"/>
        <location filename="../../ui/central_window.py" line="159"/>
        <location filename="../../ui/dialogs/scoring_dialogs.py" line="87"/>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="177"/>
        <location filename="../../app/cli/checkin_cmds.py" line="140"/>
        <location filename="../../app/cli/checkin_cmds.py" line="210"/>
        <location filename="../../app/cli/checkin_cmds.py" line="215"/>
        <location filename="../../app/cli/results_cmds.py" line="75"/>
        <location filename="../../app/cli/results_cmds.py" line="148"/>
        <location filename="../../app/cli/roster_cmds.py" line="58"/>
        <location filename="../../app/cli/venue_cmds.py" line="103"/>
        <location filename="../../app/reports/central_reports.py" line="47"/>
        <location filename="../../app/reports/central_reports.py" line="72"/>
        <location filename="../../app/reports/central_reports.py" line="81"/>
        <location filename="../../app/reports/checkin_sheets.py" line="110"/>
        <location filename="../../app/reports/checkin_sheets.py" line="123"/>
        <location filename="../../app/reports/result_reports.py" line="446"/>
        <location filename="../../app/services/venue.py" line="69"/>
        <location filename="../../ui/central_window.py" line="132"/>
        <location filename="../../ui/pages/checkin.py" line="135"/>
        <location filename="../../ui/pages/checkin.py" line="152"/>
        <location filename="../../ui/pages/draw.py" line="196"/>
        <location filename="../../ui/pages/draw.py" line="206"/>
        <location filename="../../ui/pages/results.py" line="93"/>
        <location filename="../../ui/pages/roster.py" line="54"/>
        <source>组别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/roster_cmds.py" line="59"/>
        <location filename="../../ui/pages/roster.py" line="55"/>
        <source>资格审核</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/roster_cmds.py" line="66"/>
        <location filename="../../app/cli/scoring_cmds.py" line="104"/>
        <source>模板已保存：{p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="20"/>
        <source>新建赛场文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="22"/>
        <source>竞赛项目序号 1–33（见 venuescore items）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="23"/>
        <source>比赛日期，如 2026-11-28</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="24"/>
        <location filename="../../app/cli/venue_cmds.py" line="102"/>
        <location filename="../../app/services/venue.py" line="62"/>
        <source>比赛地点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="25"/>
        <source>裁判长姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="26"/>
        <source>裁判长 PIN（4–12 位数字）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="27"/>
        <source>组别，可重复，如 --group 职工组 --group 学生组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="30"/>
        <source>列出本届大赛的 33 个竞赛项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="33"/>
        <source>生成演示赛场（40 名选手）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="34"/>
        <source>放置演示文件的文件夹（默认：用户数据目录）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="36"/>
        <source>演示进度：roster 仅名单 / drawn 已检录抽签 / scored 已评分锁定（默认）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="39"/>
        <source>显示赛场文件的项目信息和设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="43"/>
        <source>账号管理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="45"/>
        <source>列出账号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="48"/>
        <source>添加账号（裁判长或管理员）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="56"/>
        <source>查看或修改项目设置（裁判长）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="59"/>
        <source>如 --set pass_line=60 --set tie_break_modules=B,A --set award_base=registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="68"/>
        <source>已创建 {path}：{item}（{host}），{date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="76"/>
        <location filename="../../app/cli/venue_cmds.py" line="101"/>
        <source>竞赛项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="76"/>
        <location filename="../../app/cli/venue_cmds.py" line="101"/>
        <source>承办单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="76"/>
        <location filename="../../app/cli/venue_cmds.py" line="101"/>
        <source>联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="76"/>
        <source>联系电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="89"/>
        <source>演示赛场：{p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="90"/>
        <source>演示名单：{p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="91"/>
        <source>含错误的名单（演示错误报告）：{p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="92"/>
        <source>裁判长 {n}，PIN {pin}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="102"/>
        <source>比赛日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="103"/>
        <location filename="../../app/reports/checkin_sheets.py" line="95"/>
        <location filename="../../app/reports/checkin_sheets.py" line="137"/>
        <location filename="../../app/reports/result_reports.py" line="378"/>
        <location filename="../../app/reports/result_reports.py" line="423"/>
        <location filename="../../app/reports/result_reports.py" line="483"/>
        <location filename="../../app/services/venue.py" line="64"/>
        <source>裁判长</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="103"/>
        <source>不分组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="134"/>
        <location filename="../../app/cli/central_cmds.py" line="177"/>
        <location filename="../../app/cli/venue_cmds.py" line="105"/>
        <location filename="../../app/reports/central_reports.py" line="47"/>
        <location filename="../../app/reports/central_reports.py" line="72"/>
        <location filename="../../app/reports/central_reports.py" line="81"/>
        <location filename="../../app/reports/result_reports.py" line="480"/>
        <location filename="../../app/services/central.py" line="92"/>
        <location filename="../../ui/central_window.py" line="131"/>
        <source>项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="111"/>
        <source>有效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="111"/>
        <source>停用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="113"/>
        <source>裁判编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/central_cmds.py" line="177"/>
        <location filename="../../app/cli/venue_cmds.py" line="113"/>
        <location filename="../../app/reports/result_reports.py" line="448"/>
        <location filename="../../ui/central_window.py" line="134"/>
        <location filename="../../ui/pages/checkin.py" line="155"/>
        <location filename="../../ui/pages/scoring_extras.py" line="94"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="121"/>
        <source>已添加 {n}（{r}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="133"/>
        <source>未知设置项 {k}；可用：{keys}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="145"/>
        <source>设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="145"/>
        <source>值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="29"/>
        <source>第 {row} 行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="31"/>
        <source>“{column}”列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="38"/>
        <source>（值：{value}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="55"/>
        <source>  ……另有 {n} 处问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/fileio.py" line="27"/>
        <source>无法写入 {path}：{err}。请检查磁盘空间和写权限后重试；原有文件未被改动。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/item_settings.py" line="58"/>
        <source>合格线须大于 0 且不超过总分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/item_settings.py" line="58"/>
        <location filename="../../app/item_settings.py" line="73"/>
        <location filename="../../app/rules/awards.py" line="57"/>
        <source>合格线</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/item_settings.py" line="60"/>
        <source>优胜奖人数基数须为“实际参赛”或“报名”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/item_settings.py" line="60"/>
        <location filename="../../app/item_settings.py" line="75"/>
        <location filename="../../app/rules/awards.py" line="59"/>
        <source>优胜奖基数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/item_settings.py" line="62"/>
        <source>小数位须为 0–4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/item_settings.py" line="62"/>
        <location filename="../../app/item_settings.py" line="78"/>
        <source>小数位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/item_settings.py" line="64"/>
        <source>设置有误</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/item_settings.py" line="69"/>
        <source>实际参赛人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/item_settings.py" line="69"/>
        <source>报名人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="170"/>
        <location filename="../../app/item_settings.py" line="70"/>
        <location filename="../../app/services/scoring.py" line="401"/>
        <source>模块 {m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="146"/>
        <location filename="../../app/item_settings.py" line="70"/>
        <location filename="../../app/reports/result_reports.py" line="328"/>
        <location filename="../../app/rules/awards.py" line="225"/>
        <location filename="../../app/services/central_checks.py" line="234"/>
        <source>无</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/results_cmds.py" line="77"/>
        <location filename="../../app/cli/scoring_cmds.py" line="161"/>
        <location filename="../../app/item_settings.py" line="72"/>
        <location filename="../../app/reports/central_reports.py" line="48"/>
        <location filename="../../app/reports/central_reports.py" line="81"/>
        <location filename="../../app/reports/result_reports.py" line="171"/>
        <location filename="../../app/reports/result_reports.py" line="224"/>
        <location filename="../../app/reports/result_reports.py" line="256"/>
        <location filename="../../app/reports/result_reports.py" line="372"/>
        <location filename="../../app/reports/result_reports.py" line="448"/>
        <location filename="../../ui/pages/results.py" line="179"/>
        <location filename="../../ui/pages/scoring_extras.py" line="99"/>
        <source>总分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/item_settings.py" line="74"/>
        <source>同分比较顺序</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/item_settings.py" line="74"/>
        <source>，再比较用时（少者优先）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/item_settings.py" line="75"/>
        <source>{base}（超过 30 人时按不超过 30% 设优胜奖）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/item_settings.py" line="76"/>
        <source>获奖须合格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="16"/>
        <location filename="../../app/services/scheme.py" line="488"/>
        <source>评分标准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="18"/>
        <source>导入评分标准 .xlsx / .csv（评分开始后须裁判长填写原因）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="21"/>
        <source>评分开始后修改评分标准的原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="23"/>
        <source>导出评分标准 .xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="27"/>
        <source>列出评分标准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="30"/>
        <source>保存评分标准模板 .xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="32"/>
        <source>保存示例（LED 显示屏应用）而不是空白模板</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="35"/>
        <source>评分录入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="37"/>
        <source>导入纸质评分表 .xlsx / .csv（全部正确才导入）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="41"/>
        <source>录入进度：各裁判、各评分项的缺分，分差超限与复核不一致</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="43"/>
        <source>列出全部缺分（默认只列前 30 条）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="45"/>
        <source>录入一个分数（评价分以登录裁判的身份录入）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="47"/>
        <location filename="../../ui/pages/scheme.py" line="113"/>
        <source>评分项编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="48"/>
        <location filename="../../app/services/scoring_import.py" line="70"/>
        <location filename="../../ui/dialogs/scoring_dialogs.py" line="89"/>
        <source>分数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="51"/>
        <source>测量分复核录入（须另一人）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="52"/>
        <source>更正现值（须填写 --reason）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="53"/>
        <source>更正原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="54"/>
        <source>裁判长更正评价分时：哪位裁判（编号或姓名）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="56"/>
        <source>各加密号的模块分与总分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="60"/>
        <source>裁判长锁定成绩（模块或全项目）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="62"/>
        <source>只锁定这个模块</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="64"/>
        <source>裁判长解除锁定（须填写原因）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="75"/>
        <source>评分标准：{m} 个模块，{c} 个评分项，合计 {t} 分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="96"/>
        <location filename="../../app/cli/scoring_cmds.py" line="124"/>
        <location filename="../../app/services/draw.py" line="369"/>
        <location filename="../../ui/pages/scheme.py" line="112"/>
        <location filename="../../ui/pages/scoring.py" line="133"/>
        <source>模块</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="96"/>
        <location filename="../../app/reports/result_reports.py" line="333"/>
        <location filename="../../ui/pages/scheme.py" line="114"/>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="96"/>
        <location filename="../../app/services/scheme.py" line="291"/>
        <location filename="../../app/services/scheme.py" line="361"/>
        <location filename="../../ui/pages/scheme.py" line="115"/>
        <source>分值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="96"/>
        <location filename="../../app/cli/scoring_cmds.py" line="119"/>
        <location filename="../../app/services/scoring.py" line="244"/>
        <location filename="../../ui/dialogs/scoring_dialogs.py" line="88"/>
        <location filename="../../ui/pages/scoring.py" line="99"/>
        <source>裁判</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="96"/>
        <source>描述</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="97"/>
        <source>合计 {t} 分（项目总分 {p}）{f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="98"/>
        <source>，评分已开始，已冻结</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="118"/>
        <source>已抽签 {n} 人，须评分 {r} 人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="119"/>
        <location filename="../../app/cli/scoring_cmds.py" line="121"/>
        <source>已录入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="119"/>
        <location filename="../../app/cli/scoring_cmds.py" line="121"/>
        <source>应录入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="119"/>
        <location filename="../../app/cli/scoring_cmds.py" line="121"/>
        <source>缺</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="121"/>
        <location filename="../../app/reports/result_reports.py" line="333"/>
        <location filename="../../ui/pages/scoring.py" line="100"/>
        <source>评分项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="124"/>
        <source>名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="124"/>
        <source>锁定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="124"/>
        <location filename="../../app/cli/scoring_cmds.py" line="127"/>
        <source>缺分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="124"/>
        <location filename="../../app/cli/scoring_cmds.py" line="127"/>
        <source>分差超限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="124"/>
        <location filename="../../app/cli/scoring_cmds.py" line="127"/>
        <source>复核不一致</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="125"/>
        <location filename="../../app/cli/scoring_cmds.py" line="163"/>
        <location filename="../../app/item_settings.py" line="76"/>
        <location filename="../../app/item_settings.py" line="77"/>
        <location filename="../../ui/dialogs/scoring_dialogs.py" line="94"/>
        <source>是</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="133"/>
        <source>……另有 {n} 条，加 --all 查看</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="136"/>
        <source>全项目已锁定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="138"/>
        <source>可以锁定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="138"/>
        <source>尚不能锁定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="151"/>
        <source>已保存：{c} 加密号 {b} = {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="153"/>
        <source>注意：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="161"/>
        <source>工位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="161"/>
        <source>完整</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="163"/>
        <location filename="../../app/item_settings.py" line="76"/>
        <location filename="../../app/item_settings.py" line="77"/>
        <source>否</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="170"/>
        <source>已锁定：{m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="170"/>
        <location filename="../../app/services/scoring.py" line="401"/>
        <source>全项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/scoring_cmds.py" line="177"/>
        <source>已解除锁定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/item_settings.py" line="77"/>
        <source>测量分双人录入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/keys.py" line="59"/>
        <source>公钥格式不正确：长度不对</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/keys.py" line="79"/>
        <source>公钥注释只能有一行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/keys.py" line="97"/>
        <source>公钥格式不正确：应为一行以“RW”开头的 Base64 文本，或整个 .pub 文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/keys.py" line="101"/>
        <source>公钥格式不正确：不是有效的 Base64 文本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/keys.py" line="103"/>
        <source>公钥格式不正确：不是 minisign Ed25519 公钥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/keys.py" line="155"/>
        <source>口令至少需要 {n} 个字符</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/keys.py" line="198"/>
        <source>私钥文件已损坏或不是本软件的私钥文件（{detail}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/keys.py" line="218"/>
        <source>不是 JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/keys.py" line="222"/>
        <source>版本 {v} 不受支持</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/keys.py" line="263"/>
        <source>口令不正确</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/keys.py" line="267"/>
        <source>密文校验失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/keys.py" line="270"/>
        <source>公钥与私钥不匹配</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/minisign.py" line="60"/>
        <source>{what}只能有一行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/minisign.py" line="62"/>
        <source>{what}太长（最多 {n} 字节）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/minisign.py" line="72"/>
        <source>可信注释</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/minisign.py" line="73"/>
        <source>不可信注释</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/minisign.py" line="85"/>
        <source>签名文件格式不正确：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/minisign.py" line="92"/>
        <source>{what}不是有效的 Base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/minisign.py" line="94"/>
        <source>{what}长度不对</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/minisign.py" line="106"/>
        <source>应为 4 行，实际 {n} 行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/minisign.py" line="109"/>
        <source>第 1 行应以“untrusted comment: ”开头</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/minisign.py" line="111"/>
        <source>第 3 行应以“trusted comment: ”开头</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/minisign.py" line="112"/>
        <source>第 2 行（签名）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/minisign.py" line="115"/>
        <source>不支持的签名算法</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/minisign.py" line="122"/>
        <source>第 4 行（全局签名）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/minisign.py" line="134"/>
        <source>签名所用密钥与登记的公钥不符</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/minisign.py" line="140"/>
        <source>签名无效：文件已被修改或签名被替换</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/minisign.py" line="145"/>
        <source>可信注释被修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/sha256sums.py" line="37"/>
        <source>文件名不能写入校验清单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/sha256sums.py" line="52"/>
        <source>校验清单 {name} 是空的</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/sha256sums.py" line="54"/>
        <source>文件末尾缺少换行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/sha256sums.py" line="57"/>
        <source>含 Windows 换行符（文件可能被记事本改过）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/sha256sums.py" line="63"/>
        <source>格式应为“64 位十六进制哈希 + 两个空格 + 文件名”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/sha256sums.py" line="78"/>
        <source>与“{other}”重复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/sha256sums.py" line="84"/>
        <source>校验清单 {name} 格式不正确</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/sha256sums.py" line="101"/>
        <source>缺少文件“{name}”（清单中有，包里没有）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/sha256sums.py" line="103"/>
        <source>文件“{name}”的哈希不符：内容已被修改或损坏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/sha256sums.py" line="106"/>
        <source>多出文件“{name}”（包里有，清单中没有）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/zipsafe.py" line="59"/>
        <source>文件名为空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/zipsafe.py" line="61"/>
        <source>文件名含反斜杠（\）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/zipsafe.py" line="63"/>
        <source>是绝对路径</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/zipsafe.py" line="65"/>
        <source>含盘符（如 C:）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/zipsafe.py" line="67"/>
        <source>文件名含控制字符（如换行）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/zipsafe.py" line="69"/>
        <source>文件名含 Windows 不允许的字符（&lt; &gt; : &quot; | ? *）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/zipsafe.py" line="72"/>
        <source>含“..”上级目录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/zipsafe.py" line="74"/>
        <source>路径中有空的或“.”目录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/zipsafe.py" line="76"/>
        <source>文件名首尾有空格或以“.”结尾（Windows 下会被改名）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/zipsafe.py" line="87"/>
        <source>压缩包中的“{name}”{reason}，已拒绝读取，未解出任何文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/zipsafe.py" line="92"/>
        <source>（共 {n} 处问题）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/zipsafe.py" line="96"/>
        <source>文件不完整或已损坏，请重新拷贝</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/zipsafe.py" line="98"/>
        <source>（{detail}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/zipsafe.py" line="115"/>
        <source>是符号链接</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/zipsafe.py" line="117"/>
        <source>不是普通文件（设备、管道等）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/zipsafe.py" line="121"/>
        <source>已加密，无法检查内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/zipsafe.py" line="123"/>
        <source>使用了不支持的压缩方式（{n}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/zipsafe.py" line="126"/>
        <source>解压后 {size} 字节，超过单个文件上限 {limit} 字节</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/zipsafe.py" line="134"/>
        <source>压缩比 {ratio:.0f} 倍，超过上限 {limit} 倍（疑似“压缩炸弹”）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/zipsafe.py" line="147"/>
        <source>压缩包含 {n} 个条目，超过上限 {limit} 个，已拒绝读取</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/zipsafe.py" line="162"/>
        <source>重复出现</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/zipsafe.py" line="164"/>
        <source>与“{other}”只差大小写，会互相覆盖</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/zipsafe.py" line="174"/>
        <source>所有文件解压后共 {size} 字节，超过上限 {limit} 字节</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/zipsafe.py" line="177"/>
        <location filename="../../app/package/zipsafe.py" line="183"/>
        <source>（全部条目）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/zipsafe.py" line="183"/>
        <source>各条目的数据互相重叠（疑似“压缩炸弹”）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/zipsafe.py" line="201"/>
        <source>的实际内容比登记的大小更大</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/zipsafe.py" line="204"/>
        <source>“{name}”内容不完整</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/zipsafe.py" line="218"/>
        <location filename="../../app/package/zipsafe.py" line="240"/>
        <source>无法读取文件：{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/zipsafe.py" line="222"/>
        <source>文件大小 {size} 字节，超过上限，已拒绝读取</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/zipsafe.py" line="235"/>
        <source>文件不完整或已损坏，请重新拷贝（CRC 校验错误）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/zipsafe.py" line="245"/>
        <source>压缩包时间必须在 1980 至 2107 年之间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/zipsafe.py" line="262"/>
        <source>与“{other}”只差大小写</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/zipsafe.py" line="265"/>
        <source>压缩包中的文件名不合适</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/fonts.py" line="49"/>
        <source>找不到或无法读取报表字体 {file}，无法生成 PDF。请重新安装本软件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/pdf_base.py" line="269"/>
        <source>日期：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/pdf_base.py" line="368"/>
        <source>版本：{revision}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/pdf_base.py" line="391"/>
        <source>项目：{item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/pdf_base.py" line="392"/>
        <source>赛场：{venue}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/pdf_base.py" line="393"/>
        <source>日期：{date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/pdf_base.py" line="437"/>
        <source>打印时间：{time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/pdf_base.py" line="439"/>
        <source>第 {page} 页 / 共 {pages} 页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/pdf_base.py" line="524"/>
        <source>无法在文件夹 {folder} 中写入 PDF：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/pdf_base.py" line="537"/>
        <source>无法排版报表“{title}”：有一行内容太长，一页放不下。请缩短该行内容后重试。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/pdf_base.py" line="544"/>
        <source>无法写入 PDF 文件 {path}：{reason}。如果该文件正在被其他程序打开，请先关闭。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/roles.py" line="48"/>
        <source>{who}无权{action}：此操作仅限{names}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/draw.py" line="179"/>
        <source>至少需要 2 个见证值（现有 {n} 个）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/draw.py" line="182"/>
        <source>第 {i} 个见证值为空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/draw.py" line="184"/>
        <source>项目代码不能为空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/draw.py" line="186"/>
        <location filename="../../app/rules/draw.py" line="292"/>
        <source>报名号不能为空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/draw.py" line="189"/>
        <source>报名号 {e} 重复（出现 {n} 次）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/draw.py" line="192"/>
        <source>工位号 {s} 重复（出现 {n} 次）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/draw.py" line="194"/>
        <source>工位数（{s}）少于参赛人数（{n}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/draw.py" line="196"/>
        <location filename="../../app/rules/draw.py" line="302"/>
        <source>加密号位数至少为 1（现为 {n}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/draw.py" line="197"/>
        <source>抽签输入有误，未抽签</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/draw.py" line="222"/>
        <source>算法版本不一致：记录为 {rec}，本程序为 {cur}，无法重算</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/draw.py" line="229"/>
        <location filename="../../app/services/draw.py" line="502"/>
        <location filename="../../app/services/draw.py" line="519"/>
        <source>无法重算：{err}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/draw.py" line="234"/>
        <source>种子不一致：记录为 {rec}，重算为 {cur}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/draw.py" line="239"/>
        <source>记录中报名号 {e} 出现 {n} 次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/draw.py" line="246"/>
        <source>记录中缺少报名号 {e} 的抽签结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/draw.py" line="250"/>
        <source>报名号 {e} 的工位号：记录为 {rec}，重算为 {cur}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/draw.py" line="256"/>
        <source>报名号 {e} 的加密号：记录为 {rec}，重算为 {cur}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/draw.py" line="261"/>
        <source>记录中有不在名单中的报名号 {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/draw.py" line="294"/>
        <source>迟到序号须从 1 开始（现为 {n}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/draw.py" line="298"/>
        <source>没有空闲工位，无法为报名号 {e} 分配工位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/draw.py" line="319"/>
        <source>加密号重复：{codes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/draw.py" line="321"/>
        <source>二次加密号位数至少为 1（现为 {n}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/eligibility.py" line="58"/>
        <source>比赛日（{on}）未满 16 周岁（{age} 岁），不符合参赛条件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/eligibility.py" line="71"/>
        <source>比赛日（{on}）已达法定退休年龄（{last} 退休），不符合参赛条件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/eligibility.py" line="78"/>
        <source>女职工退休年龄类别未注明：按 50 岁（工人）已于 {f50} 退休，按 55 岁（干部）尚未退休，请在报名表注明 50 或 55</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/eligibility.py" line="90"/>
        <source>填写的性别“{entered}”与身份证号（{actual}）不符，请核对</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/eligibility.py" line="95"/>
        <source>填写的出生日期 {entered} 与身份证号（{actual}）不符，请核对</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/eligibility.py" line="104"/>
        <source>户籍地区：{name}（仅供参考）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/eligibility.py" line="106"/>
        <source>地区代码 {code} 未收录（仅供参考，不影响资格）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/eligibility.py" line="108"/>
        <source>；港澳台居民居住证号码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/fields.py" line="69"/>
        <source>联系电话为空，请填写手机号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/fields.py" line="73"/>
        <source>联系电话只能包含数字，请核对</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/fields.py" line="76"/>
        <source>手机号应为 11 位，现为 {n} 位，请核对</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/fields.py" line="77"/>
        <source>手机号第 2 位应为 3–9，请核对</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/fields.py" line="79"/>
        <source>固定电话位数不对，应为区号加 7–8 位号码，如 023-88152323</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/fields.py" line="81"/>
        <source>固定电话请加区号，如 023-88152323</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/fields.py" line="82"/>
        <source>联系电话应为 11 位手机号或带区号的固定电话，请核对</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/fields.py" line="164"/>
        <source>女职工退休年龄类别应填 50（工人）或 55（干部），不清楚可留空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/idcard.py" line="58"/>
        <source>身份证号有误</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/idcard.py" line="64"/>
        <source>身份证号为空，请填写 18 位身份证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/idcard.py" line="66"/>
        <source>身份证号应为 18 位，现为 {n} 位，请核对证件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/idcard.py" line="69"/>
        <source>（15 位旧号码请改填现行 18 位号码）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/idcard.py" line="74"/>
        <source>第 {pos} 位应为数字，现为“{char}”，请核对证件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/idcard.py" line="78"/>
        <source>最后一位应为数字或 X，现为“{char}”，请核对证件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/idcard.py" line="87"/>
        <source>出生日期 {digits} 不是有效日期（第 7–14 位），请核对证件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/idcard.py" line="91"/>
        <source>出生日期 {digits} 晚于今天（{today}），请核对证件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/idcard.py" line="97"/>
        <source>出生日期 {digits} 早于 1900 年，请核对证件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/idcard.py" line="114"/>
        <source>校验位应为 {expected}，现为 {actual}，请核对最后一位（或逐位核对号码）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/scoring.py" line="150"/>
        <source>评分项 {c}、选手 {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/scoring.py" line="151"/>
        <source>评分项 {c}、选手 {p}、裁判 {j}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/scoring.py" line="204"/>
        <source>记录 {id} 指向不存在的记录 {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/scoring.py" line="212"/>
        <source>记录 {id} 指向的记录 {t} 不属于同一单元格，未采用该指向</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/scoring.py" line="234"/>
        <source>{cell}的记录互相取代（编号 {ids}），没有有效值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/scoring.py" line="246"/>
        <source>{cell}有 {n} 条并存的有效记录（编号 {ids}），取编号最大者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/scoring.py" line="274"/>
        <source>编号 {id} 被 {n} 条记录使用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/scoring.py" line="283"/>
        <source>记录 {id} 的类别“{k}”未知，已忽略</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/scoring.py" line="307"/>
        <source>{cell}：只有第二次录入（{v2}），没有第一次录入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/scoring.py" line="309"/>
        <source>{cell}：第一次录入 {v1}，第二次录入 {v2}，不一致</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/scoring.py" line="385"/>
        <source>评分项 {c}、选手 {p}：裁判评分相差 {d}（{vals}），超过 1 分，须复议更正</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/scoring.py" line="403"/>
        <source>{c}：未录入测量分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/scoring.py" line="413"/>
        <source>{c}：缺 {k} 位裁判的评分（已有 {n}/{m}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/scoring.py" line="417"/>
        <source>{c}：有 {n} 位裁判的评分，应为 {m} 位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/scoring.py" line="563"/>
        <source>评分项 {c}、选手 {p}：未录入测量分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/scoring.py" line="573"/>
        <source>评分项 {c}：只指派了 {n} 位裁判，应为 {m} 位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/scoring.py" line="585"/>
        <source>评分项 {c}、选手 {p}：裁判 {j} 未评分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/scoring.py" line="608"/>
        <source>请输入 {c} 的分数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/scoring.py" line="611"/>
        <location filename="../../app/rules/scoring.py" line="617"/>
        <source>{c} 的分数“{raw}”不是有效数字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/scoring.py" line="621"/>
        <source>{c} 的评价分须为 0–3 的整数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/scoring.py" line="626"/>
        <source>{c} 的测量分不能小于 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/scoring.py" line="629"/>
        <source>{c} 的测量分不能超过 {m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/scoring.py" line="634"/>
        <source>{c} 的测量分最多保留两位小数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/audit.py" line="74"/>
        <source>缺少第 {seq} 条审计记录（已被删除）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/audit.py" line="76"/>
        <source>第 {seq} 条审计记录的前序哈希不符（之前的记录被删除或改动）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/audit.py" line="81"/>
        <source>第 {seq} 条审计记录的内容被改动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="88"/>
        <source>设置备份文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="90"/>
        <source>备份文件夹 {f} 不存在或不是文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="142"/>
        <source>备份失败：{err}。请检查磁盘空间。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="143"/>
        <source>无法备份到 {f}：{err}（U 盘是否已拔出？）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="145"/>
        <source>备份失败：所有备份位置都不可写。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="193"/>
        <source>数据库完整性检查未通过：{r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="196"/>
        <source>备份的数据结构版本未知（可能来自更新版本的软件）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="200"/>
        <source>无法打开备份：{err}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="211"/>
        <source>审计链断裂：{p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="222"/>
        <source>备份 {name} 未通过检查，未恢复：{p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="227"/>
        <source>请先关闭正在使用的赛场文件，再恢复备份。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="241"/>
        <source>恢复用的临时副本校验失败，未恢复。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/integrity.py" line="26"/>
        <source>赛场文件完好：数据库检查通过，审计链 {n} 条记录完整。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/integrity.py" line="29"/>
        <source>数据库检查未通过：{m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/integrity.py" line="31"/>
        <source>审计链断裂：{p}（有人在软件之外修改或删除了记录）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/integrity.py" line="32"/>
        <source>。请从备份恢复，或把文件交技术支持检查。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/roster.py" line="64"/>
        <source>符合</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/roster.py" line="83"/>
        <source>读取 {r} 行：新增 {a} 人，已存在未变 {u} 人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/roster.py" line="85"/>
        <source>，未导入 {n} 行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/roster.py" line="87"/>
        <source>，{n} 人需确认女职工退休年龄类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="127"/>
        <source>主抽签</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="127"/>
        <location filename="../../app/services/draw.py" line="317"/>
        <source>迟到补签</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="127"/>
        <location filename="../../app/services/draw.py" line="362"/>
        <location filename="../../ui/pages/draw.py" line="87"/>
        <source>二次加密</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="127"/>
        <source>公布</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="130"/>
        <source>#{id} {kind}（{at}）：{verdict}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="132"/>
        <source>一致</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="132"/>
        <source>不一致</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="181"/>
        <location filename="../../app/services/roster.py" line="94"/>
        <source>赛场文件尚未设置项目信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="188"/>
        <source>尚未抽签。请裁判长先在“抽签与加密”中输入见证值并抽签。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="210"/>
        <location filename="../../ui/pages/draw.py" line="67"/>
        <source>抽签</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="216"/>
        <source>已于 {at} 抽签。如确需重新抽签，须由裁判长填写原因。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="219"/>
        <source>抽签结果已公布或已有迟到补签、二次加密，不能重新抽签；个别工位调整请用“更换工位”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="221"/>
        <source>已有工位调整记录，不能重新抽签</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="225"/>
        <source>还没有已检录的选手，不能抽签。请先完成检录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="274"/>
        <source>公布抽签结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="278"/>
        <source>抽签结果已经公布</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="294"/>
        <source>{name}（{reg}）已有工位 {st}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="321"/>
        <source>{name}（{reg}）尚未检录，请先检录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="329"/>
        <source>名单中没有报名号 {reg}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="335"/>
        <source>更换工位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="338"/>
        <source>更换工位须填写原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="344"/>
        <source>{name}（{reg}）还没有工位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="347"/>
        <source>没有工位 {st}（本项目工位：{all}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="351"/>
        <source>工位 {st} 已有选手</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="367"/>
        <source>（尚未导入评分标准）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="368"/>
        <source>没有模块 {m}（现有模块：{known}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="371"/>
        <source>模块 {m} 已经二次加密</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="393"/>
        <source>查看工位安排</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="411"/>
        <source>{who}无权查看选手与加密号对照：裁判长锁定成绩并解密之前，仅裁判长可查看。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="430"/>
        <source>查看工位与加密号对照</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="489"/>
        <source>报名号 {e} 的工位分配记录与抽签记录不符</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="496"/>
        <source>迟到补签记录的种子与主抽签不符</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="506"/>
        <source>报名号 {e} 的迟到补签结果与重算不符</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="513"/>
        <source>二次加密记录的种子与主抽签不符</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="522"/>
        <source>模块 {m} 的二次加密号与重算不符</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="525"/>
        <source>模块 {m} 的二次加密记录与抽签记录不符</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="546"/>
        <source>公布记录指向的主抽签不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="548"/>
        <source>未知的抽签记录类型 {k}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="550"/>
        <source>抽签记录不完整或格式错误：{err}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="552"/>
        <source>与重算结果有 {n} 处不一致（详情仅裁判长可见）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/draw.py" line="562"/>
        <source>{who}无权导出抽签结果：解密之前仅裁判长可导出。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/roster.py" line="135"/>
        <source>已取消导入，名单未作任何改动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/roster.py" line="137"/>
        <source>正在检查第 {n} / {t} 行…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/roster.py" line="166"/>
        <source>身份证号与第 {r} 行重复（同一人不能报名两次）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/roster.py" line="174"/>
        <location filename="../../app/services/roster.py" line="306"/>
        <source>报名号已被其他选手使用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/roster.py" line="184"/>
        <source>该身份证号已在名单中（{name}，报名号 {reg}），但本行信息不同；如需修改请在名单中编辑该选手</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/roster.py" line="212"/>
        <location filename="../../app/services/roster.py" line="225"/>
        <source>导入选手名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/roster.py" line="238"/>
        <source>{file} 有 {n} 行有误，未导入任何选手。请修改后重新导入，或选择“仅导入正确的行”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/roster.py" line="283"/>
        <source>原行号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/roster.py" line="283"/>
        <source>错误原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/roster.py" line="288"/>
        <source>未导入行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/roster.py" line="293"/>
        <source>添加选手</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/roster.py" line="298"/>
        <source>检录开始后补报选手须由裁判长办理并填写原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/roster.py" line="300"/>
        <source>检录已开始：补报选手须填写原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/roster.py" line="300"/>
        <source>补报原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/roster.py" line="303"/>
        <location filename="../../app/services/roster.py" line="306"/>
        <source>无法添加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/roster.py" line="303"/>
        <source>该身份证号已在名单中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/roster.py" line="313"/>
        <source>修改选手信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/roster.py" line="317"/>
        <location filename="../../app/services/roster.py" line="367"/>
        <source>找不到该选手</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/roster.py" line="321"/>
        <source>无法保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/roster.py" line="321"/>
        <source>该身份证号属于另一名选手（{n}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/roster.py" line="363"/>
        <source>查看选手完整信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/roster_rows.py" line="79"/>
        <location filename="../../app/services/users.py" line="88"/>
        <source>姓名不能为空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/roster_rows.py" line="81"/>
        <source>姓名过长（超过 50 个字）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/roster_rows.py" line="94"/>
        <source>性别应填“男”或“女”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/roster_rows.py" line="105"/>
        <source>人员类别应为：{c}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/roster_rows.py" line="110"/>
        <source>请填写组别：{g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/roster_rows.py" line="112"/>
        <source>未知组别，本项目的组别为：{g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/roster_rows.py" line="114"/>
        <source>本项目未设组别，请留空该列（或先在项目设置中添加组别）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/roster_rows.py" line="124"/>
        <source>报名号只能包含字母、数字和“-”，最长 20 位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/roster_rows.py" line="137"/>
        <source>该选手信息有误</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/users.py" line="38"/>
        <source>PIN 须为 4–12 位数字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/users.py" line="52"/>
        <source>没有名为“{name}”的有效账号。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/users.py" line="57"/>
        <source>PIN 错误次数过多，请 {s} 秒后再试。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/users.py" line="63"/>
        <source>PIN 不正确。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/users.py" line="69"/>
        <source>PIN 连续错误 {n} 次，账号暂停 {m} 分钟。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/users.py" line="91"/>
        <location filename="../../app/services/users.py" line="104"/>
        <source>无法添加账号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/users.py" line="96"/>
        <source>请先以裁判长或管理员身份登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/users.py" line="99"/>
        <source>添加账号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/users.py" line="101"/>
        <source>只有裁判长可以添加裁判长账号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/users.py" line="103"/>
        <source>已有同名账号，请在姓名后加以区分（如“张伟2”）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/users.py" line="121"/>
        <source>没有名为“{name}”的账号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/users.py" line="123"/>
        <source>重设他人 PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/venue.py" line="62"/>
        <source>请填写比赛地点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/venue.py" line="64"/>
        <source>请填写裁判长姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/venue.py" line="66"/>
        <source>裁判长 PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/venue.py" line="69"/>
        <source>组别名称重复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/venue.py" line="70"/>
        <source>无法创建赛场文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/results_facts.py" line="228"/>
        <location filename="../../app/services/venue.py" line="120"/>
        <source>赛场文件缺少项目信息（文件可能未创建完成）。请重新创建或从备份恢复。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/venue.py" line="145"/>
        <source>修改项目设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tabular.py" line="58"/>
        <source>不支持的文件类型 {suffix}：请使用 .xlsx 或 .csv 文件（.xls 请在 Excel/WPS 中另存为 .xlsx）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tabular.py" line="59"/>
        <source>（无扩展名）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tabular.py" line="85"/>
        <source>{name} 无法读取：文件已损坏或不是 Excel .xlsx 文件（{err}）。请在 Excel/WPS 中打开后另存为 .xlsx 再导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tabular.py" line="96"/>
        <source>{name} 超过 {n} 行，请拆分后导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tabular.py" line="102"/>
        <source>{name} 的工作表内容无法解析（{err}）。请在 Excel/WPS 中打开后另存为 .xlsx 再导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tabular.py" line="119"/>
        <source>{name} 的文字编码无法识别：请另存为“CSV UTF-8”或 .xlsx 后再导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tabular.py" line="127"/>
        <source>无法读取 {name}：{err}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tabular.py" line="130"/>
        <source>{name} 不是文本 CSV 文件（可能是改了扩展名的其他文件）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tabular.py" line="141"/>
        <source>{name} 的 CSV 格式有误：{err}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tabular.py" line="169"/>
        <source>{name} 中找不到表头行：前 {n} 行里没有“{expected}”等列名。请使用导出的模板填写。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tabular.py" line="177"/>
        <source>缺少必填列“{h}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tabular.py" line="180"/>
        <source>{name} 缺少必填列，请对照模板补齐列名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import.py" line="41"/>
        <source>第 1 步：选择名单文件（.xlsx 或 .csv，可用“保存名单模板”得到的模板填写）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import.py" line="43"/>
        <source>名单文件路径</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import.py" line="44"/>
        <source>浏览…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import.py" line="46"/>
        <source>检查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import.py" line="54"/>
        <source>第 2 步：检查结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import.py" line="55"/>
        <source>尚未检查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import.py" line="58"/>
        <source>行号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import.py" line="59"/>
        <source>列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import.py" line="60"/>
        <source>问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import.py" line="61"/>
        <source>填写的值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import.py" line="68"/>
        <source>第 3 步：导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import.py" line="69"/>
        <source>仅导入正确的行（有误的行另存为 .xlsx，改正后再导入）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="72"/>
        <source>登记赛场公钥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="74"/>
        <source>粘贴“RW…”开头的一行公钥，或整个 .pub 文件内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="77"/>
        <source>从文件读取…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="80"/>
        <source>如“31 母婴护理 赛场”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="92"/>
        <location filename="../../ui/central_window.py" line="170"/>
        <source>公钥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="95"/>
        <location filename="../../ui/central_window.py" line="166"/>
        <source>限定项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="96"/>
        <source>请与赛场签字确认表上打印的指纹逐位核对后再登记。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="116"/>
        <source>组委会汇总 — {db}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="118"/>
        <source>经办人姓名（记录在每次操作上）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="120"/>
        <source>经办人：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="122"/>
        <source>导入成绩包…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="122"/>
        <source>接收所选成绩包…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="123"/>
        <source>登记赛场公钥…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="123"/>
        <source>刷新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="138"/>
        <location filename="../../ui/pages/package.py" line="180"/>
        <source>签名密钥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="139"/>
        <location filename="../../ui/dialogs/roster_import.py" line="71"/>
        <source>导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="140"/>
        <source>接收</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="174"/>
        <source>收件箱</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="177"/>
        <source>汇总报表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="195"/>
        <source>保存 {s}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="198"/>
        <source>荣誉证书（每个奖项一页，带二维码核验码）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="199"/>
        <source>生成 PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="202"/>
        <source>组委会证书密钥…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import.py" line="75"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="36"/>
        <source>校验赛场文件和审计链</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="53"/>
        <source>备份时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="56"/>
        <source>位置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="67"/>
        <source>设置 U 盘备份文件夹…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="69"/>
        <source>从所选备份恢复…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="81"/>
        <source>审计记录（最新在前；每条记录以 SHA-256 与上一条相连）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="83"/>
        <source>备份（最新在前）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster.py" line="51"/>
        <source>手机</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster.py" line="53"/>
        <source>人员类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster.py" line="56"/>
        <source>户籍地（参考）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster.py" line="73"/>
        <source>搜索：姓名、报名号、单位、身份证号后四位……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster.py" line="78"/>
        <source>导入名单…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster.py" line="79"/>
        <source>保存名单模板…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster.py" line="80"/>
        <source>添加选手…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster.py" line="81"/>
        <source>编辑选手…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster.py" line="82"/>
        <source>导出名单…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/package_cmds.py" line="27"/>
        <source>请用 --passphrase 或环境变量 {env} 提供密钥口令</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/package_cmds.py" line="29"/>
        <source>再输入一次：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/package_cmds.py" line="34"/>
        <source>密钥口令（也可设环境变量 {env}；都未给出时在终端询问）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/package_cmds.py" line="38"/>
        <source>本机赛场签名密钥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/package_cmds.py" line="40"/>
        <source>生成赛场签名密钥（私钥用口令加密保存在本机）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/package_cmds.py" line="43"/>
        <source>更换已有密钥（须把新公钥重新报组委会登记）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/package_cmds.py" line="45"/>
        <source>显示公钥与指纹（报组委会登记）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/package_cmds.py" line="46"/>
        <source>另存公钥文件（.pub）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/package_cmds.py" line="49"/>
        <source>成绩包：导出与核验</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/package_cmds.py" line="51"/>
        <source>导出最新签字版本的成绩包（.zip）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/package_cmds.py" line="54"/>
        <source>导出文件夹（默认与赛场文件同一文件夹）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/package_cmds.py" line="56"/>
        <source>用赛场公钥核验成绩包</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/package_cmds.py" line="58"/>
        <source>赛场公钥：.pub 文件或“RW…”一行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/package_cmds.py" line="65"/>
        <source>公钥文件：{p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/package_cmds.py" line="69"/>
        <source>新密钥口令（至少 8 个字符）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/package_cmds.py" line="73"/>
        <source>已生成赛场签名密钥。请把下面的公钥报组委会登记，并在签字确认表上核对指纹。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/package_cmds.py" line="81"/>
        <source>本机还没有赛场签名密钥。请先运行 venuescore keys init。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/package_cmds.py" line="85"/>
        <source>已另存：{p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/package_cmds.py" line="93"/>
        <source>密钥口令：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/package_cmds.py" line="95"/>
        <source>已导出第 {n} 版成绩包：{p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/package_cmds.py" line="110"/>
        <source>核验通过：签名有效，{n} 个文件与校验清单一致，results.json 格式正确。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/package_cmds.py" line="111"/>
        <source>项目：{no:02d} {name}&#x3000;第 {rev} 版&#x3000;裁判长：{head}&#x3000;导出时间：{at}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/package_cmds.py" line="114"/>
        <source>可信注释：{c}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/export.py" line="38"/>
        <location filename="../../ui/pages/checkin.py" line="135"/>
        <location filename="../../ui/pages/results.py" line="93"/>
        <source>全部</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/export.py" line="45"/>
        <source>成绩尚未签字确认，不能导出成绩包</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/export.py" line="76"/>
        <source>成绩包缺少文件：{names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/export.py" line="78"/>
        <source>校验清单和签名由导出程序生成，不能作为内容文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/verify.py" line="35"/>
        <source>成绩包“{pkg}”已拒绝：{file}：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/verify.py" line="67"/>
        <source>不符合格式：{msg}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/verify.py" line="68"/>
        <source>（整个文件）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/verify.py" line="81"/>
        <source>签名密钥 {kid} 未登记（请先登记该赛场的公钥，并核对指纹）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/verify.py" line="88"/>
        <source>缺少此文件，无法核对签名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/verify.py" line="93"/>
        <source>不是 UTF-8 文本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/verify.py" line="108"/>
        <source>缺少此文件（校验清单中没有）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/verify.py" line="112"/>
        <source>不是有效的 UTF-8 JSON：{err}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/verify.py" line="115"/>
        <source>不符合 results.json 格式（共 {n} 处）：{first}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/verify.py" line="126"/>
        <source>签名中的项目/版本（{item}，第 {rev} 版）与 results.json 不一致</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/verify.py" line="149"/>
        <source>无法读取：{err}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/central_reports.py" line="35"/>
        <source>“巴渝工匠”杯 重庆市第二届专项职业能力技能大赛</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/central_reports.py" line="47"/>
        <source>证书编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/central_reports.py" line="49"/>
        <location filename="../../ui/central_window.py" line="190"/>
        <source>获奖名单（汇总）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/central_reports.py" line="49"/>
        <source>共 {n} 人获奖；仅含组委会已接收的成绩包</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/central_reports.py" line="55"/>
        <source>共 {n} 处冲突（含收件箱中未接收的成绩包）。身份证号完整显示，仅供组委会核查。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/central_reports.py" line="56"/>
        <location filename="../../ui/central_window.py" line="190"/>
        <source>兼项与身份冲突报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/central_reports.py" line="69"/>
        <location filename="../../app/services/checkin.py" line="272"/>
        <source>合计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/central_reports.py" line="72"/>
        <location filename="../../app/rules/ranking.py" line="34"/>
        <location filename="../../ui/pages/scoring_extras.py" line="80"/>
        <source>参赛</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/central_reports.py" line="72"/>
        <source>一等奖</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/central_reports.py" line="72"/>
        <source>二等奖</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/central_reports.py" line="72"/>
        <source>三等奖</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/central_reports.py" line="73"/>
        <source>优胜奖</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/central_reports.py" line="73"/>
        <source>获奖合计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/central_reports.py" line="73"/>
        <source>合格率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/central_reports.py" line="74"/>
        <location filename="../../ui/central_window.py" line="191"/>
        <source>各项目统计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/central_reports.py" line="74"/>
        <source>合格率 = 合格人数 ÷ 实际参赛人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/central_reports.py" line="82"/>
        <location filename="../../ui/central_window.py" line="191"/>
        <source>专项职业能力证书合格名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/central_reports.py" line="83"/>
        <source>共 {n} 人合格。身份证号完整显示，用于制证。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/central_reports.py" line="102"/>
        <source>（无）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/central_reports.py" line="103"/>
        <source>全部项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/central_reports.py" line="103"/>
        <source>组委会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/central_reports.py" line="115"/>
        <source>荣誉证书只能输出为 PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/central_reports.py" line="117"/>
        <source>打印荣誉证书需要组委会证书密钥的口令</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/central_reports.py" line="117"/>
        <location filename="../../app/services/certificates.py" line="97"/>
        <location filename="../../app/services/venue_keys.py" line="94"/>
        <source>口令</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/central_reports.py" line="122"/>
        <location filename="../../app/reports/result_reports.py" line="516"/>
        <source>没有名为 {name} 的报表（可选：{all}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/central_reports.py" line="129"/>
        <source>输出文件须以 .pdf 或 .xlsx 结尾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/certificates.py" line="76"/>
        <source>荣 誉 证 书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/certificates.py" line="79"/>
        <source>{name}：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/certificates.py" line="80"/>
        <source>（{g}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/certificates.py" line="81"/>
        <source>&#x3000;&#x3000;在{competition}“{item}”{group}竞赛中，荣获{award}。特发此证，以资鼓励。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/certificates.py" line="91"/>
        <source>证书编号：{no}&#x3000;&#x3000;单位：{unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/certificates.py" line="95"/>
        <source>扫码或输入核验码核验：venuescore certificate verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/certificates.py" line="105"/>
        <source>还没有已接收的获奖名单，无法打印荣誉证书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/certificates.py" line="110"/>
        <source>大赛组委会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/certificates.py" line="111"/>
        <source>{y} 年 {m} 月 {d} 日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/checkin_sheets.py" line="50"/>
        <source>尚未抽签，无法打印此表。请裁判长先抽签。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/checkin_sheets.py" line="56"/>
        <source>抽签时间 {at}（{state}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/checkin_sheets.py" line="79"/>
        <source>检录状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/checkin_sheets.py" line="79"/>
        <source>选手签名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/checkin_sheets.py" line="87"/>
        <source>{group}（{n} 人）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/checkin_sheets.py" line="94"/>
        <source>名单为空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/checkin_sheets.py" line="95"/>
        <source>检录员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/checkin_sheets.py" line="96"/>
        <source>检录签到表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/checkin_sheets.py" line="108"/>
        <source>（空）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/checkin_sheets.py" line="113"/>
        <source>工位安排表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/checkin_sheets.py" line="124"/>
        <location filename="../../ui/pages/draw.py" line="197"/>
        <source>模块 {m} 二次加密号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/checkin_sheets.py" line="129"/>
        <source>抽签算法</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/checkin_sheets.py" line="130"/>
        <source>见证值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/checkin_sheets.py" line="131"/>
        <source>种子</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/checkin_sheets.py" line="132"/>
        <source>抽签人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/checkin_sheets.py" line="133"/>
        <source>抽签时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/checkin_sheets.py" line="137"/>
        <source>监督人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/checkin_sheets.py" line="139"/>
        <source>加密号对照表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/checkin_sheets.py" line="139"/>
        <source>密封件·仅限裁判长</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/checkin_sheets.py" line="152"/>
        <source>工位加密号对照表（门口）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/checkin_sheets.py" line="171"/>
        <source>没有名为 {name} 的表（可选：{all}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="80"/>
        <location filename="../../app/services/results.py" line="68"/>
        <source>{r}（并列）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="93"/>
        <location filename="../../app/services/central_checks.py" line="217"/>
        <location filename="../../app/services/results.py" line="128"/>
        <location filename="../../app/services/results.py" line="372"/>
        <source>全部选手</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="98"/>
        <source>实际参赛</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="99"/>
        <source>报名 {r} 人，实际参赛 {c} 人；奖项名额按{base}人数 {n} 计：一等奖 {f}、二等奖 {s}、三等奖 {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="102"/>
        <source>、优胜奖 {m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="102"/>
        <source>（不超过 30 人，不设优胜奖）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="118"/>
        <source>并列裁定：{who}——{how}。理由：{reason}（{by}，{at}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="127"/>
        <source>第 {n} 版，{by} 于 {at} 签字确认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="130"/>
        <source>更正理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="138"/>
        <source>【{label}】本表不是签字确认的正式成绩。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="140"/>
        <source>⚠ 待裁定的并列：{t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="169"/>
        <location filename="../../ui/pages/results.py" line="174"/>
        <source>模块{code}
{name}（{max}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="189"/>
        <source>（取消）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="196"/>
        <source>本组无选手</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="201"/>
        <source>裁判员 {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="202"/>
        <location filename="../../app/reports/result_reports.py" line="242"/>
        <location filename="../../app/reports/result_reports.py" line="269"/>
        <source>裁判长 {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="205"/>
        <location filename="../../app/services/venue_keys.py" line="68"/>
        <location filename="../../ui/central_window.py" line="176"/>
        <source>赛场公钥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="205"/>
        <source>本机尚未生成签名密钥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="206"/>
        <location filename="../../app/reports/result_reports.py" line="240"/>
        <source>本表采用的设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="209"/>
        <source>成绩汇总表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="229"/>
        <source>{group}（获奖 {n} 人）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="236"/>
        <source>本组无获奖选手</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="243"/>
        <source>获奖名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="254"/>
        <source>合格线：{line} 分（满分 {total} 分）。以下选手成绩合格，可获专项职业能力证书。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="260"/>
        <source>{group}（合格 {n} 人，实际参赛 {c} 人）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="266"/>
        <source>本组无合格选手</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="270"/>
        <source>合格名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="326"/>
        <source>{name}（报名号 {reg}，{unit}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="327"/>
        <source>组别 / 工位 / 加密号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="328"/>
        <source>总分 / 名次 / 奖项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="333"/>
        <source>满分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="334"/>
        <source>裁判 {i}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="335"/>
        <source>测量值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="335"/>
        <source>得分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="350"/>
        <source>{code}{who}：{old} → {new}，{by} 更正，理由：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="360"/>
        <location filename="../../app/reports/result_reports.py" line="415"/>
        <source>测量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="360"/>
        <location filename="../../app/reports/result_reports.py" line="415"/>
        <source>评价</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="364"/>
        <source>（模块扣分 {d}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="365"/>
        <source>（本模块取消资格）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="366"/>
        <source>模块{code}小计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="371"/>
        <source>扣分：{where} {amount} 分，理由：{reason}（{by}）{cancelled}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="373"/>
        <source>【已撤销】</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="375"/>
        <source>用时：{t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="377"/>
        <source>*{i} 更正：{note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="378"/>
        <location filename="../../app/reports/result_reports.py" line="423"/>
        <source>裁判员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="380"/>
        <source>没有参赛选手</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="381"/>
        <source>评分明细表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="394"/>
        <source>打印空白评分表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="398"/>
        <source>尚未导入评分标准，无法打印空白评分表。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="401"/>
        <source>尚未抽签（没有加密号），无法打印空白评分表。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="410"/>
        <source>裁判 {k}：＿＿＿＿＿＿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="410"/>
        <source>录入人：＿＿＿＿＿＿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="411"/>
        <source>模块 {code} {name}（满分 {max}）&#x3000;{who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="413"/>
        <source>评价项填 0–3 的整数；测量项填测得分值（不超过满分）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="415"/>
        <source>{code}
{kind} {max}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="424"/>
        <source>空白评分表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="424"/>
        <source>备用纸质评分表（仅加密号）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="445"/>
        <source>成绩汇总</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="447"/>
        <source>模块{code} {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="481"/>
        <source>赛场</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="482"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reports/result_reports.py" line="491"/>
        <source>待裁定的并列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/awards.py" line="32"/>
        <source>并列者均授较高奖项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/awards.py" line="32"/>
        <source>按附加标准排定先后</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/awards.py" line="57"/>
        <source>合格线须为不小于 0 的数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/awards.py" line="59"/>
        <source>优胜奖基数须为“实际参赛”或“报名”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/awards.py" line="63"/>
        <source>名额不能为负</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/awards.py" line="65"/>
        <source>优胜奖比例须在 0 到 1 之间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/awards.py" line="65"/>
        <source>优胜奖比例</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/awards.py" line="66"/>
        <source>奖项设置有误</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/awards.py" line="101"/>
        <source>参赛人数不能为负</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/awards.py" line="155"/>
        <source>第 {place} 名并列 {n} 人（{who}），跨越{boundary}界线，较高奖项只余 {k} 个名额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/awards.py" line="202"/>
        <location filename="../../app/services/results_standings.py" line="63"/>
        <location filename="../../ui/pages/results.py" line="96"/>
        <source>无奖项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/awards.py" line="212"/>
        <source>{award} {n} 个</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/awards.py" line="213"/>
        <source>原属{parts}的名额改授{award}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/awards.py" line="215"/>
        <source>获奖人数另增 {n} 人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/awards.py" line="229"/>
        <source>裁判长的决定必须写明理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/awards.py" line="231"/>
        <source>未知的处理方式（应为“并列者均授较高奖项”或“按附加标准排定先后”）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/awards.py" line="235"/>
        <source>该决定与任何跨奖项界线的并列都不对应；现有的并列：{ties}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/awards.py" line="239"/>
        <source>同一并列有不止一个决定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/awards.py" line="241"/>
        <source>排定先后须恰好列出并列的每位选手各一次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/awards.py" line="243"/>
        <source>“并列者均授较高奖项”不需要排定先后</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/awards.py" line="245"/>
        <source>并列决定无效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/awards.py" line="300"/>
        <source>与{who}并列第 {place} 名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/awards.py" line="303"/>
        <source>与{who}并列第 {place} 名，跨越{boundary}界线，待裁判长决定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/awards.py" line="307"/>
        <source>与{who}并列第 {place} 名；裁判长决定均授{award}，{then}（理由：{reason}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/awards.py" line="313"/>
        <source>原与{who}并列第 {place} 名；裁判长按附加标准排定为第 {rank} 名（理由：{reason}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/awards.py" line="317"/>
        <source>未达合格线（{line} 分），不授奖</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/awards.py" line="321"/>
        <source>{status}，不排名，不授奖</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/ranking.py" line="34"/>
        <location filename="../../app/services/scoring.py" line="342"/>
        <location filename="../../app/services/scoring.py" line="343"/>
        <location filename="../../ui/pages/scoring_extras.py" line="98"/>
        <location filename="../../ui/pages/scoring_extras.py" line="185"/>
        <source>取消资格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/ranking.py" line="99"/>
        <source>模块 {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/ranking.py" line="111"/>
        <source>选手重复出现</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/ranking.py" line="114"/>
        <source>未知的参赛状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/ranking.py" line="116"/>
        <source>总分须为有限的十进制数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/ranking.py" line="119"/>
        <source>模块 {code} 的分数须为有限的十进制数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/ranking.py" line="122"/>
        <source>用时不能为负</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/ranking.py" line="123"/>
        <source>成绩数据有误，无法排名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/central.py" line="49"/>
        <source>请填写{what}的经办人姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/central.py" line="49"/>
        <location filename="../../app/services/certificates.py" line="95"/>
        <source>经办人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/central.py" line="81"/>
        <source>找不到公钥文件 {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/central.py" line="88"/>
        <source>登记公钥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/central.py" line="90"/>
        <source>请填写公钥说明（如“31 母婴护理 赛场”）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/central.py" line="92"/>
        <source>项目编号须为 1–33</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/central.py" line="98"/>
        <source>该公钥已登记：{label}（{fp}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/central.py" line="99"/>
        <source>已有另一把密钥使用相同的密钥号 {kid}，拒绝登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/central.py" line="175"/>
        <source>{file}：与已导入的 {item} 第 {rev} 版内容相同，未重复导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/central.py" line="177"/>
        <source>{file}：{item} 第 {rev} 版已导入，状态：{status}（错误 {e} 项，警告 {w} 项）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/central.py" line="206"/>
        <source>第 {n} 版记录的上一版哈希与已导入的第 {m} 版不一致（可能有未送达的中间版本）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/central.py" line="217"/>
        <source>导入成绩包</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/central.py" line="222"/>
        <source>尚未登记任何赛场公钥，无法核验成绩包。请先登记各赛场的公钥。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/central.py" line="227"/>
        <source>签名密钥登记为项目 {a} 所用，但成绩包是项目 {b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/central.py" line="241"/>
        <source>第 {n} 版不高于已导入的第 {m} 版，且内容不同：不能用较低或相同版本覆盖（请向赛场索取最新版本）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/central.py" line="264"/>
        <location filename="../../app/services/central.py" line="333"/>
        <source>被第 {n} 版取代</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/central.py" line="279"/>
        <source>已取消导入；已导入的 {n} 个成绩包保留</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/central.py" line="303"/>
        <location filename="../../app/services/central.py" line="313"/>
        <source>没有编号为 {n} 的成绩包</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/central.py" line="309"/>
        <source>接收成绩包</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/central.py" line="318"/>
        <source>{p}已被取代（{r}），不能接收</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/central.py" line="321"/>
        <source>{p}有 {n} 项错误，不能接收：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/central.py" line="324"/>
        <source>{p}有 {n} 项警告，须由经办人确认已知悉后才能接收：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/central.py" line="329"/>
        <source>{p}已有更高的第 {n} 版被接收</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/central_checks.py" line="63"/>
        <source>{name}（报名号 {reg}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/central_checks.py" line="81"/>
        <source>audit.jsonl 不是 UTF-8 文本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/central_checks.py" line="93"/>
        <source>audit.jsonl 第 {n} 行：审计链断裂（记录被改动、删除或顺序错乱）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/central_checks.py" line="98"/>
        <source>audit.jsonl 中找不到签字时的第 {n} 条审计记录（哈希 {h}…）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/central_checks.py" line="114"/>
        <source>同一身份证号在本项目中出现 {n} 次：{names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/central_checks.py" line="118"/>
        <source>报名号 {reg} 出现 {n} 次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/central_checks.py" line="121"/>
        <source>{who}的组别“{g}”不在本项目的组别中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/central_checks.py" line="126"/>
        <source>{who}的身份证号无效：{msg}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/central_checks.py" line="130"/>
        <source>{who}的出生日期或性别与身份证号不符</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/central_checks.py" line="165"/>
        <source>无法根据评分记录重算成绩：{err}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/central_checks.py" line="173"/>
        <source>{who}状态为未参赛/取消资格，却有总分 {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/central_checks.py" line="180"/>
        <source>{who}模块 {m}：包中 {a} 分，按评分记录重算为 {b} 分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/central_checks.py" line="183"/>
        <source>{who}总分：包中 {a}，按评分记录重算为 {b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/central_checks.py" line="186"/>
        <source>{who}的评分不完整：{m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/central_checks.py" line="224"/>
        <source>{g}：“{k}”包中为 {a}，按规则应为 {b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/central_checks.py" line="230"/>
        <source>{who}名次：包中 {a}，重算为 {b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/central_checks.py" line="233"/>
        <source>{who}奖项：包中“{a}”，按规则应为“{b}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/central_checks.py" line="237"/>
        <source>{who}合格标记与合格线 {line} 不符（总分 {t}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/central_checks.py" line="250"/>
        <source>{g}：{award} {n} 人，超过名额 {m} 人（并列裁定所致，请核对）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/central_checks.py" line="285"/>
        <source>{who}（{id}）在本项目另一份成绩包（组别 {g}）中也有报名：同一人不能在同一项目报名两次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/central_checks.py" line="288"/>
        <source>兼项：{name}（{id}）同时参加“{a}”和“{b}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/central_checks.py" line="291"/>
        <source>身份冲突：身份证号 {id} 在“{a}”中为“{n1}”，在“{b}”中为“{n2}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/central_checks.py" line="296"/>
        <source>疑似多重身份：“{a}”的{name}（{id1}）与“{b}”的{name}（{id2}）姓名、性别、出生日期相同而身份证号不同</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/central_reports.py" line="141"/>
        <source>（{s}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/central_reports.py" line="154"/>
        <source>兼项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/central_reports.py" line="154"/>
        <source>同项目重复报名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/central_reports.py" line="157"/>
        <source>姓名不一致</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/central_reports.py" line="161"/>
        <source>疑似多重身份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/certificates.py" line="61"/>
        <source>不是本赛事荣誉证书的核验码（格式不符）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/certificates.py" line="65"/>
        <location filename="../../app/services/certificates.py" line="67"/>
        <source>核验码的签名部分已损坏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/certificates.py" line="76"/>
        <source>核验码不是用组委会登记的证书密钥签发的（密钥号 {kid}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/certificates.py" line="80"/>
        <source>核验失败：证书内容被改动或核验码是伪造的</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/certificates.py" line="95"/>
        <source>请填写经办人姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/certificates.py" line="97"/>
        <location filename="../../app/services/venue_keys.py" line="94"/>
        <source>两次输入的口令不一致</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/certificates.py" line="101"/>
        <source>组委会证书密钥已存在，不能覆盖（已打印的证书要靠它核验）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/certificates.py" line="112"/>
        <source>还没有组委会证书密钥。请先运行 venuescore central signer init 生成。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/checkin.py" line="75"/>
        <source>（{time}，{who}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/checkin.py" line="119"/>
        <source>请扫描或输入身份证号或报名号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/checkin.py" line="119"/>
        <source>身份证号/报名号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/checkin.py" line="124"/>
        <source>名单中没有身份证号或报名号为 {text} 的选手，不能检录。请核对证件；如确属补报，须由裁判长在“选手名单”中添加并填写补报原因。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/checkin.py" line="134"/>
        <source>找不到该选手（编号 {id}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/checkin.py" line="159"/>
        <source>查询检录信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/checkin.py" line="177"/>
        <source>{name}（{reg}）已是“{status}”（{time}，{who}）。如登记有误，请先撤销并填写原因。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/checkin.py" line="221"/>
        <source>撤销检录状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/checkin.py" line="226"/>
        <source>撤销须填写原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/checkin.py" line="231"/>
        <source>{name}（{reg}）尚未登记任何状态，无需撤销</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/checkin.py" line="233"/>
        <source>{name} 已抽得工位，撤销其检录须由裁判长办理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/checkin.py" line="243"/>
        <source>查看检录名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/decrypt.py" line="50"/>
        <location filename="../../ui/pages/results.py" line="123"/>
        <source>解密</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/decrypt.py" line="53"/>
        <source>已经解密，无需再次解密</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/decrypt.py" line="55"/>
        <source>成绩尚未锁定：请裁判长先锁定全部成绩，再解密。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/package.py" line="79"/>
        <source>成绩尚未由裁判长签字确认，签字确认后才能导出成绩包。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/package.py" line="81"/>
        <source>{rev}签字后成绩有更正，请先生成新版本并签字确认，再导出成绩包。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/package.py" line="83"/>
        <source>本机还没有赛场签名密钥：请先生成密钥，并把公钥报组委会登记。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/package.py" line="88"/>
        <source>查看成绩包</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/package.py" line="111"/>
        <source>已取消导出，未生成成绩包</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/package.py" line="122"/>
        <source>写入审计记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/package.py" line="125"/>
        <source>生成 results.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/package.py" line="129"/>
        <source>生成 {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/package.py" line="138"/>
        <location filename="../../ui/pages/package.py" line="205"/>
        <source>导出成绩包</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/package.py" line="141"/>
        <source>导出文件夹 {p} 不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/package.py" line="153"/>
        <source>写入压缩包</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/results.py" line="107"/>
        <source>{who}：{how}。理由：{reason}（{by}，{at}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/results.py" line="142"/>
        <location filename="../../app/services/results.py" line="398"/>
        <location filename="../../app/services/results.py" line="485"/>
        <location filename="../../ui/central_window.py" line="133"/>
        <location filename="../../ui/pages/package.py" line="82"/>
        <source>第 {n} 版</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/results.py" line="169"/>
        <source>成绩未锁定（排名为临时结果，仅显示加密号）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/results.py" line="171"/>
        <source>成绩已锁定，尚未解密（仅显示加密号）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/results.py" line="173"/>
        <source>已解密，尚未签字确认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/results.py" line="175"/>
        <source>{rev}签字后成绩有更正，尚未生成新版本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/results.py" line="176"/>
        <source>已签字确认：{rev}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/results.py" line="246"/>
        <source>查看成绩与奖项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/results.py" line="282"/>
        <location filename="../../app/services/results.py" line="468"/>
        <source>没有第 {n} 版成绩</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/results.py" line="311"/>
        <source>裁定并列名次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/results.py" line="316"/>
        <source>请填写裁定理由（将打印在成绩汇总表上）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/results.py" line="318"/>
        <source>裁定方式须为“均获较高奖项”或“确定顺序”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/results.py" line="318"/>
        <source>裁定方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/results.py" line="320"/>
        <source>顺序须恰好列出并列的每位选手各一次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/results.py" line="320"/>
        <source>顺序</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/results.py" line="322"/>
        <source>无法记录并列裁定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/results.py" line="326"/>
        <source>成绩尚未锁定，并列名次可能还会变化。请先锁定全部成绩，再裁定并列。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/results.py" line="329"/>
        <source>没有组别“{g}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/results.py" line="332"/>
        <source>这些选手目前没有跨奖项界线的并列，无需裁定。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/results.py" line="334"/>
        <source>该并列已有裁定（第 {id} 号）。如需改变，请先撤销原裁定。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/results.py" line="350"/>
        <source>撤销并列裁定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/results.py" line="352"/>
        <source>请填写撤销理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/results.py" line="357"/>
        <source>没有有效的第 {id} 号并列裁定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/results.py" line="368"/>
        <source>成绩尚未锁定，不能签字确认。请先锁定全部成绩。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/results.py" line="370"/>
        <source>尚未解密，不能签字确认。请先解密。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/results.py" line="372"/>
        <source>{group}：{tie}，尚未裁定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/results.py" line="376"/>
        <source>选手 {reg}（{name}）成绩不完整：{m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/results.py" line="380"/>
        <source>还有 {n} 处问题，不能签字确认：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/results.py" line="384"/>
        <source>签字确认成绩</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/results.py" line="387"/>
        <source>只有裁判长本人可以签字确认成绩</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/results.py" line="397"/>
        <source>成绩已签字确认为{rev}。更正成绩后请生成新版本（须填写理由）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/results.py" line="401"/>
        <source>成绩尚未签字确认，请先签字确认第 1 版。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/results.py" line="404"/>
        <source>成绩与第 {n} 版相同，无需生成新版本。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/results.py" line="431"/>
        <source>请填写生成新版本的理由（如复核更正）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/results.py" line="460"/>
        <source>打印成绩报表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/results.py" line="464"/>
        <source>成绩尚未锁定并解密，不能打印带姓名的成绩报表。请先锁定全部成绩并解密。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/results.py" line="478"/>
        <source>第 {n} 版后有更正，未签字确认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/results.py" line="480"/>
        <source>未签字确认（草稿）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/results_standings.py" line="65"/>
        <source>第 {rank} 名并列 {n} 人（{who}），跨越{awards}界线</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scheme.py" line="131"/>
        <source>模块 {m} 名称：“{a}” → “{b}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scheme.py" line="132"/>
        <source>评分标准没有变化</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scheme.py" line="214"/>
        <location filename="../../app/services/scheme.py" line="270"/>
        <source>类型须为 M（测量）或 J（评价）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scheme.py" line="217"/>
        <source>分值不是有效数字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scheme.py" line="224"/>
        <source>裁判人数须为整数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scheme.py" line="256"/>
        <source>评分项编号不能为空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scheme.py" line="259"/>
        <source>评分项编号重复（与第 {r} 行相同）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scheme.py" line="259"/>
        <source>评分项编号重复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scheme.py" line="264"/>
        <source>模块不能为空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scheme.py" line="266"/>
        <source>同一模块的名称不一致（之前为“{n}”）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scheme.py" line="268"/>
        <source>评分项描述不能为空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scheme.py" line="272"/>
        <source>分值须大于 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scheme.py" line="274"/>
        <source>分值最多保留 {n} 位小数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scheme.py" line="276"/>
        <source>评价项的裁判人数须为 3 或 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scheme.py" line="278"/>
        <source>测量项由裁判组商定一个分值，裁判人数请留空或填 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scheme.py" line="280"/>
        <source>评分标准中没有评分项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scheme.py" line="288"/>
        <source>{m} {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scheme.py" line="290"/>
        <source>各模块分值合计 {s}（{parts}），与项目总分 {t} 不符</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scheme.py" line="307"/>
        <source>{file} 有 {n} 处问题，评分标准未导入。请修改后重新导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scheme.py" line="337"/>
        <source>新增评分项 {c}（{k}，{p} 分）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scheme.py" line="345"/>
        <source>评分项 {c}：修改{f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scheme.py" line="347"/>
        <source>（分值 {a} → {b}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scheme.py" line="349"/>
        <source>；已有 {n} 条评分记录，原样保留，按新标准重新汇总</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scheme.py" line="353"/>
        <source>评分项 {c} 已有 {n} 条评分记录，不能再修改{f}；如确需调整，请新增评分项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scheme.py" line="360"/>
        <source>评分项 {c} 有 {n} 条测量分高于新分值 {m}（最高 {v}），请先更正这些分数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scheme.py" line="367"/>
        <source>删除评分项 {c}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scheme.py" line="369"/>
        <source>评分项 {c} 已有 {n} 条评分记录，不能删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scheme.py" line="379"/>
        <source>模块 {m} 已有扣分、取消资格或锁定记录，不能删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scheme.py" line="432"/>
        <source>修改评分标准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scheme.py" line="437"/>
        <source>评分标准有 {n} 处问题，未保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scheme.py" line="440"/>
        <source>在评分开始后修改评分标准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scheme.py" line="442"/>
        <source>评分已开始：修改评分标准须填写原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scheme.py" line="444"/>
        <source>评分标准的这些修改会影响已录入的分数，未保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scheme.py" line="462"/>
        <source>导入评分标准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="86"/>
        <source>{what}须填写原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="92"/>
        <source>模块 {m} 已锁定：只能由裁判长以“更正”方式修改并填写原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="97"/>
        <location filename="../../app/services/scoring_import.py" line="148"/>
        <source>选手 {b} 缺考，不能录入分数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="133"/>
        <source>{who}不是本项目在岗的裁判员，不能录入评价分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="142"/>
        <source>录入测量分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="148"/>
        <source>{c} 是评价项：请由每位裁判以自己的账号录入 0–3 分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="154"/>
        <source>{c}、选手 {b} 已录入测量分 {v}：如需修改请用“更正”并填写原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="162"/>
        <source>录入评价分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="169"/>
        <source>{c} 是测量项：请录入裁判组商定的分值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="176"/>
        <source>您已给 {c}、选手 {b} 评 {v} 分：如需修改请用“更正”并填写原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="180"/>
        <source>{c}、选手 {b} 已有 {n} 位裁判评分（{names}），该项只需 {n} 位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="197"/>
        <source>复核录入测量分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="203"/>
        <source>只有测量项需要复核录入（{c} 是评价项）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="210"/>
        <source>{c}、选手 {b} 还没有第一次录入，不能复核</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="213"/>
        <source>复核须由另一人录入：{c}、选手 {b} 的现值是您录入的</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="228"/>
        <location filename="../../app/services/scoring.py" line="229"/>
        <source>更正分数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="236"/>
        <source>模块 {m} 已锁定：锁定后只有裁判长可以更正</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="242"/>
        <source>裁判员不能修改其他裁判的评价分（{j}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="244"/>
        <source>请指明更正哪位裁判的评价分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="251"/>
        <source>{c}、选手 {b} 还没有分数，无需更正：请直接录入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="253"/>
        <source>更正后的分数与现值 {v} 相同</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="278"/>
        <source>评分标准中没有模块 {m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="285"/>
        <source>成绩已锁定：锁定后只有裁判长可以{what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="303"/>
        <source>扣分“{a}”不是有效数字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="306"/>
        <source>扣分须大于 0、不超过 {m} 分，最多两位小数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="318"/>
        <location filename="../../app/services/scoring.py" line="319"/>
        <location filename="../../app/services/scoring.py" line="327"/>
        <source>撤销扣分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="324"/>
        <source>没有编号为 {id} 的扣分记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="326"/>
        <source>扣分记录 {id} 已撤销</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="348"/>
        <source>选手 {b} 已被取消该资格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="359"/>
        <location filename="../../app/services/scoring.py" line="360"/>
        <source>撤销取消资格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="364"/>
        <source>没有有效的取消资格记录 {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="372"/>
        <location filename="../../ui/pages/scoring_extras.py" line="162"/>
        <source>记录用时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="377"/>
        <source>修改用时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="379"/>
        <source>用时须在 0 到 24 小时之间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="381"/>
        <source>修改已记录的用时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="392"/>
        <source>锁定成绩</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="398"/>
        <source>已经锁定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="402"/>
        <source>{what}还不能锁定：有 {n} 处缺分、分差超限或复核不一致</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="411"/>
        <location filename="../../app/services/scoring.py" line="412"/>
        <source>解除锁定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="416"/>
        <source>已解密，不能再解除锁定；如需修改请用裁判长更正</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="420"/>
        <source>模块 {m} 没有单独锁定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="420"/>
        <source>（全项目已锁定，请解除全项目锁定）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scoring.py" line="423"/>
        <source>当前没有锁定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scoring_import.py" line="51"/>
        <source>读取 {r} 个分数：新增 {a} 个，与现值相同 {u} 个</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scoring_import.py" line="86"/>
        <source>导入评分表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scoring_import.py" line="100"/>
        <source>已取消导入，未写入任何分数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scoring_import.py" line="108"/>
        <source>{f} 有“评分项编号”列但缺少“分数”列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scoring_import.py" line="110"/>
        <source>{f} 中既没有“评分项编号”列，也没有以评分项编号（如 {c}）为列名的列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scoring_import.py" line="114"/>
        <source>正在检查……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scoring_import.py" line="126"/>
        <source>正在检查第 {i}/{n} 个分数……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scoring_import.py" line="138"/>
        <source>评价项须在“裁判”列写明裁判编号或姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scoring_import.py" line="143"/>
        <source>裁判员只能导入自己的评价分（本行为 {j}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scoring_import.py" line="151"/>
        <source>模块 {m} 已锁定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scoring_import.py" line="157"/>
        <source>与第 {r} 行的同一单元格分数不同（{a} 与 {b}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scoring_import.py" line="165"/>
        <source>{c}、选手 {b} 已有分数 {x}：如需修改请用“更正”并填写原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scoring_import.py" line="171"/>
        <source>{c}、选手 {b} 已有 {n} 位裁判评分，该项只需 {n} 位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scoring_import.py" line="180"/>
        <source>{f} 有 {n} 处问题，未导入任何分数。请修改后重新导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scoring_import.py" line="183"/>
        <source>正在写入 {i}/{n}……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scoring_import.py" line="185"/>
        <source>正在保存……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scoring_state.py" line="96"/>
        <source>评分标准中没有评分项 {c}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scoring_state.py" line="102"/>
        <source>没有加密号为 {b} 的选手（须先检录抽签）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scoring_state.py" line="114"/>
        <source>没有名为或编号为“{j}”的裁判员账号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scoring_state.py" line="195"/>
        <source>尚未导入评分标准，请先在“评分标准”页导入或编辑</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scoring_views.py" line="275"/>
        <source>裁判员只能查看自己的评价分记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scoring_views.py" line="356"/>
        <source>评分项 {c}、选手 {b}：测量分尚未复核录入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scoring_views.py" line="384"/>
        <location filename="../../app/services/scoring_views.py" line="389"/>
        <source>测量（裁判组）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/venue_keys.py" line="68"/>
        <source>公钥指纹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/venue_keys.py" line="92"/>
        <source>生成赛场签名密钥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/venue_keys.py" line="97"/>
        <source>本机已有赛场签名密钥（{fp}）。如确需更换，请选择“更换密钥”，并把新公钥重新报组委会登记。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/venue_keys.py" line="105"/>
        <source>无法保存密钥到 {folder}：{err}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/venue_keys.py" line="118"/>
        <source>本机还没有赛场签名密钥。请先生成密钥（venuescore keys init），并把公钥报组委会登记。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/venue_keys.py" line="123"/>
        <source>修改密钥口令</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/venue_keys.py" line="125"/>
        <source>两次输入的新口令不一致</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/venue_keys.py" line="125"/>
        <source>新口令</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/venue_keys.py" line="128"/>
        <source>本机还没有赛场签名密钥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scoring_dialogs.py" line="90"/>
        <location filename="../../ui/pages/scoring_extras.py" line="126"/>
        <source>录入人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scoring_dialogs.py" line="93"/>
        <source>取代</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scoring_dialogs.py" line="94"/>
        <source>现值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scoring_dialogs.py" line="104"/>
        <source>记录只增不改：更正是一条新记录，指向被取代的那条。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="102"/>
        <source>扫描或输入身份证号 / 报名号，按回车</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="103"/>
        <source>扫描或输入后按回车显示选手；核对证件后再按回车或空格确认检录。F6 缺考，F7 弃权，F8 撤销，Esc 清除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="118"/>
        <source>确认检录（回车）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="119"/>
        <source>缺考（F6）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="120"/>
        <source>弃权（F7）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="121"/>
        <source>撤销…（F8）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="122"/>
        <source>补报选手…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="170"/>
        <source>在名单中搜索：姓名、报名号、单位、状态……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="187"/>
        <source>检录进度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="63"/>
        <source>见证值 {i}（现场报出的数字）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="63"/>
        <source>见证值 3（可选）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="66"/>
        <source>仅重新抽签时填写：原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="68"/>
        <source>公布结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="72"/>
        <source>见证值 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="73"/>
        <source>见证值 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="74"/>
        <source>见证值 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="75"/>
        <source>重抽原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="81"/>
        <source>抽签（裁判长）：先公示名单和工位，再请见证人报数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="85"/>
        <source>模块代码，如 A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="89"/>
        <source>更换工位…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="92"/>
        <source>作品二次加密：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="98"/>
        <source>公布之后（裁判长）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="104"/>
        <source>核对抽签记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="109"/>
        <source>打印…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="128"/>
        <source>搜索：工位号、加密号、姓名……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="200"/>
        <source>选手与加密号对照（仅裁判长可见）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="204"/>
        <source>工位与加密号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="208"/>
        <source>工位安排</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/package.py" line="48"/>
        <location filename="../../ui/pages/package.py" line="113"/>
        <source>生成签名密钥…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/package.py" line="50"/>
        <source>复制公钥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/package.py" line="52"/>
        <source>另存公钥文件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/package.py" line="54"/>
        <source>本机签名密钥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/package.py" line="69"/>
        <source>导出成绩包…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/package.py" line="71"/>
        <source>成绩包</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/package.py" line="81"/>
        <source>导出时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/package.py" line="84"/>
        <source>导出人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/package.py" line="85"/>
        <source>SHA-256（压缩包）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/package.py" line="96"/>
        <source>导出记录（每次导出都记录压缩包的哈希，供组委会核对）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/package.py" line="107"/>
        <source>尚未生成。导出成绩包前，请生成密钥并把公钥报组委会登记。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/package.py" line="110"/>
        <source>公钥：{line}
指纹：{fp}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/package.py" line="113"/>
        <source>更换签名密钥…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/package.py" line="119"/>
        <source>仅裁判长可以导出成绩包。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/package.py" line="135"/>
        <source>最新签字版本：无（尚未签字确认）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/package.py" line="137"/>
        <source>最新签字版本：{rev}（{by}，{at}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/package.py" line="140"/>
        <source>● 最新签字版本尚未导出成绩包</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/package.py" line="143"/>
        <source>✓ 已导出最新签字版本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/package.py" line="148"/>
        <source>上次导出：无</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/package.py" line="151"/>
        <source>上次导出：{file}（第 {n} 版，{at}，{by}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/package.py" line="168"/>
        <source>更换签名密钥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/package.py" line="169"/>
        <source>更换后旧公钥作废，须把新公钥重新报组委会登记。确定更换？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/package.py" line="171"/>
        <location filename="../../ui/pages/package.py" line="174"/>
        <source>生成签名密钥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/package.py" line="171"/>
        <source>设置密钥口令（至少 8 个字符，请牢记）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/package.py" line="174"/>
        <source>再输入一次口令：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/package.py" line="181"/>
        <source>已生成。请把公钥报组委会登记，并在签字确认表上核对指纹：
{fp}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/package.py" line="202"/>
        <source>选择导出文件夹（如 U 盘）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/package.py" line="205"/>
        <source>签名密钥口令：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/package.py" line="220"/>
        <source>已导出：{p}
SHA-256：{h}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/package.py" line="222"/>
        <source>正在导出成绩包…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/results.py" line="109"/>
        <source>裁定所选并列…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/results.py" line="111"/>
        <source>撤销所选裁定…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/results.py" line="113"/>
        <source>跨奖项界线的并列（不得随机决定，须裁判长裁定并填写理由）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/results.py" line="125"/>
        <source>签字确认…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/results.py" line="127"/>
        <source>导出成绩（xlsx）…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/results.py" line="131"/>
        <source>打印：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/results.py" line="145"/>
        <source>组别：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/results.py" line="180"/>
        <source>待裁定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scheme.py" line="116"/>
        <source>裁判人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scheme.py" line="117"/>
        <source>评分项描述</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scheme.py" line="118"/>
        <source>0–3 分描述</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scheme.py" line="135"/>
        <source>导入评分标准…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scheme.py" line="136"/>
        <source>导出…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scheme.py" line="137"/>
        <source>保存模板…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scheme.py" line="138"/>
        <source>添加评分项…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scheme.py" line="139"/>
        <source>编辑评分项…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scheme.py" line="140"/>
        <source>删除评分项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="59"/>
        <location filename="../../ui/pages/scoring.py" line="124"/>
        <source>录入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="60"/>
        <source>测量分复核录入（盲录）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="85"/>
        <source>更正…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="86"/>
        <source>记录…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="87"/>
        <source>导入评分表…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="88"/>
        <source>锁定本模块</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="89"/>
        <source>锁定全项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="90"/>
        <source>解除锁定…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="114"/>
        <source>待处理（缺分、分差超限、复核不一致）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="125"/>
        <source>完成情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="128"/>
        <source>扣分、用时与取消资格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="135"/>
        <source>方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="86"/>
        <source>加密号(&amp;B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="109"/>
        <source>如 2 或 0.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="115"/>
        <source>必填：违规情况，如“未戴护目镜”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="123"/>
        <location filename="../../ui/pages/scoring_extras.py" line="141"/>
        <source>扣自</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="123"/>
        <source>项目总分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="131"/>
        <source>撤销所选扣分的原因（必填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="132"/>
        <source>撤销所选扣分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="135"/>
        <source>扣分（安全或违规行为）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="136"/>
        <source>扣分(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="155"/>
        <source> 分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="159"/>
        <source> 秒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="161"/>
        <source>修改已记录的用时须填写原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="167"/>
        <source>用时(&amp;T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="184"/>
        <source>必填：如“夹带资料”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="191"/>
        <source>范围</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="191"/>
        <source>全项目（不排名）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="193"/>
        <source>决定人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="198"/>
        <source>撤销所选取消资格的原因（必填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="199"/>
        <source>撤销所选取消资格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="202"/>
        <source>取消资格（裁判长）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="203"/>
        <source>范围(&amp;Q)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="20"/>
        <source>赛场计分 VenueScore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../ui/pages/audit.py" line="88"/>
        <source>审计与备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="94"/>
        <source>U 盘备份文件夹：{f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="94"/>
        <source>未设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="105"/>
        <source>已备份到 {n} 处。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="113"/>
        <source>选择 U 盘上的备份文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="121"/>
        <source>恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="121"/>
        <source>请先选择一个备份。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="126"/>
        <source>备份有问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="129"/>
        <source>恢复备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="130"/>
        <source>用 {t} 的备份替换当前赛场文件？当前文件会另存一份，不会删除。恢复后需重新登录。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardView</name>
    <message>
        <location filename="../../ui/pages/checkin.py" line="65"/>
        <source>报名号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="65"/>
        <source>组别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="65"/>
        <source>单位/学校</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="66"/>
        <source>身份证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="66"/>
        <source>资格审核</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="66"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="67"/>
        <source>工位号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="77"/>
        <source>请扫描证件或输入号码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="81"/>
        <source>（补报）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="89"/>
        <source>（尚未抽签）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CentralWindow</name>
    <message>
        <location filename="../../ui/central_window.py" line="231"/>
        <source>选择一个成绩包查看核验结果。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="233"/>
        <source>{item} 第 {rev} 版：{status}。签字：{by}；导出：{at}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="236"/>
        <source>；本版理由：{r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="238"/>
        <source>；被取代：{r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="240"/>
        <source>；警告已由 {n} 确认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="246"/>
        <source>经办人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="246"/>
        <source>请先填写经办人姓名。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="258"/>
        <source>选择成绩包</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="258"/>
        <source>成绩包 (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="268"/>
        <source>正在核验成绩包…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="272"/>
        <source>拒绝：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="274"/>
        <source>导入结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="277"/>
        <source>{n} 个文件：拒绝 {r} 个</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="287"/>
        <source>接收</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="287"/>
        <source>请先在收件箱中选择一个成绩包。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="292"/>
        <source>确认警告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="293"/>
        <source>{item} 第 {rev} 版有 {n} 项警告：
{text}

经办人 {by} 确认已知悉并接收？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="317"/>
        <source>已登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="317"/>
        <source>{label}
指纹：{fp}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="324"/>
        <source>组委会证书密钥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="324"/>
        <source>公钥：{line}
指纹：{fp}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="330"/>
        <location filename="../../ui/central_window.py" line="334"/>
        <source>生成组委会证书密钥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="330"/>
        <source>口令（至少 8 个字符）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="334"/>
        <source>再输入一次：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="343"/>
        <source>保存 {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="348"/>
        <source>组委会证书密钥口令：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="357"/>
        <source>正在生成…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="363"/>
        <source>正在生成报表…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="364"/>
        <source>已保存 {p}（{n} 条）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckinPage</name>
    <message>
        <location filename="../../ui/pages/checkin.py" line="198"/>
        <source>检录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="213"/>
        <source>检录页面仅限检录员和裁判长使用。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="300"/>
        <source>请核对证件，按回车或空格确认检录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="302"/>
        <source>该选手已是“{s}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="307"/>
        <source>请先扫描证件或输入号码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="311"/>
        <source>，工位号 {s}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="312"/>
        <source>{name} 已检录{station}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="317"/>
        <source>{name} 已登记缺考</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="322"/>
        <source>{name} 已登记弃权</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="328"/>
        <source>请先选择一名已登记状态的选手</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="331"/>
        <source>撤销</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="331"/>
        <source>撤销 {name} 的“{s}”，原因：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="336"/>
        <source>已撤销，{name} 恢复为未检录</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContestantDialog</name>
    <message>
        <location filename="../../ui/dialogs/contestant_form.py" line="43"/>
        <source>添加选手</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contestant_form.py" line="43"/>
        <source>编辑选手</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contestant_form.py" line="58"/>
        <source>未填写</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contestant_form.py" line="59"/>
        <source>50（原 50 岁退休，工人）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contestant_form.py" line="60"/>
        <source>55（原 55 岁退休，干部）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contestant_form.py" line="78"/>
        <source>检录开始后补报选手时必填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contestant_form.py" line="82"/>
        <source>补报原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contestant_form.py" line="87"/>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contestant_form.py" line="88"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../ui/dialogs/scoring_dialogs.py" line="36"/>
        <source>更正分数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scoring_dialogs.py" line="38"/>
        <source>加密号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scoring_dialogs.py" line="39"/>
        <source>评分项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scoring_dialogs.py" line="43"/>
        <source>裁判</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scoring_dialogs.py" line="44"/>
        <source>现值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scoring_dialogs.py" line="44"/>
        <source>（无）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scoring_dialogs.py" line="46"/>
        <source>0–3 的整数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scoring_dialogs.py" line="46"/>
        <source>测量分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scoring_dialogs.py" line="47"/>
        <source>更正为</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scoring_dialogs.py" line="49"/>
        <source>必填：为什么更正（如“复议后统一意见”）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scoring_dialogs.py" line="50"/>
        <source>原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scoring_dialogs.py" line="55"/>
        <source>保存更正</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scoring_dialogs.py" line="65"/>
        <source>请填写更正原因</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CriterionDialog</name>
    <message>
        <location filename="../../ui/pages/scheme.py" line="53"/>
        <source>编辑评分项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scheme.py" line="53"/>
        <source>添加评分项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scheme.py" line="60"/>
        <source>M 测量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scheme.py" line="61"/>
        <source>J 评价</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scheme.py" line="70"/>
        <source>评分项编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scheme.py" line="70"/>
        <source>模块</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scheme.py" line="71"/>
        <source>模块名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scheme.py" line="71"/>
        <source>评分项描述</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scheme.py" line="72"/>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scheme.py" line="72"/>
        <source>分值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scheme.py" line="73"/>
        <source>裁判人数（评价）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scheme.py" line="76"/>
        <source>{n} 分描述</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scheme.py" line="91"/>
        <source>分值不是有效数字</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrawPage</name>
    <message>
        <location filename="../../ui/pages/draw.py" line="145"/>
        <source>抽签与加密</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="157"/>
        <source>重新抽签</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="157"/>
        <location filename="../../ui/pages/draw.py" line="227"/>
        <source>抽签</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="168"/>
        <source>尚未抽签。检录完成后，由裁判长输入至少两个见证值进行抽签。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="169"/>
        <source>已公布（{at}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="170"/>
        <source>未公布</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="171"/>
        <source>第 {id} 号抽签记录：{at}，{who}；算法 {alg}；见证值 {w}；{n} 人，工位 {s} 个；{state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="174"/>
        <source>种子：{seed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="176"/>
        <source>重新抽签原因：{r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="178"/>
        <source>迟到补签 {n} 人（按“最小空闲工位”规则）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="180"/>
        <source>已二次加密的模块：{m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="224"/>
        <source>用见证值 {w} 抽签？抽签结果将被记录，不能删除。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="226"/>
        <source>重新抽签将作废第 {id} 号抽签并记录原因。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="239"/>
        <source>公布结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="240"/>
        <source>公布后，更换工位须由裁判长填写原因办理。现在公布？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="250"/>
        <source>尚无抽签记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="255"/>
        <source>全部 {n} 条抽签记录与重算结果一致</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="256"/>
        <source>抽签记录与重算结果不一致！</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="268"/>
        <location filename="../../ui/pages/draw.py" line="272"/>
        <location filename="../../ui/pages/draw.py" line="276"/>
        <source>更换工位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="268"/>
        <source>选手报名号：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="272"/>
        <source>新工位号（须为空闲工位）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="276"/>
        <source>原因：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="289"/>
        <source>保存 PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="290"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="302"/>
        <source>已保存：{p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/draw.py" line="305"/>
        <source>正在生成 PDF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="38"/>
        <source>{item} — 赛场计分 VenueScore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="42"/>
        <source>竞赛项目：{item}&#x3000;&#x3000;承办单位：{host}&#x3000;&#x3000;比赛日期：{date}&#x3000;&#x3000;地点：{place}&#x3000;&#x3000;裁判长：{head}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="50"/>
        <source>组别：{g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="84"/>
        <source>切换用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="103"/>
        <source>当前用户：{who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="118"/>
        <source>尚无</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119"/>
        <source>最近一次完好备份：{t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="149"/>
        <source>已恢复；原文件另存为 {k}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewVenueDialog</name>
    <message>
        <location filename="../../ui/new_venue_dialog.py" line="38"/>
        <source>新建赛场文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_venue_dialog.py" line="48"/>
        <source>不分组请留空；多个组用顿号或逗号分隔，如：职工组、学生组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_venue_dialog.py" line="59"/>
        <source>浏览…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_venue_dialog.py" line="69"/>
        <source>竞赛项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_venue_dialog.py" line="70"/>
        <source>承办单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_venue_dialog.py" line="71"/>
        <source>组别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_venue_dialog.py" line="72"/>
        <source>比赛日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_venue_dialog.py" line="73"/>
        <source>比赛地点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_venue_dialog.py" line="74"/>
        <source>裁判长</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_venue_dialog.py" line="75"/>
        <source>裁判长 PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_venue_dialog.py" line="76"/>
        <source>再次输入 PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_venue_dialog.py" line="77"/>
        <source>保存为</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_venue_dialog.py" line="79"/>
        <source>创建</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_venue_dialog.py" line="80"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_venue_dialog.py" line="96"/>
        <source>保存赛场文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_venue_dialog.py" line="97"/>
        <source>赛场文件 (*.venue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_venue_dialog.py" line="103"/>
        <source>两次输入的 PIN 不一致</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackagePage</name>
    <message>
        <location filename="../../ui/pages/package.py" line="101"/>
        <source>成绩包</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/package.py" line="193"/>
        <source>另存公钥文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/package.py" line="198"/>
        <source>无法保存：{e}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../ui/dialogs/pdf_preview.py" line="51"/>
        <source>打印…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pdf_preview.py" line="53"/>
        <source>用系统程序打开</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterKeyDialog</name>
    <message>
        <location filename="../../ui/central_window.py" line="100"/>
        <source>选择公钥文件</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../ui/pages/results.py" line="159"/>
        <source>成绩与奖项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/results.py" line="195"/>
        <source>成绩与奖项仅裁判长可查看。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/results.py" line="207"/>
        <source>版本：{r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/results.py" line="208"/>
        <source>版本：未签字确认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/results.py" line="210"/>
        <source>● 与最近导出的成绩包不同</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/results.py" line="213"/>
        <source>✓ 已导出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/results.py" line="217"/>
        <source>设置：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/results.py" line="221"/>
        <source>签字确认…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/results.py" line="221"/>
        <source>生成新版本…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/results.py" line="252"/>
        <source>报名 {r} 人，实际参赛 {c} 人；名额：一等奖 {f}、二等奖 {s}、三等奖 {t}、优胜奖 {m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/results.py" line="255"/>
        <source>&#x3000;⚠ {n} 处并列待裁定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/results.py" line="262"/>
        <source>解密</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/results.py" line="263"/>
        <source>解密后将显示选手姓名与加密号的对应关系，且不可撤回。确认解密？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/results.py" line="281"/>
        <source>裁定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/results.py" line="281"/>
        <source>该并列已有裁定；如需改变，请先撤销原裁定。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/results.py" line="297"/>
        <source>撤销裁定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/results.py" line="297"/>
        <source>撤销理由：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/results.py" line="321"/>
        <source>报表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/results.py" line="331"/>
        <source>正在生成 {t}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/results.py" line="339"/>
        <source>生成 {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/results.py" line="343"/>
        <location filename="../../ui/pages/results.py" line="345"/>
        <source>导出成绩</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/results.py" line="345"/>
        <source>已导出：{p}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterImportWizard</name>
    <message>
        <location filename="../../ui/dialogs/roster_import.py" line="39"/>
        <source>导入选手名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import.py" line="96"/>
        <source>选择名单文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import.py" line="97"/>
        <source>名单 (*.xlsx *.csv);;所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import.py" line="120"/>
        <source>正在检查名单…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import.py" line="125"/>
        <source>{file}：读取 {r} 行，可新增 {n} 人，已在名单中 {u} 人，有误 {b} 行。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import.py" line="128"/>
        <source>默认全部正确才导入：请改正后重新检查，或勾选“仅导入正确的行”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import.py" line="150"/>
        <source>未导入的行已另存为：{p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import.py" line="160"/>
        <source>正在导入…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <location filename="../../ui/pages/roster.py" line="103"/>
        <source>选手名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster.py" line="109"/>
        <source>共 {n} 人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster.py" line="111"/>
        <source>，{d} 人待确认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster.py" line="133"/>
        <source>保存名单模板</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster.py" line="134"/>
        <location filename="../../ui/pages/roster.py" line="158"/>
        <source>Excel 文件 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster.py" line="150"/>
        <source>编辑选手</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster.py" line="150"/>
        <source>请先在表中选择一名选手。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster.py" line="157"/>
        <source>导出名单</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemePage</name>
    <message>
        <location filename="../../ui/pages/scheme.py" line="160"/>
        <source>评分标准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scheme.py" line="167"/>
        <source>{m} 个模块、{c} 个评分项，合计 {s} 分（项目总分 {t}）：{parts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scheme.py" line="170"/>
        <source>尚无评分标准：请导入 .xlsx（可先保存模板填写），或逐项添加。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scheme.py" line="172"/>
        <source>评分已开始（{n} 条记录），评分标准已冻结：修改须由裁判长填写原因，已录入的分数原样保留。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scheme.py" line="198"/>
        <source>修改已冻结的评分标准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scheme.py" line="199"/>
        <source>评分已开始。本次修改：
{lines}

请填写修改原因（必填）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scheme.py" line="214"/>
        <source>编辑评分项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scheme.py" line="214"/>
        <source>请先在表中选择一个评分项。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scheme.py" line="230"/>
        <source>导入评分标准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scheme.py" line="231"/>
        <source>评分标准 (*.xlsx *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scheme.py" line="242"/>
        <source>导出评分标准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scheme.py" line="243"/>
        <location filename="../../ui/pages/scheme.py" line="249"/>
        <source>Excel 文件 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scheme.py" line="248"/>
        <source>保存评分标准模板</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreGridModel</name>
    <message>
        <location filename="../../ui/models/scoring_models.py" line="96"/>
        <source>参赛</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/scoring_models.py" line="98"/>
        <source>加密号 {b}，工位 {s}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/scoring_models.py" line="101"/>
        <source>模块得分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/scoring_models.py" line="104"/>
        <source>评价</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/scoring_models.py" line="104"/>
        <source>测量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/scoring_models.py" line="109"/>
        <source>每位裁判 0–3 分（{n} 位裁判）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/scoring_models.py" line="112"/>
        <source>裁判组商定的测量分，0–{m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/scoring_models.py" line="141"/>
        <source>已锁定</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoringExtras</name>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="259"/>
        <source>{m} 分 {s} 秒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="263"/>
        <source>全项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="264"/>
        <location filename="../../ui/pages/scoring_extras.py" line="267"/>
        <source>模块 {m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="283"/>
        <source>只有裁判长可以取消资格或撤销取消资格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="286"/>
        <location filename="../../ui/pages/scoring_extras.py" line="380"/>
        <source>项目总分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="286"/>
        <location filename="../../ui/pages/scoring_extras.py" line="423"/>
        <source>全项目（不排名）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="308"/>
        <source>还没有抽签：抽签后这里按加密号列出选手。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="310"/>
        <source>只有裁判员和裁判长可以扣分和记录用时。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="323"/>
        <source>工位 {s}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="325"/>
        <source>扣分 {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="327"/>
        <source>用时 {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="329"/>
        <source>取消资格：{w}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="331"/>
        <source>总分 {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="334"/>
        <source>尚未记录用时。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="338"/>
        <source>已记录 {t}：再次记录即为修改，须填写原因。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="368"/>
        <location filename="../../ui/pages/scoring_extras.py" line="399"/>
        <location filename="../../ui/pages/scoring_extras.py" line="414"/>
        <source>请先选择加密号。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="374"/>
        <source>未扣分：{r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="379"/>
        <source>已扣分：{b} {w} 扣 {a} 分（{r}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="385"/>
        <source>请先在扣分记录中选择要撤销的一条。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="391"/>
        <location filename="../../ui/pages/scoring_extras.py" line="434"/>
        <source>未撤销：{r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="394"/>
        <source>已撤销扣分 {id}：{b} {a} 分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="405"/>
        <source>未记录：{r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="409"/>
        <source>已记录用时：{b} {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="419"/>
        <source>未取消资格：{r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="422"/>
        <source>已取消资格：{b} {w}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="428"/>
        <source>请先在取消资格记录中选择要撤销的一条。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring_extras.py" line="437"/>
        <source>已撤销取消资格 {id}：{b}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoringPage</name>
    <message>
        <location filename="../../ui/pages/scoring.py" line="156"/>
        <source>未录入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="156"/>
        <source>分差超限/复核不一致</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="157"/>
        <source>已更正</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="157"/>
        <location filename="../../ui/pages/scoring.py" line="227"/>
        <source>已锁定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="158"/>
        <source>输入分数后按回车保存并跳到下一位选手；已有分数的单元格请用“更正”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="162"/>
        <source>已录入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="163"/>
        <source>应录入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="164"/>
        <source>缺</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="167"/>
        <source>评分录入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="176"/>
        <source>当前：{who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="201"/>
        <source>尚未导入评分标准。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="210"/>
        <source>还没有抽签：抽签后这里按加密号列出选手。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="212"/>
        <source>模块 {m} 已锁定：只能由裁判长更正并填写原因。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="214"/>
        <source>只有裁判员和裁判长可以录入分数。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="228"/>
        <source>缺 {a}，分差 {b}，不一致 {c}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="230"/>
        <source>已抽签 {n} 人，须评分 {r} 人。{m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="248"/>
        <source>已保存：{b} {c} = {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="261"/>
        <source>未保存：{r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="285"/>
        <source>评分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="285"/>
        <source>请先在表中选择一个单元格。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="298"/>
        <source>已更正：{b} {c} = {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="320"/>
        <source>{b} {c} 的录入记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="337"/>
        <source>模块 {m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="337"/>
        <source>全项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="339"/>
        <source>已锁定：{w}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="344"/>
        <source>解除锁定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="344"/>
        <source>解除锁定的原因（必填）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="350"/>
        <source>导入评分表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="351"/>
        <source>评分表 (*.xlsx *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/scoring.py" line="365"/>
        <source>正在导入评分表</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/sign_in.py" line="27"/>
        <location filename="../../ui/sign_in.py" line="45"/>
        <source>登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="38"/>
        <source>4–12 位数字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="42"/>
        <source>账号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="43"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="46"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignOffDialog</name>
    <message>
        <location filename="../../ui/dialogs/results_dialogs.py" line="83"/>
        <source>签字确认成绩</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/results_dialogs.py" line="83"/>
        <source>生成新版本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/results_dialogs.py" line="84"/>
        <source>签字确认后成绩冻结为第 {n} 版；之后的更正将生成新版本，旧版本始终可查。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/results_dialogs.py" line="86"/>
        <source>成绩在签字后有更正。确认后冻结为第 {n} 版，须填写理由（如复核更正）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/results_dialogs.py" line="93"/>
        <source>裁判长 PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/results_dialogs.py" line="95"/>
        <source>例如：复核后更正选手 A1 测量分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/results_dialogs.py" line="97"/>
        <source>裁判长</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/results_dialogs.py" line="98"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/results_dialogs.py" line="100"/>
        <source>理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/results_dialogs.py" line="102"/>
        <source>签字确认</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <location filename="../../ui/start_window.py" line="33"/>
        <source>赛场计分 VenueScore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="38"/>
        <source>{org} 主办 · 赛场计分系统</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="39"/>
        <source>新建赛场文件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="40"/>
        <source>打开赛场文件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="41"/>
        <source>打开演示赛场</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="58"/>
        <source>最近打开（双击或回车打开）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="81"/>
        <source>打开赛场文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="82"/>
        <source>赛场文件 (*.venue);;所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="107"/>
        <source>赛场文件检查未通过</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="117"/>
        <source>从备份恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="118"/>
        <source>找到 {t} 的完好备份（{r}）。用它替换 {name}？当前文件会另存一份，不会删除。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TieDecisionDialog</name>
    <message>
        <location filename="../../ui/dialogs/results_dialogs.py" line="31"/>
        <source>裁定并列名次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/results_dialogs.py" line="33"/>
        <source>无奖项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/results_dialogs.py" line="34"/>
        <source>{group}第 {rank} 名并列，跨越{awards}界线。并列不得随机决定，请记录裁定及理由（将打印在成绩汇总表上）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/results_dialogs.py" line="37"/>
        <source>并列者均获较高奖项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/results_dialogs.py" line="38"/>
        <source>按确定的顺序（如加试一项后），拖动排序，靠前者名次在前</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/results_dialogs.py" line="52"/>
        <source>例如：总分及各模块分均相同，经裁判组合议……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/results_dialogs.py" line="59"/>
        <source>裁定理由（必填）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/runner.py" line="58"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="395"/>
        <source>打开或新建组委会汇总数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="395"/>
        <source>汇总数据库 (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/central_window.py" line="413"/>
        <source>组委会汇总…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
