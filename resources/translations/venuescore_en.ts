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
        <location filename="../../app/cli/venue_cmds.py" line="74"/>
        <location filename="../../ui/pages/audit.py" line="39"/>
        <source>序号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmds.py" line="58"/>
        <location filename="../../app/cli/audit_cmds.py" line="78"/>
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
        <location filename="../../app/cli/venue_cmds.py" line="111"/>
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
        <location filename="../../app/cli/venue_cmds.py" line="103"/>
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
        <location filename="../../ui/pages/audit.py" line="54"/>
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
        <location filename="../../app/services/roster.py" line="360"/>
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
        <location filename="../../app/cli/roster_cmds.py" line="51"/>
        <source>已导出：{p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/roster_cmds.py" line="58"/>
        <location filename="../../app/services/roster.py" line="279"/>
        <location filename="../../ui/pages/roster.py" line="46"/>
        <source>报名号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/roster_cmds.py" line="58"/>
        <location filename="../../app/cli/venue_cmds.py" line="111"/>
        <location filename="../../app/services/users.py" line="88"/>
        <location filename="../../app/services/users.py" line="103"/>
        <location filename="../../ui/pages/roster.py" line="47"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/roster_cmds.py" line="58"/>
        <location filename="../../app/services/roster.py" line="276"/>
        <location filename="../../app/services/roster.py" line="295"/>
        <location filename="../../ui/pages/roster.py" line="48"/>
        <source>身份证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/roster_cmds.py" line="58"/>
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
        <location filename="../../app/cli/roster_cmds.py" line="58"/>
        <location filename="../../ui/pages/roster.py" line="52"/>
        <source>单位/学校</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/roster_cmds.py" line="58"/>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/roster_cmds.py" line="58"/>
        <location filename="../../app/cli/venue_cmds.py" line="101"/>
        <location filename="../../app/services/venue.py" line="69"/>
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
        <location filename="../../app/cli/venue_cmds.py" line="100"/>
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
        <location filename="../../app/cli/venue_cmds.py" line="37"/>
        <source>显示赛场文件的项目信息和设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="41"/>
        <source>账号管理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="43"/>
        <source>列出账号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="46"/>
        <source>添加账号（裁判长或管理员）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="54"/>
        <source>查看或修改项目设置（裁判长）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="57"/>
        <source>如 --set pass_line=60 --set tie_break_modules=B,A --set award_base=registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="66"/>
        <source>已创建 {path}：{item}（{host}），{date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="74"/>
        <location filename="../../app/cli/venue_cmds.py" line="99"/>
        <source>竞赛项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="74"/>
        <location filename="../../app/cli/venue_cmds.py" line="99"/>
        <source>承办单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="74"/>
        <location filename="../../app/cli/venue_cmds.py" line="99"/>
        <source>联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="74"/>
        <source>联系电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="87"/>
        <source>演示赛场：{p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="88"/>
        <source>演示名单：{p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="89"/>
        <source>含错误的名单（演示错误报告）：{p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="90"/>
        <source>裁判长 {n}，PIN {pin}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="100"/>
        <source>比赛日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="101"/>
        <location filename="../../app/services/venue.py" line="64"/>
        <source>裁判长</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="101"/>
        <source>不分组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="103"/>
        <source>项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="109"/>
        <source>有效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="109"/>
        <source>停用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="111"/>
        <source>裁判编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="111"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="119"/>
        <source>已添加 {n}（{r}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="131"/>
        <source>未知设置项 {k}；可用：{keys}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="143"/>
        <source>设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/venue_cmds.py" line="143"/>
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
        <location filename="../../app/item_settings.py" line="70"/>
        <source>模块 {m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/item_settings.py" line="70"/>
        <source>无</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/item_settings.py" line="72"/>
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
        <location filename="../../app/item_settings.py" line="76"/>
        <location filename="../../app/item_settings.py" line="77"/>
        <source>是</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/item_settings.py" line="76"/>
        <location filename="../../app/item_settings.py" line="77"/>
        <source>否</source>
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
        <location filename="../../app/package/keys.py" line="74"/>
        <source>公钥注释只能有一行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/keys.py" line="92"/>
        <source>公钥格式不正确：应为一行以“RW”开头的 Base64 文本，或整个 .pub 文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/keys.py" line="96"/>
        <source>公钥格式不正确：不是有效的 Base64 文本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/keys.py" line="98"/>
        <source>公钥格式不正确：不是 minisign Ed25519 公钥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/keys.py" line="150"/>
        <source>口令至少需要 {n} 个字符</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/keys.py" line="193"/>
        <source>私钥文件已损坏或不是本软件的私钥文件（{detail}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/keys.py" line="213"/>
        <source>不是 JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/keys.py" line="217"/>
        <source>版本 {v} 不受支持</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/keys.py" line="258"/>
        <source>口令不正确</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/keys.py" line="262"/>
        <source>密文校验失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/package/keys.py" line="265"/>
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
        <location filename="../../app/rules/scoring.py" line="149"/>
        <source>评分项 {c}、选手 {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/scoring.py" line="150"/>
        <source>评分项 {c}、选手 {p}、裁判 {j}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/scoring.py" line="187"/>
        <source>记录 {id} 指向不存在的记录 {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/scoring.py" line="195"/>
        <source>记录 {id} 指向的记录 {t} 不属于同一单元格，未采用该指向</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/scoring.py" line="217"/>
        <source>{cell}的记录互相取代（编号 {ids}），没有有效值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/scoring.py" line="229"/>
        <source>{cell}有 {n} 条并存的有效记录（编号 {ids}），取编号最大者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/scoring.py" line="257"/>
        <source>编号 {id} 被 {n} 条记录使用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/scoring.py" line="266"/>
        <source>记录 {id} 的类别“{k}”未知，已忽略</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/scoring.py" line="290"/>
        <source>{cell}：只有第二次录入（{v2}），没有第一次录入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/scoring.py" line="292"/>
        <source>{cell}：第一次录入 {v1}，第二次录入 {v2}，不一致</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/scoring.py" line="368"/>
        <source>评分项 {c}、选手 {p}：裁判评分相差 {d}（{vals}），超过 1 分，须复议更正</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/scoring.py" line="386"/>
        <source>{c}：未录入测量分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/scoring.py" line="396"/>
        <source>{c}：缺 {k} 位裁判的评分（已有 {n}/{m}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/scoring.py" line="400"/>
        <source>{c}：有 {n} 位裁判的评分，应为 {m} 位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/scoring.py" line="546"/>
        <source>评分项 {c}、选手 {p}：未录入测量分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/scoring.py" line="556"/>
        <source>评分项 {c}：只指派了 {n} 位裁判，应为 {m} 位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/scoring.py" line="568"/>
        <source>评分项 {c}、选手 {p}：裁判 {j} 未评分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/scoring.py" line="591"/>
        <source>请输入 {c} 的分数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/scoring.py" line="594"/>
        <location filename="../../app/rules/scoring.py" line="600"/>
        <source>{c} 的分数“{raw}”不是有效数字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/scoring.py" line="604"/>
        <source>{c} 的评价分须为 0–3 的整数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/scoring.py" line="609"/>
        <source>{c} 的测量分不能小于 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/scoring.py" line="612"/>
        <source>{c} 的测量分不能超过 {m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/rules/scoring.py" line="617"/>
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
        <location filename="../../app/services/roster.py" line="62"/>
        <source>符合</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/roster.py" line="81"/>
        <source>读取 {r} 行：新增 {a} 人，已存在未变 {u} 人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/roster.py" line="83"/>
        <source>，未导入 {n} 行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/roster.py" line="85"/>
        <source>，{n} 人需确认女职工退休年龄类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/roster.py" line="92"/>
        <source>赛场文件尚未设置项目信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/roster.py" line="145"/>
        <source>身份证号与第 {r} 行重复（同一人不能报名两次）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/roster.py" line="153"/>
        <location filename="../../app/services/roster.py" line="279"/>
        <source>报名号已被其他选手使用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/roster.py" line="163"/>
        <source>该身份证号已在名单中（{name}，报名号 {reg}），但本行信息不同；如需修改请在名单中编辑该选手</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/roster.py" line="188"/>
        <location filename="../../app/services/roster.py" line="200"/>
        <source>导入选手名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/roster.py" line="212"/>
        <source>{file} 有 {n} 行有误，未导入任何选手。请修改后重新导入，或选择“仅导入正确的行”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/roster.py" line="256"/>
        <source>原行号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/roster.py" line="256"/>
        <source>错误原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/roster.py" line="261"/>
        <source>未导入行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/roster.py" line="266"/>
        <source>添加选手</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/roster.py" line="271"/>
        <source>检录开始后补报选手须由裁判长办理并填写原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/roster.py" line="273"/>
        <source>检录已开始：补报选手须填写原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/roster.py" line="273"/>
        <source>补报原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/roster.py" line="276"/>
        <location filename="../../app/services/roster.py" line="279"/>
        <source>无法添加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/roster.py" line="276"/>
        <source>该身份证号已在名单中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/roster.py" line="286"/>
        <source>修改选手信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/roster.py" line="290"/>
        <location filename="../../app/services/roster.py" line="340"/>
        <source>找不到该选手</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/roster.py" line="294"/>
        <source>无法保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/roster.py" line="294"/>
        <source>该身份证号属于另一名选手（{n}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/roster.py" line="336"/>
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
        <location filename="../../ui/dialogs/roster_import.py" line="71"/>
        <source>导入</source>
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
        <location filename="../../ui/dialogs/contestant_form.py" line="77"/>
        <source>检录开始后补报选手时必填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contestant_form.py" line="81"/>
        <source>补报原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contestant_form.py" line="86"/>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contestant_form.py" line="87"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="39"/>
        <source>{item} — 赛场计分 VenueScore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="43"/>
        <source>竞赛项目：{item}&#x3000;&#x3000;承办单位：{host}&#x3000;&#x3000;比赛日期：{date}&#x3000;&#x3000;地点：{place}&#x3000;&#x3000;裁判长：{head}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="51"/>
        <source>组别：{g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="85"/>
        <source>切换用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104"/>
        <source>当前用户：{who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119"/>
        <source>尚无</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="120"/>
        <source>最近一次完好备份：{t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="150"/>
        <source>已恢复；原文件另存为 {k}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewVenueDialog</name>
    <message>
        <location filename="../../ui/new_venue_dialog.py" line="33"/>
        <source>新建赛场文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_venue_dialog.py" line="43"/>
        <source>不分组请留空；多个组用顿号或逗号分隔，如：职工组、学生组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_venue_dialog.py" line="54"/>
        <source>浏览…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_venue_dialog.py" line="64"/>
        <source>竞赛项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_venue_dialog.py" line="65"/>
        <source>承办单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_venue_dialog.py" line="66"/>
        <source>组别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_venue_dialog.py" line="67"/>
        <source>比赛日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_venue_dialog.py" line="68"/>
        <source>比赛地点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_venue_dialog.py" line="69"/>
        <source>裁判长</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_venue_dialog.py" line="70"/>
        <source>裁判长 PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_venue_dialog.py" line="71"/>
        <source>再次输入 PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_venue_dialog.py" line="72"/>
        <source>保存为</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_venue_dialog.py" line="74"/>
        <source>创建</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_venue_dialog.py" line="75"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_venue_dialog.py" line="91"/>
        <source>保存赛场文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_venue_dialog.py" line="92"/>
        <source>赛场文件 (*.venue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_venue_dialog.py" line="98"/>
        <source>两次输入的 PIN 不一致</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../ui/errors.py" line="16"/>
        <source>无权操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="18"/>
        <source>操作未完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="23"/>
        <source>共 {n} 处问题，点“显示详细信息”查看。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="26"/>
        <source>程序内部错误，数据未被改动。请把详细信息拍照发给技术支持。</source>
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
        <location filename="../../ui/dialogs/roster_import.py" line="127"/>
        <source>{file}：读取 {r} 行，可新增 {n} 人，已在名单中 {u} 人，有误 {b} 行。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import.py" line="130"/>
        <source>默认全部正确才导入：请改正后重新检查，或勾选“仅导入正确的行”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import.py" line="152"/>
        <source>未导入的行已另存为：{p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import.py" line="158"/>
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
    <name>StartWindow</name>
    <message>
        <location filename="../../ui/start_window.py" line="32"/>
        <source>赛场计分 VenueScore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="37"/>
        <source>{org} 主办 · 赛场计分系统</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="38"/>
        <source>新建赛场文件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="39"/>
        <source>打开赛场文件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="40"/>
        <source>打开演示赛场</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="55"/>
        <source>最近打开（双击或回车打开）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="78"/>
        <source>打开赛场文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="79"/>
        <source>赛场文件 (*.venue);;所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="104"/>
        <source>赛场文件检查未通过</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="114"/>
        <source>从备份恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="115"/>
        <source>找到 {t} 的完好备份（{r}）。用它替换 {name}？当前文件会另存一份，不会删除。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/runner.py" line="53"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
